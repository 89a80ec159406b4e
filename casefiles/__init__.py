"""casefiles: offline, encrypted case files and dossiers for former Afghan security-force members.

`casefiles.core` holds every capability and never imports Qt; `casefiles.gui` is a thin PySide6
layer over it and `casefiles.cli` the scriptable command line beside it.
"""

__version__ = "0.1.0"
