"""Benchmark: rendering a case's PDF dossier, against a bare reportlab document of as many pages.

Everything goes through the real `render_dossier` (profile "asylum_authority", English, every
section, annexes on) on a store made with `Store.create`, the case added with `add_case`, its
sources taken in with `ingest_file` (given a source type the profile lets out, so that every
cited source becomes an exhibit and an annex) and cited with `add_citation`. The case records
consent to "record" and "identity_to_authorities", so the identity section and the
identity-bearing sources (witness statements, photos) are in.

    .venv/bin/python -m bench.dossier [--runs 5] [--big-pdfs 20] [--big-pdf-pages 20]
                                      [--big-incidents 200] [--profile typical|big]

1. A typical case: 10 incidents (each with a 40-90 word description), a summary, two service
   records, two relatives, three risk factors, an identity; 15 sources: 8 English PDFs of 2-8
   pages (40 annex pages in all, reportlab text as bench.sources makes them), 2 saved news
   pages and 2 plain-text notes (bench.sources' builders: one of each in Dari), 3 JPEG photos
   of 1600x1200 (the size a messenger app sends a phone photo at: gradients, shapes and
   sensor-like noise, about 200 KB each). The summary cites 3 sources and each incident 2, 23
   citations in all, every source at least once. Render time is the median of `--runs` runs
   after one untimed warm-up.
   The baseline is a bare reportlab `SimpleDocTemplate` (A4, its default margins) of plain
   `Paragraph`s in the sample stylesheet's BodyText (Helvetica, nothing embedded) holding
   fixture-like English sentences, as many as fill exactly the dossier's page count (found
   once, untimed, before the runs); each run makes the Paragraphs afresh and builds the
   document into memory. A second baseline, the same document in DejaVu Sans (the dossier's
   Latin font, embedded and subset as the dossier embeds it), is shown too, so that the part
   of the ratio that is font embedding can be told from the rest. The runs alternate dossier,
   bare, bare-TTF in the same process, so a change in what else the machine does weighs on
   all alike.
   The breakdown times, inside the same runs, the pieces `render_dossier` calls (wrapped for
   the run, not changed): `content.gather` (reading and redacting the case, its citations and
   sources), `annex_flowables` (reading the originals out of the store, counting PDF pages,
   re-encoding images), each layout pass of `multiBuild` (reportlab's `build`; the table of
   contents needs a second pass to know its page numbers, a third if they moved), the final
   save (the numbered canvas draws every footer, then the PDF is written), and
   `lay_originals` (pypdf reads the rendered dossier and each original, lays each original
   page onto its placeholder page, writes it all out again). "other" is the rest: the cover
   and the sections' flowables, the SHA-256.
2. A long dossier: `--big-pdfs` PDFs of `--big-pdf-pages` pages each (400 annex pages by
   default), 4 news pages, 4 notes and 4 photos made as in 1., and a case of `--big-incidents`
   incidents (each with a 60-140 word description and 2 citations; the summary cites 5), about
   500 pages in all (the count is printed). The store is built in this process; the dossier is
   rendered once, in a fresh subprocess that imports everything and opens the store first:
   its time (with the same breakdown), its peak RSS (VmHWM of the child's own address space)
   and the increase over its RSS just before `render_dossier`, as bench.sources measures the
   ingest of a big file.

Targets (issue #5): the typical case within 3x of the bare document and under 2 s; the
500-page dossier under 20 s and under 400 MB of peak memory.

`--profile typical|big` skips the benchmark and prints a cProfile of one render (after a
warm-up) instead. Run from the repository root (the file builders come from
tests/core/sources/fixtures.py).
"""

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.sources import (
    EN_SENTENCES,
    FAST_KDF,
    FILLER,
    PASSPHRASE,
    _status_kib,
    _varied,
    make_html,
    make_texts,
)
from casefiles.core.dossier import layout, render
from casefiles.core.dossier.content import gather
from casefiles.core.dossier.render import DossierRequest, render_dossier
from casefiles.core.dossier.text import LATIN, register_fonts
from casefiles.core.exchange.redaction import load_profile
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation
from casefiles.core.model.vocab import vocabulary
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import cases, citations, sources
from casefiles.core.store.store import Store
from tests.core.sources import fixtures as fx

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024
PROFILE = "asylum_authority"
TYPICAL_PDF_PAGES = [2, 3, 4, 5, 5, 6, 7, 8]  # 40 annex pages
PHOTO_SIZE = (1600, 1200)


# ---- files ---------------------------------------------------------------------------------

def _text(rng: random.Random, sentences: int) -> str:
    return _varied(rng, EN_SENTENCES, FILLER["en"], sentences)


def _words(rng: random.Random, low: int, high: int) -> str:
    """Fixture-like English of `low`-`high` words, ending in a full stop."""
    n = rng.randint(low, high)
    words: list[str] = []
    while len(words) < n:
        words += _text(rng, 1).split()
    return " ".join(words[:n]).rstrip(".,;:") + "."


def make_pdfs(folder: Path, page_counts: list[int], rng: random.Random) -> list[Path]:
    folder.mkdir()
    return [fx.english_pdf(folder / f"report-{i:03}.pdf",
                           [_text(rng, rng.randint(8, 12)) for _page in range(pages)])[0]
            for i, pages in enumerate(page_counts)]


def make_photos(folder: Path, n: int, rng: random.Random) -> list[Path]:
    """JPEGs of PHOTO_SIZE: a colour gradient, a few shapes, noise; about 200 KB each."""
    from PIL import Image, ImageDraw, ImageFilter

    folder.mkdir()
    files = []
    w, h = PHOTO_SIZE
    for i in range(n):
        channels = [Image.linear_gradient("L").rotate(rng.randint(0, 359)).resize((w, h))
                    for _c in range(3)]
        picture = Image.merge("RGB", channels)
        draw = ImageDraw.Draw(picture)
        for _shape in range(12):
            x, y = rng.randint(0, w - 200), rng.randint(0, h - 200)
            fill = tuple(rng.randint(0, 255) for _c in range(3))
            draw.rectangle((x, y, x + rng.randint(40, 400), y + rng.randint(40, 300)), fill=fill)
        picture = picture.filter(ImageFilter.GaussianBlur(2))
        noise = Image.effect_noise((w, h), 24).convert("RGB")
        picture = Image.blend(picture, noise, 0.12)
        path = folder / f"photo-{i:02}.jpg"
        picture.save(path, "JPEG", quality=85)
        files.append(path)
    return files


# ---- the store -----------------------------------------------------------------------------

def _date(rng: random.Random) -> str:
    return f"{rng.randint(2021, 2025)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"


def case_json(rng: random.Random, n_incidents: int, words: tuple[int, int]) -> dict[str, Any]:
    provinces = vocabulary("provinces").codes()
    incident_types = vocabulary("incident_types").codes()
    return {
        "summary": _words(rng, 80, 120),
        "consent": {"given_on": "2024-02-11", "scope": ["record", "identity_to_authorities"],
                    "recorded_by": "bench"},
        "person": {"pseudonym": "Heron", "sex": "male", "birth": "~1986",
                   "origin_province": provinces[0], "origin_district": "Daman",
                   "current_country": "PK", "current_place": "Quetta",
                   "situation": "in_pakistan", "situation_since": "2023-04"},
        "identity": {"full_name": "Fictional Name Karimi", "father_name": "Fictional Father",
                     "tazkira_number": "1399-0101-00000", "date_of_birth": "~1986",
                     "phone_numbers": ["+93 700 000 000"]},
        "service": [
            {"institution": "anp", "rank": "captain", "unit": _words(rng, 4, 8),
             "position": "deputy district police chief", "province": provinces[0],
             "started": "2009", "ended": "2016", "notes": _words(rng, 20, 40)},
            {"institution": "nds", "rank": "major", "unit": _words(rng, 4, 8),
             "position": "section head", "province": provinces[1], "started": "2016",
             "ended": "2021-08", "with_international_forces": True,
             "international_partner": "a fictional training mission"},
        ],
        "incidents": [{"type": rng.choice(incident_types), "date": _date(rng),
                       "province": rng.choice(provinces), "district": "Daman",
                       "perpetrator": _words(rng, 3, 8).rstrip("."),
                       "description": _words(rng, *words), "status_after": "in_hiding_afghanistan",
                       "verification": rng.choice(["confirmed", "likely", "possible"])}
                      for _i in range(n_incidents)],
        "relatives": [{"relation": relation, "pseudonym": pseudonym, "incident_type": "threat",
                       "date": _date(rng), "what_happened": _words(rng, 15, 30)}
                      for relation, pseudonym in (("brother", "Rowan"), ("father", "Cedar"))],
        "risk": {"guidance": "EUAA Country Guidance: Afghanistan (May 2024), 3.1",
                 "conclusion": _words(rng, 15, 25), "assessed_on": "2024-03-02",
                 "factors": [{"factor": factor, "present": True,
                              "assessment": _words(rng, 20, 40)}
                             for factor in ("role_visibility", "area_of_origin",
                                            "prior_detention")]},
    }


def _ingest(db: Any, path: Path, given: dict[str, str]) -> int:
    report = ingest_file(db, path, "bench", given=given)
    assert not report.duplicate, path
    return report.source.id


def build_store(path: Path, files: dict[str, list[Path]], case: dict[str, Any],
                cites_per_incident: int, summary_cites: int) -> tuple[str, int]:
    """A store holding one case citing every file; returns (case code, citations)."""
    store = Store.create(path, PASSPHRASE, kdf=FAST_KDF, actor="bench")[0]
    db = store.db
    types = {"pdf": "ngo_un_report", "html": "news_article", "text": "witness_statement",
             "photo": "photo"}
    source_ids = []
    for kind, paths in files.items():
        for n, file in enumerate(paths, start=1):
            source_ids.append(_ingest(db, file, {
                "type": types[kind], "title": f"Fictional {kind} source {n}: " + file.stem,
                "publisher": "Fictional Monitoring Group", "published": "2024-05"}))
    added = cases.add_case(db, serial.from_json(Case, case), "bench")
    claims = [""] * summary_cites + [incident.uuid for incident in added.incidents
                                     for _c in range(cites_per_incident)]
    for n, claim in enumerate(claims):
        source_id = source_ids[n % len(source_ids)]
        segments = sources.working_text(db, source_id)
        pinpoint, words = segments[n % len(segments)] if segments else ("", "")
        citations.add_citation(db, Citation(
            source_id=source_id, case_code=added.code, incident_uuid=claim,
            pinpoint=pinpoint or "photo", quote=" ".join(words.split()[:12])), "bench")
    store.close()
    return added.code, len(claims)


def typical_store(workdir: Path, rng: random.Random) -> tuple[Path, str, int]:
    files = {"pdf": make_pdfs(workdir / "pdf", TYPICAL_PDF_PAGES, rng),
             "html": make_html(workdir / "html", 2, rng),
             "text": make_texts(workdir / "text", 2, rng),
             "photo": make_photos(workdir / "photo", 3, rng)}
    code, cited = build_store(workdir / "typical-store", files, case_json(rng, 10, (40, 90)),
                              cites_per_incident=2, summary_cites=3)
    return workdir / "typical-store", code, cited


def big_store(workdir: Path, rng: random.Random, pdfs: int, pages: int,
              incidents: int) -> tuple[Path, str, int]:
    files = {"pdf": make_pdfs(workdir / "big-pdf", [pages] * pdfs, rng),
             "html": make_html(workdir / "big-html", 4, rng),
             "text": make_texts(workdir / "big-text", 4, rng),
             "photo": make_photos(workdir / "big-photo", 4, rng)}
    code, cited = build_store(workdir / "big-store", files, case_json(rng, incidents, (60, 140)),
                              cites_per_incident=2, summary_cites=5)
    return workdir / "big-store", code, cited


def request(code: str) -> DossierRequest:
    return DossierRequest(code, PROFILE, lang="en", prepared_by="bench")


# ---- timing the pieces ---------------------------------------------------------------------

@contextlib.contextmanager
def timed_pieces() -> Iterator[dict[str, list[float]]]:
    """Wrap the functions render_dossier calls with timers for as long as this is open; each
    call appends its seconds to `spent[name]` ("pass" once per layout pass)."""
    spent: dict[str, list[float]] = defaultdict(list)

    def timer(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kw: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kw)
            finally:
                spent[name].append(time.perf_counter() - started)
        return timed

    saved = {name: getattr(render, name) for name in ("gather", "annex_flowables",
                                                      "lay_originals")}
    for name, function in saved.items():
        setattr(render, name, timer(name, function))
    document = layout.DossierDocument
    own = {name: document.__dict__.get(name) for name in ("multiBuild", "build")}
    document.multiBuild = timer("multiBuild", document.multiBuild)  # type: ignore[method-assign]
    document.build = timer("pass", document.build)  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        for name, function in saved.items():
            setattr(render, name, function)
        for name, method in own.items():  # back to the class's own, or BaseDocTemplate's
            if method is None:
                delattr(document, name)
            else:
                setattr(document, name, method)


def pieces(spent: dict[str, list[float]], total: float) -> dict[str, float]:
    """One render's breakdown, in seconds, from what timed_pieces collected for it."""
    passes = spent.get("pass", [])
    out = {"gather": sum(spent.get("gather", [])),
           "annex_flowables": sum(spent.get("annex_flowables", [])),
           **{f"layout pass {n}": s for n, s in enumerate(passes, start=1)},
           "footers + save": sum(spent.get("multiBuild", [])) - sum(passes),
           "lay_originals": sum(spent.get("lay_originals", []))}
    out["other"] = total - sum(out.values())
    return out


def render_timed(db: Any, code: str) -> tuple[float, dict[str, float], Any]:
    with timed_pieces() as spent:
        started = time.perf_counter()
        dossier = render_dossier(db, request(code))
        total = time.perf_counter() - started
    return total, pieces(spent, total), dossier


# ---- the baseline --------------------------------------------------------------------------

def baseline_texts(rng: random.Random, n: int) -> list[str]:
    return [_text(rng, rng.randint(3, 7)) for _p in range(n)]


def build_baseline(texts: list[str], font: str | None) -> tuple[int, int]:
    """(pages, bytes) of a bare SimpleDocTemplate of one Paragraph per text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    if font:
        style = ParagraphStyle("BodyTextTTF", parent=style, fontName=font)
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4)
    document.build([Paragraph(words, style) for words in texts])
    return document.page, len(out.getvalue())


def fit_baseline(rng: random.Random, pages: int) -> list[str]:
    """Texts that fill exactly `pages` pages of the bare document (a few untimed builds)."""
    texts = baseline_texts(rng, 40)
    per_page = 40 / build_baseline(texts, None)[0]
    texts += baseline_texts(rng, max(0, int(per_page * pages) - len(texts)))
    while (got := build_baseline(texts, None)[0]) != pages:
        if got < pages:
            texts += baseline_texts(rng, max(1, int(per_page * (pages - got) / 2)))
        else:
            del texts[-max(1, int(per_page * (got - pages) / 2)):]
    return texts


def timed_baseline(texts: list[str], font: str | None) -> float:
    started = time.perf_counter()
    build_baseline(texts, font)
    return time.perf_counter() - started


# ---- 1. the typical case -------------------------------------------------------------------

def typical(workdir: Path, runs: int) -> dict[str, Any]:
    rng = random.Random(5)
    path, code, cited = typical_store(workdir, rng)
    store = Store.open(path, PASSPHRASE, actor="bench")
    register_fonts()
    warm = render_dossier(store.db, request(code))  # warm-up: fonts, vocabularies, imports
    texts = fit_baseline(rng, warm.pages)
    timed_baseline(texts, None)
    timed_baseline(texts, LATIN)
    renders, bare, bare_ttf, parts = [], [], [], []
    for _run in range(runs):
        total, part, dossier = render_timed(store.db, code)
        renders.append(total)
        parts.append(part)
        bare.append(timed_baseline(texts, None))
        bare_ttf.append(timed_baseline(texts, LATIN))
    exhibits = len(gather(store.db, code, load_profile(PROFILE), "en", request(code).calendar,
                          "bench").exhibits)
    store.close()
    return {"pages": dossier.pages, "pdf_bytes": len(dossier.pdf), "exhibits": exhibits,
            "citations": cited, "render_s": statistics.median(renders),
            "render_min_s": min(renders), "render_max_s": max(renders),
            "bare_s": statistics.median(bare), "bare_ttf_s": statistics.median(bare_ttf),
            "bare_pages": build_baseline(texts, None)[0], "bare_paragraphs": len(texts),
            "parts": {name: statistics.median(p.get(name, 0.0) for p in parts)
                      for name in parts[0]}}


# ---- 2. the long dossier, in a fresh process -----------------------------------------------

def memory_child(store_path: str, code: str) -> None:
    """Run in a fresh interpreter: open the store, render once, print what it cost (JSON)."""
    store = Store.open(Path(store_path), PASSPHRASE, actor="bench")
    before = _status_kib("VmRSS")
    total, part, dossier = render_timed(store.db, code)
    peak, after = _status_kib("VmHWM"), _status_kib("VmRSS")
    store.close()
    print(json.dumps({"rss_before_kib": before, "peak_kib": peak, "rss_after_kib": after,
                      "seconds": total, "parts": part, "pages": dossier.pages,
                      "pdf_bytes": len(dossier.pdf)}))


def big(workdir: Path, pdfs: int, pages: int, incidents: int) -> dict[str, Any]:
    rng = random.Random(500)
    path, code, cited = big_store(workdir, rng, pdfs, pages, incidents)
    code_line = f"from bench.dossier import memory_child; memory_child({str(path)!r}, {code!r})"
    done = subprocess.run([sys.executable, "-c", code_line], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(citations=cited, annex_pages=pdfs * pages, incidents=incidents)
    return result


# ---- profiling -----------------------------------------------------------------------------

def profile(workdir: Path, which: str, args: argparse.Namespace) -> None:
    rng = random.Random(5 if which == "typical" else 500)
    if which == "typical":
        path, code, _cited = typical_store(workdir, rng)
    else:
        path, code, _cited = big_store(workdir, rng, args.big_pdfs, args.big_pdf_pages,
                                       args.big_incidents)
    store = Store.open(path, PASSPHRASE, actor="bench")
    render_dossier(store.db, request(code))
    profiler = cProfile.Profile()
    profiler.enable()
    dossier = render_dossier(store.db, request(code))
    profiler.disable()
    store.close()
    print(f"{which}: {dossier.pages} pages")
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)


# ---- report --------------------------------------------------------------------------------

def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_typical(r: dict[str, Any]) -> None:
    print(f"\n1. typical case: {r['pages']} pages ({r['pdf_bytes'] / MIB:.1f} MiB), "
          f"{r['exhibits']} exhibits, {r['citations']} citations; the bare document: "
          f"{r['bare_paragraphs']} paragraphs on {r['bare_pages']} pages")
    ratio = r["render_s"] / r["bare_s"]
    print(f"  render_dossier  median {r['render_s']:.3f} s (min {r['render_min_s']:.3f}, "
          f"max {r['render_max_s']:.3f})")
    print(f"  bare reportlab  median {r['bare_s']:.3f} s (Helvetica): dossier {ratio:.1f}x")
    print(f"  bare, DejaVu    median {r['bare_ttf_s']:.3f} s (TTF embedded): dossier "
          f"{r['render_s'] / r['bare_ttf_s']:.1f}x")
    print_parts(r["parts"], r["render_s"], "the median of each piece over the runs, so they "
                "need not add up exactly")


def print_parts(parts: dict[str, float], total: float, how: str) -> None:
    print(f"  where the time goes ({how}):")
    for name, seconds in parts.items():
        print(f"    {name:18}{seconds:8.3f} s  {seconds / total:4.0%}")


def print_big(r: dict[str, Any]) -> None:
    peak, before = r["peak_kib"] / 1024, r["rss_before_kib"] / 1024
    print(f"\n2. long dossier: {r['pages']} pages ({r['pdf_bytes'] / MIB:.1f} MiB), of which "
          f"{r['annex_pages']} appended PDF pages; {r['incidents']} incidents, "
          f"{r['citations']} citations; one render in a fresh process")
    print(f"  {r['seconds']:.1f} s; peak RSS {peak:.0f} MiB (VmHWM), RSS before the render "
          f"{before:.0f} MiB, increase {peak - before:.0f} MiB; RSS after "
          f"{r['rss_after_kib'] / 1024:.0f} MiB")
    print_parts(r["parts"], r["seconds"], "that one render")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big-pdfs", type=int, default=20)
    parser.add_argument("--big-pdf-pages", type=int, default=20)
    parser.add_argument("--big-incidents", type=int, default=200)
    parser.add_argument("--profile", choices=["typical", "big"],
                        help="print a cProfile of one render instead")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="casefiles-bench-dossier-", dir="/tmp"))
    try:
        if args.profile:
            profile(workdir, args.profile, args)
            return
        print("load average at start: {:.2f} {:.2f} {:.2f} ({} CPUs)".format(
            *os.getloadavg(), os.cpu_count()), flush=True)
        one = typical(workdir, args.runs)
        print_typical(one)
        two = big(workdir, args.big_pdfs, args.big_pdf_pages, args.big_incidents)
        print_big(two)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))

    ratio = one["render_s"] / one["bare_s"]
    peak_mb = two["peak_kib"] * 1024 / 1e6
    print("\nsummary (issue #5 targets)")
    print(f"  typical case ({one['pages']} pages) {one['render_s']:.2f} s, bare reportlab "
          f"{one['bare_s']:.2f} s: {ratio:.1f}x  {_verdict(ratio <= 3)} (target <= 3x)")
    print(f"  typical case {one['render_s']:.2f} s  {_verdict(one['render_s'] < 2)} "
          f"(target < 2 s)")
    print(f"  {two['pages']}-page dossier {two['seconds']:.1f} s  "
          f"{_verdict(two['seconds'] < 20)} (target < 20 s)")
    print(f"  {two['pages']}-page dossier peak memory {peak_mb:.0f} MB "
          f"({two['peak_kib'] / 1024:.0f} MiB)  {_verdict(peak_mb < 400)} (target < 400 MB)")


if __name__ == "__main__":
    main()
