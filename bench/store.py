"""Benchmark: the encrypted store against plain SQLite with the same schema and the same code.

Builds two stores of N cases (default 100,000, each with 1-3 incidents and a service record)
through the real repository functions, one SQLCipher-encrypted and one plain, and prints for
both: bulk insert time, 10,000 case lookups by code, and full-text search latency (p50/p95) over
English and Dari queries, with the encrypted/plain ratio. Ratios, not seconds, are the targets,
because both sides run in the same process on the same noisy machine.

    .venv/bin/python -m bench.store [--cases 100000] [--lookups 10000]

Targets (issue #2): search p95 < 30 ms at 100,000 cases; encrypted/plain within 1.5x for
insert and search, 2x for lookups.

The generated text mixes a few dozen domain words (about one word in eight) with a Zipf-distributed
filler vocabulary of 5,000 made-up words, so a one-word query matches about a fifth of all cases
(too broad to rank: newest first) and a two-word query a few thousand (ranked).
"""

import argparse
import itertools
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from casefiles.core.model.case import Case, Incident, Person, ServiceRecord
from casefiles.core.model.dates import Calendar, FuzzyDate, Precision
from casefiles.core.model.vocab import vocabulary
from casefiles.core.store import cases, schema, search
from casefiles.core.store.driver import Database, configure, connect

ENGLISH = ["dismissed", "threatened", "detained", "tortured", "deported", "checkpoint", "night",
           "raid", "relatives", "commander", "intelligence", "border", "police", "district",
           "prison", "released", "hiding", "Mashhad", "Peshawar", "Quetta", "amnesty", "letter",
           "registration", "brother", "house", "searched", "weapons", "former", "officer",
           "soldier", "unit", "commando", "army", "court", "sentenced", "missing", "body"]
DARI = ["برکنار", "تهدید", "بازداشت", "شکنجه", "اخراج", "ایست", "بازرسی", "شبانه", "خانه",
        "خانواده", "قومندان", "استخبارات", "سرحد", "پولیس", "ولسوالی", "زندان", "رها", "مخفی",
        "مشهد", "پیشاور", "عفو", "نامه", "برادر", "سلاح", "افسر", "سرباز", "کماندو", "اردو"]
QUERIES_EN = ["dismissed", "detained prison", "night raid", "Mashhad", "commando",
              "border police", "amnesty letter", "tortur", "relatives threatened", "Peshawar"]
QUERIES_FA = ["بازداشت", "شکنجه", "خانه بازرسی", "مشهد", "پولیس", "عفو نامه", "کماندو",
              "تهديد", "زندان", "برادر"]


DOMAIN_SHARE = 0.12
FILLER_SIZE = 5000


def _filler(letters: str, seed: int) -> list[str]:
    """Made-up words of 2-4 syllables, deterministic, for the long tail of a vocabulary."""
    rng = random.Random(seed)
    consonants, vowels = letters.split("|")
    words: set[str] = set()
    while len(words) < FILLER_SIZE:
        words.add("".join(rng.choice(consonants) + rng.choice(vowels)
                          for _i in range(rng.randint(2, 4))))
    return sorted(words)


FILLER = {"en": _filler("bdfgklmnprstvz|aeiou", 1), "fa": _filler("بپتجچدرزسشفکگلمن|اویه", 2)}
_ZIPF = list(itertools.accumulate(1 / rank ** 1.1 for rank in range(1, FILLER_SIZE + 1)))


def _sentence(rng: random.Random, words: list[str], n: int) -> str:
    filler = FILLER["fa" if words is DARI else "en"]
    tokens = [rng.choice(words) if rng.random() < DOMAIN_SHARE else None for _i in range(n)]
    tail = iter(rng.choices(filler, cum_weights=_ZIPF, k=tokens.count(None)))
    return " ".join(token or next(tail) for token in tokens)


def _case(rng: random.Random, n: int) -> Case:
    provinces = vocabulary("provinces").codes()
    words = DARI if n % 4 == 0 else ENGLISH
    incidents = []
    for _i in range(rng.randint(1, 3)):
        day = FuzzyDate(Precision.DAY, Calendar.GREGORIAN, rng.randint(2021, 2026),
                        rng.randint(1, 12), rng.randint(1, 28))
        incidents.append(Incident(type=rng.choice(vocabulary("incident_types").codes()),
                                  date=day, province=rng.choice(provinces),
                                  description=_sentence(rng, words, 14),
                                  verification="likely"))
    return Case(
        summary=_sentence(rng, words, 25),
        person=Person(pseudonym=f"Pseudonym {n}", origin_province=rng.choice(provinces),
                      situation=rng.choice(vocabulary("situations").codes())),
        service=[ServiceRecord(institution=rng.choice(vocabulary("institutions").codes()),
                               unit=_sentence(rng, words, 3))],
        incidents=incidents)


def _open(path: Path, encrypted: bool) -> Database:
    db = Database(connect(str(path), os.urandom(32) if encrypted else None))
    configure(db.conn)
    schema.migrate(db)
    db.execute("DELETE FROM meta")
    return db


def _percentile(samples: list[float], p: float) -> float:
    return statistics.quantiles(samples, n=100)[int(p) - 1]


def run(db: Database, n_cases: int, n_lookups: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    insert = 0.0
    batch = 1000
    for first in range(0, n_cases, batch):
        generated = [_case(rng, n) for n in range(first, min(first + batch, n_cases))]
        started = time.perf_counter()  # only the writing is timed, not making up the cases
        with db.atomic():
            for case in generated:
                cases.add_case(db, case, "bench")
        insert += time.perf_counter() - started

    codes = [row[0] for row in db.execute("SELECT code FROM cases")]
    picks = [rng.choice(codes) for _i in range(n_lookups)]
    started = time.perf_counter()
    for code in picks:
        cases.get_case(db, code)
    lookups = time.perf_counter() - started

    latencies, ranked = [], 0
    for _round in range(5):
        for query in QUERIES_EN + QUERIES_FA:
            started = time.perf_counter()
            result = search.search_cases(db, query, limit=50)
            latencies.append((time.perf_counter() - started) * 1000)
            ranked += result.ranked
    return {"insert_s": insert, "lookups_s": lookups,
            "search_p50_ms": _percentile(latencies, 50),
            "search_p95_ms": _percentile(latencies, 95),
            "ranked_share": ranked / len(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=10_000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="casefiles-bench-"))
    try:
        results = {}
        for name, encrypted in (("plain", False), ("encrypted", True)):
            db = _open(workdir / f"{name}.db", encrypted)
            results[name] = run(db, args.cases, args.lookups, seed=1)
            db.conn.close()
            size = (workdir / f"{name}.db").stat().st_size / 1e6
            print(f"{name}: built {args.cases:,} cases ({size:.0f} MB)", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    plain, enc = results["plain"], results["encrypted"]
    rows = [("bulk insert (s)", "insert_s", 1.5), (f"{args.lookups:,} lookups (s)", "lookups_s", 2),
            ("search p50 (ms)", "search_p50_ms", None), ("search p95 (ms)", "search_p95_ms", 1.5)]
    print(f"\n{'':22}{'plain':>10}{'encrypted':>11}{'ratio':>8}  target")
    for label, key, target in rows:
        ratio = enc[key] / plain[key]
        verdict = "" if target is None else f"<= {target}x {'ok' if ratio <= target else 'MISSED'}"
        print(f"{label:22}{plain[key]:10.2f}{enc[key]:11.2f}{ratio:7.2f}x  {verdict}")
    p95 = enc["search_p95_ms"]
    print(f"\nencrypted search p95 {p95:.1f} ms at {args.cases:,} cases: "
          f"{'ok' if p95 < 30 else 'MISSED'} (target < 30 ms)")
    print(f"queries ranked by relevance: {enc['ranked_share']:.0%} (the others matched more "
          f"than {search.RANK_LIMIT:,} cases and list newest first)")


if __name__ == "__main__":
    main()
