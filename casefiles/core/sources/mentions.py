"""What a source mentions, for triage: places, institutions, roles, incidents, countries, dates.

Each match comes with the sentence it stands in and the pinpoint of its segment, so a caseworker
sees at a glance which cases a new report may support. Names are matched as whole words (any
spelling the vocabularies know, in English, Dari or Pashto, after the same Arabic-script
normalisation as search): "Kabul-based" names Kabul, "Kandahari" does not name Kandahar.
"""

import re
from dataclasses import dataclass
from functools import cache

from casefiles.core.errors import InvalidInput
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.model.textnorm import normalise
from casefiles.core.model.vocab import vocabulary

# Category -> vocabulary; a provincial capital names its province.
CATEGORIES = {"province": "provinces", "institution": "institutions", "role": "roles",
              "incident": "incident_types", "country": "countries"}
_NOT_ABROAD = {"AF"}  # countries are listed as places of refuge or transit abroad
# Aliases fine for resolving what a caseworker types into a field, but too loose to say that a
# report names the thing: "a private intelligence group" is not the NDS, "missing" is not always
# a disappearance.
_TOO_LOOSE = {"intelligence", "missing", "militia", "other", "threat"}


@dataclass(frozen=True)
class Mention:
    category: str  # province, institution, role, incident, country, date
    code: str      # vocabulary code, or for dates the canonical date text
    matched: str   # the words as they stand in the source
    pinpoint: str  # "p. 3", "para. 12"
    sentence: str


@cache
def _matcher(category: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex of every name in the category (longest first) and name -> code."""
    names: dict[str, str] = {}
    for term in vocabulary(CATEGORIES[category]).terms:
        if term.code == "other" or (category == "country" and term.code in _NOT_ABROAD):
            continue
        spellings = [*term.labels.values(), *term.aliases]
        if category == "province" and term.extra.get("capital"):
            spellings.append(term.extra["capital"])
        if category == "institution":
            spellings.append(term.code.upper())
        for spelling in spellings:
            key = normalise(spelling).casefold().strip()
            if len(key) >= 2 and key not in _TOO_LOOSE:
                names.setdefault(_canon(key), term.code)
    alternatives = "|".join(_pattern(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)"), names


def _pattern(name: str) -> str:
    """A name as a regex: spaces and hyphens match each other; the Persian izafe connector may
    be written -e- or -i- ("Mazar-e Sharif", "Mazar-i-Sharif"); an English word may take a
    plural ending ("arrest" finds "arrests", "detention" finds "detentions")."""
    words = [r"[ei]" if word in ("e", "i") else re.escape(word)
             for word in re.split(r"[\s-]+", name)]
    pattern = r"[\s-]+".join(words)
    return pattern + "(?:s|es)?" if name.isascii() and name[-1].isalpha() else pattern


def _canon(name: str) -> str:
    """One key for spellings `_pattern` treats as the same: spaces and hyphens alike, and the
    izafe written e or i ("door-to-door search", "Mazar-i-Sharif")."""
    return " ".join("e" if word == "i" else word for word in re.split(r"[\s-]+", name))


def _code(names: dict[str, str], matched: str) -> str:
    key = _canon(matched)
    for candidate in (key, key.removesuffix("es"), key.removesuffix("s")):
        if candidate in names:
            return names[candidate]
    raise KeyError(matched)


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_SH_MONTHS = ("hamal|sawr|saur|jawza|jauza|saratan|asad|sunbula|sonbola|mizan|aqrab|qaws|qaus|"
              "jadi|jaddi|dalw|hut|hoot|حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت")
_DATE = re.compile(
    rf"(?<!\w)(\d{{1,2}}\s+(?:{_MONTHS}|{_SH_MONTHS}),?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}"
    rf"|(?:{_MONTHS}|{_SH_MONTHS})\s+\d{{4}}"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}[/-]\d{1,2}[/-]\d{1,2})(?!\w)",
    re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?؟\n]*(?:[.!?؟]+[\"”’)]*|\n|$)")


def _sentences(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().strip()) for m in _SENTENCE.finditer(text)
            if m.group().strip()]


def find_mentions(segments: list[tuple[str, str]]) -> list[Mention]:
    """Every mention in the segments, in reading order, one per name per sentence."""
    found: list[Mention] = []
    seen: set[tuple[str, str, str, str]] = set()
    for pinpoint, raw in segments:
        text = normalise(raw)
        folded = text.casefold()
        if len(folded) != len(text):  # casefold changed lengths (rare): match on the text
            folded = text
        folded = folded.translate(_QUOTES_TO_SPACES)  # “door-to-door” searches
        for start, end, sentence in _sentences(text):
            chunk = folded[start:end]
            in_sentence = []
            for category in CATEGORIES:
                pattern, names = _matcher(category)
                for match in pattern.finditer(chunk):
                    matched = text[start + match.start():start + match.end()]
                    in_sentence.append(Mention(category, _code(names, match.group(1)), matched,
                                               pinpoint, sentence))
            for code, matched in _derived(chunk, in_sentence):
                in_sentence.append(Mention("incident", code, matched, pinpoint, sentence))
            for mention in in_sentence:
                _add(found, seen, mention)
            for match in _DATE.finditer(text[start:end]):
                _add(found, seen, Mention("date", _date_code(match.group(1)), match.group(1),
                                          pinpoint, sentence))
    return found


_QUOTES_TO_SPACES = str.maketrans(dict.fromkeys("\"'“”‘’«»„", " "))
_RELATIVES = {"relative", "relatives", "family member", "family members", "family", "families",
              "wife", "husband", "children", "cousin", "nephew"}
_ABROAD = re.compile(r"(?<!\w)(abroad|outside (the country|afghanistan)|(in|within|inside) "
                     r"(those|these|neighbou?ring|other) countries)(?!\w)")


@cache
def _relatives_pattern() -> re.Pattern[str]:
    words = set(_RELATIVES)
    for term in vocabulary("relations").terms:
        words.update(normalise(t).casefold() for t in (*term.labels.values(), *term.aliases))
    alternatives = "|".join(_pattern(w) for w in sorted(words, key=len, reverse=True) if w)
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)")


def _derived(chunk: str, in_sentence: list[Mention]) -> list[tuple[str, str]]:
    """Incident types that show only in combination: an act against a relative, a killing abroad.

    Returns (code, matched words) pairs for the sentence `chunk` (case-folded).
    """
    incidents = {m.code for m in in_sentence if m.category == "incident"}
    derived = []
    if incidents - {"relative_targeted"}:
        relative = _relatives_pattern().search(chunk)
        if relative:
            derived.append(("relative_targeted", relative.group(1)))
    if incidents & {"killing", "attempted_killing"}:
        abroad = _ABROAD.search(chunk)
        if abroad is None:
            pattern, _names = _matcher("country")
            abroad = re.search(rf"(?<!\w)(?:in|within|inside)\s+(?:{pattern.pattern})", chunk)
        if abroad:
            derived.append(("killing_abroad", abroad.group(0)))
    return derived


def _add(found: list[Mention], seen: set, mention: Mention) -> None:
    key = (mention.category, mention.code, mention.pinpoint, mention.sentence)
    if key not in seen:
        seen.add(key)
        found.append(mention)


def _date_code(text: str) -> str:
    """The canonical date when the words give a year, else the words themselves."""
    if not re.search(r"\d{4}", text):
        return text
    try:
        return FuzzyDate.parse(text.replace(",", "")).to_text()
    except InvalidInput:
        return text


def summary(mentions: list[Mention]) -> dict[str, list[str]]:
    """Distinct codes per category, in order of first mention."""
    result: dict[str, list[str]] = {}
    for mention in mentions:
        codes = result.setdefault(mention.category, [])
        if mention.code not in codes:
            codes.append(mention.code)
    return result
