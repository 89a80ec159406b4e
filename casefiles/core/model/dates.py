"""Dates with a precision, in the Gregorian or the Solar Hijri calendar.

Afghan documents are dated in the Solar Hijri calendar with Afghan month names (24 Asad 1400 is
15 August 2021); reports and witnesses often know only a month, a year, or roughly when. A
`FuzzyDate` keeps what was said, in the calendar it was said in, and converts for display and
sorting. Day arithmetic between the calendars is jdatetime's (the 33-year arithmetic rule, which
agrees with the astronomical calendar for 1178-1633 SH).

Canonical text, as stored: "2021-08-15", "2021-08", "2021", "~2021", "SH 1400-05-24",
"SH 1400-05", "SH 1400", "~SH 1400", "unknown"; a Gregorian year below 1700 is marked "G 1400"
so that it does not read back as Solar Hijri.
"""

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

import jdatetime

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _, lang_or_current
from casefiles.core.model.textnorm import excerpt, normalise
from casefiles.core.model.vocab import vocabulary


class Calendar(StrEnum):
    GREGORIAN = "gregorian"
    SOLAR_HIJRI = "solar_hijri"


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"  # around the given year
    UNKNOWN = "unknown"


# Years below this are read as Solar Hijri when the calendar is not said (1400 SH = 2021).
_SH_YEAR_LIMIT = 1700
# The few words of a shown date in Dari and Pashto (a dossier's language, not the interface's:
# gettext serves that); English comes from the catalogue.
_DATE_WORDS = {"unknown": {"fa": "تاریخ نامعلوم", "ps": "نېټه نامعلومه"},
               "about": {"fa": "حدود ", "ps": "شاوخوا "},
               "sh": {"fa": " هـ ش", "ps": " هـ ش"}}
# The years a case can be about (births, service, incidents), in each calendar: "14 Asad" is a
# day without its year, not the month of Asad in the year 14.
_YEAR_RANGE = {Calendar.GREGORIAN: (1800, 2200), Calendar.SOLAR_HIJRI: (1180, 1580)}


@dataclass(frozen=True)
class FuzzyDate:
    """A date as known: calendar, precision, and the parts that precision needs."""

    precision: Precision
    calendar: Calendar = Calendar.GREGORIAN
    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        # Accept the enums' string values (JSON gives strings); ValueError for unknown ones.
        object.__setattr__(self, "precision", Precision(self.precision))
        object.__setattr__(self, "calendar", Calendar(self.calendar))
        _validate(self)

    # -- storage form -------------------------------------------------------------------------
    def to_text(self) -> str:
        """The canonical text stored in the database and in JSON."""
        if self.precision is Precision.UNKNOWN:
            return "unknown"
        prefix = "SH " if self.calendar is Calendar.SOLAR_HIJRI else ""
        if self.calendar is Calendar.GREGORIAN and self.year < _SH_YEAR_LIMIT:
            prefix = "G "  # else it would read back as Solar Hijri
        if self.precision is Precision.APPROXIMATE:
            return f"~{prefix}{self.year:04d}"
        parts = [f"{self.year:04d}"]
        if self.precision in (Precision.MONTH, Precision.DAY):
            parts.append(f"{self.month:02d}")
        if self.precision is Precision.DAY:
            parts.append(f"{self.day:02d}")
        return prefix + "-".join(parts)

    def __str__(self) -> str:
        return self.to_text()

    # -- conversion ---------------------------------------------------------------------------
    def bounds(self) -> tuple[dt.date, dt.date] | None:
        """The first and last Gregorian day the date may mean (None when unknown)."""
        if self.precision is Precision.UNKNOWN:
            return None
        assert self.year is not None
        if self.precision is Precision.DAY:
            day = _to_gregorian(self.calendar, self.year, self.month or 1, self.day or 1)
            return day, day
        if self.precision is Precision.MONTH:
            first = _to_gregorian(self.calendar, self.year, self.month or 1, 1)
            last = _to_gregorian(self.calendar, self.year, self.month or 1,
                                 _month_length(self.calendar, self.year, self.month or 1))
            return first, last
        first = _to_gregorian(self.calendar, self.year, 1, 1)
        last = _to_gregorian(self.calendar, self.year, 12, _month_length(self.calendar,
                                                                          self.year, 12))
        return first, last

    def sort_key(self) -> str:
        """ISO Gregorian date of the earliest day meant; unknown dates sort last."""
        bounds = self.bounds()
        return bounds[0].isoformat() if bounds else "9999-12-31"

    def converted(self, calendar: Calendar) -> "FuzzyDate":
        """The same date in `calendar`, exact for days; otherwise the span's first day's unit.

        A Solar Hijri month straddles two Gregorian months, so only day precision converts
        without loss; `display` shows spans for the coarser precisions instead.
        """
        if calendar is self.calendar or self.precision is Precision.UNKNOWN:
            return self
        bounds = self.bounds()
        assert bounds is not None
        y, m, d = _from_gregorian(calendar, bounds[0])
        if self.precision is Precision.DAY:
            return FuzzyDate(Precision.DAY, calendar, y, m, d)
        if self.precision is Precision.MONTH:
            return FuzzyDate(Precision.MONTH, calendar, y, m)
        return FuzzyDate(self.precision, calendar, y)

    def display(self, calendar: Calendar | None = None, lang: str | None = None) -> str:
        """Human form in `calendar` (default: its own), with the other calendar beside it.

        "24 Asad 1400 (15 August 2021)", "Asad 1400 (July–August 2021)", "c. 2019 (1397–1398 SH)".
        """
        lang = lang_or_current(lang)
        if self.precision is Precision.UNKNOWN:
            return _DATE_WORDS["unknown"].get(lang) or _("date unknown")
        primary = calendar or self.calendar
        other = (Calendar.GREGORIAN if primary is Calendar.SOLAR_HIJRI
                 else Calendar.SOLAR_HIJRI)
        return f"{self._render(primary, lang)} ({self._render(other, lang)})"

    def _render(self, calendar: Calendar, lang: str) -> str:
        bounds = self.bounds()
        assert bounds is not None
        first = _from_gregorian(calendar, bounds[0])
        last = _from_gregorian(calendar, bounds[1])
        approx = ((_DATE_WORDS["about"].get(lang) or _("c. "))
                  if self.precision is Precision.APPROXIMATE else "")
        suffix = ((_DATE_WORDS["sh"].get(lang) or " SH")
                  if calendar is Calendar.SOLAR_HIJRI and self.calendar is not calendar
                  and self.precision not in (Precision.DAY, Precision.MONTH) else "")
        if self.precision is Precision.DAY:
            y, m, d = first
            return f"{d} {month_name(calendar, m, lang)} {y}"
        if self.precision is Precision.MONTH:
            if first[:2] == last[:2]:
                return f"{month_name(calendar, first[1], lang)} {first[0]}"
            if first[0] == last[0]:
                return (f"{month_name(calendar, first[1], lang)}–"
                        f"{month_name(calendar, last[1], lang)} {first[0]}")
            return (f"{month_name(calendar, first[1], lang)} {first[0]}–"
                    f"{month_name(calendar, last[1], lang)} {last[0]}")
        if first[0] == last[0]:
            return f"{approx}{first[0]}{suffix}"
        return f"{approx}{first[0]}–{last[0]}{suffix}"

    # -- parsing ------------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> "FuzzyDate":
        """Read a date as a caseworker would type it, or raise InvalidInput saying why not.

        Accepts the canonical forms, "15 August 2021", "Aug 2021", "24 Asad 1400",
        "۲۴ اسد ۱۴۰۰", "1400/5/24", "c. 2019", "about 1398", "unknown". Years under 1700 are
        Solar Hijri unless written as Gregorian with a month name. A date copied from the
        display, with the other calendar in brackets ("24 Asad 1400 (15 August 2021)"), is
        read by its first part.
        """
        raw = text
        text = _BRACKETED_TAIL.sub("", normalise(text)).strip()
        if not text:
            raise InvalidInput(_("A date is empty."))
        try:
            return _parse(text)
        except (ValueError, KeyError):
            raise InvalidInput(_("{text} is not a date casefiles understands (examples: "
                                 "2021-08-15, 24 Asad 1400, Aug 2021, c. 2019, unknown)")
                               .format(text=excerpt(raw))) from None


def month_name(calendar: Calendar, month: int, lang: str | None = None) -> str:
    """The month's name in `lang`: Afghan Solar Hijri names, or Gregorian ones."""
    vocab = vocabulary("months_solar_hijri" if calendar is Calendar.SOLAR_HIJRI
                       else "months_gregorian")
    return vocab.get(str(month)).label(lang)


def today() -> FuzzyDate:
    day = dt.date.today()
    return FuzzyDate(Precision.DAY, Calendar.GREGORIAN, day.year, day.month, day.day)


# ---- internals ------------------------------------------------------------------------------

def _to_gregorian(calendar: Calendar, year: int, month: int, day: int) -> dt.date:
    if calendar is Calendar.GREGORIAN:
        return dt.date(year, month, day)
    return jdatetime.date(year, month, day).togregorian()


def _from_gregorian(calendar: Calendar, day: dt.date) -> tuple[int, int, int]:
    if calendar is Calendar.GREGORIAN:
        return day.year, day.month, day.day
    sh = jdatetime.date.fromgregorian(date=day)
    return sh.year, sh.month, sh.day


def _month_length(calendar: Calendar, year: int, month: int) -> int:
    if calendar is Calendar.GREGORIAN:
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return (following - dt.timedelta(days=1)).day
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if jdatetime.date(year, 1, 1).isleap() else 29


def _validate(date: FuzzyDate) -> None:
    p = date.precision
    parts = (date.year, date.month, date.day)
    if any(part is not None and (isinstance(part, bool) or not isinstance(part, int))
           for part in parts):
        raise InvalidInput(_("A date's year, month and day are whole numbers."))
    if p is Precision.UNKNOWN:
        if any(part is not None for part in parts):
            raise InvalidInput(_("An unknown date cannot have a year, month or day."))
        return
    low, high = _YEAR_RANGE[date.calendar]
    if date.year is None or not low <= date.year <= high:
        raise InvalidInput(_("A date needs a year between {low} and {high} in its calendar "
                             "(was the year left out?).").format(low=low, high=high))
    needs_month = p in (Precision.MONTH, Precision.DAY)
    if needs_month != (date.month is not None) or (p is Precision.DAY) != (date.day is not None):
        raise InvalidInput(_("A date of precision {p} needs exactly: {parts}.").format(
            p=p.value, parts={"day": "year, month, day", "month": "year, month"}.get(
                p.value, "year")))
    if date.month is not None and not 1 <= date.month <= 12:
        raise InvalidInput(_("Month {m} does not exist.").format(m=date.month))
    if date.day is not None and not 1 <= date.day <= _month_length(date.calendar, date.year,
                                                                   date.month or 1):
        raise InvalidInput(_("Day {d} does not exist in month {m} of {y}.")
                           .format(d=date.day, m=date.month, y=date.year))


_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_CANONICAL = re.compile(r"^(~)?(SH |G )?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_NUMERIC = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")
_APPROX_WORDS = ("circa", "about", "around", "approx", "approximately", "ca", "c", "حدود",
                 "تقریبا", "شاوخوا")
_SH_MARKERS = ("sh", "hs", "ش", "هش", "هجریشمسی")


def _parse(text: str) -> FuzzyDate:
    if text.casefold() in ("unknown", "?", "نامعلوم", "ناڅرګند"):
        return FuzzyDate(Precision.UNKNOWN)
    match = _CANONICAL.match(text)
    if match:
        approx, marker, year, month, day = match.groups()
        calendar = {"SH ": Calendar.SOLAR_HIJRI, "G ": Calendar.GREGORIAN}.get(marker or "")
        return _build(int(year), int(month) if month else None, int(day) if day else None,
                      calendar, bool(approx))
    match = _NUMERIC.match(text)
    if match:
        a, b, c = (int(g) for g in match.groups())
        year, month, day = (a, b, c) if a > 31 else (c, b, a)  # 1400/5/24 or 24/5/1400
        return _build(year, month, day, None, False)

    words = [w for w in re.split(r"[\s,./]+", text.replace("~", " circa ")) if w]
    approx = False
    calendar: Calendar | None = None
    numbers: list[int] = []
    month: int | None = None
    for word in words:
        folded = word.casefold().strip(".")
        if folded in _APPROX_WORDS:
            approx = True
        elif folded in _SH_MARKERS:
            calendar = Calendar.SOLAR_HIJRI
        elif folded.isdigit():
            numbers.append(int(folded))
        else:
            month, calendar = _month_from_name(folded, calendar)
    if not numbers:
        raise ValueError(text)
    year = numbers[-1]
    day = numbers[0] if len(numbers) == 2 else None
    if len(numbers) > 2 or (day is not None and month is None):
        raise ValueError(text)
    return _build(year, month, day, calendar, approx)


def _month_from_name(word: str, calendar: Calendar | None) -> tuple[int, Calendar]:
    candidates = [Calendar.SOLAR_HIJRI, Calendar.GREGORIAN]
    if calendar is not None:
        candidates = [calendar]
    for cal in candidates:
        vocab = vocabulary("months_solar_hijri" if cal is Calendar.SOLAR_HIJRI
                           else "months_gregorian")
        term = vocab.find(word)
        if term is not None:
            return int(term.code), cal
    raise KeyError(word)


def _build(year: int, month: int | None, day: int | None, calendar: Calendar | None,
           approx: bool) -> FuzzyDate:
    if calendar is None:
        calendar = Calendar.SOLAR_HIJRI if year < _SH_YEAR_LIMIT else Calendar.GREGORIAN
    if approx:
        if month is not None:
            raise ValueError("approximate dates are years")
        return FuzzyDate(Precision.APPROXIMATE, calendar, year)
    if day is not None:
        return FuzzyDate(Precision.DAY, calendar, year, month, day)
    if month is not None:
        return FuzzyDate(Precision.MONTH, calendar, year, month)
    return FuzzyDate(Precision.YEAR, calendar, year)
