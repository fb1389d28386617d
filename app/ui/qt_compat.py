"""Work-around for the Qt binding.

PySide6 6.12.0 on CPython 3.11 drops one reference to `True` on every
`SignalInstance.emit()` called from Python (C++ emissions are fine). After a few
thousand emits the count of `True` reaches zero and the interpreter aborts with
"bool_dealloc: deallocating True or False". Every emit in app.ui goes through
`emit()` below, which measures the loss once and restores the count.
Remove this module when the binding is fixed (the measurement then finds 0).
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None

_lock = threading.Lock()
_loss_per_emit: int | None = None


class _Probe(QObject):
    fired = Signal()


def _give_back(count: int) -> None:
    for _ in range(count):
        _incref(True)


def loss_per_emit() -> int:
    """How many references to True one emit() loses with this binding (measured once)."""
    global _loss_per_emit
    with _lock:
        if _loss_per_emit is None:
            probe = _Probe()
            rounds = 50
            before = sys.getrefcount(True)
            for _ in range(rounds):
                probe.fired.emit()
            lost = before - sys.getrefcount(True)
            _loss_per_emit = max(0, round(lost / rounds))
            _give_back(max(0, lost))
        return _loss_per_emit


def emit(signal: Any, *args: Any) -> None:
    """signal.emit(*args), keeping the reference count of True intact."""
    signal.emit(*args)
    loss = _loss_per_emit if _loss_per_emit is not None else loss_per_emit()
    if loss:
        _give_back(loss)
