"""casefiles-cli commands for organisation keys and the partner address book."""

import argparse
from pathlib import Path
from typing import Any

from casefiles.cli.common import add_command, open_store, print_json, writable_output
from casefiles.cli.secrets_input import SecretSource
from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import keys
from casefiles.core.fsutil import atomic_write
from casefiles.core.i18n import _


def _qr_kind(path: Path) -> str:
    """The QR image format asked for by the file's extension."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in keys.QR_KINDS:
        raise InvalidInput(_("{path}: the QR code is written as a .png or .svg file; name the "
                             "file with one of those extensions.").format(path=path))
    return kind


def _write_qr(path: Path, card: str) -> None:
    try:
        atomic_write(path, keys.card_qr(card, _qr_kind(path)))
    except OSError as err:
        raise InvalidInput(_("Cannot write {path}: {reason}").format(
            path=path, reason=err.strerror or err)) from None


def _partner_json(partner: keys.Partner) -> dict[str, Any]:
    return {"id": partner.id, "name": partner.name, "fingerprint": partner.fingerprint,
            "verified": partner.verified, "verified_at": partner.verified_at,
            "age_recipient": partner.age_recipient,
            "signing_public": keys.encode_signing_key(partner.signing_public),
            "card": keys.make_card(partner, partner.name), "note": partner.note,
            "added_at": partner.added_at}


def _status(partner: keys.Partner) -> str:
    return _("verified") if partner.verified else _("NOT verified")


def cmd_keys_name(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        name = (keys.organisation_name(store.db) if args.name is None
                else keys.set_organisation_name(store.db, args.name, store.actor))
    if args.name is not None:
        print(_("This organisation's name is now {name}.").format(name=name) if name
              else _("This organisation's name is cleared."))
    else:
        print(name or _("(no name set: `keys name ORG` sets it)"))
    return 0


def cmd_keys_show(args: argparse.Namespace, secrets: SecretSource) -> int:
    qr_path = writable_output(args.qr, args.force) if args.qr else None
    if qr_path is not None:
        _qr_kind(qr_path)  # refused before the passphrase is asked for
    with open_store(args, secrets) as store:
        own = keys.own_keys(store.db)
        name = keys.organisation_name(store.db) if args.name is None else args.name
    card = keys.make_card(own, name)
    if qr_path is not None:
        _write_qr(qr_path, card)
    if args.json:
        print_json({"card": card, "fingerprint": keys.fingerprint(own),
                    "age_recipient": own.age_recipient,
                    "signing_public": keys.encode_signing_key(own.signing_public),
                    "created_at": own.created_at,
                    "qr": str(qr_path) if qr_path is not None else None})
        return 0
    print(card)
    print(_("Fingerprint: {fingerprint}").format(fingerprint=keys.fingerprint(own)))
    if qr_path is not None:
        print(_("Wrote the card's QR code to {path}.").format(path=qr_path))
    return 0


def cmd_partner_add(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        partner = keys.add_partner(store.db, args.name, args.card, store.actor,
                                   verified=args.verified, note=args.note or "")
    print(_("Added {name} ({status}).").format(name=partner.name, status=_status(partner)))
    print(_("Fingerprint: {fingerprint}").format(fingerprint=partner.fingerprint))
    if not partner.verified:
        print(_("Compare the fingerprint with {name} by phone or in person, then run "
                "`partner verify`.").format(name=partner.name))
    return 0


def cmd_partner_list(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        partners = keys.list_partners(store.db)
    if args.json:
        print_json([_partner_json(p) for p in partners])
        return 0
    for p in partners:
        print(f"{p.id:>4}  {_status(p):12}  {p.fingerprint}  {p.name}")
    print(_("{n} partner(s)").format(n=len(partners)))
    return 0


def cmd_partner_verify(args: argparse.Namespace, secrets: SecretSource) -> int:
    if args.fingerprint is not None:
        keys.normalise_fingerprint(args.fingerprint)  # a typo is refused before the passphrase
    with open_store(args, secrets) as store:
        partner = keys.mark_verified(store.db, args.name, store.actor, args.fingerprint)
    print(_("{name} is marked verified.").format(name=partner.name))
    print(_("Fingerprint: {fingerprint}").format(fingerprint=partner.fingerprint))
    if args.fingerprint is None:
        print(_("It must be the fingerprint {name} reads out to you from their own casefiles "
                "(`keys show`); if it is not, remove the partner.").format(name=partner.name))
    return 0


def cmd_partner_remove(args: argparse.Namespace, secrets: SecretSource) -> int:
    if not args.yes:
        raise InvalidInput(_("Removing a partner cannot be undone; add --yes to confirm."))
    with open_store(args, secrets) as store:
        partner = keys.remove_partner(store.db, args.name, store.actor)
    print(_("Removed {name}.").format(name=partner.name))
    return 0


def register(commands: Any) -> None:
    """Add `keys show/name` and `partner add/list/verify/remove` to the CLI's parser."""
    keys_parser = commands.add_parser("keys", help=_("show this store's organisation card"))
    key_actions = keys_parser.add_subparsers(dest="keys_command", required=True,
                                             metavar="ACTION")
    show = add_command(key_actions, "show", cmd_keys_show,
                       _("print the organisation card and its fingerprint"))
    show.add_argument("--json", action="store_true")
    show.add_argument("--qr", metavar="FILE.png|FILE.svg",
                      help=_("also write the card as a QR code image"))
    show.add_argument("--force", action="store_true", help=_("replace the QR file if it exists"))
    show.add_argument("--name", metavar="ORG",
                      help=_("put this name in the card instead of the one set with `keys name`"))
    name = add_command(key_actions, "name", cmd_keys_name,
                       _("show or set this organisation's name (for its card and bundles)"))
    name.add_argument("name", nargs="?", metavar="ORG", help=_("the new name (\"\" clears it)"))

    partner = commands.add_parser("partner", help=_("the address book of partner organisations"))
    actions = partner.add_subparsers(dest="partner_command", required=True, metavar="ACTION")
    add = add_command(actions, "add", cmd_partner_add,
                      _("add a partner organisation from its card"))
    add.add_argument("name")
    add.add_argument("card")
    add.add_argument("--verified", action="store_true",
                     help=_("the fingerprint was already compared with the partner"))
    add.add_argument("--note", metavar="TEXT")
    add_command(actions, "list", cmd_partner_list, _("list partner organisations")
                ).add_argument("--json", action="store_true")
    verify = add_command(actions, "verify", cmd_partner_verify,
                         _("mark a partner verified (its fingerprint was compared)"))
    verify.add_argument("name")
    verify.add_argument("--fingerprint", metavar="DIGITS",
                        help=_("the fingerprint the partner read out; it must match"))
    remove = add_command(actions, "remove", cmd_partner_remove,
                         _("remove a partner from the address book"))
    remove.add_argument("name")
    remove.add_argument("--yes", action="store_true", help=_("confirm the removal"))
