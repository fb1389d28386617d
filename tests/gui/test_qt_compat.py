"""The binding work-around: emitting signals must not wear down the count of True
(PySide6 6.12.0 on CPython 3.11 loses one reference per emit, which aborts the app)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from app.ui.qt_compat import emit, loss_per_emit


class _Sender(QObject):
    plain = Signal()
    with_args = Signal(int, object)


def test_emit_keeps_the_reference_count_of_true(qapp):
    sender = _Sender()
    received = []
    sender.with_args.connect(lambda n, payload: received.append(n))
    loss_per_emit()  # measure before counting
    before = sys.getrefcount(True)
    for n in range(5000):
        emit(sender.plain)
        emit(sender.with_args, n, n % 2 == 0)
    assert len(received) == 5000
    assert abs(sys.getrefcount(True) - before) < 50  # 10 000 emits, no drift
