"""Store settings that travel with the store (kept in its encrypted `meta` table).

Only settings that concern the data live here; a person's window layout or language belong to
the desktop app's own preferences.
"""

import re
from dataclasses import dataclass

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import N_, _
from casefiles.core.store.driver import Database

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20,
          "gib": 2**30}


def parse_size(text: str) -> int:
    """Bytes from "500MB", "2 GiB", "1048576"."""
    match = _SIZE.match(text)
    if not match:
        raise InvalidInput(_("{text!r} is not a size (examples: 500MB, 2GB, 4GiB).")
                           .format(text=text))
    return int(float(match.group(1)) * _UNITS[(match.group(2) or "b").lower()])


@dataclass(frozen=True)
class Setting:
    name: str
    default: int
    help: str
    minimum: int = 1  # 0 where zero means "off"


SOURCE_SIZE_LIMIT = Setting("source_size_limit", 4_000_000_000,
                            N_("largest file accepted as one source, in bytes"))
BACKUP_REMINDER_DAYS = Setting("backup_reminder_days", 7,
                               N_("remind to back up when the last backup is this many days old "
                                 "(0: never remind)"), minimum=0)
SETTINGS = {s.name: s for s in (SOURCE_SIZE_LIMIT, BACKUP_REMINDER_DAYS)}


def _known(name: str) -> Setting:
    if name not in SETTINGS:
        raise InvalidInput(_("There is no setting {name!r} (known: {names}).")
                           .format(name=name, names=", ".join(SETTINGS)))
    return SETTINGS[name]


def get_setting(db: Database, name: str) -> int:
    setting = _known(name)
    row = db.execute("SELECT value FROM meta WHERE key = ?", (f"setting.{name}",)).fetchone()
    return int(row[0]) if row else setting.default


def set_setting(db: Database, name: str, value: str) -> int:
    """Set a setting from text (sizes accept units); returns the value stored."""
    setting = _known(name)
    number = parse_size(value)
    if number < setting.minimum:  # values are never negative: only a minimum of 1 refuses
        raise InvalidInput(_("{name} must be more than zero.").format(name=name))
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   (f"setting.{name}", str(number)))
    return number
