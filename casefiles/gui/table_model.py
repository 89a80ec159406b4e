"""What the app's table models share: rows held in a list, named columns, a flat table; and
selecting a row of a table view in either layout direction."""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

Index = QModelIndex | QPersistentModelIndex


def select_row(view: QTableView, row: int) -> None:
    """Select (and make current) the whole row `row`. Not QTableView.selectRow: laid out right
    to left (Dari, Pashto) it picks the column at the viewport's far edge, which is no column
    when the columns do not fill the view, and then selects nothing."""
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)


class RowsModel(QAbstractTableModel):
    """A flat table of `self._rows` under the column titles `self._headers`; the subclass
    sets the titles (translated: after this __init__) and answers data()."""

    def __init__(self) -> None:
        super().__init__()
        self._headers: list[str] = []
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
