"""casefiles-cli commands for exchange bundles: `export` to partners, `import` from them."""

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from casefiles.cli.common import add_command, open_store, print_json, writable_output
from casefiles.cli.secrets_input import SecretSource
from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import keys
from casefiles.core.exchange.bundle import read_bundle
from casefiles.core.exchange.export import export_bundle
from casefiles.core.exchange.merge import (
    ImportPreview,
    apply_import,
    preview_import,
)
from casefiles.core.exchange.redaction import PROFILES
from casefiles.core.i18n import _
from casefiles.core.store.case_links import NOT_SAME_PERSON, SAME_PERSON, relation_label
from casefiles.core.store.duplicates import reason_label


def _bundle_passphrase(path: Path | None) -> str | None:
    """The bundle's passphrase: the first line of --bundle-passphrase-file."""
    if path is None:
        return None
    return SecretSource(path).passphrase()


def cmd_export(args: argparse.Namespace, secrets: SecretSource) -> int:
    if (args.to is None) == (args.bundle_passphrase_file is None):
        raise InvalidInput(_("Give either --to PARTNER... or --bundle-passphrase-file."))
    out = writable_output(args.out, args.force)
    passphrase = _bundle_passphrase(args.bundle_passphrase_file)
    with open_store(args, secrets) as store:
        report = export_bundle(store.db, args.case, args.profile, out, store.actor,
                               to=args.to, passphrase=passphrase,
                               with_sources=not args.no_sources,
                               allow_unverified=args.allow_unverified, overwrite=args.force,
                               sender=args.sender or "")
    if args.json:
        print_json({**dataclasses.asdict(report), "path": str(report.path)})
        return 0
    print(_("Wrote {path}: {cases} case(s), {sources} source(s) ({originals} with the "
            "original) under {profile}, for {to}.").format(
                path=report.path, cases=len(report.cases), sources=report.sources,
                originals=report.originals, profile=report.profile,
                to=", ".join(report.recipients)))
    if report.sources_withheld:
        print(_("{n} cited source(s) were kept back by the profile.")
              .format(n=report.sources_withheld))
    print(_("SHA-256: {sha}").format(sha=report.sha256))
    return 0


def _parse_choices(items: list[str]) -> dict[str, dict[str, str]]:
    """--choose CODE:PATH=ours|theirs (PATH "*" for every conflict of the case)."""
    choices: dict[str, dict[str, str]] = {}
    for item in items:
        target, sep, side = item.rpartition("=")
        code, colon, path = target.partition(":")
        if not sep or not colon or not code or not path:
            raise InvalidInput(_("--choose {item!r}: write CODE:PATH=ours or CODE:PATH=theirs.")
                               .format(item=item))
        choices.setdefault(code, {})[path] = side.strip().lower()
    return choices


def _parse_links(same: list[str], not_same: list[str]) -> dict[str, dict[str, str]]:
    """--link THEIRCODE=OURCODE and --not-same THEIRCODE=OURCODE, as apply_import takes them."""
    links: dict[str, dict[str, str]] = {}
    for items, relation, flag in ((same, SAME_PERSON, "--link"),
                                  (not_same, NOT_SAME_PERSON, "--not-same")):
        for item in items:
            theirs, sep, ours = (part.strip() for part in item.partition("="))
            if not sep or not theirs or not ours:
                raise InvalidInput(_("{flag} {item!r}: write THEIR-CODE=OUR-CODE.").format(
                    flag=flag, item=item))
            links.setdefault(theirs, {})[ours] = relation
    return links


def _preview_json(preview: ImportPreview) -> dict[str, Any]:
    data = dataclasses.asdict(preview)
    for case in data["cases"]:
        del case["plan"]
    data["choices_needed"] = preview.choices_needed()
    return data


def _print_preview(preview: ImportPreview) -> None:
    signer = preview.signer or _("UNKNOWN key (not in the address book)")
    status = _("verified") if preview.verified else _("NOT verified")
    print(_("Signed by: {signer} ({status}); sender says {sender}; profile {profile}; made "
            "{created}").format(signer=signer, status=status, sender=preview.sender or "-",
                                profile=preview.profile, created=preview.created_at))
    for case in preview.cases:
        print(f"{case.status:9}  {case.code}  {case.pseudonym}")
        for path in case.changed:
            print(f"           {_('takes theirs')}: {path}")
        for conflict in case.conflicts:
            ours = _("(not there)") if conflict.ours_missing else repr(conflict.ours)
            theirs = _("(not there)") if conflict.theirs_missing else repr(conflict.theirs)
            print(f"           {_('CONFLICT')} {case.code}:{conflict.path}\n"
                  f"             {_('ours')}:   {ours}\n             {_('theirs')}: {theirs}")
        for duplicate in case.duplicates:
            print("           " + _("likely the same person as {code} ({pseudonym}): {why}")
                  .format(code=duplicate.code, pseudonym=duplicate.pseudonym,
                          why="; ".join(reason_label(r) for r in duplicate.reasons)))
    for source in preview.sources:
        print(f"{source.status:9}  {_('source')} {source.sha256[:12]}  {source.title}  "
              + _("{n} new citation(s)").format(n=source.new_citations))


def cmd_import(args: argparse.Namespace, secrets: SecretSource) -> int:
    choices = _parse_choices(args.choose or [])
    links = _parse_links(args.link or [], args.not_same or [])
    passphrase = _bundle_passphrase(args.bundle_passphrase_file)
    path = Path(args.file)
    try:
        stream = path.open("rb")
    except OSError as err:
        raise InvalidInput(_("Cannot read {path}: {reason}").format(
            path=path, reason=err.strerror or err)) from None
    with stream, open_store(args, secrets) as store:
        db = store.db

        def trusted(key: bytes) -> str | None:
            partner = keys.partner_for_signing_key(db, key)
            return partner.name if partner else None

        identity = None if passphrase is not None else keys.own_secret_identity(db)
        bundle = read_bundle(stream, identity=identity, passphrase=passphrase, trusted=trusted)
        preview = preview_import(db, bundle)
        if args.dry_run:
            _show(preview, args.json)
            return 0
        # A conflict without a choice raises ChoicesNeeded, whose one line lists them all.
        report = apply_import(db, bundle, preview, choices, store.actor,
                              allow_unknown_signer=args.allow_unknown_signer, links=links)
    if args.json:
        print_json(dataclasses.asdict(report))
        return 0
    if not report.wrote_anything:
        print(_("Nothing to import: the store already holds everything in this bundle."))
        return 0
    print(_("Imported: {added} new case(s), {updated} updated, {unchanged} unchanged; {sources} "
            "new source(s), {citations} new citation(s).").format(
                added=len(report.added), updated=len(report.updated),
                unchanged=len(report.unchanged), sources=report.sources_added,
                citations=report.citations_added))
    for key, side in report.choices.items():
        print(_("Chose {side} for {key}.").format(side=side, key=key))
    for code, others in report.links.items():
        for other, relation in others.items():
            print(_("Linked {code} with {other}: {relation}.").format(
                code=code, other=other, relation=relation_label(relation)))
    for code, others in report.duplicates.items():
        print(_("{code} may be the same person as {others}: check, and link them if so "
                "(casefiles-cli case link).").format(code=code, others=", ".join(others)))
    for note in report.notes:
        print(note)
    return 0


def _show(preview: ImportPreview, as_json: bool) -> None:
    if as_json:
        print_json(_preview_json(preview))
    else:
        _print_preview(preview)


def register(commands: Any) -> None:
    """Add `export` and `import` (exchange bundles) to the CLI's parser."""
    export = add_command(commands, "export", cmd_export,
                         _("export cases into an encrypted bundle for partners"))
    export.add_argument("--case", nargs="+", required=True, metavar="CODE")
    export.add_argument("--to", nargs="+", metavar="PARTNER",
                        help=_("partners (name or id in the address book) to encrypt to"))
    export.add_argument("--bundle-passphrase-file", type=Path, metavar="FILE",
                        help=_("encrypt to the passphrase on this file's first line instead"))
    export.add_argument("--profile", required=True, choices=PROFILES, metavar="NAME",
                        help=_("redaction profile: {names}").format(names=", ".join(PROFILES)))
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--sender", metavar="ORG", help=_("your organisation's name, for the "
                                                          "manifest"))
    export.add_argument("--no-sources", action="store_true",
                        help=_("leave the cited sources out"))
    export.add_argument("--allow-unverified", action="store_true",
                        help=_("also export to partners whose fingerprint was not compared"))
    export.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    export.add_argument("--json", action="store_true")

    imp = add_command(commands, "import", cmd_import,
                      _("import a bundle from a partner (preview with --dry-run)"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true",
                     help=_("show what would be imported and write nothing"))
    imp.add_argument("--bundle-passphrase-file", type=Path, metavar="FILE",
                     help=_("open a bundle made to a passphrase (this file's first line)"))
    imp.add_argument("--choose", action="append", metavar="CODE:PATH=ours|theirs",
                     help=_("settle one conflict (PATH * for all of a case's conflicts)"))
    imp.add_argument("--link", action="append", metavar="THEIR-CODE=OUR-CODE",
                     help=_("a likely duplicate is the same person: link the two cases"))
    imp.add_argument("--not-same", action="append", metavar="THEIR-CODE=OUR-CODE",
                     help=_("a likely duplicate is another person: do not offer it again"))
    imp.add_argument("--allow-unknown-signer", action="store_true",
                     help=_("import even though the signing key is not in the address book"))
    imp.add_argument("--json", action="store_true")
