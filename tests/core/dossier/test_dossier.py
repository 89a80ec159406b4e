"""The dossier PDF as its recipient gets it (issue #5, "Must show"): sections, bookmarks and
contents that agree; nothing identifying under the partner and public profiles; notes that
lead to exhibits whose hashes are the stored originals; annexes page for page; Dari and mixed
text in reading order; edge cases that still look deliberate; and the share and audit logs.
Every PDF is read back with poppler's pdftotext and pypdf after `qpdf --check`. All cases
are fictional (tests/core/dossier/cases.py)."""

import hashlib
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from casefiles.core.dossier import layout
from casefiles.core.dossier.handover import SAVED as METHOD
from casefiles.core.dossier.handover import save_dossier
from casefiles.core.dossier.labels import label
from casefiles.core.dossier.render import DossierRequest
from casefiles.core.dossier.sections import SECTIONS
from casefiles.core.dossier.text import is_rtl
from casefiles.core.errors import InvalidInput
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar
from casefiles.core.security import audit
from casefiles.core.sources import blobs
from casefiles.core.store import sharelog, sources
from casefiles.core.store.store import Store
from tests.core.dossier import cases as fx
from tests.core.dossier.conftest import Readback, Render, clean, qpdf_check, squeezed

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "qpdf")),
    reason="poppler-utils (pdftotext) and qpdf are needed to read the dossiers back")

ASYLUM, PARTNER, PUBLIC = "asylum_authority", "partner_organisation", "public_advocacy"
SH = Calendar.SOLAR_HIJRI


# ---- the cases --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def marked(dossier_store: Store, files: Path) -> Case:
    """Every field filled, markers in what partners must not see, four citations of three
    sources (two PDFs, one text article)."""
    case = fx.add_case(dossier_store.db, fx.marked_case())
    fx.attach(dossier_store.db, case, fx.report_cites(files))
    return case


@pytest.fixture(scope="module")
def pdf_only(dossier_store: Store, files: Path) -> Case:
    """A case citing only PDF originals: the 3-page report and the 2-page letter."""
    case = fx.add_case(dossier_store.db, fx.dari_case() | {"summary": "Two PDF exhibits."})
    fx.attach(dossier_store.db, case, [c for c in fx.report_cites(files)
                                      if c.file.suffix == ".pdf"])
    return case


def _exhibit_pages(pdf: Readback, lang: str = "en") -> str:
    """pdftotext -layout of the pages from the exhibit list to the annexes."""
    marks = dict(pdf.outline())
    first = marks[label("exhibits", lang)]
    last = marks.get(label("annexes", lang), len(pdf.pages) + 1)
    return "\n".join(pdf.layout_pages[first - 1:max(first, last - 1)])


# ---- sections, bookmarks, contents -----------------------------------------------------------

def _contents_rows(pdf: Readback, rtl: bool) -> list[tuple[str, int]]:
    """(squeezed title, printed page number) of each row of the contents page."""
    row = re.compile(r"^\s*(\d+)\s{2,}(.+?)\s*$" if rtl else r"^\s*(.+?)\s{2,}(\d+)\s*$")
    rows = []
    for line in pdf.layout_pages[1].splitlines():
        found = row.match(line)
        if found:
            title, page = (found[2], found[1]) if rtl else (found[1], found[2])
            rows.append((squeezed(title), int(page)))
    return rows


def _holds(whole: str, part: str, in_order: bool) -> bool:
    """Whether `part` is in `whole`. On a Dari page pdftotext regroups the runs of a mixed
    line ("ضمیمه 1: E1 …" comes back as "ضمیمه E1 … :1"), so there (not `in_order`) only
    its characters are compared, not their order."""
    return part in whole if in_order else not Counter(part) - Counter(whole)


def _row_of(title: str, rows: list[tuple[str, int]], in_order: bool) -> int | None:
    """The page number of the contents row showing `title` (its first line, if it wraps):
    the longest row that the title holds."""
    fitting = [(len(text), page) for text, page in rows if _holds(title, text, in_order)]
    return max(fitting)[1] if fitting else None


@pytest.mark.parametrize(("lang", "calendar"), [("en", Calendar.GREGORIAN), ("fa", SH)])
def test_sections_are_headed_bookmarked_and_listed_at_their_page(
        render: Render, marked: Case, lang: str, calendar: Calendar) -> None:
    """Each section's heading is in the text and the outline, and the contents print, for
    every bookmark, the page the bookmark leads to, where its heading stands."""
    _dossier, pdf = render(marked.code, ASYLUM, lang, calendar)
    outline = pdf.outline()
    titles = [title for title, _page in outline]
    for key in (*SECTIONS, "annexes"):
        assert label(key, lang) in titles
        assert squeezed(label(key, lang)) in squeezed(pdf.text)
    assert sum(title.startswith(label("annex", lang, n=1, title="")[:5]) for title in titles) \
        >= 3  # one bookmark per annex
    rows = _contents_rows(pdf, rtl=lang == "fa")
    assert len(rows) >= len(outline) - 1  # a long title may wrap onto a row of its own
    for title, page in outline:
        printed = _row_of(squeezed(title), rows, in_order=lang == "en")
        assert printed is not None, f"{title!r} is not in the contents"
        assert printed == page, title
        assert _holds(squeezed(pdf.pages[page - 1]), squeezed(title)[:20],
                      in_order=lang == "en"), title  # its heading is on that page


# ---- nothing identifying under the partner and public profiles -------------------------------

def _byte_surfaces(dossier_pdf: bytes, pdf: Readback) -> dict[str, bytes]:
    """The file's bytes: raw, every stream decompressed by pypdf, each page's content, and
    the file expanded by qpdf (uncompressed, no object streams)."""
    reader = pdf.reader
    streams = []
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        if obj is not None and hasattr(obj, "get_data"):
            streams.append(obj.get_data())
    contents = [page.get_contents().get_data() for page in reader.pages
                if page.get_contents() is not None]
    expanded = pdf.path.with_suffix(".qdf.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf.path),
                    str(expanded)], check=True)
    return {"raw bytes": dossier_pdf, "streams": b"\n".join(streams),
            "page contents": b"\n".join(contents), "qpdf --qdf": expanded.read_bytes()}


def _text_surfaces(file_name: str, pdf: Readback) -> dict[str, str]:
    layout_text = "\n".join(pdf.layout_pages)
    return {"pdftotext": pdf.text, "pdftotext -layout": layout_text,
            "pypdf text": pdf.pypdf_text(), "metadata": " ".join(pdf.metadata().values()),
            "bookmarks": " ".join(title for title, _page in pdf.outline()),
            "file name": file_name}


def _found(markers: list[str], dossier_pdf: bytes, file_name: str,
           pdf: Readback) -> dict[str, list[str]]:
    """Where each marker turns up: surface name -> the markers found there."""
    where: dict[str, list[str]] = {}
    for surface, data in _byte_surfaces(dossier_pdf, pdf).items():
        hits = [m for m in markers if m.encode() in data or m.encode("utf-16-be") in data]
        if hits:
            where[surface] = hits
    for surface, value in _text_surfaces(file_name, pdf).items():
        hits = [m for m in markers if m.lower() in squeezed(value).lower()]
        if hits:
            where[surface] = hits
    return where


@pytest.mark.parametrize(("profile", "lang"), [(PARTNER, "en"), (PARTNER, "fa"),
                                               (PUBLIC, "en"), (PUBLIC, "fa")])
def test_no_identifying_marker_appears_anywhere(render: Render, marked: Case, profile: str,
                                                lang: str) -> None:
    """Not in the bytes (raw, decompressed, expanded), the text either reader gets, the
    metadata, the bookmarks or the file name; and the identity photo is not in it."""
    dossier, pdf = render(marked.code, profile, lang, SH if lang == "fa" else Calendar.GREGORIAN)
    assert _found(list(fx.MARKERS.values()), dossier.pdf, dossier.file_name, pdf) == {}
    assert sum(len(page.images) for page in pdf.reader.pages) == 0


def test_the_asylum_authority_sees_the_identity_with_consent(render: Render,
                                                             marked: Case) -> None:
    """The control: the same scan finds every identity marker, and the photo, when the
    person consented to disclose their identity to the authorities."""
    dossier, pdf = render(marked.code, ASYLUM)
    identity = [fx.MARKERS[key] for key in fx.IDENTITY_MARKERS]
    found = _found(identity, dossier.pdf, dossier.file_name, pdf)
    assert sorted(found["pdftotext"]) == sorted(identity)
    assert sorted(found["pypdf text"]) == sorted(identity)
    assert "metadata" not in found
    assert "file name" not in found
    assert "bookmarks" not in found
    assert sum(len(page.images) for page in pdf.reader.pages) == 1


def test_without_the_consent_the_asylum_authority_gets_no_identity(
        render: Render, dossier_store: Store) -> None:
    """Consent is the second lock: the asylum profile withholds the identity without it."""
    data = fx.marked_case()
    data["consent"]["scope"] = ["record"]
    case = fx.add_case(dossier_store.db, data)
    dossier, pdf = render(case.code, ASYLUM)
    identity = [fx.MARKERS[key] for key in fx.IDENTITY_MARKERS]
    assert _found(identity, dossier.pdf, dossier.file_name, pdf) == {}
    assert label("identity", "en") not in [title for title, _page in pdf.outline()]
    assert fx.MARKERS["unit"] in pdf.text  # what the profile does show is there


# ---- notes and exhibits ---------------------------------------------------------------------

def test_every_note_leads_to_a_listed_exhibit(render: Render, marked: Case) -> None:
    """Notes are numbered 1..n in reading order, each claim carries its numbers, and each
    note names an exhibit label that the exhibit list has."""
    _dossier, pdf = render(marked.code, ASYLUM)
    notes = re.findall(r"(?m)^(\d+)\. (E\d+) ", pdf.text)
    assert [int(number) for number, _label in notes] == [1, 2, 3, 4]
    listed = set(re.findall(r"(?m)^(E\d+) +\S", _exhibit_pages(pdf)))
    assert listed == {"E1", "E2", "E3"}
    assert {exhibit for _number, exhibit in notes} <= listed
    text = squeezed(pdf.text)
    data = fx.marked_case()
    assert squeezed(data["summary"]) + "1" in text
    assert squeezed(data["risk"]["factors"][0]["assessment"]) + "2" in text
    for description, number in zip((i["description"] for i in data["incidents"]), "34",
                                   strict=True):
        assert squeezed(description) + number in text


def test_exhibit_hashes_are_the_stored_originals(render: Render, marked: Case,
                                                 dossier_store: Store, tmp_path: Path) -> None:
    """The SHA-256 printed for each exhibit is the stored source's, and hashing the
    original as exported from the store gives the same."""
    db = dossier_store.db
    _dossier, pdf = render(marked.code, ASYLUM)
    printed = dict(re.findall(r"(?ms)^(E\d+) .*?SHA-256\s+([0-9a-f]{64})\s*$",
                              _exhibit_pages(pdf)))
    assert set(printed) == {"E1", "E2", "E3"}
    titles = {source.title: source for source in sources.list_sources(db)}
    for exhibit, digest in printed.items():
        heading = re.search(rf"(?m)^{exhibit} +(.+?)\s*$", _exhibit_pages(pdf))[1]
        source = next(s for title, s in titles.items() if title.startswith(heading.strip()))
        out = tmp_path / f"{exhibit}.original"
        blobs.export_blob(db, sources.blob_of(db, source.id), out)
        assert digest == sources.get_source(db, source.id).sha256
        assert digest == hashlib.sha256(out.read_bytes()).hexdigest()


# ---- annexes ----------------------------------------------------------------------------------

_CAPTION = re.compile(r"Annex (\d+), page (\d+) of (\d+)")


def test_annexes_add_the_originals_page_for_page(render: Render, pdf_only: Case) -> None:
    """Total pages = the dossier's own + the originals' pages; each appended page shows its
    original page's sentence under its caption, and the right "Page x of y"."""
    originals = {1: fx.REPORT_PAGES, 2: fx.LETTER_PAGES}
    without, _ = render(pdf_only.code, ASYLUM, annexes=False)
    dossier, pdf = render(pdf_only.code, ASYLUM)
    total = len(pdf.reader.pages)
    assert total == dossier.pages == without.pages + sum(map(len, originals.values()))
    appended = [(number, page) for number, page in enumerate(pdf.pages, start=1)
                if _CAPTION.search(page)]
    assert [number for number, _page in appended] == list(range(without.pages + 1, total + 1))
    seen = []
    for number, page in appended:
        annex, index, count = map(int, _CAPTION.search(page).groups())
        assert count == len(originals[annex])
        assert squeezed(originals[annex][index - 1]) in squeezed(page)
        assert f"Page {number} of {total}" in page
        seen.append((annex, index))
    assert seen == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2)]


def test_a_damaged_original_is_replaced_by_a_notice(render: Render, dossier_store: Store,
                                                    files: Path) -> None:
    """A PDF kept although it cannot be read (extraction failed) gets a notice as its
    annex; the other annex is intact and the page count still adds up."""
    db = dossier_store.db
    case = fx.add_case(db, {"summary": "One good and one damaged exhibit."})
    report = next(c for c in fx.report_cites(files) if c.file.name == "report.pdf")
    damaged = fx.Cite(fx.damaged_pdf(files / "damaged.pdf"),
                      {"type": "ngo_un_report", "title": "Damaged fictional report"}, "",
                      "p. 2")
    ids = fx.attach(db, case, [report, damaged])
    assert sources.get_source(db, ids["damaged.pdf"]).extraction == "failed"
    without, _ = render(case.code, ASYLUM, annexes=False)
    dossier, pdf = render(case.code, ASYLUM)
    notice_page = dict(pdf.outline())[label("annex", "en", n=2, title="E2 Damaged fictional "
                                                                       "report")]
    assert "is damaged or is not a PDF that can be read" in pdf.pages[notice_page - 1]
    assert not _CAPTION.search(pdf.pages[notice_page - 1])
    captions = [_CAPTION.search(page).groups() for page in pdf.pages if _CAPTION.search(page)]
    assert captions == [("1", "1", "3"), ("1", "2", "3"), ("1", "3", "3")]
    assert dossier.pages == without.pages + 3 + 1  # the notice takes one page


# ---- Dari and mixed text ------------------------------------------------------------------------

_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u200c]+(?:\s+[\u0600-\u06ff\u200c]+)*")


def _in_reading_order(value: str, text: str) -> bool:
    """Whether squeezed pdftotext `text` holds `value` as typed.

    A value starting in Arabic script must come back whole, in order. One starting in
    English sits on a page pdftotext reads right to left (it takes the direction of the
    page's majority), which regroups the English runs around the Dari ones; there each
    Arabic-script run must come back in order, and every word must be there."""
    value = clean(value)
    if is_rtl(value):
        return squeezed(value) in text
    words = re.findall(r"\w+", value)
    return (all(squeezed(run) in text for run in _ARABIC_RUN.findall(value))
            and all(word in text for word in words))


def _line_right_to_left(path: Path, page: int, anchor: str) -> list[str]:
    """The words of the line holding `anchor` on `page`, as drawn from right to left,
    stripped of punctuation (pdftotext -bbox: positions, not a reader's guess at order;
    it gives each Arabic-script word's letters as drawn, left to right)."""
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path),
                           "-"], capture_output=True, text=True, check=True).stdout
    words = []
    for x, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>',
                                 bbox):
        word = clean(word[::-1] if is_rtl(clean(word)) else word)  # ligatures first
        words.append((float(y), float(x), word.strip("().")))
    line = next(y for y, _x, word in words if word == anchor)
    return [word for y, _x, word in sorted(words, key=lambda w: -w[1])
            if abs(y - line) < 8 and word]  # the two fonts' boxes differ by a few points


@pytest.mark.parametrize(("make", "entered", "months"), [
    (fx.dari_case, (fx.DARI_SUMMARY, fx.DARI_DESCRIPTION, fx.DARI_RELATIVE),
     ("میزان", "حوت", "اسد", "ثور")),
    (fx.mixed_case, (fx.MIXED_SUMMARY, fx.PASHTO_DESCRIPTION, fx.MIXED_RELATIVE),
     ("میزان", "جوزا", "اسد")),
], ids=["dari", "mixed"])
def test_dari_dossier_reads_back_in_logical_order(render: Render, dossier_store: Store,
                                                  make, entered: tuple[str, ...],
                                                  months: tuple[str, ...]) -> None:
    """Rendered in Dari with Solar Hijri dates, pdftotext gives back what was typed, in
    typed order (spaces aside), the Dari headings and the Afghan month names; a date's
    numbers stand where a Dari reader expects them."""
    case = fx.add_case(dossier_store.db, make())
    _dossier, pdf = render(case.code, ASYLUM, "fa", SH)
    text = squeezed(pdf.text)
    for value in entered:
        assert _in_reading_order(value, text), value
    for key in SECTIONS[:5]:
        assert squeezed(label(key, "fa")) in text
    for month in months:
        assert month in pdf.text
    timeline = dict(pdf.outline())[label("timeline", "fa")]
    first = _line_right_to_left(pdf.path, timeline, "میزان")
    assert first[:8] == ["1", "12", "میزان", "1400", "4", "اکتوبر", "2021", "—"]


# ---- edge cases -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def many(dossier_store: Store) -> Case:
    """200 incidents, no sources."""
    types = ("threat", "house_search", "arrest_detention", "dismissal")
    incidents = [{"type": types[n % 4], "date": f"{2021 + n // 100}-{n % 12 + 1:02d}-"
                  f"{n % 28 + 1:02d}", "province": "AF-KAB",
                  "description": f"Incident {n + 1} of a long fictional series."}
                 for n in range(200)]
    return fx.add_case(dossier_store.db, {"summary": "Many incidents.", "incidents": incidents})


def test_two_hundred_incidents_are_all_numbered_over_many_pages(render: Render,
                                                                many: Case) -> None:
    _dossier, pdf = render(many.code, ASYLUM)
    numbered = {int(n) for n in re.findall(r"(?m)^(\d+)\. \d+ \w+ 20\d\d .*—", pdf.text)}
    assert numbered == set(range(1, 201))
    marks = dict(pdf.outline())
    assert marks[label("relatives", "en")] - marks[label("timeline", "en")] >= 10


def test_a_case_without_sources_says_so_and_has_no_annexes(render: Render, many: Case) -> None:
    _dossier, pdf = render(many.code, ASYLUM)
    exhibits = dict(pdf.outline())[label("exhibits", "en")]
    assert label("no_exhibits", "en") in pdf.pages[exhibits - 1]
    assert label("annexes", "en") not in [title for title, _page in pdf.outline()]
    assert label("annexes", "en") not in pdf.text


def test_an_empty_case_renders_every_section_with_a_sentence(render: Render,
                                                             dossier_store: Store) -> None:
    """No field filled: each section is there and says what is missing, in both languages."""
    case = fx.add_case(dossier_store.db, {})
    for lang in ("en", "fa"):
        _dossier, pdf = render(case.code, ASYLUM, lang, SH)
        text = squeezed(pdf.text)
        for key in ("no_service", "no_risk", "no_incidents", "no_relatives", "no_exhibits"):
            assert squeezed(label(key, lang)) in text, key
        assert len(pdf.pages) == 3  # cover, contents, one page of sections


_WORD = re.compile(r'<page width="([\d.]+)"|<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>'
                   r"([^<]*)</word>")


def _words_outside_the_margins(path: Path) -> list[str]:
    """Words that pdftotext -bbox places beyond the left or right margin."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    width, outside = 0.0, []
    for page_width, x_min, x_max, word in _WORD.findall(bbox):
        if page_width:
            width = float(page_width)
        elif float(x_max) > width - layout.MARGIN + 0.5 or float(x_min) < layout.MARGIN - 0.5:
            outside.append(word)
    return outside


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_long_unbroken_strings_stay_inside_the_margins(render: Render, dossier_store: Store,
                                                       files: Path, lang: str) -> None:
    """A summary, a description and an exhibit's address with no space to break at wrap
    inside the frame."""
    long = "x" * 90 + "/" + "abcdefghij" * 25
    case = fx.add_case(dossier_store.db, {
        "summary": f"Before {long} after.", "person": {"current_place": "ب" * 150},
        "incidents": [{"type": "threat", "description": "ثبت" + "ت" * 300}]})
    url = "https://news.example.org/" + "-".join(["very-long-segment"] * 30)
    text = files / f"long-{lang}.txt"
    text.write_text("A fictional note about a long address.\n", encoding="utf-8")
    fx.attach(dossier_store.db, case, [fx.Cite(text, {"type": "news_article", "url": url,
                                                      "title": "T" * 200})])
    _dossier, pdf = render(case.code, ASYLUM, lang, SH)
    assert "very-long-segment" in pdf.text  # the address is there...
    assert _words_outside_the_margins(pdf.path) == []  # ...and stays inside the margins


# ---- the share log and the audit log ---------------------------------------------------------

def test_saving_a_dossier_records_its_file_in_the_share_and_audit_logs(
        dossier_store: Store, marked: Case, tmp_path: Path) -> None:
    db = dossier_store.db
    out = tmp_path / "dossier.pdf"
    dossier = save_dossier(db, DossierRequest(marked.code, PARTNER), out, "tester")
    written = hashlib.sha256(out.read_bytes()).hexdigest()
    qpdf_check(out)
    assert written == dossier.sha256
    entry = sharelog.share_log(db, marked.code)[-1]
    assert (entry.profile, entry.file_sha256, entry.method) == (PARTNER, written, METHOD)
    saved = [e for e in audit.entries(db, marked.uuid) if e.action == "dossier.save"][-1]
    assert saved.detail["file_sha256"] == written
    assert (saved.detail["profile"], saved.detail["method"]) == (PARTNER, METHOD)
    assert audit.entries(db, marked.uuid)[-2].action == "case.share"
    assert audit.verify_chain(db) == []


@pytest.mark.parametrize(("profile", "lang", "consent"), [
    ("no_such_profile", "en", True), (ASYLUM, "de", True), (PARTNER, "en", False)],
    ids=["unknown profile", "bad language", "missing consent"])
def test_a_failed_render_writes_nothing_and_records_nothing(
        dossier_store: Store, tmp_path: Path, profile: str, lang: str, consent: bool) -> None:
    db = dossier_store.db
    data = {"summary": "Refused.", "consent": {"scope": fx.ALL_CONSENT if consent else []}}
    case = fx.add_case(db, data)
    before = len(audit.entries(db))
    out = tmp_path / "dossier.pdf"
    with pytest.raises(InvalidInput):
        save_dossier(db, DossierRequest(case.code, profile, lang), out, "tester")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    assert sharelog.share_log(db, case.code) == []
    assert len(audit.entries(db)) == before
