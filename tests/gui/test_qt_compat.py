"""The binding work-around: void Qt calls and signal emits must not wear down the
reference counts of None and True (PySide6 6.12.0 on CPython 3.11 drops one per call,
which aborts the whole application after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from app.ui.qt_compat import protect_singletons


class _Sender(QObject):
    fired = Signal(int, object)


def test_many_void_calls_and_emits_leave_none_and_true_alive(qapp):
    protect_singletons()
    protect_singletons()  # idempotent
    floor = 1 << 49
    label, sender, received = QLabel(), _Sender(), []
    sender.fired.connect(lambda n, payload: received.append(n))
    for n in range(50_000):  # far more than an unprotected None survives
        label.setText("x")
        label.clear()
        sender.fired.emit(n, None)
    assert len(received) == 50_000 and label.text() == ""
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > floor and sys.getrefcount(True) > floor
