"""What importing a bundle would do, worked out without writing anything.

For each case of the bundle: new (its uuid is not in this store), unchanged, changed (only the
sender's side changed since the last import from that sender, as `provenance` remembers it) or
in conflict (both sides changed: each field with both values). New cases are also compared with
the cases already here, to offer likely duplicates (another uuid, the same person) for linking.
Sources are new or known by SHA-256. The signer is named as the address book knows the key.
`import_apply` does what a preview shows, in one transaction.
"""

import hashlib
import json
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any

from casefiles.core.exchange import keys
from casefiles.core.exchange.bundle import Bundle
from casefiles.core.exchange.merge_json import ABSENT, MergePlan, path_text, plan_merge, value_at
from casefiles.core.exchange.redaction import load_profile, redact
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.security import audit
from casefiles.core.store import cases
from casefiles.core.store.driver import Database
from casefiles.core.store.duplicates import LikelyDuplicate, likely_duplicates

NEW, UNCHANGED, CHANGED, CONFLICT = "new", "unchanged", "changed", "conflict"
KNOWN = "known"
OURS, THEIRS = "ours", "theirs"
SIDES = (OURS, THEIRS)
_CITATION_NAMESPACE = uuidlib.UUID("5b7e2f0a-6c1d-4f3e-9a8b-0c1d2e3f4a5b")


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides changed: both values (JSON), None when it is a list item that one
    side does not have (`ours_missing`, `theirs_missing`)."""

    path: str
    ours: Any
    theirs: Any
    ours_missing: bool = False
    theirs_missing: bool = False


@dataclass
class CasePreview:
    """One case of the bundle and what importing it would do."""

    uuid: str
    code: str  # ours when the case is known here, else the sender's
    pseudonym: str
    status: str  # NEW, UNCHANGED, CHANGED or CONFLICT
    changed: list[str] = field(default_factory=list)  # paths taken from the bundle
    conflicts: list[FieldConflict] = field(default_factory=list)
    duplicates: list[LikelyDuplicate] = field(default_factory=list)
    has_base: bool = False  # something was imported from this sender before
    plan: MergePlan = field(default_factory=MergePlan, repr=False)


@dataclass(frozen=True)
class SourcePreview:
    """One source of the bundle: NEW or KNOWN (same SHA-256), and its citations not yet here."""

    sha256: str
    title: str
    status: str
    has_original: bool
    new_citations: int


@dataclass
class ImportPreview:
    """Everything an import would do, for the caseworker to confirm (nothing written yet)."""

    manifest_sha256: str
    sender: str  # the name the manifest gives
    signer: str | None  # the address book's name for the signing key; None: unknown key
    verified: bool
    profile: str
    created_at: str
    cases: list[CasePreview]
    sources: list[SourcePreview]
    audit_head: tuple[int, str] = (0, "")  # the store as the preview saw it (audit.head)

    def count(self, status: str) -> int:
        return sum(1 for c in self.cases if c.status == status)

    def choices_needed(self) -> list[str]:
        """Every conflict as "CODE:path", the form `--choose` and `choices` take."""
        return [f"{c.code}:{f.path}" for c in self.cases for f in c.conflicts]


def json_sha256(data: Any) -> str:
    """The SHA-256 of JSON in a canonical form (sorted keys, UTF-8), to tell versions apart."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def preview_import(db: Database, bundle: Bundle) -> ImportPreview:
    """What importing `bundle` would do; reads the store, writes nothing."""
    profile = load_profile(bundle.profile)
    seen = audit.head(db)
    partner = keys.partner_for_signing_key(db, bundle.sender_key)
    case_previews = [_case_preview(db, bundle, theirs, profile) for theirs in bundle.cases]
    return ImportPreview(
        manifest_sha256=bundle.manifest_sha256, sender=bundle.sender,
        signer=partner.name if partner else None, verified=bool(partner and partner.verified),
        profile=bundle.profile, created_at=bundle.created_at, cases=case_previews,
        sources=[_source_preview(db, source.sha256, source.metadata, source.has_original)
                 for source in bundle.sources], audit_head=seen)


# ---- cases ------------------------------------------------------------------------------------

def local_case_id(db: Database, uuid: str) -> int | None:
    row = db.execute("SELECT id FROM cases WHERE uuid = ?", (uuid,)).fetchone()
    return row[0] if row else None


def last_import(db: Database, case_id: int, sender_key: bytes) -> dict[str, Any] | None:
    """The case as last imported from the sender with this key: the merge's base."""
    row = db.execute("SELECT base_json FROM provenance WHERE case_id = ? AND sender_key = ? "
                     "ORDER BY id DESC LIMIT 1", (case_id, bytes(sender_key))).fetchone()
    return json.loads(row[0]) if row else None


def _case_preview(db: Database, bundle: Bundle, theirs: dict[str, Any],
                  profile: Any) -> CasePreview:
    uuid = theirs["uuid"]
    pseudonym = theirs.get("person", {}).get("pseudonym", "")
    case_id = local_case_id(db, uuid)
    if case_id is None:
        return CasePreview(uuid, theirs.get("code", ""), pseudonym, NEW,
                           duplicates=likely_duplicates(db, serial.from_json(Case, theirs)))
    full = cases.load_case(db, case_id, with_identity=True)
    base = last_import(db, case_id, bundle.sender_key)
    plan = plan_merge(base, serial.to_json(redact(full, profile)), theirs)
    ours_full = serial.to_json(full)
    conflicts = [_field_conflict(ours_full, clash.path, clash.theirs) for clash in plan.clashes]
    status = CONFLICT if conflicts else CHANGED if plan.takes else UNCHANGED
    return CasePreview(uuid, full.code, full.person.pseudonym, status,
                       changed=[path_text(t.path) for t in plan.takes], conflicts=conflicts,
                       has_base=base is not None, plan=plan)


def _field_conflict(ours_full: dict[str, Any], path: Any, theirs: Any) -> FieldConflict:
    """Our value as it is in the store (not as redacted for the comparison), and theirs."""
    ours = value_at(ours_full, path)
    return FieldConflict(path_text(path), None if ours is ABSENT else ours,
                         None if theirs is ABSENT else theirs,
                         ours_missing=ours is ABSENT, theirs_missing=theirs is ABSENT)


# ---- sources ----------------------------------------------------------------------------------

def local_source_id(db: Database, sha256: str) -> int | None:
    row = db.execute("SELECT id FROM sources WHERE sha256 = ? ORDER BY id LIMIT 1",
                     (sha256,)).fetchone()
    return row[0] if row else None


def citation_uuid(sha256: str, citation: dict[str, Any]) -> str:
    """The citation's uuid; for one sent without (a profile withholding it), one derived from
    what it says, so that importing it twice adds it once."""
    if citation.get("uuid"):
        return str(citation["uuid"])
    what = "|".join([sha256, citation["case_uuid"], citation.get("incident_uuid", ""),
                     citation.get("risk_factor_uuid", ""), citation.get("pinpoint", ""),
                     citation.get("quote", "")])
    return str(uuidlib.uuid5(_CITATION_NAMESPACE, what))


def citation_known(db: Database, uuid: str) -> bool:
    return db.execute("SELECT 1 FROM citations WHERE uuid = ?", (uuid,)).fetchone() is not None


def _source_preview(db: Database, sha256: str, metadata: dict[str, Any],
                    has_original: bool) -> SourcePreview:
    new_citations = sum(1 for c in metadata.get("citations", [])
                        if not citation_known(db, citation_uuid(sha256, c)))
    return SourcePreview(sha256, metadata.get("title", ""),
                         KNOWN if local_source_id(db, sha256) is not None else NEW,
                         has_original, new_citations)
