"""The append-only, hash-chained audit log.

Every creation, edit, deletion, identity view and (later) print, export and import appends one
row. Each row's hash covers its own content and the previous row's hash; triggers in the schema
refuse UPDATE and DELETE, and `verify_chain` recomputes every link, so a row changed with the key
but outside the app is found. (Removing rows from the end of the chain cannot be told apart from
a shorter history; recording the newest hash elsewhere, as backups will, is what catches it.)

Details name what changed (field paths, case codes), never identity values.
"""

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from casefiles.core.i18n import _
from casefiles.core.store.driver import Database

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    case_uuid: str | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry_hash(prev_hash: str, seq: int, at: str, actor: str, action: str,
                case_uuid: str | None, detail: str) -> str:
    payload = json.dumps([prev_hash, seq, at, actor, action, case_uuid, detail],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head(db: Database) -> tuple[int, str]:
    """(seq, hash) of the newest entry, (0, GENESIS) for an empty log. Every change to the
    store's data is recorded here in the same transaction, so an unchanged head means an
    unchanged store (an import uses that to trust its preview)."""
    last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (last[0], last[1]) if last else (0, GENESIS)


def record(db: Database, actor: str, action: str, case_uuid: str | None = None,
           **detail: Any) -> AuditEntry:
    """Append one entry; call inside the transaction that makes the change it records."""
    last_seq, prev_hash = head(db)
    seq = last_seq + 1
    at = utc_now()
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    digest = _entry_hash(prev_hash, seq, at, actor, action, case_uuid, detail_text)
    db.execute("INSERT INTO audit_log (seq, at, actor, action, case_uuid, detail, prev_hash, hash)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (seq, at, actor, action, case_uuid, detail_text, prev_hash, digest))
    return AuditEntry(seq, at, actor, action, case_uuid, detail, prev_hash, digest)


def entries(db: Database, case_uuid: str | None = None, limit: int | None = None
            ) -> list[AuditEntry]:
    """Entries oldest first, optionally only those about one case."""
    sql = "SELECT seq, at, actor, action, case_uuid, detail, prev_hash, hash FROM audit_log"
    params: list[Any] = []
    if case_uuid is not None:
        sql += " WHERE case_uuid = ?"
        params.append(case_uuid)
    sql += " ORDER BY seq"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7])
            for r in db.execute(sql, params)]


def verify_chain(db: Database) -> list[str]:
    """Recompute the chain; return one message per broken link (empty when intact)."""
    problems = []
    expected_prev, expected_seq = GENESIS, 1
    cursor = db.execute("SELECT seq, at, actor, action, case_uuid, detail, prev_hash, hash "
                        "FROM audit_log ORDER BY seq")
    for seq, at, actor, action, case_uuid, detail, prev_hash, digest in cursor:
        if seq != expected_seq:
            problems.append(_("audit entries {a} to {b} are missing")
                            .format(a=expected_seq, b=seq - 1))
        if prev_hash != expected_prev:
            problems.append(_("audit entry {seq} does not follow the entry before it")
                            .format(seq=seq))
        if _entry_hash(prev_hash, seq, at, actor, action, case_uuid, detail) != digest:
            problems.append(_("audit entry {seq} ({action}) was altered after it was written")
                            .format(seq=seq, action=action))
        expected_prev, expected_seq = digest, seq + 1
    return problems
