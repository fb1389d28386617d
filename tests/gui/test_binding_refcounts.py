"""Guard on the pinned Qt binding. PySide6-Essentials 6.12.0 on CPython 3.11 drops a
reference to None on every void Qt call and to True on every Signal.emit(); a till
aborts ("none_dealloc") after a few thousand calls. pyproject.toml pins 6.11.3; this
test fails on any binding that leaks these references again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Sender(QObject):
    fired = Signal(int, object)


def test_void_calls_and_emits_keep_none_and_true_references(qapp):
    label, sender, received = QLabel(), _Sender(), []
    sender.fired.connect(lambda n, payload: received.append(n))
    label.setText("pemanasan")
    sender.fired.emit(0, None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(1_000):  # few enough that a leaking binding fails here, not aborts
        label.setText("x")
        label.clear()
        sender.fired.emit(n, None)
    assert len(received) == 1_001 and label.text() == ""
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
