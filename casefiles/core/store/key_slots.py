"""The key-slot file: the store's random database key, wrapped once per way of unlocking it.

A slot holds the database key encrypted (AES-256-GCM) under a key derived with Argon2id from a
secret: the passphrase, or the recovery code shown once at creation. Changing the passphrase
rewraps the key in a new slot; the database itself is never re-encrypted.

File format (JSON, written atomically, 0600)::

    {"format": "casefiles-keyslots", "version": 1, "store_id": "<uuid>",
     "slots": {"passphrase": SLOT, "recovery": SLOT}, "checksum": "<sha256 hex>"}
    SLOT = {"kdf": {"name": "argon2id", ...}, "salt": b64, "nonce": b64, "wrapped_key": b64}

The checksum (over the canonical JSON of everything else) tells a damaged file apart from a
wrong passphrase: both would otherwise surface as a failed GCM tag. The slot's name and the
store id are bound into the GCM associated data, so slots cannot be swapped between stores.
"""

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casefiles.core.errors import KeySlotsDamaged, WrongPassphrase, WrongRecoveryCode
from casefiles.core.fsutil import atomic_write
from casefiles.core.i18n import _
from casefiles.core.security.kdf import KdfParams, derive_key, new_salt, normalise_secret
from casefiles.core.security.memory import to_buffer, wiping

FORMAT = "casefiles-keyslots"
VERSION = 1
PASSPHRASE = "passphrase"  # noqa: S105 (a slot name, not a secret)
RECOVERY = "recovery"

# Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 6
_RECOVERY_GROUP_LEN = 4  # 24 symbols = 120 bits
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass
class KeySlots:
    """The parsed key-slot file."""

    store_id: str
    slots: dict[str, dict]

    def unwrap(self, name: str, secret: bytes | bytearray) -> bytearray:
        """Return the database key from slot `name`, or raise the matching wrong-secret error.

        The key-encryption key stays in its bytearray (AESGCM takes it as it is) and is wiped;
        the key comes back from AESGCM as bytes, which are copied and wiped at once.
        """
        slot = self.slots[name]
        with wiping(derive_key(secret, _b64d(slot["salt"]), KdfParams.from_json(slot["kdf"]))
                    ) as kek:
            try:
                return to_buffer(AESGCM(kek).decrypt(
                    _b64d(slot["nonce"]), _b64d(slot["wrapped_key"]), self._aad(name)))
            except InvalidTag:
                raise (WrongPassphrase() if name == PASSPHRASE else WrongRecoveryCode()
                       ) from None

    def wrap(self, name: str, secret: bytes | bytearray, db_key: bytes | bytearray,
             params: KdfParams) -> None:
        """Put `db_key` in slot `name`, wrapped under `secret` with fresh salt and nonce."""
        salt, nonce = new_salt(), os.urandom(12)
        with wiping(derive_key(secret, salt, params)) as kek:
            wrapped = AESGCM(kek).encrypt(nonce, db_key, self._aad(name))
        self.slots[name] = {"kdf": params.to_json(), "salt": _b64e(salt),
                            "nonce": _b64e(nonce), "wrapped_key": _b64e(wrapped)}

    def unwrap_typed(self, name: str, typed: str) -> bytearray:
        """`unwrap` with the secret as the caseworker typed it (passphrase or recovery code).

        The normalised bytes are wiped after use; `typed` stays the caller's to wipe.
        """
        with wiping(_normalised(name, typed)) as secret:
            return self.unwrap(name, secret)

    def wrap_typed(self, name: str, typed: str, db_key: bytes | bytearray,
                   params: KdfParams) -> None:
        """`wrap` under the secret as typed; the normalised bytes are wiped after use."""
        with wiping(_normalised(name, typed)) as secret:
            self.wrap(name, secret, db_key, params)

    def _aad(self, name: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.store_id}/{name}".encode()

    def save(self, path: Path) -> None:
        body = {"format": FORMAT, "version": VERSION, "store_id": self.store_id,
                "slots": self.slots}
        body["checksum"] = _checksum(body)
        atomic_write(path, json.dumps(body, indent=2, sort_keys=True).encode() + b"\n")

    @classmethod
    def load(cls, path: Path) -> "KeySlots":
        """Read and check the file; any damage raises KeySlotsDamaged with what is wrong."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeySlotsDamaged(_("The store's key-slot file is missing: {path}")
                                  .format(path=path)) from None
        return cls.parse(raw, path)

    @classmethod
    def parse(cls, data: bytes, origin: Path | str) -> "KeySlots":
        """Check and parse the bytes of a key-slot file read from `origin` (a store's own file,
        or the copy a backup holds), which the errors name. Any damage raises KeySlotsDamaged
        with what is wrong."""
        damaged = KeySlotsDamaged(_(
            "The store's key-slot file is damaged ({path}); restore it from a backup of the "
            "store folder. The database alone cannot be opened without it.").format(path=origin))
        try:
            body = json.loads(data)
            checksum = body.pop("checksum")
            if body.get("format") != FORMAT or checksum != _checksum(body):
                raise damaged
            if body.get("version") != VERSION:
                raise KeySlotsDamaged(_(
                    "This store was made by a newer casefiles (key-slot version {v}); "
                    "update casefiles to open it.").format(v=body.get("version")))
            slots = body["slots"]
            for slot in slots.values():
                KdfParams.from_json(slot["kdf"])
                _b64d(slot["salt"]), _b64d(slot["nonce"]), _b64d(slot["wrapped_key"])
            if PASSPHRASE not in slots:
                raise damaged
            return cls(store_id=str(body["store_id"]), slots=slots)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise damaged from None


def new_recovery_code() -> str:
    """Return a fresh random recovery code, grouped for writing down: XXXX-XXXX-...-XXXX.

    Joined once from single characters (shared, cached objects), so that no ungrouped or
    partial copy of the code is left behind.
    """
    chars: list[str] = []
    for group in range(_RECOVERY_GROUPS):
        if group:
            chars.append("-")
        chars.extend(secrets.choice(_RECOVERY_ALPHABET) for _i in range(_RECOVERY_GROUP_LEN))
    return "".join(chars)


def normalise_recovery_code(code: str) -> bytearray:
    """Canonical bytes of a typed recovery code: case, spaces, dashes, look-alikes forgiven.

    A buffer for the caller to wipe; the intermediate strings are wiped here.
    """
    with (wiping(code.upper()) as upper,
          wiping("".join(ch for ch in upper if ch.isalnum())) as cleaned,
          wiping(cleaned.translate(_LOOK_ALIKES)) as canonical):
        return normalise_secret(canonical)


def _normalised(name: str, typed: str) -> bytearray:
    return normalise_recovery_code(typed) if name == RECOVERY else normalise_secret(typed)


def _checksum(body: dict) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
