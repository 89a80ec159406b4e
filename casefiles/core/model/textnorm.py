"""Normalisation of Dari, Pashto and English text for searching.

SQLite's unicode61 tokenizer folds Latin case and diacritics but not Arabic-script variants: a
word typed with Arabic kaf or yeh does not match the same word written with Persian keheh and
farsi yeh, harakat and tatweel split words, and ZWNJ breaks a word in two. The same function is
applied to indexed text and to queries, so every spelling of a word meets the same tokens.
"""

import re
import unicodedata

_FOLD = str.maketrans({
    "\u0643": "\u06a9",  # Arabic kaf -> keheh (Persian/Pashto kaf)
    "\u064a": "\u06cc",  # Arabic yeh -> farsi yeh
    "\u0649": "\u06cc",  # alef maksura -> farsi yeh (Arabic keyboards type it word-finally)
    "\u0623": "\u0627",  # alef with hamza above -> alef
    "\u0625": "\u0627",  # alef with hamza below -> alef
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u0629": "\u0647",  # teh marbuta -> heh
    "\u06c0": "\u0647",  # heh with yeh above -> heh
    # ZWNJ joins the parts of one Persian word (می‌شود); writers often omit it or type a space.
    # Removing it makes "می‌شود" and "میشود" one token.
    "\u200c": None,
    "\u0640": None,      # tatweel (kashida) is only stretching
})
# Harakat (fatha, kasra, damma, tanwin, shadda, sukun, ...) and the superscript alef.
_MARKS = re.compile("[\u064b-\u065f\u0670]")
# Arabic-Indic and Extended Arabic-Indic digits to ASCII, so "۱۴۰۰" finds "1400".
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def normalise(text: str) -> str:
    """Fold `text` to its search form; length may shrink but words stay in their order."""
    text = unicodedata.normalize("NFKC", text)  # presentation forms from PDFs to base letters
    text = _MARKS.sub("", text)
    return text.translate(_FOLD).translate(_DIGITS)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def query_tokens(query: str) -> list[str]:
    """Split a user's query into normalised words (punctuation and FTS syntax dropped)."""
    return _TOKEN.findall(normalise(query))


def is_right_to_left(text: str) -> bool:
    """Whether text reads right to left: its first letter with a strong direction is Arabic
    script (Dari, Pashto) or Hebrew. Text without such a letter counts as left to right."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def excerpt(text: str, limit: int = 80) -> str:
    """`text` as a message quotes it: quoted and escaped, so that it stays on one line, and
    cut short to at most `limit` characters inside the quotes (a paragraph pasted into a date
    field is not repeated whole, nor a run of control characters escaped six times longer)."""
    shown, size = repr(text), len(text)
    while len(shown) > limit + 2:  # the quotes
        size = min(size - 1, size * limit // len(shown))
        shown = repr(text[:size] + "…")
    return shown


def one_line(text: str, limit: int = 200) -> str:
    """`text` (a library's error, say) inside a message: its runs of white space and line
    breaks made one space, and cut after `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
