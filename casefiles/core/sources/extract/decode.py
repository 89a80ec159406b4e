"""Turning the bytes of a text or web page into text, whatever encoding it was saved in.

Dari and Pashto pages are still met in windows-1256, sometimes labelled as UTF-8, and a page
stitched together from several sources can mix both. UTF-8 is tried first; byte runs that are
not UTF-8 are read as windows-1256 rather than dropped, and the caseworker is told.
"""

import codecs
import re

from casefiles.core.i18n import _

_FALLBACK = "cp1256"
_BOM_CODECS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
               (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)


def _fallback_handler(err: UnicodeDecodeError) -> tuple[str, int]:
    bad = err.object[err.start:err.end]
    return bad.decode(_FALLBACK, errors="replace"), err.end


codecs.register_error("casefiles-cp1256", _fallback_handler)


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
        except UnicodeDecodeError:
            pass  # the label is wrong; fall through to UTF-8 with the fallback
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as err:
        first_bad = err.start
    text = data.decode("utf-8", errors="casefiles-cp1256")
    return text, _("Parts of this file are not UTF-8 (the first at byte {at}); they were read as "
                   "windows-1256. Check the text against the original.").format(at=first_bad)
