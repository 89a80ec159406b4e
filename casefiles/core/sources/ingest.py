"""Taking a file into the store: original kept byte for byte, text and mentions derived.

One transaction per file: the original's chunks, the source record, its working text and its
mentions are all written, or none of them (a crash or a refused file leaves nothing half-stored).
The original is stored even when its text cannot be extracted, and the caseworker is told so.
"""

import contextlib
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import Source
from casefiles.core.model.dates import FuzzyDate, today
from casefiles.core.security import audit
from casefiles.core.sources import blobs, sniff
from casefiles.core.sources.extract import Extracted, ExtractionFailed, extract
from casefiles.core.sources.mentions import Mention, find_mentions
from casefiles.core.store import settings, sources
from casefiles.core.store.driver import (
    BUSY_TIMEOUT_MS,
    Database,
    DatabaseError,
    OperationalError,
)

# Documents are parsed in memory; past this size the original is kept without extraction.
PARSE_LIMIT = 256 * 1024**2
_BIG_ORIGINAL = 64 * 1024**2
_TYPE_BY_KIND = {"image": "photo", "audio": "audio_video", "video": "audio_video",
                 "html": "news_article", "mhtml": "news_article"}


@dataclass
class IngestReport:
    """What happened to one file: the source it is now, and anything worth saying."""

    source: Source
    duplicate: bool = False
    notes: list[str] = field(default_factory=list)
    proposed: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)


class _AlreadyStored(Exception):
    def __init__(self, source: Source) -> None:
        self.source = source


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


def _open_checked(path: Path, max_bytes: int) -> tuple[Any, int]:
    """Open `path` for reading, or raise InvalidInput saying why it cannot be ingested.

    The file is examined before it is opened: opening a named pipe or a device would block or
    read forever.
    """
    try:
        info = path.stat()
        problem = None
        if stat.S_ISDIR(info.st_mode):
            problem = _("{path} is a folder, not a file.")
        elif not stat.S_ISREG(info.st_mode):
            problem = _("{path} is not a regular file (a pipe, device or socket).")
        elif info.st_size == 0:
            problem = _("{path} is empty (0 bytes): there is nothing to keep.")
        elif info.st_size > max_bytes:
            problem = _("{path} is {size}, over the size limit of {limit} for one source.")
        if problem:
            raise InvalidInput(problem.format(path=path, size=human_size(info.st_size),
                                              limit=human_size(max_bytes)))
        return path.open("rb"), info.st_size
    except FileNotFoundError:
        raise InvalidInput(_("There is no file at {path}.").format(path=path)) from None
    except PermissionError:
        raise InvalidInput(_("{path} cannot be read (permission denied).")
                           .format(path=path)) from None
    except OSError as err:
        raise InvalidInput(_("{path} cannot be read ({reason}).")
                           .format(path=path, reason=err.strerror)) from None


def ingest_file(db: Database, path: Path, actor: str, given: dict[str, Any] | None = None,
                capture_method: str = "file import",
                max_bytes: int | None = None) -> IngestReport:
    """Ingest one file; `given` is source metadata (JSON shape) that overrides what is proposed.

    `max_bytes` defaults to the store's `source_size_limit` setting. Raises InvalidInput
    (nothing written) for a file that cannot be taken in at all.
    """
    path = Path(path)
    if max_bytes is None:
        max_bytes = settings.get_setting(db, settings.SOURCE_SIZE_LIMIT.name)
    chosen = serial.from_json(Source, given or {})  # bad metadata fails before any work
    handle, size = _open_checked(path, max_bytes)
    with handle:
        sniffed = sniff.sniff(handle.read(sniff.HEAD_BYTES), path.name)
        handle.seek(0)
        try:
            with journal_for(db, size), db.atomic():
                return _ingest(db, handle, size, path.name, sniffed, chosen, given or {},
                               capture_method, actor)
        except _AlreadyStored as stored:
            return IngestReport(stored.source, duplicate=True, notes=[_(
                "This file is already in the store as source {id} (same SHA-256); it was not "
                "stored again.").format(id=stored.source.id)])


@contextlib.contextmanager
def journal_for(db: Database, size: int) -> Iterator[None]:
    """A rollback journal instead of the write-ahead log while `size` bytes of large originals
    go in (an ingest, an import).

    In WAL mode every page is written twice (to the log, then into the database), and the log
    stays as large as the file; a rollback journal only keeps the few pages the transaction
    changes, so new pages are written once. Both are crash-safe. The switch needs the only
    connection to the store; if another holds it, the WAL is used as always.
    """
    if size <= _BIG_ORIGINAL:
        yield
        return
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA busy_timeout = 0")  # another connection: do not wait, keep the WAL
    try:
        switched = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    except OperationalError:
        switched = False
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        yield
    except BaseException:
        if switched:  # best effort: the error that stopped the work is the one to tell, and
            with contextlib.suppress(DatabaseError):  # the next open sets WAL again
                db.execute("PRAGMA journal_mode = WAL")
        raise
    if switched:
        db.execute("PRAGMA journal_mode = WAL")


def _ingest(db: Database, handle: Any, size: int, name: str, sniffed: sniff.Sniffed,
            chosen: Source, given: dict[str, Any], capture_method: str,
            actor: str) -> IngestReport:
    blob_id, sha256, written = blobs.write_blob(db, handle)
    if written != size:
        raise InvalidInput(_("{name} changed while it was being read; try again once it is "
                             "complete.").format(name=name))
    existing = sources.source_by_sha256(db, sha256)
    if existing is not None:
        raise _AlreadyStored(existing)  # rolls back the chunks just written
    blobs.seal_blob(db, blob_id, sha256, size)

    notes = [sniffed.mismatch] if sniffed.mismatch else []
    extracted, status = extract_stored(db, blob_id, sniffed.kind, size, notes)
    source = _with_proposed(chosen, given, extracted.proposed, name, sniffed.kind)
    source.sha256, source.original_name, source.media_type = sha256, name, sniffed.media_type
    source.kind, source.extraction = sniffed.kind, status
    source.extraction_note = " ".join(notes)
    source.capture_method = source.capture_method or capture_method
    source.captured_on = source.captured_on or today()
    sources.add_source(db, source, actor, blob_id=blob_id, proposed=extracted.proposed)
    source.size = size
    sources.put_working_text(db, source.id, extracted.segments)
    found = find_mentions(extracted.segments)
    sources.put_mentions(db, source.id, found)
    audit.record(db, actor, "source.ingest", None, source=source.id, sha256=sha256,
                 kind=sniffed.kind, extraction=status)
    return IngestReport(source, notes=notes, proposed=extracted.proposed, mentions=found)


def extract_stored(db: Database, blob_id: int, kind: str, size: int,
                   notes: list[str]) -> tuple[Extracted, str]:
    """The working text of a stored original (an ingest's, or one a bundle brought), and its
    status: "ok", "none" (nothing to extract) or "failed"; what to tell is added to `notes`."""
    if kind not in sniff.DOCUMENT_KINDS and kind != sniff.IMAGE:
        return Extracted(segments=[]), "none"
    if size > PARSE_LIMIT:
        notes.append(_("The file is too large to read its text ({size}); the original is kept.")
                     .format(size=human_size(size)))
        return Extracted(segments=[]), "failed"
    data = blobs.read_all(db, blob_id)  # what is read is exactly what was stored
    try:
        extracted = extract(kind, data)
    except ExtractionFailed as err:
        notes.append(str(err) + " " + _("The original is kept unchanged."))
        return Extracted(segments=[]), "failed"
    except Exception as err:  # a parser's own bug on hostile input must not lose the file
        notes.append(_("The text could not be extracted ({err}); the original is kept "
                       "unchanged.").format(err=type(err).__name__))
        return Extracted(segments=[]), "failed"
    if extracted.note:
        notes.append(extracted.note)
    if kind == sniff.IMAGE:
        return extracted, "none"
    return extracted, "ok" if extracted.segments else "failed"


def _with_proposed(chosen: Source, given: dict[str, Any], proposed: dict[str, str], name: str,
                   kind: str) -> Source:
    """Fill what the caseworker did not give from what the document proposes."""
    for field_name in ("title", "author", "publisher", "url"):
        if field_name not in given and proposed.get(field_name):
            setattr(chosen, field_name, proposed[field_name])
    if "published" not in given and proposed.get("published"):
        with contextlib.suppress(InvalidInput):
            chosen.published = FuzzyDate.parse(proposed["published"][:10])
    if "captured_on" not in given and proposed.get("captured"):
        with contextlib.suppress(InvalidInput):
            chosen.captured_on = FuzzyDate.parse(proposed["captured"])
    if "type" not in given:
        chosen.type = _TYPE_BY_KIND.get(kind, "other")
    chosen.title = chosen.title or Path(name).stem
    return chosen




@dataclass
class BatchReport:
    """What happened to each file of a batch, for the summary shown afterwards."""

    added: list[IngestReport] = field(default_factory=list)
    duplicates: list[IngestReport] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)

    def summary(self) -> str:
        lines = [_("{added} added, {dup} already in the store, {refused} refused.").format(
            added=len(self.added), dup=len(self.duplicates), refused=len(self.refused))]
        lines += [f"{name}: {reason}" for name, reason in self.refused]
        lines += [f"{report.source.original_name}: {note}" for report in self.added
                  for note in report.notes]
        return "\n".join(lines)


def ingest_many(db: Database, paths: list[Path], actor: str,
                progress: Callable[[int, int, str], None] | None = None) -> BatchReport:
    """Ingest several files, each in its own transaction; one refused file stops nothing."""
    batch = BatchReport()
    for number, path in enumerate(paths, start=1):
        if progress is not None:
            progress(number, len(paths), Path(path).name)
        try:
            report = ingest_file(db, Path(path), actor)
        except InvalidInput as err:
            batch.refused.append((Path(path).name, str(err)))
            continue
        (batch.duplicates if report.duplicate else batch.added).append(report)
    return batch
