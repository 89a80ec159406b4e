"""Organisation keys: this store's own, and the address book of partner organisations.

Each store has two key pairs, generated with the store (schema migration 4) and kept only in its
encrypted database:

- an age X25519 identity: partners encrypt bundles to its recipient (`age1...`), and only this
  store can open them (the standard `age` tool too, given the identity);
- an Ed25519 signing key: bundles this store sends carry a signature that partners check
  against the public key in their address book.

Both public halves travel together as the **organisation card**, one line of ASCII text that can
be pasted into an e-mail or a messenger, or scanned from its QR code::

    casefiles-org:1:<name>:<age recipient>:<Ed25519 public key>:<check>

- `1` is the card format's version;
- `<name>` is the organisation's name as it presents itself, percent-encoded UTF-8 (so the card
  holds no spaces or colons and survives any channel); it may be empty and is only a
  suggestion: each caseworker names partners in their own address book;
- `<age recipient>` is the bech32 `age1...` string, as the `age` tool prints it;
- `<Ed25519 public key>` is the raw 32-byte key in unpadded base64url (43 characters);
- `<check>` is the first 8 hex digits of the SHA-256 of everything before it (with its colon),
  so a card damaged on the way (a character lost or changed when copied) is refused instead of
  being taken for another key. It is no protection against a forged card: that is what the
  fingerprint is for.

A card can arrive from anyone, so before trusting it the two organisations compare its
**fingerprint** over the phone or face to face: 24 decimal digits in six groups of four,
`0412 7730 9921 5068 3317 2045`. Digits, because they are read aloud the same way by speakers
of Dari, Pashto and English alike (and can be shown in Persian digits), and none can be misheard
as another letter name over a bad line. The digits are the SHA-256 of both public keys (with a
label that ties the hash to this use), its first 128 bits reduced modulo 10^24: about 80 bits,
so forging a card with the same fingerprint would take about 2^80 key generations. A partner
is marked verified once the fingerprints match.
"""

import base64
import binascii
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote_to_bytes

import pyrage
import segno
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefiles.core.errors import DatabaseDamaged, InvalidInput, NotFound
from casefiles.core.i18n import _
from casefiles.core.security import audit
from casefiles.core.store.driver import Database

CARD_PREFIX = "casefiles-org"
CARD_VERSION = 1
CARD_PARTS = 6
CHECK_LENGTH = 8
SIGNING_KEY_BYTES = 32
FINGERPRINT_DIGITS = 24
FINGERPRINT_GROUP = 4
MAX_NAME_LENGTH = 200
_ORGANISATION_NAME = "organisation.name"  # in the meta table
QR_KINDS = ("png", "svg")

_FINGERPRINT_LABEL = b"casefiles organisation fingerprint v1\n"
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")


# ---- the public keys, the card and the fingerprint ------------------------------------------

@dataclass(frozen=True)
class PublicKeys:
    """An organisation's two public keys: where to encrypt to, and what its signatures verify
    with."""

    age_recipient: str
    signing_public: bytes  # raw Ed25519 public key, 32 bytes


@dataclass(frozen=True)
class OwnKeys(PublicKeys):
    """This store's public keys (the secret halves are only read by `own_secret_identity` and
    `signing_key`)."""

    created_at: str


@dataclass(frozen=True)
class Card(PublicKeys):
    """An organisation card as read back: the keys and the name it suggests (maybe "")."""

    name: str


@dataclass(frozen=True)
class Partner(PublicKeys):
    """A partner organisation in the address book."""

    id: int
    name: str
    fingerprint: str
    verified: bool
    verified_at: str | None
    note: str
    added_at: str


def encode_signing_key(public: bytes) -> str:
    """The text form of a raw Ed25519 public key used in cards and JSON: unpadded base64url."""
    return base64.urlsafe_b64encode(public).rstrip(b"=").decode("ascii")


def decode_signing_key(text: str) -> bytes:
    """A raw Ed25519 public key from its base64url (or hex) text form; InvalidInput if it is
    not one."""
    text = text.strip()
    raw: bytes | None = None
    if re.fullmatch(r"[0-9a-fA-F]{64}", text):
        raw = bytes.fromhex(text)
    elif _BASE64URL.match(text):
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            raw = None
    if raw is None or len(raw) != SIGNING_KEY_BYTES:
        raise InvalidInput(_("The signing key is not valid: it must be 32 bytes written in "
                             "base64url (43 characters) or in hex (64 digits)."))
    return raw


def normalise_recipient(text: str) -> str:
    """An age X25519 recipient in its canonical (lower-case) form; InvalidInput if it is not
    one."""
    try:
        return str(pyrage.x25519.Recipient.from_str(text.strip()))
    except pyrage.RecipientError:
        raise InvalidInput(_("The encryption key is not a valid age recipient (it starts "
                             "with age1 and has 62 characters).")) from None


def fingerprint(keys: PublicKeys) -> str:
    """The 24-digit fingerprint of both public keys, in groups of four, to read aloud."""
    digest = hashlib.sha256(_FINGERPRINT_LABEL + keys.age_recipient.encode("ascii") + b"\n"
                            + keys.signing_public).digest()
    number = int.from_bytes(digest[:16], "big") % 10**FINGERPRINT_DIGITS
    return _grouped(f"{number:0{FINGERPRINT_DIGITS}d}")


def _grouped(digits: str) -> str:
    return " ".join(digits[i:i + FINGERPRINT_GROUP]
                    for i in range(0, len(digits), FINGERPRINT_GROUP))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any spacing or dashes, Latin, Persian or Arabic-Indic digits) in
    the grouped form `fingerprint` returns; InvalidInput if it is not 24 digits."""
    digits = "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())
    if len(digits) != FINGERPRINT_DIGITS or any(
            not (ch.isdecimal() or ch.isspace() or ch in "-.") for ch in text):
        raise InvalidInput(_("A fingerprint is {n} digits (six groups of four); {text!r} is "
                             "not one.").format(n=FINGERPRINT_DIGITS, text=text))
    return _grouped(digits)


def _check(body: str) -> str:
    return hashlib.sha256(body.encode("ascii")).hexdigest()[:CHECK_LENGTH]


def make_card(keys: PublicKeys, name: str = "") -> str:
    """The organisation card of `keys`, one line of ASCII text (format in the module doc)."""
    body = ":".join([CARD_PREFIX, str(CARD_VERSION), quote(name.strip(), safe=""),
                     keys.age_recipient, encode_signing_key(keys.signing_public)])
    return f"{body}:{_check(body)}"


def _damaged_card() -> InvalidInput:
    return InvalidInput(_("The organisation card is damaged (its check does not match what it "
                          "holds): copy the whole card again, or scan its QR code."))


def _card_parts(text: str) -> list[str]:
    """The card's fields, after the checks that tell a foreign text, a newer card and a
    truncated one apart."""
    # Cards pasted from an e-mail may be wrapped or indented; a card itself holds no spaces.
    card = "".join(text.split())
    if not card:
        raise InvalidInput(_("The organisation card is empty."))
    parts = card.split(":")
    if parts[0].lower() != CARD_PREFIX:
        raise InvalidInput(_("This is not a casefiles organisation card (a card starts with "
                             "{prefix}:).").format(prefix=CARD_PREFIX))
    if len(parts) < 2 or not parts[1].isdigit():
        raise _damaged_card()
    if int(parts[1]) != CARD_VERSION:
        raise InvalidInput(_("This organisation card is of version {v}, which this casefiles "
                             "does not know (it reads version {known}); update casefiles.")
                           .format(v=parts[1], known=CARD_VERSION))
    if len(parts) != CARD_PARTS:
        raise InvalidInput(_("The organisation card is incomplete or has extra parts ({n} "
                             "parts separated by ':' instead of {expected}): copy the whole "
                             "card again.").format(n=len(parts), expected=CARD_PARTS))
    if not card.isascii() or _check(":".join(parts[:-1])) != parts[-1].lower():
        raise _damaged_card()
    return parts


def _card_name(encoded: str) -> str:
    try:
        name = unquote_to_bytes(encoded).decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(_("The name in the organisation card is not valid UTF-8 text."
                             )) from None
    return name.strip()


def parse_card(text: str) -> Card:
    """Read an organisation card back; InvalidInput saying what is wrong with a damaged one."""
    _prefix, _version, name, recipient, signing, _check_digits = _card_parts(text)
    return Card(age_recipient=normalise_recipient(recipient),
                signing_public=decode_signing_key(signing), name=_card_name(name))


def card_qr(card: str, kind: str = "png", scale: int = 8) -> bytes:
    """A QR code of `card` as PNG or SVG bytes, with the quiet zone scanners need.

    Error correction level M: the card still scans from a creased print-out or a phone photo
    of a screen, and the code stays small enough to scan at arm's length.
    """
    if kind not in QR_KINDS:
        raise InvalidInput(_("A QR code can be written as {kinds}, not {kind!r}.")
                           .format(kinds=" or ".join(QR_KINDS), kind=kind))
    buffer = io.BytesIO()
    segno.make(card, error="m", micro=False).save(buffer, kind=kind, scale=scale, border=4)
    return buffer.getvalue()


# ---- this store's keys ------------------------------------------------------------------------

def _own_row(db: Database, columns: str) -> tuple[Any, ...]:
    row = db.execute(f"SELECT {columns} FROM own_keys WHERE id = 1").fetchone()
    if row is None:
        raise DatabaseDamaged(_("This store has no organisation keys; its database is damaged. "
                                "Restore the store from a backup."))
    return tuple(row)


def own_keys(db: Database) -> OwnKeys:
    """This store's public keys (never the secret halves)."""
    recipient, public, created_at = _own_row(db, "age_recipient, signing_public, created_at")
    return OwnKeys(age_recipient=recipient, signing_public=bytes(public), created_at=created_at)


def own_card(db: Database, name: str | None = None) -> str:
    """This store's organisation card, naming the organisation (`name`, else the name set for
    this store, if any)."""
    return make_card(own_keys(db), organisation_name(db) if name is None else name)


def organisation_name(db: Database) -> str:
    """The name this store's organisation goes by ("" until set): what its card suggests to
    partners and its bundles' manifests say."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (_ORGANISATION_NAME,)).fetchone()
    return str(row[0]) if row else ""


def set_organisation_name(db: Database, name: str, actor: str) -> str:
    """Set our organisation's name ("" clears it); audited. Returns the name as stored."""
    cleaned = clean_name(name) if name.strip() else ""
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   (_ORGANISATION_NAME, cleaned))
        audit.record(db, actor, "organisation.name", None, name=cleaned)
    return cleaned


def own_secret_identity(db: Database) -> str:
    """The age identity ("AGE-SECRET-KEY-1..."), for opening bundles sent to this store.

    Only the exchange code calls this; the string must not be logged, shown or written out.
    """
    return str(_own_row(db, "age_identity")[0])


def signing_key(db: Database) -> Ed25519PrivateKey:
    """The Ed25519 key this store signs what it sends with (for the exchange code only)."""
    return Ed25519PrivateKey.from_private_bytes(bytes(_own_row(db, "signing_private")[0]))


# ---- the address book -------------------------------------------------------------------------

PartnerRef = Partner | str | int
_PARTNER_SQL = ("SELECT id, name, age_recipient, signing_public, fingerprint, verified, "
                "verified_at, note, added_at FROM partners")


def _partner(row: tuple[Any, ...]) -> Partner:
    id_, name, recipient, public, print_of, verified, verified_at, note, added_at = row
    return Partner(age_recipient=recipient, signing_public=bytes(public), id=id_, name=name,
                   fingerprint=print_of, verified=bool(verified), verified_at=verified_at,
                   note=note, added_at=added_at)


def _one(db: Database, where: str, value: object) -> Partner | None:
    row = db.execute(f"{_PARTNER_SQL} WHERE {where}", (value,)).fetchone()
    return _partner(row) if row else None


def clean_name(name: str) -> str:
    """An organisation's name as stored (a partner's, or our own): trimmed, NFC; refused when
    empty, too long or holding line breaks or other control characters (it is shown on one
    line everywhere)."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise InvalidInput(_("A partner needs a name."))
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(_("An organisation's name has at most {n} characters.")
                           .format(n=MAX_NAME_LENGTH))
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise InvalidInput(_("An organisation's name must be one line of text, without control "
                             "characters."))
    return name


def list_partners(db: Database) -> list[Partner]:
    """Every partner in the address book, by name."""
    return [_partner(row) for row in db.execute(f"{_PARTNER_SQL} ORDER BY name, id")]


def get_partner(db: Database, ref: PartnerRef) -> Partner:
    """A partner by name (not case-sensitive) or id; NotFound if there is none."""
    if isinstance(ref, Partner):
        ref = ref.id
    found = None
    if isinstance(ref, str):
        found = _one(db, "name = ?", unicodedata.normalize("NFC", ref.strip()))
        if found is None and ref.strip().isdecimal():
            found = _one(db, "id = ?", int(ref))
    else:
        found = _one(db, "id = ?", ref)
    if found is None:
        raise NotFound(_("There is no partner {ref!r} in the address book.").format(ref=ref))
    return found


def partner_for_signing_key(db: Database, public: bytes) -> Partner | None:
    """The partner whose Ed25519 public key this is (who signed a bundle), or None."""
    return _one(db, "signing_public = ?", bytes(public))


def partner_for_recipient(db: Database, recipient: str) -> Partner | None:
    """The partner whose age recipient this is, or None."""
    return _one(db, "age_recipient = ?", normalise_recipient(recipient))


def _refuse_known(db: Database, name: str, card: Card) -> None:
    """Refuse a card that is this store's own, or a partner already in the book."""
    own = own_keys(db)
    if own.age_recipient == card.age_recipient or own.signing_public == card.signing_public:
        raise InvalidInput(_("This is this store's own organisation card; add the card of the "
                             "partner organisation instead."))
    for existing in (partner_for_recipient(db, card.age_recipient),
                     partner_for_signing_key(db, card.signing_public)):
        if existing is not None:
            raise InvalidInput(_("This card is already in the address book, as {name!r}.")
                               .format(name=existing.name))
    clash = _one(db, "name = ?", name)
    if clash is not None:
        raise InvalidInput(_("There is already a partner named {name!r}; choose another name."
                             ).format(name=clash.name))


def add_partner(db: Database, name: str, card: str, actor: str, verified: bool = False,
                note: str = "") -> Partner:
    """Add a partner organisation from its card; returns it.

    `verified` says the fingerprint was already compared with the partner (say so only when it
    was). Refused, with nothing written: an empty name or one already used, a damaged card, this
    store's own card, a card already in the book.
    """
    name = clean_name(name)
    parsed = parse_card(card)
    digits = fingerprint(parsed)
    with db.atomic():
        _refuse_known(db, name, parsed)
        now = audit.utc_now()
        cursor = db.execute(
            "INSERT INTO partners (name, age_recipient, signing_public, fingerprint, verified, "
            "verified_at, note, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (name, parsed.age_recipient, parsed.signing_public, digits, int(verified),
             now if verified else None, note.strip(), now))
        audit.record(db, actor, "partner.add", None, partner=cursor.lastrowid, name=name,
                     fingerprint=digits, verified=verified)
    return get_partner(db, cursor.lastrowid)


def mark_verified(db: Database, partner: PartnerRef, actor: str,
                  fingerprint_read: str | None = None) -> Partner:
    """Mark a partner verified: its fingerprint was compared with the organisation itself.

    With `fingerprint_read` (the digits the partner read out), the two must match, or nothing
    changes (InvalidInput). Marking an already verified partner changes nothing.
    """
    with db.atomic():
        found = get_partner(db, partner)
        if fingerprint_read is not None and \
                normalise_fingerprint(fingerprint_read) != found.fingerprint:
            raise InvalidInput(_("The fingerprint read out does not match the one of {name}'s "
                                 "card: this card may not be theirs. It stays unverified; get "
                                 "their card again by another channel.").format(name=found.name))
        if found.verified:
            return found
        db.execute("UPDATE partners SET verified = 1, verified_at = ? WHERE id = ?",
                   (audit.utc_now(), found.id))
        audit.record(db, actor, "partner.verify", None, partner=found.id, name=found.name,
                     fingerprint=found.fingerprint)
    return get_partner(db, found.id)


def remove_partner(db: Database, partner: PartnerRef, actor: str) -> Partner:
    """Remove a partner from the address book; returns what was removed.

    Bundles already exchanged keep their share-log entries, which name the recipient as text.
    """
    with db.atomic():
        found = get_partner(db, partner)
        db.execute("DELETE FROM partners WHERE id = ?", (found.id,))
        audit.record(db, actor, "partner.remove", None, partner=found.id, name=found.name,
                     fingerprint=found.fingerprint)
    return found
