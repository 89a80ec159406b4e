"""Dates with precision in both calendars, against a table of known Solar Hijri pairs."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefiles.core.errors import InvalidInput
from casefiles.core.model.dates import Calendar, FuzzyDate, Precision

# (Solar Hijri y, m, d) -> Gregorian date. Nowruz, month ends, leap years (1379, 1395, 1399,
# 1403 have 30 days in Hut), Gregorian leap days, and the day this work is about.
KNOWN_PAIRS = [
    ((1357, 1, 1), dt.date(1978, 3, 21)),
    ((1379, 12, 30), dt.date(2001, 3, 20)),
    ((1380, 1, 1), dt.date(2001, 3, 21)),
    ((1395, 12, 30), dt.date(2017, 3, 20)),
    ((1396, 1, 1), dt.date(2017, 3, 21)),
    ((1398, 1, 1), dt.date(2019, 3, 21)),
    ((1399, 12, 30), dt.date(2021, 3, 20)),
    ((1400, 1, 1), dt.date(2021, 3, 21)),
    ((1400, 2, 1), dt.date(2021, 4, 21)),
    ((1400, 3, 1), dt.date(2021, 5, 22)),
    ((1400, 4, 1), dt.date(2021, 6, 22)),
    ((1400, 5, 1), dt.date(2021, 7, 23)),
    ((1400, 5, 24), dt.date(2021, 8, 15)),
    ((1400, 5, 31), dt.date(2021, 8, 22)),
    ((1400, 6, 1), dt.date(2021, 8, 23)),
    ((1400, 6, 31), dt.date(2021, 9, 22)),
    ((1400, 7, 1), dt.date(2021, 9, 23)),
    ((1400, 8, 1), dt.date(2021, 10, 23)),
    ((1400, 9, 1), dt.date(2021, 11, 22)),
    ((1400, 10, 1), dt.date(2021, 12, 22)),
    ((1400, 11, 1), dt.date(2022, 1, 21)),
    ((1400, 12, 1), dt.date(2022, 2, 20)),
    ((1400, 12, 29), dt.date(2022, 3, 20)),
    ((1401, 1, 1), dt.date(2022, 3, 21)),
    ((1402, 1, 1), dt.date(2023, 3, 21)),
    ((1402, 12, 10), dt.date(2024, 2, 29)),
    ((1402, 12, 29), dt.date(2024, 3, 19)),
    ((1403, 1, 1), dt.date(2024, 3, 20)),
    ((1403, 12, 30), dt.date(2025, 3, 20)),
    ((1404, 1, 1), dt.date(2025, 3, 21)),
]


@pytest.mark.parametrize(("sh", "gregorian"), KNOWN_PAIRS)
def test_solar_hijri_converts_both_ways(sh: tuple[int, int, int], gregorian: dt.date) -> None:
    y, m, d = sh
    date = FuzzyDate(Precision.DAY, Calendar.SOLAR_HIJRI, y, m, d)
    assert date.bounds() == (gregorian, gregorian)
    back = FuzzyDate(Precision.DAY, Calendar.GREGORIAN, gregorian.year, gregorian.month,
                     gregorian.day).converted(Calendar.SOLAR_HIJRI)
    assert (back.year, back.month, back.day) == sh


def test_fall_of_kabul_in_both_calendars() -> None:
    date = FuzzyDate.parse("15 August 2021")
    assert date.display(Calendar.SOLAR_HIJRI) == "24 Asad 1400 (15 August 2021)"
    assert date.display() == "15 August 2021 (24 Asad 1400)"
    assert FuzzyDate.parse("24 Asad 1400").converted(Calendar.GREGORIAN) == date


def test_hut_has_30_days_only_in_leap_years() -> None:
    FuzzyDate(Precision.DAY, Calendar.SOLAR_HIJRI, 1403, 12, 30)
    with pytest.raises(InvalidInput, match="Day 30 does not exist"):
        FuzzyDate(Precision.DAY, Calendar.SOLAR_HIJRI, 1402, 12, 30)
    with pytest.raises(InvalidInput):
        FuzzyDate(Precision.DAY, Calendar.GREGORIAN, 2023, 2, 29)


@pytest.mark.parametrize(("text", "canonical"), [
    ("2021-08-15", "2021-08-15"),
    ("15 August 2021", "2021-08-15"),
    ("Aug 2021", "2021-08"),
    ("2021", "2021"),
    ("c. 2019", "~2019"),
    ("about 1398", "~SH 1398"),
    ("24 Asad 1400", "SH 1400-05-24"),
    ("۲۴ اسد ۱۴۰۰", "SH 1400-05-24"),
    ("24 Mordad 1400", "SH 1400-05-24"),
    ("Jawza 1404", "SH 1404-03"),
    ("1400/5/24", "SH 1400-05-24"),
    ("1400", "SH 1400"),
    ("SH 1400-05", "SH 1400-05"),
    ("unknown", "unknown"),
])
def test_parse_forms_a_caseworker_types(text: str, canonical: str) -> None:
    date = FuzzyDate.parse(text)
    assert date.to_text() == canonical
    assert FuzzyDate.parse(canonical) == date


def test_month_precision_spans_two_months_of_the_other_calendar() -> None:
    asad = FuzzyDate.parse("Asad 1400")
    assert asad.bounds() == (dt.date(2021, 7, 23), dt.date(2021, 8, 22))
    assert asad.display() == "Asad 1400 (July–August 2021)"
    assert FuzzyDate.parse("SH 1400").display() == "1400 (2021–2022)"
    assert FuzzyDate.parse("2021").display(Calendar.SOLAR_HIJRI) == "1399–1400 SH (2021)"


def test_sort_key_orders_mixed_calendars() -> None:
    dates = [FuzzyDate.parse(t) for t in ("2022", "24 Asad 1400", "unknown", "Jul 2021")]
    ordered = sorted(dates, key=FuzzyDate.sort_key)
    assert [d.to_text() for d in ordered] == ["2021-07", "SH 1400-05-24", "2022", "unknown"]


@pytest.mark.parametrize("text", ["", "31 Mizan 1400", "2021-13-01", "yesterday", "5 6 7 2021",
                                  "15 2021"])
def test_bad_dates_get_a_clear_message(text: str) -> None:
    with pytest.raises(InvalidInput) as err:
        FuzzyDate.parse(text)
    assert str(err.value)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_any_day_survives_a_round_trip_through_solar_hijri(day: dt.date) -> None:
    gregorian = FuzzyDate(Precision.DAY, Calendar.GREGORIAN, day.year, day.month, day.day)
    solar = gregorian.converted(Calendar.SOLAR_HIJRI)
    assert solar.converted(Calendar.GREGORIAN) == gregorian
    for date in (gregorian, solar):
        assert FuzzyDate.parse(date.to_text()) == date
        assert FuzzyDate.parse(date.display()) == date


@given(st.text(max_size=40))
def test_parse_accepts_or_explains_any_text(text: str) -> None:
    try:
        outcome = FuzzyDate.parse(text).to_text()
    except InvalidInput as err:
        outcome = str(err)
    assert outcome


@pytest.mark.parametrize("text", ["June 14", "14 Asad", "0014-06"])
def test_a_year_left_out_is_refused_not_misread(text: str) -> None:
    """'June 14' is not June of the year 14, which neither calendar could show beside the
    other."""
    with pytest.raises(InvalidInput, match="was the year left out"):
        FuzzyDate.parse(text)


def test_dari_shows_its_own_words_around_a_date() -> None:
    """A dossier in Dari says "about", "unknown" and the Solar Hijri mark in Dari."""
    assert FuzzyDate.parse("c. 2019").display(Calendar.SOLAR_HIJRI, "fa") == \
        "حدود 1397–1398 هـ ش (حدود 2019)"
    assert FuzzyDate.parse("unknown").display(Calendar.GREGORIAN, "fa") == "تاریخ نامعلوم"
    assert FuzzyDate.parse("c. 2019").display(Calendar.GREGORIAN) == "c. 2019 (c. 1397–1398 SH)"
