"""What a store notes about its backups, what that tells about its history, and the reminder.

The store notes each backup (`store.backup` in the audit log, and `backup.last` in its meta
table with the audit head the backup holds); a restored store notes the restore the same way.
Entries removed from the end of the audit chain cannot be told from a shorter history by the
chain alone; `history_problems` compares the chain with that note (`verify` runs it with the
chain's own check). `backup_due` says when the caseworker should be reminded to back up.
"""

import datetime as dt
import json
from dataclasses import asdict, dataclass

from casefiles.core.i18n import _
from casefiles.core.security import audit
from casefiles.core.store import settings
from casefiles.core.store.driver import Database

LAST_BACKUP_KEY = "backup.last"


@dataclass(frozen=True)
class LastBackup:
    """What the store notes about its last backup (meta `backup.last`)."""

    at: str  # when it was made, UTC, audit.utc_now() format
    audit_seq: int  # the head of the audit chain the backup holds
    audit_hash: str
    sha256: str  # of the backup file, to tell which file it was
    size: int


@dataclass(frozen=True)
class BackupDue:
    """A backup is due: the last one (None: never) is `days` days old or more."""

    last: LastBackup | None
    since: str  # the last backup's time, or the store's creation when there was none
    days: int  # whole days since then


def last_backup(db: Database) -> LastBackup | None:
    """The store's note of its last backup, or None if it was never backed up."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (LAST_BACKUP_KEY,)).fetchone()
    return LastBackup(**json.loads(row[0])) if row else None


def record(db: Database, actor: str, action: str, last: LastBackup, **detail: object) -> None:
    """Note `last` as the store's last backup, with an audit entry `action`, in one
    transaction (`detail` adds to the entry's details)."""
    # IMMEDIATE: the write lock is taken (and waited for) first. A deferred transaction reads
    # the audit head first and could not wait for another connection that writes meanwhile.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        audit.record(db, actor, action, None, audit_seq=last.audit_seq,
                     audit_hash=last.audit_hash, sha256=last.sha256, size=last.size, **detail)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   (LAST_BACKUP_KEY, json.dumps(asdict(last), sort_keys=True)))
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def history_problems(db: Database) -> list[str]:
    """The audit chain must still hold the entry the last backup ended at; if it does not,
    entries were removed from its end (or the store was replaced by an older copy)."""
    last = last_backup(db)
    if last is None or last.audit_seq == 0:
        return []
    row = db.execute("SELECT hash FROM audit_log WHERE seq = ?", (last.audit_seq,)).fetchone()
    if row is None:
        return [_("the audit log ends before entry {seq}, which the backup of {at} holds: "
                  "later entries were removed").format(seq=last.audit_seq, at=last.at)]
    if row[0] != last.audit_hash:
        return [_("audit entry {seq} is not the one the backup of {at} holds: the history was "
                  "rewritten").format(seq=last.audit_seq, at=last.at)]
    return []


def backup_due(db: Database, now: dt.datetime | None = None) -> BackupDue | None:
    """Whether the caseworker should be reminded to back up: None when not (or reminders are
    off), else since when. Without any backup, the time runs from the store's creation."""
    days = settings.get_setting(db, settings.BACKUP_REMINDER_DAYS.name)
    if days == 0:
        return None
    last = last_backup(db)
    if last is not None:
        since = last.at
    else:
        first = db.execute("SELECT at FROM audit_log ORDER BY seq LIMIT 1").fetchone()
        since = first[0] if first else audit.utc_now()
    then = dt.datetime.strptime(since, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    age = ((now or dt.datetime.now(dt.UTC)) - then).days
    return BackupDue(last, since, age) if age >= days else None
