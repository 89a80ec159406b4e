"""A lazy, sortable, filterable table model over the case list.

Building Python rows for 100,000 cases up front takes seconds; a view only ever needs the rows it
shows, so `fetchMore` asks the core for the next page when the view scrolls near the end, and
sorting or filtering asks the core again (SQL does the work) instead of sorting Python rows.
"""

from PySide6.QtCore import QModelIndex, Qt

from casefiles.core.model.vocab import vocabulary
from casefiles.core.store import case_list
from casefiles.core.store.driver import Database
from casefiles.gui.table_model import Index, RowsModel

PAGE_SIZE = 500
# Column -> (sort key in the core, vocabulary of its codes or None).
_COLUMNS = (("code", None), ("pseudonym", None), ("stage", "case_stages"),
            ("province", "provinces"), ("institution", "institutions"),
            ("situation", "situations"), ("incidents", None))


class CaseListModel(RowsModel):
    """Case summaries (never identity), one per row."""

    def __init__(self, db: Database, filters: case_list.CaseFilter | None = None) -> None:
        super().__init__()
        self._db = db
        self._filters = filters or case_list.CaseFilter()
        self._sort, self._descending = "code", False
        self._loaded = False  # rows are fetched by the first sort() or fetchMore()
        self._rows: list[case_list.CaseSummary] = []
        self._total = case_list.count_cases(db, self._filters)
        self._headers = [self.tr("Code"), self.tr("Pseudonym"), self.tr("Stage"),
                         self.tr("Province"), self.tr("Institution"), self.tr("Situation"),
                         self.tr("Incidents")]

    @property
    def total(self) -> int:
        """How many cases match the filters (not only the rows fetched so far)."""
        return self._total

    def set_filters(self, filters: case_list.CaseFilter) -> None:
        self._filters = filters
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_COLUMNS):
            return
        key, descending = _COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, descending) == (self._sort, self._descending):
            return  # a view turning sorting on asks for the order it already has
        self._sort, self._descending = key, descending
        self._reload()

    def _reload(self) -> None:
        """Start again from the first page (fetched inside the reset, so no insertion follows
        the reset at once)."""
        self.beginResetModel()
        self._total = case_list.count_cases(self._db, self._filters)
        self._rows = self._page(0)
        self._loaded = True
        self.endResetModel()

    def _page(self, offset: int) -> list[case_list.CaseSummary]:
        return case_list.list_cases(self._db, self._filters, limit=PAGE_SIZE, offset=offset,
                                    sort=self._sort, descending=self._descending,
                                    matches=self._total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        page = self._page(len(self._rows))
        self._loaded = True
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | int | None:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= index.column() < len(_COLUMNS):
            return None
        row = self._rows[index.row()]
        key, vocab_name = _COLUMNS[index.column()]
        value = getattr(row, key)
        return vocabulary(vocab_name).label(value) if vocab_name else value

    def code_at(self, row: int) -> str:
        return self._rows[row].code

    def row_of(self, code: str) -> int | None:
        """The row of a case, fetching pages until it is found (None: it does not match)."""
        while True:
            for row, summary in enumerate(self._rows):
                if summary.code == code:
                    return row
            if not self.canFetchMore():
                return None
            self.fetchMore()
