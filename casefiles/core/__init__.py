"""The Qt-free core of casefiles: store, domain model, security, and (later) sources and outputs.

Nothing under this package may import PySide6; `tests/core/test_no_qt.py` enforces it so the
core stays usable headless and from `casefiles-cli`.
"""
