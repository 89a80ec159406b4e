"""Full-text search over cases (FTS5), with Arabic-script normalisation of text and query.

One index row per case (its rowid is the case's id) holds a document made of the case's
searchable text: code, pseudonym, summary, notes, tags, service units and posts, incident
descriptions, relatives' accounts, the risk assessment, and the English, Dari and Pashto labels
of its provinces, institutions, situations and incident types, so "NDS Kandahar" and
"امنیت ملی قندهار" both find it. Identity fields are never in this index: looking a person up by
name is `search_identities`, a separate action that is audited.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from casefiles.core.model.case import Case
from casefiles.core.model.textnorm import normalise, query_tokens
from casefiles.core.model.vocab import LANGUAGES, vocabulary
from casefiles.core.security import audit
from casefiles.core.store.driver import Database

_CREATE = """
CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    labels,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)
"""
SNIPPET_TOKENS = 12


def create_index(db: Database) -> None:
    db.execute(_CREATE)


def case_document(case: Case) -> tuple[str, str]:
    """The searchable text of a case and its vocabulary labels, normalised.

    Identity fields are left out on purpose. Labels sit in their own column so snippets show
    the caseworker's text, not a list of province names.
    """
    p = case.person
    labels: list[tuple[str, str | None]] = [
        ("provinces", p.origin_province), ("countries", p.current_country),
        ("situations", p.situation), ("case_stages", case.stage),
    ]
    parts = [case.code, p.pseudonym, p.origin_district, p.current_place, case.summary,
             case.notes, " ".join(case.tags), case.assigned_to]
    for s in case.service:
        parts += [s.unit, s.position, s.international_partner, s.notes]
        labels += [("institutions", s.institution), ("ranks", s.rank), ("provinces", s.province)]
    for i in case.incidents:
        parts += [i.description, i.perpetrator, i.district, i.city]
        labels += [("incident_types", i.type), ("provinces", i.province),
                   ("countries", i.country)]
    for r in case.relatives:
        parts += [r.pseudonym, r.what_happened]
        labels += [("incident_types", r.incident_type)]
    parts += [case.risk.guidance, case.risk.conclusion]
    parts += [f.assessment for f in case.risk.factors]
    body = normalise("\n".join(part for part in parts if part))
    return body, normalise("\n".join(sorted(_label_texts(labels))))


def _label_texts(labels: Iterable[tuple[str, str | None]]) -> set[str]:
    texts = set()
    for vocab_name, code in labels:
        if code:
            term = vocabulary(vocab_name).find(code)
            if term is not None:
                texts.update(term.label(lang) for lang in LANGUAGES)
                texts.update(term.aliases)
    return texts


def index_case(db: Database, case_id: int, case: Case) -> None:
    """Put (or replace) a case's document in the index; call in the case's write transaction."""
    db.execute("DELETE FROM search_index WHERE rowid = ?", (case_id,))
    db.execute("INSERT INTO search_index (rowid, body, labels) VALUES (?, ?, ?)",
               (case_id, *case_document(case)))


def unindex_case(db: Database, case_id: int) -> None:
    db.execute("DELETE FROM search_index WHERE rowid = ?", (case_id,))


def rebuild_index(db: Database) -> int:
    """Re-create every case's document from the stored cases; returns the number indexed."""
    from casefiles.core.store.cases import load_case  # cases imports this module

    db.execute("DELETE FROM search_index")
    ids = [row[0] for row in db.execute("SELECT id FROM cases ORDER BY id")]
    for case_id in ids:
        index_case(db, case_id, load_case(db, case_id, with_identity=False))
    return len(ids)


def fts_query(query: str, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression: every word must occur; the last one may be a prefix.

    Words are quoted, so FTS syntax typed by a user (AND, NEAR, quotes, *) is taken literally
    and can never make the query fail.
    """
    tokens = query_tokens(query)
    if not tokens:
        return None
    quoted = ['"' + token.replace('"', '""') + '"' for token in tokens]
    if prefix_last:
        quoted[-1] += "*"
    return " ".join(quoted)


@dataclass(frozen=True)
class CaseHit:
    """A case that matches, with a snippet of where (matched words in [brackets])."""

    code: str
    pseudonym: str
    snippet: str


@dataclass(frozen=True)
class CaseSearch:
    """The best `hits` of `total` matching cases; `ranked` False means newest first."""

    hits: list[CaseHit]
    total: int
    ranked: bool


# Ranking costs time in proportion to the number of matches (about 0.6 us each here): past this
# many, a query is too broad for relevance to mean much, so the newest cases come first and the
# caseworker narrows the query. Measured in bench/store.py.
RANK_LIMIT = 10_000


def plan(db: Database, table: str, match: str) -> tuple[int, bool, str]:
    """(matches, ranked, ORDER BY clause) for a MATCH on the FTS5 `table`.

    Counting is cheap; ranking is not, so it is done only up to RANK_LIMIT matches, and a
    broader query lists the newest rows first.
    """
    total = db.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?",
                       (match,)).fetchone()[0]
    ranked = total <= RANK_LIMIT
    return total, ranked, "rank" if ranked else f"{table}.rowid DESC"


def search_cases(db: Database, query: str, limit: int = 50) -> CaseSearch:
    """Cases matching every word of `query`: best first, or newest first when very many match."""
    match = fts_query(query)
    if match is None:
        return CaseSearch([], 0, ranked=True)
    total, ranked, order = plan(db, "search_index", match)
    rows = db.execute(
        "SELECT c.code, coalesce(p.pseudonym, ''), "
        f" snippet(search_index, 0, '[', ']', '…', {SNIPPET_TOKENS}) "
        "FROM search_index JOIN cases c ON c.id = search_index.rowid "
        "LEFT JOIN persons p ON p.case_id = c.id "
        f"WHERE search_index MATCH ? ORDER BY {order} LIMIT ?", (match, limit))
    return CaseSearch([CaseHit(*row) for row in rows], total, ranked)


@dataclass(frozen=True)
class IdentityHit:
    code: str
    pseudonym: str
    fields: tuple[str, ...]


_IDENTITY_COLUMNS = ("full_name", "father_name", "grandfather_name", "tazkira_number",
                     "other_ids", "phone_numbers")


def search_identities(db: Database, query: str, actor: str) -> list[IdentityHit]:
    """Find cases whose identity record contains every word of `query` (audited).

    Used at intake to catch a person already on file. The audit entry records that a search was
    made and which cases it returned, not what was searched for.
    """
    words = [w.casefold() for w in query_tokens(query)]
    hits = []
    if words:
        rows = db.execute(
            "SELECT c.code, coalesce(p.pseudonym, ''), " + ", ".join(
                f"i.{col}" for col in _IDENTITY_COLUMNS) +
            " FROM identities i JOIN cases c ON c.id = i.case_id "
            "LEFT JOIN persons p ON p.case_id = c.id ORDER BY c.code")
        for code, pseudonym, *values in rows:
            folded = {col: normalise(value or "").casefold()
                      for col, value in zip(_IDENTITY_COLUMNS, values, strict=True)}
            haystack = " ".join(folded.values())
            if all(word in haystack for word in words):
                matched = tuple(col for col, text in folded.items()
                                if any(word in text for word in words))
                hits.append(IdentityHit(code, pseudonym, matched))
    with db.atomic():
        audit.record(db, actor, "identity.search", None,
                     results=[hit.code for hit in hits])
    return hits
