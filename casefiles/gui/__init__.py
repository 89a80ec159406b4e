"""The PySide6 desktop app: a thin layer of windows and Qt models over `casefiles.core`.

No business logic lives here: every action is a core function a test can call without a display.
"""
