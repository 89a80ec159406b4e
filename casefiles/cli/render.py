"""Plain-text rendering of cases and lists for the terminal.

Vocabulary codes are shown with their labels; dates with the other calendar beside them.
Identity appears only when the caller passes it (after an audited reveal).
"""

from collections.abc import Iterable

from casefiles.core.i18n import _
from casefiles.core.model.case import Case, Citation, Identity, ShareEntry
from casefiles.core.model.dates import Calendar
from casefiles.core.model.vocab import vocabulary
from casefiles.core.presentation import Section, case_sections, identity_section
from casefiles.core.store.case_list import CaseSummary


def label(vocab_name: str, code: str | None) -> str:
    return vocabulary(vocab_name).label(code) if code else "-"


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


def _text(section: Section) -> list[str]:
    """A blank line, the title, then the name/value pairs aligned."""
    width = max((len(name) for name, _value in section.rows), default=0)
    return ["", section.title, *(f"  {name.ljust(width)}  {value}"
                                 for name, value in section.rows)]


def case(c: Case, calendar: Calendar, identity: Identity | None,
         citations: list[Citation], shares: list[ShareEntry], related: list[Section]) -> str:
    """The whole case as text, section by section; `related` are the other cases of the same
    person (presentation.related_sections)."""
    groups = case_sections(c, calendar)
    out = [f"{c.code}  {c.person.pseudonym}"]
    for group in ("summary", "person"):
        for section in groups[group]:
            out += _text(section)
    if identity is None:
        out += ["", _("Identity withheld (show it with --reveal-identity; that is audited)")]
    else:
        section = identity_section(identity, calendar)
        out += _text(Section(_("Identity (revealed; this viewing is recorded in the audit log)"),
                             section.rows))
    for group in ("service", "incidents", "relatives", "risk"):
        for section in groups[group]:
            out += _text(section)
    if citations:
        out += ["", _("Citations")]
        out += [f"  [{ct.id}] " + _("source {source}").format(source=ct.source_id)
                + (f", {ct.pinpoint}" if ct.pinpoint else "")
                + (f": \u201c{ct.quote}\u201d" if ct.quote else "")
                + (_("  (quote not found in the source's text)")
                   if ct.quote_check == "not_found" else "") for ct in citations]
    for section in related:
        out += _text(section)
    if shares:
        out += ["", _("Share log")]
        out += [f"  {s.shared_at}  {s.recipient}  {s.profile}  {s.method}" for s in shares]
    return "\n".join(out)
