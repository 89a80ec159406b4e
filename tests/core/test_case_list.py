"""The case list in SQL: filters, counts, sorting, and the broad-filter plan giving the same
pages as the narrow one."""

import itertools
import random

import pytest

from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.store import case_list, cases
from casefiles.core.store.case_list import CaseFilter
from casefiles.core.store.store import Store
from tests.core.test_cases import FULL_CASE, _add


def test_list_filters_and_counts(store: Store) -> None:
    kandahar = _add(store, FULL_CASE)
    herat = _add(store, {"person": {"origin_province": "Herat", "situation": "in_pakistan"},
                         "service": [{"institution": "ANP"}], "stage": "intake",
                         "tags": ["needs-translation"], "assigned_to": "Omid"})
    all_codes = {s.code for s in case_list.list_cases(store.db)}
    assert all_codes == {kandahar.code, herat.code}
    for filters, expected in [
        (CaseFilter(province="AF-KAN"), kandahar.code),
        (CaseFilter(situation="in_pakistan"), herat.code),
        (CaseFilter(institution="nds"), kandahar.code),
        (CaseFilter(stage="intake"), herat.code),
        (CaseFilter(tag="urgent"), kandahar.code),
        (CaseFilter(assigned_to="Omid"), herat.code),
    ]:
        assert [s.code for s in case_list.list_cases(store.db, filters)] == [expected]
        assert case_list.count_cases(store.db, filters) == 1
    summary = case_list.list_cases(store.db, CaseFilter(province="AF-KAN"))[0]
    assert (summary.pseudonym, summary.institution, summary.incidents) == ("Falcon", "nds", 2)


def test_list_sorts_and_searches(store: Store) -> None:
    names = ["Wren", "Alder", "Magpie"]
    codes = {n: _add(store, {"person": {"pseudonym": n}, "summary": f"{n} was detained",
                             "incidents": [{"type": "threat"}] * (i + 1)}).code
             for i, n in enumerate(names)}
    by_name = [s.pseudonym for s in case_list.list_cases(store.db, sort="pseudonym")]
    assert by_name == ["Alder", "Magpie", "Wren"]
    by_count = [s.pseudonym for s in case_list.list_cases(store.db, sort="incidents",
                                                      descending=True)]
    assert by_count == ["Magpie", "Alder", "Wren"]
    found = case_list.list_cases(store.db, CaseFilter(text="magp"))
    assert [s.code for s in found] == [codes["Magpie"]]
    assert case_list.count_cases(store.db, CaseFilter(text="detained")) == 3
    assert case_list.count_cases(store.db, CaseFilter(text="?!")) == 3  # nothing to search


PROVINCES = ["AF-KAN", "AF-BAL", "AF-HER", None]
INSTITUTIONS = ["ana", "anp", "nds", None]
STAGES = ["intake", "documenting", "verified"]
SITUATIONS = ["in_iran", "detained", None]


@pytest.fixture
def varied(store: Store) -> Store:
    rng = random.Random(5)
    with store.db.atomic():
        for n in range(90):
            institution = rng.choice(INSTITUTIONS)
            cases.add_case(store.db, serial.from_json(Case, {
                "stage": rng.choice(STAGES), "assigned_to": rng.choice(["Omid", "Nasrin", ""]),
                "tags": rng.sample(["urgent", "medical", "family"], rng.randint(0, 2)),
                "summary": rng.choice(["detained at a checkpoint", "dismissed", "بازداشت شد"]),
                "person": {"pseudonym": f"P{n:02}", "origin_province": rng.choice(PROVINCES),
                           "situation": rng.choice(SITUATIONS)},
                "service": [{"institution": institution}] if institution else [],
            }), "tester")
    return store


def _filters() -> list[CaseFilter]:
    """Every filter alone, and a few combinations, including ones matching nothing."""
    single = [CaseFilter(province="AF-KAN"), CaseFilter(situation="detained"),
              CaseFilter(institution="nds"), CaseFilter(stage="verified"),
              CaseFilter(tag="urgent"), CaseFilter(assigned_to="Omid"),
              CaseFilter(text="detained"), CaseFilter(text="بازداشت"),
              CaseFilter(tag="no-such-tag"), CaseFilter(text="?!")]
    pairs = [CaseFilter(**{**a.__dict__, **{k: v for k, v in b.__dict__.items() if v}})
             for a, b in itertools.combinations(single[:8], 2)]
    return [CaseFilter(), *single, *pairs]


def test_counts_agree_with_the_listed_cases(varied: Store) -> None:
    everything = case_list.list_cases(varied.db)
    assert len(everything) == case_list.count_cases(varied.db) == 90
    for filters in _filters():
        listed = case_list.list_cases(varied.db, filters)
        assert case_list.count_cases(varied.db, filters) == len(listed), filters


def test_broad_filters_walking_the_sort_order_give_the_same_pages(
        varied: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for filters in _filters():
        total = case_list.count_cases(varied.db, filters)
        for descending in (False, True):
            narrow = [case_list.list_cases(varied.db, filters, limit=7, offset=offset,
                                           descending=descending) for offset in (0, 7, 14)]
            monkeypatch.setattr(case_list, "BROAD_SHARE", 0.0)  # every filter counts as broad
            broad = [case_list.list_cases(varied.db, filters, limit=7, offset=offset,
                                          descending=descending, matches=total)
                     for offset in (0, 7, 14)]
            monkeypatch.undo()
            assert broad == narrow, filters


def test_a_broad_filter_does_not_drive_the_query_through_its_index(
        varied: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan itself: with the hint, SQLite walks the code index; without, the filter's."""
    seen: list[str] = []
    real_execute = varied.db.execute

    def spy(sql: str, params=()):
        if sql.lstrip().startswith("SELECT c.code"):
            seen.append(" ".join(row[-1] for row in real_execute("EXPLAIN QUERY PLAN " + sql,
                                                                 params)))
        return real_execute(sql, params)

    monkeypatch.setattr(varied.db, "execute", spy)
    filters = CaseFilter(stage="verified")
    case_list.list_cases(varied.db, filters, limit=5)
    case_list.list_cases(varied.db, filters, limit=5,
                         matches=case_list.count_cases(varied.db, filters))
    assert "cases_stage" in seen[0]
    assert "cases_stage" not in seen[1]
    assert "TEMP B-TREE" not in seen[1]  # no sort of every match
