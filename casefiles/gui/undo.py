"""Undo and redo of saved edits to a case.

Each edit made through a dialog is pushed as the case before and after (its JSON, identity
left out: identity edits are not undoable from here, so that undo never moves identity values
around). Undoing writes the earlier version back through the core's `update_case`, which
validates and audits it like any other edit; a refusal (say, an incident that a citation now
points at) is reported and the stack left as it was.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from casefiles.core.errors import CasefilesError
from casefiles.core.model import serial
from casefiles.core.store import cases
from casefiles.core.store.store import Store

_NOT_RESTORED = ("identity", "uuid", "code", "created_at", "updated_at")


def case_version(store: Store, code: str) -> dict[str, Any]:
    """The case as a patch that puts it back as it is now (identity aside)."""
    data = serial.to_json(cases.get_case(store.db, code))
    for key in _NOT_RESTORED:
        data.pop(key, None)
    return data


class CaseEdit(QUndoCommand):
    """One saved edit of one case. Pushed after the edit was saved: the first redo is a no-op.

    `changed(code)` is called after an undo or redo has written the case; `failed(message)`
    when the core refused it.
    """

    def __init__(self, store: Store, code: str, before: dict[str, Any], text: str,
                 changed: Callable[[str], None], failed: Callable[[str], None]) -> None:
        super().__init__(text)
        self.store, self.code = store, code
        self.before, self.after = before, case_version(store, code)
        self._changed, self._failed = changed, failed
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo; the edit is already saved
            self._pushed = True
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def _write(self, version: dict[str, Any]) -> None:
        try:
            cases.update_case(self.store.db, self.code, version, self.store.actor)
        except CasefilesError as err:
            self.setObsolete(True)  # the stack drops it: it cannot be applied any more
            self._failed(str(err))
            return
        self._changed(self.code)
