"""Plain-text rendering of cases and lists for the terminal.

Vocabulary codes are shown with their labels; dates with the other calendar beside them.
Identity appears only when the caller passes it (after an audited reveal).
"""

from collections.abc import Iterable

from casefiles.core.i18n import _
from casefiles.core.model.case import Case, Citation, Identity, ShareEntry
from casefiles.core.model.dates import Calendar, FuzzyDate
from casefiles.core.model.vocab import vocabulary
from casefiles.core.store.cases import CaseSummary


def label(vocab_name: str, code: str | None) -> str:
    return vocabulary(vocab_name).label(code) if code else "-"


def date(value: FuzzyDate | None, calendar: Calendar) -> str:
    return value.display(calendar) if value else "-"


def table(headers: list[str], rows: Iterable[list[str]]) -> str:
    """Left-aligned columns, widths fitted to the content."""
    rows = [headers, *rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(headers))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
                     .rstrip() for row in rows)


def case_list(summaries: list[CaseSummary]) -> str:
    return table(
        [_("CODE"), _("PSEUDONYM"), _("STAGE"), _("PROVINCE"), _("INSTITUTION"), _("SITUATION"),
         _("INCIDENTS")],
        ([s.code, s.pseudonym, label("case_stages", s.stage), label("provinces", s.province),
          label("institutions", s.institution), label("situations", s.situation),
          str(s.incidents)] for s in summaries))


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p and p != "-")


def _section(title: str, pairs: list[tuple[str, str]]) -> list[str]:
    """A blank line, the title, then the non-empty name/value pairs aligned."""
    pairs = [(name, value) for name, value in pairs if value and value != "-"]
    width = max((len(name) for name, _value in pairs), default=0)
    return ["", title, *(f"  {name.ljust(width)}  {value}" for name, value in pairs)]


def case(c: Case, calendar: Calendar, identity: Identity | None,
         citations: list[Citation], shares: list[ShareEntry]) -> str:
    """The whole case as text, section by section."""
    p = c.person
    out = [f"{c.code}  {p.pseudonym}"]
    out += _section(_("Case"), [
        (_("Stage"), label("case_stages", c.stage)), (_("Assigned to"), c.assigned_to),
        (_("Tags"), ", ".join(c.tags)), (_("Updated"), c.updated_at),
        (_("Consent"), ", ".join(label("consent_scopes", s) for s in c.consent.scope)),
        (_("Summary"), c.summary), (_("Notes"), c.notes)])
    out += _section(_("Person"), [
        (_("Sex"), label("sexes", p.sex)), (_("Born"), date(p.birth, calendar)),
        (_("Origin"), _join(p.origin_district, label("provinces", p.origin_province))),
        (_("Now in"), _join(p.current_place, label("countries", p.current_country))),
        (_("Situation"), label("situations", p.situation)),
        (_("Since"), date(p.situation_since, calendar))])
    out += _identity(identity, calendar)
    for s in c.service:
        out += _section(_("Service: {institution}").format(
            institution=label("institutions", s.institution)), [
            (_("Rank"), label("ranks", s.rank)), (_("Unit"), s.unit),
            (_("Position"), s.position), (_("Province"), label("provinces", s.province)),
            (_("From"), date(s.started, calendar)), (_("To"), date(s.ended, calendar)),
            (_("With international forces"),
             (s.international_partner or _("yes")) if s.with_international_forces else "")])
    for number, i in enumerate(c.timeline(), start=1):
        out += _section(_("Incident {n}: {type}").format(
            n=number, type=label("incident_types", i.type)), [
            (_("Date"), date(i.date, calendar)),
            (_("Place"), _join(i.district, label("provinces", i.province), i.city,
                               label("countries", i.country))),
            (_("Perpetrator"), i.perpetrator),
            (_("Verification"), label("verification_levels", i.verification)),
            (_("Status after"), label("situations", i.status_after)),
            (_("Description"), i.description), (_("Id"), i.uuid)])
    for r in c.relatives:
        out += _section(_("Relative: {relation} {pseudonym}").format(
            relation=label("relations", r.relation), pseudonym=r.pseudonym), [
            (_("Incident"), label("incident_types", r.incident_type)),
            (_("Date"), date(r.date, calendar)), (_("What happened"), r.what_happened)])
    out += _risk(c, calendar)
    if citations:
        out += ["", _("Citations")]
        out += [f"  [{ct.id}] " + _("source {source}").format(source=ct.source_id)
                + (f", {ct.pinpoint}" if ct.pinpoint else "")
                + (f": \u201c{ct.quote}\u201d" if ct.quote else "")
                + (_("  (quote not found in the source's text)")
                   if ct.quote_check == "not_found" else "") for ct in citations]
    if shares:
        out += ["", _("Share log")]
        out += [f"  {s.shared_at}  {s.recipient}  {s.profile}  {s.method}" for s in shares]
    return "\n".join(out)


def _identity(identity: Identity | None, calendar: Calendar) -> list[str]:
    if identity is None:
        return ["", _("Identity withheld (show it with --reveal-identity; that is audited)")]
    return _section(_("Identity (revealed; this viewing is recorded in the audit log)"), [
        (_("Full name"), identity.full_name), (_("Father"), identity.father_name),
        (_("Grandfather"), identity.grandfather_name),
        (_("Tazkira"), identity.tazkira_number),
        (_("Other IDs"), ", ".join(identity.other_ids)),
        (_("Date of birth"), date(identity.date_of_birth, calendar)),
        (_("Phones"), ", ".join(identity.phone_numbers)),
        (_("Photos"), str(len(identity.photos)) if identity.photos else "")])


def _risk(c: Case, calendar: Calendar) -> list[str]:
    risk = c.risk
    if not (risk.guidance or risk.factors or risk.conclusion):
        return []
    out = _section(_("Risk assessment"), [
        (_("Guidance"), risk.guidance), (_("Conclusion"), risk.conclusion),
        (_("Assessed"), _join(date(risk.assessed_on, calendar), risk.assessed_by))])
    out += [f"  {'+' if f.present else '-'} {label('risk_factors', f.factor)}: {f.assessment}"
            for f in risk.factors]
    return out
