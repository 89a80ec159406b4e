"""Saved web pages (HTML and single-file MHTML): the article without the page around it.

trafilatura finds the main text, dropping navigation, menus, related-article lists, share
buttons, cookie banners and footers, and reads the page's own metadata (title, author, date,
site name) for the caseworker to confirm.
"""

import email
import email.policy
import logging

import trafilatura

from casefiles.core.i18n import _
from casefiles.core.sources.extract import Extracted, ExtractionFailed, paragraphs
from casefiles.core.sources.extract.decode import declared_charset, decode

# trafilatura logs every page it finds hard to read; those lines would carry article text.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def extract(data: bytes, charset: str | None = None) -> Extracted:
    html, note = decode(data, charset or declared_charset(data))
    return _from_html(html, note)


def _from_html(html: str, note: str) -> Extracted:
    if not html.strip():
        raise ExtractionFailed(_("The web page is empty."))
    # One parse for both the text and the metadata (extract + extract_metadata parse twice).
    # No deduplicate: trafilatura keeps it in a cache for the whole process, so a paragraph
    # seen in enough earlier pages (the same article saved twice, a site's standard wording)
    # would be dropped from every later page's text, silently.
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                      favor_precision=True, deduplicate=False, with_metadata=True)
    text = doc.text if doc is not None else ""
    proposed = {}
    if doc is not None:
        proposed = {"title": doc.title or "", "author": doc.author or "",
                    "publisher": doc.sitename or "", "published": doc.date or "",
                    "url": doc.url or ""}
    if not text:
        note = " ".join(filter(None, [note, _("No article text was found on this page.")]))
    return Extracted(segments=paragraphs((text or "").splitlines()),
                     proposed={k: v for k, v in proposed.items() if v}, note=note)


def extract_mhtml(data: bytes) -> Extracted:
    """A page saved "as a single file": the HTML part of a multipart/related message."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            extracted = extract(payload, part.get_content_charset())
            location = message.get("Snapshot-Content-Location") or part.get("Content-Location")
            if location and "url" not in extracted.proposed:
                extracted.proposed["url"] = str(location)
            return extracted
    raise ExtractionFailed(_("The MHTML file holds no web page."))
