"""Linking two cases as the same person (or not), and the likely duplicates a case is offered."""

import pytest

from casefiles.core.errors import InvalidInput, NotFound
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.security import audit
from casefiles.core.store import case_links, cases
from casefiles.core.store.duplicates import NAMES, SERVICE, TAZKIRA, likely_duplicates
from casefiles.core.store.store import Store

SOLDIER = {
    "person": {"pseudonym": "Falcon", "origin_province": "Kandahar"},
    "service": [{"institution": "NDS"}],
    "incidents": [{"type": "arrest_detention", "date": "2022-09"}],
}


def add(store: Store, pseudonym: str, **changes: object) -> Case:
    data = {**SOLDIER, **changes}
    data["person"] = {**SOLDIER["person"], "pseudonym": pseudonym}
    return cases.add_case(store.db, serial.from_json(Case, data), store.actor)


def offered(store: Store, case: Case) -> list[str]:
    case_id = cases.case_id_for(store.db, case.code)
    return [d.code for d in likely_duplicates(store.db, cases.get_case(store.db, case.code),
                                              case_id)]


def test_similar_cases_are_offered_until_a_decision_is_made(store: Store) -> None:
    falcon = add(store, "Falcon")
    twin = add(store, "falcon  ")  # case and spacing aside, the same pseudonym
    add(store, "Heron")  # same service and origin, another pseudonym
    add(store, "Falcon", incidents=[{"type": "threat", "date": "2019"}])  # dates do not meet
    assert offered(store, falcon) == [twin.code]
    case_links.set_link(store.db, falcon.code, twin.code, case_links.NOT_SAME_PERSON,
                        store.actor, note="different units")
    assert offered(store, falcon) == []
    assert offered(store, twin) == []


def test_arabic_script_pseudonyms_are_compared_after_normalisation(store: Store) -> None:
    # Arabic kaf and yeh against the Persian letters: the same name typed on two keyboards.
    arabic = add(store, "\u0634\u0627\u0647\u064a\u0646 \u0643\u0627\u0628\u0644")
    persian = add(store, "\u0634\u0627\u0647\u06cc\u0646 \u06a9\u0627\u0628\u0644")
    assert offered(store, arabic) == [persian.code]


def test_equal_identity_fields_are_offered_whatever_the_rest(store: Store) -> None:
    first = add(store, "Falcon", identity={"tazkira_number": "1400-0101-00001",
                                           "full_name": "Fictional A", "father_name": "B"})
    second = add(store, "Kestrel", service=[], identity={
        "tazkira_number": "1400-0101-00001", "full_name": "fictional a", "father_name": "b"})
    case = cases.load_case(store.db, cases.case_id_for(store.db, first.code), with_identity=True)
    [found] = likely_duplicates(store.db, case, cases.case_id_for(store.db, first.code))
    assert (found.code, found.reasons) == (second.code, (TAZKIRA, NAMES))
    assert SERVICE not in found.reasons


def test_a_link_is_kept_once_seen_from_either_case_and_changed_in_place(store: Store) -> None:
    falcon, twin = add(store, "Falcon"), add(store, "Falcon 2")
    case_links.set_link(store.db, twin.code, falcon.code, case_links.SAME_PERSON, store.actor)
    case_links.set_link(store.db, falcon.code, twin.code, case_links.NOT_SAME_PERSON,
                        store.actor, note="  checked with the family  ")
    [seen_from_falcon] = case_links.links(store.db, cases.case_id_for(store.db, falcon.code))
    [seen_from_twin] = case_links.links(store.db, cases.case_id_for(store.db, twin.code))
    assert (seen_from_falcon.code, seen_from_falcon.relation) == (twin.code, "not_same_person")
    assert seen_from_falcon.note == "checked with the family"
    assert (seen_from_twin.code, seen_from_twin.pseudonym) == (falcon.code, "Falcon")
    assert store.db.execute("SELECT count(*) FROM case_links").fetchone()[0] == 1
    actions = [(e.action, e.detail.get("relation")) for e in audit.entries(store.db)
               if e.action.startswith("case.")]
    assert actions[-2:] == [("case.link", "same_person"), ("case.link", "not_same_person")]


def test_unlinking_forgets_the_decision_and_deleting_a_case_removes_its_links(
        store: Store) -> None:
    falcon, twin, third = add(store, "Falcon"), add(store, "Falcon 2"), add(store, "Falcon 3")
    case_links.set_link(store.db, falcon.code, twin.code, case_links.SAME_PERSON, store.actor)
    case_links.set_link(store.db, falcon.code, third.code, case_links.SAME_PERSON, store.actor)
    case_links.remove_link(store.db, twin.code, falcon.code, store.actor)
    assert twin.code in offered(store, falcon)
    assert "case.unlink" in {e.action for e in audit.entries(store.db)}
    cases.delete_case(store.db, third.code, store.actor)
    assert case_links.links(store.db, cases.case_id_for(store.db, falcon.code)) == []


@pytest.mark.parametrize(("first", "second", "relation", "error"), [
    ("@falcon", "@falcon", "same_person", InvalidInput),  # itself
    ("@falcon", "@twin", "merged", InvalidInput),  # not a relation
    ("@falcon", "CF-NONE-0000", "same_person", NotFound),
])
def test_bad_links_are_refused_and_change_nothing(store: Store, first: str, second: str,
                                                  relation: str, error: type) -> None:
    codes = {"@falcon": add(store, "Falcon").code, "@twin": add(store, "Falcon 2").code}
    audit_before = len(audit.entries(store.db))
    with pytest.raises(error):
        case_links.set_link(store.db, codes.get(first, first), codes.get(second, second),
                            relation, store.actor)
    with pytest.raises(InvalidInput, match="not linked"):
        case_links.remove_link(store.db, codes["@falcon"], codes["@twin"], store.actor)
    assert store.db.execute("SELECT count(*) FROM case_links").fetchone()[0] == 0
    assert len(audit.entries(store.db)) == audit_before
