"""Fuzzing date parsing (casefiles.core.model.dates): Gregorian and Solar Hijri, fuzzy dates,
any text, and dates given as JSON objects.

A date is either read, and then means the same in its canonical text, in its display in either
calendar and in the other calendar, or refused with InvalidInput in one clean line.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefiles.core.errors import InvalidInput
from casefiles.core.model import serial
from casefiles.core.model.case import Person
from casefiles.core.model.dates import Calendar, FuzzyDate, Precision
from casefiles.core.model.vocab import vocabulary
from tests.fuzz.conftest import fuzz_settings
from tests.fuzz.helpers import attempt, hostile_text
from tests.fuzz.targets import check_date, parse_date


def _month_words() -> list[str]:
    """Every spelling of every month of both calendars, in every language."""
    words = []
    for name in ("months_solar_hijri", "months_gregorian"):
        for term in vocabulary(name).terms:
            words += [*term.labels.values(), *term.aliases]
    return words


_NUMBERS = st.integers(0, 3000).map(str) | st.sampled_from(
    ["1400", "۱۴۰۰", "١٤٠٠", "2021", "24", "۲۴", "31", "0", "00", "0001", "9" * 30, "१४००",
     "²", "1e3", "-5"])
_WORDS = st.sampled_from(
    [*_month_words(), "SH", "sh", "HS", "ش", "هـ ش", "هجری شمسی", "G", "~", "c.", "ca", "circa",
                      "about", "حدود", "تقریبا", "شاوخوا", "unknown", "?", "نامعلوم", "ناڅرګند",
                      "of", "the", "(", ")", "(15 August 2021)"])
_SEPARATORS = st.sampled_from([" ", "-", "/", ".", ",", "  ", "\u200c", "\u060c", "\t", "\n",
                               "--", "_"])


@st.composite
def date_like(draw: st.DrawFn) -> str:
    """Text made of the parts a written date has, in any order and number."""
    parts = draw(st.lists(_NUMBERS | _WORDS, min_size=1, max_size=5))
    return "".join(part + draw(_SEPARATORS) for part in parts).strip()


@fuzz_settings(4000)
@given(st.one_of(date_like(), hostile_text, st.text(max_size=30)))
def test_any_text_is_read_as_a_date_or_refused_clearly(text: str) -> None:
    parse_date(text)


_PART = st.none() | st.integers(-5, 3000) | st.booleans() | st.floats() | st.text(max_size=6)
_YEARS = st.sampled_from([1400, 2021, 1180, 1580, 1800, 2200, 2021.0, 1400.0]) | _PART
_DAYS = st.sampled_from([1, 5, 8, 12, 15, 24, 29, 30, 31, 8.0, 15.0]) | _PART


@st.composite
def date_objects(draw: st.DrawFn) -> object:
    """A date as a JSON object, its parts right, wrong or of the wrong type, or other JSON."""
    parts = st.fixed_dictionaries(
        {"precision": st.sampled_from([*Precision, "Day", "exact"]) | _PART},
        optional={"calendar": st.sampled_from([*Calendar, "hijri"]) | _PART, "year": _YEARS,
                  "month": _DAYS, "day": _DAYS, "era": _PART})
    return draw(parts | st.lists(_PART, max_size=3) | _PART)


@fuzz_settings(2000)
@given(date_objects())
def test_a_date_given_as_json_is_read_or_refused_clearly(value: object) -> None:
    person = attempt(lambda: serial.from_json(Person, {"birth": value}), allowed=(InvalidInput,))
    if person is not None and person.birth is not None:
        check_date(person.birth)
        assert serial.to_row(person)["birth"] == person.birth.to_text()


# ---- what fuzzing found -----------------------------------------------------------------------

def test_a_long_text_is_quoted_short_in_the_refusal() -> None:
    """A paragraph pasted into a date field was repeated whole in the message."""
    with pytest.raises(InvalidInput, match=r"^'x{40,}…' is not a date") as refused:
        FuzzyDate.parse("x" * 5000)
    assert len(str(refused.value)) < 200


@pytest.mark.parametrize("value", [{"precision": "year", "year": 2021.0},
                                   {"precision": "month", "year": 2021, "month": True},
                                   {"precision": "day", "year": 2021, "month": 8, "day": 15.0}])
def test_a_date_object_with_fractional_or_boolean_parts_is_refused(value: dict) -> None:
    """{"precision": "year", "year": 2021.0} was accepted, and failed with a ValueError when
    the store wrote it ("Unknown format code 'd' for float")."""
    with pytest.raises(InvalidInput, match="whole numbers"):
        serial.from_json(Person, {"birth": value})


def test_an_unknown_date_with_a_zero_year_is_refused() -> None:
    """{"precision": "unknown", "year": 0} was accepted (0 is false), and read back from the
    store as another date than it was."""
    with pytest.raises(InvalidInput, match="cannot have a year"):
        FuzzyDate(Precision.UNKNOWN, year=0)
