"""Work-around for the Qt binding (PySide6 6.12.0 on CPython 3.11).

The binding returns None and True without taking a reference: every call of a
void Qt method from Python (setText, show, clear, processEvents...) drops one
reference to None, and every Signal.emit() drops one to True. After some
thousands of calls the count reaches zero and the interpreter aborts with
"none_dealloc: deallocating None" (or "bool_dealloc"). A till that runs all day
would die within minutes of use.

CPython 3.12+ makes these singletons immortal, which hides the bug. On 3.11 we do
the same by hand, once, before any window exists: give None, True and False a
reference count so large that no session can wear it down (2**50 drops at a
million per second take 35 years). Remove this when the binding is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_SINGLETONS = (None, True, False)
_FLOOR = 1 << 50


def protect_singletons() -> None:
    """Idempotent; a no-op where the interpreter already makes them immortal."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in _SINGLETONS:
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _FLOOR:
            count.value += _FLOOR
