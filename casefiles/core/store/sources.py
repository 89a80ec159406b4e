"""Repository functions for sources (metadata), citations and the share log.

A source is stored once and may support many cases; a citation ties it to one case and, when
the claim is narrower, to one incident or risk factor of that case, with a pinpoint and quote.
"""

import uuid as uuidlib
from typing import Any

from casefiles.core.errors import InvalidInput, NotFound
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import Citation, ShareEntry, Source
from casefiles.core.security import audit
from casefiles.core.store.cases import case_id_for
from casefiles.core.store.driver import Database


def add_source(db: Database, source: Source, actor: str) -> Source:
    """Store a source's metadata; returns it with its id and uuid set."""
    with db.atomic():
        source.uuid = source.uuid or str(uuidlib.uuid4())
        row = {**serial.to_row(source), "created_at": audit.utc_now()}
        del row["id"]
        names = ", ".join(row)
        cursor = db.execute(f"INSERT INTO sources ({names}) VALUES "
                            f"({', '.join('?' for _i in row)})", list(row.values()))
        source.id = cursor.lastrowid
        audit.record(db, actor, "source.create", None, source=source.id)
    return source


def get_source(db: Database, source_id: int) -> Source:
    rows = list(db.query("SELECT * FROM sources WHERE id = ?", [source_id]))
    if not rows:
        raise NotFound(_("There is no source {id} in this store.").format(id=source_id))
    return serial.from_row(Source, rows[0])


def list_sources(db: Database) -> list[Source]:
    return [serial.from_row(Source, row) for row in db.query("SELECT * FROM sources ORDER BY id")]


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
        cursor = db.execute(
            "INSERT INTO citations (uuid, source_id, case_id, incident_id, risk_factor_id, "
            "pinpoint, quote, translation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (citation.uuid, citation.source_id, case_id, incident_id, factor_id,
             citation.pinpoint, citation.quote, citation.translation, audit.utc_now()))
        citation.id = cursor.lastrowid
        case_uuid = db.execute("SELECT uuid FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        audit.record(db, actor, "citation.create", case_uuid, code=citation.case_code,
                     source=citation.source_id, citation=citation.id)
    return citation


_CITATION_SQL = """
SELECT ct.id, ct.uuid, ct.source_id, c.code AS case_code,
       coalesce(i.uuid, '') AS incident_uuid, coalesce(f.uuid, '') AS risk_factor_uuid,
       ct.pinpoint, ct.quote, ct.translation
FROM citations ct JOIN cases c ON c.id = ct.case_id
LEFT JOIN incidents i ON i.id = ct.incident_id
LEFT JOIN risk_factors f ON f.id = ct.risk_factor_id
"""


def citations_for_case(db: Database, code: str) -> list[Citation]:
    case_id = case_id_for(db, code)
    return [Citation(**row) for row in db.query(
        _CITATION_SQL + " WHERE ct.case_id = ? ORDER BY ct.id", [case_id])]


def record_share(db: Database, entry: ShareEntry, actor: str) -> ShareEntry:
    """Note in the case's share log (and the audit log) that the case left the store."""
    with db.atomic():
        case_id = case_id_for(db, entry.case_code)
        entry.shared_at = entry.shared_at or audit.utc_now()
        cursor = db.execute(
            "INSERT INTO share_log (case_id, recipient, shared_at, profile, method, "
            "file_sha256, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (case_id, entry.recipient, entry.shared_at, entry.profile, entry.method,
             entry.file_sha256, entry.note))
        entry.id = cursor.lastrowid
        case_uuid = db.execute("SELECT uuid FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        audit.record(db, actor, "case.share", case_uuid, code=entry.case_code,
                     recipient=entry.recipient, profile=entry.profile, method=entry.method)
    return entry


def share_log(db: Database, code: str) -> list[ShareEntry]:
    case_id = case_id_for(db, code)
    rows: list[dict[str, Any]] = list(db.query(
        "SELECT s.id, c.code AS case_code, s.recipient, s.shared_at, s.profile, s.method, "
        "s.file_sha256, s.note FROM share_log s JOIN cases c ON c.id = s.case_id "
        "WHERE s.case_id = ? ORDER BY s.shared_at, s.id", [case_id]))
    return [ShareEntry(**row) for row in rows]
