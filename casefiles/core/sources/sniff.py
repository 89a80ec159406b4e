"""What a file really is, from its first bytes rather than its name.

An attachment called "report.pdf" may be a photo, and a saved page may have lost its extension;
the content decides how the file is read, and a name that says otherwise is pointed out.
"""

import re
from dataclasses import dataclass
from pathlib import PurePath

import filetype

from casefiles.core.i18n import _

HEAD_BYTES = 8192

PDF, HTML, MHTML, TEXT, DOCX, IMAGE, AUDIO, VIDEO, OTHER = (
    "pdf", "html", "mhtml", "text", "docx", "image", "audio", "video", "other")
DOCUMENT_KINDS = (PDF, HTML, MHTML, TEXT, DOCX)

_EXTENSION_KIND = {
    ".pdf": PDF, ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".mht": MHTML, ".mhtml": MHTML,
    ".txt": TEXT, ".text": TEXT, ".md": TEXT, ".docx": DOCX, ".jpg": IMAGE, ".jpeg": IMAGE,
    ".png": IMAGE, ".webp": IMAGE, ".heic": IMAGE, ".heif": IMAGE, ".gif": IMAGE,
    ".tif": IMAGE, ".tiff": IMAGE, ".mp3": AUDIO, ".m4a": AUDIO, ".ogg": AUDIO, ".wav": AUDIO,
    ".opus": AUDIO, ".amr": AUDIO, ".mp4": VIDEO, ".mov": VIDEO, ".mkv": VIDEO, ".webm": VIDEO,
    ".3gp": VIDEO, ".avi": VIDEO,
}
_KIND_NAMES = {PDF: "a PDF", HTML: "a web page", MHTML: "a saved web page (MHTML)",
               TEXT: "plain text", DOCX: "a Word document", IMAGE: "an image",
               AUDIO: "an audio recording", VIDEO: "a video", OTHER: "an unknown kind of file"}
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)",
                         re.IGNORECASE | re.DOTALL)
_MHTML_HEADER = re.compile(rb"^(mime-version|from|subject|date|content-type|snapshot-content"
                           rb"-location)\s*:", re.IGNORECASE | re.MULTILINE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Sniffed:
    kind: str
    media_type: str
    mismatch: str  # a message when the file's name says another kind, else ""


def sniff(head: bytes, name: str) -> Sniffed:
    """Classify a file from its first bytes (`HEAD_BYTES` of them) and check its name."""
    kind, media_type = _classify(head)
    claimed = _EXTENSION_KIND.get(PurePath(name).suffix.lower())
    mismatch = ""
    if claimed and claimed != kind and not (claimed == TEXT and kind == HTML):
        mismatch = _("{name} is named as {claimed} but its content is {actual}; it is read as "
                     "{actual}.").format(name=PurePath(name).name, claimed=_KIND_NAMES[claimed],
                                         actual=_KIND_NAMES[kind])
    return Sniffed(kind, media_type, mismatch)


def _classify(head: bytes) -> tuple[str, str]:
    if b"%PDF-" in head[:1024]:
        return PDF, "application/pdf"
    guess = filetype.guess(head)
    if guess is not None:
        mime = guess.mime
        if mime.startswith("image/"):
            return IMAGE, mime
        if mime.startswith("audio/"):
            return AUDIO, mime
        if mime.startswith("video/"):
            return VIDEO, mime
        if guess.extension == "docx":
            return DOCX, mime
        return OTHER, mime
    body = head
    for bom in _BOMS:
        if head.startswith(bom):
            body = head[len(bom):]
            break
    ascii_view = body.replace(b"\x00", b"") if head.startswith(_BOMS[1:]) else body
    if _MHTML_HEADER.match(ascii_view) and b"multipart/related" in ascii_view.lower():
        return MHTML, "multipart/related"
    if _HTML_START.match(ascii_view):
        return HTML, "text/html"
    if _looks_like_text(head):
        return TEXT, "text/plain"
    return OTHER, "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    """No NUL bytes (outside UTF-16) and few control characters."""
    if head.startswith(_BOMS[1:]):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(head) // 100
