"""Turning the bytes of a text or web page into text, whatever encoding it was saved in.

Dari and Pashto pages are still met in windows-1256, sometimes labelled as UTF-8, and a page
stitched together from several sources can mix both. UTF-8 is tried first; a line that is not
UTF-8 is read as windows-1256 rather than dropped, and the caseworker is told. (Line by line,
not byte run by byte run: windows-1256 text contains byte pairs that happen to be valid UTF-8.)
"""

import codecs
import re

from casefiles.core.i18n import _

_FALLBACK = "cp1256"
_BOM_CODECS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
               (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a web page declares in its first few kilobytes, if it names a known one."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, note): decoded text and, when something had to be guessed, a note saying what."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), ""
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return data.decode(declared), ""
        except (ValueError, LookupError):
            # The label is wrong (a UnicodeError, a ValueError for a NUL in it), names no
            # codec, or one that is not a text encoding ("hex", "rot13"): fall through to UTF-8
            # with the fallback.
            pass
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    lines, fallback = [], 0
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode(_FALLBACK, errors="replace"))
            fallback += 1
    return "\n".join(lines), _("{n} line(s) of this file are not UTF-8; they were read as "
                               "windows-1256. Check the text against the original."
                               ).format(n=fallback)
