"""`source add/list/show/export`, `cite`, source passages in `search`, and `verify` of originals,
run for real: each test starts `casefiles-cli` as a subprocess (see tests/cli/test_cli.py).

The files ingested are real files of every kind a caseworker meets, built in the tests by
tests/core/sources/fixtures.py, plus the three real saved articles in /work/shared/corpus/
(checked against tests/core/sources/corpus_expectations.py). Stores use cheap Argon2id (the `st`
fixture of test_cli.py), so the whole module runs in well under a minute.
"""
# The fixtures `cli`, `env` and `st` are imported from test_cli.py so that pytest sees them here;
# test functions taking them as arguments "redefine" the imported names.
# ruff: noqa: F811

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefiles.core.security.kdf import normalise_secret
from casefiles.core.store.driver import connect
from casefiles.core.store.key_slots import KeySlots
from tests.cli.test_cli import (  # noqa: F401  (cli, env and st are pytest fixtures)
    PASSPHRASE,
    Cli,
    Result,
    StoreInfo,
    add,
    assert_user_error,
    cli,
    env,
    lines,
    show,
    st,
    to_arabic,
    unchanged,
)
from tests.core.sources import fixtures as fx
from tests.core.sources.corpus_expectations import CORPUS

CORPUS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
ZWNJ = "\u200c"
SOURCE_KEYS = {"id", "uuid", "type", "title", "publisher", "author", "published", "url",
               "captured_on", "capture_method", "language", "reliability", "notes", "sha256",
               "original_name", "media_type", "kind", "size", "extraction", "extraction_note"}
CITATION_KEYS = {"id", "uuid", "source_id", "case_code", "incident_uuid", "risk_factor_uuid",
                 "pinpoint", "quote", "translation", "quote_check"}
FOUND_LINE = "The quote was found in the source's text."


# ---- helpers ----------------------------------------------------------------------------------

def run(cli: Cli, st: StoreInfo, *args: Any) -> Result:
    return cli(*args, store=st.path, stdin=lines(PASSPHRASE))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_add(cli: Cli, st: StoreInfo, path: Path, *options: str) -> tuple[int, Result]:
    """`source add`: exit 0, the first line of stdout is the source id."""
    result = run(cli, st, "source", "add", path, *options)
    assert result.rc == 0, result
    assert "Traceback" not in result.err
    first = result.out.splitlines()[0]
    assert re.fullmatch(r"[1-9][0-9]*", first), result.out
    return int(first), result


def source_show(cli: Cli, st: StoreInfo, source_id: int, *extra: str) -> dict:
    data = run(cli, st, "source", "show", source_id, "--json", *extra).json()
    assert set(data["source"]) == SOURCE_KEYS
    return data


def export_sha256(cli: Cli, st: StoreInfo, source_id: int, out: Path) -> str:
    result = run(cli, st, "source", "export", source_id, "--out", out)
    assert result.rc == 0, result
    assert result.out.strip() == f"Wrote the original of source {source_id} to {out}."
    return sha256_of(out)


def flat(text: str) -> str:
    """Compared form: NFKC, whitespace collapsed, and no ZWNJ (the HTML extractor drops it)."""
    return fx.normalise(text).replace(ZWNJ, "")


def working_text(data: dict) -> str:
    return flat(" ".join(segment["text"] for segment in data["text"]))


def codes(data: dict, category: str) -> set[str]:
    return {m["code"] for m in data["mentions"] if m["category"] == category}


# ---- source add: every kind of file -----------------------------------------------------------

# name -> (builder(folder) -> (path, known paragraphs), kind, media type, extraction)
Builder = Callable[[Path], tuple[Path, list[str]]]


def _pages(build: Callable[[Path], tuple[Path, list[str]]], name: str) -> Builder:
    return lambda folder: build(folder / name)


def _joined(build: Callable[[Path], tuple[Path, str]], name: str) -> Builder:
    def make(folder: Path) -> tuple[Path, list[str]]:
        path, text = build(folder / name)
        return path, text.split("\n")
    return make


def _text_file(folder: Path) -> tuple[Path, list[str]]:
    path, text = fx.text_file(folder / "note.txt")
    # The body lines; the 3-word heading "Case note (fictional)" is taken for page furniture.
    return path, text.strip().split("\n")[2:]


def _media(build: Callable[[Path], Path], name: str) -> Builder:
    return lambda folder: (build(folder / name), [])


FILE_TYPES: dict[str, tuple[Builder, str, str, str]] = {
    "pdf": (_pages(fx.english_pdf, "report.pdf"), "pdf", "application/pdf", "ok"),
    "persian pdf": (_pages(fx.persian_pdf, "gozaresh.pdf"), "pdf", "application/pdf", "ok"),
    "html": (_joined(fx.english_html, "article.html"), "html", "text/html", "ok"),
    "persian html": (_joined(fx.persian_html, "khabar.html"), "html", "text/html", "ok"),
    "mhtml": (_joined(fx.mhtml, "article.mhtml"), "mhtml", "multipart/related", "ok"),
    "docx": (_pages(fx.docx, "statement.docx"), "docx",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "ok"),
    "text": (_text_file, "text", "text/plain", "ok"),
    "jpeg": (_media(fx.jpeg, "photo.jpg"), "image", "image/jpeg", "none"),
    "png": (_media(fx.png, "photo.png"), "image", "image/png", "none"),
    "webp": (_media(fx.webp, "photo.webp"), "image", "image/webp", "none"),
    "heic": (_media(fx.heic, "photo.heic"), "image", "image/heic", "none"),
    "mp3": (_media(fx.mp3_like, "call.mp3"), "audio", "audio/mpeg", "none"),
    "mp4": (_media(fx.mp4_like, "clip.mp4"), "video", "video/mp4", "none"),
}


@pytest.mark.parametrize("name", list(FILE_TYPES))
def test_source_add_show_and_export_each_kind_of_file(cli: Cli, st: StoreInfo,
                                                       tmp_path: Path, name: str) -> None:
    build, kind, media_type, extraction = FILE_TYPES[name]
    folder = tmp_path / "files"
    folder.mkdir()
    path, paragraphs = build(folder)

    source_id, added = source_add(cli, st, path)
    out = added.out.splitlines()
    assert f"SHA-256:    {sha256_of(path)}" in out
    assert any(line.startswith(f"File:       {path.name} ({kind}, {media_type}, ")
               for line in out), added.out

    data = source_show(cli, st, source_id, "--text")
    source = data["source"]
    assert source["id"] == source_id
    assert source["kind"] == kind
    assert source["media_type"] == media_type
    assert source["extraction"] == extraction, source
    assert source["sha256"] == sha256_of(path)
    assert source["size"] == path.stat().st_size
    assert source["original_name"] == path.name
    assert source["capture_method"] == "file import"
    assert data["citations"] == []

    if extraction == "ok":
        text = working_text(data)
        for paragraph in paragraphs:
            assert flat(paragraph) in text, (paragraph, data["text"])
        if kind == "pdf":
            assert [s["pinpoint"] for s in data["text"]] == [
                f"p. {n}" for n in range(1, len(paragraphs) + 1)]
            for segment, page in zip(data["text"], paragraphs, strict=True):
                assert flat(segment["text"]) == flat(page)
        else:
            assert [s["pinpoint"] for s in data["text"]] == [
                f"para. {n}" for n in range(1, len(data["text"]) + 1)]
    else:
        assert data["text"] == []
        assert data["mentions"] == []

    exported = tmp_path / "exported" / ("copy-of-" + path.name)
    exported.parent.mkdir()
    assert export_sha256(cli, st, source_id, exported) == sha256_of(path)
    assert exported.read_bytes() == path.read_bytes()


# ---- the same file twice, list ----------------------------------------------------------------

def test_the_same_file_twice_is_stored_once_and_list(cli: Cli, st: StoreInfo,
                                                      tmp_path: Path) -> None:
    assert run(cli, st, "source", "list", "--json").json() == []
    path, _pages = fx.english_pdf(tmp_path / "report.pdf")
    first, _added = source_add(cli, st, path, "--publisher", "UNAMA", "--published",
                               "24 Asad 1400")
    photo, _added = source_add(cli, st, fx.jpeg(tmp_path / "photo.jpg"))
    with unchanged(st.path):
        again, result = source_add(cli, st, path)
    assert again == first
    assert result.out.splitlines() == [
        str(first),
        f"This file is already in the store as source {first} (same SHA-256); it was not "
        "stored again."]

    renamed = tmp_path / "renamed-copy.pdf"  # the content decides, not the name
    shutil.copyfile(path, renamed)
    report = run(cli, st, "source", "add", renamed, "--json").json()
    assert report["duplicate"] is True
    assert report["source"]["id"] == first
    assert report["source"]["original_name"] == "report.pdf"

    listed = run(cli, st, "source", "list", "--json").json()
    assert [(s["id"], s["kind"], s["title"], s["sha256"]) for s in listed] == [
        (first, "pdf", fx.PDF_TITLE, sha256_of(path)),
        (photo, "image", "photo", sha256_of(tmp_path / "photo.jpg"))]
    assert all(set(s) == SOURCE_KEYS for s in listed)
    out = run(cli, st, "source", "list").out.strip().splitlines()
    assert len(out) == 3
    assert out[-1] == "2 source(s)"
    assert re.fullmatch(rf"\s*{first}  pdf +SH 1400-05-24 UNAMA +"
                        rf"{re.escape(fx.PDF_TITLE)}", out[0]), out[0]
    assert re.fullmatch(rf"\s*{photo}  image +- +photo", out[1]), out[1]


def test_source_add_json_output(cli: Cli, st: StoreInfo, tmp_path: Path) -> None:
    path, _text = fx.text_file(tmp_path / "note.txt")
    # --type and --reliability take codes, English labels or aliases, as the case JSON does.
    result = run(cli, st, "source", "add", path, "--json", "--type", "NGO report",
                 "--reliability", "Usually reliable")
    report = result.json()
    assert set(report) == {"source", "duplicate", "notes", "proposed", "mentions"}
    assert report["duplicate"] is False
    assert report["notes"] == []
    assert set(report["source"]) == SOURCE_KEYS
    assert report["source"]["kind"] == "text"
    assert report["source"]["type"] == "ngo_un_report"
    assert report["source"]["reliability"] == "usually_reliable"
    assert {"AF-BAL"} <= {m["code"] for m in report["mentions"] if m["category"] == "province"}
    for mention in report["mentions"]:
        assert set(mention) == {"category", "code", "matched", "pinpoint", "sentence"}
        assert mention["matched"].casefold() in mention["sentence"].casefold()


# ---- metadata ---------------------------------------------------------------------------------

def test_options_override_what_the_document_proposes(cli: Cli, st: StoreInfo,
                                                      tmp_path: Path) -> None:
    path, _pages = fx.english_pdf(tmp_path / "report.pdf")
    source_id, added = source_add(
        cli, st, path, "--title", "UNAMA update on reprisals", "--publisher", "UNAMA",
        "--author", "Human Rights Service", "--url", "https://example.org/unama/update",
        "--published", "24 Asad 1400", "--language", "en", "--type", "ngo_un_report",
        "--reliability", "usually_reliable", "--notes", "Received by e-mail.")
    assert "Title:      UNAMA update on reprisals" in added.out.splitlines()
    assert "Type:       NGO or UN report" in added.out.splitlines()
    # What the document says is still shown, for the caseworker to compare.
    assert f"  title: {fx.PDF_TITLE}" in added.out.splitlines()

    data = source_show(cli, st, source_id)
    assert {k: data["source"][k] for k in ("title", "publisher", "author", "url", "published",
                                            "language", "type", "reliability", "notes")} == {
        "title": "UNAMA update on reprisals", "publisher": "UNAMA",
        "author": "Human Rights Service", "url": "https://example.org/unama/update",
        "published": "SH 1400-05-24", "language": "en", "type": "ngo_un_report",
        "reliability": "usually_reliable", "notes": "Received by e-mail."}
    assert data["proposed"]["title"] == fx.PDF_TITLE
    assert data["proposed"]["author"] == fx.PDF_AUTHOR
    shown = run(cli, st, "source", "show", source_id).out.splitlines()
    assert "Published:  24 Asad 1400 (15 August 2021)" in shown


def test_without_options_the_documents_metadata_is_proposed_and_used(
        cli: Cli, st: StoreInfo, tmp_path: Path) -> None:
    pdf, pages = fx.english_pdf(tmp_path / "report.pdf")
    html, _text = fx.english_html(tmp_path / "article.html")
    pdf_id, added = source_add(cli, st, pdf)
    out = added.out.splitlines()
    assert "Proposed by the document (check them):" in out
    assert f"  title: {fx.PDF_TITLE}" in out
    assert f"  author: {fx.PDF_AUTHOR}" in out
    html_id, _added = source_add(cli, st, html)

    pdf_data = source_show(cli, st, pdf_id)
    assert pdf_data["proposed"]["title"] == fx.PDF_TITLE
    assert pdf_data["proposed"]["author"] == fx.PDF_AUTHOR
    assert pdf_data["source"]["title"] == fx.PDF_TITLE
    assert pdf_data["source"]["author"] == fx.PDF_AUTHOR
    assert pdf_data["source"]["published"] == "2024-03-05"
    assert pdf_data["source"]["type"] == "other"
    shown = run(cli, st, "source", "show", pdf_id)
    assert shown.rc == 0, shown
    out = shown.out.splitlines()
    assert out[0] == str(pdf_id)
    assert f"Title:      {fx.PDF_TITLE}" in out
    assert "Text:       extracted" in out
    assert f"Author:     {fx.PDF_AUTHOR}" in out
    assert "Published:  5 March 2024 (15 Hut 1402)" in out
    assert "Mentions:" in out
    text = run(cli, st, "source", "show", pdf_id, "--text")
    assert text.rc == 0, text
    blocks = text.out.strip().split("\n\n")
    assert len(blocks) == len(pages)
    for n, (block, page) in enumerate(zip(blocks, pages, strict=True), start=1):
        assert block.startswith(f"[p. {n}] ")
        assert fx.normalise(block.removeprefix(f"[p. {n}] ")) == fx.normalise(page)

    html_data = source_show(cli, st, html_id)
    meta = fx.ENGLISH_META
    proposed, source = html_data["proposed"], html_data["source"]
    assert proposed["title"] in {meta["og_title"], meta["title"]}
    assert proposed["author"] == meta["author"]
    assert proposed["publisher"] == meta["site_name"]
    assert proposed["url"] == meta["url"]
    assert {k: source[k] for k in ("title", "author", "publisher", "url", "published", "type")} \
        == {"title": proposed["title"], "author": meta["author"], "publisher": meta["site_name"],
            "url": meta["url"], "published": "2025-01-14", "type": "news_article"}


# ---- the real saved articles ------------------------------------------------------------------

CORPUS_MUST_MENTION = {
    "rasc-balkh-nds-dismissals-2025.txt": {"province": {"AF-BAL", "AF-KAB"},
                                          "institution": {"nds"},
                                          "incident": {"dismissal"}},
    "rasc-deportations-detentions-2024.txt": {"province": {"AF-TAK", "AF-BDS", "AF-PAR"},
                                             "institution": {"ana", "anp"},
                                             "country": {"IR", "PK"},
                                             "incident": {"deportation_forced_return"}},
    "factcheck-amnesty-not-fully-committed-2021.txt": {"province": {"AF-KAB", "AF-FYB"},
                                                      "country": {"US"},
                                                      "incident": {"killing"}},
}


@pytest.mark.parametrize("article", sorted(CORPUS_MUST_MENTION))
def test_real_articles(cli: Cli, st: StoreInfo, tmp_path: Path, article: str) -> None:
    path = CORPUS_DIR / article
    assert path.is_file(), f"corpus article missing: {path}"
    source_id, added = source_add(cli, st, path)
    data = source_show(cli, st, source_id, "--text")
    assert data["source"]["kind"] == "text"
    assert data["source"]["extraction"] == "ok"
    assert data["source"]["sha256"] == sha256_of(path)

    for category, expected in CORPUS_MUST_MENTION[article].items():
        assert expected <= codes(data, category), (category, codes(data, category))
    # Every province named is one the main text names ("Herat" is only in Related Articles).
    assert codes(data, "province") <= CORPUS[article]["provinces"]

    text = working_text(data)
    for sentence in CORPUS[article]["keeps"]:
        assert flat(sentence) in text, sentence
    text_lines = {fx.normalise(line) for s in data["text"] for line in s["text"].splitlines()}
    for furniture in CORPUS[article]["drops"]:
        assert fx.normalise(furniture) not in text_lines, furniture
    for furniture in ("Related Articles", "Sign in to your account", "Lost your password",
                      "Lorem ipsum", "© 2023 RASC"):
        assert furniture not in text, furniture
    exported = tmp_path / "article-copy.txt"
    assert export_sha256(cli, st, source_id, exported) == sha256_of(path)

    if article == "rasc-balkh-nds-dismissals-2025.txt":
        out = added.out.splitlines()
        assert ("Title:      Taliban Dismiss Five Former Intelligence Officers in Balkh as "
                "Targeted Purges Intensify") in out
        provinces = next(line for line in out if line.startswith("  Provinces: "))
        institutions = next(line for line in out if line.startswith("  Institutions: "))
        assert "Balkh" in provinces
        assert "Herat" not in provinces
        assert "National Directorate of Security" in institutions
        balkh = [m for m in data["mentions"] if m["code"] == "AF-BAL"]
        assert balkh
        assert all("Balkh" in m["sentence"] and m["pinpoint"].startswith("para. ")
                   for m in balkh)
        assert data["source"]["published"] == "2025-06-14"


# ---- bad input --------------------------------------------------------------------------------

def _empty(folder: Path) -> list[str]:
    (folder / "empty.pdf").write_bytes(b"")
    return [str(folder / "empty.pdf")]


def _folder(folder: Path) -> list[str]:
    (folder / "a folder.pdf").mkdir()
    return [str(folder / "a folder.pdf")]


def _missing(folder: Path) -> list[str]:
    return [str(folder / "no such file.pdf")]


def _bad_type(folder: Path) -> list[str]:
    return [str(fx.text_file(folder / "note.txt")[0]), "--type", "newspaper"]


def _bad_date(folder: Path) -> list[str]:
    return [str(fx.text_file(folder / "note.txt")[0]), "--published", "31 Foo 2020"]


def _impossible_date(folder: Path) -> list[str]:
    return [str(fx.text_file(folder / "note.txt")[0]), "--published", "2021-13-45"]


def _bad_reliability(folder: Path) -> list[str]:
    return [str(fx.text_file(folder / "note.txt")[0]), "--reliability", "trustworthy"]


BAD_ADDS: dict[str, tuple[Callable[[Path], list[str]], tuple[str, ...]]] = {
    "zero-byte file": (_empty, ("empty.pdf", "is empty (0 bytes)")),
    "folder": (_folder, ("a folder.pdf", "is a folder, not a file")),
    "missing file": (_missing, ("There is no file at", "no such file.pdf")),
    "unknown type": (_bad_type, ("type:", "'newspaper'", "news_article")),
    "bad date": (_bad_date, ("published:", "'31 Foo 2020'")),
    "impossible date": (_impossible_date, ("published:", "Month 13")),
    "unknown reliability": (_bad_reliability, ("reliability:", "'trustworthy'")),
}


@pytest.mark.parametrize("case", list(BAD_ADDS))
def test_source_add_user_errors_change_nothing(cli: Cli, st: StoreInfo,
                                                tmp_path: Path, case: str) -> None:
    build, fragments = BAD_ADDS[case]
    folder = tmp_path / "files"
    folder.mkdir()
    args = build(folder)
    with unchanged(st.path):
        result = run(cli, st, "source", "add", *args)
    assert_user_error(result, 1, *fragments)


def test_a_file_over_the_size_limit_is_refused(cli: Cli, st: StoreInfo,
                                               tmp_path: Path) -> None:
    # The default limit (4 GB). A sparse file just over it is refused by its size before
    # anything is read, so this costs no disk space or time.
    big = tmp_path / "huge.mp4"
    with big.open("wb") as f:
        f.truncate(4_000_000_001)
    with unchanged(st.path):
        result = run(cli, st, "source", "add", big)
    assert_user_error(result, 1, "huge.mp4", "over the size limit of 4.0 GB")


def test_the_size_limit_set_with_settings_is_enforced(cli: Cli, st: StoreInfo,
                                                      tmp_path: Path) -> None:
    result = run(cli, st, "settings", "source_size_limit", "2KB")
    assert result.rc == 0, result
    at_limit = tmp_path / "at-limit.txt"
    at_limit.write_bytes(b"Balkh " * 333 + b"xx")  # 2,000 bytes
    over = tmp_path / "over-limit.txt"
    over.write_bytes(b"Balkh " * 333 + b"xxx")  # 2,001 bytes
    with unchanged(st.path):
        result = run(cli, st, "source", "add", over)
    assert_user_error(result, 1, "over-limit.txt", "2.0 KB", "over the size limit of 2.0 KB")
    source_add(cli, st, at_limit)


@pytest.mark.parametrize("damaged", ["truncated", "garbage"])
def test_a_damaged_pdf_is_kept_with_failed_extraction(cli: Cli, st: StoreInfo,
                                                       tmp_path: Path, damaged: str) -> None:
    path = (fx.truncated_pdf if damaged == "truncated" else fx.garbage_pdf)(tmp_path / "r.pdf")
    source_id, added = source_add(cli, st, path)
    out = added.out.splitlines()
    assert "Text:       FAILED: the original is kept, but its text could not be read" in out
    note = next(line for line in out if line.startswith("Note: "))
    assert "The PDF cannot be read" in note
    assert "The original is kept unchanged." in note

    data = source_show(cli, st, source_id, "--text")
    assert data["source"]["kind"] == "pdf"
    assert data["source"]["extraction"] == "failed"
    assert "original is kept" in data["source"]["extraction_note"]
    assert data["source"]["sha256"] == sha256_of(path)
    assert data["text"] == []
    assert export_sha256(cli, st, source_id, tmp_path / "back.pdf") == sha256_of(path)


def test_a_png_named_pdf_is_read_as_an_image(cli: Cli, st: StoreInfo,
                                             tmp_path: Path) -> None:
    path = fx.lying_extension(tmp_path)
    assert path.name == "report.pdf"
    source_id, added = source_add(cli, st, path)
    assert ("Note: report.pdf is named as a PDF but its content is an image; it is read as an "
            "image.") in added.out.splitlines()
    data = source_show(cli, st, source_id)
    assert data["source"]["kind"] == "image"
    assert data["source"]["media_type"] == "image/png"
    assert data["source"]["extraction"] == "none"
    assert data["source"]["type"] == "photo"
    assert "report.pdf" in data["source"]["extraction_note"]
    assert "PDF" in data["source"]["extraction_note"]
    assert "image" in data["source"]["extraction_note"]
    assert export_sha256(cli, st, source_id, tmp_path / "back.png") == sha256_of(path)


ENCODINGS = {
    # The whole page is windows-1256 but says utf-8: it should read as the legacy text.
    "mislabelled": (fx.mislabelled_html, fx.PERSIAN_PARAGRAPHS_CP1256),
    # One paragraph is windows-1256 inside a utf-8 page.
    "mixed": (fx.mixed_encoding_html, [
        fx.PERSIAN_PARAGRAPHS_CP1256[i] if i == fx.MIXED_SPLICED_INDEX else p
        for i, p in enumerate(fx.PERSIAN_PARAGRAPHS)]),
}


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_windows_1256_in_a_page_is_read_and_noted(cli: Cli, st: StoreInfo,
                                                  tmp_path: Path, name: str) -> None:
    build, paragraphs = ENCODINGS[name]
    path = build(tmp_path / "khabar.html")
    source_id, added = source_add(cli, st, path)
    note = next(line for line in added.out.splitlines() if line.startswith("Note: "))
    assert "windows-1256" in note
    data = source_show(cli, st, source_id, "--text")
    assert data["source"]["kind"] == "html"
    assert data["source"]["extraction"] == "ok"
    assert "windows-1256" in data["source"]["extraction_note"]
    text = working_text(data)
    assert "\ufffd" not in text
    for paragraph in paragraphs:
        assert flat(paragraph) in text, (paragraph, data["text"])
    assert export_sha256(cli, st, source_id, tmp_path / "back.html") == sha256_of(path)


# ---- export -----------------------------------------------------------------------------------

def test_export_refuses_to_overwrite_without_force(cli: Cli, st: StoreInfo,
                                                   tmp_path: Path) -> None:
    path = fx.png(tmp_path / "photo.png")
    source_id, _added = source_add(cli, st, path)
    out = tmp_path / "existing.png"
    out.write_bytes(b"keep me")
    with unchanged(st.path):
        result = run(cli, st, "source", "export", source_id, "--out", out)
    assert_user_error(result, 1, str(out), "already exists", "--force")
    assert out.read_bytes() == b"keep me"

    result = run(cli, st, "source", "export", source_id, "--out", out, "--force")
    assert result.rc == 0, result
    assert out.read_bytes() == path.read_bytes()

    result = run(cli, st, "source", "export", source_id, "--out", tmp_path / "no" / "x.png")
    assert_user_error(result, 1, "does not exist")
    assert not (tmp_path / "no").exists()
    for command in (["source", "export", "999", "--out", tmp_path / "x.png"],
                    ["source", "show", "999"]):
        with unchanged(st.path):
            result = run(cli, st, *command)
        assert_user_error(result, 1, "There is no source 999 in this store.")
    assert not (tmp_path / "x.png").exists()


# ---- cite -------------------------------------------------------------------------------------

CITED_CASE = {
    "person": {"pseudonym": "Cited-1", "origin_province": "AF-NAN"},
    "incidents": [
        {"type": "arrest_detention", "date": "2022-04-01", "province": "AF-NAN",
         "description": "Held at a checkpoint."},
        {"type": "threat", "date": "2021-09", "province": "AF-NAN",
         "description": "Written threat at a relative's door."},
    ],
}
QUOTE = ("received a written threat at the door of a relative's house in Jalalabad, "
         "Nangarhar province")


def test_cite_checks_the_quote_against_the_text(cli: Cli, st: StoreInfo,
                                                tmp_path: Path) -> None:
    code = add(cli, st.path, CITED_CASE)
    path, _pages = fx.english_pdf(tmp_path / "report.pdf")
    source_id, _added = source_add(cli, st, path)

    found = run(cli, st, "cite", source_id, "--case", code, "--incident", "1",
                "--pinpoint", "p. 2", "--quote", QUOTE)
    assert found.rc == 0, found
    assert found.err == ""
    first = found.out.splitlines()
    assert re.fullmatch(r"[1-9][0-9]*", first[0])
    assert first[1:] == [FOUND_LINE]

    missing = run(cli, st, "cite", source_id, "--case", code.lower(), "--pinpoint", "p. 3",
                  "--quote", "the officer was released without charge",
                  "--translation", "English original")
    assert missing.rc == 0, missing
    second = missing.out.splitlines()
    assert re.fullmatch(r"[1-9][0-9]*", second[0])
    assert len(second) == 2
    assert second[1].startswith("Warning: the quote was not found")

    unchecked = run(cli, st, "cite", source_id, "--case", code, "--pinpoint", "p. 1")
    assert unchecked.rc == 0, unchecked
    assert len(unchecked.out.splitlines()) == 1

    case = show(cli, st.path, code)
    # Incident 1 is the first in timeline order (the threat of 2021-09), not in input order.
    threat = next(i for i in case["incidents"] if i["type"] == "threat")
    cited = case["citations"]
    assert [set(c) for c in cited] == [CITATION_KEYS] * 3
    assert [(c["id"], c["source_id"], c["case_code"], c["incident_uuid"], c["pinpoint"],
             c["quote"], c["translation"], c["quote_check"]) for c in cited] == [
        (int(first[0]), source_id, code, threat["uuid"], "p. 2", QUOTE, "", "found"),
        (int(second[0]), source_id, code, "", "p. 3", "the officer was released without charge",
         "English original", "not_found"),
        (int(unchecked.out.strip()), source_id, code, "", "p. 1", "", "", "unchecked"),
    ]

    shown = run(cli, st, "source", "show", source_id).out.splitlines()
    assert "Cited by:" in shown
    assert f"  {code}  p. 2" in shown
    assert f"  {code}  p. 3  (quote not found in the text)" in shown


def test_cite_by_incident_uuid_and_quote_typed_with_arabic_letters(
        cli: Cli, st: StoreInfo, tmp_path: Path) -> None:
    code = add(cli, st.path, CITED_CASE)
    path, _text = fx.persian_html(tmp_path / "khabar.html")
    source_id, _added = source_add(cli, st, path)
    arrest = next(i for i in show(cli, st.path, code)["incidents"]
                  if i["type"] == "arrest_detention")
    quote = to_arabic("با نام مستعار احمد کریمی")
    result = run(cli, st, "cite", source_id, "--case", code, "--incident", arrest["uuid"],
                 "--pinpoint", "para. 4", "--quote", quote)
    assert result.rc == 0, result
    assert result.out.splitlines()[1:] == [FOUND_LINE]
    (citation,) = show(cli, st.path, code)["citations"]
    assert citation["incident_uuid"] == arrest["uuid"]
    assert citation["quote"] == quote
    assert citation["quote_check"] == "found"


def test_cite_user_errors_change_nothing(cli: Cli, st: StoreInfo,
                                         tmp_path: Path) -> None:
    code = add(cli, st.path, CITED_CASE)
    path, _pages = fx.english_pdf(tmp_path / "report.pdf")
    source_id, _added = source_add(cli, st, path)
    errors = [
        (["cite", "999", "--case", code, "--pinpoint", "p. 1"],
         ("There is no source 999 in this store.",)),
        (["cite", source_id, "--case", code, "--incident", "3", "--pinpoint", "p. 1"],
         (code, "2 incident(s)", "no incident 3")),
        (["cite", source_id, "--case", code, "--incident", "0", "--pinpoint", "p. 1"],
         ("no incident 0",)),
        (["cite", source_id, "--case", code, "--incident",
          "00000000-0000-4000-8000-000000000000", "--pinpoint", "p. 1"],
         ("00000000-0000-4000-8000-000000000000",)),
        (["cite", source_id, "--case", "CF-0000-0000", "--pinpoint", "p. 1"],
         ("CF-0000-0000",)),
    ]
    for args, fragments in errors:
        with unchanged(st.path):
            result = run(cli, st, *args)
        assert_user_error(result, 1, *fragments)
    assert show(cli, st.path, code)["citations"] == []
    usage = run(cli, st, "cite", source_id, "--case", code)  # --pinpoint is required
    assert usage.rc == 2
    assert "--pinpoint" in usage.err


def test_one_source_cited_by_two_cases(cli: Cli, st: StoreInfo,
                                       tmp_path: Path) -> None:
    first = add(cli, st.path, CITED_CASE)
    second = add(cli, st.path, {"person": {"pseudonym": "Cited-2"}})
    path, _pages = fx.english_pdf(tmp_path / "report.pdf")
    source_id, _added = source_add(cli, st, path)
    for code, pinpoint in ((first, "p. 2"), (second, "p. 1")):
        result = run(cli, st, "cite", source_id, "--case", code, "--pinpoint", pinpoint)
        assert result.rc == 0, result
    cited = source_show(cli, st, source_id)["citations"]
    assert sorted((c["case_code"], c["pinpoint"], c["source_id"]) for c in cited) == sorted(
        [(first, "p. 2", source_id), (second, "p. 1", source_id)])
    assert [c["case_code"] for c in cited] == sorted([first, second])
    assert [c["case_code"] for c in show(cli, st.path, second)["citations"]] == [second]


# ---- search -----------------------------------------------------------------------------------

def test_search_finds_passages_of_sources(cli: Cli, st: StoreInfo,
                                          tmp_path: Path) -> None:
    pdf, _pages = fx.english_pdf(tmp_path / "report.pdf")
    html, _text = fx.persian_html(tmp_path / "khabar.html")
    pdf_id, _added = source_add(cli, st, pdf)
    html_id, _added = source_add(cli, st, html)
    case = add(cli, st.path, {"person": {"pseudonym": "Searcher"},
                              "summary": "Lived in Jalalabad until 2022."})

    result = run(cli, st, "search", "Jalalabad", "--json").json()
    assert [hit["code"] for hit in result["hits"]] == [case]
    passages = result["sources"]
    assert set(passages) == {"total", "ranked", "hits"}
    assert passages["total"] == 1
    assert passages["ranked"] is True
    (hit,) = passages["hits"]
    assert set(hit) == {"source_id", "title", "pinpoint", "snippet"}
    assert (hit["source_id"], hit["title"], hit["pinpoint"]) == (pdf_id, fx.PDF_TITLE, "p. 2")
    assert "[Jalalabad]" in hit["snippet"]

    text = run(cli, st, "search", "Jalalabad")
    assert text.rc == 0, text
    out = text.out.strip().splitlines()
    assert f"source {pdf_id}, p. 2  {fx.PDF_TITLE}" in out
    assert out[-1] == "1 of 1 matching passage(s) in sources, best first"

    # "کریمی" typed on an Arabic keyboard (kaf U+0643, yeh U+064A).
    arabic = to_arabic("کریمی")
    passages = run(cli, st, "search", arabic, "--json").json()["sources"]
    assert [(h["source_id"], h["pinpoint"]) for h in passages["hits"]] == [(html_id, "para. 4")]
    assert "احمد" in passages["hits"][0]["snippet"]
    passages = run(cli, st, "search", to_arabic("امنیت ملی"), "--json").json()["sources"]
    assert {h["source_id"] for h in passages["hits"]} == {html_id}
    assert passages["total"] == len(passages["hits"]) >= 1

    nothing = run(cli, st, "search", "Herat", "--json").json()  # only in the page's furniture
    assert nothing["sources"] == {"total": 0, "ranked": True, "hits": []}


# ---- verify -----------------------------------------------------------------------------------

def flip_one_byte_of_the_first_stored_chunk(store: Path) -> None:
    """Change an original inside the database, with the key but outside casefiles."""
    key = KeySlots.load(store / "keyslots.json").unwrap("passphrase",
                                                        normalise_secret(PASSPHRASE))
    conn = connect(str(store / "casefiles.db"), key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        chunk_id, data = conn.execute(
            "SELECT id, data FROM blob_chunks WHERE id = (SELECT min(id) FROM blob_chunks)"
        ).fetchone()
        changed = bytearray(data)
        changed[len(changed) // 2] ^= 0x01
        conn.execute("UPDATE blob_chunks SET data = ? WHERE id = ?", (bytes(changed), chunk_id))
        conn.commit()
    finally:
        conn.close()


def test_verify_rehashes_source_originals(cli: Cli, st: StoreInfo,
                                          tmp_path: Path) -> None:
    pdf, _pages = fx.english_pdf(tmp_path / "report.pdf")
    photo = fx.jpeg(tmp_path / "photo.jpg")
    pdf_id, _added = source_add(cli, st, pdf)
    photo_id, _added = source_add(cli, st, photo)

    ok = run(cli, st, "verify")
    assert ok.rc == 0, ok
    assert ok.err == ""
    assert ok.out.strip().splitlines() == [
        "OK      encrypted pages", "OK      database structure", "OK      audit log chain",
        "OK      search index", "OK      source originals"]

    flip_one_byte_of_the_first_stored_chunk(st.path)

    failed = run(cli, st, "verify")
    assert failed.rc == 1, failed
    assert "Traceback" not in failed.err
    assert failed.err.strip() == "verify found 1 problem(s)."
    out = failed.out.strip().splitlines()
    assert out[:4] == ["OK      encrypted pages", "OK      database structure",
                       "OK      audit log chain", "OK      search index"]
    assert out[4] == "FAILED  source originals"
    assert len(out) == 6
    problem = out[5].strip()
    assert problem.startswith(f"source {pdf_id}: ")
    assert f"source {photo_id}" not in problem
    assert sha256_of(pdf)[:12] in problem

    checks = cli("verify", "--json", store=st.path, stdin=lines(PASSPHRASE))
    assert checks.rc == 1
    data = json.loads(checks.out)
    by_name = {c["check"]: c for c in data}
    assert by_name["source originals"]["ok"] is False
    assert by_name["source originals"]["problems"] == [problem]
    assert all(c["ok"] for name, c in by_name.items() if name != "source originals")


def test_source_commands_need_the_passphrase(cli: Cli, st: StoreInfo,
                                             tmp_path: Path) -> None:
    path = fx.png(tmp_path / "photo.png")
    with unchanged(st.path):
        result = cli("source", "add", path, store=st.path, stdin=lines("wrong passphrase"))
    assert_user_error(result, 3, "Wrong passphrase")
