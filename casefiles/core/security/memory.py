"""Wiping secrets from memory once they are no longer needed.

The store's key, the key-encryption keys and the typed secrets (passphrase, recovery code) are
kept in mutable buffers (`bytearray`) wherever we can, and `wipe` zeroes those. Python still
makes immutable copies we create ourselves and cannot avoid (the `str` a text field or a
terminal hands us, the `bytes` an encoder or a cipher returns): `wipe_immutable` overwrites
those in place, best effort, as soon as we are done with them.

`wipe_immutable` is CPython-only and best effort, and says so by its result:

- It writes through ctypes into the object's own storage, which Python promises nobody. It
  checks the layout it assumes (the length, the string's kind and every character) before it
  writes, and does nothing on another interpreter, a free-threaded build or when a check fails.
- It never touches an object anyone else may be using: only exact `bytes` and `str` (no
  subclasses), not interned, at least 8 long (the empty string, single characters and short
  literals are shared, cached objects), not a constant of any code running on this thread nor
  a module-level name of a function running there (a test's passphrase constant: its reference
  count alone could not tell it from the caller's own variable), and only when the reference
  count shows that the caller holds the only references (the `owners` it declares).
- It cannot reach the copies Python made without telling us: the temporary objects of an
  encoder, a string method or an f-string are freed without being cleared, and their bytes
  stay in freed memory until it is reused. That is why the code around secrets avoids making
  such temporaries (hex digits are written into a bytearray, Argon2id writes into our buffer),
  and why clearing what we can still reach is worth doing: it removes the copies that would
  live on in objects (a worker's closure, an error's traceback, a library's cache) and those we
  free ourselves, which a memory dump of a locked app would otherwise find in one piece.

`wiping(value)` is the way to use both: `with wiping(normalise_secret(text)) as secret: ...`
wipes `secret` when the block ends, also when it ends with an error (whose traceback would
otherwise keep the frames, and the secret in their locals, alive).
"""

import ctypes
import sys
import sysconfig
import traceback
from types import TracebackType
from typing import Generic, TypeVar

Secret = TypeVar("Secret", bytes, bytearray, memoryview, str)

MIN_LENGTH = 8
_WORD = ctypes.sizeof(ctypes.c_ssize_t)
# PyObject_HEAD (refcount, type), then for str: length, hash, state; for bytes: size, hash.
_LENGTH_OFFSET = 2 * _WORD
_STATE_OFFSET = 4 * _WORD
_SUPPORTED = (sys.implementation.name == "cpython"
              and not sysconfig.get_config_var("Py_GIL_DISABLED"))
# The headers before a compact string's characters, measured rather than hard-coded:
# sys.getsizeof is the header plus the characters and their terminator (no UTF-8 copy cached).
_ASCII_HEADER = sys.getsizeof("") - 1
_COMPACT_HEADER = sys.getsizeof("".join(["\xe9", "\xe9"])) - 3
_PyBytes_AsString = ctypes.pythonapi.PyBytes_AsString
_PyBytes_AsString.argtypes = [ctypes.py_object]
_PyBytes_AsString.restype = ctypes.c_void_p


def wipe(buffer: bytearray | memoryview) -> None:
    """Overwrite a mutable buffer with zeros, in place (its length is kept)."""
    view = memoryview(buffer).cast("B")
    view[:] = bytes(view.nbytes)


def wipe_immutable(obj: bytes | str, owners: int = 1) -> bool:
    """Overwrite the contents of a `bytes` or `str` we made and no longer need; True if done.

    Best effort and CPython-only (see the module's docstring): nothing is written unless every
    check passes. `owners` is how many references the caller holds (its variables, and
    attributes or containers of its own); with any more, someone else may be using the object.
    After this call the object holds zeros (a str keeps its kind of storage, so it need not
    even compare equal to "\0" * n): only call it when nothing will read it again.
    """
    if (not _SUPPORTED or len(obj) < MIN_LENGTH or _known_to_code(obj)
            or _refs(obj) > _SOLE_OWNER + owners - 1):
        return False
    if type(obj) is bytes:
        ctypes.memset(_PyBytes_AsString(obj), 0, len(obj))
        return True
    if type(obj) is str:
        return _wipe_str(obj)
    return False


def to_buffer(value: bytes) -> bytearray:
    """A mutable copy of `value`, which a function just returned to us, then wiped.

    Pass the call itself (`to_buffer(os.urandom(32))`), not a variable: a second reference
    would (rightly) stop the wipe.
    """
    copy = bytearray(value)
    wipe_immutable(value)
    return copy


class wiping(Generic[Secret]):  # lower case: used like a function, `with wiping(x) as y`
    """Hold a secret for a `with` block and wipe it when the block ends, however it ends.

    A bytearray or memoryview is always zeroed; bytes and str go through `wipe_immutable`, which
    counts two owners: the block's `as` name and this holder. The holder can also be handed to
    other code (a worker) that enters it later: it gives the secret out only once.
    """

    def __init__(self, value: Secret) -> None:
        self._value: Secret | None = value

    def __enter__(self) -> Secret:
        if self._value is None:
            raise RuntimeError("this secret was already used and wiped")
        return self._value

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None,
                 tb: TracebackType | None) -> None:
        if tb is not None:
            # The frames the error passed through keep their locals, the secret among them,
            # alive for as long as the error is (a dialog shows it later): let go of them.
            traceback.clear_frames(tb)
        value, self._value = self._value, None
        if isinstance(value, bytearray | memoryview):
            wipe(value)
        elif value is not None:
            wipe_immutable(value, owners=2)


# ---- CPython internals ------------------------------------------------------------------------

def _refs(obj: object) -> int:
    return sys.getrefcount(obj)


def _calibrate() -> int:
    """The reference count `wipe_immutable` sees when its caller holds the one reference."""

    def frame_like_wipe_immutable(obj: object) -> int:
        return _refs(obj)

    held = bytes(bytearray(16))  # a new object: this variable is its only reference
    return frame_like_wipe_immutable(held)


_SOLE_OWNER = _calibrate()
_CO_NEWLOCALS = 0x2  # inspect.CO_NEWLOCALS: a function's code, not a module's


def _known_to_code(obj: object) -> bool:
    """True if `obj` is a constant of code on this thread's stack, or a module-level name seen
    by a function there (a module's own top-level code may wipe its own names)."""
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        try:
            if any(const is obj for const in code.co_consts) or (
                    code.co_flags & _CO_NEWLOCALS
                    and any(value is obj for value in frame.f_globals.values())):
                return True
        except RuntimeError:  # another thread changed that module meanwhile: do not risk it
            return True
        frame = frame.f_back
    return False


def _wipe_str(text: str) -> bool:
    """Zero a compact str's characters (and its cached UTF-8 copy), after checking the layout.

    The checks read the object's header and each character through ctypes (ints, not new
    strings), so checking makes no copy of the secret.
    """
    address = id(text)
    state = ctypes.c_uint32.from_address(address + _STATE_OFFSET).value
    interned, kind, compact, ascii = state & 3, (state >> 2) & 7, (state >> 5) & 1, (state >> 6) & 1
    if (interned or not compact or ascii != text.isascii() or kind not in (1, 2, 4)
            or ctypes.c_ssize_t.from_address(address + _LENGTH_OFFSET).value != len(text)):
        return False
    data = address + (_ASCII_HEADER if ascii else _COMPACT_HEADER)
    unit = {1: ctypes.c_uint8, 2: ctypes.c_uint16, 4: ctypes.c_uint32}[kind]
    if any(unit.from_address(data + i * kind).value != ord(ch) for i, ch in enumerate(text)):
        return False
    if not ascii:  # a UTF-8 copy made for a C API (PyUnicode_AsUTF8) lives in its own buffer
        utf8_length = ctypes.c_ssize_t.from_address(address + _ASCII_HEADER).value
        utf8 = ctypes.c_void_p.from_address(address + _ASCII_HEADER + _WORD).value
        if utf8 and 0 < utf8_length <= 4 * len(text):
            ctypes.memset(utf8, 0, utf8_length)
    ctypes.memset(data, 0, len(text) * kind)
    return True
