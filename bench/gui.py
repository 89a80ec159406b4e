"""Benchmark: the desktop app's start-up, unlock and filtering against a 100,000-case store.

The store is built once through the real repository code (`Store.create` with Argon2id
calibrated on this machine, then `cases.add_case` in transactions of 1,000 cases, the cases made
by bench.store's builder, each also given a stage, 0-3 tags and a caseworker so that every filter
has something to find) and cached in `--store-cache`, so reruns start at once. Everything runs
under QT_QPA_PLATFORM=offscreen; the app's settings go to a temporary folder or ini file, never
the user's.

    .venv/bin/python -m bench.gui [--cases 100000] [--store-cache DIR] [--runs 7] [--rounds 3]
                                  [--profile window|filters]

1. Start-up: from just before spawning the process to the unlock dialog painted. The child is
   `python -c HOOK`, where HOOK imports casefiles.gui.app, swaps its UnlockDialog for a subclass
   that, on its first paint, posts a zero-timer (which runs once that paint and the flush of the
   window are done) that prints the monotonic clock and quits, then runs `app.main(["--store",
   store])` as `python -m casefiles.gui.app` would. The child also stamps when its first line
   runs and when the import is done, so the figure splits into interpreter start, imports and
   Qt up to the painted dialog. The baseline is a bare `python -c` that imports PySide6, makes a
   QApplication and shows an empty QDialog, timed the same way; the runs alternate, after one
   untimed warm-up of each, and the figure is also given as a ratio to the baseline.
2. Unlock: in this process, after an UnlockDialog has been shown once (as it has in the app, so
   fonts and styles are loaded). `Store.open` with the real passphrase and the store's calibrated
   KDF, the Argon2id call timed inside it (key_slots.derive_key wrapped); then from the open
   store to the case table's viewport having painted its first rows: `MainWindow(store, prefs)`,
   `show()`, events processed until the viewport's paint has been handled. The target is
   measured from the key being derived: the rest of `Store.open` plus the window.
3. Filter and search: on the open window, each change is made in the FilterBar's widgets
   (province, institution, situation and stage combos, tag and caseworker fields, search text in
   English and Dari from bench.store's query lists, and search text with a province), with their
   signals blocked; the time runs from `window.apply_filters(filter_bar.filters())` to the
   viewport's next paint having been handled, so it holds the model's reset (count and first
   page of 500 in SQL) and the repaint. Calling apply_filters directly leaves out the 150 ms
   typing pause (filter_bar.TYPING_PAUSE_MS). After each change the filters are cleared again,
   which is timed too ("cleared": the full, unfiltered list). "model p50" is the median time
   spent inside apply_filters (count, first page, model reset, the count label); the rest of
   each figure is the repaint.

Targets (issue #4): unlock dialog shown under 1.5 s from process start; case list painted under
0.5 s after the key is derived; filter and search p95 under 100 ms at 100,000 cases.
"""

import argparse
import contextlib
import cProfile
import os
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from bench.store import QUERIES_EN, QUERIES_FA, _case
from casefiles.core.model.case import Case
from casefiles.core.model.vocab import vocabulary
from casefiles.core.security.kdf import KdfParams, calibrate
from casefiles.core.store import cases, key_slots
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store
from casefiles.gui.filter_bar import TYPING_PAUSE_MS, FilterBar
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs
from casefiles.gui.unlock_dialog import UnlockDialog

PASSPHRASE = "benchmark passphrase"  # noqa: S105  (a throwaway store)
ROOT = Path(__file__).resolve().parents[1]
BATCH = 1000
BUILD_VERSION = 1  # bump when the generated cases change, so a cached store is rebuilt
# Tags with the share of cases carrying each (the last is rare); caseworkers share the rest.
TAGS = (("urgent", 0.10), ("family-abroad", 0.05), ("medical", 0.03), ("appeal", 0.01),
        ("minor", 0.002))
CASEWORKERS = ("amina", "farid", "hamid", "laila", "nasrin", "omar", "sima", "zahir")
STAGE_WEIGHTS = (40, 25, 15, 10, 5, 5)  # intake ... closed

# Filter category -> (ms to painted, ms inside apply_filters, cases matching) per change.
Samples = dict[str, list[tuple[float, float, int]]]

TARGET_STARTUP_S = 1.5
TARGET_UNLOCK_S = 0.5
TARGET_FILTER_MS = 100

# The child's clock: time.monotonic() is CLOCK_MONOTONIC on Linux, shared by every process.
# What both children do: stamp the clock, and once `_Timed` (a dialog) has painted, stamp it
# again and quit. Each child defines `_Base` (the dialog class timed) before this.
_TIMING = """
def _stamp():
    print("painted", time.monotonic(), flush=True)
    QApplication.quit()

class _Timed(_Base):
    _seen = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not _Timed._seen:
            _Timed._seen = True
            QTimer.singleShot(0, _stamp)
"""
_APP_HOOK = """
import time; print("started", time.monotonic(), flush=True)
import sys
from casefiles.gui import app
print("imported", time.monotonic(), flush=True)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_Base = app.UnlockDialog
""" + _TIMING + """
app.UnlockDialog = _Timed
store = sys.argv[1]
sys.argv = ["casefiles"]
sys.exit(app.main(["--store", store]))
"""
_BARE_HOOK = """
import time; print("started", time.monotonic(), flush=True)
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
print("imported", time.monotonic(), flush=True)
_Base = QDialog
""" + _TIMING + """
qapp = QApplication(sys.argv[:1])
dialog = _Timed()
dialog.show()
sys.exit(qapp.exec())
"""


# ---- the store -----------------------------------------------------------------------------

def _dress(case: Case, rng: random.Random, stages: list[str]) -> Case:
    """bench.store's case, with what the case list filters on besides its text and codes."""
    case.stage = rng.choices(stages, weights=STAGE_WEIGHTS)[0]
    case.tags = [tag for tag, share in TAGS if rng.random() < share]
    case.assigned_to = "" if rng.random() < 0.2 else rng.choice(CASEWORKERS)
    return case


def build_store(cache: Path, n_cases: int) -> tuple[Path, bool]:
    """The cached store of `n_cases` (built if absent); returns its path and whether cached."""
    path = cache / f"store-{n_cases}-v{BUILD_VERSION}"
    done = cache / f"{path.name}.complete"
    if done.exists() and (path / SLOTS_NAME).exists() and (path / DB_NAME).exists():
        return path, True
    cache.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(path, ignore_errors=True)
    started = time.perf_counter()
    params = calibrate()
    store, _recovery_code = Store.create(path, PASSPHRASE, kdf=params, actor="bench")
    rng, extra = random.Random(1), random.Random(2)
    stages = vocabulary("case_stages").codes()
    with store:
        for first in range(0, n_cases, BATCH):
            generated = [_dress(_case(rng, n), extra, stages)
                         for n in range(first, min(first + BATCH, n_cases))]
            with store.db.atomic():
                for case in generated:
                    cases.add_case(store.db, case, "bench")
            if (first + BATCH) % 10_000 == 0:
                print(f"  built {first + BATCH:,} cases in {time.perf_counter() - started:.0f} s",
                      flush=True)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    done.write_text(f"{n_cases} cases, kdf {params}\n")
    return path, False


# ---- 1. start-up ---------------------------------------------------------------------------

def _spawn(hook: str, store: Path, config_home: Path) -> dict[str, float]:
    """Run one start-up child; the seconds from before the spawn to each of its stamps."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config_home)}
    t0 = time.monotonic()
    done = subprocess.run([sys.executable, "-c", hook, str(store)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    stamps = {}
    for line in done.stdout.splitlines():
        name, _sep, value = line.partition(" ")
        with contextlib.suppress(ValueError):
            stamps[name] = float(value) - t0
    if done.returncode != 0 or "painted" not in stamps:
        raise RuntimeError(f"start-up child failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return stamps


def measure_startup(store: Path, runs: int) -> dict[str, list[dict[str, float]]]:
    config_home = Path(tempfile.mkdtemp(prefix="casefiles-bench-gui-config-"))
    try:
        _spawn(_BARE_HOOK, store, config_home)  # warm-up: page cache, font cache
        _spawn(_APP_HOOK, store, config_home)
        results: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
        for _run in range(runs):
            results["bare"].append(_spawn(_BARE_HOOK, store, config_home))
            results["app"].append(_spawn(_APP_HOOK, store, config_home))
        leftovers = [p for p in config_home.rglob("*") if p.is_file()]
        if leftovers:
            print(f"  (the app wrote settings: {[str(p) for p in leftovers]})")
        return results
    finally:
        shutil.rmtree(config_home, ignore_errors=True)


# ---- in-process helpers ---------------------------------------------------------------------

def _percentile(samples: list[float], p: float) -> float:
    """Inclusive percentiles: never beyond the largest sample, however few there are."""
    return statistics.quantiles(samples, n=100, method="inclusive")[int(p) - 1]


def _quiet_offscreen(kind: QtMsgType, context: object, message: str) -> None:
    """Qt's messages to stderr, less the one the offscreen platform prints per window shown."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


class PaintWatch(QObject):
    """Waits for a widget's next paint event to have been handled (painted and flushed)."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.seen = False
        self._loop: QEventLoop | None = None
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.seen = False

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            if self._loop is not None:
                self._loop.quit()  # exec() returns once this event (the paint) is done
        return False

    def wait(self, timeout_s: float = 30) -> float:
        """perf_counter() once the paint has been handled."""
        if not self.seen:
            self._loop = QEventLoop()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(self._loop.quit)
            timer.start(int(timeout_s * 1000))
            self._loop.exec()
            timer.stop()
            self._loop = None
        now = time.perf_counter()
        if not self.seen:
            raise RuntimeError("no paint event within the timeout")
        return now


@contextlib.contextmanager
def _timed_kdf() -> Iterator[list[float]]:
    """Time every Argon2id derivation made by the key slots while inside."""
    real = key_slots.derive_key
    times: list[float] = []

    def timed(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
        started = time.perf_counter()
        try:
            return real(secret, salt, params)
        finally:
            times.append(time.perf_counter() - started)

    key_slots.derive_key = timed
    try:
        yield times
    finally:
        key_slots.derive_key = real


@contextlib.contextmanager
def _profiled(enabled: bool, title: str) -> Iterator[None]:
    if not enabled:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        print(f"\n--- profile: {title} (cumulative) ---")
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
        print(f"--- profile: {title} (own time) ---")
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)


# ---- 2. unlock -----------------------------------------------------------------------------

def measure_unlock(store_path: Path, prefs: Prefs, runs: int, profile: bool
                   ) -> tuple[list[dict[str, float]], MainWindow]:
    """Open the store and the window `runs` times; returns the timings and the last window."""
    # The app has shown the unlock dialog before any window: fonts, style and icons are loaded.
    dialog = UnlockDialog(store_path, [])
    watch = PaintWatch(dialog)
    dialog.show()
    watch.wait()
    dialog.hide()
    dialog.deleteLater()
    QApplication.processEvents()

    results, window = [], None
    for run in range(runs):
        if window is not None:
            window.clear()
            window.store.close()
            window.hide()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            QApplication.processEvents()
            window = None
        with _timed_kdf() as kdf:
            started = time.perf_counter()
            store = Store.open(store_path, PASSPHRASE)
            opened = time.perf_counter()
        with _profiled(profile and run == runs - 1, "MainWindow(store, prefs), show, paint"):
            window = MainWindow(store, prefs)
            built = time.perf_counter()
            watch = PaintWatch(window.table.viewport())
            window.show()
            painted = watch.wait()
        rows = window.model.rowCount()
        if rows == 0:
            raise RuntimeError("the case table painted no rows")
        results.append({"kdf": sum(kdf), "open": opened - started,
                        "open_rest": opened - started - sum(kdf), "construct": built - opened,
                        "show_paint": painted - built, "store_to_paint": painted - opened,
                        "key_to_paint": painted - started - sum(kdf), "rows": rows,
                        "total": window.model.total})
    return results, window


# ---- 3. filters ----------------------------------------------------------------------------

def _scenarios(rng: random.Random) -> list[tuple[str, dict[str, str]]]:
    """(category, {filter field: value}) for every change timed, in a fixed order."""
    def pick(vocab_name: str, k: int) -> list[str]:
        return rng.sample(vocabulary(vocab_name).codes(), k)
    chosen: list[tuple[str, dict[str, str]]] = []
    chosen += [("province", {"province": c}) for c in pick("provinces", 5)]
    chosen += [("institution", {"institution": c}) for c in pick("institutions", 5)]
    chosen += [("situation", {"situation": c}) for c in pick("situations", 5)]
    chosen += [("stage", {"stage": c}) for c in vocabulary("case_stages").codes()]
    chosen += [("tag", {"tag": t}) for t, _share in TAGS] + [("tag", {"tag": "no-such-tag"})]
    chosen += [("caseworker", {"assigned_to": w}) for w in CASEWORKERS[:5]]
    chosen += [("caseworker", {"assigned_to": "nobody"})]
    chosen += [("search (English)", {"text": q}) for q in QUERIES_EN]
    chosen += [("search (Dari)", {"text": q}) for q in QUERIES_FA]
    chosen += [("search + province", {"text": q, "province": c})
               for q, c in zip(QUERIES_EN[:3] + QUERIES_FA[:3], pick("provinces", 6), strict=True)]
    return chosen


def _set_filters(bar: FilterBar, values: dict[str, str]) -> None:
    """Put `values` into the FilterBar's widgets (clearing the others), with signals blocked."""
    widgets = [bar.search, bar.tag, bar.assigned, *bar.combos.values()]
    for widget in widgets:
        widget.blockSignals(True)
    try:
        bar.search.setText(values.get("text", ""))
        bar.tag.setText(values.get("tag", ""))
        bar.assigned.setText(values.get("assigned_to", ""))
        for field, combo in bar.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(values[field])) if field in values else 0)
    finally:
        for widget in widgets:
            widget.blockSignals(False)


def measure_filters(window: MainWindow, rounds: int, profile: bool
                    ) -> Samples:
    """Milliseconds and matches per category for every change, `rounds` times over."""
    watch = PaintWatch(window.table.viewport())
    bar = window.filters
    scenarios = _scenarios(random.Random(3))
    samples: Samples = {category: [] for category, _v in scenarios}
    samples["cleared"] = []

    def timed(category: str, values: dict[str, str]) -> None:
        _set_filters(bar, values)
        expected = bar.filters()
        for field, value in values.items():  # the widgets did take the value
            assert getattr(expected, field) == value, (field, value)
        watch.arm()
        started = time.perf_counter()
        window.apply_filters(bar.filters())
        returned = time.perf_counter()
        painted = watch.wait()
        samples[category].append(((painted - started) * 1000, (returned - started) * 1000,
                                  window.model.total))

    with _profiled(profile, "filter and search changes"):
        for _round in range(rounds):
            for category, values in scenarios:
                timed(category, values)
                timed("cleared", {})
    return samples


# ---- report --------------------------------------------------------------------------------

def _verdict(value: float, target: float) -> str:
    return "ok" if value < target else "MISSED"


def report_startup(results: dict[str, list[dict[str, float]]]) -> float:
    print(f"\n1. start-up to the unlock dialog painted ({len(results['app'])} runs each, "
          "alternating, after one warm-up; from before the spawn)")
    print(f"  {'':30}{'median':>8}{'max':>8}   interpreter  imports  Qt to painted (medians)")
    medians = {}
    for name, label in (("bare", "bare QApplication + QDialog"),
                        ("app", "casefiles --store (unlock)")):
        runs = results[name]
        painted = [r["painted"] for r in runs]
        medians[name] = statistics.median(painted)
        interp = statistics.median(r["started"] for r in runs)
        imports = statistics.median(r["imported"] - r["started"] for r in runs)
        qt = statistics.median(r["painted"] - r["imported"] for r in runs)
        print(f"  {label:30}{medians[name]:7.3f}s{max(painted):7.3f}s   {interp:9.3f}s "
              f"{imports:7.3f}s {qt:9.3f}s")
    print(f"  casefiles / bare Qt: {medians['app'] / medians['bare']:.2f}x "
          f"(+{medians['app'] - medians['bare']:.3f} s)")
    return medians["app"]


def report_unlock(results: list[dict[str, float]], params: KdfParams) -> float:
    first = results[0]
    print(f"\n2. unlock to the first painted case list ({len(results)} runs, in process; "
          f"{first['rows']:,} rows of {first['total']:,} loaded at first paint)")
    print(f"  {'':44}{'median':>8}{'max':>8}{'first':>8}")
    rows = (("KDF: Argon2id " + f"t={params.time_cost} m={params.memory_kib // 1024} MiB "
             f"p={params.parallelism}", "kdf"),
            ("Store.open in all", "open"),
            ("  Store.open less the KDF", "open_rest"),
            ("MainWindow(store, prefs)", "construct"),
            ("show() to the table's viewport painted", "show_paint"),
            ("open store to case table painted", "store_to_paint"),
            ("key derived to case table painted", "key_to_paint"))
    for label, key in rows:
        values = [r[key] for r in results]
        print(f"  {label:44}{statistics.median(values):7.3f}s{max(values):7.3f}s"
              f"{values[0]:7.3f}s")
    return statistics.median(r["key_to_paint"] for r in results)


def report_filters(samples: Samples, rounds: int) -> float:
    print(f"\n3. filter and search, change to model reset and viewport painted ({rounds} rounds; "
          "window.apply_filters(filter_bar.filters()) called directly, so the "
          f"{TYPING_PAUSE_MS} ms typing pause is excluded)")
    print(f"  {'':20}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'model p50':>11}   matches")
    every = []
    for category, values in samples.items():
        ms = [v for v, _m, _n in values]
        every += ms
        matches = [n for _v, _m, n in values]
        in_model = statistics.median(m for _v, m, _n in values)
        print(f"  {category:20}{len(ms):5}{_percentile(ms, 50):9.1f}{_percentile(ms, 95):9.1f}"
              f"{max(ms):9.1f}{in_model:11.1f}   {min(matches):,}-{max(matches):,}")
    p95 = _percentile(every, 95)
    print(f"  {'all':20}{len(every):5}{_percentile(every, 50):9.1f}{p95:9.1f}{max(every):9.1f}")
    return p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--store-cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "casefiles-bench-gui")
    parser.add_argument("--runs", type=int, default=7, help="start-up and unlock runs")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over the filter changes")
    parser.add_argument("--profile", choices=("window", "filters"),
                        help="print a cProfile of the last window opening or the filter changes")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # this process's QApplication and the children

    started = time.perf_counter()
    store_path, cached = build_store(args.store_cache, args.cases)
    size = (store_path / DB_NAME).stat().st_size / 1e6
    how = "cached" if cached else f"built in {time.perf_counter() - started:.0f} s"
    params = KdfParams.from_json(
        key_slots.KeySlots.load(store_path / SLOTS_NAME).slots[key_slots.PASSPHRASE]["kdf"])
    print(f"store: {args.cases:,} cases in {store_path} ({size:.0f} MB, {how}); "
          f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}", flush=True)

    startup = report_startup(measure_startup(store_path, args.runs))

    qInstallMessageHandler(_quiet_offscreen)
    qapp = QApplication([sys.argv[0]])
    settings_dir = Path(tempfile.mkdtemp(prefix="casefiles-bench-gui-prefs-"))
    try:
        prefs = Prefs(QSettings(str(settings_dir / "prefs.ini"), QSettings.Format.IniFormat))
        unlock_runs, window = measure_unlock(store_path, prefs, args.runs,
                                             args.profile == "window")
        unlock = report_unlock(unlock_runs, params)
        window.filters.search.setFocus()
        filter_p95 = report_filters(measure_filters(window, args.rounds,
                                                    args.profile == "filters"), args.rounds)
        window.clear()
        window.store.close()
        window.hide()
        window.deleteLater()
        qapp.processEvents()
    finally:
        shutil.rmtree(settings_dir, ignore_errors=True)

    print(f"\nsummary at {args.cases:,} cases")
    lines: list[tuple[str, float, str, Callable[[float], str]]] = [
        ("start-up to unlock dialog (median)", startup, f"< {TARGET_STARTUP_S} s",
         lambda v: f"{v:.3f} s"),
        ("key derived to case list painted (median)", unlock, f"< {TARGET_UNLOCK_S} s",
         lambda v: f"{v:.3f} s"),
        ("filter and search p95", filter_p95, f"< {TARGET_FILTER_MS} ms",
         lambda v: f"{v:.1f} ms"),
    ]
    targets = (TARGET_STARTUP_S, TARGET_UNLOCK_S, TARGET_FILTER_MS)
    for (label, value, target_text, fmt), target in zip(lines, targets, strict=True):
        print(f"  {label:44}{fmt(value):>10}  {target_text:9} {_verdict(value, target)}")


if __name__ == "__main__":
    main()
