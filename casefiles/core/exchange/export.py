"""Exporting cases into an exchange bundle for partner organisations, or to a passphrase.

Everything is checked before a byte is written: the profile can go into a bundle (it carries
the uuids a merge needs), every case records the consent the profile needs, every partner is in
the address book and verified (unless the caseworker says otherwise). Each case is redacted
under the profile; so are the sources the profile lets out with it and their citations. The
originals stream from the store's blobs into the encrypted file: the only file written is a
temporary one next to `out` holding ciphertext only, fsynced and renamed over `out` in the
transaction that records one share-log entry per case.
"""

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import keys
from casefiles.core.exchange.bundle import BundleSummary, write_bundle
from casefiles.core.exchange.bundle_write import Opener
from casefiles.core.exchange.redaction import (
    INCLUDE,
    Profile,
    check_sharing_consent,
    identity_included,
    load_profile,
    redact,
    redact_citation,
    redact_source,
)
from casefiles.core.fsutil import PRIVATE_FILE_MODE, fsync_dir
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation, ShareEntry, Source
from casefiles.core.security import audit
from casefiles.core.sources import blobs
from casefiles.core.store import cases, sharelog, sources
from casefiles.core.store.citations import citations_for_case
from casefiles.core.store.driver import Database

METHOD = "bundle"
RECIPIENT_WITHOUT_KEYS = "passphrase"
# Citation fields that are row ids of this store: meaningless anywhere else.
_LOCAL_IDS = ("id", "source_id")


@dataclass(frozen=True)
class ExportReport:
    """What went out, to whom, and the file's hash as the share log records it."""

    path: Path
    cases: list[str]  # codes
    recipients: list[str]  # partner names, or ["passphrase"]
    profile: str
    sources: int
    originals: int
    sources_withheld: int  # cited sources the profile keeps back
    size: int
    sha256: str
    manifest_sha256: str
    created_at: str


def export_bundle(db: Database, codes: list[str], profile_name: str, out: Path, actor: str,
                  to: list[str | int] | None = None, passphrase: str | None = None,
                  with_sources: bool = True, allow_unverified: bool = False,
                  overwrite: bool = False, sender: str = "") -> ExportReport:
    """Export the cases `codes` under `profile_name` into the bundle file `out`.

    Encrypted to the partners `to` (names or ids in the address book) or to `passphrase`.
    Refused with nothing written (InvalidInput, NotFound): no case, a profile without uuids, a
    case lacking the consent the profile needs, an unknown partner, an unverified one unless
    `allow_unverified`, an existing `out` unless `overwrite`. `sender` is the organisation's
    name as the manifest gives it, by default the name set for this store (the signature, not
    the name, is what partners check).
    """
    sender = sender or keys.organisation_name(db)
    profile = _bundle_profile(profile_name)
    recipients, names = _recipients(db, to, passphrase, allow_unverified)
    chosen = _cases(db, codes, profile)
    if out.exists() and not overwrite:
        raise InvalidInput(_("{path} already exists; choose another name or replace it.")
                           .format(path=out))
    bundled, withheld = _sources(db, chosen, profile) if with_sources else ([], 0)
    key = keys.signing_key(db)
    with _ciphertext_file(out) as (stream, publish):
        summary = write_bundle(stream, _case_json(db, chosen, profile), bundled, key, sender,
                               profile.name, recipients=recipients, passphrase=passphrase)
        with db.atomic():
            _record_shares(db, chosen, names, profile, summary, actor)
            publish()
    return ExportReport(path=out, cases=[c.code for c in chosen], recipients=names,
                        profile=profile.name, sources=summary.sources,
                        originals=summary.originals, sources_withheld=withheld,
                        size=summary.size, sha256=summary.sha256,
                        manifest_sha256=summary.manifest_sha256, created_at=summary.created_at)


def can_bundle(profile: Profile) -> bool:
    """Whether the profile lets out the uuids an import merges by (else it makes no bundle)."""
    return profile.rule("uuid") == INCLUDE


def _bundle_profile(name: str) -> Profile:
    """The profile, if it lets out the uuids an import merges by."""
    profile = load_profile(name)
    if not can_bundle(profile):
        raise InvalidInput(_("The profile \"{profile}\" withholds the cases' UUIDs, which a "
                             "partner's import needs to merge them: it cannot be used for a "
                             "bundle. Choose another profile.").format(profile=profile.title()))
    return profile


def _recipients(db: Database, to: list[str | int] | None, passphrase: str | None,
                allow_unverified: bool) -> tuple[list[str] | None, list[str]]:
    """(age recipients or None for a passphrase, the names the share log records)."""
    if (to is None) == (passphrase is None):
        raise InvalidInput(_("Export either to partners (their keys) or to a passphrase, "
                             "not both and not neither."))
    if to is None:
        return None, [RECIPIENT_WITHOUT_KEYS]
    if not to:
        raise InvalidInput(_("Name at least one partner to export to."))
    partners = list({p.id: p for p in (keys.get_partner(db, ref) for ref in to)}.values())
    unverified = [p.name for p in partners if not p.verified]
    if unverified and not allow_unverified:
        raise InvalidInput(_("Not verified: {names}. Compare their fingerprint by phone or in "
                             "person and mark them verified first (or allow unverified "
                             "partners explicitly); nothing was exported.")
                           .format(names=", ".join(unverified)))
    return [p.age_recipient for p in partners], [p.name for p in partners]


def _cases(db: Database, codes: list[str], profile: Profile) -> list[Case]:
    """The cases asked for, once each, as headers (the case row without its parts), each
    holding the consent the profile needs. Headers, so that memory does not grow with the
    number of cases: each is loaded whole only when the bundle takes it (`_case_json`)."""
    unique = list(dict.fromkeys(code.strip().upper() for code in codes))
    if not unique:
        raise InvalidInput(_("Choose at least one case to export."))
    chosen = [cases.load_header(db, cases.case_id_for(db, code)) for code in unique]
    for header in chosen:
        check_sharing_consent(header, profile)
    return chosen


def _case_json(db: Database, chosen: list[Case], profile: Profile) -> Iterator[dict]:
    """Each case redacted, loaded one at a time as the bundle streams (the identity only when
    the profile shows it)."""
    for header in chosen:
        case = cases.load_case(db, cases.case_id_for(db, header.code),
                               with_identity=identity_included(header, profile))
        yield serial.to_json(redact(case, profile))


def _sources(db: Database, chosen: list[Case], profile: Profile
             ) -> tuple[list[tuple[dict, Opener | None]], int]:
    """Each source the profile lets out with at least one of the cases, with the citations of
    those cases (redacted); and how many cited sources were kept back."""
    cited: dict[int, list[tuple[Case, Citation]]] = {}
    for case in chosen:
        for citation in citations_for_case(db, case.code):
            cited.setdefault(citation.source_id, []).append((case, citation))
    out, withheld = [], 0
    for source_id, links in cited.items():
        source = sources.get_source(db, source_id)
        allowed = [(case, c) for case, c in links if profile.allows_source(source, case)]
        if not allowed:
            withheld += 1
            continue
        out.append((_source_json(source, allowed, profile), _opener(db, source_id)))
    return out, withheld


def _source_json(source: Source, links: list[tuple[Case, Citation]], profile: Profile) -> dict:
    """The source's redacted metadata with its citations; hash and size always, as the
    bundle checks the original by them."""
    redacted = redact_source(source, profile, links[0][0])
    assert redacted is not None  # allowed with that case
    data = serial.to_json(redacted)
    data.update(sha256=source.sha256, size=source.size)
    data["citations"] = [_citation_json(citation, case, profile) for case, citation in links]
    return data


def _citation_json(citation: Citation, case: Case, profile: Profile) -> dict:
    data = {k: v for k, v in serial.to_json(redact_citation(citation, profile)).items()
            if k not in _LOCAL_IDS}
    data["case_uuid"] = case.uuid
    return data


def _opener(db: Database, source_id: int) -> Opener | None:
    """Streams the stored original chunk by chunk; None for a source without one."""
    blob_id = sources.blob_of(db, source_id)
    if blob_id is None:
        return None
    return lambda: blobs.read_chunks(db, blob_id)


def _record_shares(db: Database, chosen: list[Case], names: list[str], profile: Profile,
                   summary: BundleSummary, actor: str) -> None:
    """One share-log entry per case (audited), and the bundle itself in the audit log."""
    recipient = ", ".join(names)
    for case in chosen:
        sharelog.record_share(db, ShareEntry(case_code=case.code, recipient=recipient,
                                             profile=profile.name, method=METHOD,
                                             file_sha256=summary.sha256), actor)
    audit.record(db, actor, "bundle.export", None, codes=[c.code for c in chosen],
                 recipients=names, profile=profile.name, sha256=summary.sha256,
                 manifest_sha256=summary.manifest_sha256, sources=summary.sources)


@contextlib.contextmanager
def _ciphertext_file(out: Path) -> Iterator[tuple[BinaryIO, Callable[[], None]]]:
    """A new 0600 file next to `out` for the encrypted bundle, and `publish()`, which fsyncs
    it and renames it over `out`. Removed if anything fails before publishing."""
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE_MODE)
    published = False
    with os.fdopen(fd, "wb") as stream:
        def publish() -> None:
            nonlocal published
            stream.flush()
            os.fsync(stream.fileno())
            os.replace(tmp, out)
            published = True
            fsync_dir(out.parent)

        try:
            yield stream, publish
        finally:
            if not published:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
