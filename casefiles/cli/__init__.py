"""casefiles-cli: every core capability from the command line, scriptable, no display needed.

Contract (docs/cli.md): `casefiles-cli [--store DIR] COMMAND ...`. Exit status 0 on success,
3 for a wrong passphrase or recovery code, 1 for any other user error (one line on stderr, no
traceback), 2 for a usage error. Secrets never come from the command line (see secrets_input).
"""

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from casefiles import __version__
from casefiles.cli import (
    backup_commands,
    dossier_commands,
    exchange_commands,
    key_commands,
    link_commands,
    render,
    sheet_commands,
    source_commands,
    wipe_commands,
)
from casefiles.cli.common import (
    Handler,
    add_command,
    open_store,
    print_json,
    read_json,
    store_path,
)
from casefiles.cli.secrets_input import SecretSource
from casefiles.core import demo
from casefiles.core.errors import CasefilesError, InvalidInput
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar
from casefiles.core.model.vocab import vocabulary
from casefiles.core.presentation import related_sections
from casefiles.core.security import audit
from casefiles.core.security.process import harden_process
from casefiles.core.store import (
    case_links,
    case_list,
    cases,
    citations,
    search,
    settings,
    sharelog,
    sources,
)
from casefiles.core.store.driver import store_faults
from casefiles.core.store.duplicates import duplicates_of
from casefiles.core.store.store import Store, default_store_path
from casefiles.core.store.verify import verify

# Keys `case show --json` adds to the case; `case edit` drops them so show | edit round-trips.
SHOW_ONLY_KEYS = ("identity_withheld", "citations", "share_log", "links", "likely_duplicates")


# ---- store commands ---------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace, secrets: SecretSource) -> int:
    path = store_path(args)
    passphrase = demo.DEMO_PASSPHRASE if args.demo and args.demo_passphrase else \
        secrets.new_passphrase()
    store, recovery_code = Store.create(path, passphrase, fill=demo.fill if args.demo else None)
    with store:
        if args.demo:
            print(_("Demo store with {n} fictional cases.").format(
                n=case_list.count_cases(store.db)))
    print(_("Store created at {path}").format(path=path))
    print(_("Recovery code (shown once; write it down and keep it apart from the laptop):"))
    print(recovery_code)
    return 0


def cmd_recover(args: argparse.Namespace, secrets: SecretSource) -> int:
    code = secrets.recovery_code()
    with Store.recover(store_path(args), code, secrets.new_passphrase()):
        print(_("New passphrase set. The recovery code stays valid."))
    return 0


def cmd_passwd(args: argparse.Namespace, secrets: SecretSource) -> int:
    old = secrets.passphrase(_("Current passphrase: "))
    with Store.open(store_path(args), old) as store:
        store.change_passphrase(old, secrets.new_passphrase())
    print(_("Passphrase changed."))
    return 0


def cmd_verify(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        checks = verify(store.db)
    if args.json:
        print_json([{"check": c.name, "ok": c.ok, "problems": list(c.problems)}
                     for c in checks])
    else:
        for check in checks:
            print(f"{_('OK') if check.ok else _('FAILED'):7} {check.name}")
            for problem in check.problems:
                print(f"        {problem}")
    failed = sum(len(c.problems) for c in checks)
    if failed:
        print(_("verify found {n} problem(s).").format(n=failed), file=sys.stderr)
        return 1
    return 0


def cmd_settings(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        if args.value is not None:
            settings.set_setting(store.db, args.name, args.value)
        names = [args.name] if args.name else list(settings.SETTINGS)
        values = {name: settings.get_setting(store.db, name) for name in names}
    if args.json:
        print_json(values)
    else:
        for name, value in values.items():
            print(f"{name} = {value}  ({_(settings.SETTINGS[name].help)})")
    return 0


def cmd_audit(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        case_uuid = None
        if args.case:
            case_uuid = cases.get_case(store.db, args.case).uuid
        entries = audit.entries(store.db, case_uuid)
    if args.json:
        print_json([{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                      "case_uuid": e.case_uuid, "detail": e.detail, "hash": e.hash}
                     for e in entries])
    else:
        for e in entries:
            detail = " ".join(f"{k}={v}" for k, v in sorted(e.detail.items()))
            print(f"{e.seq:>6}  {e.at}  {e.actor:<12} {e.action:<22} {detail}".rstrip())
    return 0


# ---- cases ------------------------------------------------------------------------------------

def cmd_case_add(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        data = read_json(args.from_json)
        case = cases.add_case(store.db, serial.from_json(Case, data), store.actor)
    print(case.code)
    return 0


def cmd_case_edit(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        patch = read_json(args.from_json)
        if not isinstance(patch, dict):
            raise InvalidInput(_("The edit must be a JSON object."))
        for key in SHOW_ONLY_KEYS:
            patch.pop(key, None)
        case = cases.update_case(store.db, args.code, patch, store.actor)
    print(case.code)
    return 0


def cmd_case_delete(args: argparse.Namespace, secrets: SecretSource) -> int:
    if not args.yes:
        raise InvalidInput(_("Deleting a case cannot be undone; add --yes to confirm."))
    with open_store(args, secrets) as store:
        cases.delete_case(store.db, args.code, store.actor)
    print(_("Deleted {code}.").format(code=args.code.upper()))
    return 0


def cmd_case_list(args: argparse.Namespace, secrets: SecretSource) -> int:
    def resolve(vocab_name: str, value: str | None, option: str) -> str | None:
        return vocabulary(vocab_name).resolve(value, option) if value else None

    filters = case_list.CaseFilter(
        province=resolve("provinces", args.province, "--province"),
        situation=resolve("situations", args.situation, "--situation"),
        institution=resolve("institutions", args.institution, "--institution"),
        stage=resolve("case_stages", args.stage, "--stage"),
        tag=args.tag, assigned_to=args.assigned_to)
    with open_store(args, secrets) as store:
        summaries = case_list.list_cases(store.db, filters)
    if args.json:
        print_json([s.__dict__ for s in summaries])
    else:
        print(render.case_list(summaries))
        print(_("{n} case(s)").format(n=len(summaries)))
    return 0


def cmd_case_show(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        case = cases.get_case(store.db, args.code)
        identity = (cases.reveal_identity(store.db, args.code, store.actor)
                    if args.reveal_identity else None)
        cited = citations.citations_for_case(store.db, args.code)
        shares = sharelog.share_log(store.db, args.code)
        case_id = cases.case_id_for(store.db, args.code)
        linked, undecided = case_links.links(store.db, case_id), duplicates_of(store.db, case_id)
    if args.json:
        data = serial.to_json(case)
        if identity is None:
            del data["identity"]
            data["identity_withheld"] = True
        else:
            data["identity"] = serial.to_json(identity)
        data["citations"] = serial.to_json(cited)
        data["share_log"] = serial.to_json(shares)
        data["links"] = [dataclasses.asdict(link) for link in linked]
        data["likely_duplicates"] = [dataclasses.asdict(d) for d in undecided]
        print_json(data)
    else:
        print(render.case(case, Calendar(args.calendar), identity, cited, shares,
                          related_sections(linked, undecided)))
    return 0


def cmd_search(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        found = search.search_cases(store.db, args.query, limit=args.limit)
        passages = sources.search_sources(store.db, args.query, limit=args.limit)
    if args.json:
        print_json({"query": args.query, "total": found.total, "ranked": found.ranked,
                    "hits": [hit.__dict__ for hit in found.hits],
                    "sources": {"total": passages.total, "ranked": passages.ranked,
                                "hits": [hit.__dict__ for hit in passages.hits]}})
        return 0
    for hit in found.hits:
        print(f"{hit.code}  {hit.pseudonym}\n    {' '.join(hit.snippet.split())}")
    print(_("{shown} of {total} matching case(s), {order}").format(
        shown=len(found.hits), total=found.total, order=_order(found.ranked)))
    if passages.total:
        print()
        for passage in passages.hits:
            print(f"source {passage.source_id}, {passage.pinpoint}  {passage.title}\n"
                  f"    {' '.join(passage.snippet.split())}")
        print(_("{shown} of {total} matching passage(s) in sources, {order}").format(
            shown=len(passages.hits), total=passages.total, order=_order(passages.ranked)))
    return 0


def _order(ranked: bool) -> str:
    return _("best first") if ranked else _("newest first; add words to narrow it")


def cmd_identity_search(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        query = secrets.secret(_("Name or ID to look for: "), _("search text"))
        hits = search.search_identities(store.db, query, store.actor)
    if args.json:
        print_json([hit.__dict__ for hit in hits])
    else:
        for hit in hits:
            print(f"{hit.code}  {hit.pseudonym}  ({', '.join(hit.fields)})")
        print(_("{n} case(s); this search is recorded in the audit log.").format(n=len(hits)))
    return 0


# ---- parser -----------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casefiles-cli",
        description=_("Encrypted case files for former Afghan security-force members at risk."),
        epilog=_("Passphrases are read from the terminal, from standard input (one per line) "
                 "or from --passphrase-file, never from the command line."))
    parser.add_argument("--version", action="version", version=f"casefiles {__version__}")
    parser.add_argument("--store", metavar="DIR",
                        help=_("store folder (default: {path})").format(path=default_store_path()))
    parser.add_argument("--passphrase-file", metavar="PATH", type=Path,
                        help=_("read the passphrase from the first line of this file"))
    parser.add_argument("--calendar", choices=[c.value for c in Calendar],
                        default=Calendar.GREGORIAN.value,
                        help=_("calendar to show dates in first (the other is shown beside)"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str,
                parent: Any = commands) -> argparse.ArgumentParser:
        return add_command(parent, name, handler, help_text)

    init = command("init", cmd_init, _("create a store and print its recovery code"))
    init.add_argument("--demo", action="store_true",
                      help=_("fill it with the fictional demo cases"))
    init.add_argument("--demo-passphrase", action="store_true",
                      help=_("with --demo: use the published demo passphrase"))
    command("recover", cmd_recover, _("open with the recovery code and set a new passphrase"))
    command("passwd", cmd_passwd, _("change the passphrase (reads the old, then the new)"))
    command("verify", cmd_verify, _("check encryption, structure, audit chain and index")
            ).add_argument("--json", action="store_true")
    config = command("settings", cmd_settings, _("show or change the store's settings"))
    config.add_argument("name", nargs="?", choices=list(settings.SETTINGS), metavar="NAME")
    config.add_argument("value", nargs="?", metavar="VALUE",
                        help=_("new value (sizes take units: 500MB, 2GB)"))
    config.add_argument("--json", action="store_true")
    audit_cmd = command("audit", cmd_audit, _("show the audit log"))
    audit_cmd.add_argument("--json", action="store_true")
    audit_cmd.add_argument("--case", metavar="CODE", help=_("only entries about this case"))

    case = commands.add_parser("case", help=_("add, edit, list and show cases"))
    case_commands = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    add = command("add", cmd_case_add, _("add a case from JSON; prints its code"), case_commands)
    add.add_argument("--from-json", required=True, metavar="FILE|-")
    edit = command("edit", cmd_case_edit, _("change a case with partial JSON"), case_commands)
    edit.add_argument("code")
    edit.add_argument("--from-json", required=True, metavar="FILE|-")
    delete = command("delete", cmd_case_delete, _("delete a case"), case_commands)
    delete.add_argument("code")
    delete.add_argument("--yes", action="store_true", help=_("confirm the deletion"))
    listing = command("list", cmd_case_list, _("list cases"), case_commands)
    for option, metavar in (("--province", "ISO"), ("--situation", "X"),
                            ("--institution", "X"), ("--stage", "X"), ("--tag", "TAG"),
                            ("--assigned-to", "NAME")):
        listing.add_argument(option, metavar=metavar)
    listing.add_argument("--json", action="store_true")
    show = command("show", cmd_case_show, _("show one case"), case_commands)
    show.add_argument("code")
    show.add_argument("--json", action="store_true")
    show.add_argument("--reveal-identity", action="store_true",
                      help=_("include the identity record (recorded in the audit log)"))
    link_commands.register(case_commands)

    backup_commands.register(commands)
    source_commands.register(commands)
    sheet_commands.register(commands)
    key_commands.register(commands)
    exchange_commands.register(commands)
    dossier_commands.register(commands)
    wipe_commands.register(commands)
    find = command("search", cmd_search,
                   _("full-text search over cases and source text (never identity)"))
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true")
    command("identity-search", cmd_identity_search,
            _("look a person up by name or ID number (prompts for it; audited)")
            ).add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args = build_parser().parse_args(argv)
    secrets = SecretSource(args.passphrase_file)
    try:
        with store_faults(None):  # a fault met outside a transaction (a read) is told alike
            return args.handler(args, secrets)
    except CasefilesError as err:
        print(f"casefiles-cli: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
