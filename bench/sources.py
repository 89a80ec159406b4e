"""Benchmark: taking source documents into the encrypted store, against a plain file copy.

Everything goes through the real `ingest_file` (sniffing, SHA-256, chunks written into the
SQLCipher database, text extraction, search indexing, mentions, audit, one committed
transaction per file) on a store made with `Store.create`. The baseline is `shutil.copyfile` of
the same files into a folder, timed in the same run just before and just after the ingest
(the mean of the two is used; `os.sync()` between phases, so none pays for another's
write-back): ratios, not seconds, are the targets, because both run on the same machine. A
"copy + fsync" column is shown as well, since a committed ingest is durable (WAL,
synchronous=FULL) and a plain copy is not.

    .venv/bin/python -m bench.sources [--docs 20000] [--big-mb 1024]

1. Throughput: 200 multi-page English PDFs (reportlab, 2-12 pages of text), 200 saved news
   pages (the fixture page shape: nav, cookie banner, share buttons, related list and footer
   around the article, plus an inline <script>/<style> block of 16-96 KB as saved pages
   carry; about a quarter in Dari) and 4 video-like files of 128 MiB (an MP4 `ftyp`/`moov`
   header then random bytes). Every file's content is distinct (seeded RNG), so dedupe by
   SHA-256 never short-cuts an ingest.
2. Peak memory while ingesting one `--big-mb` file (fixtures.big_file), in a fresh
   subprocess: its peak RSS (VmHWM; ru_maxrss is shown too, but Linux carries the spawning
   parent's peak over exec into it) and the increase over the RSS just before the ingest,
   with the time against a copy of the same file.
3. Source search over `--docs` plain-text documents (3-6 paragraphs each, English and Dari,
   the vocabulary of bench.store), each ingested with `ingest_file`: build time, then p50/p95
   of `search_sources` over English and Dari queries (single words, two words, prefixes),
   5 rounds each, and the share of queries ranked by relevance.

Targets (issue #3): ingest within 3x of a copy for PDFs and HTML including extraction, within
1.5x for media; peak memory under 200 MB while ingesting a 1 GB file; source search p95 under
50 ms at 20,000 documents.

Run from the repository root (the file builders come from tests/core/sources/fixtures.py).
"""

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.store import DARI, ENGLISH, FILLER, QUERIES_EN, QUERIES_FA, _sentence
from casefiles.core.model.textnorm import normalise
from casefiles.core.security.kdf import KdfParams
from casefiles.core.sources import sniff
from casefiles.core.sources.extract import extract
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.sources.mentions import find_mentions
from casefiles.core.store.search import RANK_LIMIT
from casefiles.core.store.sources import search_sources
from casefiles.core.store.store import Store
from tests.core.sources import fixtures as fx

FAST_KDF = KdfParams(1, 8 * 1024, 1)
PASSPHRASE = "benchmark passphrase"  # noqa: S105  (throwaway stores)
MIB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[1]

# Prefix queries on top of bench.store's (the last word of every query is a prefix already).
QUERIES = [*QUERIES_EN, "detain", "check", "intellig", "commander sold",
           *QUERIES_FA, "بازدا", "استخب", "شکن", "قومندان زند"]


def _sentences(paragraphs: list[str]) -> list[str]:
    return [s.strip().rstrip(".") for p in paragraphs for s in p.split(". ") if s.strip()]


EN_SENTENCES = _sentences(fx.ENGLISH_PDF_PAGES + fx.ENGLISH_PARAGRAPHS + fx.DOCX_PARAGRAPHS[:2])
FA_SENTENCES = [s.strip() for p in fx.PERSIAN_PARAGRAPHS for s in p.split(".") if s.strip()]


def _varied(rng: random.Random, sentences: list[str], filler: list[str], n: int) -> str:
    """`n` fixture sentences in random order, one word in six swapped for a made-up one."""
    out = []
    for sentence in rng.choices(sentences, k=n):
        words = [rng.choice(filler) if rng.random() < 1 / 6 else w for w in sentence.split()]
        out.append(" ".join(words) + ".")
    return " ".join(out)


# ---- files ---------------------------------------------------------------------------------

def make_pdfs(folder: Path, n: int, rng: random.Random) -> list[Path]:
    folder.mkdir()
    files = []
    for i in range(n):
        pages = [_varied(rng, EN_SENTENCES, FILLER["en"], rng.randint(8, 12))
                 for _page in range(rng.randint(2, 12))]
        files.append(fx.english_pdf(folder / f"report-{i:04}.pdf", pages)[0])
    return files


def _padding(rng: random.Random, size: int) -> str:
    """Inline script and style of about `size` bytes, as a saved page carries."""
    lines = []
    while sum(map(len, lines)) < size:
        key = rng.randbytes(6).hex()
        lines.append(f'  window.__cfg_{key} = {{"slot": {rng.randint(0, 9999)}, "id": '
                     f'"{rng.randbytes(12).hex()}", "lazy": true}};')
        lines.append(f"  .c-{key} {{ margin: {rng.randint(0, 40)}px; color: #{key}; }}")
    script = "\n".join(line for line in lines if line.startswith("  window"))
    style = "\n".join(line for line in lines if line.startswith("  .c-"))
    return f"<script>\n{script}\n</script>\n<style>\n{style}\n</style>\n"


def make_html(folder: Path, n: int, rng: random.Random) -> list[Path]:
    folder.mkdir()
    files = []
    for i in range(n):
        dari = i % 4 == 0
        sentences, filler = (FA_SENTENCES, FILLER["fa"]) if dari else (EN_SENTENCES,
                                                                        FILLER["en"])
        paragraphs = [_varied(rng, sentences, filler, rng.randint(2, 4))
                      for _p in range(rng.randint(5, 15))]
        headline = _varied(rng, sentences, filler, 1)[:90].rstrip(".")
        common = {"paragraphs": paragraphs, "headline": headline}
        if dari:
            page = fx._page(lang="fa", charset="utf-8", meta=fx.PERSIAN_META,
                            nav=fx.PERSIAN_NAV, sign_in=fx.PERSIAN_SIGN_IN,
                            cookie=fx.PERSIAN_COOKIE, share=fx.PERSIAN_SHARE,
                            related_heading=fx.PERSIAN_RELATED_HEADING,
                            related=fx.PERSIAN_RELATED, footer=fx.PERSIAN_FOOTER, **common)
        else:
            page = fx._page(lang="en", charset="utf-8", meta=fx.ENGLISH_META,
                            nav=fx.ENGLISH_NAV, sign_in=fx.ENGLISH_SIGN_IN,
                            cookie=fx.ENGLISH_COOKIE, share=fx.ENGLISH_SHARE,
                            related_heading=fx.ENGLISH_RELATED_HEADING,
                            related=fx.ENGLISH_RELATED, footer=fx.ENGLISH_FOOTER, **common)
        page = page.replace("</head>", _padding(rng, rng.randint(16, 96) * 1024) + "</head>")
        path = folder / f"article-{i:04}.html"
        path.write_bytes(page.encode("utf-8"))
        files.append(path)
    return files


def make_media(folder: Path, n: int, size: int, seed: int) -> list[Path]:
    """Video-like files: an MP4 header (sniffed as video/mp4), then seeded random bytes."""
    folder.mkdir()
    header = fx.mp4_like(folder / "header.mp4").read_bytes()
    (folder / "header.mp4").unlink()
    files = []
    for i in range(n):
        rng = random.Random(seed + i)
        path = folder / f"video-{i}.mp4"
        with path.open("wb") as f:
            f.write(header)
            remaining = size - len(header)
            while remaining > 0:
                f.write(rng.randbytes(min(MIB, remaining)))
                remaining -= MIB
        files.append(path)
    return files


def make_texts(folder: Path, n: int, rng: random.Random) -> list[Path]:
    """Plain-text notes: a headline, then 3-6 paragraphs of 30-70 words ending in a stop."""
    folder.mkdir()
    files = []
    for i in range(n):
        words = DARI if i % 4 == 0 else ENGLISH
        lines = [_sentence(rng, words, 8)]
        lines += [_sentence(rng, words, rng.randint(30, 70)) + "."
                  for _p in range(rng.randint(3, 6))]
        path = folder / f"note-{i:05}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


# ---- measurements --------------------------------------------------------------------------

def copy_one(path: Path, dest: Path, durable: bool) -> float:
    """Seconds to shutil.copyfile `path` into the folder `dest` (then fsync it if `durable`)."""
    target = dest / path.name
    started = time.perf_counter()
    shutil.copyfile(path, target)
    if durable:
        fd = os.open(target, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
    return time.perf_counter() - started


def new_store(path: Path) -> Store:
    return Store.create(path, PASSPHRASE, kdf=FAST_KDF, actor="bench")[0]


def ingest_one(store: Store, path: Path, outcomes: Counter) -> float:
    started = time.perf_counter()
    report = ingest_file(store.db, path, "bench")
    elapsed = time.perf_counter() - started
    outcomes["duplicate" if report.duplicate else report.source.extraction] += 1
    return elapsed


def breakdown(files: list[Path]) -> dict[str, float]:
    """Seconds spent, outside the store, on what ingest does besides storing: extraction,
    mentions and the search normalisation of each segment."""
    spent = Counter()
    for path in files:
        data = path.read_bytes()
        kind = sniff.sniff(data[:sniff.HEAD_BYTES], path.name).kind
        started = time.perf_counter()
        extracted = extract(kind, data)
        spent["extract"] += time.perf_counter() - started
        started = time.perf_counter()
        find_mentions(extracted.segments)
        spent["mentions"] += time.perf_counter() - started
        started = time.perf_counter()
        for _pinpoint, text in extracted.segments:
            normalise(text)
        spent["normalise"] += time.perf_counter() - started
    return dict(spent)


def hash_seconds(files: list[Path]) -> float:
    started = time.perf_counter()
    for path in files:
        digest = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(MIB):
                digest.update(chunk)
    return time.perf_counter() - started


def copy_all(files: list[Path], dest: Path, durable: bool) -> float:
    """Seconds to copy every file into a new folder `dest`, which is then removed."""
    dest.mkdir()
    os.sync()  # each phase starts with nothing of another phase's left to write back
    elapsed = 0.0
    for path in files:
        elapsed += copy_one(path, dest, durable)
        if path.stat().st_size > 64 * MIB:  # do not let GBs of copies pile up
            (dest / path.name).unlink()
    shutil.rmtree(dest)
    return elapsed


def throughput(name: str, files: list[Path], workdir: Path,
               detail: str) -> dict[str, float]:
    """Copy, copy + fsync, ingest, then copy again: the copy figure is the mean of the two
    runs around the ingest, so that a change in what else the machine is doing (other
    processes, write-back) weighs on both sides alike."""
    total = sum(p.stat().st_size for p in files)
    copy_before = copy_all(files, workdir / f"{name}-copy", durable=False)
    durable_s = copy_all(files, workdir / f"{name}-copy", durable=True)
    store = new_store(workdir / f"{name}-store")
    outcomes: Counter = Counter()
    os.sync()
    ingest_s = sum(ingest_one(store, path, outcomes) for path in files)
    store.close()
    shutil.rmtree(workdir / f"{name}-store")
    copy_after = copy_all(files, workdir / f"{name}-copy", durable=False)
    outcome_text = ", ".join(f"{count} {what}" for what, count in sorted(outcomes.items()))
    print(f"{name}: {len(files)} files, {total / MIB:.1f} MiB ({total / len(files) / 1024:.0f} "
          f"KiB each on average; {detail}); extraction: {outcome_text}; copy {copy_before:.2f} s "
          f"before the ingest, {copy_after:.2f} s after", flush=True)
    if outcomes["duplicate"]:
        print(f"  WARNING: {outcomes['duplicate']} duplicates: the ingest figure is too kind")
    result = {"files": len(files), "mib": total / MIB, "copy_s": (copy_before + copy_after) / 2,
              "durable_s": durable_s, "ingest_s": ingest_s}
    if name == "media":
        result["hash_s"] = hash_seconds(files)
    else:
        result.update(breakdown(files))
    return result


def _status_kib(field: str) -> int:
    """A memory figure of this process from /proc/self/status (VmRSS, VmHWM), in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def memory_child(folder: str, big: str) -> None:
    """Run in a fresh interpreter: create a store, ingest `big`, print what it cost (JSON)."""
    store = new_store(Path(folder) / "store")
    before = _status_kib("VmRSS")
    maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    report = ingest_file(store.db, Path(big), "bench")
    elapsed = time.perf_counter() - started
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak, after = _status_kib("VmHWM"), _status_kib("VmRSS")
    wal = Path(folder) / "store" / "casefiles.db-wal"
    wal_kib = wal.stat().st_size // 1024 if wal.exists() else 0
    store.close()
    print(json.dumps({"rss_before_kib": before, "peak_kib": peak, "rss_after_kib": after,
                      "maxrss_before_kib": maxrss_before, "maxrss_kib": maxrss,
                      "seconds": elapsed, "wal_kib": wal_kib, "kind": report.source.kind,
                      "extraction": report.source.extraction}))


def memory(workdir: Path, big_mib: int) -> dict[str, float]:
    folder = workdir / "memory"
    folder.mkdir()
    big = fx.big_file(folder / "big.bin", big_mib * MIB)
    copy_before = copy_all([big], folder / "copy", durable=False)
    durable_s = copy_all([big], folder / "copy", durable=True)
    os.sync()
    code = f"from bench.sources import memory_child; memory_child({str(folder)!r}, {str(big)!r})"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    shutil.rmtree(folder / "store")
    copy_after = copy_all([big], folder / "copy", durable=False)
    shutil.rmtree(folder)
    result.update(copy_s=(copy_before + copy_after) / 2, durable_s=durable_s, mib=big_mib)
    return result


def search_latency(files: list[Path], workdir: Path) -> dict:
    store = new_store(workdir / "search-store")
    outcomes: Counter = Counter()
    build_s = 0.0
    for n, path in enumerate(files, start=1):
        build_s += ingest_one(store, path, outcomes)
        if n % 2000 == 0:
            print(f"  search store: {n:,}/{len(files):,} ingested in {build_s:.0f} s", flush=True)
    segments = store.db.execute("SELECT count(*) FROM source_segments").fetchone()[0]
    latencies, ranked, totals = [], 0, {}
    for _round in range(5):
        for query in QUERIES:
            started = time.perf_counter()
            result = search_sources(store.db, query, limit=50)
            latencies.append((time.perf_counter() - started) * 1000)
            ranked += result.ranked
            totals[query] = result.total
    store.close()
    return {"docs": len(files), "segments": segments, "build_s": build_s,
            "failed": sum(n for what, n in outcomes.items() if what != "ok"),
            "p50_ms": _percentile(latencies, 50), "p95_ms": _percentile(latencies, 95),
            "max_ms": max(latencies), "ranked_share": ranked / len(latencies),
            "totals": totals}


def _percentile(samples: list[float], p: float) -> float:
    return statistics.quantiles(samples, n=100)[int(p) - 1]


# ---- report --------------------------------------------------------------------------------

def _mibps(mib: float, seconds: float) -> float:
    return mib / seconds if seconds else float("inf")


def print_throughput(results: dict[str, dict[str, float]]) -> None:
    print(f"\n{'MiB/s':18}{'copy':>9}{'copy+fsync':>12}{'ingest':>9}{'ingest/copy':>13}"
          f"{'vs fsync':>10}{'ms/file':>9}  target")
    for name, target in (("pdf", 3), ("html", 3), ("media", 1.5)):
        r = results[name]
        ratio = r["ingest_s"] / r["copy_s"]
        print(f"{name + ' (' + str(r['files']) + ')':18}{_mibps(r['mib'], r['copy_s']):9.1f}"
              f"{_mibps(r['mib'], r['durable_s']):12.1f}{_mibps(r['mib'], r['ingest_s']):9.1f}"
              f"{ratio:12.1f}x{r['ingest_s'] / r['durable_s']:9.1f}x"
              f"{r['ingest_s'] / r['files'] * 1000:9.1f}  <= {target}x "
              f"{'ok' if ratio <= target else 'MISSED'}")
    for name in ("pdf", "html"):
        r = results[name]
        parts = {k: r[k] for k in ("extract", "mentions", "normalise")}
        rest = r["ingest_s"] - sum(parts.values())
        shares = ", ".join(f"{k} {v / r['ingest_s']:.0%}" for k, v in parts.items())
        print(f"  {name} ingest time: {shares}, storing and the rest {rest / r['ingest_s']:.0%}"
              f" ({rest / r['files'] * 1000:.1f} ms/file)")
        print(f"  {name} floor: extraction alone, outside any store, takes "
              f"{r['extract'] / r['copy_s']:.0f}x the copy; no way of storing can bring the "
              f"ingest under that")
    m = results["media"]
    print(f"  media: SHA-256 alone (read + hash) runs at {_mibps(m['mib'], m['hash_s']):.0f} "
          f"MiB/s ({m['hash_s'] / m['ingest_s']:.0%} of the ingest time)")


def print_memory(r: dict[str, float]) -> None:
    peak, before = r["peak_kib"] / 1024, r["rss_before_kib"] / 1024
    print(f"\ningesting one {r['mib']:,} MiB file ({r['kind']}, extraction {r['extraction']}) "
          f"in a fresh process:")
    print(f"  peak RSS {peak:.1f} MiB (VmHWM), RSS before ingest {before:.1f} MiB, increase "
          f"{peak - before:.1f} MiB; RSS after {r['rss_after_kib'] / 1024:.1f} MiB")
    print(f"  ru_maxrss {r['maxrss_kib'] / 1024:.1f} MiB ({r['maxrss_before_kib'] / 1024:.1f} MiB "
          f"before the ingest: Linux carries the spawning parent's RSS over exec into it, so "
          f"VmHWM of the child's own address space is the figure to read)")
    print(f"  {r['seconds']:.1f} s ({_mibps(r['mib'], r['seconds']):.0f} MiB/s) against a copy "
          f"in {r['copy_s']:.1f} s ({_mibps(r['mib'], r['copy_s']):.0f} MiB/s), copy+fsync "
          f"{r['durable_s']:.1f} s: {r['seconds'] / r['copy_s']:.1f}x the copy")
    print(f"  the store's WAL file is {r['wal_kib'] / 1024:,.0f} MiB after the ingest (until the "
          f"store is closed)")


def print_search(r: dict) -> None:
    print(f"\nsearch store: {r['docs']:,} text documents ({r['segments']:,} passages) built "
          f"through ingest_file in {r['build_s']:.0f} s ({r['build_s'] / r['docs'] * 1000:.1f} "
          f"ms/document; {r['failed']} not extracted)")
    matches = ", ".join(f"{q!r} {n:,}" for q, n in r["totals"].items())
    print(f"  passages matched: {matches}")
    print(f"  search_sources over {len(QUERIES)} queries x 5: p50 {r['p50_ms']:.1f} ms, "
          f"p95 {r['p95_ms']:.1f} ms, max {r['max_ms']:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000, help="documents in the search store")
    parser.add_argument("--big-mb", type=int, default=1024, help="MiB of the one big file")
    parser.add_argument("--pdfs", type=int, default=200)
    parser.add_argument("--pages", type=int, default=200, help="saved HTML pages")
    parser.add_argument("--media", type=int, default=4, help="video-like files")
    parser.add_argument("--media-mb", type=int, default=128, help="MiB of each video-like file")
    args = parser.parse_args()
    rng = random.Random(3)
    workdir = Path(tempfile.mkdtemp(prefix="casefiles-bench-sources-", dir="/tmp"))
    print("load average at start: {:.2f} {:.2f} {:.2f} ({} CPUs)".format(
        *os.getloadavg(), os.cpu_count()), flush=True)
    try:
        results = {
            "pdf": throughput("pdf", make_pdfs(workdir / "pdf", args.pdfs, rng), workdir,
                              "2-12 pages"),
            "html": throughput("html", make_html(workdir / "html", args.pages, rng), workdir,
                               "a quarter in Dari, 16-96 KB of inline script/style"),
            "media": throughput("media", make_media(workdir / "media", args.media,
                                                    args.media_mb * MIB, seed=7),
                                workdir, "MP4 header + random bytes"),
        }
        print_throughput(results)
        mem = memory(workdir, args.big_mb)
        print_memory(mem)
        texts = make_texts(workdir / "texts", args.docs, rng)
        found = search_latency(texts, workdir)
        print_search(found)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))

    print("\nsummary (issue #3 targets)")
    for name, target in (("pdf", 3), ("html", 3), ("media", 1.5)):
        r = results[name]
        ratio = r["ingest_s"] / r["copy_s"]
        print(f"  {name:6} ingest {_mibps(r['mib'], r['ingest_s']):7.1f} MiB/s, copy "
              f"{_mibps(r['mib'], r['copy_s']):7.1f} MiB/s: {ratio:6.1f}x  "
              f"{'ok' if ratio <= target else 'MISSED'} (target <= {target}x)")
    peak, before = mem["peak_kib"] / 1024, mem["rss_before_kib"] / 1024
    print(f"  peak memory ingesting {mem['mib']:,} MiB: {peak:.0f} MiB (+{peak - before:.0f} MiB "
          f"over the {before:.0f} MiB before)  "
          f"{'ok' if mem['peak_kib'] * 1024 < 200e6 else 'MISSED'} (target < 200 MB)")
    print(f"  source search p95 {found['p95_ms']:.1f} ms (p50 {found['p50_ms']:.1f} ms) at "
          f"{found['docs']:,} documents  {'ok' if found['p95_ms'] < 50 else 'MISSED'} "
          f"(target < 50 ms)")
    print(f"  queries ranked by relevance: {found['ranked_share']:.0%} (the others matched more "
          f"than {RANK_LIMIT:,} passages and list newest first)")


if __name__ == "__main__":
    main()
