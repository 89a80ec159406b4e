"""Which column of a spreadsheet goes into which field of a case: the column mapping.

The fields a column can fill are taken from the model (`casefiles.core.model.case`), named by
the dotted paths used everywhere else ("person.origin_province", "identity.full_name",
"incidents.date"). A row becomes one case; the service record, incident and relative a row
describes become the first item of their list, and a wide sheet with several incidents per row
names the others by index, as JSON errors do: "incidents[1].date" is the second incident's date
("incidents.date" is "incidents[0].date"). Lists inside records (identity photos, risk factors)
cannot come from a sheet.

Several columns may fill one list ("Phone 1", "Phone 2" -> identity.phone_numbers) or one text
(a summary or description joined by a blank line, a name by a space: "Name" + "Surname"); a
date, a term or a yes/no field takes one column only.

A mapping is JSON, written by the caseworker or by the mapping dialog, or proposed here from
the header's words in English, Dari and Pashto:

    {"columns": {"ولایت": "person.origin_province", "Name": "identity.full_name",
                 "Remarks": null},
     "values": {"person.origin_province": {"Kandhar": "AF-KAN"}}}

`columns` maps each heading to a field path, or to null for a column left out on purpose (no
warning). `values` adds spellings the vocabularies do not know, per field, each to a term (its
code or any of its labels): the answer to "did you mean Kandahar?" given once for the file.
"""

import json
import re
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any, get_args, get_origin

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange.redaction import leaf_paths
from casefiles.core.i18n import _
from casefiles.core.model.case import Case
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.model.textnorm import excerpt, one_line
from casefiles.core.model.vocab import _key as matching_key
from casefiles.core.model.vocab import vocabulary

TEXT, DATE, TERM, TERMS, TEXTS, YES_NO = "text", "date", "term", "terms", "texts", "yes_no"
MAX_ITEMS = 20  # incidents[0] .. incidents[19]: more per row is not a list, it is a mistake
_MAPPING_KEYS = {"columns", "values"}
_INDEXED = re.compile(r"^(?P<root>\w+)\[(?P<index>\d+)\]\.(?P<rest>.+)$")
_REPEAT_SUFFIX = re.compile(r"\s*\(\d+\)$")


@dataclass(frozen=True)
class Target:
    """A field a column can fill, as the model defines it."""

    path: str  # "incidents.date": without an index
    kind: str  # TEXT, DATE, TERM (a vocabulary code), TERMS, TEXTS (lists) or YES_NO
    vocab: str | None
    identity: bool  # part of the identity: never in lists, search or exports without consent
    list_root: str | None  # "incidents" when the field belongs to an item of a list

    def joins(self) -> bool:
        """Whether several columns may fill it (lists and free text); others take one."""
        return self.kind in (TEXT, TERMS, TEXTS)


@dataclass(frozen=True)
class Column:
    """One heading's place in a case: a target and, for an item of a list, which item."""

    target: Target
    index: int = 0

    @property
    def path(self) -> str:
        """The path as written in a mapping ("incidents[1].date"; index 0 is left out)."""
        t = self.target
        if t.list_root is None or self.index == 0:
            return t.path
        return f"{t.list_root}[{self.index}]{t.path[len(t.list_root):]}"


def _list_roots() -> set[str]:
    """The case's lists of records a row adds one item to: service, incidents, relatives."""
    hints = typing.get_type_hints(Case)
    return {f.name for f in fields(Case) if get_origin(hints[f.name]) is list
            and is_dataclass(get_args(hints[f.name])[0])}


def _kind(hint: Any, vocab: str | None) -> str:
    if hint is FuzzyDate or FuzzyDate in get_args(hint):
        return DATE
    if get_origin(hint) is list:
        return TERMS if vocab else TEXTS
    if hint is bool:
        return YES_NO
    return TERM if vocab else TEXT


@cache
def targets() -> dict[str, Target]:
    """Every field a column can fill, by path, in the model's order."""
    roots = _list_roots()
    found = {}
    for path, leaf in leaf_paths(Case).items():
        parts = path.split(".")
        if (len(parts) > 2 or parts[-1] == "uuid" or leaf.field.metadata.get("output_only")
                or leaf.hint is bytes):
            continue  # nested lists (photos, risk factors), ids and what the store sets
        vocab = leaf.field.metadata.get("vocab")
        found[path] = Target(path, _kind(leaf.hint, vocab), vocab, leaf.identity,
                             parts[0] if parts[0] in roots else None)
    return found


def parse_path(text: str) -> Column:
    """The Column a mapping's path names, or InvalidInput saying which paths there are."""
    text = text.strip()
    index, path = 0, text
    match = _INDEXED.match(text)
    if match:  # an index too long to convert is too large anyway
        digits = match["index"]
        index = int(digits) if len(digits) <= len(str(MAX_ITEMS)) else MAX_ITEMS
        path = f"{match['root']}.{match['rest']}"
    target = targets().get(path)
    if target is None or (match and target.list_root != match["root"]):
        sample = ", ".join(list(targets())[:12])
        raise InvalidInput(_("{path} is not a field a column can fill (for example: "
                             "{sample}, ...; docs/cli.md lists them all).")
                           .format(path=excerpt(text), sample=sample))
    if index >= MAX_ITEMS:
        raise InvalidInput(_("{path}: at most {n} items of a list come from one row.")
                           .format(path=excerpt(text), n=MAX_ITEMS))
    return Column(target, index)


@dataclass(frozen=True)
class ColumnMapping:
    """Headings to fields, and extra spellings of vocabulary terms for this file."""

    columns: Mapping[str, Column | None]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        seen: dict[str, str] = {}
        for heading, column in self.columns.items():
            if column is None or column.target.joins():
                continue
            if column.path in seen:
                raise InvalidInput(_("Columns \u201c{a}\u201d and \u201c{b}\u201d both fill "
                                     "{path}, which takes one value; map one of them to "
                                     "another field or to null.").format(
                                         a=one_line(seen[column.path], 80),
                                         b=one_line(heading, 80), path=column.path))
            seen[column.path] = heading

    def column_for(self, heading: str) -> Column | None:
        """Where a heading goes: matched as written, else ignoring case, spaces, punctuation."""
        if heading in self.columns:
            return self.columns[heading]
        key = matching_key(heading)
        for name, column in self.columns.items():
            if matching_key(name) == key:
                return column
        return None

    def mentions(self, heading: str) -> bool:
        """Whether the mapping says anything about a heading (null included)."""
        key = matching_key(heading)
        return heading in self.columns or any(matching_key(n) == key for n in self.columns)

    def extra_term(self, target: Target, text: str) -> str | None:
        """The code this mapping's `values` give a spelling of `target`, if any."""
        return self.values.get(target.path, {}).get(matching_key(text))

    def template(self, header: Iterable[str]) -> "ColumnMapping":
        """This mapping with every heading of `header` it does not mention set to null: a file
        the caseworker corrects by filling in the nulls that should be imported."""
        missing = {h: None for h in header if not self.mentions(h)}
        return ColumnMapping({**self.columns, **missing}, self.values)

    def to_json(self) -> dict[str, Any]:
        """The mapping as it is written to a file (and read back by `from_json`)."""
        return {"columns": {h: c.path if c else None for h, c in self.columns.items()},
                "values": {path: dict(spellings) for path, spellings in self.values.items()}}

    @classmethod
    def from_json(cls, data: Any) -> "ColumnMapping":
        """Check a mapping given as JSON; InvalidInput names the first thing wrong."""
        if not isinstance(data, dict) or not set(data) <= _MAPPING_KEYS or "columns" not in data:
            raise InvalidInput(_("A column mapping is a JSON object with \"columns\" (and "
                                 "optionally \"values\"), e.g. {\"columns\": {\"Province\": "
                                 "\"person.origin_province\"}}."))
        columns = data["columns"]
        if not isinstance(columns, dict) or not all(
                isinstance(v, str) or v is None for v in columns.values()):
            raise InvalidInput(_("\"columns\" maps each heading to a field path or to null."))
        return cls({str(h): parse_path(p) if p is not None else None for h, p in columns.items()},
                   _parse_values(data.get("values", {})))


def _parse_values(data: Any) -> dict[str, dict[str, str]]:
    """`values`: per vocabulary field, spellings to terms (codes or labels, checked)."""
    if not isinstance(data, dict):
        raise InvalidInput(_("\"values\" maps a field path to {\"spelling\": \"term\"}."))
    result: dict[str, dict[str, str]] = {}
    for path, spellings in data.items():
        column = parse_path(path)
        target = column.target
        if target.vocab is None or not isinstance(spellings, dict):
            raise InvalidInput(_("\"values\" of {path}: only fields with a vocabulary take "
                                 "extra spellings, as {{\"spelling\": \"term\"}}.")
                               .format(path=column.path))
        vocab = vocabulary(target.vocab)
        result[target.path] = {matching_key(str(spelling)): vocab.resolve(str(term), column.path)
                               for spelling, term in spellings.items()}
    return result


def load_mapping(path: Path) -> ColumnMapping:
    """A mapping from a UTF-8 JSON file (InvalidInput when it cannot be read or is wrong)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as err:
        raise InvalidInput(_("Cannot read {path}: {reason}").format(
            path=path, reason=err.strerror or err)) from None
    except ValueError as err:  # not UTF-8, not JSON, or a number too long to convert
        raise InvalidInput(_("{path} is not a JSON column mapping: {reason}").format(
            path=path, reason=one_line(str(err)))) from None
    except RecursionError:
        raise InvalidInput(_("{path} is not a JSON column mapping: it is nested too deeply.")
                           .format(path=path)) from None
    try:
        return ColumnMapping.from_json(data)
    except InvalidInput as err:
        raise InvalidInput(f"{path}: {err}") from None


# ---- proposing a mapping from the header -------------------------------------------------------

# Headings met in the lists groups keep, in English, Dari and Pashto, for each field. A name
# alone ("Name", "نام") is the person's real name: it goes into the identity, the safe side.
_HEADINGS: dict[str, tuple[str, ...]] = {
    "stage": ("stage", "case stage", "مرحله"),
    "assigned_to": ("assigned to", "caseworker", "case worker", "focal point", "مسئول"),
    "summary": ("summary", "case summary", "story", "خلاصه", "لنډیز"),
    "notes": ("notes", "note", "remarks", "comments", "ملاحظات", "یادداشت", "ملاحظه", "تبصره"),
    "tags": ("tags", "labels", "برچسپ"),
    "consent.given_on": ("consent date", "تاریخ رضایت"),
    "consent.scope": ("consent", "رضایت", "رضایت نامه"),
    "person.pseudonym": ("pseudonym", "code name", "alias", "نام مستعار", "مستعار", "مستعار نوم"),
    "person.sex": ("sex", "gender", "جنسیت", "جنس"),
    "person.birth": ("birth year", "year of birth", "born", "سال تولد", "د زیږیدو کال"),
    "person.origin_province": ("province", "province of origin", "origin province",
                               "home province", "ولایت", "ولایت اصلی", "اصلی ولایت"),
    "person.origin_district": ("district", "district of origin", "ولسوالی", "ولسوالۍ"),
    "person.current_country": ("country", "current country", "country now", "کشور", "هیواد",
                               "کشور فعلی"),
    "person.current_place": ("current location", "location", "current place", "place",
                             "محل فعلی", "موقعیت", "اوسنی ځای"),
    "person.situation": ("situation", "status", "current situation", "current status",
                         "وضعیت", "وضعیت فعلی", "حالت", "اوسنی حالت"),
    "person.situation_since": ("since", "status since", "situation since"),
    "identity.full_name": ("name", "full name", "first name", "given name", "surname",
                           "last name", "family name", "نام", "نام کامل", "اسم", "نوم",
                           "بشپړ نوم", "نام و تخلص", "تخلص"),
    "identity.father_name": ("father", "father name", "fathers name", "father's name",
                             "نام پدر", "ولد", "د پلار نوم", "پلار"),
    "identity.grandfather_name": ("grandfather", "grandfather name", "grandfather's name",
                                  "نام پدرکلان", "ولدیت", "د نیکه نوم"),
    "identity.tazkira_number": ("tazkira", "tazkira number", "tazkira no", "tazkera",
                                "national id", "id number", "تذکره", "نمبر تذکره",
                                "شماره تذکره", "د تذکرې شمېره"),
    "identity.other_ids": ("other ids", "other id", "military id", "staff id",
                           "نمبر کارت", "کارت نظامی"),
    "identity.date_of_birth": ("date of birth", "dob", "birth date", "تاریخ تولد",
                               "د زیږیدو نیټه"),
    "identity.phone_numbers": ("phone", "phone number", "mobile", "telephone", "whatsapp",
                               "تلفن", "شماره تلفن", "موبایل", "تیلفون", "د تلیفون شمېره"),
    "service.institution": ("institution", "organisation", "organization", "agency",
                            "force", "security force", "ارگان", "نهاد", "اداره", "ارګان"),
    "service.rank": ("rank", "رتبه", "درجه", "رتبه نظامی"),
    "service.unit": ("unit", "قطعه", "جزوتام", "قطعه نظامی"),
    "service.position": ("position", "role", "job", "post", "duty", "وظیفه", "بست", "سمت",
                         "دنده"),
    "service.province": ("province served", "service province", "duty province",
                         "ولایت خدمت", "ولایت وظیفه"),
    "service.started": ("service start", "start of service", "joined", "شروع خدمت"),
    "service.ended": ("service end", "end of service", "left service", "ختم خدمت"),
    "service.with_international_forces": ("worked with international forces",
                                          "with international forces", "international forces"),
    "incidents.type": ("incident", "incident type", "violation", "what happened",
                       "نوع حادثه", "حادثه", "رویداد", "پېښه", "نوع تهدید"),
    "incidents.date": ("date", "incident date", "date of incident", "تاریخ", "تاریخ حادثه",
                       "نېټه", "نیټه"),
    "incidents.province": ("incident province", "province of incident", "ولایت حادثه"),
    "incidents.district": ("incident district", "ولسوالی حادثه"),
    "incidents.perpetrator": ("perpetrator", "perpetrators", "by whom", "عامل", "مرتکب",
                              "عاملین"),
    "incidents.description": ("description", "details", "incident description",
                              "شرح", "توضیحات", "جزئیات", "تفصیل", "شرح حادثه"),
    "incidents.verification": ("verification", "verified", "تایید", "تصدیق"),
    "relatives.relation": ("relative", "relation", "relationship", "قرابت", "نسبت"),
}


@cache
def _heading_index() -> dict[str, str]:
    """Matching key of every known heading (and of every field path) -> field path."""
    index = {matching_key(path): path for path in targets()}
    for path, headings in _HEADINGS.items():
        assert path in targets(), path  # a field renamed in the model must be renamed here
        for heading in headings:
            index.setdefault(matching_key(heading), path)
    return index


def _proposed_column(heading: str) -> Column | None:
    """The field a heading names: a field path as written ("incidents[1].date", as in
    casefiles' own CSV export) or a known heading; a repeat's " (2)" is ignored."""
    try:
        return parse_path(heading)
    except InvalidInput:
        pass
    path = _heading_index().get(matching_key(_REPEAT_SUFFIX.sub("", heading)))
    return Column(targets()[path]) if path else None


def _store_set() -> set[str]:
    """The fields the store sets (uuid, code, timestamps): in casefiles' own exports, never
    read back (an imported case gets a new uuid and code)."""
    return {f.name for f in fields(Case) if f.metadata.get("output_only")}


def propose_mapping(header: Iterable[str]) -> ColumnMapping:
    """A mapping guessed from the headings; a heading it does not know, or a second one for a
    field that takes one value, is left unmapped for the caseworker to decide. The columns of
    casefiles' own exports that the store sets (uuid, code, ...) are left out on purpose."""
    columns: dict[str, Column | None] = {}
    taken: set[str] = set()
    for heading in header:
        if heading in _store_set():
            columns[heading] = None
            continue
        column = _proposed_column(heading)
        if column is None or (column.path in taken and not column.target.joins()):
            continue
        taken.add(column.path)
        columns[heading] = column
    return ColumnMapping(columns)
