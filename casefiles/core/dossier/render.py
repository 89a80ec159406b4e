"""Rendering a case's dossier, for the CLI and the app alike.

`render_dossier` returns the PDF as bytes and writes nothing (the app previews it from memory;
`handover` saves, prints and records it). The profile is applied before anything is laid out
(`content.gather`), and it decides the document's metadata and file name as well: the metadata
never holds the identity, whatever the profile.
"""

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from casefiles.core.dossier import layout, text
from casefiles.core.dossier.annexes import AnnexPages, annex_flowables, lay_originals
from casefiles.core.dossier.content import DossierContent, gather
from casefiles.core.dossier.labels import LANGUAGES, label
from casefiles.core.dossier.sections import SECTIONS, SectionBuilder
from casefiles.core.errors import InvalidInput
from casefiles.core.exchange.redaction import load_profile, withheld_note
from casefiles.core.i18n import _
from casefiles.core.model.dates import Calendar, FuzzyDate
from casefiles.core.store.driver import Database

Progress = Callable[[str], None]


@dataclass(frozen=True)
class DossierRequest:
    """What the caseworker chose: the case, the profile, the language, the parts."""

    code: str
    profile: str
    lang: str = "en"
    calendar: Calendar = Calendar.GREGORIAN
    sections: tuple[str, ...] = SECTIONS
    annexes: bool = True
    prepared_by: str = ""


@dataclass(frozen=True)
class Dossier:
    pdf: bytes
    file_name: str
    sha256: str
    pages: int


def _check(request: DossierRequest) -> None:
    if request.lang not in LANGUAGES:
        raise InvalidInput(_("A dossier can be written in {langs}, not {lang!r}.").format(
            langs=", ".join(LANGUAGES), lang=request.lang))
    unknown = set(request.sections) - set(SECTIONS)
    if unknown:
        raise InvalidInput(_("Unknown dossier section(s): {names}. The sections are: {all}.")
                           .format(names=", ".join(sorted(unknown)), all=", ".join(SECTIONS)))


def _cover(build: SectionBuilder, content: DossierContent) -> list[Flowable]:
    c, s = content, build.s
    generated = FuzzyDate.parse(c.generated_at[:10]).display(c.calendar, c.lang)
    return [
        text.paragraph(c.profile.marking(c.lang), s.marking),
        Spacer(1, 30 * mm),
        text.paragraph(build.word("dossier"), s.title),
        build.facts([(build.word("case_code"), c.case.code),
                     (build.word("pseudonym"), c.case.person.pseudonym),
                     (build.word("profile"), c.profile.title(c.lang)),
                     (build.word("generated"), generated),
                     (build.word("prepared_by"), c.prepared_by)]),
        Spacer(1, 12 * mm),
        text.paragraph(build.word("withheld"), s.label),
        text.paragraph(withheld_note(c.profile, c.lang), s.body),
        PageBreak(),
        text.paragraph(build.word("contents"), s.h1),
        layout.Contents(s, rtl=c.lang == "fa"),
        PageBreak(),
    ]


def _metadata(content: DossierContent) -> dict[str, str]:
    """Title, author, subject: the case code when the profile shows it, never a name."""
    title = label("dossier", content.lang)
    if content.case.code:
        title = f"{title} {content.case.code}"
    return {"title": title, "author": content.prepared_by or "casefiles",
            "subject": content.profile.title(content.lang), "keywords": ""}


def render_dossier(db: Database, request: DossierRequest,
                   progress: Progress | None = None) -> Dossier:
    """The dossier as PDF bytes; nothing is written anywhere."""
    _check(request)
    say = progress or (lambda _what: None)
    profile = load_profile(request.profile)
    say(_("Reading the case"))
    content = gather(db, request.code, profile, request.lang, request.calendar,
                     request.prepared_by, request.sections)
    rtl = request.lang == "fa"
    style = layout.styles()
    build = SectionBuilder(content, style)
    say(_("Laying out the dossier"))
    story = _cover(build, content) + build.build(request.sections)
    pages = AnnexPages()
    if request.annexes and content.exhibits:
        story += annex_flowables(db, build, content.exhibits, pages)

    def footer(canvas: object, number: int, total: int) -> None:
        layout.draw_footer(canvas, style, profile.marking(request.lang), content.case.code,
                           label("page_of", request.lang, page=number, total=total), rtl)

    out = io.BytesIO()
    document = layout.DossierDocument(out, _metadata(content), lang="fa-AF" if rtl else "en")
    document.multiBuild(layout.keep_headings(story), canvasmaker=layout.numbered_canvas(footer))
    say(_("Appending the annexes"))
    pdf = lay_originals(out.getvalue(), pages)
    return Dossier(pdf=pdf, file_name=profile.file_name(content.case),
                   sha256=hashlib.sha256(pdf).hexdigest(), pages=document.page)

