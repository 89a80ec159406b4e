"""Argon2id key derivation for the key slots, with parameters calibrated on this machine.

The passphrase never encrypts data directly: it derives a key-encryption key that unwraps the
store's random database key. Calibration picks the cost once, at store creation, so that one
unlock takes roughly `TARGET_SECONDS` here; the parameters are stored in the slot, so a store
moved to a slower laptop still opens (more slowly).
"""

import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from _argon2_cffi_bindings import ffi, lib
from argon2.exceptions import HashingError
from argon2.low_level import ARGON2_VERSION, Type, error_to_str

from casefiles.core.security.memory import to_buffer, wipe_immutable

TARGET_SECONDS = 0.7
MIN_MEMORY_KIB = 64 * 1024
DEFAULT_MEMORY_KIB = 256 * 1024
MAX_TIME_COST = 12
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; `memory_kib` is in KiB as Argon2 defines it."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def to_json(self) -> dict:
        return {"name": "argon2id", **asdict(self)}

    @classmethod
    def from_json(cls, data: dict) -> "KdfParams":
        if data.get("name") != "argon2id":
            raise ValueError(f"unknown KDF {data.get('name')!r}")
        params = cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))
        if not (1 <= params.time_cost <= 64 and 8 <= params.memory_kib <= 4 * 1024 * 1024
                and 1 <= params.parallelism <= 16):
            raise ValueError("KDF parameters out of range")
        return params


def normalise_secret(secret: str) -> bytearray:
    """Encode a typed secret so the same passphrase always gives the same bytes.

    Dari and Pashto can be typed as composed or decomposed code points depending on the keyboard;
    NFC makes them one. The result is a buffer for the caller to wipe (memory.wiping); the
    copies made on the way are wiped here. `secret` itself is the caller's.
    """
    nfc = unicodedata.normalize("NFC", secret)  # `secret` itself when already NFC
    encoded = to_buffer(nfc.encode("utf-8"))
    if nfc is not secret:
        wipe_immutable(nfc)
    return encoded


def derive_key(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Derive a 32-byte key-encryption key from `secret` with Argon2id.

    Argon2's C function reads the secret from, and writes the key into, our own buffers
    (argon2-cffi's `hash_secret_raw` would copy both into buffers it frees without clearing,
    and return the key as immutable bytes); Argon2 clears its own working memory.
    """
    key = bytearray(KEY_BYTES)
    rv = lib.argon2_hash(
        params.time_cost, params.memory_kib, params.parallelism,
        ffi.from_buffer("uint8_t[]", secret), len(secret),
        ffi.from_buffer("uint8_t[]", salt), len(salt),
        ffi.from_buffer("uint8_t[]", key, require_writable=True), KEY_BYTES,
        ffi.NULL, 0, Type.ID.value, ARGON2_VERSION)
    if rv != lib.ARGON2_OK:
        raise HashingError(error_to_str(rv))
    return key


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def calibrate(target_seconds: float = TARGET_SECONDS,
              memory_kib: int = DEFAULT_MEMORY_KIB) -> KdfParams:
    """Choose a time cost so that one derivation takes about `target_seconds` on this machine.

    Memory is fixed (at least 64 MiB, 256 MiB by default) because memory hardness is what makes
    guessing on GPUs expensive; only the number of passes is tuned.
    """
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    parallelism = max(1, min(4, os.cpu_count() or 1))
    probe = KdfParams(time_cost=1, memory_kib=memory_kib, parallelism=parallelism)
    started = time.perf_counter()
    derive_key(b"calibration", b"\0" * SALT_BYTES, probe)
    one_pass = max(time.perf_counter() - started, 1e-3)
    time_cost = round(target_seconds / one_pass)
    return KdfParams(time_cost=max(2, min(MAX_TIME_COST, time_cost)),
                     memory_kib=memory_kib, parallelism=parallelism)
