"""The dossier's text layer: the shipped fonts, and paragraphs of plain English, Dari and Pashto.

reportlab lays out neither right-to-left text nor the joining of Arabic-script letters, and it
has no font fallback: a glyph missing from the font silently disappears. So this module does
the work itself. A paragraph is wrapped into lines in logical (typed) order; each line is put
into visual order with python-bidi (the Unicode bidirectional algorithm, which keeps "1400",
"۱۴۰۰" and "CF-7K2M-X9QD" reading left to right inside a Dari sentence); the Arabic-script runs
of the visual line are shaped with arabic-reshaper and drawn in the Arabic font, everything
else in the Latin font; right-to-left lines are right-aligned.

arabic-reshaper knows the Arabic, Persian and Urdu letters, which Unicode gives presentation
forms, but not the Pashto letters (ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ), which have none: they would be drawn
unjoined. Their joined forms exist as glyphs in the Arabic font (reached through its GSUB
table), so each is given a private-use code mapped to that glyph, and the PDF's ToUnicode map
sends the code back to the letter, so that copied or extracted text is the letter itself.
"""

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.letters import LETTERS_ARABIC
from bidi import algorithm as bidi_algorithm
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap
from reportlab.platypus import Flowable

from casefiles.core.model.textnorm import is_right_to_left
from casefiles.core.resources import resources_dir

LATIN = "CF-Sans"
LATIN_BOLD = "CF-Sans-Bold"
ARABIC = "CF-Arabic"
ARABIC_BOLD = "CF-Arabic-Bold"

_FONT_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}
_BOLD = {LATIN: LATIN_BOLD, ARABIC: ARABIC_BOLD}

# Footnote markers: this much of the font size, raised by this much of it (pdftotext still
# reads them as part of the line, not as a line of their own, as it does at 0.6 and 0.4).
_NOTE_SCALE = 0.65
_NOTE_RISE = 0.3

# Arabic-script characters that take part in joining: letters, tatweel, harakat and the
# joiner/non-joiner. Digits (EN/AN in the bidi algorithm) and punctuation are left out, so a
# match is exactly a run that arabic-reshaper must see whole.
_ARABIC_RUN = re.compile(
    "[\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06dc\u06df-\u06e8\u06ea-\u06ef"
    "\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\u200c\u200d]+")
# Presentation forms typed or pasted in (text copied out of a PDF) are folded back to letters
# first, so that they are shaped by their context like any other letter.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")

# Private-use codes for contextual forms Unicode does not encode: one per (letter, form),
# computed rather than allocated so that the regular and the bold font agree.
_PRIVATE_BASE = 0xE000
_FORM_TAGS = ("init", "medi", "fina")  # arabic-reshaper's initial, medial, final (1, 2, 3)
_LETTER_RANGE = range(0x0600, 0x0900)


# Private-use codes drawing a bracket (or other Bidi_Mirrored character) as its mirror image,
# standing in the text layer for the character itself; above the contextual forms.
_MIRROR_BASE = _PRIVATE_BASE + len(_LETTER_RANGE) * 4
_MIRROR_CODES = {char: _MIRROR_BASE + number
                 for number, char in enumerate(sorted(c for c in MIRRORED if ord(c) < 0x10000))}
_MIRRORED_CHARS = {code: char for char, code in _MIRROR_CODES.items()}


def fonts_dir() -> Path:
    """The folder of the shipped fonts and their licences."""
    return resources_dir() / "fonts"


def _private_code(letter: int, form: int) -> int:
    """The private-use code standing for contextual `form` (1-3) of `letter`."""
    return _PRIVATE_BASE + (letter - _LETTER_RANGE.start) * 4 + form


def _letter_of(code: int) -> int:
    """The letter a private-use contextual form stands for; any other code is itself."""
    offset = code - _PRIVATE_BASE
    if 0 <= offset < len(_LETTER_RANGE) * 4 and offset % 4:
        return _LETTER_RANGE.start + offset // 4
    return code


def _text_of(code: int) -> int:
    """The character a drawn code stands for in the text layer: a private contextual form
    its letter, a private mirrored glyph its character, anything else itself."""
    if code in _MIRRORED_CHARS:
        return ord(_MIRRORED_CHARS[code])
    return _letter_of(code)


class _TextLayerFont(TTFont):
    """A TrueType font whose private-use codes (contextual forms, mirrored glyphs) extract as
    the characters they stand for.

    reportlab writes a ToUnicode map from the codes drawn; for our private codes that would
    hand copy-paste and text extraction meaningless private-use characters.
    """

    def addObjects(self, doc) -> None:
        """Write the font subsets as reportlab does, then map private codes to their letters."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            letters = [_text_of(code) for code in subset]
            if letters == subset:
                continue
            # The same name reportlab gives the subset (ttfonts.TTFont.addObjects).
            base_name = b"".join((SUBSETN(number), b"+", self.face.name,
                                  self.face.subfontNameX)).decode("pdfdoc")
            doc.idToObject["toUnicodeCMap:" + base_name].content = makeToUnicodeCMap(
                base_name, letters)


@functools.cache
def register_fonts() -> None:
    """Register the four shipped fonts with reportlab, once per process, with <b> families.

    The Arabic fonts also get the Pashto letters' contextual forms (see the module's doc).
    """
    for name, file in _FONT_FILES.items():
        font = _TextLayerFont(name, str(fonts_dir() / file))
        # reportlab hands out an already registered font of the same face name instead of a
        # new one (pdfmetrics.registerFont): another DejaVu Sans registered first would be used
        # without our private glyphs. A face name of our own keeps ours apart.
        font.face.name += b"-casefiles"
        pdfmetrics.registerFont(font)
        _add_mirrored_glyphs(font)
    for family, bold in _BOLD.items():
        # No italic faces are shipped: italic falls back to upright rather than failing.
        pdfmetrics.registerFontFamily(family, normal=family, bold=bold, italic=family,
                                      boldItalic=bold)
    for name in (ARABIC, ARABIC_BOLD):
        _blank_joiners(pdfmetrics.getFont(name))
    _contextual_letters()


def _gsub_forms(path: Path) -> dict[int, dict[str, int]]:
    """For each Arabic-block letter in the font: the glyph ids of its initial, medial and final
    forms, from the single substitutions the font's default Arabic script applies."""
    from fontTools.ttLib import TTFont as FontFile  # only needed once, while registering

    with FontFile(str(path), lazy=True) as font:
        gsub = font["GSUB"].table
        mapping: dict[str, dict[str, str]] = {tag: {} for tag in _FORM_TAGS}
        script = next(record.Script for record in gsub.ScriptList.ScriptRecord
                      if record.ScriptTag == "arab")
        for index in script.DefaultLangSys.FeatureIndex:
            record = gsub.FeatureList.FeatureRecord[index]
            if record.FeatureTag in mapping:
                for lookup_index in record.Feature.LookupListIndex:
                    _add_single_substitutions(gsub.LookupList.Lookup[lookup_index],
                                              mapping[record.FeatureTag])
        forms: dict[int, dict[str, int]] = {}
        for code, glyph in font.getBestCmap().items():
            if code in _LETTER_RANGE and unicodedata.category(chr(code)) == "Lo":
                found = {tag: font.getGlyphID(substitutes[glyph])
                         for tag, substitutes in mapping.items() if glyph in substitutes}
                if found:
                    forms[code] = found
        return forms


def _add_single_substitutions(lookup, into: dict[str, str]) -> None:
    """Add a GSUB lookup's one-glyph-for-one substitutions (type 1, or 7 wrapping 1)."""
    for subtable in lookup.SubTable:
        if lookup.LookupType == 7:
            subtable = subtable.ExtSubTable  # unwrap the extension
        if getattr(subtable, "LookupType", lookup.LookupType) == 1:
            into.update(subtable.mapping)


@functools.cache
def _contextual_letters() -> dict[str, tuple[str, str, str, str]]:
    """arabic-reshaper's table for the letters it lacks: (isolated, initial, medial, final),
    the joined forms as private codes mapped, in both Arabic fonts, to the fonts' own glyphs.
    A form only one of the two fonts has is left out (the letter then does not join there)."""
    fonts = [pdfmetrics.getFont(name) for name in (ARABIC, ARABIC_BOLD)]
    found = [_gsub_forms(fonts_dir() / _FONT_FILES[font.fontName]) for font in fonts]
    table: dict[str, tuple[str, str, str, str]] = {}
    for letter in sorted(found[0].keys() & found[1].keys()):
        if chr(letter) in LETTERS_ARABIC:
            continue
        forms = [""] * 3
        for number, tag in enumerate(_FORM_TAGS, start=1):
            if all(tag in glyphs[letter] for glyphs in found):
                code = _private_code(letter, number)
                for font, glyphs in zip(fonts, found, strict=True):
                    _map_glyph(font, code, glyphs[letter][tag])
                forms[number - 1] = chr(code)
        table[chr(letter)] = (chr(letter), *forms)
    return table


def _map_glyph(font: TTFont, code: int, glyph: int, width: float | None = None) -> None:
    """Make `code` draw glyph number `glyph` of `font`, as wide as the glyph unless given."""
    face = font.face
    face.charToGlyph[code] = glyph
    face.glyphToChar.setdefault(glyph, []).append(code)
    face.charWidths[code] = font.pdfScale(face.hmetrics[glyph][0]) if width is None else width


def _add_mirrored_glyphs(font: TTFont) -> None:
    """Give `font` the private mirrored codes of the characters whose mirror it has."""
    glyphs = font.face.charToGlyph
    for char, code in _MIRROR_CODES.items():
        mirror = ord(MIRRORED[char])
        if ord(char) in glyphs and mirror in glyphs:
            _map_glyph(font, code, glyphs[mirror])


def _blank_joiners(font: TTFont) -> None:
    """Draw the non-joiner and joiner as nothing, zero wide. Noto Sans Arabic gives them a
    visible mark (for editors showing controls); they stay in the text layer, so copied and
    extracted text keeps "می‌شود" apart from "میشود"."""
    space = font.face.charToGlyph[ord(" ")]
    for code in (0x200C, 0x200D):
        _map_glyph(font, code, space, width=0)


@functools.cache
def _reshaper() -> ArabicReshaper:
    """arabic-reshaper knowing the Pashto letters too, and keeping harakat (a name's shadda is
    part of it). Once the shaped run is reversed each mark precedes its letter, which is where
    the font's zero-width marks, drawn rightwards from the pen, land on it."""
    register_fonts()
    reshaper = ArabicReshaper(configuration={"delete_harakat": False})
    reshaper.letters = {**reshaper.letters, **_contextual_letters()}
    # reshape() reads its options through configparser a few times per call, which costs more
    # than the shaping itself: they never change, so they are read once.
    # The ligature pattern is made on first use from the section: make it from the real one.
    _ = reshaper._ligatures_re
    reshaper.configuration = _ReadOnce(reshaper.configuration)
    return reshaper


class _ReadOnce(dict):
    """A configparser section's values, read once, answering get() and getboolean()."""

    def __init__(self, section: Any) -> None:
        super().__init__({key: section.get(key) for key in section})
        self._booleans = {key: section.getboolean(key) for key in section
                          if section.get(key, "").lower() in ("yes", "no", "true", "false",
                                                                "on", "off", "1", "0")}

    def getboolean(self, key: str, fallback: bool = False) -> bool:
        return self._booleans.get(key, fallback)


def _prepare(text: str) -> str:
    """`text` with presentation forms folded back to letters (see _PRESENTATION_FORMS)."""
    return _PRESENTATION_FORMS.sub(lambda match: unicodedata.normalize("NFKC", match[0]), text)


def is_rtl(text: str) -> bool:
    """Whether a paragraph of `text` reads right to left: its first strong character is
    Arabic script (or Hebrew), as the Unicode bidi algorithm's rules P2/P3 decide."""
    return is_right_to_left(text)


def plain(text: str) -> str:
    """`text` as PDF bookmarks and metadata take it: logical-order Unicode on one line.

    Viewers lay out bookmarks and metadata themselves, so they get the letters as typed, never
    shaped or reordered; presentation forms (text copied out of a PDF) are folded back.
    """
    return " ".join(_prepare(text).split())


# Characters that make a line need the bidi algorithm: Hebrew and Arabic script, their
# presentation forms, the directional marks, embeddings, overrides and isolates.
_NEEDS_BIDI = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f"
                         "\u202a-\u202e\u2066-\u2069]")
# Text the Latin fonts hold every glyph of (ASCII, Latin-1 and common punctuation).
_PLAIN_LATIN = re.compile("[\x20-\x7e\xa0-\xff\u2013\u2014\u2018\u2019\u201c\u201d"
                          "\u2022\u2026]*")


def shape_line(text: str, base_rtl: bool) -> str:
    """One line of logical-order `text` in visual order, its Arabic-script runs shaped.

    The result is meant to be drawn left to right, split by script (`font_runs`). python-bidi
    orders the line first; each Arabic-script run then comes out reversed and is shaped in its
    logical order and reversed again, because joining must be decided in reading order.
    """
    text = _prepare(text)
    if not base_rtl and not _NEEDS_BIDI.search(text):
        return text  # left to right, nothing to reorder or join (most lines of an English page)
    visual = _visual_order(text, base_rtl)
    reshaper = _reshaper()
    return _ARABIC_RUN.sub(lambda match: reshaper.reshape(match[0][::-1])[::-1], visual)


# python-bidi's default (Rust) implementation does not mirror brackets (rule L4: "(" in a
# right-to-left run is drawn as ")"), so its Python implementation, bidi.algorithm, orders the
# line; its steps are run here up to L2, and L4 is done below. Its rule X9 drops the joiner and
# non-joiner, which shaping still needs, and it fails on a character of no known bidi class:
# the joiners stand in as Arabic symbols nobody types (strong right-to-left, like the letters
# around them), and an unknown character as U+FFFD.
_JOINER_STAND_INS = {"\u200c": "\u0608", "\u200d": "\u060d"}  # ARABIC RAY, DATE SEPARATOR
_TO_STAND_INS = str.maketrans(_JOINER_STAND_INS)
_FROM_STAND_INS = str.maketrans({value: key for key, value in _JOINER_STAND_INS.items()})


def _visual_order(text: str, base_rtl: bool) -> str:
    """`text`, one line, reordered by the Unicode bidi algorithm, each character a mirrored
    glyph must stand for (rule L4) replaced by its private mirrored code."""
    text = "".join(char if unicodedata.bidirectional(char) else "\ufffd" for char in text)
    protect = not any(stand_in in text for stand_in in _JOINER_STAND_INS.values())
    if protect:
        text = text.translate(_TO_STAND_INS)
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = int(base_rtl)
    storage["base_dir"] = "R" if base_rtl else "L"
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    bidi_algorithm.reorder_resolved_levels(storage, False)
    visual = "".join(_mirrored(char["ch"]) if char["level"] % 2 else char["ch"]
                     for char in storage["chars"])
    return visual.translate(_FROM_STAND_INS) if protect else visual


def _mirrored(char: str) -> str:
    """The code drawing `char` mirrored: a private code whose glyph is its mirror image and
    whose text is `char` itself (so extracted text has "(" where the line starts), or the
    mirror character when the fonts do not have it."""
    if char in _MIRROR_CODES:
        return chr(_MIRROR_CODES[char])
    return MIRRORED.get(char, char)


def _shape_logical(text: str) -> str:
    """`text` kept in logical order with its Arabic-script runs shaped: same glyphs and width
    as its visual form, which is all that measuring needs."""
    reshaper = _reshaper()
    return _ARABIC_RUN.sub(lambda match: reshaper.reshape(match[0]), _prepare(text))


def _is_arabic_script(char: str) -> bool:
    """Whether `char` is drawn with the Arabic font whatever the Latin font holds."""
    code = ord(char)
    return (0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFEFE or char in "\u200c\u200d"
            or _letter_of(code) != code)


def font_runs(visual: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split a shaped visual line into (font name, text) runs, each drawn in a font holding
    its glyphs: Arabic script in the Arabic font, the rest in the Latin one, a character only
    the Arabic font has in that. Spaces stay in the run they are in, to keep runs few."""
    register_fonts()
    latin, arabic = (LATIN_BOLD, ARABIC_BOLD) if bold else (LATIN, ARABIC)
    if _PLAIN_LATIN.fullmatch(visual):
        return [(latin, visual)]  # the common case, decided by one regular expression
    latin_glyphs = pdfmetrics.getFont(latin).face.charToGlyph
    arabic_glyphs = pdfmetrics.getFont(arabic).face.charToGlyph
    runs: list[tuple[str, str]] = []
    for char in visual:
        if char.isspace() and runs:
            font = runs[-1][0]
        elif _is_arabic_script(chr(_text_of(ord(char)))) or (ord(char) not in latin_glyphs
                                                             and ord(char) in arabic_glyphs):
            font = arabic
        else:
            font = latin
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def runs_width(runs: Sequence[tuple[str, str]], size: float) -> float:
    """The width in points of `runs` drawn one after the other at `size`."""
    return sum(pdfmetrics.stringWidth(text, font, size) for font, text in runs)


def _text_width(text: str, size: float, bold: bool) -> float:
    """The drawn width of a piece of logical-order text (a word, part of a word)."""
    return runs_width(font_runs(_shape_logical(text), bold), size)


@dataclass(frozen=True)
class _Word:
    """A word of the paragraph; `new_line` if the text broke the line before it."""

    text: str
    new_line: bool = False


# A laid-out line: (word index, start, end) pieces of words, shown separated by spaces.
_Line = list[tuple[int, int, int]]

# Where a long unbroken string (URL, hash, path) is best broken: after one of these.
_SOFT_BREAKS = frozenset("/-_.?&=:,;#+")


def _words(text: str) -> list[_Word]:
    """The words of `text`; a line break in it starts a new line, a blank line stays blank."""
    words = []
    for number, line in enumerate(text.splitlines()):
        parts = line.split() or [""]
        words.extend(_Word(part, new_line=number > 0 and index == 0)
                     for index, part in enumerate(parts))
    return words


def _break_word(text: str, width: float, measure: Callable[[str], float]) -> list[tuple[int, int]]:
    """Cut a word too wide for a line into (start, end) pieces each at most `width` wide
    (at least one character, whatever the width), preferring cuts after / - _ . and the like.
    A combining mark is never cut from its letter."""
    pieces = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and (measure(text[start:end + 1]) <= width
                                   or unicodedata.combining(text[end])):
            end += 1
        if end < len(text):
            soft = max((i + 1 for i in range(start, end - 1) if text[i] in _SOFT_BREAKS),
                       default=0)
            if soft > start + (end - start) // 2 and not unicodedata.combining(text[soft]):
                end = soft
        pieces.append((start, end))
        start = end
    return pieces


def _lay_out(words: Sequence[_Word], width: float, measure: Callable[[str], float],
             space: float, tail: float) -> list[_Line]:
    """Wrap `words` into lines at most `width` wide, greedily, in logical order; `tail` is
    extra width the last word needs (its footnote markers)."""
    lines: list[_Line] = []
    line: _Line = []
    used = 0.0
    for index, word in enumerate(words):
        if word.new_line and index:
            lines.append(line)
            line, used = [], 0.0
        extra = tail if index == len(words) - 1 else 0.0
        needed = measure(word.text) + extra
        gap = space if line else 0.0
        if used + gap + needed <= width:
            line.append((index, 0, len(word.text)))
            used += gap + needed
            continue
        if line:
            lines.append(line)
        if needed <= width:
            line, used = [(index, 0, len(word.text))], needed
            continue
        pieces = _break_word(word.text, max(width - extra, 1.0), measure)
        lines.extend([(index, start, end)] for start, end in pieces[:-1])
        start, end = pieces[-1]
        line, used = [(index, start, end)], measure(word.text[start:end]) + extra
    if line or words:
        lines.append(line)
    return lines


class TextParagraph(Flowable):
    """One paragraph of plain text in English, Dari, Pashto or any mix, drawn as described in
    the module's doc; it wraps to the frame and splits across pages like reportlab's own."""

    def __init__(self, words: Sequence[_Word], style: ParagraphStyle, rtl: bool, bold: bool,
                 notes: Sequence[str] = (), space_before: float | None = None,
                 space_after: float | None = None) -> None:
        super().__init__()
        self.words = list(words)
        self.style = style
        self.rtl = rtl
        self.bold = bold
        self.notes = tuple(notes)
        self._space_before = style.spaceBefore if space_before is None else space_before
        self._space_after = style.spaceAfter if space_after is None else space_after
        self._lines: list[_Line] = []
        self._laid_out_for: float | None = None
        # Widths of this paragraph's words; kept here, not in a process-wide cache, so that a
        # case's text does not stay in memory after its dossier is made.
        self._widths: dict[str, float] = {}

    def __repr__(self) -> str:
        text = " ".join(word.text for word in self.words)
        return f"TextParagraph({text[:40]!r}, rtl={self.rtl})"

    # Measures at this paragraph's size and weight.

    def _measure(self, text: str) -> float:
        if text not in self._widths:
            self._widths[text] = _text_width(text, self.style.fontSize, self.bold)
        return self._widths[text]

    def _note_text(self) -> str:
        return ",".join(self.notes)

    def _note_width(self) -> float:
        if not self.notes:
            return 0.0
        return _text_width(self._note_text(), self.style.fontSize * _NOTE_SCALE, self.bold)

    def _ensure_layout(self, width: float) -> list[_Line]:
        if self._laid_out_for != width:
            self._lines = _lay_out(self.words, width, self._measure, self._measure(" "),
                                   self._note_width())
            self._laid_out_for = width
        return self._lines

    # The Flowable protocol.

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Lay out for `availWidth`; the paragraph takes the whole width (right alignment)."""
        lines = self._ensure_layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The lines that fit in `availHeight` and the rest, as two paragraphs; [] when not
        even one line fits (the frame then moves on), [self] when all do."""
        lines = self._ensure_layout(availWidth)
        fitting = int((availHeight + 1e-6) // self.style.leading)
        if fitting >= len(lines):
            return [self]
        if fitting <= 0:
            return []
        index, start, _end = lines[fitting][0]
        head = self.words[:index]
        tail = self.words[index + 1:]
        word = self.words[index]
        if start:  # the cut falls inside a long word: each part keeps its piece
            head.append(replace(word, text=word.text[:start]))
            tail.insert(0, _Word(word.text[start:]))
        else:
            tail.insert(0, _Word(word.text))
        return [
            TextParagraph(head, self.style, self.rtl, self.bold,
                          space_before=self._space_before, space_after=0),
            TextParagraph(tail, self.style, self.rtl, self.bold, self.notes,
                          space_before=0, space_after=self._space_after),
        ]

    def getSpaceBefore(self) -> float:
        return self._space_before

    def getSpaceAfter(self) -> float:
        return self._space_after

    def minWidth(self) -> float:
        """The widest word, which a table sizing its columns should leave room for."""
        return max((self._measure(word.text) for word in self.words), default=0.0)

    def draw(self) -> None:
        """Draw each laid-out line, reordered and shaped, aligned from the paragraph's start."""
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        lines = self._lines
        for number, line in enumerate(lines):
            runs = font_runs(shape_line(self.line_text(line), self.rtl), self.bold)
            note = self._note_width() if number == len(lines) - 1 else 0.0
            width = runs_width(runs, style.fontSize) + note
            x = self._line_start(width)
            y = self.height - style.fontSize - number * style.leading
            if note and self.rtl:  # the markers end the line in reading order: its left
                self._draw_note(x, y)
                x += note
            for font, part in runs:
                canvas.setFont(font, style.fontSize)
                canvas.drawString(x, y, part)
                x += pdfmetrics.stringWidth(part, font, style.fontSize)
            if note and not self.rtl:
                self._draw_note(x, y)

    def line_text(self, line: _Line) -> str:
        """A laid-out line's text in logical order, to be reordered and shaped.

        A piece of a left-to-right word broken across lines (a URL, a hash) is embedded
        left to right (LRE ... PDF), so that in a Dari paragraph the hyphen or slash ending it
        stays at its end instead of moving to the line's far side as a neutral would.
        """
        pieces = []
        for index, start, end in line:
            word = self.words[index].text
            piece = word[start:end]
            if (start, end) != (0, len(word)) and not is_rtl(word):
                piece = f"\u202a{piece}\u202c"
            pieces.append(piece)
        return " ".join(pieces)

    def _line_start(self, width: float) -> float:
        """Where a line `width` wide starts: style.alignment read relative to the paragraph's
        direction (left means where reading starts, so the right edge for Dari)."""
        room = self.width - width
        alignment = self.style.alignment
        if alignment == TA_CENTER:
            return room / 2
        at_end = alignment == TA_RIGHT
        return room if at_end != self.rtl else 0.0

    def _draw_note(self, x: float, y: float) -> None:
        """Draw the footnote markers as a superscript at `x`."""
        size = self.style.fontSize * _NOTE_SCALE
        rise = self.style.fontSize * _NOTE_RISE
        for font, part in font_runs(self._note_text(), self.bold):
            self.canv.setFont(font, size)
            self.canv.drawString(x, y + rise, part)
            x += pdfmetrics.stringWidth(part, font, size)


def paragraph(text: str, style: ParagraphStyle, direction: str | None = None, *,
              bold: bool = False, notes: Sequence[str] | None = ()) -> Flowable:
    """A flowable for one paragraph of plain `text` (not markup: < and & are text).

    `direction` is "rtl" or "ltr" to force the paragraph's direction (the Dari dossier's own
    labels), or None to take it from the first strong character. `bold`, or a bold font name
    in `style`, draws it bold. `notes` are footnote reference markers ("3", "4"), drawn as a
    small superscript "3,4" where the text ends in reading order (None: none).
    """
    if direction not in (None, "rtl", "ltr"):
        raise ValueError(f"direction must be 'rtl', 'ltr' or None, not {direction!r}")
    register_fonts()
    rtl = is_rtl(text) if direction is None else direction == "rtl"
    bold = bold or style.fontName in _BOLD.values()
    return TextParagraph(_words(text), style, rtl, bold, notes or ())
