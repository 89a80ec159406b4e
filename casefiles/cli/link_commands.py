"""casefiles-cli commands for cases of the same person: `case link`, `case unlink` and
`case duplicates` (the likely duplicates of a case not yet decided about)."""

import argparse
import dataclasses
from typing import Any

from casefiles.cli.common import add_command, open_store, print_json
from casefiles.cli.secrets_input import SecretSource
from casefiles.core.i18n import _
from casefiles.core.store import case_links, cases
from casefiles.core.store.duplicates import duplicates_of, reason_label


def cmd_link(args: argparse.Namespace, secrets: SecretSource) -> int:
    relation = case_links.NOT_SAME_PERSON if args.not_same else case_links.SAME_PERSON
    with open_store(args, secrets) as store:
        case_links.set_link(store.db, args.code, args.other, relation, store.actor,
                            note=args.note or "")
    print(_("{code} and {other}: {relation}.").format(
        code=args.code.upper(), other=args.other.upper(),
        relation=case_links.relation_label(relation)))
    return 0


def cmd_unlink(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        case_links.remove_link(store.db, args.code, args.other, store.actor)
    print(_("The decision about {code} and {other} is forgotten.").format(
        code=args.code.upper(), other=args.other.upper()))
    return 0


def cmd_duplicates(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        found = duplicates_of(store.db, cases.case_id_for(store.db, args.code))
    if args.json:
        print_json([dataclasses.asdict(d) for d in found])
        return 0
    for duplicate in found:
        print(f"{duplicate.code}  {duplicate.pseudonym}  "
              + "; ".join(reason_label(r) for r in duplicate.reasons))
    if not found:
        print(_("No likely duplicates of {code} wait for a decision.").format(
            code=args.code.upper()))
    return 0


def register(case_commands: Any) -> None:
    """Add `link`, `unlink` and `duplicates` under `casefiles-cli case`."""
    link = add_command(case_commands, "link", cmd_link,
                       _("record that two cases are the same person (or, with --not-same, "
                         "that they are not)"))
    link.add_argument("code")
    link.add_argument("other", metavar="OTHER-CODE")
    link.add_argument("--not-same", action="store_true",
                      help=_("they are different people: do not offer the pair again"))
    link.add_argument("--note", metavar="TEXT", help=_("why (kept with the decision)"))
    unlink = add_command(case_commands, "unlink", cmd_unlink,
                         _("forget the decision about two cases"))
    unlink.add_argument("code")
    unlink.add_argument("other", metavar="OTHER-CODE")
    duplicates = add_command(case_commands, "duplicates", cmd_duplicates,
                             _("list the cases that may be the same person as this one"))
    duplicates.add_argument("code")
    duplicates.add_argument("--json", action="store_true")
