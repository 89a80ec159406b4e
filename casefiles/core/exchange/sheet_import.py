"""Importing cases from a spreadsheet: a preview first, then one all-or-nothing write.

`preview` turns each row into a case through the column mapping, exactly as `import_rows` will
store it, and writes nothing: spellings of provinces, institutions and the other vocabularies
are matched in English, Dari and Pashto (with the file's own extra spellings from the mapping),
dates are read in either calendar, blank rows are skipped and counted. A row that cannot become
a case is rejected with its line number and every reason, in words a caseworker can act on,
with the nearest known term when a spelling is close ("did you mean Kandahar?"); what is only
doubtful (a calendar or a day order guessed, a column left out) is a warning.

`import_rows` writes the previewed cases and nothing else, in one transaction: a failure
midway leaves the store as it was. Each case's audit trail says it came from the spreadsheet
(file name, SHA-256, line), and one entry records the import as a whole.

Identity columns (a group's list often holds names and phone numbers) go into the identity
record, which is never indexed for search nor shown in lists, and their values are never
repeated in messages.
"""

import copy
import difflib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange.sheet_mapping import (
    DATE,
    TERM,
    TERMS,
    TEXT,
    TEXTS,
    YES_NO,
    Column,
    ColumnMapping,
    Target,
    matching_key,
    parse_path,
    propose_mapping,
    targets,
)
from casefiles.core.exchange.sheet_read import WINDOWS_1256, Cell, Sheet, SheetInfo, SheetRow
from casefiles.core.i18n import _, ngettext
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar, FuzzyDate, Precision
from casefiles.core.model.textnorm import excerpt, normalise, one_line
from casefiles.core.model.vocab import Term, vocabulary
from casefiles.core.security import audit
from casefiles.core.store import cases
from casefiles.core.store.driver import Database

Progress = Callable[[int], None]  # called now and then with the line reached
IMPORT_ACTION, CASE_ACTION = "sheet.import", "case.import"
_PROGRESS_EVERY = 200
_LIST_SEPARATORS = re.compile(r"[;,\n\u060c\u061b]")  # ; , newline, Arabic comma and semicolon
_DIGITS_ONLY = re.compile(r"^[\d\s/.\-]+$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{3,4})$")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_PARAGRAPHS = {"summary", "notes", "description", "what_happened", "conclusion"}
_YES = {"yes", "y", "true", "1", "x", "بلی", "بله", "هو", "آری"}
_NO = {"no", "n", "false", "0", "نخیر", "نه", "خیر"}


@dataclass(frozen=True)
class RowNote:
    """A warning: something doubtful that does not stop a row (line None: the whole sheet)."""

    line: int | None
    text: str

    def message(self) -> str:
        if self.line is None:
            return self.text
        return _("line {line}: {text}").format(line=self.line, text=self.text)


@dataclass(frozen=True)
class RejectedRow:
    """A row that will not be imported, and every reason why."""

    line: int
    reasons: tuple[str, ...]

    def message(self) -> str:
        return _("line {line}: {reasons}").format(line=self.line, reasons="; ".join(self.reasons))


@dataclass(frozen=True)
class AcceptedRow:
    """A row and the case it becomes (not yet stored: no uuid, no code)."""

    line: int
    case: Case


@dataclass
class SheetPreview:
    """What an import would write, and what it would leave out and why."""

    info: SheetInfo
    mapping: ColumnMapping
    columns: list[tuple[str, str | None]]  # each heading and the field it fills (None: none)
    accepted: list[AcceptedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    blank_rows: int = 0

    @property
    def identity_columns(self) -> list[str]:
        """Headings whose values go into the identity (withheld everywhere by default)."""
        return [h for h, path in self.columns if path and parse_path(path).target.identity]

    def summary(self) -> str:
        """"12 row(s): 9 to import, 2 rejected, 1 blank skipped"."""
        rows = len(self.accepted) + len(self.rejected)
        return _("{rows} row(s): {accepted} to import, {rejected} rejected, {blank} blank "
                 "skipped").format(rows=rows, accepted=len(self.accepted),
                                   rejected=len(self.rejected), blank=self.blank_rows)


class _Problem(Exception):
    """Why one cell cannot be taken (caught per row, never seen outside this module)."""


# ---- preview ----------------------------------------------------------------------------------

def preview(sheet: Sheet, mapping: ColumnMapping | None = None,
            progress: Progress | None = None) -> SheetPreview:
    """Read every row of `sheet` into a case through `mapping` (proposed from the header when
    None). Writes nothing anywhere; reads the file once, row by row."""
    mapping = mapping or propose_mapping(sheet.header)
    bound = _bind(sheet.header, mapping)
    used = {heading: column.path for _i, heading, column in bound}
    result = SheetPreview(sheet.info, mapping, [(h, used.get(h)) for h in sheet.header])
    # Columns whose values go nowhere, unless the mapping leaves them out on purpose (null).
    unmapped = {i: 0 for i, h in enumerate(sheet.header) if h not in used
                and not (mapping.mentions(h) and mapping.column_for(h) is None)}
    for row in sheet.rows():
        if progress and row.line % _PROGRESS_EVERY == 0:
            progress(row.line)
        if row.is_blank():
            result.blank_rows += 1
            continue
        for i in unmapped:
            unmapped[i] += i < len(row.cells) and row.cells[i] != ""
        _preview_row(row, len(sheet.header), bound, mapping, result)
    result.warnings[:0] = _sheet_warnings(sheet, mapping, unmapped, set(used.values()))
    return result


def _bind(header: tuple[str, ...], mapping: ColumnMapping) -> list[tuple[int, str, Column]]:
    """(index, heading, column) of every column that fills a field. Two headings that match
    one mapping entry ("Province" and "province ") cannot both fill a field that takes one
    value: the first does."""
    bound, taken = [], set()
    for i, heading in enumerate(header):
        column = mapping.column_for(heading)
        if column is None or (column.path in taken and not column.target.joins()):
            continue
        taken.add(column.path)
        bound.append((i, heading, column))
    return bound


def _sheet_warnings(sheet: Sheet, mapping: ColumnMapping, unmapped: dict[int, int],
                    filled: set[str]) -> list[RowNote]:
    """Warnings about the sheet as a whole: data left out, headings the mapping expected."""
    notes = []
    if sheet.info.encoding == WINDOWS_1256:
        notes.append(_("The file is not UTF-8; it was read as windows-1256 (Arabic script, "
                       "older Windows). Check the Dari and Pashto text in the preview."))
    for i, count in unmapped.items():
        if count:
            notes.append(ngettext(
                "Column \u201c{heading}\u201d is not mapped to any field: its value in {n} row "
                "is not imported.",
                "Column \u201c{heading}\u201d is not mapped to any field: its values in {n} rows "
                "are not imported.", count).format(heading=_shown(sheet.header[i]), n=count))
    keys = {matching_key(h) for h in sheet.header}
    for heading in mapping.columns:
        if heading not in sheet.header and matching_key(heading) not in keys:
            notes.append(_("The mapping names a column \u201c{heading}\u201d that this sheet "
                           "does not have.").format(heading=_shown(heading)))
    if "person.pseudonym" not in filled:
        notes.append(_("No column fills person.pseudonym: the cases will be listed by their "
                       "codes only until each is given a pseudonym."))
    return [RowNote(None, text) for text in notes]


def _preview_row(row: SheetRow, width: int, bound: list[tuple[int, str, Column]],
                 mapping: ColumnMapping, result: SheetPreview) -> None:
    """Add the row's case to `result.accepted`, or its reasons to `result.rejected`."""
    problems: list[str] = []
    notes: list[str] = []
    extra = [cell for cell in row.cells[width:] if cell != ""]
    if extra:
        problems.append(_("the row has {n} value(s) beyond the {width} columns of the header "
                          "(in a CSV file: a value holding the delimiter without quotes?)")
                        .format(n=len(extra), width=width))
    data: dict[str, Any] = {}
    filled = False
    for i, heading, column in bound:
        cell = row.cells[i] if i < len(row.cells) else ""
        if cell == "":
            continue
        filled = True
        try:
            _put(data, column, _convert(cell, column.target, heading, mapping, notes))
        except _Problem as problem:
            problems.append(str(problem))
    if not filled and not problems:
        problems.append(_("none of the mapped columns has a value"))
    case = None
    if not problems:
        try:
            case = serial.from_json(Case, _as_lists(data))
        except InvalidInput as err:
            problems.append(str(err))
    if case is None:
        result.rejected.append(RejectedRow(row.line, tuple(problems)))
    else:
        result.accepted.append(AcceptedRow(row.line, case))
        result.warnings += [RowNote(row.line, note) for note in notes]


def _put(data: dict[str, Any], column: Column, value: Any) -> None:
    """Set a value in the case JSON being built; lists append, text joins (paragraphs with a
    blank line, names and places with a space: "First name" + "Surname")."""
    target = column.target
    head, name = target.path.rsplit(".", 1) if "." in target.path else ("", target.path)
    if target.list_root is not None:
        where = data.setdefault(target.list_root, {}).setdefault(column.index, {})
    elif head:
        where = data.setdefault(head, {})
    else:
        where = data
    if name in where and target.kind in (TERMS, TEXTS):
        where[name] = [*where[name], *value]
    elif name in where and target.kind == TEXT:
        glue = "\n\n" if name in _PARAGRAPHS else " "
        where[name] = f"{where[name]}{glue}{value}"
    else:
        where[name] = value


def _as_lists(data: dict[str, Any]) -> dict[str, Any]:
    """The items of each list ({0: {...}, 2: {...}}) as a JSON list, in index order."""
    roots = {t.list_root for t in targets().values() if t.list_root}
    return {key: [value[i] for i in sorted(value)] if key in roots else value
            for key, value in data.items()}


# ---- one cell ---------------------------------------------------------------------------------

def _convert(cell: Cell, target: Target, heading: str, mapping: ColumnMapping,
             notes: list[str]) -> Any:
    """The JSON value of a cell for its field, or _Problem saying why it cannot be."""
    if target.kind == DATE:
        return _date(cell, target, heading, notes).to_text()
    text = cell.isoformat() if not isinstance(cell, str) else cell
    if target.kind == TEXT:
        return text
    if target.kind == TEXTS:
        return _split(text)
    if target.kind == TERM:
        return _term(text, target, heading, mapping)
    if target.kind == TERMS:
        return [_term(part, target, heading, mapping) for part in _split(text)]
    assert target.kind == YES_NO
    folded = normalise(text).casefold()
    if folded in _YES or folded in _NO:
        return folded in _YES
    raise _Problem(_("{heading} is yes or no, not {value}")
                   .format(heading=excerpt(heading), value=excerpt(text)))


def _shown(heading: str) -> str:
    """A heading as a message names it: on one line, a very long one cut short."""
    return one_line(heading, 80)


def _split(text: str) -> list[str]:
    """The items of a list cell, split at ; , or a line break (Arabic punctuation too)."""
    return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]


def _noun(vocab_name: str) -> str:
    """What a term of a vocabulary is called in a message ("province")."""
    nouns = {"provinces": _("province"), "institutions": _("institution"), "ranks": _("rank"),
             "incident_types": _("incident type"), "countries": _("country"),
             "situations": _("situation"), "sexes": _("sex"), "case_stages": _("case stage"),
             "consent_scopes": _("consent scope"), "relations": _("relation"),
             "verification_levels": _("verification level")}
    return nouns.get(vocab_name, vocab_name)


def _term(text: str, target: Target, heading: str, mapping: ColumnMapping) -> str:
    """The code a spelling names: the mapping's own spellings first, then the vocabulary."""
    assert target.vocab is not None
    code = mapping.extra_term(target, text)
    if code is not None:
        return code
    term = vocabulary(target.vocab).find(text)
    if term is not None:
        return term.code
    what = _noun(target.vocab)
    suggestion = _suggest(target.vocab, text)
    if suggestion:
        raise _Problem(_("{what} {value} (column \u201c{heading}\u201d) is not one casefiles "
                         "knows (did you mean {suggestion}?)").format(
                             what=what, value=excerpt(text), heading=_shown(heading),
                             suggestion=suggestion))
    sample = ", ".join(t.label() for t in vocabulary(target.vocab).terms[:4])
    raise _Problem(_("{what} {value} (column \u201c{heading}\u201d) is not one casefiles "
                     "knows (for example: {sample}, ...); correct it in the sheet or give "
                     "its meaning in the mapping's \"values\"").format(
                         what=what, value=excerpt(text), heading=_shown(heading),
                         sample=sample))


@cache
def _spellings(vocab_name: str) -> dict[str, Term]:
    """Every spelling of every term (codes, labels, aliases) by matching key."""
    found: dict[str, Term] = {}
    for term in vocabulary(vocab_name).terms:
        for text in (term.code, *term.labels.values(), *term.aliases):
            found.setdefault(matching_key(text), term)
    return found


def _suggest(vocab_name: str, text: str) -> str | None:
    """The label of the term spelled most like `text`, in the script it is written in."""
    spellings = _spellings(vocab_name)
    close = difflib.get_close_matches(matching_key(text), list(spellings), n=1, cutoff=0.75)
    if not close:
        return None
    return spellings[close[0]].label("fa" if _ARABIC_SCRIPT.search(text) else "en")


def _date(cell: Cell, target: Target, heading: str, notes: list[str]) -> FuzzyDate:
    """A date from a workbook's date cell or from text in either calendar; what was guessed
    (the calendar from the year alone, the day before the month) goes into `notes`."""
    text = cell if isinstance(cell, str) else cell.isoformat()
    try:
        if isinstance(cell, str):
            date = FuzzyDate.parse(cell)
        else:  # a workbook's date cell, of any year Excel can hold (9999 too)
            date = FuzzyDate(Precision.DAY, Calendar.GREGORIAN, cell.year, cell.month, cell.day)
    except InvalidInput as err:
        if target.identity:
            raise _Problem(_("column \u201c{heading}\u201d (part of the identity; its value is "
                             "not repeated here) does not hold a date casefiles understands")
                           .format(heading=_shown(heading))) from None
        raise _Problem(_("date {value} (column \u201c{heading}\u201d): {reason}").format(
            value=excerpt(text), heading=_shown(heading), reason=_reason(str(err), text))
        ) from None
    if isinstance(cell, str) and not target.identity:
        notes += _date_guesses(cell, date, heading)
    return date


def _reason(message: str, value: str) -> str:
    """The parser's reason without the value repeated (it is already in the message)."""
    prefix = f"{excerpt(value)} "
    return message[len(prefix):] if message.startswith(prefix) else message


def _date_guesses(text: str, date: FuzzyDate, heading: str) -> list[str]:
    """Warnings for a date written with digits only, where the calendar or the day order is
    read from the numbers themselves."""
    plain = normalise(text).strip()
    if not _DIGITS_ONLY.match(plain):
        return []
    shown = date.display()
    if date.calendar is Calendar.SOLAR_HIJRI:
        return [_("date {value!r} (column \u201c{heading}\u201d) was read as Solar Hijri from "
                  "its year: {shown}").format(value=text, heading=_shown(heading),
                                              shown=shown)]
    match = _DAY_FIRST.match(plain)
    if match and int(match[1]) <= 12 and int(match[2]) <= 12 and match[1] != match[2]:
        return [_("date {value!r} (column \u201c{heading}\u201d) was read day first: {shown}")
                .format(value=text, heading=_shown(heading), shown=shown)]
    return []


# ---- import -----------------------------------------------------------------------------------

def import_rows(db: Database, result: SheetPreview, actor: str,
                progress: Progress | None = None) -> list[str]:
    """Store the previewed cases, all in one transaction (a failure writes none of them), and
    return their new codes; with no accepted row, nothing is written at all.

    Each case's audit trail gets "case.import" (file, SHA-256, line) after its "case.create",
    and the import itself one "sheet.import" entry. The preview is left as it was, so it still
    describes the file.
    """
    if not result.accepted:
        return []
    info = result.info
    codes = []
    with db.atomic():
        for number, row in enumerate(result.accepted, start=1):
            case = cases.add_case(db, copy.deepcopy(row.case), actor)
            audit.record(db, actor, CASE_ACTION, case.uuid, code=case.code,
                         origin="spreadsheet", file=info.file_name, sha256=info.sha256,
                         line=row.line)
            codes.append(case.code)
            if progress and number % _PROGRESS_EVERY == 0:
                progress(row.line)
        audit.record(db, actor, IMPORT_ACTION, None, file=info.file_name, sha256=info.sha256,
                     kind=info.kind, sheet=info.sheet_name, cases=len(codes),
                     rejected=len(result.rejected), blank=result.blank_rows)
    return codes


def earlier_imports(db: Database, sha256: str) -> list[str]:
    """When a file with this SHA-256 was imported before (UTC times, oldest first), so that a
    caseworker about to import the same list twice is told."""
    rows = db.execute("SELECT at, detail FROM audit_log WHERE action = ? ORDER BY seq",
                      (IMPORT_ACTION,))
    return [at for at, detail in rows if json.loads(detail).get("sha256") == sha256]
