"""Likely duplicates: cases here that may be the same person as a given case, under another uuid.

Two organisations documenting the same soldier give him two uuids, two pseudonyms and slightly
different facts. A case is offered as a likely duplicate when it has the same institution and
province of origin, incident dates that meet, and a similar pseudonym; or an equal identity
field (tazkira number, or full name with father's name) when both cases have one. Offered for
a caseworker's decision (see case_links), never merged; pairs already decided are not offered.
"""

import difflib
from dataclasses import dataclass
from typing import Any

from casefiles.core.i18n import _
from casefiles.core.model.case import Case
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.model.textnorm import normalise
from casefiles.core.store import case_links, cases
from casefiles.core.store.driver import Database

# How alike two pseudonyms must be (difflib's ratio, 0..1) to suggest the same person.
PSEUDONYM_SIMILARITY = 0.8
# Why a case is offered; the codes stay stable for JSON, the labels are for people.
SERVICE, TAZKIRA, NAMES = "service", "tazkira_number", "names"


def reason_label(reason: str) -> str:
    return {SERVICE: _("same institution, province and incident dates, similar pseudonym"),
            TAZKIRA: _("same tazkira number"),
            NAMES: _("same full name and father's name")}.get(reason, reason)


@dataclass(frozen=True)
class LikelyDuplicate:
    """A case in this store that may be the same person: its code, pseudonym and why."""

    code: str
    pseudonym: str
    reasons: tuple[str, ...]


def likely_duplicates(db: Database, case: Case,
                      case_id: int | None = None) -> list[LikelyDuplicate]:
    """Cases here that may be the same person as `case`, by code.

    `case_id` is the case's own id when it is in the store: it is then left out, and so are the
    cases a decision was already made about with it (linked, or marked not the same person).
    """
    left_out = {case_id, *case_links.decided_with(db, case_id)} if case_id is not None else set()
    found: dict[int, list[str]] = {}
    for other_id, pseudonym in _same_service_and_origin(db, case):
        # The pseudonym first: it is at hand, and few candidates pass it to be loaded whole.
        if other_id in left_out or not _similar(case.person.pseudonym, pseudonym):
            continue
        if _dates_meet(case, cases.load_case(db, other_id, with_identity=False)):
            found.setdefault(other_id, []).append(SERVICE)
    for other_id, reason in _same_identity(db, case):
        if other_id not in left_out:
            found.setdefault(other_id, []).append(reason)
    out = []
    for other_id, reasons in found.items():
        code, pseudonym = db.execute(
            "SELECT c.code, coalesce(p.pseudonym, '') FROM cases c LEFT JOIN persons p "
            "ON p.case_id = c.id WHERE c.id = ?", (other_id,)).fetchone()
        out.append(LikelyDuplicate(code, pseudonym, tuple(reasons)))
    return sorted(out, key=lambda d: d.code)


def duplicates_of(db: Database, case_id: int) -> list[LikelyDuplicate]:
    """The likely duplicates of a case in the store not yet decided about. Its identity is
    compared in the database, never returned, so this is not an identity viewing."""
    return likely_duplicates(db, cases.load_case(db, case_id, with_identity=True), case_id)


def _same_service_and_origin(db: Database, case: Case) -> list[tuple[int, str]]:
    """(case id, pseudonym) of the cases with an institution and the province of origin of
    `case`."""
    institutions = sorted({s.institution for s in case.service if s.institution})
    if not institutions or not case.person.origin_province:
        return []
    marks = ", ".join("?" for _i in institutions)
    return [(row[0], row[1]) for row in db.execute(
        "SELECT DISTINCT p.case_id, p.pseudonym FROM persons p JOIN service_records s "
        f"ON s.case_id = p.case_id WHERE p.origin_province = ? AND s.institution IN ({marks})",
        (case.person.origin_province, *institutions))]


def _spans(case: Case) -> list[tuple[Any, Any]]:
    return [b for b in (i.date.bounds() for i in case.incidents
                        if isinstance(i.date, FuzzyDate)) if b is not None]


def _dates_meet(a: Case, b: Case) -> bool:
    """Some incident date of one overlaps one of the other (at the coarser precision), or one
    of them has no dated incident: dates missing on one side do not tell the cases apart."""
    spans_a, spans_b = _spans(a), _spans(b)
    if not spans_a or not spans_b:
        return True
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in spans_a for s2, e2 in spans_b)


def _similar(a: str, b: str) -> bool:
    """Pseudonyms alike once case, spacing and Arabic-script variants (kaf, yeh, harakat) are
    set aside."""
    a, b = (" ".join(normalise(text).casefold().split()) for text in (a, b))
    return bool(a and b) and difflib.SequenceMatcher(None, a, b).ratio() >= PSEUDONYM_SIMILARITY


def _same_identity(db: Database, case: Case) -> list[tuple[int, str]]:
    """Cases whose tazkira number, or full name with father's name, equal those of `case`."""
    identity, out = case.identity, []
    if identity.tazkira_number.strip():
        out += [(row[0], TAZKIRA) for row in db.execute(
            "SELECT case_id FROM identities WHERE tazkira_number = ?",
            (identity.tazkira_number.strip(),))]
    if identity.full_name.strip() and identity.father_name.strip():
        out += [(row[0], NAMES) for row in db.execute(
            "SELECT case_id FROM identities WHERE lower(full_name) = lower(?) "
            "AND lower(father_name) = lower(?)",
            (identity.full_name.strip(), identity.father_name.strip()))]
    return out
