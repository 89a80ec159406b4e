"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to None on every call
of a method that returns nothing, and the process aborts once None's count runs out (a few
thousand calls into a session). pyproject.toml keeps that release out; this test says why."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    timer, label, widget = QTimer(), QLabel(), QWidget()
    qtbot.addWidget(label)
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        timer.stop()
        label.setText("x")
        widget.setEnabled(True)
    assert sys.getrefcount(None) >= before - 10  # a few may move elsewhere; not 1,500
