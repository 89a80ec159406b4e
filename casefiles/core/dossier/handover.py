"""What happens to a rendered dossier: shown, saved or printed, and each time recorded.

A preview stays in memory but still shows the case (the identity too, under a profile that
includes it), so it is written to the audit log. Saving and printing hand the dossier over:
they go to the case's share log as well, with the profile and the file's SHA-256, so that the
organisation can always say which exact file of a case left, when, and for whom. A saved file
and its records go together: the records commit only once the file is in place.
"""

from pathlib import Path

from casefiles.core.dossier.render import Dossier, DossierRequest, Progress, render_dossier
from casefiles.core.exchange.redaction import load_profile
from casefiles.core.fsutil import atomic_write
from casefiles.core.model.case import ShareEntry
from casefiles.core.security import audit
from casefiles.core.store import cases, sharelog
from casefiles.core.store.driver import Database

SAVED, PRINTED = "dossier (PDF)", "dossier (printed)"  # the share log's word for how it left


def record_preview(db: Database, request: DossierRequest, dossier: Dossier, actor: str) -> None:
    """Note in the audit log that the dossier was generated and shown on screen."""
    case = cases.get_case(db, request.code)
    audit.record(db, actor, "dossier.preview", case.uuid, code=case.code,
                 profile=request.profile, lang=request.lang, file_sha256=dossier.sha256)


def record_handover(db: Database, request: DossierRequest, dossier: Dossier, actor: str,
                    method: str) -> ShareEntry:
    """Note in the share log and the audit log that the dossier left the store: the share
    entry names the profile, and the audit entry also holds the file's hash, so the chain
    alone says which exact file left."""
    case = cases.get_case(db, request.code)
    with db.atomic():
        entry = sharelog.record_share(db, ShareEntry(
            case_code=case.code, recipient=load_profile(request.profile).title("en"),
            profile=request.profile, method=method, file_sha256=dossier.sha256,
            note=f"{dossier.pages} pages, {request.lang}"), actor)
        audit.record(db, actor, "dossier.save" if method == SAVED else "dossier.print",
                     case.uuid, code=case.code, profile=request.profile, method=method,
                     file_sha256=dossier.sha256, pages=dossier.pages, lang=request.lang,
                     share=entry.id)
    return entry


def write_dossier(db: Database, request: DossierRequest, dossier: Dossier, out: Path,
                  actor: str) -> None:
    """Write a rendered dossier to `out` (atomically) with its records, or neither."""
    with db.atomic():
        record_handover(db, request, dossier, actor, SAVED)
        atomic_write(out, dossier.pdf)


def save_dossier(db: Database, request: DossierRequest, out: Path, actor: str,
                 progress: Progress | None = None) -> Dossier:
    """Render and write in one go (the command line): nothing is recorded if either fails."""
    dossier = render_dossier(db, request, progress)
    write_dossier(db, request, dossier, out, actor)
    return dossier
