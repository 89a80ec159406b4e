"""Running slow core calls (Argon2id, imports, rendering) off the GUI thread."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from casefiles.core.errors import CasefilesError
from casefiles.core.store.driver import fault


class _Signals(QObject):
    """finished(object): the call's return value. failed(object): the exception it raised.
    progress(str): what the call is doing now, when it reports it."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], reports_progress: bool) -> None:
        super().__init__()
        self.fn, self.reports_progress = fn, reports_progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit) if self.reports_progress else self.fn()
        except Exception as err:  # handed to the GUI thread, which shows it
            self.signals.failed.emit(err)
        else:
            self.signals.finished.emit(result)


def run_in_background(fn: Callable[..., Any], on_finished: Callable[[Any], None],
                      on_failed: Callable[[Exception], None],
                      on_progress: Callable[[str], None] | None = None) -> _Signals:
    """Run `fn` on the thread pool; its outcome arrives on the GUI thread through the slots.

    With `on_progress`, `fn` is called with a function to report what it is doing, whose
    reports arrive through `on_progress`. Returns the signals object; the caller keeps it
    alive until one of the slots has run.
    """
    task = _Task(fn, reports_progress=on_progress is not None)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(task)
    return task.signals


def known_message(err: BaseException) -> str | None:
    """What casefiles itself says of `err`: a CasefilesError's message, or that of the fault of
    the disk or of another program it is (`driver.fault`); None for anything else (a bug)."""
    if isinstance(err, CasefilesError):
        return str(err)
    known = fault(err)
    return str(known) if known is not None else None


def explain(err: Exception) -> str:
    """What to tell the caseworker about a failed background call: a CasefilesError says it
    itself, and so does a fault of the disk or of another program that reached us untranslated
    (a read of a store whose disk failed: `driver.fault`); anything else is a bug, named
    without its details (never a traceback)."""
    known = known_message(err)
    if known is not None:
        return known
    return QCoreApplication.translate("workers", "This could not be done ({error}); nothing "
                                      "was changed.").format(error=type(err).__name__)
