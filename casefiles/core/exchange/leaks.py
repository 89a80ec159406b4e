"""Free text that would give away what a profile withholds.

Redaction empties fields; it cannot rewrite a sentence. A summary that says "from Daman
district" goes out under a profile that drops districts, and a description naming the person
goes out without their identity. Before a dossier or an export leaves, the withheld values of
the case (names, ID and phone numbers, district, place, unit, city) are looked for in the free
text the profile lets out, and each find is reported so the caseworker can reword it. It warns;
it does not refuse: the caseworker knows whether "Kandahar" in a sentence names the person.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from casefiles.core.exchange.redaction import WITHHOLD, Profile, identity_included
from casefiles.core.i18n import _
from casefiles.core.model.case import Case
from casefiles.core.model.textnorm import normalise

Values = Callable[[Case], list[str]]

# Values that identify the person, by the field path their rule is looked up under.
_IDENTIFYING: dict[str, Values] = {
    "identity.full_name": lambda c: [c.identity.full_name],
    "identity.father_name": lambda c: [c.identity.father_name],
    "identity.grandfather_name": lambda c: [c.identity.grandfather_name],
    "identity.tazkira_number": lambda c: [c.identity.tazkira_number],
    "identity.other_ids": lambda c: list(c.identity.other_ids),
    "identity.phone_numbers": lambda c: list(c.identity.phone_numbers),
    "person.origin_district": lambda c: [c.person.origin_district],
    "person.current_place": lambda c: [c.person.current_place],
    "service.unit": lambda c: [s.unit for s in c.service],
    "incidents.district": lambda c: [i.district for i in c.incidents],
    "incidents.city": lambda c: [i.city for i in c.incidents],
}
# Free text, by field path, as the caseworker would look for it.
_FREE_TEXT: dict[str, Values] = {
    "summary": lambda c: [c.summary],
    "service.notes": lambda c: [s.notes for s in c.service],
    "incidents.description": lambda c: [i.description for i in c.incidents],
    "incidents.perpetrator": lambda c: [i.perpetrator for i in c.incidents],
    "relatives.what_happened": lambda c: [r.what_happened for r in c.relatives],
    "risk.conclusion": lambda c: [c.risk.conclusion],
    "risk.factors.assessment": lambda c: [f.assessment for f in c.risk.factors],
}
_NOT_WORD = re.compile(r"[^\w]+")
_MIN_PART = 4  # name parts shorter than this ("Ali") match too much to be worth a warning


@dataclass(frozen=True)
class Leak:
    """Free text (`where`) holding a value (`value`) of a field the profile withholds."""

    where: str
    field: str
    value: str

    def message(self) -> str:
        """What to tell the caseworker; an identity value is not repeated on screen."""
        if self.field.startswith("identity."):
            return _("{where} contains part of the person's identity ({field}), which this "
                     "profile withholds; reword it before handing the file over.").format(
                         where=self.where, field=self.field)
        return _("{where} contains \u201c{value}\u201d, which this profile withholds ({field}); "
                 "reword it before handing the file over.").format(
                     where=self.where, value=self.value, field=self.field)


def _comparable(text: str) -> str:
    """Script-normalised, case-folded words between single spaces: a value matches whole
    words only, whatever the punctuation around it."""
    return " " + " ".join(_NOT_WORD.sub(" ", normalise(text).casefold()).split()) + " "


def _needles(field: str, value: str) -> Iterator[str]:
    """What to look for: the whole value, each long part of a name, a number's digits."""
    value = " ".join(value.split())
    if len(value) < 3:
        return
    yield value
    if field.endswith(("_name", "full_name")):
        yield from (part for part in value.split() if len(part) >= _MIN_PART)


def _withheld(case: Case, profile: Profile) -> Iterator[tuple[str, str]]:
    for path, values in _IDENTIFYING.items():
        shown = profile.rule(path) != WITHHOLD and (
            not path.startswith("identity.") or identity_included(case, profile))
        if not shown:
            yield from ((path, value) for value in values(case) if value)


def free_text_leaks(case: Case, profile: Profile) -> list[Leak]:
    """Where the free text `profile` lets out names a value it withholds (`case` unredacted,
    identity loaded)."""
    texts = [(path, text) for path, values in _FREE_TEXT.items()
             if profile.rule(path) != WITHHOLD for text in values(case) if text]
    found: dict[tuple[str, str], Leak] = {}
    for field, value in _withheld(case, profile):
        for needle in _needles(field, value):
            wanted = _comparable(needle)
            for where, text in texts:
                if wanted in _comparable(text) and (where, field) not in found:
                    found[(where, field)] = Leak(where, field, needle)
    return list(found.values())
