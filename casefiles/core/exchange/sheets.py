"""Spreadsheets in and out: the one place the CLI and the app import them from.

Reading a CSV file or an Excel workbook is `sheet_read`, the column mapping `sheet_mapping`,
the preview and the import `sheet_import`, the plain CSV and JSON exports `sheet_export`. The
usual sequence:

    sheet = read_sheet(path)                       # header, how it was read, its SHA-256
    mapping = load_mapping(m) or propose_mapping(sheet.header)
    result = preview(sheet, mapping)               # writes nothing
    codes = import_rows(db, result, actor)         # all accepted rows, in one transaction
"""

from casefiles.core.exchange.sheet_export import (
    PlainExport,
    export_csv,
    export_json,
    format_for,
    not_encrypted_warning,
)
from casefiles.core.exchange.sheet_import import (
    AcceptedRow,
    RejectedRow,
    RowNote,
    SheetPreview,
    earlier_imports,
    import_rows,
    preview,
)
from casefiles.core.exchange.sheet_mapping import (
    ColumnMapping,
    Target,
    load_mapping,
    parse_path,
    propose_mapping,
    targets,
)
from casefiles.core.exchange.sheet_read import Sheet, SheetInfo, SheetRow, read_sheet

__all__ = [
    "AcceptedRow",
    "ColumnMapping",
    "PlainExport",
    "RejectedRow",
    "RowNote",
    "Sheet",
    "SheetInfo",
    "SheetPreview",
    "SheetRow",
    "Target",
    "earlier_imports",
    "export_csv",
    "export_json",
    "format_for",
    "import_rows",
    "load_mapping",
    "not_encrypted_warning",
    "parse_path",
    "preview",
    "propose_mapping",
    "read_sheet",
    "targets",
]
