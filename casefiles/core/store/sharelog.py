"""The share log: which case left the store, to whom, when, how, under which profile."""

from typing import Any

from casefiles.core.model.case import ShareEntry
from casefiles.core.security import audit
from casefiles.core.store.cases import case_id_for
from casefiles.core.store.driver import Database


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
