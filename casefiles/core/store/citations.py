"""Citations: a source linked to a case, an incident or a risk factor, with pinpoint and quote.

The quote is checked against the source's working text when there is one: a quote that is not
there (mistyped, from another edition, or from another source) is flagged, not refused, because
the caseworker may be quoting a page the extraction could not read.
"""

import uuid as uuidlib

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _
from casefiles.core.model.case import Citation
from casefiles.core.model.textnorm import normalise
from casefiles.core.security import audit
from casefiles.core.store.cases import case_id_for
from casefiles.core.store.driver import Database
from casefiles.core.store.sources import get_source, working_text

FOUND, NOT_FOUND, UNCHECKED = "found", "not_found", "unchecked"


def _comparable(text: str) -> str:
    """Text as compared for quotes: normalised script, case and spacing, quotes unified."""
    text = normalise(text).casefold()
    text = text.translate(str.maketrans("“”‘’«»", "\"\"''\"\""))
    return " ".join(text.split())


def check_quote(segments: list[tuple[str, str]], quote: str) -> str:
    """FOUND when the quote stands in the working text, NOT_FOUND if not, UNCHECKED if no text."""
    if not quote.strip() or not segments:
        return UNCHECKED
    whole = _comparable(" ".join(text for _pinpoint, text in segments))
    return FOUND if _comparable(quote) in whole else NOT_FOUND


def _child_id(db: Database, table: str, uuid: str, case_id: int, what: str) -> int | None:
    if not uuid:
        return None
    row = db.execute(f"SELECT id FROM {table} WHERE uuid = ? AND case_id = ?",
                     (uuid, case_id)).fetchone()
    if row is None:
        raise InvalidInput(_("This case has no {what} {uuid}.").format(what=what, uuid=uuid))
    return row[0]


def add_citation(db: Database, citation: Citation, actor: str) -> Citation:
    """Link a source to a case (and optionally an incident or risk factor of it)."""
    with db.atomic():
        get_source(db, citation.source_id)
        case_id = case_id_for(db, citation.case_code)
        incident_id = _child_id(db, "incidents", citation.incident_uuid, case_id, _("incident"))
        factor_id = _child_id(db, "risk_factors", citation.risk_factor_uuid, case_id,
                              _("risk factor"))
        citation.uuid = citation.uuid or str(uuidlib.uuid4())
        citation.quote_check = check_quote(working_text(db, citation.source_id), citation.quote)
        cursor = db.execute(
            "INSERT INTO citations (uuid, source_id, case_id, incident_id, risk_factor_id, "
            "pinpoint, quote, translation, quote_check, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (citation.uuid, citation.source_id, case_id, incident_id, factor_id,
             citation.pinpoint, citation.quote, citation.translation, citation.quote_check,
             audit.utc_now()))
        citation.id = cursor.lastrowid
        case_uuid = db.execute("SELECT uuid FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        audit.record(db, actor, "citation.create", case_uuid, code=citation.case_code,
                     source=citation.source_id, citation=citation.id,
                     quote_check=citation.quote_check)
    return citation


_CITATION_SQL = """
SELECT ct.id, ct.uuid, ct.source_id, c.code AS case_code,
       coalesce(i.uuid, '') AS incident_uuid, coalesce(f.uuid, '') AS risk_factor_uuid,
       ct.pinpoint, ct.quote, ct.translation, ct.quote_check
FROM citations ct JOIN cases c ON c.id = ct.case_id
LEFT JOIN incidents i ON i.id = ct.incident_id
LEFT JOIN risk_factors f ON f.id = ct.risk_factor_id
"""


def citations_for_case(db: Database, code: str) -> list[Citation]:
    case_id = case_id_for(db, code)
    return [Citation(**row) for row in db.query(
        _CITATION_SQL + " WHERE ct.case_id = ? ORDER BY ct.id", [case_id])]


def citations_of_source(db: Database, source_id: int) -> list[Citation]:
    """Every citation of one source, across cases (one report can support many)."""
    return [Citation(**row) for row in db.query(
        _CITATION_SQL + " WHERE ct.source_id = ? ORDER BY c.code, ct.id", [source_id])]
