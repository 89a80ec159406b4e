"""What happens to a rendered dossier: shown, saved or printed, and each time recorded.

A preview stays in memory but still shows the case (the identity too, under a profile that
includes it), so it is written to the audit log. Saving and printing hand the dossier over:
they go to the case's share log as well, with the profile and the file's SHA-256, so that the
organisation can always say which version of a case left, when, and for whom.
"""

from pathlib import Path

from casefiles.core.dossier.render import Dossier, DossierRequest
from casefiles.core.exchange.redaction import load_profile
from casefiles.core.fsutil import atomic_write
from casefiles.core.model.case import ShareEntry
from casefiles.core.security import audit
from casefiles.core.store import cases, sharelog
from casefiles.core.store.driver import Database

SAVED, PRINTED = "dossier (PDF)", "dossier (printed)"


def record_preview(db: Database, request: DossierRequest, dossier: Dossier, actor: str) -> None:
    """Note in the audit log that the dossier was generated and shown on screen."""
    uuid = cases.get_case(db, request.code).uuid
    audit.record(db, actor, "dossier.preview", uuid, code=request.code, profile=request.profile,
                 lang=request.lang, sha256=dossier.sha256)


def record_handover(db: Database, request: DossierRequest, dossier: Dossier, actor: str,
                    method: str) -> ShareEntry:
    """Note in the share log (and so the audit log) that the dossier left the store."""
    return sharelog.record_share(db, ShareEntry(
        case_code=request.code, recipient=load_profile(request.profile).title("en"),
        profile=request.profile, method=method, file_sha256=dossier.sha256,
        note=f"{dossier.pages} pages, {request.lang}"), actor)


def write_dossier(db: Database, request: DossierRequest, dossier: Dossier, out: Path,
                  actor: str) -> None:
    """Write a rendered dossier to `out` (atomically: all of it or nothing) and record it."""
    atomic_write(out, dossier.pdf)
    record_handover(db, request, dossier, actor, SAVED)
