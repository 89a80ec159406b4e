"""casefiles-cli wipe: the emergency wipe, from a shell or a script.

No passphrase is asked for (at a checkpoint there may be no time, or it may be the passphrase
that is being demanded); the confirmation is typing the word WIPE, or the store folder's name,
at the prompt or as the next line of standard input. Scripts pass `--yes-destroy-everything`
instead. Before asking, the command checks that the folder holds a store (a mistyped path is
refused untouched). What a wipe cannot reach is said before the question on a terminal, and
after the report otherwise (so a script's log keeps it). Exit 0 only when everything was
destroyed and removed; 1, with the report, when anything was left (docs/cli.md).
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from casefiles.cli.common import add_command, store_path
from casefiles.cli.secrets_input import SecretSource
from casefiles.core.errors import WipeIncomplete, WipeNotConfirmed
from casefiles.core.i18n import _
from casefiles.core.store import wipe


def _limits() -> list[str]:
    return [_("What a wipe cannot reach:"), *(f"  - {limit}" for limit in wipe.limits())]


def _warn(path: Path) -> None:
    """What is about to happen, and what no wipe can promise, on the terminal."""
    print(_("EMERGENCY WIPE of the store at {path}: its key slots and database are "
            "destroyed for good. There is no undo, and the recovery code will not help.")
          .format(path=path), *_limits(), sep="\n", file=sys.stderr)


def _confirm(path: Path, interactive: bool) -> None:
    """Read one line (terminal or standard input); anything but the word or the name refuses."""
    if interactive:
        sys.stderr.write(_("Type {word} (or the folder's name, {name}) to destroy it now: ")
                         .format(word=wipe.CONFIRM_WORD, name=path.name))
        sys.stderr.flush()
    if not wipe.confirmation_matches(sys.stdin.readline(), path):
        raise WipeNotConfirmed(_("Not confirmed: nothing was wiped."))


def cmd_wipe(args: argparse.Namespace, _secrets: SecretSource) -> int:
    path = store_path(args).absolute()
    wipe.store_files(path)  # no store there: refused before any question
    interactive = sys.stdin.isatty()
    if interactive:
        _warn(path)
    if not args.yes_destroy_everything:
        _confirm(path, interactive)
    report = wipe.wipe_store(path)
    print(*report.lines(), sep="\n")
    if not interactive:  # a script's log keeps what the wipe did not reach
        print(*_limits(), sep="\n")
    if report.complete:
        return 0
    if report.keys_destroyed:
        raise WipeIncomplete(_("The store can no longer be opened, but not everything could "
                               "be removed (see above)."))
    raise WipeIncomplete(_("The key slots could NOT be destroyed: the store may still be "
                           "opened (see above)."))


def register(commands: Any) -> None:
    """Add `wipe` to the CLI's parser."""
    parser = add_command(commands, "wipe", cmd_wipe,
                         _("EMERGENCY: destroy the store for good (no passphrase needed; asks "
                           "for the word {word})").format(word=wipe.CONFIRM_WORD))
    # Also accepted after the command (`wipe --store DIR`); SUPPRESS keeps a --store given
    # before it from being reset to the default.
    parser.add_argument("--store", metavar="DIR", default=argparse.SUPPRESS,
                        help=_("the store folder to destroy"))
    parser.add_argument("--yes-destroy-everything", action="store_true",
                        help=_("do not ask: for scripts (nothing is confirmed interactively)"))
