"""Benchmark: exporting cases into an exchange bundle and importing it, against the `age` tool.

Everything goes through the real code: `export_bundle` (profile "asylum_authority", to one
partner whose card is in the address book, verified) from store A, then, in store B, the import
as the CLI does it: `read_bundle` (with B's own identity, the signer looked up in B's address
book), `preview_import`, `apply_import`. Both stores are made with `Store.create`; A holds
`--cases` cases (bench.store's builder: 1-3 incidents and a service record each, a quarter in
Dari, consent to "record" and "identity_to_authorities") added with `add_case`, and about
`--source-mb` MiB of sources taken in with `ingest_file`: video-like originals of
`--media-mb` MiB (an MP4 header then seeded random bytes, bench.sources' builder, source type
"audio_video") and 4 small English PDFs of 2-5 pages (bench.dossier's builder, "ngo_un_report").
Each video is cited by 3 cases and each PDF by 2 (`add_citation`), so every source goes out.
B's card is in A's address book and A's in B's, both verified.

    .venv/bin/python -m bench.exchange [--cases 10000] [--source-mb 1024] [--media-mb 128]
                                       [--cache /tmp/casefiles-bench-exchange]
                                       [--profile export|import]

The stores are built once and kept under `--cache` (one folder per --cases/--source-mb/
--media-mb); B is kept empty (keys and address book only) and copied afresh for each import.
The export adds share-log entries to A each run, which is all it writes there.

Order of a run: the export, in a fresh subprocess (it opens A, then times `export_bundle` alone
and reads its peak RSS, VmHWM of its own address space, and the RSS before the export); then
the baseline, `age -r <B's recipient> -o out in` (the age tool, 1.1) encrypting a file of
seeded random bytes exactly as long as the bundle's plaintext (the tar inside it, worked out
from the ciphertext's length: age adds a header, a 16-byte nonce and a 16-byte tag per 64 KiB),
and `age -d -i <B's identity>` decrypting that back to a file; then the import, in a fresh
subprocess (it opens its copy of B, then times read_bundle + preview_import + apply_import and
reads its VmHWM); then the baseline again. A file of the same length rather than a tar of the
same members: age neither compresses nor looks inside, so its speed depends only on the length,
and a file of random bytes needs no plaintext copy of the originals on disk. The baseline is
the mean of its runs before and after the import (the export comes first, as the plaintext
length is only known from it), with `os.sync()` between phases so that none pays for another's
write-back. Ratios, not seconds, are the targets; both sides read inputs that are in the page
cache (24 GB machine: the store and the baseline file stay cached) and write their output to
the same file system. The export fsyncs its bundle (it is published by renaming), age does not:
an "age + fsync" figure is shown too.

The import has more to do than decrypting once: `read_bundle` decrypts and hashes the whole file
(pass 1: every check before anything is shown), `apply_import` decrypts it again (pass 2) to
stream the originals into the store's SQLCipher blobs, re-hashing them, and extracts text from
the PDFs; both ratios are shown against `age` encrypting (the target's baseline) and against
`age -d`, which is the same work as encrypting for age (ChaCha20-Poly1305 either way).

Targets: export and import each within 1.5x of age over the same payload size; peak memory of
each under 300 MB.

`--profile export|import` skips the benchmark and prints a cProfile of one export (or one
import into a fresh copy of B) in this process instead.
"""

import argparse
import contextlib
import cProfile
import hashlib
import json
import os
import pstats
import random
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.dossier import make_pdfs
from bench.sources import FAST_KDF, MIB, PASSPHRASE, _status_kib, make_media
from bench.store import _case
from casefiles.core.exchange import bundle_read, bundle_write, export, import_apply, keys
from casefiles.core.exchange.bundle import read_bundle
from casefiles.core.exchange.export import export_bundle
from casefiles.core.exchange.merge import apply_import, preview_import
from casefiles.core.model.case import Citation, Consent
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.sources import blobs
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import cases, citations
from casefiles.core.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
PROFILE = "asylum_authority"
PARTNER_B, PARTNER_A = "Partner B", "Organisation A"
PDF_PAGES = [2, 3, 4, 5]
CITES_PER_VIDEO, CITES_PER_PDF = 3, 2
AGE_CHUNK, AGE_TAG, AGE_NONCE = 64 * 1024, 16, 16


# ---- the stores (built once, cached) -------------------------------------------------------

def _cache_dir(args: argparse.Namespace) -> Path:
    return Path(args.cache) / f"cases{args.cases}-src{args.source_mb}-media{args.media_mb}"


def _add_cases(db: Any, n: int) -> list[str]:
    rng = random.Random(11)
    consent = Consent(given_on=FuzzyDate.parse("2024-02-11"),
                      scope=["record", "identity_to_authorities"], recorded_by="bench")
    codes: list[str] = []
    for first in range(0, n, 1000):
        with db.atomic():
            for i in range(first, min(first + 1000, n)):
                case = _case(rng, i)
                case.consent = consent
                codes.append(cases.add_case(db, case, "bench").code)
    return codes


def build(folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Stores A and B (empty) under `folder`, with what a run needs to know (info.json)."""
    info_path = folder / "info.json"
    if info_path.exists():
        return json.loads(info_path.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    files = folder / "files"
    files.mkdir()
    media_mb = min(args.media_mb, args.source_mb)
    videos = make_media(files / "media", max(1, args.source_mb // media_mb), media_mb * MIB,
                        seed=7)
    pdfs = make_pdfs(files / "pdf", PDF_PAGES, random.Random(5))
    store_a = Store.create(folder / "a", PASSPHRASE, kdf=FAST_KDF, actor="bench")[0]
    store_b = Store.create(folder / "b-empty", PASSPHRASE, kdf=FAST_KDF, actor="bench")[0]
    db = store_a.db
    source_ids = []
    for path, kind, cites in ([(p, "audio_video", CITES_PER_VIDEO) for p in videos]
                              + [(p, "ngo_un_report", CITES_PER_PDF) for p in pdfs]):
        report = ingest_file(db, path, "bench", given={
            "type": kind, "title": f"Fictional {kind} {path.stem}",
            "publisher": "Fictional Monitoring Group", "published": "2024-05"})
        assert not report.duplicate, path
        source_ids += [report.source.id] * cites
        path.unlink()  # the store holds it now; keep the cache to one copy
    shutil.rmtree(files)
    codes = _add_cases(db, args.cases)
    for code, source_id in zip(codes, source_ids, strict=False):
        citations.add_citation(db, Citation(source_id=source_id, case_code=code,
                                            pinpoint="p. 1", quote=""), "bench")
    keys.add_partner(db, PARTNER_B, keys.own_card(store_b.db), "bench", verified=True)
    keys.add_partner(store_b.db, PARTNER_A, keys.own_card(db), "bench", verified=True)
    identity = folder / "b-identity.txt"
    identity.write_text(keys.own_secret_identity(store_b.db) + "\n")
    identity.chmod(0o600)
    info = {"codes": codes, "recipient": keys.own_keys(store_b.db).age_recipient,
            "videos": len(videos), "video_mib": media_mb, "pdfs": len(pdfs),
            "cited_by": min(len(codes), len(source_ids)),
            "source_bytes": sum(r[0] for r in db.execute("SELECT size FROM blobs")),
            "build_s": time.perf_counter() - started}
    store_a.close()
    store_b.close()
    info_path.write_text(json.dumps(info))
    return info


# ---- timing the pieces -------------------------------------------------------------------

# (module, function, label): what export_bundle and the import call, wrapped for the run (not
# changed) so that each call adds its seconds to its label. read_chunks is a generator: only
# the time spent inside it (SQLCipher reading and decrypting the chunks) counts.
EXPORT_PIECES = [(export, "_cases", "load_case x N (+ consent check)"),
                 (export, "redact", "redact x N"),
                 (bundle_write, "validate", "schema validation of each case/source JSON"),
                 (export, "_sources", "sources' metadata and citations"),
                 (blobs, "read_chunks", "reading the originals out of SQLCipher"),
                 (export, "_record_shares", "share log + audit (N entries)")]
IMPORT_PIECES = [(bundle_read, "_check_case", "read_bundle: checking each case (schema+model)"),
                 (bundle_read, "validate", "  of which schema validation (all members)"),
                 (bundle_read, "_check_source", "read_bundle: checking each source"),
                 (import_apply, "preview_import", "apply_import: the preview again"),
                 (import_apply, "_add_case", "apply_import: writing each case"),
                 (import_apply, "_store_original",
                  "apply_import: pass 2, decrypting originals into blobs"),
                 (import_apply, "_add_source", "apply_import: sources (+ text extraction)"),
                 (import_apply, "_add_citation", "apply_import: citations")]


def _timed_iterator(spent: dict[str, float], label: str, chunks: Iterator[bytes]
                    ) -> Iterator[bytes]:
    while True:
        started = time.perf_counter()
        try:
            chunk = next(chunks)
        except StopIteration:
            spent[label] += time.perf_counter() - started
            return
        spent[label] += time.perf_counter() - started
        yield chunk


@contextlib.contextmanager
def timed_pieces(pieces: list[tuple[Any, str, str]]) -> Iterator[dict[str, float]]:
    spent: dict[str, float] = defaultdict(float)

    def timer(label: str, function: Callable[..., Any], generator: bool) -> Callable[..., Any]:
        def timed(*args: Any, **kw: Any) -> Any:
            if generator:
                return _timed_iterator(spent, label, function(*args, **kw))
            started = time.perf_counter()
            try:
                return function(*args, **kw)
            finally:
                spent[label] += time.perf_counter() - started
        return timed

    saved = [(module, name, getattr(module, name)) for module, name, _label in pieces]
    for (module, name, label), (_m, _n, function) in zip(pieces, saved, strict=True):
        setattr(module, name, timer(label, function, name == "read_chunks"))
    try:
        yield spent
    finally:
        for module, name, function in saved:
            setattr(module, name, function)


# ---- export and import, each in a fresh process --------------------------------------------

def _export(db: Any, info: dict[str, Any], out: Path) -> Any:
    return export_bundle(db, info["codes"], PROFILE, out, "bench", to=[PARTNER_B],
                         overwrite=True)


def _import(db: Any, bundle_path: Path) -> tuple[dict[str, float], Any]:
    spent = {}
    with bundle_path.open("rb") as stream:
        def trusted(key: bytes) -> str | None:
            partner = keys.partner_for_signing_key(db, key)
            return partner.name if partner else None

        started = time.perf_counter()
        bundle = read_bundle(stream, identity=keys.own_secret_identity(db), trusted=trusted)
        spent["read_bundle"] = time.perf_counter() - started
        started = time.perf_counter()
        preview = preview_import(db, bundle)
        spent["preview_import"] = time.perf_counter() - started
        started = time.perf_counter()
        report = apply_import(db, bundle, preview, {}, "bench")
        spent["apply_import"] = time.perf_counter() - started
    return spent, report


def export_child(folder: str, out: str) -> None:
    """Run in a fresh interpreter: open A, export every case, print what it cost (JSON)."""
    folder_path = Path(folder)
    info = json.loads((folder_path / "info.json").read_text())
    store = Store.open(folder_path / "a", PASSPHRASE, actor="bench")
    before = _status_kib("VmRSS")
    with timed_pieces(EXPORT_PIECES) as spent:
        started = time.perf_counter()
        report = _export(store.db, info, Path(out))
        elapsed = time.perf_counter() - started
    peak, after = _status_kib("VmHWM"), _status_kib("VmRSS")
    store.close()
    print(json.dumps({"rss_before_kib": before, "peak_kib": peak, "rss_after_kib": after,
                      "seconds": elapsed, "pieces": spent, "cases": len(report.cases),
                      "sources": report.sources,
                      "originals": report.originals, "size": report.size}))


def import_child(store_path: str, bundle_path: str) -> None:
    """Run in a fresh interpreter: open B's copy, import the bundle, print what it cost."""
    store = Store.open(Path(store_path), PASSPHRASE, actor="bench")
    before = _status_kib("VmRSS")
    with timed_pieces(IMPORT_PIECES) as pieces:
        started = time.perf_counter()
        spent, report = _import(store.db, Path(bundle_path))
        elapsed = time.perf_counter() - started
    peak, after = _status_kib("VmHWM"), _status_kib("VmRSS")
    store.close()
    print(json.dumps({"rss_before_kib": before, "peak_kib": peak, "rss_after_kib": after,
                      "seconds": elapsed, "parts": spent, "pieces": pieces,
                      "added": len(report.added),
                      "sources_added": report.sources_added,
                      "citations_added": report.citations_added}))


def _child(code: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    if done.returncode:
        sys.exit(f"child failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- the age baseline ----------------------------------------------------------------------

def plaintext_size(bundle: Path) -> int:
    """The length of the tar inside an age file to X25519 recipients, from its length."""
    with bundle.open("rb") as f:
        head = f.read(64 * 1024)
    end = head.index(b"\n--- ")
    header = head.index(b"\n", end + 1) + 1
    payload = bundle.stat().st_size - header - AGE_NONCE
    chunks = max(1, -(-payload // (AGE_CHUNK + AGE_TAG)))
    return payload - chunks * AGE_TAG


def baseline_file(folder: Path, size: int) -> Path:
    """Seeded random bytes, `size` of them (kept in the cache for the next run)."""
    path = folder / f"plain-{size}.bin"
    if path.exists():
        return path
    for old in folder.glob("plain-*.bin"):
        old.unlink()
    rng = random.Random(size)
    with path.open("wb") as f:
        remaining = size
        while remaining > 0:
            f.write(rng.randbytes(min(MIB, remaining)))
            remaining -= MIB
    return path


def _fsync(path: Path) -> float:
    started = time.perf_counter()
    fd = os.open(path, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    return time.perf_counter() - started


def age_round(plain: Path, info: dict[str, Any], folder: Path) -> dict[str, float]:
    """Seconds for `age -r` over `plain` (and its fsync), then `age -d` of the result."""
    encrypted, decrypted = folder / "baseline.age", folder / "baseline.out"
    os.sync()
    started = time.perf_counter()
    subprocess.run(["age", "-r", info["recipient"], "-o", str(encrypted), str(plain)],
                   check=True)
    encrypt_s = time.perf_counter() - started
    fsync_s = _fsync(encrypted)
    os.sync()
    started = time.perf_counter()
    subprocess.run(["age", "-d", "-i", str(folder / "b-identity.txt"), "-o", str(decrypted),
                    str(encrypted)], check=True)
    decrypt_s = time.perf_counter() - started
    assert decrypted.stat().st_size == plain.stat().st_size
    encrypted.unlink()
    decrypted.unlink()
    return {"encrypt_s": encrypt_s, "encrypt_fsync_s": encrypt_s + fsync_s,
            "decrypt_s": decrypt_s}


def floors(folder: Path, plain: Path) -> dict[str, float]:
    """Seconds, outside export and import, for the byte work they cannot avoid: reading every
    original out of store A's SQLCipher blobs (read_chunks, nothing else), one SHA-256 pass
    over the plaintext (hashlib, 1 MiB reads; the export hashes each member and the whole
    ciphertext, the import hashes each member in both passes and as it writes the blob)."""
    store = Store.open(folder / "a", PASSPHRASE, actor="bench")
    os.sync()
    started = time.perf_counter()
    total = 0
    for (blob_id,) in store.db.execute("SELECT id FROM blobs").fetchall():
        for chunk in blobs.read_chunks(store.db, blob_id):
            total += len(chunk)
    read_s = time.perf_counter() - started
    store.close()
    started = time.perf_counter()
    digest = hashlib.sha256()
    with plain.open("rb") as f:
        while chunk := f.read(MIB):
            digest.update(chunk)
    return {"read_blobs_s": read_s, "blob_bytes": total,
            "sha256_s": time.perf_counter() - started}


# ---- the run -------------------------------------------------------------------------------

def run(folder: Path, info: dict[str, Any]) -> dict[str, Any]:
    bundle = folder / "bundle.age"
    os.sync()
    export = _child(f"from bench.exchange import export_child; "
                    f"export_child({str(folder)!r}, {str(bundle)!r})")
    plain = baseline_file(folder, plaintext_size(bundle))
    ages = [age_round(plain, info, folder)]
    store_b = folder / "b-import"
    shutil.rmtree(store_b, ignore_errors=True)
    shutil.copytree(folder / "b-empty", store_b)
    os.sync()
    imported = _child(f"from bench.exchange import import_child; "
                      f"import_child({str(store_b)!r}, {str(bundle)!r})")
    store_b_bytes = sum(p.stat().st_size for p in store_b.rglob("*") if p.is_file())
    shutil.rmtree(store_b)
    ages.append(age_round(plain, info, folder))
    bundle.unlink()
    mean = {k: sum(a[k] for a in ages) / len(ages) for k in ages[0]}
    return {"export": export, "import": imported, "age": mean, "ages": ages,
            "floors": floors(folder, plain),
            "plain_bytes": plain.stat().st_size, "store_b_bytes": store_b_bytes}


def profile(folder: Path, info: dict[str, Any], which: str) -> None:
    bundle = folder / "bundle.age"
    if which == "import" and not bundle.exists():
        store = Store.open(folder / "a", PASSPHRASE, actor="bench")
        _export(store.db, info, bundle)
        store.close()
    store_b = folder / "b-import"
    shutil.rmtree(store_b, ignore_errors=True)
    shutil.copytree(folder / "b-empty", store_b)
    store = Store.open(folder / "a" if which == "export" else store_b, PASSPHRASE,
                       actor="bench")
    profiler = cProfile.Profile()
    profiler.enable()
    if which == "export":
        _export(store.db, info, bundle)
    else:
        print(_import(store.db, bundle)[0])
    profiler.disable()
    store.close()
    shutil.rmtree(store_b)
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


# ---- report --------------------------------------------------------------------------------

def _mibps(size: float, seconds: float) -> float:
    return size / MIB / seconds if seconds else float("inf")


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report(info: dict[str, Any], r: dict[str, Any]) -> list[str]:
    exp, imp, age, size = r["export"], r["import"], r["age"], r["plain_bytes"]
    print(f"\nstore A: {len(info['codes']):,} cases, {info['videos']} videos of "
          f"{info['video_mib']} MiB and {info['pdfs']} PDFs ({info['source_bytes'] / MIB:,.0f} "
          f"MiB of originals), cited by {info['cited_by']} cases (built in "
          f"{info['build_s']:.0f} s, cached)")
    print(f"bundle: {exp['cases']:,} cases, {exp['sources']} sources ({exp['originals']} "
          f"originals); plaintext tar {size / MIB:,.1f} MiB, encrypted file "
          f"{exp['size'] / MIB:,.1f} MiB")
    print(f"import: {imp['added']:,} cases added, {imp['sources_added']} sources, "
          f"{imp['citations_added']} citations; store B {r['store_b_bytes'] / MIB:,.0f} MiB on "
          f"disk afterwards")
    print("age runs (s, before/after the import): " + "; ".join(
        f"encrypt {a['encrypt_s']:.2f} (+fsync {a['encrypt_fsync_s']:.2f}), decrypt "
        f"{a['decrypt_s']:.2f}" for a in r["ages"]))

    print(f"\n{'MiB/s of plaintext':22}{'seconds':>9}{'MiB/s':>9}{'vs age -r':>11}"
          f"{'vs +fsync':>11}{'vs age -d':>11}  target")
    print(f"{'age -r (baseline)':22}{age['encrypt_s']:9.2f}{_mibps(size, age['encrypt_s']):9.0f}")
    print(f"{'age -r + fsync':22}{age['encrypt_fsync_s']:9.2f}"
          f"{_mibps(size, age['encrypt_fsync_s']):9.0f}")
    print(f"{'age -d':22}{age['decrypt_s']:9.2f}{_mibps(size, age['decrypt_s']):9.0f}")
    ratios = {}
    for name, one in (("export", exp), ("import", imp)):
        ratio = one["seconds"] / age["encrypt_s"]
        ratios[name] = ratio
        print(f"{name:22}{one['seconds']:9.2f}{_mibps(size, one['seconds']):9.0f}{ratio:10.2f}x"
              f"{one['seconds'] / age['encrypt_fsync_s']:10.2f}x"
              f"{one['seconds'] / age['decrypt_s']:10.2f}x  <= 1.5x {_verdict(ratio <= 1.5)}")
    parts = ", ".join(f"{k} {v:.2f} s ({v / imp['seconds']:.0%})" for k, v in imp["parts"].items())
    print(f"  import time: {parts}")
    for name, one in (("export", exp), ("import", imp)):
        print(f"  where the {name}'s {one['seconds']:.1f} s go (timed inside the run; "
              f"indented lines are part of the line above):")
        order = EXPORT_PIECES if name == "export" else IMPORT_PIECES
        spent = {label: one["pieces"].get(label, 0.0) for _m, _n, label in order}
        if name == "export":
            spent["the rest: tar, SHA-256 x2, pyrage, writing + fsync"] = (
                one["seconds"] - sum(spent.values()))
        else:
            parts = one["parts"]
            apply_rest = parts["apply_import"] - sum(spent[label] for _m, _n, label
                                                     in IMPORT_PIECES[3:])
            spent = {"read_bundle: pass 1, decrypt + hash all members (rest)":
                     parts["read_bundle"] - spent[IMPORT_PIECES[0][2]]
                     - spent[IMPORT_PIECES[2][2]], **spent}
            spent["preview_import (the caller's)"] = parts["preview_import"]
            spent["apply_import: the rest (merge, audit, commit)"] = apply_rest
        for label, seconds in spent.items():
            print(f"    {label:58}{seconds:7.2f} s {seconds / one['seconds']:4.0%}")
    fl = r["floors"]
    cases_n = len(info["codes"])
    per_case = sum(v for k, v in exp["pieces"].items() if "x N" in k or "schema" in k)
    print(f"  floors, measured alone: reading the {fl['blob_bytes'] / MIB:,.0f} MiB of originals "
          f"out of store A {fl['read_blobs_s']:.2f} s "
          f"({_mibps(fl['blob_bytes'], fl['read_blobs_s']):.0f} MiB/s, "
          f"{fl['read_blobs_s'] / age['encrypt_s']:.1f}x age -r); one SHA-256 pass over "
          f"the plaintext {fl['sha256_s']:.2f} s "
          f"({fl['sha256_s'] / age['encrypt_s']:.1f}x age -r)")
    print(f"  export per-case work (load, redact, validate) {per_case:.1f} s = "
          f"{per_case / cases_n * 1000:.2f} ms/case = {per_case / age['encrypt_s']:.1f}x age -r "
          f"on its own")

    print("\npeak memory, each in a fresh process (VmHWM of its own address space):")
    for name, one in (("export", exp), ("import", imp)):
        peak, before = one["peak_kib"] / 1024, one["rss_before_kib"] / 1024
        print(f"  {name}: peak {peak:.0f} MiB ({one['peak_kib'] * 1024 / 1e6:.0f} MB), RSS "
              f"before {before:.0f} MiB (store open), increase {peak - before:.0f} MiB; RSS "
              f"after {one['rss_after_kib'] / 1024:.0f} MiB")

    lines = []
    for name, one in (("export", exp), ("import", imp)):
        lines.append(f"  {name} {_mibps(size, one['seconds']):6.0f} MiB/s, age -r "
                     f"{_mibps(size, age['encrypt_s']):6.0f} MiB/s: {ratios[name]:5.2f}x  "
                     f"{_verdict(ratios[name] <= 1.5)} (target <= 1.5x)")
    for name, one in (("export", exp), ("import", imp)):
        mb = one["peak_kib"] * 1024 / 1e6
        lines.append(f"  {name} peak memory {mb:.0f} MB  {_verdict(mb < 300)} "
                     f"(target < 300 MB)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--source-mb", type=int, default=1024,
                        help="MiB of video-like originals (plus 4 small PDFs)")
    parser.add_argument("--media-mb", type=int, default=128, help="MiB of each video")
    parser.add_argument("--cache", default="/tmp/casefiles-bench-exchange")
    parser.add_argument("--profile", choices=["export", "import"],
                        help="print a cProfile of one export or import instead")
    args = parser.parse_args()
    folder = _cache_dir(args)
    print("load average at start: {:.2f} {:.2f} {:.2f} ({} CPUs)".format(
        *os.getloadavg(), os.cpu_count()), flush=True)
    info = build(folder, args)
    if args.profile:
        profile(folder, info, args.profile)
        return
    results = run(folder, info)
    summary = report(info, results)
    print("load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print("\nsummary")
    print("\n".join(summary))


if __name__ == "__main__":
    main()
