"""What a source mentions, for triage: places, institutions, roles, incidents, countries, dates.

Each match comes with the sentence it stands in and the pinpoint of its segment, so a caseworker
sees at a glance which cases a new report may support. Names are matched as runs of whole words
(any spelling the vocabularies know, in English, Dari or Pashto, after the same Arabic-script
normalisation as search), looked up word by word rather than with one regex of every name, which
is what keeps this fast: "Kabul-based" names Kabul, "Kandahari" does not name Kandahar.
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


_WORD = re.compile(r"\w+")
_CONNECTORS = ("in", "within", "inside")


def _key(words: list[str]) -> str:
    """The lookup key of a run of words: the izafe written -e- or -i- is one ("Mazar-i-Sharif",
    "Mazar-e Sharif"); spaces, hyphens and punctuation between words do not count."""
    return " ".join("e" if word == "i" else word for word in words)


@dataclass(frozen=True)
class _Names:
    """Every name of every category, by key, for matching runs of words."""

    by_key: dict[str, list[tuple[str, str]]]  # key -> [(category, code)]
    lengths: dict[str, tuple[int, ...]]  # first word -> the word counts of its names, longest first


@cache
def _names() -> _Names:
    by_key: dict[str, list[tuple[str, str]]] = {}
    for category, vocab_name in (*CATEGORIES.items(), ("relative", "relations")):
        for term in vocabulary(vocab_name).terms:
            if term.code == "other" or (category == "country" and term.code in _NOT_ABROAD):
                continue
            spellings = [*term.labels.values(), *term.aliases]
            if category == "province" and term.extra.get("capital"):
                spellings.append(term.extra["capital"])
            if category == "institution":
                spellings.append(term.code.upper())
            if category == "relative":
                spellings += _RELATIVES
            for spelling in spellings:
                words = _WORD.findall(normalise(spelling).casefold())
                key = _key(words)
                if len(key) >= 2 and key not in _TOO_LOOSE:
                    entries = by_key.setdefault(key, [])
                    if all(c != category for c, _code in entries):
                        entries.append((category, term.code))
    lengths: dict[str, set[int]] = {}
    for key in by_key:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return _Names(by_key, {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()})


def _lookup(names: _Names, words: list[str]) -> list[tuple[str, str]]:
    """Entries for a run of words; an English word may take a plural ending."""
    found = names.by_key.get(_key(words))
    if found:
        return found
    last = words[-1]
    if last.isascii() and last.endswith("s"):
        for stem in (last[:-1], last[:-2] if last.endswith("es") else None):
            if stem:
                found = names.by_key.get(_key([*words[:-1], stem]))
                if found:
                    return found
    return []


def _match_names(sentence: str) -> list[tuple[str, str, int, int, int]]:
    """(category, code, start, end, first word index) of every name in a case-folded sentence.

    Within a category the longest name wins and matches do not overlap ("border police" is the
    border police, not also the police); different categories may share words ("police chief"
    is a role and names the police).
    """
    names = _names()
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    words = [t[0] for t in tokens]
    covered: dict[str, int] = {}
    found = []
    for i, word in enumerate(words):
        counts = names.lengths.get("e" if word == "i" else word)
        if counts is None and word.endswith("s"):  # a plural one-word name: "arrests"
            counts = (1,) if word[:-1] in names.lengths or word[:-2] in names.lengths else None
        if counts is None:
            continue
        for n in counts:
            if i + n > len(words):
                continue
            for category, code in _lookup(names, words[i:i + n]):
                if covered.get(category, 0) <= i:
                    covered[category] = i + n
                    found.append((category, code, tokens[i][1], tokens[i + n - 1][2], i))
    return found


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
        for start, end, sentence in _sentences(text):
            chunk = folded[start:end]
            matches = _match_names(chunk)
            in_sentence = [Mention(category, code, text[start + s:start + e], pinpoint, sentence)
                           for category, code, s, e, _i in matches if category != "relative"]
            in_sentence += [Mention("incident", code, matched, pinpoint, sentence)
                            for code, matched in _derived(chunk, matches)]
            if any(ch.isdigit() for ch in chunk):
                in_sentence += [Mention("date", _date_code(m.group(1)), m.group(1), pinpoint,
                                        sentence) for m in _DATE.finditer(text[start:end])]
            for mention in in_sentence:
                _add(found, seen, mention)
    return found


_RELATIVES = {"relative", "relatives", "family member", "family members", "family", "families",
              "wife", "husband", "children", "cousin", "nephew"}
_ABROAD = re.compile(r"(?<!\w)(abroad|outside (the country|afghanistan)|(in|within|inside) "
                     r"(those|these|neighbou?ring|other) countries)(?!\w)")


def _derived(chunk: str, matches: list[tuple[str, str, int, int, int]]
             ) -> list[tuple[str, str]]:
    """Incident types that show only in combination: an act against a relative, a killing abroad.

    Returns (code, matched words) pairs for the sentence `chunk` (case-folded).
    """
    incidents = {code for category, code, *_rest in matches if category == "incident"}
    derived = []
    if incidents - {"relative_targeted"}:
        relatives = [chunk[s:e] for category, _code, s, e, _i in matches if category == "relative"]
        if relatives:
            derived.append(("relative_targeted", relatives[0]))
    if incidents & {"killing", "attempted_killing"}:
        abroad = _ABROAD.search(chunk)
        if abroad:
            derived.append(("killing_abroad", abroad.group(0)))
        else:
            words = _WORD.findall(chunk)
            for category, _code, s, e, i in matches:
                if category == "country" and i > 0 and words[i - 1] in _CONNECTORS:
                    derived.append(("killing_abroad", chunk[s:e]))
                    break
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
