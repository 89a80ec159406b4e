"""Importing a bundle into the store: preview first, then apply in one transaction.

`preview_import` (in `import_preview`) says what would happen and writes nothing;
`apply_import` (in `import_apply`) does it, with the caseworker's choice for every conflict.
The field-by-field three-way merge behind both is in `merge_json`.
"""

from casefiles.core.exchange.import_apply import ChoicesNeeded, ImportReport, apply_import
from casefiles.core.exchange.import_preview import (
    CHANGED,
    CONFLICT,
    KNOWN,
    NEW,
    OURS,
    THEIRS,
    UNCHANGED,
    CasePreview,
    FieldConflict,
    ImportPreview,
    LikelyDuplicate,
    SourcePreview,
    preview_import,
)

__all__ = ["CHANGED", "CONFLICT", "KNOWN", "NEW", "OURS", "THEIRS", "UNCHANGED", "CasePreview",
           "ChoicesNeeded", "FieldConflict", "ImportPreview", "ImportReport", "LikelyDuplicate",
           "SourcePreview", "apply_import", "preview_import"]
