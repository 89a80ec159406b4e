"""Process-wide hardening applied once at start-up by every entry point."""

import contextlib
import ctypes
import ctypes.util
import os

try:
    import resource
except ImportError:  # Windows has no resource module and no core files to limit
    resource = None  # type: ignore[assignment]

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Keep decrypted case data out of core dumps, other processes and group-readable files.

    - umask 077: every file and folder we create is the owner's alone.
    - RLIMIT_CORE 0 and PR_SET_DUMPABLE 0 (Linux): no core file, and other processes of the same
      user cannot ptrace us or read /proc/<pid>/mem.
    Each step is best effort: a platform that lacks one still gets the others.
    """
    os.umask(0o077)
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    libc_name = ctypes.util.find_library("c")
    if libc_name and os.uname().sysname == "Linux":
        libc = ctypes.CDLL(libc_name, use_errno=True)
        libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool:
    """Report the Linux dumpable flag (True elsewhere, where we cannot tell)."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name or os.uname().sysname != "Linux":
        return True
    libc = ctypes.CDLL(libc_name, use_errno=True)
    return bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
