"""A lazy table model over the case list: rows are fetched a page at a time as they scroll in.

Building Python rows for 100,000 cases up front takes seconds; a view only ever needs the rows
it shows, so `fetchMore` asks the core for the next page when the view scrolls near the end.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casefiles.core.model.vocab import vocabulary
from casefiles.core.store import cases
from casefiles.core.store.driver import Database

PAGE_SIZE = 500
Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    """Case summaries (never identity), one per row, ordered by code."""

    def __init__(self, db: Database, filters: cases.CaseFilter | None = None) -> None:
        super().__init__()
        self._db = db
        self._filters = filters or cases.CaseFilter()
        self._rows: list[cases.CaseSummary] = []
        self._total = cases.count_cases(db, self._filters)
        self._headers = [self.tr("Code"), self.tr("Pseudonym"), self.tr("Stage"),
                         self.tr("Province"), self.tr("Institution"), self.tr("Situation"),
                         self.tr("Incidents")]

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        page = cases.list_cases(self._db, self._filters, limit=PAGE_SIZE,
                                offset=len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | int | None:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        values = (row.code, row.pseudonym,
                  vocabulary("case_stages").label(row.stage),
                  vocabulary("provinces").label(row.province),
                  vocabulary("institutions").label(row.institution),
                  vocabulary("situations").label(row.situation),
                  row.incidents)
        return values[column] if 0 <= column < len(values) else None

    def code_at(self, row: int) -> str:
        return self._rows[row].code
