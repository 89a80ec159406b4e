"""Organisation keys and the partner address book (casefiles.core.exchange.keys).

Real components throughout: keys generated into a real SQLCipher store, age encryption with
pyrage, Ed25519 with cryptography, QR codes decoded back with zxing-cpp
and parsed as PNG with Pillow and as SVG with the standard XML parser.
"""

import base64
import hashlib
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyrage
import pytest
import zxingcpp
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from PIL import Image

from casefiles.core.errors import InvalidInput, NotFound
from casefiles.core.exchange import keys
from casefiles.core.security import audit
from casefiles.core.store.store import Store
from casefiles.core.store.verify import verify
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot
from tests.markers import scan

FINGERPRINT_RE = re.compile(r"^\d{4}( \d{4}){5}$")
FIXED_KEYS = keys.PublicKeys("age1aw0j85vqtrg8tkdyk740qu6q50yen435a5vuet4fpnez7a0hgdfssqv76m",
                             bytes(range(32)))


def _other_store(tmp_path: Path, name: str = "other") -> Store:
    return Store.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF, actor="tester")[0]


@pytest.fixture
def partner_card(tmp_path: Path) -> str:
    """The card of another store, as a partner organisation would send it."""
    with _other_store(tmp_path, "partner") as other:
        return keys.own_card(other.db, "Fictional Legal Aid")


def _seal(body: str) -> str:
    """A card body with its check appended, computed as the module doc specifies."""
    return f"{body}:{hashlib.sha256(body.encode('ascii')).hexdigest()[:8]}"


def _body(card: str) -> str:
    return card.rsplit(":", 1)[0]


# ---- the store's own keys ---------------------------------------------------------------------

def test_a_new_store_has_keys(store: Store) -> None:
    own = keys.own_keys(store.db)
    assert re.fullmatch(r"age1[02-9ac-hj-np-z]{58}", own.age_recipient)
    assert len(own.signing_public) == 32
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", own.created_at)
    assert keys.own_secret_identity(store.db).startswith("AGE-SECRET-KEY-1")
    # The public view carries no secret.
    assert not any("SECRET" in str(value) for value in vars(own).values())
    assert all(check.ok for check in verify(store.db))


def test_the_secret_identity_opens_what_is_encrypted_to_the_recipient(store: Store) -> None:
    own = keys.own_keys(store.db)
    message = b"bundle payload (fictional)"
    sealed = pyrage.encrypt(message, [pyrage.x25519.Recipient.from_str(own.age_recipient)])
    identity = pyrage.x25519.Identity.from_str(keys.own_secret_identity(store.db))
    assert str(identity.to_public()) == own.age_recipient
    assert pyrage.decrypt(sealed, [identity]) == message


def test_the_signing_key_verifies_with_the_public_key_of_the_card(store: Store) -> None:
    manifest = b'{"schema": 1, "members": {}}'
    signature = keys.signing_key(store.db).sign(manifest)
    card = keys.parse_card(keys.own_card(store.db))
    public = Ed25519PublicKey.from_public_bytes(card.signing_public)
    public.verify(signature, manifest)
    with pytest.raises(InvalidSignature):
        public.verify(signature, manifest + b" ")


def test_keys_are_kept_across_reopening(store: Store, store_path: Path) -> None:
    before = keys.own_card(store.db), keys.own_secret_identity(store.db)
    store.close()
    with Store.open(store_path, PASSPHRASE) as again:
        assert (keys.own_card(again.db), keys.own_secret_identity(again.db)) == before


def test_each_store_has_its_own_keys_and_fingerprint(store: Store, tmp_path: Path) -> None:
    with _other_store(tmp_path) as other:
        mine, theirs = keys.own_keys(store.db), keys.own_keys(other.db)
        assert mine.age_recipient != theirs.age_recipient
        assert mine.signing_public != theirs.signing_public
        assert keys.own_secret_identity(store.db) != keys.own_secret_identity(other.db)
        assert keys.fingerprint(mine) != keys.fingerprint(theirs)


def test_no_secret_key_in_the_store_files(store: Store, store_path: Path,
                                          partner_card: str) -> None:
    keys.add_partner(store.db, "Partner", partner_card, "tester")
    secret = keys.own_secret_identity(store.db)
    private = keys.signing_key(store.db).private_bytes_raw()
    needles = [secret, secret.removeprefix("AGE-SECRET-KEY-1"), "AGE-SECRET-KEY"]

    def raw_hits() -> list[str]:
        return [p.name for p in store_path.iterdir()
                if p.is_file() and (private in p.read_bytes()
                                    or private.hex().encode() in p.read_bytes())]

    assert (store_path / "casefiles.db-wal").stat().st_size > 0
    assert scan(store_path, needles) == []
    assert raw_hits() == []
    store.close()
    assert scan(store_path, needles) == []
    assert raw_hits() == []


# ---- fingerprint ------------------------------------------------------------------------------

def test_fingerprint_is_stable_and_made_for_reading_aloud(store: Store) -> None:
    own = keys.own_keys(store.db)
    first = keys.fingerprint(own)
    assert FINGERPRINT_RE.match(first)
    assert keys.fingerprint(keys.parse_card(keys.own_card(store.db, "Any name"))) == first
    # A fixed vector, so the digits never change for existing stores.
    assert keys.fingerprint(FIXED_KEYS) == "4822 0713 8980 1175 1294 4340"


def test_fingerprint_covers_both_keys(store: Store) -> None:
    own = keys.own_keys(store.db)
    flipped = bytes([own.signing_public[0] ^ 1]) + own.signing_public[1:]
    other_recipient = str(pyrage.x25519.Identity.generate().to_public())
    assert keys.fingerprint(keys.PublicKeys(own.age_recipient, flipped)) != keys.fingerprint(own)
    assert keys.fingerprint(keys.PublicKeys(other_recipient, own.signing_public)) != \
        keys.fingerprint(own)


@pytest.mark.parametrize("typed", [
    "4822 0713 8980 1175 1294 4340", "482207138980117512944340",
    "4822-0713-8980-1175-1294-4340", "  4822 0713\t8980 1175 1294 4340 ",
    "۴۸۲۲ ۰۷۱۳ ۸۹۸۰ ۱۱۷۵ ۱۲۹۴ ۴۳۴۰",  # Persian digits
    "٤٨٢٢ ٠٧١٣ ٨٩٨٠ ١١٧٥ ١٢٩٤ ٤٣٤٠",  # Arabic-Indic digits
])
def test_a_fingerprint_is_read_back_however_it_is_typed(typed: str) -> None:
    assert keys.normalise_fingerprint(typed) == "4822 0713 8980 1175 1294 4340"


@pytest.mark.parametrize("typed", ["", "4822 0713", "4822 0713 8980 1175 1294 4340 1",
                                   "4822 0713 8980 1175 1294 434O", "4822x0713898011751294434"])
def test_a_mistyped_fingerprint_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput, match="24 digits"):
        keys.normalise_fingerprint(typed)


# ---- the card ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["", "Fictional Legal Aid", "Legal aid: Kabul / Herat 100%",
                                  "کمک حقوقی افغان", "  padded  "])
def test_card_round_trip(store: Store, name: str) -> None:
    own = keys.own_keys(store.db)
    card = keys.own_card(store.db, name)
    assert card.isascii()
    assert " " not in card
    assert "\n" not in card
    assert card.startswith("casefiles-org:1:")
    parsed = keys.parse_card(card)
    assert (parsed.age_recipient, parsed.signing_public) == \
        (own.age_recipient, own.signing_public)
    assert parsed.name == name.strip()


def test_card_layout(store: Store) -> None:
    own = keys.own_keys(store.db)
    prefix, version, name, recipient, signing, check = keys.own_card(store.db, "A B").split(":")
    assert (prefix, version, name, recipient) == ("casefiles-org", "1", "A%20B",
                                                  own.age_recipient)
    assert base64.urlsafe_b64decode(signing + "=") == own.signing_public
    assert len(signing) == 43
    assert re.fullmatch(r"[0-9a-f]{8}", check)


def test_a_card_wrapped_or_indented_in_an_email_still_reads(store: Store) -> None:
    card = keys.own_card(store.db, "Org")
    wrapped = "  " + "\n    ".join(card[i:i + 30] for i in range(0, len(card), 30)) + "\r\n"
    assert keys.parse_card(wrapped) == keys.parse_card(card)


def _damage(card: str) -> dict[str, tuple[str, str]]:
    """Each kind of damage -> (the damaged text, a fragment of the message it gets)."""
    prefix, version, name, recipient, signing, check = card.split(":")
    wrong_char = "q" if recipient[20] != "q" else "p"
    flipped_key = base64.urlsafe_b64encode(b"\x01" * 32).rstrip(b"=").decode()
    return {
        "empty": ("   ", "empty"),
        "foreign text": ("hello, here is our key", "not a casefiles organisation card"),
        "an age recipient alone": (recipient, "not a casefiles organisation card"),
        "newer version": (_seal(f"{prefix}:2:{name}:{recipient}:{signing}"), "version 2"),
        "no version": (f"{prefix}:", "damaged"),
        "truncated": (card[: len(card) // 2], "incomplete"),
        "last part missing": (_body(card), "incomplete"),
        "extra part": (card + ":extra", "incomplete"),
        "changed character": (card.replace(recipient, recipient[:20] + wrong_char
                                           + recipient[21:]), "damaged"),
        "changed signing key": (f"{prefix}:{version}:{name}:{recipient}:{flipped_key}:{check}",
                                "damaged"),
        "changed name": (f"{prefix}:{version}:Other:{recipient}:{signing}:{check}", "damaged"),
        "non-ASCII": (card.replace("casefiles-org:1:", "casefiles-org:1:é"), "damaged"),
        "bad check": (f"{_body(card)}:00000000", "damaged"),
        # Checks that match but contents that do not: a card made by hand or by a buggy tool.
        "bad recipient": (_seal(f"{prefix}:1:{name}:age1notakey:{signing}"),
                          "not a valid age recipient"),
        "short signing key": (_seal(f"{prefix}:1:{name}:{recipient}:{signing[:20]}"),
                              "signing key is not valid"),
        "signing key not base64": (_seal(f"{prefix}:1:{name}:{recipient}:{'*' * 43}"),
                                   "signing key is not valid"),
        "name not UTF-8": (_seal(f"{prefix}:1:%FF%FE:{recipient}:{signing}"), "UTF-8"),
    }


DAMAGE_KINDS = list(_damage(keys.make_card(FIXED_KEYS, "Org")))


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_every_kind_of_damaged_card_is_refused(store: Store, kind: str) -> None:
    text, message = _damage(keys.own_card(store.db, "Org"))[kind]
    with pytest.raises(InvalidInput, match=re.escape(message)):
        keys.parse_card(text)


def test_signing_key_text_forms() -> None:
    raw = bytes(range(32))
    assert keys.decode_signing_key(keys.encode_signing_key(raw)) == raw
    assert keys.decode_signing_key(raw.hex()) == raw
    assert keys.decode_signing_key(raw.hex().upper()) == raw
    with pytest.raises(InvalidInput):
        keys.decode_signing_key(raw.hex()[:-2])


# ---- QR code ----------------------------------------------------------------------------------

def test_qr_png_decodes_to_the_card(store: Store) -> None:
    card = keys.own_card(store.db, "کمک حقوقی")
    image = Image.open(io.BytesIO(keys.card_qr(card, "png")))
    assert image.format == "PNG"
    width, height = image.size
    assert width == height
    assert width >= 21 * 8
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [card]


def test_qr_svg_is_a_square_svg_of_the_same_code(store: Store) -> None:
    card = keys.own_card(store.db)
    svg = ET.fromstring(keys.card_qr(card, "svg", scale=8))  # noqa: S314  (our own output)
    assert svg.tag.endswith("svg")
    png = Image.open(io.BytesIO(keys.card_qr(card, "png", scale=8)))
    assert (int(svg.get("width", 0)), int(svg.get("height", 0))) == png.size


def test_qr_of_an_unknown_kind_is_refused(store: Store) -> None:
    with pytest.raises(InvalidInput, match="png or svg"):
        keys.card_qr(keys.own_card(store.db), "jpeg")


# ---- address book -----------------------------------------------------------------------------

def test_add_list_get_verify_remove(store: Store, partner_card: str) -> None:
    added = keys.add_partner(store.db, "  Fictional Legal Aid ", partner_card, "tester",
                             note="met in 2024")
    parsed = keys.parse_card(partner_card)
    assert (added.name, added.age_recipient, added.signing_public) == \
        ("Fictional Legal Aid", parsed.age_recipient, parsed.signing_public)
    assert added.fingerprint == keys.fingerprint(parsed)
    assert not added.verified
    assert added.verified_at is None
    assert added.note == "met in 2024"
    assert keys.list_partners(store.db) == [added]
    assert keys.get_partner(store.db, "fictional legal aid") == added
    assert keys.get_partner(store.db, added.id) == added
    assert keys.get_partner(store.db, str(added.id)) == added
    assert keys.partner_for_signing_key(store.db, parsed.signing_public) == added
    assert keys.partner_for_recipient(store.db, parsed.age_recipient.upper()) == added

    verified = keys.mark_verified(store.db, "Fictional Legal Aid", "tester")
    assert verified.verified
    assert verified.verified_at
    assert keys.mark_verified(store.db, verified, "tester") == verified  # no change the 2nd time

    assert keys.remove_partner(store.db, verified.id, "tester") == verified
    assert keys.list_partners(store.db) == []
    with pytest.raises(NotFound):
        keys.get_partner(store.db, "Fictional Legal Aid")
    actions = [(e.action, e.detail.get("name")) for e in audit.entries(store.db)
               if e.action.startswith("partner.")]
    assert actions == [("partner.add", "Fictional Legal Aid"),
                       ("partner.verify", "Fictional Legal Aid"),
                       ("partner.remove", "Fictional Legal Aid")]
    assert audit.verify_chain(store.db) == []


def test_add_as_verified(store: Store, partner_card: str) -> None:
    partner = keys.add_partner(store.db, "P", partner_card, "tester", verified=True)
    assert partner.verified
    assert partner.verified_at == partner.added_at


def test_partners_are_listed_by_name(store: Store, tmp_path: Path) -> None:
    for name in ("Zeta", "Alpha", "میانه"):
        with _other_store(tmp_path, f"s-{len(name)}-{name.isascii()}") as other:
            keys.add_partner(store.db, name, keys.own_card(other.db), "tester")
    assert [p.name for p in keys.list_partners(store.db)] == ["Alpha", "Zeta", "میانه"]


def test_verify_with_the_fingerprint_read_out(store: Store, partner_card: str) -> None:
    partner = keys.add_partner(store.db, "P", partner_card, "tester")
    persian = partner.fingerprint.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert keys.mark_verified(store.db, "P", "tester", fingerprint_read=persian).verified


@contextmanager
def _unchanged(store: Store) -> Iterator[None]:
    """The store's database files byte for byte, its partners and its audit log, unchanged."""
    def state() -> tuple[object, ...]:
        files = {k: v for k, v in snapshot(store.path).items() if not k.endswith("-shm")}
        return files, keys.list_partners(store.db), audit.entries(store.db)

    before = state()
    yield
    assert state() == before


def _refusals(store: Store, card: str) -> dict[str, tuple[Callable[[], object], str]]:
    """Each refused call -> (the call, a fragment of its message)."""
    db = store.db
    own = keys.own_card(db, "Us")
    existing = keys.get_partner(db, "Existing")
    wrong = "0000 0000 0000 0000 0000 0000"
    calls: dict[str, tuple[Callable[[], object], str]] = {
        "empty name": (lambda: keys.add_partner(db, "  ", card, "t"), "needs a name"),
        "name on two lines": (lambda: keys.add_partner(db, "A\nB", card, "t"), "one line"),
        "name too long": (lambda: keys.add_partner(db, "x" * 201, card, "t"), "at most"),
        "own card": (lambda: keys.add_partner(db, "Us", own, "t"), "own organisation card"),
        "duplicate card": (lambda: keys.add_partner(db, "Again", card, "t"),
                           "already in the address book, as 'Existing'"),
        "unknown partner": (lambda: keys.mark_verified(db, "Nobody", "t"), "no partner"),
        "wrong fingerprint": (lambda: keys.mark_verified(db, existing, "t", wrong),
                              "does not match"),
        "remove unknown": (lambda: keys.remove_partner(db, "Nobody", "t"), "no partner"),
    }
    for kind, (text, message) in _damage(card).items():
        calls[f"card: {kind}"] = (lambda text=text: keys.add_partner(db, "New", text, "t"),
                                  message)
    return calls


REFUSALS = ["empty name", "name on two lines", "name too long", "own card", "duplicate card",
            "name taken", "unknown partner", "wrong fingerprint", "remove unknown",
            *(f"card: {kind}" for kind in DAMAGE_KINDS)]


@pytest.mark.parametrize("kind", REFUSALS)
def test_every_refusal_leaves_the_store_unchanged(store: Store, partner_card: str,
                                                  tmp_path: Path, kind: str) -> None:
    keys.add_partner(store.db, "Existing", partner_card, "tester")
    with _other_store(tmp_path, "third") as third:
        fresh_card = keys.own_card(third.db)
    calls = _refusals(store, partner_card)
    calls["name taken"] = (lambda: keys.add_partner(store.db, "EXISTING", fresh_card, "t"),
                           "already a partner named 'Existing'")
    assert set(calls) == set(REFUSALS)
    call, message = calls[kind]
    with _unchanged(store), pytest.raises((InvalidInput, NotFound), match=re.escape(message)):
        call()


def test_a_duplicate_is_refused_under_its_other_key_too(store: Store, partner_card: str) -> None:
    """Same signing key with another recipient (or the reverse): still the same partner."""
    keys.add_partner(store.db, "Existing", partner_card, "tester")
    parsed = keys.parse_card(partner_card)
    new_recipient = str(pyrage.x25519.Identity.generate().to_public())
    same_signer = keys.make_card(keys.PublicKeys(new_recipient, parsed.signing_public))
    same_recipient = keys.make_card(keys.PublicKeys(parsed.age_recipient, bytes(32)))
    for card in (same_signer, same_recipient):
        with _unchanged(store), pytest.raises(InvalidInput, match="already in the address book"):
            keys.add_partner(store.db, "Other", card, "tester")
