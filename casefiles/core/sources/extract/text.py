"""Plain text, including web pages saved as text with the page furniture still in.

"Save as text" and copy-paste keep a site's menus, share buttons, sign-in prompts, cookie
banners, "Related Articles" lists and footers around the article. The main text is taken to be
the run of prose from the first paragraph that reads as sentences to the last one before a
"related/more" block; furniture lines inside or around it are dropped. A short line that stands
alone before the prose and reads as a headline (the longest, if several) is proposed as the
title.
"""

import re

from casefiles.core.errors import InvalidInput
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.sources.extract import Extracted, paragraphs
from casefiles.core.sources.extract.decode import decode

_BULLET = re.compile(r"^[\s•·*\-–—▪►»]+")
_SENTENCE_END = re.compile(r"[.!?؟…:\"”’)\]]$")
# Lines that are page furniture wherever they stand.
_FURNITURE = re.compile(
    r"^(home|menu|search|share( this)?|sign in.*|log ?in|register|subscribe.*|follow us.*|"
    r"(facebook|twitter|x|instagram|youtube|telegram|whatsapp|linkedin)( (like|follow|"
    r"subscribe|share))?|share on .*|print|email|undo|welcome back!?|lost your password\??|"
    r"forgot (your )?password\??|skip to (main )?content|accessibility links|breaking news|"
    r"advertisement|- ?advertisement ?-|ad image.*|removed from reading list|"
    r"(we use|this (site|website) uses) cookies.*|accept( all)?( cookies)?|cookie (settings|"
    r"policy)|privacy policy|terms of (use|service)|all rights reserved.*|©.*|copyright.*|"
    r"lorem ipsum.*|published \d.*|updated \d.*|read more|load more|next|previous)$",
    re.IGNORECASE)
# Headers after which a page lists other articles: the article is over.
_END_OF_ARTICLE = re.compile(
    r"^(related (articles|posts|stories|news)|you may also like|more from .*|more stories|"
    r"recommended( for you)?|most (read|popular)|read next|latest news|trending)$",
    re.IGNORECASE)
_BREADCRUMB = re.compile(r"\s[>›»|]\s")
_DATELINE = re.compile(r"^(published|posted|updated|date)\s*:?\s*(.+)$", re.IGNORECASE)


def _words(line: str) -> int:
    return len(line.split())


def is_prose(line: str) -> bool:
    """A line that reads as running text rather than a label, link, headline or button."""
    if _BREADCRUMB.search(line) or _FURNITURE.match(line):
        return False
    words = _words(line)
    return words >= 20 or (words >= 6 and bool(_SENTENCE_END.search(line)))


def _is_headline(line: str) -> bool:
    return (4 <= _words(line) <= 25 and not _SENTENCE_END.search(line)
            and not _BREADCRUMB.search(line) and not _FURNITURE.match(line))


def _proposed_date(lines: list[str]) -> str:
    """The date of a "Published 14/06/2025" line, as canonical text, if one parses."""
    for line in lines:
        match = _DATELINE.match(line)
        if match:
            try:
                return FuzzyDate.parse(match.group(2)).to_text()
            except InvalidInput:
                continue
    return ""


def _is_saved_page(lines: list[str], first_prose: int) -> bool:
    """Whether the text carries a web page's furniture, or is a document typed as text.

    A note or statement saved as text has at most a heading or two before its first paragraph;
    a saved page has menus, links and buttons there.
    """
    before = lines[:first_prose]
    return (any(_FURNITURE.match(line) or _BREADCRUMB.search(line) for line in lines)
            or len(before) > 3)


def main_text(text: str) -> tuple[list[str], str]:
    """(paragraphs of the article, proposed title or "") from text with page furniture."""
    lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    prose = [i for i, line in enumerate(lines) if is_prose(line)]
    if not prose:
        return [line for line in lines if not _FURNITURE.match(line)], ""
    if not _is_saved_page(lines, prose[0]):
        heading = lines[0] if prose[0] > 0 and _words(lines[0]) <= 25 else ""
        return lines, heading
    start = prose[0]
    end = len(lines)
    for i in range(start, len(lines)):
        if _END_OF_ARTICLE.match(lines[i]):
            end = i
            break
    last = max(i for i in prose if i < end) if any(i < end for i in prose) else start
    kept = [line for line in lines[start:last + 1]
            if not _FURNITURE.match(line) and not _BREADCRUMB.search(line)]
    headlines = [line for line in lines[:start] if _is_headline(line)]
    return kept, max(headlines, key=_words, default="")


def extract(data: bytes) -> Extracted:
    text, note = decode(data)
    kept, title = main_text(text)
    proposed = {"title": title, "published": _proposed_date(text.splitlines()[:80])}
    return Extracted(segments=paragraphs(kept), note=note,
                     proposed={key: value for key, value in proposed.items() if value})
