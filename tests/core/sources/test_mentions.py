"""Mentions for triage: every spelling, in three languages, with the sentence they stand in."""

import pytest

from casefiles.core.sources.mentions import find_mentions, summary


def _found(text: str) -> dict[str, list[str]]:
    return summary(find_mentions([("para. 1", text)]))


@pytest.mark.parametrize(("text", "code"), [
    ("He was detained in Hilmand.", "AF-HEL"),
    ("A raid in Paktiya province.", "AF-PIA"),
    ("Moved from Sar-i-Pul last year.", "AF-SAR"),
    ("He fled Mazar-i-Sharif in 2022.", "AF-BAL"),  # the capital names its province
    ("او در قندهار بازداشت شد.", "AF-KAN"),
    ("او په ننګرهار کې ونیول شو.", "AF-NAN"),
    ("اخبار از هلمند", "AF-HEL"),
    ("خبر از كندهار", "AF-KAN"),  # Arabic kaf in the text
])
def test_province_spellings(text: str, code: str) -> None:
    assert _found(text)["province"] == [code]


def test_adjectives_and_foreign_provinces_are_not_provinces() -> None:
    found = _found("Kandahari factions met in Pakistan's Balochistan province.")
    assert "province" not in found
    assert found["country"] == ["PK"]


def test_incidents_institutions_and_roles() -> None:
    found = _found("The former police chief was arrested, tortured and later executed. "
                   "Two NDS officers were dismissed after door-to-door searches.")
    assert set(found["incident"]) == {"arrest_detention", "torture_ill_treatment", "killing",
                                      "dismissal", "house_search"}
    assert set(found["institution"]) == {"anp", "nds"}
    assert set(found["role"]) == {"police_chief", "intelligence_officer"}


def test_relatives_and_killings_abroad_are_read_from_the_sentence() -> None:
    found = _found("His brother was detained at home. A former commando was shot dead in "
                   "Iran last month.")
    assert {"relative_targeted", "arrest_detention", "killing",
            "killing_abroad"} <= set(found["incident"])
    assert found["country"] == ["IR"]


def test_dates_in_both_calendars() -> None:
    found = _found("He was arrested on 24 Asad 1400 and released on 3 March 2022; the "
                   "decree of August 2021 and a letter dated 14/06/2025 are cited.")
    assert found["date"] == ["SH 1400-05-24", "2022-03-03", "2021-08", "2025-06-14"]


def test_each_mention_keeps_its_sentence_and_pinpoint() -> None:
    (mention,) = find_mentions([("p. 7", "Nothing here. He was deported from Iran. Fine.")])[:1]
    assert (mention.pinpoint, mention.sentence) == ("p. 7", "He was deported from Iran.")


def test_loose_words_name_nothing() -> None:
    assert _found("An intelligence report said a car was missing; the threat of rain.") == {}
