"""casefiles-cli `dossier`: a case's PDF dossier under a redaction profile."""

import argparse
import os
from pathlib import Path
from typing import Any

from casefiles.cli.common import add_command, open_store, print_json, writable_output
from casefiles.cli.secrets_input import SecretSource
from casefiles.core.dossier.handover import save_dossier
from casefiles.core.dossier.labels import LANGUAGES
from casefiles.core.dossier.render import DossierRequest
from casefiles.core.dossier.sections import SECTIONS
from casefiles.core.errors import InvalidInput
from casefiles.core.exchange.redaction import PROFILES
from casefiles.core.i18n import _
from casefiles.core.model.dates import Calendar


def _sections(value: str | None) -> tuple[str, ...]:
    """The sections asked for with --sections ("summary, exhibits"), all of them without it."""
    if value is None:
        return SECTIONS
    chosen = tuple(dict.fromkeys(name.strip().lower() for name in value.split(",")
                                 if name.strip()))
    if not chosen:
        raise InvalidInput(_("--sections names no section; the sections are: {all}.")
                           .format(all=", ".join(SECTIONS)))
    return chosen  # unknown names are refused by the renderer, before anything is written


def cmd_dossier(args: argparse.Namespace, secrets: SecretSource) -> int:
    out = writable_output(args.out, args.force)
    # The code as stored ("cf-ye4g-yq37 " is CF-YE4G-YQ37): the renderer records the share
    # under the code it is given.
    code = args.code.strip().upper()
    request = DossierRequest(code=code, profile=args.profile, lang=args.lang,
                             calendar=Calendar(args.calendar), sections=_sections(args.sections),
                             annexes=not args.no_annexes, prepared_by=args.prepared_by or "")
    with open_store(args, secrets) as store:
        try:
            dossier = save_dossier(store.db, request, out, store.actor)
        except OSError as err:
            # Writing the file failed (no room, no permission, a name too long): nothing is
            # recorded, as the renderer commits the share log only once the file is in place.
            if not _about(err, out):
                raise
            raise InvalidInput(_("Cannot write {path}: {reason}").format(
                path=out, reason=err.strerror or err)) from None
    if args.json:
        print_json({"path": str(out), "pages": dossier.pages, "sha256": dossier.sha256,
                    "profile": args.profile, "suggested_name": dossier.file_name})
    else:
        print(_("Wrote a dossier of {pages} pages to {path} (SHA-256 {sha}).").format(
            pages=dossier.pages, path=out, sha=dossier.sha256))
    return 0


def _about(err: OSError, out: Path) -> bool:
    """Whether `err` is about the output file, its temporary twin or its folder."""
    paths = [Path(os.fsdecode(name)) for name in (err.filename, err.filename2)
             if name is not None]
    return any(path == out.parent or path.parent == out.parent for path in paths)


def register(commands: Any) -> None:
    """Add `dossier` to the CLI's parser."""
    dossier = add_command(commands, "dossier", cmd_dossier,
                          _("write a case's PDF dossier under a redaction profile"))
    dossier.add_argument("code")
    dossier.add_argument("--profile", required=True, choices=PROFILES,
                         help=_("who it is for: decides every field shown"))
    dossier.add_argument("--lang", choices=LANGUAGES, default="en",
                         help=_("the dossier's language (fa: Dari, right to left)"))
    dossier.add_argument("--out", required=True, metavar="FILE")
    dossier.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    dossier.add_argument("--sections", metavar="A,B",
                         help=_("only these sections: {all}").format(all=",".join(SECTIONS)))
    dossier.add_argument("--no-annexes", action="store_true",
                         help=_("leave out the exhibits' originals"))
    dossier.add_argument("--prepared-by", metavar="NAME",
                         help=_("the organisation or caseworker named on the cover"))
    dossier.add_argument("--json", action="store_true")
