"""Serial printers (serial:///dev/ttyUSB0?baud=9600, serial://COM3) through pyserial.

The job goes in one `write` (with a write timeout), then the output queue is
drained: pyserial's `flush()` waits without limit (tcdrain; a printer holding
CTS low would hold the caller for ever), so we poll `out_waiting` against the
deadline instead, and fall back to `flush()` only for a port type that cannot
report its queue. On failure the unsent output is discarded before closing (otherwise the
operating system keeps sending it, and closing the port can wait for it).

At 9600 baud a port moves about 960 bytes a second: a 10 KB receipt with a
logo needs more than the default 5 seconds; callers pass a longer timeout for
slow ports (`transfer_seconds`).
"""

from __future__ import annotations

import errno
import os
import re
import time

import serial

from app.devices.transport_errors import (DISCONNECTED, IO_ERROR, NOT_FOUND, PERMISSION_DENIED, TIMEOUT,
                                          Deadline, PrinterError, seconds)
from app.devices.transport_uri import PrinterAddress

_GONE = {errno.EIO, errno.ENXIO, errno.ENODEV, errno.EBADF}


def transfer_seconds(address: PrinterAddress, size: int) -> float:
    """How long `size` bytes take on the wire at the address's baud rate (10 bits a byte)."""
    return size * 10 / address.baudrate


def _errno_of(exc: BaseException) -> int | None:
    if isinstance(getattr(exc, "errno", None), int):
        return exc.errno  # type: ignore[attr-defined]
    found = re.search(r"\[Errno (\d+)\]", str(exc))
    return int(found.group(1)) if found else None


class SerialChannel:
    """An open serial port."""

    def __init__(self, address: PrinterAddress, deadline: Deadline) -> None:
        self.address = address
        port = serial.serial_for_url(
            address.device, do_not_open=True, baudrate=address.baudrate, parity=address.parity,
            bytesize=serial.EIGHTBITS, stopbits=serial.STOPBITS_ONE, rtscts=address.flow == "rtscts",
            xonxoff=address.flow == "xonxoff", dsrdtr=address.flow == "dsrdtr", timeout=0,
            write_timeout=deadline.left())
        if os.name == "posix":
            port.exclusive = True  # flock: a second Kopdes (or another program) gets a clear "busy"
        try:
            port.open()
        except (serial.SerialException, OSError, ValueError) as exc:
            raise self._open_error(exc) from exc
        self.port = port

    def _open_error(self, exc: BaseException) -> PrinterError:
        label, uri, code = self.address.label, self.address.uri, _errno_of(exc)
        text = str(exc)
        if code == errno.ENOENT or "FileNotFoundError" in text:
            return PrinterError(NOT_FOUND, f"{label} tidak ditemukan — apakah kabel atau adaptor USB-serial "
                                           "tercolok? Lihat daftar port di pencarian printer.", uri=uri)
        if code in (errno.EBUSY, errno.EAGAIN, errno.EWOULDBLOCK) or "exclusively lock" in text:
            return PrinterError(IO_ERROR, f"{label} sedang dipakai program lain — tutup program itu, lalu "
                                          "cetak ulang.", uri=uri)
        if code == errno.EACCES or "PermissionError" in text or "Access is denied" in text:
            hint = ("tambahkan pengguna ini ke grup dialout" if os.name == "posix"
                    else "port mungkin sedang dipakai program lain")
            return PrinterError(PERMISSION_DENIED, f"{label} tidak boleh dibuka — {hint}.", uri=uri)
        if code in _GONE:
            return PrinterError(NOT_FOUND, f"{label} tidak tersambung — periksa kabel dan adaptornya.", uri=uri)
        return PrinterError(IO_ERROR, f"{label} tidak dapat dibuka: {text}", uri=uri)

    def _io_error(self, exc: BaseException, deadline: Deadline, size: int = 0) -> PrinterError:
        label, uri = self.address.label, self.address.uri
        if isinstance(exc, serial.SerialTimeoutException):
            need = transfer_seconds(self.address, size)
            slow = (f" (pada {self.address.baudrate} baud, {size} byte butuh ±{seconds(need)})"
                    if need > deadline.timeout / 2 else "")
            return PrinterError(TIMEOUT, f"{label} tidak menerima data dalam {seconds(deadline.timeout)}{slow} — "
                                         "kertas habis, printer mati, atau pengaturan flow/baud salah?", uri=uri)
        if _errno_of(exc) in _GONE or "disconnected" in str(exc):
            return PrinterError(DISCONNECTED, f"{label} terputus di tengah pencetakan — periksa kabel, lalu "
                                              "cetak ulang.", uri=uri)
        return PrinterError(IO_ERROR, f"{label}: pengiriman gagal: {exc}", uri=uri)

    def write(self, data: bytes, deadline: Deadline) -> None:
        try:
            self.port.write_timeout = deadline.left()
            written = self.port.write(data)
        except (serial.SerialException, OSError) as exc:
            raise self._io_error(exc, deadline, len(data)) from exc
        if written is not None and written != len(data):
            raise PrinterError(DISCONNECTED, f"{self.address.label} hanya menerima {written} dari {len(data)} "
                                             "byte — periksa printer, lalu cetak ulang.", uri=self.address.uri)
        self._size = len(data)

    def read(self, timeout: float) -> bytes:
        try:
            self.port.timeout = timeout
            first = self.port.read(1)
            return first + self.port.read(self.port.in_waiting) if first else b""
        except (serial.SerialException, OSError) as exc:
            raise self._io_error(exc, Deadline(timeout)) from exc

    def finish(self, deadline: Deadline) -> None:
        """Wait, until the deadline, for the port's output queue to empty (a bounded flush)."""
        try:
            waiting = self._waiting()
            if waiting is None:  # this port type cannot tell: pyserial's own (unbounded) flush
                self.port.flush()
                return
            while waiting:
                if deadline.expired():
                    raise serial.SerialTimeoutException("drain timeout")
                time.sleep(min(0.01, deadline.left()))
                waiting = self._waiting()
        except (serial.SerialException, OSError) as exc:
            raise self._io_error(exc, deadline, getattr(self, "_size", 0)) from exc

    def _waiting(self) -> int | None:
        try:
            return int(self.port.out_waiting)
        except (NotImplementedError, AttributeError):
            return None

    def close(self, *, abort: bool) -> None:
        try:
            if abort:
                self.port.reset_output_buffer()
        except (serial.SerialException, OSError):
            pass
        try:
            self.port.close()
        except (serial.SerialException, OSError):
            pass
