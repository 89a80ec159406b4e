"""Repository functions for sources: metadata, working text, mentions, and source search.

A source is stored once (its original by SHA-256, see `casefiles.core.sources.blobs`) and may
support many cases. Its working text is kept in segments, each with the pinpoint a citation
uses ("p. 3", "para. 12"), and indexed for search with the same normalisation as cases.
"""

import json
import uuid as uuidlib
from dataclasses import dataclass, fields
from typing import Any

from casefiles.core.errors import InvalidInput, NotFound
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import Source
from casefiles.core.model.textnorm import normalise
from casefiles.core.security import audit
from casefiles.core.sources.mentions import Mention
from casefiles.core.store.cases import changed_paths
from casefiles.core.store.driver import Database
from casefiles.core.store.search import SNIPPET_TOKENS, fts_query, plan

_NOT_COLUMNS = ("id", "size")  # Source fields that are not columns of `sources`


def add_source(db: Database, source: Source, actor: str, blob_id: int | None = None,
               proposed: dict[str, str] | None = None) -> Source:
    """Store a source's metadata (and link its original); returns it with id and uuid set."""
    with db.atomic():
        source.uuid = source.uuid or str(uuidlib.uuid4())
        row = {**serial.to_row(source), "created_at": audit.utc_now(), "blob_id": blob_id,
               "proposed": json.dumps(proposed or {}, ensure_ascii=False)}
        for name in _NOT_COLUMNS:
            del row[name]
        cursor = db.execute(f"INSERT INTO sources ({', '.join(row)}) VALUES "
                            f"({', '.join('?' for _i in row)})", list(row.values()))
        source.id = cursor.lastrowid
        audit.record(db, actor, "source.create", None, source=source.id, sha256=source.sha256)
    return source


_SOURCE_SQL = ("SELECT s.*, coalesce(b.size, 0) AS size FROM sources s "
               "LEFT JOIN blobs b ON b.id = s.blob_id")


def get_source(db: Database, source_id: int) -> Source:
    rows = list(db.query(_SOURCE_SQL + " WHERE s.id = ?", [source_id]))
    if not rows:
        raise NotFound(_("There is no source {id} in this store.").format(id=source_id))
    return serial.from_row(Source, rows[0])


def list_sources(db: Database) -> list[Source]:
    return [serial.from_row(Source, row) for row in db.query(_SOURCE_SQL + " ORDER BY s.id")]


def source_by_sha256(db: Database, sha256: str) -> Source | None:
    row = db.execute("SELECT s.id FROM sources s JOIN blobs b ON b.id = s.blob_id "
                     "WHERE b.sha256 = ?", (sha256,)).fetchone()
    return get_source(db, row[0]) if row else None


def blob_of(db: Database, source_id: int) -> int | None:
    row = db.execute("SELECT blob_id FROM sources WHERE id = ?", (source_id,)).fetchone()
    if row is None:
        raise NotFound(_("There is no source {id} in this store.").format(id=source_id))
    return row[0]


def proposed_metadata(db: Database, source_id: int) -> dict[str, str]:
    row = db.execute("SELECT proposed FROM sources WHERE id = ?", (source_id,)).fetchone()
    return json.loads(row[0]) if row else {}


# The metadata a caseworker may edit: every Source field but those the store sets.
EDITABLE = tuple(f.name for f in fields(Source) if not f.metadata.get("output_only"))


def update_source(db: Database, source_id: int, patch: dict[str, Any], actor: str) -> Source:
    """Apply a partial JSON edit of a source's metadata (keys of EDITABLE); returns the source.

    Validated like every record (`serial.from_json`): an unknown or store-set field, a bad date
    or an unknown vocabulary term is an InvalidInput and nothing is written. The audit entry
    names the changed fields, never their values (a title or note may name a person).
    """
    if not isinstance(patch, dict):
        raise InvalidInput(_("A source edit must be an object of fields and values."))
    fixed = sorted(set(patch) - set(EDITABLE) & {f.name for f in fields(Source)})
    if fixed:
        raise InvalidInput(_("{name}: set by the store, it cannot be edited.")
                           .format(name=fixed[0]))
    with db.atomic():
        old = get_source(db, source_id)
        old_json = {name: value for name, value in serial.to_json(old).items()
                    if name in EDITABLE}
        new = serial.from_json(Source, serial.merge_patch(old_json, patch))
        if not new.title.strip():
            raise InvalidInput(_("title: a source needs a title."))
        new_json = {name: value for name, value in serial.to_json(new).items()
                    if name in EDITABLE}
        changed = changed_paths(old_json, new_json)
        if not changed:
            return old
        row = {name: value for name, value in serial.to_row(new).items() if name in EDITABLE}
        db.execute(f"UPDATE sources SET {', '.join(f'{name} = ?' for name in row)} "
                   "WHERE id = ?", [*row.values(), source_id])
        audit.record(db, actor, "source.edit", None, source=source_id, fields=changed)
    return get_source(db, source_id)


# ---- working text ---------------------------------------------------------------------------

def put_working_text(db: Database, source_id: int, segments: list[tuple[str, str]]) -> None:
    """Store and index a source's text segments (replacing any it had)."""
    for (segment_id,) in db.execute("SELECT id FROM source_segments WHERE source_id = ?",
                                    (source_id,)).fetchall():
        db.execute("DELETE FROM source_index WHERE rowid = ?", (segment_id,))
    db.execute("DELETE FROM source_segments WHERE source_id = ?", (source_id,))
    for seq, (pinpoint, text) in enumerate(segments):
        segment_id = db.execute(
            "INSERT INTO source_segments (source_id, seq, pinpoint, text) VALUES (?, ?, ?, ?)",
            (source_id, seq, pinpoint, text)).lastrowid
        db.execute("INSERT INTO source_index (rowid, body) VALUES (?, ?)",
                   (segment_id, normalise(text)))


def working_text(db: Database, source_id: int) -> list[tuple[str, str]]:
    """The source's segments in reading order: (pinpoint, text)."""
    return [(pinpoint, text) for pinpoint, text in db.execute(
        "SELECT pinpoint, text FROM source_segments WHERE source_id = ? ORDER BY seq",
        (source_id,))]


def put_mentions(db: Database, source_id: int, mentions: list[Mention]) -> None:
    db.execute("DELETE FROM source_mentions WHERE source_id = ?", (source_id,))
    db.conn.executemany(
        "INSERT INTO source_mentions (source_id, category, code, matched, pinpoint, sentence) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(source_id, m.category, m.code, m.matched, m.pinpoint, m.sentence) for m in mentions])


def mentions(db: Database, source_id: int) -> list[Mention]:
    return [Mention(*row) for row in db.execute(
        "SELECT category, code, matched, pinpoint, sentence FROM source_mentions "
        "WHERE source_id = ? ORDER BY id", (source_id,))]


# ---- search ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SourceHit:
    """A passage of a source that matches, with its pinpoint for citing."""

    source_id: int
    title: str
    pinpoint: str
    snippet: str


@dataclass(frozen=True)
class SourceSearch:
    hits: list[SourceHit]
    total: int  # matching passages
    ranked: bool


def search_sources(db: Database, query: str, limit: int = 50) -> SourceSearch:
    """Passages of source text matching every word of `query` (as `search_cases` ranks)."""
    match = fts_query(query)
    if match is None:
        return SourceSearch([], 0, ranked=True)
    total, ranked, order = plan(db, "source_index", match)
    rows: list[Any] = db.execute(
        "SELECT g.source_id, s.title, g.pinpoint, "
        f" snippet(source_index, 0, '[', ']', '…', {SNIPPET_TOKENS}) "
        "FROM source_index JOIN source_segments g ON g.id = source_index.rowid "
        "JOIN sources s ON s.id = g.source_id "
        f"WHERE source_index MATCH ? ORDER BY {order} LIMIT ?", (match, limit)).fetchall()
    return SourceSearch([SourceHit(*row) for row in rows], total, ranked)


@dataclass(frozen=True)
class SourceMatch:
    """A source whose text matches a query: how many passages, and the best few of them."""

    source_id: int
    passages: int
    hits: list[SourceHit]


def match_sources(db: Database, query: str, per_source: int = 3) -> dict[int, SourceMatch] | None:
    """Every source with a passage matching `query` (as `search_sources`), by source id.

    Unlike `search_sources`, no source is left out because its passages rank below a limit:
    this is what filters the source library. Snippets are made only for the best `per_source`
    passages of each source (best as `plan` orders them). None means that the query has
    nothing to search for (empty, or only punctuation): no filter.
    """
    match = fts_query(query)
    if match is None:
        return None
    _total, _ranked, order = plan(db, "source_index", match)
    best = db.execute(
        "SELECT segment, source_id, passages FROM ("
        " SELECT source_index.rowid AS segment, g.source_id AS source_id,"
        f" row_number() OVER (PARTITION BY g.source_id ORDER BY {order}) AS n,"
        " count(*) OVER (PARTITION BY g.source_id) AS passages"
        " FROM source_index JOIN source_segments g ON g.id = source_index.rowid"
        " WHERE source_index MATCH ?) WHERE n <= ? ORDER BY source_id, n",
        (match, per_source)).fetchall()
    found: dict[int, SourceMatch] = {}
    for _segment, source_id, passages in best:
        found.setdefault(source_id, SourceMatch(source_id, passages, []))
    segments = [row[0] for row in best]
    snippets: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(segments), 500):  # bound the number of SQL parameters
        chunk = segments[start:start + 500]
        snippets.update((segment, rest) for segment, *rest in db.execute(
            "SELECT source_index.rowid, s.title, g.pinpoint, "
            f" snippet(source_index, 0, '[', ']', '…', {SNIPPET_TOKENS}) "
            "FROM source_index JOIN source_segments g ON g.id = source_index.rowid "
            "JOIN sources s ON s.id = g.source_id WHERE source_index MATCH ? "
            f"AND source_index.rowid IN ({', '.join('?' for _i in chunk)})", (match, *chunk)))
    for segment, source_id, _passages in best:
        found[source_id].hits.append(SourceHit(source_id, *snippets[segment]))
    return found
