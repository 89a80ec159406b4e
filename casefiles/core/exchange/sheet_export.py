"""Plain exports: cases as a CSV file for spreadsheets, or as JSON for other tools.

Unlike a bundle, a plain export is not encrypted: whoever gets the file reads it. So it is
made only under a redaction profile, from what `redact` returns, and only for cases that record
the consent the profile needs; the identity is in it only where the profile and the case's
consent both allow it. Each export goes to every case's share log with the file's SHA-256,
and the file and its records go together (the records commit only once the file is in place).

CSV layout (one row per case, so a list of cases stays a list in Excel): one column per field
the profile lets out, named by its field path, in the model's order. Each service record,
incident and relative takes its own group of columns, numbered as in JSON paths
(`incidents.type`, `incidents.date`, ... for the first, then `incidents[1].type`, ...), as many
groups as the case with the most has; a list of values (tags, phone numbers) is one cell,
joined with "; ". Terms are shown by their English labels, dates in their canonical form
("SH 1400-05-24"), yes/no fields as "yes" and "no". These headings are what `import-sheet`
proposes as its mapping, so an exported file imports back. Identity photos are never in a CSV
file; ids of list items are left out. The file is UTF-8 with a byte-order mark (Excel reads
Dari and Pashto right only so), and a cell that would start with = + - @ (or a tab or carriage
return) gets a leading apostrophe so a spreadsheet never runs it as a formula.

JSON layout: {"format": "casefiles-plain-export", "version": 1, "exported_at", "profile",
"cases": [...]}, each case as `case add` takes it (codes and canonical dates), without the
"identity" key where the identity is withheld.
"""

import csv
import hashlib
import io
import json
import typing
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange.leaks import free_text_leaks
from casefiles.core.exchange.redaction import (
    WITHHOLD,
    Profile,
    check_sharing_consent,
    identity_included,
    leaf_paths,
    load_profile,
    redact,
)
from casefiles.core.fsutil import atomic_write
from casefiles.core.i18n import _, ngettext
from casefiles.core.model import serial
from casefiles.core.model.case import Case, ShareEntry
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.model.vocab import vocabulary
from casefiles.core.security import audit
from casefiles.core.store import cases, sharelog
from casefiles.core.store.driver import Database

CSV, JSON = "csv", "json"
FORMAT_NAME, FORMAT_VERSION = "casefiles-plain-export", 1
EXPORT_ACTION = "export.plain"
METHODS = {CSV: "plain export (CSV, not encrypted)", JSON: "plain export (JSON, not encrypted)"}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_LIST_JOIN = "; "


@dataclass(frozen=True)
class PlainExport:
    """What was written: where, in which form, for which cases, and what to check."""

    path: Path
    format: str
    profile: str
    codes: list[str]
    sha256: str
    with_identity: int  # how many of the cases went out with their identity
    leaks: list[str]  # free text that may give away what the profile withholds


def format_for(path: Path) -> str:
    """CSV or JSON, from the file name's extension (InvalidInput for any other)."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in (CSV, JSON):
        raise InvalidInput(_("{name}: a plain export is a .csv or a .json file.")
                           .format(name=path.name))
    return kind


def not_encrypted_warning(path: Path) -> str:
    """The warning shown before a plain export is written."""
    return _("{path} will NOT be encrypted: anyone who gets the file, or the disk or stick it "
             "is on, can read every case in it. Prefer an encrypted bundle; delete the file when "
             "it has served.").format(path=path)


def export_csv(db: Database, codes: list[str], profile: Profile | str, out: Path,
               actor: str) -> PlainExport:
    """Write the cases (all cases when `codes` is empty) to `out` as CSV under `profile`."""
    return _export(db, codes, profile, out, actor, CSV)


def export_json(db: Database, codes: list[str], profile: Profile | str, out: Path,
                actor: str) -> PlainExport:
    """Write the cases (all cases when `codes` is empty) to `out` as JSON under `profile`."""
    return _export(db, codes, profile, out, actor, JSON)


def _export(db: Database, codes: list[str], profile: Profile | str, out: Path, actor: str,
            kind: str) -> PlainExport:
    profile = load_profile(profile) if isinstance(profile, str) else profile
    full = _load(db, codes)
    _check_consent(full, profile)
    shown = [identity_included(case, profile) for case in full]
    redacted = [redact(case, profile) for case in full]
    data = (_csv_bytes(redacted, profile, any(shown)) if kind == CSV
            else _json_bytes(redacted, profile, shown))
    sha256 = hashlib.sha256(data).hexdigest()
    with db.atomic():
        for case in full:
            sharelog.record_share(db, ShareEntry(
                case_code=case.code, recipient=profile.title("en"), profile=profile.name,
                method=METHODS[kind], file_sha256=sha256,
                note=ngettext("plain export of {n} case", "plain export of {n} cases",
                              len(full)).format(n=len(full))), actor)
        audit.record(db, actor, EXPORT_ACTION, None, format=kind, profile=profile.name,
                     cases=len(full), with_identity=sum(shown), file_sha256=sha256)
        atomic_write(out, data)
    leaks = [f"{case.code}: {leak.message()}" for case in full
             for leak in free_text_leaks(case, profile)]
    return PlainExport(out, kind, profile.name, [c.code for c in full], sha256, sum(shown),
                       leaks)


def _load(db: Database, codes: list[str]) -> list[Case]:
    """The cases named (each once, in the order given), or every case by code; identity loaded,
    for redaction to keep or drop and for the free-text check."""
    wanted = list(dict.fromkeys(c.strip().upper() for c in codes)) or [
        row[0] for row in db.execute("SELECT code FROM cases ORDER BY code")]
    if not wanted:
        raise InvalidInput(_("There are no cases in this store to export."))
    return [cases.load_case(db, cases.case_id_for(db, code), with_identity=True)
            for code in wanted]


def _check_consent(full: list[Case], profile: Profile) -> None:
    """Refuse the whole export when any case lacks the consent the profile needs."""
    refused = []
    for case in full:
        try:
            check_sharing_consent(case, profile)
        except InvalidInput as err:
            refused.append((case.code, str(err)))
    if len(refused) == 1:
        raise InvalidInput(refused[0][1])
    if refused:
        raise InvalidInput(_("{n} cases do not record the person's consent that the profile "
                             "\"{profile}\" needs: {codes}. Record it in each case, leave them "
                             "out, or choose another profile.").format(
                                 n=len(refused), profile=profile.title(),
                                 codes=", ".join(code for code, _err in refused)))


# ---- JSON -------------------------------------------------------------------------------------

def _json_bytes(redacted: list[Case], profile: Profile, shown: list[bool]) -> bytes:
    items = []
    for case, with_identity in zip(redacted, shown, strict=True):
        data = serial.to_json(case)
        if not with_identity:
            del data["identity"]
        items.append(data)
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
                "exported_at": audit.utc_now(), "profile": profile.name, "cases": items}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---- CSV --------------------------------------------------------------------------------------

def _csv_bytes(redacted: list[Case], profile: Profile, with_identity: bool) -> bytes:
    rows = [dict(_flatten(case, "")) for case in redacted]
    columns = _columns(rows, profile, with_identity)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise(row.get(column, "")) for column in columns])
    return buffer.getvalue().encode("utf-8-sig")


def neutralise(cell: str) -> str:
    """`cell` as a spreadsheet will show it and never run it: a leading apostrophe before
    what would start a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _flatten(record: Any, prefix: str) -> Iterator[tuple[str, str]]:
    """(column, text) of every value of a record, list items numbered `name[i].`."""
    leaves = leaf_paths(Case)
    for f in fields(record):
        value = getattr(record, f.name)
        path = prefix + f.name
        if _unnumbered(path)[0] in leaves:
            yield path, _text(value, f.metadata.get("vocab"))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from _flatten(item, f"{path}[{index}]." if index else f"{path}.")
        else:
            yield from _flatten(value, path + ".")


def _text(value: Any, vocab_name: str | None) -> str:
    """A value as a spreadsheet cell: labels for terms, canonical dates, yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, FuzzyDate):
        return value.to_text()
    if isinstance(value, list):
        return _LIST_JOIN.join(_text(item, vocab_name) for item in value)
    if vocab_name:
        return vocabulary(vocab_name).label(value)
    return str(value)


def _unnumbered(column: str) -> tuple[str, int]:
    """("incidents.date", 1) of "incidents[1].date"; index 0 for everything else."""
    head, bracket, rest = column.partition("[")
    if not bracket:
        return column, 0
    index, _close, tail = rest.partition("]")
    return head + tail, int(index)


def _record_lists(cls: type, prefix: str) -> Iterator[str]:
    """The paths of the model's lists of records ("incidents", "risk.factors")."""
    hints = typing.get_type_hints(cls)
    for f in fields(cls):
        hint, path = hints[f.name], prefix + f.name
        item = get_args(hint)[0] if get_origin(hint) is list else hint
        if is_dataclass(item) and item is not FuzzyDate:
            if item is not hint:
                yield path
            yield from _record_lists(item, path + ".")


def _columns(rows: list[dict[str, str]], profile: Profile, with_identity: bool) -> list[str]:
    """The columns of the file: every field the profile shows (identity only when some case
    goes out with it), list items numbered as far as any case needs, in the model's order."""
    order = {path: i for i, path in enumerate(leaf_paths(Case))}
    groups = {prefix: min(i for p, i in order.items() if p.startswith(prefix + "."))
              for prefix in _record_lists(Case, "")}

    def wanted(column: str) -> bool:
        path, _index = _unnumbered(column)
        parts = path.split(".")
        return (profile.rule(path) != WITHHOLD
                and (len(parts) == 1 or parts[-1] != "uuid")
                and not path.startswith("identity.photos.")
                and (with_identity or not leaf_paths(Case)[path].identity))

    def position(column: str) -> tuple[int, int, int]:
        path, index = _unnumbered(column)
        group = max((p for p in groups if path.startswith(p + ".")), key=len, default=None)
        return (groups[group] if group else order[path], index, order[path])

    found = {column for row in rows for column in row if wanted(column)}
    return sorted(found, key=position)
