"""The database schema, as an ordered list of migrations.

A migration is frozen history: once released it never changes, because stores made with it exist
on caseworkers' laptops. A new need is a new migration appended here, with a test that upgrades
a store made at every earlier version (`tests/core/test_migrations.py`). `PRAGMA user_version`
holds the number of migrations applied.
"""

import datetime as dt
from collections.abc import Callable

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from casefiles.core.store.driver import Database, complete_statement

# Version 1: the domain of DESIGN.md and the append-only audit log.
_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    stage TEXT NOT NULL,
    assigned_to TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    consent_given_on TEXT,
    consent_scope TEXT NOT NULL DEFAULT '[]',
    consent_recorded_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_stage ON cases(stage);
CREATE INDEX cases_assigned ON cases(assigned_to);

CREATE TABLE case_tags (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) WITHOUT ROWID;
CREATE INDEX case_tags_tag ON case_tags(tag);

CREATE TABLE persons (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    pseudonym TEXT NOT NULL DEFAULT '',
    sex TEXT,
    birth TEXT,
    origin_province TEXT,
    origin_district TEXT NOT NULL DEFAULT '',
    current_country TEXT,
    current_place TEXT NOT NULL DEFAULT '',
    situation TEXT,
    situation_since TEXT
);
CREATE INDEX persons_province ON persons(origin_province);
CREATE INDEX persons_situation ON persons(situation);

CREATE TABLE identities (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    full_name TEXT NOT NULL DEFAULT '',
    father_name TEXT NOT NULL DEFAULT '',
    grandfather_name TEXT NOT NULL DEFAULT '',
    tazkira_number TEXT NOT NULL DEFAULT '',
    other_ids TEXT NOT NULL DEFAULT '[]',
    date_of_birth TEXT,
    phone_numbers TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE identity_photos (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX identity_photos_case ON identity_photos(case_id, sort_order);

CREATE TABLE service_records (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    institution TEXT,
    rank TEXT,
    unit TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    province TEXT,
    started TEXT,
    ended TEXT,
    with_international_forces INTEGER NOT NULL DEFAULT 0,
    international_partner TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_case ON service_records(case_id, sort_order);
CREATE INDEX service_institution ON service_records(institution, case_id);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    type TEXT,
    date TEXT,
    date_sort TEXT NOT NULL DEFAULT '9999-12-31',
    province TEXT,
    district TEXT NOT NULL DEFAULT '',
    country TEXT,
    city TEXT NOT NULL DEFAULT '',
    perpetrator TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    status_after TEXT,
    verification TEXT NOT NULL
);
CREATE INDEX incidents_case ON incidents(case_id, date_sort);
CREATE INDEX incidents_type ON incidents(type);

CREATE TABLE relatives (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    relation TEXT,
    pseudonym TEXT NOT NULL DEFAULT '',
    incident_type TEXT,
    date TEXT,
    what_happened TEXT NOT NULL DEFAULT ''
);
CREATE INDEX relatives_case ON relatives(case_id, sort_order);

CREATE TABLE risk_assessments (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    guidance TEXT NOT NULL DEFAULT '',
    conclusion TEXT NOT NULL DEFAULT '',
    assessed_on TEXT,
    assessed_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE risk_factors (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    factor TEXT,
    present INTEGER NOT NULL DEFAULT 1,
    assessment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX risk_factors_case ON risk_factors(case_id, sort_order);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    type TEXT,
    title TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT,
    url TEXT NOT NULL DEFAULT '',
    captured_on TEXT,
    capture_method TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    reliability TEXT NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- A citation belongs to a case and, optionally, to one incident or risk factor of it. Deleting
-- a cited incident is refused (RESTRICT) rather than silently turning its citations into
-- case-level ones.
CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    incident_id INTEGER REFERENCES incidents(id) ON DELETE RESTRICT,
    risk_factor_id INTEGER REFERENCES risk_factors(id) ON DELETE RESTRICT,
    pinpoint TEXT NOT NULL DEFAULT '',
    quote TEXT NOT NULL DEFAULT '',
    translation TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX citations_case ON citations(case_id);
CREATE INDEX citations_source ON citations(source_id);
CREATE INDEX citations_incident ON citations(incident_id);
CREATE INDEX citations_risk_factor ON citations(risk_factor_id);

CREATE TABLE share_log (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    shared_at TEXT NOT NULL,
    profile TEXT NOT NULL,
    method TEXT NOT NULL,
    file_sha256 TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX share_log_case ON share_log(case_id);

-- Append-only and hash-chained: each row's hash covers its content and the previous row's hash,
-- so an edit made with the key but outside the app breaks the chain where `verify` looks.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    case_uuid TEXT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_case ON audit_log(case_uuid);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


REBUILD_SEARCH_INDEX = "rebuild_search_index"


def _v2_search_index(db: Database) -> None:
    """Version 2: the full-text index.

    It is filled after the last migration (`Store` sees the flag), with the code of that
    version, so this frozen step never depends on how cases are read today.
    """
    from casefiles.core.store import search  # the index's layout lives with its queries

    search.create_index(db)
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')",
               (REBUILD_SEARCH_INDEX,))


def run_script(db: Database, script: str) -> None:
    """Run a multi-statement script inside the current transaction.

    `executescript` would commit first, so a failing migration could not be rolled back.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if complete_statement(statement):
            db.execute(statement)
            statement = ""


# Version 3: source originals (chunked blobs, stored once per SHA-256), their working text
# in segments (a PDF page, a paragraph) with a full-text index, and what each source mentions.
_V3 = """
CREATE TABLE blobs (
    id INTEGER PRIMARY KEY,
    sha256 TEXT UNIQUE,
    size INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE blob_chunks (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (blob_id, seq)
);
ALTER TABLE sources ADD COLUMN blob_id INTEGER REFERENCES blobs(id);
ALTER TABLE sources ADD COLUMN original_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN media_type TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN extraction TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN extraction_note TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN proposed TEXT NOT NULL DEFAULT '{}';
CREATE UNIQUE INDEX sources_blob ON sources(blob_id) WHERE blob_id IS NOT NULL;

CREATE TABLE source_segments (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    pinpoint TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (source_id, seq)
);
CREATE VIRTUAL TABLE source_index USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TABLE source_mentions (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    code TEXT NOT NULL,
    matched TEXT NOT NULL,
    pinpoint TEXT NOT NULL,
    sentence TEXT NOT NULL
);
CREATE INDEX source_mentions_source ON source_mentions(source_id, category);
CREATE INDEX source_mentions_code ON source_mentions(category, code);
ALTER TABLE citations ADD COLUMN quote_check TEXT NOT NULL DEFAULT 'unchecked';
"""


# Version 4: the organisation's own keys (one row: the age X25519 identity that partners
# encrypt bundles to, and the Ed25519 key that signs what this store sends) and the address book
# of partner organisations' public keys. The secret halves exist only in this encrypted table.
_V4 = """
CREATE TABLE own_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    age_identity TEXT NOT NULL,
    age_recipient TEXT NOT NULL,
    signing_private BLOB NOT NULL CHECK (length(signing_private) = 32),
    signing_public BLOB NOT NULL CHECK (length(signing_public) = 32),
    created_at TEXT NOT NULL
);
CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    age_recipient TEXT NOT NULL UNIQUE,
    signing_public BLOB NOT NULL UNIQUE CHECK (length(signing_public) = 32),
    fingerprint TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    verified_at TEXT,
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
"""


def _v4_organisation_keys(db: Database) -> None:
    """Version 4: the key tables, and this store's keys generated into them.

    A new store gets its keys here too, so a store made today and one upgraded from an older
    version have them the same way. Generation is written out in this frozen step rather than
    called from the exchange code, which may change.
    """
    run_script(db, _V4)
    identity = pyrage.x25519.Identity.generate()
    signing = Ed25519PrivateKey.generate()
    db.execute(
        "INSERT INTO own_keys (id, age_identity, age_recipient, signing_private, "
        "signing_public, created_at) VALUES (1, ?, ?, ?, ?, ?)",
        (str(identity), str(identity.to_public()),
         signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
         signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
         dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))


# Version 5: where imported data came from. One row per case (or source) taken in from a
# partner's bundle: who sent it (the name the manifest gives and the signing key, which is what
# identifies the sender), which bundle (its manifest's SHA-256), when, and the JSON as imported
# with its hash. That JSON is the base of the next import's three-way merge ("only their side
# changed since the last import from them" against "both sides changed"); it stays inside the
# encrypted database and goes when the case or source is deleted.
_V5 = """
CREATE TABLE provenance (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    sender_name TEXT NOT NULL,
    sender_key BLOB NOT NULL CHECK (length(sender_key) = 32),
    manifest_sha256 TEXT NOT NULL,
    bundle_created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    json_sha256 TEXT NOT NULL,
    base_json TEXT NOT NULL,
    CHECK ((case_id IS NULL) <> (source_id IS NULL))
);
CREATE INDEX provenance_case ON provenance(case_id, sender_key, id);
CREATE INDEX provenance_source ON provenance(source_id);
"""

# Version 6: a caseworker's judgment that two cases are, or are not, the same person (the same
# soldier documented by two organisations arrives under two uuids). Pairs are kept once, the
# smaller case id first; "not the same person" is kept too, so the pair is not offered again.
_V6 = """
CREATE TABLE case_links (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('same_person', 'not_same_person')),
    note TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    CHECK (case_id < other_id),
    UNIQUE (case_id, other_id)
);
CREATE INDEX case_links_other ON case_links(other_id);
"""


MIGRATIONS: list[Callable[[Database], None]] = [
    lambda db: run_script(db, _V1),
    _v2_search_index,
    lambda db: run_script(db, _V3),
    _v4_organisation_keys,
    lambda db: run_script(db, _V5),
    lambda db: run_script(db, _V6),
]
LATEST = len(MIGRATIONS)


def version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database, target: int = LATEST) -> int:
    """Apply the migrations a store lacks, each in its own transaction; return the new version.

    A failure rolls that migration back and leaves the store at the last version that
    completed, which the current code can still open and retry.
    """
    current = version(db)
    for number in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
    return version(db)
