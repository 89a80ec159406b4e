"""Looking for secrets in a process's own memory, for the secrets-hygiene tests.

`scan` is meant to run in a child process that did the work under test (`run_child` starts one
and reads back what it reports): it reads every private writable mapping (`rw-p` in
/proc/self/maps: the heap, Python's arenas, anonymous mmaps, the stack and the libraries' data)
through /proc/self/mem and reports where each needle occurs.

The scanner must not plant what it looks for. The secrets are made at run time, in bytearrays,
never as literals or other immutable objects (`random_marker`, `ascii_copy`, `utf16le`,
`hex_digits`); the memory is read into one preallocated bytearray (no new bytes objects) and
searched in place; hits inside those buffers are not counted, and the read buffer is zeroed
before `scan` returns. Linux only: the tests that use it are skipped elsewhere.
"""

import ctypes
import gc
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHUNK = 1 << 20
_LETTERS = b"abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Hit:
    address: int
    mapping: str  # the mapping's name in /proc/self/maps ("[heap]", a library, "" if anonymous)


def random_marker(prefix: bytes, length: int = 32) -> bytearray:
    """`prefix` and random letters, `length` bytes in all, made in a bytearray in place."""
    marker = bytearray(length)
    marker[:len(prefix)] = prefix
    noise = bytearray(length)
    noise[:] = os.urandom(length)  # random bytes, not the marker: the letters derive from them
    for i in range(len(prefix), length):
        marker[i] = _LETTERS[noise[i] % len(_LETTERS)]
    return marker


def ascii_copy(text: str, keep: bytes | None = None) -> bytearray:
    """An ASCII str's characters in a new bytearray (only those in `keep`, if given), without
    the intermediate bytes that `text.encode()` would leave behind."""
    chars = [ch for ch in text if keep is None or ord(ch) in keep]  # single characters: shared
    copy = bytearray(len(chars))
    for i, ch in enumerate(chars):
        copy[i] = ord(ch)
    return copy


def utf16le(text: bytearray) -> bytearray:
    """The UTF-16-LE form of ASCII text (as Qt keeps it), built in place."""
    wide = bytearray(2 * len(text))
    wide[0::2] = text
    return wide


def hex_digits(data: bytearray) -> bytearray:
    """Lower-case hex of `data`, built in place (`data.hex()` would be a str)."""
    digits = b"0123456789abcdef"
    out = bytearray(2 * len(data))
    for i, byte in enumerate(data):
        out[2 * i], out[2 * i + 1] = digits[byte >> 4], digits[byte & 0xF]
    return out


def _address_range(buffer: bytearray) -> tuple[int, int]:
    start = ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))
    return start, start + len(buffer)


def _writable_mappings() -> list[tuple[int, int, str]]:
    mappings = []
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split(maxsplit=5)
            if fields[1] == "rw-p":
                start, end = (int(part, 16) for part in fields[0].split("-"))
                mappings.append((start, end, fields[5].strip() if len(fields) > 5 else ""))
    return mappings


def scan(needles: dict[str, bytearray]) -> dict[str, list[Hit]]:
    """Every place in our private writable memory holding a needle, by the needle's name.

    Collects garbage first, so that what remains is what is still referenced, or freed and not
    yet reused.
    """
    gc.collect()
    longest = max(len(n) for n in needles.values())
    buffer = bytearray(CHUNK + longest)
    ours = [_address_range(buffer), *(_address_range(n) for n in needles.values())]
    found: dict[str, set[Hit]] = {name: set() for name in needles}
    fd = os.open("/proc/self/mem", os.O_RDONLY)
    try:
        for start, end, name in _writable_mappings():
            for offset in range(start, end, CHUNK):  # each read overlaps the next by `longest`
                size = min(len(buffer), end - offset)
                with memoryview(buffer)[:size] as view:
                    try:
                        got = os.preadv(fd, [view], offset)
                    except OSError:  # a mapping that went away or cannot be read
                        break
                for label, needle in needles.items():
                    at = buffer.find(needle, 0, got)
                    while at >= 0:
                        if not any(lo <= offset + at < hi for lo, hi in ours):
                            found[label].add(Hit(offset + at, name))
                        at = buffer.find(needle, at + 1, got)
    finally:
        os.close(fd)
        buffer[:] = bytes(len(buffer))  # it holds the last memory read: not to be found later
    return {label: sorted(hits, key=lambda hit: hit.address) for label, hits in found.items()}


def counts(found: dict[str, list[Hit]]) -> dict[str, list[str]]:
    """What to report of a scan: where each needle was found (mapping names only)."""
    return {label: [hit.mapping or "anonymous" for hit in hits] for label, hits in found.items()}


def report(**results: object) -> None:
    """The child's last line of output, for `run_child`."""
    print(json.dumps(results), flush=True)


def run_child(source: str, *args: str, env: dict[str, str] | None = None,
              timeout: float = 120) -> dict:
    """Run `source` with this interpreter in a new process (from the repository, so that
    `tests.memory_scan` imports) and return what it `report`ed."""
    result = subprocess.run([sys.executable, "-c", source, *args], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=timeout, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
