"""casefiles-cli commands `backup` and `restore` (casefiles.core.store.backup and .restore).

`backup --out FILE` writes one encrypted, verified file of the whole store; `restore FILE
--store DIR` turns it into a store in a new folder. The secret that unlocks the backup (the
passphrase, or with --recovery the recovery code) is read like every other secret, never from
the command line.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from casefiles.cli.common import add_command, open_store, print_json, store_path, writable_output
from casefiles.cli.secrets_input import SecretSource
from casefiles.core.i18n import _
from casefiles.core.sources.ingest import human_size
from casefiles.core.store.backup import make_backup
from casefiles.core.store.backup_format import describe_backup
from casefiles.core.store.restore import check_restore_target, restore_backup


def _warn(problems: tuple[str, ...]) -> None:
    for problem in problems:
        print(_("casefiles-cli: warning: {problem}").format(problem=problem), file=sys.stderr)


def cmd_backup(args: argparse.Namespace, secrets: SecretSource) -> int:
    out = writable_output(args.out, args.force)  # refused before the passphrase is asked for
    with open_store(args, secrets) as store:
        result = make_backup(store, out)
    if args.json:
        print_json({"path": str(result.path), "size": result.size, "sha256": result.sha256,
                    "created_at": result.created_at, "audit_seq": result.audit_seq,
                    "problems": list(result.problems)})
    else:
        print(_("Backed up to {path} and verified ({size}).").format(
            path=result.path, size=human_size(result.size)))
        print(_("SHA-256: {sha256}").format(sha256=result.sha256))
        print(_("Keep it on another disk, away from this computer. It opens with this store's "
                "passphrase or its recovery code."))
    _warn(result.problems)
    return 0


def cmd_restore(args: argparse.Namespace, secrets: SecretSource) -> int:
    source, target = Path(args.file), store_path(args)
    check_restore_target(target)  # refused before a secret is asked for
    describe_backup(source)  # and so is a file that is no backup
    if args.recovery:
        result = restore_backup(source, target, recovery_code=secrets.recovery_code())
    else:
        result = restore_backup(
            source, target, passphrase=secrets.passphrase(_("Passphrase of the backup: ")))
    if args.json:
        print_json({"path": str(result.path), "store_id": result.store_id,
                    "backup_created_at": result.backup_created_at,
                    "audit_seq": result.audit_seq, "problems": list(result.problems)})
    else:
        print((_("Restored the backup of {at} to {path}; verify found the problems below "
                 "(the store had them when it was backed up).") if result.problems else
               _("Restored the backup of {at} to {path}; it verifies.")).format(
            at=result.backup_created_at, path=result.path))
        print(_("It opens with the passphrase the store had then; if that is forgotten, set a "
                "new one with `casefiles-cli --store {path} recover`.").format(path=result.path))
    _warn(result.problems)
    return 0


def register(commands: Any) -> None:
    """Add `backup` and `restore` to the CLI's parser."""
    make = add_command(commands, "backup", cmd_backup,
                       _("write one encrypted, verified backup file of the whole store"))
    make.add_argument("--out", required=True, metavar="FILE",
                      help=_("the backup file to write (e.g. on a USB stick)"))
    make.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    make.add_argument("--json", action="store_true")
    restore = add_command(commands, "restore", cmd_restore,
                          _("turn a backup file into a store in a new folder"))
    restore.add_argument("file", metavar="FILE")
    # Also accepted after the command; SUPPRESS keeps a --store given before it.
    restore.add_argument("--store", metavar="DIR", default=argparse.SUPPRESS,
                         help=_("the new store folder (absent or empty)"))
    restore.add_argument("--recovery", action="store_true",
                         help=_("unlock the backup with the recovery code instead of the "
                                "passphrase"))
    restore.add_argument("--json", action="store_true")
