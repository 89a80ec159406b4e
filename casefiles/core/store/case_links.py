"""Links between cases: a caseworker's judgment that two cases are, or are not, the same person.

The same soldier may be documented by two organisations and reach this store twice, under two
uuids. Such cases are never merged: merging would lose which organisation recorded what, and a
wrong merge cannot be undone. The caseworker links them instead ("same person"), or records that
they are not ("not the same person") so the pair is not offered again. Each decision is audited.
Pairs are stored once, the smaller case id first; deleting either case removes the link.
"""

from dataclasses import dataclass

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _
from casefiles.core.security import audit
from casefiles.core.store.cases import case_id_for
from casefiles.core.store.driver import Database

SAME_PERSON = "same_person"
NOT_SAME_PERSON = "not_same_person"
RELATIONS = (SAME_PERSON, NOT_SAME_PERSON)


def relation_label(relation: str) -> str:
    return {SAME_PERSON: _("the same person"),
            NOT_SAME_PERSON: _("not the same person")}.get(relation, relation)


@dataclass(frozen=True)
class CaseLink:
    """One decision about a case and another, seen from the first: the other case's code and
    pseudonym, the relation, and who decided it when."""

    code: str
    pseudonym: str
    relation: str
    note: str
    decided_at: str
    decided_by: str


def set_link(db: Database, code: str, other_code: str, relation: str, actor: str,
             note: str = "") -> None:
    """Record (or change) the decision about two cases, audited on both."""
    if relation not in RELATIONS:
        raise InvalidInput(_("A link is {same} or {not_same}, not {relation!r}.").format(
            same=SAME_PERSON, not_same=NOT_SAME_PERSON, relation=relation))
    with db.atomic():
        first, second = _pair(db, code, other_code)
        set_link_by_id(db, first, second, relation, actor, note)


def set_link_by_id(db: Database, case_id: int, other_id: int, relation: str, actor: str,
                   note: str = "") -> None:
    """`set_link` for case ids, inside the caller's transaction (an import uses it)."""
    low, high = sorted((case_id, other_id))
    db.execute(
        "INSERT INTO case_links (case_id, other_id, relation, note, decided_at, decided_by) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, other_id) DO UPDATE SET "
        "relation = excluded.relation, note = excluded.note, decided_at = excluded.decided_at, "
        "decided_by = excluded.decided_by",
        (low, high, relation, note.strip(), audit.utc_now(), actor))
    low_uuid, high_uuid = (_uuid(db, i) for i in (low, high))
    audit.record(db, actor, "case.link", low_uuid, other=high_uuid, relation=relation)


def remove_link(db: Database, code: str, other_code: str, actor: str) -> None:
    """Forget the decision about two cases (they may be offered as likely duplicates again)."""
    with db.atomic():
        low, high = sorted(_pair(db, code, other_code))
        removed = db.execute("DELETE FROM case_links WHERE case_id = ? AND other_id = ?",
                             (low, high)).rowcount
        if not removed:
            raise InvalidInput(_("{code} and {other} are not linked.").format(
                code=code.upper(), other=other_code.upper()))
        audit.record(db, actor, "case.unlink", _uuid(db, low), other=_uuid(db, high))


def links(db: Database, case_id: int) -> list[CaseLink]:
    """Every decision about the case `case_id`, by the other case's code."""
    rows = db.execute(
        "SELECT c.code, coalesce(p.pseudonym, ''), l.relation, l.note, l.decided_at, "
        "l.decided_by FROM case_links l "
        "JOIN cases c ON c.id = CASE WHEN l.case_id = ? THEN l.other_id ELSE l.case_id END "
        "LEFT JOIN persons p ON p.case_id = c.id "
        "WHERE l.case_id = ? OR l.other_id = ? ORDER BY c.code", (case_id, case_id, case_id))
    return [CaseLink(*row) for row in rows]


def decided_with(db: Database, case_id: int) -> set[int]:
    """The ids of the cases about which a decision was made with `case_id`, either way."""
    return {row[0] for row in db.execute(
        "SELECT other_id FROM case_links WHERE case_id = ? UNION "
        "SELECT case_id FROM case_links WHERE other_id = ?", (case_id, case_id))}


def _pair(db: Database, code: str, other_code: str) -> tuple[int, int]:
    first, second = case_id_for(db, code), case_id_for(db, other_code)
    if first == second:
        raise InvalidInput(_("A case cannot be linked with itself."))
    return first, second


def _uuid(db: Database, case_id: int) -> str:
    return db.execute("SELECT uuid FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
