"""Full-text search: English, Dari and Pashto, with Arabic-script normalisation both ways."""

import pytest

from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.model.textnorm import normalise
from casefiles.core.store import cases, search
from casefiles.core.store.store import Store

# The same Dari sentence written the Persian way, and with Arabic kaf/yeh, harakat, tatweel.
PERSIAN = "کارمند پیشین امنیت ملی در ولسوالی سپین‌بولدک تهدید شد"
ARABIC_FORMS = "كارمند پيشين امنيت ملي در ولسوالي سپينبولدك تَهدِيد شد"
WITH_MARKS = "کارمَند پیشینِ امنیّت ملی در ولسوالی سپین‌بولدک تهـــدید شد"


def _add(store: Store, **data: object) -> str:
    return cases.add_case(store.db, serial.from_json(Case, data), "tester").code


def _codes(store: Store, query: str) -> list[str]:
    return [hit.code for hit in search.search_cases(store.db, query).hits]


def test_normalise_folds_arabic_script_variants() -> None:
    assert normalise(ARABIC_FORMS) == normalise(PERSIAN)
    assert normalise(WITH_MARKS) == normalise(PERSIAN)
    assert normalise("۱۴۰۰") == "1400"
    assert normalise("می‌شود") == "میشود"  # ZWNJ joins, so with or without it is one word


@pytest.mark.parametrize(("stored", "query"), [
    (PERSIAN, "كارمند"), (PERSIAN, "تَهدِيد"), (PERSIAN, "سپين‌بولدك"), (PERSIAN, "امنيت ملي"),
    (ARABIC_FORMS, "کارمند"), (ARABIC_FORMS, "تهدید"), (WITH_MARKS, "امنیت"),
    (WITH_MARKS, "تهدید"),
])
def test_dari_query_finds_every_spelling(store: Store, stored: str, query: str) -> None:
    code = _add(store, summary=stored)
    _add(store, summary="An unrelated case about a police officer in Herat.")
    assert _codes(store, query) == [code]


def test_pashto_and_english_text(store: Store) -> None:
    pashto = _add(store, incidents=[{"type": "arrest_detention",
                                     "description": "طالبانو هغه په کندهار کې ونیو"}])
    english = _add(store, incidents=[{"type": "dismissal",
                                      "description": "Dismissed from the border police."}])
    assert _codes(store, "ونیو") == [pashto]
    assert _codes(store, "border police") == [english]
    assert _codes(store, "dismis") == [english]  # the last word is a prefix (search as you type)


def test_vocabulary_labels_are_searchable_in_every_language(store: Store) -> None:
    code = _add(store, person={"origin_province": "AF-KAN"},
                service=[{"institution": "nds"}])
    _add(store, person={"origin_province": "AF-HER"})
    for query in ("Kandahar", "قندهار", "NDS Kandahar", "Qandahar"):
        assert _codes(store, query) == [code], query


def test_identity_is_not_in_the_general_index(store: Store) -> None:
    _add(store, identity={"full_name": "Ahmadzai Qurbanmarker", "tazkira_number": "1400-77"})
    assert _codes(store, "Qurbanmarker") == []
    assert _codes(store, "1400-77") == []


def test_identity_search_is_separate_and_audited(store: Store) -> None:
    code = _add(store, person={"pseudonym": "Cedar"},
                identity={"full_name": "محمد كريم", "phone_numbers": ["+93 700 000 011"]})
    hits = search.search_identities(store.db, "محمد کریم", "tester")
    assert [(h.code, h.fields) for h in hits] == [(code, ("full_name",))]
    assert search.search_identities(store.db, "nobody", "tester") == []
    last = store.db.execute("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 2"
                            ).fetchall()
    assert [row[0] for row in last] == ["identity.search", "identity.search"]
    assert "کریم" not in repr(last)
    assert "كريم" not in repr(last)


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*", "a OR", "x:y", "", "   ", "'--"])
def test_fts_syntax_in_a_query_never_fails(store: Store, query: str) -> None:
    _add(store, summary="Threatened AND detained")
    search.search_cases(store.db, query)


def test_index_follows_edits_and_deletions(store: Store) -> None:
    code = _add(store, summary="Kept in Pul-e-Charkhi prison")
    cases.update_case(store.db, code, {"summary": "Released and fled to Mashhad"}, "tester")
    assert _codes(store, "Charkhi") == []
    assert _codes(store, "Mashhad") == [code]
    cases.delete_case(store.db, code, "tester")
    assert _codes(store, "Mashhad") == []


def test_snippet_marks_the_match(store: Store) -> None:
    _add(store, summary="He was detained at the Torkham crossing after deportation.")
    (hit,) = search.search_cases(store.db, "torkham").hits
    assert "[Torkham]" in hit.snippet


def test_very_broad_query_lists_newest_first(store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    codes = [_add(store, summary=f"Detained in 202{i}") for i in range(4)]
    assert search.search_cases(store.db, "detained").ranked
    monkeypatch.setattr(search, "RANK_LIMIT", 3)
    result = search.search_cases(store.db, "detained", limit=2)
    assert (result.total, result.ranked) == (4, False)
    assert [hit.code for hit in result.hits] == codes[:1:-1]
