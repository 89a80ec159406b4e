"""The case list: filtering, counting and sorting case summaries in SQL.

The app asks for a count and the first page on every change of a filter, so both must stay
fast at 100,000 cases (bench/gui.py measures them):

- a count with one filter is taken from that filter's own table or index (the search index for
  text), never from a join of every case with its person;
- a broad filter (one that matches a good share of the store) walks the sort order and stops
  after a page, instead of letting SQLite collect every match through the filter's index and
  sort them all: the filter's terms are then written so that its index is not used.
"""

from dataclasses import asdict, dataclass
from typing import Any

from casefiles.core.store import search
from casefiles.core.store.driver import Database


@dataclass(frozen=True)
class CaseFilter:
    """Filters for `list_cases`; None means "any". `text` is a search query (every word must
    occur in the case's indexed text, the last may be a prefix)."""

    province: str | None = None
    situation: str | None = None
    institution: str | None = None
    stage: str | None = None
    tag: str | None = None
    assigned_to: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list: nothing in it is identity."""

    code: str
    pseudonym: str
    stage: str
    province: str | None
    institution: str | None
    situation: str | None
    incidents: int
    assigned_to: str
    updated_at: str


_LATEST_INSTITUTION = ("(SELECT s.institution FROM service_records s WHERE s.case_id = c.id"
                       " ORDER BY s.sort_order DESC LIMIT 1)")
_INCIDENT_COUNT = "(SELECT count(*) FROM incidents i WHERE i.case_id = c.id)"
_SUMMARY_SQL = f"""
SELECT c.code, coalesce(p.pseudonym, ''), c.stage, p.origin_province, {_LATEST_INSTITUTION},
       p.situation, {_INCIDENT_COUNT}, c.assigned_to, c.updated_at
FROM cases c LEFT JOIN persons p ON p.case_id = c.id
"""

# One SQL condition per CaseFilter field, each taking the field's value as its one parameter,
# written with "{x}" where a "+" keeps SQLite from driving the query through the filter's index.
_FILTER_SQL = {
    "province": "{x}p.origin_province = ?",
    "situation": "{x}p.situation = ?",
    "institution": "{x}c.id IN (SELECT case_id FROM service_records WHERE institution = ?)",
    "stage": "{x}c.stage = ?",
    "tag": "{x}c.id IN (SELECT case_id FROM case_tags WHERE tag = ?)",
    "assigned_to": "{x}c.assigned_to = ?",
    "text": "{x}c.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)",
}
# A filter on its own is counted in its own table (one row per case, or counted distinct).
_COUNT_ALONE_SQL = {
    "province": "SELECT count(*) FROM persons WHERE origin_province = ?",
    "situation": "SELECT count(*) FROM persons WHERE situation = ?",
    "institution": "SELECT count(DISTINCT case_id) FROM service_records WHERE institution = ?",
    "stage": "SELECT count(*) FROM cases WHERE stage = ?",
    "tag": "SELECT count(*) FROM case_tags WHERE tag = ?",
    "assigned_to": "SELECT count(*) FROM cases WHERE assigned_to = ?",
    "text": "SELECT count(*) FROM search_index WHERE search_index MATCH ?",
}
_PERSON_FILTERS = {"province", "situation"}
# The columns a case list can be sorted by (the code breaks ties, so pages never overlap).
SORT_KEYS = {
    "code": "c.code",
    "pseudonym": "coalesce(p.pseudonym, '')",
    "stage": "c.stage",
    "province": "coalesce(p.origin_province, '')",
    "institution": f"coalesce({_LATEST_INSTITUTION}, '')",
    "situation": "coalesce(p.situation, '')",
    "incidents": _INCIDENT_COUNT,
    "updated": "c.updated_at",
}
# Sort keys with an index SQLite can walk in order (and stop after a page).
_INDEXED_SORTS = {"code"}
# Past this share of all cases, walking the sort order finds a page sooner than the filter's
# index does (measured at 100,000 cases: about 2%).
BROAD_SHARE = 0.02


def _chosen(filters: CaseFilter) -> dict[str, Any]:
    """The filters in use, with the search text turned into an FTS5 query."""
    chosen = {name: value for name, value in asdict(filters).items() if value}
    if "text" in chosen:
        chosen["text"] = search.fts_query(chosen["text"])
        if chosen["text"] is None:  # nothing searchable typed (only punctuation): no filter
            del chosen["text"]
    return chosen


def _where(chosen: dict[str, Any], walk_sort_order: bool = False) -> tuple[str, list[Any]]:
    if not chosen:
        return "", []
    terms = [_FILTER_SQL[name].format(x="+" if walk_sort_order else "") for name in chosen]
    return " WHERE " + " AND ".join(terms), list(chosen.values())


def count_cases(db: Database, filters: CaseFilter = CaseFilter()) -> int:
    """How many cases match `filters`."""
    chosen = _chosen(filters)
    if not chosen:
        return db.execute("SELECT count(*) FROM cases").fetchone()[0]
    if len(chosen) == 1:
        (name, value), = chosen.items()
        return db.execute(_COUNT_ALONE_SQL[name], [value]).fetchone()[0]
    where, params = _where(chosen)
    join = " LEFT JOIN persons p ON p.case_id = c.id" if _PERSON_FILTERS & set(chosen) else ""
    return db.execute("SELECT count(*) FROM cases c" + join + where, params).fetchone()[0]


def list_cases(db: Database, filters: CaseFilter = CaseFilter(), limit: int | None = None,
               offset: int = 0, sort: str = "code", descending: bool = False,
               matches: int | None = None) -> list[CaseSummary]:
    """Case summaries matching `filters`, ordered by `sort` (a key of SORT_KEYS).

    `matches` is how many cases match, if the caller has just counted them: a page of a broad
    filter is then found by walking the sort order.
    """
    chosen = _chosen(filters)
    walk = (limit is not None and sort in _INDEXED_SORTS and matches is not None and chosen
            and matches > BROAD_SHARE * count_cases(db))
    where, params = _where(chosen, walk_sort_order=bool(walk))
    direction = "DESC" if descending else "ASC"
    sql = (_SUMMARY_SQL + where + f" ORDER BY {SORT_KEYS[sort]} {direction}, c.code {direction}"
           " LIMIT ? OFFSET ?")
    rows = db.execute(sql, [*params, -1 if limit is None else limit, offset])
    return [CaseSummary(*row) for row in rows]
