"""Marker strings, and the scan that looks for them in files and file names.

Shared by the store-level test (tests/core/test_no_plaintext_on_disk.py) and the whole-session
test (tests/gui/test_session_leaks.py). A marker is looked for in every form it could take on
disk: as entered, in the Unicode normal forms, lower-cased (as a search index keeps tokens) and,
for Arabic script, shaped into Arabic Presentation Forms in logical and in visual order (as text
renderers and PDF writers keep it); each form in UTF-8 and UTF-16 (both byte orders), and in
windows-1256 where it can be written in it; and, outside ASCII, as a URL (percent-encoded, as
recent-file lists keep paths) and as JSON or C escapes (\\u0646). A PDF is read for its text
too (pypdf): its pages are compressed and its fonts subset, so its bytes seldom show what it
says.
"""

import io
import itertools
import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

import arabic_reshaper
from bidi.algorithm import get_display
from pypdf import PdfReader

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp1256")

_counter = itertools.count()


def marker(prefix: str = "Zq") -> str:
    """A string that appears nowhere else: Latin or Arabic script."""
    n = next(_counter)
    if prefix == "fa":
        return f"نشانگر{'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'[n % 32]}ویژه{n}"
    return f"{prefix}Marker{n:04d}Xy"


def _is_arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def forms(value: str) -> set[str]:
    """The text forms under which `value` could have been written."""
    found = {value, value.lower(), value.casefold()}
    found |= {unicodedata.normalize(form, value) for form in ("NFC", "NFD", "NFKC", "NFKD")}
    if _is_arabic_script(value):
        shaped = arabic_reshaper.reshape(value)
        found |= {shaped, get_display(shaped), get_display(value)}
    return found


def needles(value: str) -> set[bytes]:
    """Every byte string under which `value` could have been written."""
    result = set()
    for form in forms(value):
        for encoding in ENCODINGS:
            try:
                result.add(form.encode(encoding))
            except UnicodeEncodeError:  # windows-1256 has no Presentation Forms, no ی
                continue
        if not form.isascii():
            escaped = json.dumps(form)[1:-1]
            result |= {quote(form).encode(), quote(form).lower().encode(), escaped.encode(),
                       escaped.upper().replace("\\U", "\\u").encode()}
    return result


def pdf_text(data: bytes) -> bytes:
    """The text and document information of a PDF, as UTF-8 (empty for what pypdf cannot
    read: a damaged or half-written file's bytes are then all there is to scan)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        texts = [page.extract_text() or "" for page in reader.pages]
        texts += [str(value) for value in (reader.metadata or {}).values()]
    except Exception:  # pypdf has no single error type for a file it cannot read
        return b""
    return "\n".join(texts).encode("utf-8")


def contents(path: Path) -> bytes:
    """What a scan reads of a file: its bytes and, for a PDF, its text."""
    data = path.read_bytes()
    return data + pdf_text(data) if b"%PDF-" in data[:1024] else data


def _files(folder: Path, recursive: bool) -> list[Path]:
    candidates = folder.rglob("*") if recursive else folder.iterdir()
    return sorted(p for p in candidates if p.is_file() and not p.is_symlink())


def scan(folder: Path, markers: Iterable[str], *, recursive: bool = False,
         exclude: Iterable[Path] = ()) -> list[tuple[str, str]]:
    """(file, marker) for each marker found in the contents of a file in `folder`.

    Files are named by their path relative to `folder`; those in `exclude` are not read.
    """
    skipped = {Path(p).resolve() for p in exclude}
    wanted = {value: needles(value) for value in markers}
    found = []
    for path in _files(folder, recursive):
        if path.resolve() in skipped:
            continue
        data = contents(path)
        name = path.relative_to(folder).as_posix()
        found += [(name, value) for value, byte_forms in wanted.items()
                  if any(needle in data for needle in byte_forms)]
    return found


def in_name(name: str, markers: Iterable[str]) -> list[str]:
    """The markers that a file name holds."""
    names = {unicodedata.normalize(f, name).casefold() for f in ("NFC", "NFD", "NFKC")}
    return [value for value in markers
            if any(form.casefold() in n for form in forms(value) for n in names)]


def scan_names(folder: Path, markers: Iterable[str], exclude: Iterable[Path] = ()
               ) -> list[tuple[str, str]]:
    """(path, marker) for each file or folder under `folder` (but not in `exclude`) whose name
    holds a marker."""
    skipped = {Path(p).resolve() for p in exclude}
    markers = list(markers)
    return [(path.relative_to(folder).as_posix(), value)
            for path in sorted(folder.rglob("*")) if path.resolve() not in skipped
            for value in in_name(path.name, markers)]
