"""Doing what an import preview showed, in one transaction, or nothing at all.

New cases come in with their own uuids; changed ones take the sender's edits field by field;
conflicts are settled by the caseworker's choices (none is ever settled silently); sources are
streamed from the bundle into blobs; citations are added; and `provenance` records, for every
case and source taken in, who sent it, in which bundle, and the JSON as received (the base of
the next import's merge). The audit log records each case imported and each choice made.
What the store already holds is left alone, so importing a bundle again writes nothing.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from casefiles.core.errors import BundleRefused, InvalidInput
from casefiles.core.exchange.bundle import Bundle, BundleSource
from casefiles.core.exchange.bundle_layout import ChunkReader
from casefiles.core.exchange.import_preview import (
    CHANGED,
    CONFLICT,
    NEW,
    SIDES,
    THEIRS,
    UNCHANGED,
    CasePreview,
    ImportPreview,
    canonical_json,
    citation_known,
    citation_uuid,
    json_sha256,
    local_case_id,
    local_source_id,
    preview_import,
)
from casefiles.core.exchange.merge_json import Take, apply_takes, path_text
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation, Source
from casefiles.core.security import audit
from casefiles.core.sources import blobs, ingest
from casefiles.core.store import case_links, cases, sources
from casefiles.core.store.citations import add_citation
from casefiles.core.store.driver import Database

_CODE = re.compile(r"^CF-[0-9A-Z]{4}-[0-9A-Z]{4}$")
ALL_PATHS = "*"  # a choice for every conflict of one case
Choices = Mapping[str, Mapping[str, str]]  # case code or uuid -> field path (or "*") -> side
# A new case (its code or uuid in the bundle) -> a likely duplicate's code here -> the relation
# to record (case_links.SAME_PERSON or NOT_SAME_PERSON). Duplicates left out stay undecided.
Links = Mapping[str, Mapping[str, str]]


class ChoicesNeeded(InvalidInput):
    """Conflicts without a choice: `paths` lists them as "CODE:path"."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        super().__init__(_("{n} conflict(s) need a choice of ours or theirs before anything is "
                           "imported: {paths}").format(n=len(paths), paths=", ".join(paths)))


@dataclass
class ImportReport:
    """What an import wrote (all empty when the store already held everything)."""

    added: list[str] = field(default_factory=list)  # codes of the new cases
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    choices: dict[str, str] = field(default_factory=dict)  # "CODE:path" -> "ours" | "theirs"
    duplicates: dict[str, list[str]] = field(default_factory=dict)  # new code -> undecided
    links: dict[str, dict[str, str]] = field(default_factory=dict)  # new code -> code -> relation
    sources_added: int = 0
    citations_added: int = 0
    notes: list[str] = field(default_factory=list)
    provenance_rows: int = 0

    @property
    def wrote_anything(self) -> bool:
        return bool(self.added or self.updated or self.choices or self.sources_added
                    or self.citations_added or self.provenance_rows)


def apply_import(db: Database, bundle: Bundle, preview: ImportPreview, choices: Choices,
                 actor: str, allow_unknown_signer: bool = False,
                 links: Links | None = None) -> ImportReport:
    """Import `bundle` as `preview` showed it, settling its conflicts by `choices` and
    recording the caseworker's decisions about likely duplicates (`links`).

    Refused with nothing written: a signer not in the address book (unless
    `allow_unknown_signer`), a conflict without a choice (ChoicesNeeded), a choice naming no
    conflict, a link naming no likely duplicate, a store changed since the preview in a way
    that changes what the import does.
    """
    if preview.manifest_sha256 != bundle.manifest_sha256:
        raise InvalidInput(_("This preview is of another bundle; preview the bundle again."))
    if preview.signer is None and not allow_unknown_signer:
        bundle.require_trusted()
    chosen = _resolve(preview, choices)
    decided = _resolve_links(preview, links or {})
    report = ImportReport()
    incoming = sum(s.size for s in bundle.sources if s.has_original
                   and local_source_id(db, s.sha256) is None)
    with ingest.journal_for(db, incoming), db.atomic():
        # The preview holds if the store has not changed since (every change is audited);
        # else it is worked out again, and must show the same fate for every case.
        fresh = preview if audit.head(db) == preview.audit_head else preview_import(db, bundle)
        if _outline(fresh) != _outline(preview):
            raise InvalidInput(_("The store changed since the preview; preview the import "
                                 "again."))
        sender = _Sender(bundle, fresh.signer or bundle.sender)
        for case_preview, theirs in zip(fresh.cases, bundle.cases, strict=True):
            if case_preview.status == NEW:
                case_id = _add_case(db, sender, case_preview, theirs, actor, report)
                _link_duplicates(db, case_id, case_preview, decided.get(case_preview.uuid, {}),
                                 actor, report)
            else:
                _merge_case(db, sender, case_preview, theirs, chosen.get(case_preview.uuid, {}),
                            actor, report)
        _import_sources(db, sender, fresh, actor, report)
        if report.wrote_anything:
            audit.record(db, actor, "bundle.import", None, manifest_sha256=bundle.manifest_sha256,
                         sender=bundle.sender, signer=fresh.signer, profile=bundle.profile,
                         added=len(report.added), updated=len(report.updated),
                         sources=report.sources_added, citations=report.citations_added)
    return report


def _outline(preview: ImportPreview) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """What must not change between the preview and the import: each case's fate, and the
    duplicates offered (a decision must be about a case that is still there)."""
    return [(c.uuid, c.status, tuple(f.path for f in c.conflicts),
             tuple(d.code for d in c.duplicates)) for c in preview.cases]


def _resolve_links(preview: ImportPreview, links: Links) -> dict[str, dict[str, str]]:
    """The link decisions by new case uuid, checked: each about a duplicate the preview
    offered, each a known relation."""
    by_key = {key: c for c in preview.cases if c.status == NEW
              for key in (c.uuid, c.code.upper())}
    decided: dict[str, dict[str, str]] = {}
    for key, others in links.items():
        case = by_key.get(key.strip()) or by_key.get(key.strip().upper())
        offered = {d.code for d in case.duplicates} if case else set()
        for code, relation in others.items():
            if relation not in case_links.RELATIONS:
                raise InvalidInput(_("{key}={code}: a link is {same} or {not_same}, not "
                                     "{relation!r}.").format(
                                         key=key, code=code, relation=relation,
                                         same=case_links.SAME_PERSON,
                                         not_same=case_links.NOT_SAME_PERSON))
            if case is None or code.strip().upper() not in offered:
                raise InvalidInput(_("{key}={code}: {code} is not a likely duplicate of a new "
                                     "case {key} in this import.").format(key=key, code=code))
            decided.setdefault(case.uuid, {})[code.strip().upper()] = relation
    return decided


def _resolve(preview: ImportPreview, choices: Choices) -> dict[str, dict[str, str]]:
    """The choices by case uuid and path, checked: every conflict chosen, no choice astray."""
    by_key = {key: c for c in preview.cases for key in (c.uuid, c.code.upper())}
    chosen: dict[str, dict[str, str]] = {}
    for key, paths in choices.items():
        case = by_key.get(key.strip()) or by_key.get(key.strip().upper())
        conflicts = {f.path for f in case.conflicts} if case else set()
        for path, side in paths.items():
            if side not in SIDES:
                raise InvalidInput(_("{key}:{path}: choose \"ours\" or \"theirs\", not {side!r}.")
                                   .format(key=key, path=path, side=side))
            if case is None or (path != ALL_PATHS and path not in conflicts):
                raise InvalidInput(_("{key}:{path} is not a conflict of this import (the "
                                     "conflicts: {paths}).").format(
                                         key=key, path=path,
                                         paths=", ".join(preview.choices_needed()) or "-"))
            for one in sorted(conflicts) if path == ALL_PATHS else [path]:
                chosen.setdefault(case.uuid, {})[one] = side
    missing = [f"{c.code}:{f.path}" for c in preview.cases for f in c.conflicts
               if f.path not in chosen.get(c.uuid, {})]
    if missing:
        raise ChoicesNeeded(missing)
    return chosen


# ---- cases ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Sender:
    """The bundle being imported and who sent it, as provenance rows name them."""

    bundle: Bundle
    name: str  # the address book's name for the key, else the name the manifest gives

    @property
    def key(self) -> bytes:
        return bytes(self.bundle.sender_key)

    @property
    def manifest_sha256(self) -> str:
        return self.bundle.manifest_sha256

    def record(self, db: Database, column: str, row_id: int, data: dict[str, Any]) -> None:
        """A provenance row for the case or source `row_id`, holding `data` as received."""
        db.execute(
            f"INSERT INTO provenance ({column}, sender_name, sender_key, manifest_sha256, "
            "bundle_created_at, imported_at, json_sha256, base_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, self.name, self.key, self.manifest_sha256, self.bundle.created_at,
             audit.utc_now(), json_sha256(data), canonical_json(data)))


def _last_hash(db: Database, case_id: int, key: bytes) -> str | None:
    row = db.execute("SELECT json_sha256 FROM provenance WHERE case_id = ? AND sender_key = ? "
                     "ORDER BY id DESC LIMIT 1", (case_id, key)).fetchone()
    return row[0] if row else None


def _merge_case(db: Database, sender: _Sender, preview: CasePreview, theirs: dict[str, Any],
                chosen: dict[str, str], actor: str, report: ImportReport) -> None:
    """A case known here: take the sender's edits and the chosen side of each conflict."""
    case_id = local_case_id(db, preview.uuid)
    assert case_id is not None  # the fresh preview found it
    if preview.status == UNCHANGED:
        if _last_hash(db, case_id, sender.key) != json_sha256(theirs):
            sender.record(db, "case_id", case_id, theirs)  # the next merge's base
            report.provenance_rows += 1
        report.unchanged.append(preview.code)
        return
    assert preview.status in (CHANGED, CONFLICT)
    takes = [*preview.plan.takes, *(Take(clash.path, clash.theirs) for clash in
                                    preview.plan.clashes
                                    if chosen[path_text(clash.path)] == THEIRS)]
    changed = _update_case(db, case_id, takes)
    audit.record(db, actor, "case.import", preview.uuid, code=preview.code, status=preview.status,
                 fields=changed, choices=dict(sorted(chosen.items())), sender=sender.name,
                 manifest_sha256=sender.manifest_sha256)
    sender.record(db, "case_id", case_id, theirs)
    report.provenance_rows += 1
    report.choices.update({f"{preview.code}:{p}": side for p, side in sorted(chosen.items())})
    if changed:
        report.updated.append(preview.code)


def _update_case(db: Database, case_id: int, takes: list[Take]) -> list[str]:
    """Apply the edits to the case as stored (with its identity); the changed paths."""
    old = cases.load_case(db, case_id, with_identity=True)
    old_json = serial.to_json(old)
    new_json = serial.to_json(old)
    apply_takes(new_json, takes)
    changed = cases.changed_paths(old_json, new_json)
    if not changed:
        return []
    new = serial.from_json(Case, new_json)
    new.uuid, new.code, new.created_at = old.uuid, old.code, old.created_at
    new.updated_at = audit.utc_now()
    cases.write_case(db, case_id, new)  # uuids kept
    return changed


def _add_case(db: Database, sender: _Sender, preview: CasePreview, theirs: dict[str, Any],
              actor: str, report: ImportReport) -> int:
    """A new case, under the sender's uuid (and code, when it is free here); its id."""
    case = serial.from_json(Case, theirs)
    case.uuid = theirs["uuid"]
    code = str(theirs.get("code") or "").upper()
    taken = db.execute("SELECT 1 FROM cases WHERE code = ?", (code,)).fetchone()
    case.code = code if _CODE.match(code) and not taken else cases.new_code(db)
    case.updated_at = audit.utc_now()
    case.created_at = theirs.get("created_at") or case.updated_at
    case_id = cases.write_case(db, None, case)  # add_case would give a new uuid
    audit.record(db, actor, "case.import", case.uuid, code=case.code, status=NEW,
                 sender=sender.name, manifest_sha256=sender.manifest_sha256,
                 likely_duplicates=[d.code for d in preview.duplicates])
    sender.record(db, "case_id", case_id, theirs)
    report.provenance_rows += 1
    report.added.append(case.code)
    return case_id


def _link_duplicates(db: Database, case_id: int, preview: CasePreview, decided: dict[str, str],
                     actor: str, report: ImportReport) -> None:
    """Record the decisions about a new case's likely duplicates; list the undecided ones."""
    code = db.execute("SELECT code FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    for other_code, relation in sorted(decided.items()):
        case_links.set_link_by_id(db, case_id, cases.case_id_for(db, other_code), relation,
                                  actor)
        report.links.setdefault(code, {})[other_code] = relation
    undecided = [d.code for d in preview.duplicates if d.code not in decided]
    if undecided:
        report.duplicates[code] = undecided


# ---- sources and citations --------------------------------------------------------------------

def _import_sources(db: Database, sender: _Sender, preview: ImportPreview, actor: str,
                    report: ImportReport) -> None:
    """New sources (originals streamed from the bundle), then the citations not yet here."""
    bundle_sources = {s.sha256: s for s in sender.bundle.sources}
    new = [p.sha256 for p in preview.sources if p.status == NEW]
    with_original = {sha for sha in new if bundle_sources[sha].has_original}
    for source, chunks in sender.bundle.originals(with_original) if with_original else ():
        _add_source(db, sender, source, _store_original(db, source, chunks), actor, report)
    for sha in new:
        if sha not in with_original:
            _add_source(db, sender, bundle_sources[sha], None, actor, report)
    for source in bundle_sources.values():
        for citation in source.metadata.get("citations", []):
            _add_citation(db, source.sha256, citation, actor, report)


def _store_original(db: Database, source: BundleSource, chunks: Iterator[bytes]) -> int:
    """Stream an original into a blob (or find the blob already holding those bytes)."""
    existing = blobs.find_blob(db, source.sha256)
    if existing is not None:
        for _chunk in chunks:  # read to the end: the bundle checks the hash there
            pass
        return existing
    blob_id, sha256, size = blobs.write_blob(db, ChunkReader(chunks))
    if (sha256, size) != (source.sha256, source.size):
        raise BundleRefused(_("The original of source {sha}... does not match its SHA-256; "
                              "nothing was imported.").format(sha=source.sha256[:12]))
    blobs.seal_blob(db, blob_id, sha256, size)
    return blob_id


def _add_source(db: Database, sender: _Sender, bundled: BundleSource, blob_id: int | None,
                actor: str, report: ImportReport) -> None:
    """The source's metadata as sent (its uuid kept when free), its text extracted."""
    metadata = {k: v for k, v in bundled.metadata.items() if k != "citations"}
    source = serial.from_json(Source, metadata)
    uuid = metadata.get("uuid") or ""
    if uuid and not db.execute("SELECT 1 FROM sources WHERE uuid = ?", (uuid,)).fetchone():
        source.uuid = uuid
    source.sha256 = bundled.sha256
    source.media_type = metadata.get("media_type", "")
    source.kind = metadata.get("kind", "") or "other"
    source.capture_method = source.capture_method or _("exchange bundle")
    notes: list[str] = []
    extracted = None
    if blob_id is None:
        source.extraction = "none"
        source.extraction_note = _("The original was not sent with the bundle.")
    else:
        extracted, source.extraction = ingest.extract_stored(
            db, blob_id, source.kind, bundled.size, notes)
        source.extraction_note = " ".join(notes)
    sources.add_source(db, source, actor, blob_id=blob_id)
    if extracted is not None:
        sources.put_working_text(db, source.id, extracted.segments)
        sources.put_mentions(db, source.id, ingest.find_mentions(extracted.segments))
    sender.record(db, "source_id", source.id, bundled.metadata)
    report.provenance_rows += 1
    report.sources_added += 1


def _add_citation(db: Database, sha256: str, citation: dict[str, Any], actor: str,
                  report: ImportReport) -> None:
    """A citation not yet here, linked to the incident or risk factor it names if the case
    has it (else to the case, with a note)."""
    uuid = citation_uuid(sha256, citation)
    if citation_known(db, uuid):
        return
    source_id = local_source_id(db, sha256)
    case_id = local_case_id(db, citation["case_uuid"])
    assert source_id is not None  # imported above
    assert case_id is not None
    case = cases.load_case(db, case_id, with_identity=False)
    links = {"incident_uuid": {i.uuid for i in case.incidents},
             "risk_factor_uuid": {f.uuid for f in case.risk.factors}}
    linked = {}
    for key, known in links.items():
        value = citation.get(key, "")
        if value and value not in known:
            report.notes.append(_("A citation of source {sha}... names an item {uuid} that case "
                                  "{code} does not have; it was linked to the case.")
                                .format(sha=sha256[:12], uuid=value, code=case.code))
            value = ""
        linked[key] = value
    add_citation(db, Citation(uuid=uuid, source_id=source_id, case_code=case.code,
                              pinpoint=citation.get("pinpoint", ""),
                              quote=citation.get("quote", ""),
                              translation=citation.get("translation", ""), **linked), actor)
    report.citations_added += 1
