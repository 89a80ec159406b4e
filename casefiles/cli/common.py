"""What every casefiles-cli command shares: opening the store, JSON in and out, registration."""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casefiles.cli.secrets_input import SecretSource
from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _
from casefiles.core.store.store import Store, default_store_path

Handler = Callable[[argparse.Namespace, SecretSource], int]


def store_path(args: argparse.Namespace) -> Path:
    return Path(args.store) if args.store else default_store_path()


def open_store(args: argparse.Namespace, secrets: SecretSource) -> Store:
    return Store.open(store_path(args), secrets.passphrase())


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def read_json(source: str) -> Any:
    """JSON from a file, or from the rest of standard input for "-"."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as err:
        raise InvalidInput(_("Cannot read {path}: {reason}").format(
            path=source, reason=err.strerror)) from None
    except UnicodeDecodeError:
        raise InvalidInput(_("{path} is not UTF-8 text.").format(path=source)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InvalidInput(_("{path} is not valid JSON (line {line}, column {col}: {msg}).")
                           .format(path=source, line=err.lineno, col=err.colno, msg=err.msg)
                           ) from None
    except (ValueError, RecursionError):  # a number of thousands of digits, nesting too deep
        raise InvalidInput(_("{path} is JSON no case can be: it nests too deeply or holds a "
                             "number thousands of digits long.").format(path=source)) from None


def add_command(parent: Any, name: str, handler: Handler,
                help_text: str) -> argparse.ArgumentParser:
    """Register a sub-command whose `handler(args, secrets)` returns the exit status."""
    sub = parent.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def writable_output(path: str, force: bool) -> Path:
    """The file a command is asked to write, refused (InvalidInput) when it exists and
    --force was not given, when it is a folder (even with --force), or when its folder does
    not exist."""
    out = Path(path)
    try:
        if out.is_dir():
            raise InvalidInput(_("{path} is a folder; name the file to write in it.")
                               .format(path=out))
        if out.exists() and not force:
            raise InvalidInput(_("{path} already exists; choose another name or add --force.")
                               .format(path=out))
        if out.parent.exists() and not out.parent.is_dir():
            raise InvalidInput(_("{path} is not a folder.").format(path=out.parent))
        if not out.parent.is_dir():
            raise InvalidInput(_("The folder {path} does not exist.").format(path=out.parent))
    except OSError as err:  # a name too long for the file system, a folder we may not read
        raise InvalidInput(_("Cannot write {path}: {reason}").format(
            path=out, reason=err.strerror or err)) from None
    return out
