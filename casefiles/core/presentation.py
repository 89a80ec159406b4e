"""A case as people read it: titled sections of labelled values, for any front end.

Vocabulary codes become labels in the chosen language, dates are shown in the chosen calendar
with the other beside them, and empty values are left out. The CLI prints these sections as
text, the desktop app lays them out as forms: one place decides what a caseworker sees.
Identity is a section of its own, built only from an identity the caller has revealed.
"""

from dataclasses import dataclass

from casefiles.core.i18n import _
from casefiles.core.model.case import Case, Identity
from casefiles.core.model.dates import Calendar, FuzzyDate
from casefiles.core.model.vocab import vocabulary
from casefiles.core.store.case_links import CaseLink, relation_label
from casefiles.core.store.duplicates import LikelyDuplicate, reason_label


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[tuple[str, str]]  # (label, value), empty values already dropped
    item: str = ""  # the uuid of the listed record it shows (service, incident, relative...)


def label(vocab_name: str, code: str | None, lang: str | None = None) -> str:
    return vocabulary(vocab_name).label(code, lang) if code else ""


def date(value: FuzzyDate | None, calendar: Calendar, lang: str | None = None) -> str:
    return value.display(calendar, lang) if value else ""


def joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part)


def _section(title: str, rows: list[tuple[str, str]], item: str = "") -> Section:
    return Section(title, [(name, value) for name, value in rows if value], item)


def timestamp(iso: str) -> str:
    """A stored UTC timestamp ("2026-12-01T22:52:28Z") as people read it."""
    return iso[:16].replace("T", " ") + " UTC" if len(iso) >= 16 else iso


def case_sections(c: Case, calendar: Calendar, lang: str | None = None, show_ids: bool = True
                  ) -> dict[str, list[Section]]:
    """The case's sections grouped as the app shows them in tabs (identity excepted).

    Each listed record's section carries its uuid in `item`; `show_ids` also lists the incident
    ids as rows, for the command line, where they are typed back into edits.
    """
    p = c.person

    def lbl(vocab_name: str, code: str | None) -> str:
        return label(vocab_name, code, lang)

    def dt(value: FuzzyDate | None) -> str:
        return date(value, calendar, lang)

    summary = [_section(_("Case"), [
        (_("Stage"), lbl("case_stages", c.stage)), (_("Assigned to"), c.assigned_to),
        (_("Tags"), ", ".join(c.tags)), (_("Updated"), timestamp(c.updated_at)),
        (_("Consent"), ", ".join(lbl("consent_scopes", s) for s in c.consent.scope)),
        (_("Consent given"), dt(c.consent.given_on)),
        (_("Summary"), c.summary), (_("Notes"), c.notes)])]
    person = [_section(_("Person"), [
        (_("Pseudonym"), p.pseudonym), (_("Sex"), lbl("sexes", p.sex)),
        (_("Born"), dt(p.birth)),
        (_("Origin"), joined(p.origin_district, lbl("provinces", p.origin_province))),
        (_("Now in"), joined(p.current_place, lbl("countries", p.current_country))),
        (_("Situation"), lbl("situations", p.situation)), (_("Since"), dt(p.situation_since))])]
    service = [_section(_("Service: {institution}").format(
        institution=lbl("institutions", s.institution)), [
        (_("Rank"), lbl("ranks", s.rank)), (_("Unit"), s.unit), (_("Position"), s.position),
        (_("Province"), lbl("provinces", s.province)), (_("From"), dt(s.started)),
        (_("Until"), dt(s.ended)),
        (_("With international forces"),
         (s.international_partner or _("yes")) if s.with_international_forces else ""),
        (_("Notes"), s.notes)], s.uuid) for s in c.service]
    incidents = [_section(_("Incident {n}: {type}").format(
        n=number, type=lbl("incident_types", i.type)), [
        (_("Date"), dt(i.date)),
        (_("Place"), joined(i.district, lbl("provinces", i.province), i.city,
                            lbl("countries", i.country))),
        (_("Perpetrator"), i.perpetrator),
        (_("Verification"), lbl("verification_levels", i.verification)),
        (_("Status after"), lbl("situations", i.status_after)),
        (_("Description"), i.description), (_("Id"), i.uuid if show_ids else "")], i.uuid)
        for number, i in enumerate(c.timeline(), start=1)]
    relatives = [_section(_("Relative: {relation} {pseudonym}").format(
        relation=lbl("relations", r.relation), pseudonym=r.pseudonym), [
        (_("Incident"), lbl("incident_types", r.incident_type)), (_("Date"), dt(r.date)),
        (_("What happened"), r.what_happened)], r.uuid) for r in c.relatives]
    risk = c.risk
    risk_sections = []
    if risk.guidance or risk.conclusion or risk.assessed_on:
        risk_sections.append(_section(_("Risk assessment"), [
            (_("Guidance"), risk.guidance), (_("Conclusion"), risk.conclusion),
            (_("Assessed"), joined(dt(risk.assessed_on), risk.assessed_by))]))
    risk_sections += [_section(_("Risk factor: {factor}").format(
        factor=lbl("risk_factors", f.factor)), [
        (_("Applies"), _("yes") if f.present else _("no")), (_("Assessment"), f.assessment)],
        f.uuid) for f in risk.factors]
    return {"summary": summary, "person": person, "service": service, "incidents": incidents,
            "relatives": relatives, "risk": risk_sections}


def identity_section(identity: Identity, calendar: Calendar,
                     lang: str | None = None) -> Section:
    """The identity record, for showing after an audited reveal."""
    return _section(_("Identity"), [
        (_("Full name"), identity.full_name), (_("Father"), identity.father_name),
        (_("Grandfather"), identity.grandfather_name), (_("Tazkira"), identity.tazkira_number),
        (_("Other IDs"), ", ".join(identity.other_ids)),
        (_("Date of birth"), date(identity.date_of_birth, calendar, lang)),
        (_("Phones"), ", ".join(identity.phone_numbers)),
        (_("Photos"), str(len(identity.photos)) if identity.photos else "")])


def related_sections(links: list[CaseLink], duplicates: list[LikelyDuplicate]) -> list[Section]:
    """Other cases of the same person, one section each (its item is the other case's code):
    those linked or set apart, then those that may be and wait for a decision."""
    title = _("Related case: {code}  {pseudonym}").format
    decided = [_section(title(code=link.code, pseudonym=link.pseudonym), [
        (_("Decision"), relation_label(link.relation).capitalize()), (_("Note"), link.note),
        (_("Decided"), joined(link.decided_by, timestamp(link.decided_at)))], link.code)
        for link in links]
    return decided + [_section(title(code=d.code, pseudonym=d.pseudonym), [
        (_("May be the same person"), "; ".join(reason_label(r) for r in d.reasons))], d.code)
        for d in duplicates]


def recovery_sheet(store_path: str, recovery_code: str, created: str) -> tuple[str, list[str]]:
    """(title, paragraphs) of the printable sheet that keeps a store's recovery code."""
    return _("casefiles recovery sheet"), [
        recovery_code,
        _("Store: {path}").format(path=store_path),
        _("Created: {date}").format(date=created),
        _("This code opens the store if the passphrase is forgotten: in the app, choose "
          "\u201cForgot the passphrase?\u201d; on the command line, run casefiles-cli recover. "
          "You then choose a new passphrase."),
        _("Anyone who has this sheet and the laptop can read every case. Keep it apart from "
          "the laptop, somewhere safe, and never photograph it or send it by message."),
    ]
