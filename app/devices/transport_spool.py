"""One-way destinations: a file, a CUPS/LPD queue (`lp`), a Windows printer (spooler).

file:   each job is appended to the file in one write (so a test, or a shared
        folder another program prints from, sees every job in order). If the
        write fails half-way (disk full) the file is cut back to its old size:
        no half job stays behind. A character device or FIFO (e.g.
        file:///dev/usb/lp0) is written without blocking, waiting for it
        against the deadline, so a printer that stops taking data cannot hang
        the caller.
lp:     `lp -d QUEUE -o raw` with the job on stdin, killed at the deadline.
        CUPS only queues the job: a printer that is off or out of paper is not
        seen here.
win32:  a RAW job through the Windows spooler (OpenPrinter, StartDocPrinter,
        one WritePrinter). The spooler answers locally and owns delivery, so
        the deadline is not applied to it; with `check_status` the spooler's
        own view of the printer (offline, paper out, door open) is consulted.
"""

from __future__ import annotations

import errno
import os
import select
import shutil
import stat
import subprocess
import sys

from app.devices.transport_errors import (DISCONNECTED, IO_ERROR, NOT_FOUND, PAPER_OUT, PERMISSION_DENIED, TIMEOUT,
                                          UNSUPPORTED, Deadline, PrinterError, seconds)
from app.devices.transport_status import PrinterStatus
from app.devices.transport_uri import PrinterAddress

# -- file -------------------------------------------------------------------------------------------


def _write(handle, data: bytes) -> None:
    """The one write of a file job (a seam for tests that simulate a full disk)."""
    handle.write(data)
    handle.flush()


def send_file(address: PrinterAddress, data: bytes, deadline: Deadline) -> None:
    path = address.path
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = 0
    try:
        if os.name == "posix" and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
            _send_device(address, data, deadline)
            return
        with open(path, "ab") as handle:
            start = handle.tell()
            try:
                _write(handle, data)
            except OSError:
                _cut_back(handle, start)
                raise
    except OSError as exc:
        raise _file_error(exc, address, deadline) from exc


def _cut_back(handle, size: int) -> None:
    try:
        handle.truncate(size)
    except (OSError, ValueError):
        pass


def _send_device(address: PrinterAddress, data: bytes, deadline: Deadline) -> None:
    fd = os.open(address.path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(fd, view):]
            except BlockingIOError:
                pass
            if view:
                if deadline.expired():
                    raise TimeoutError(errno.ETIMEDOUT, "device write timed out")
                select.select([], [fd], [], deadline.left())
    finally:
        os.close(fd)


def _file_error(exc: OSError, address: PrinterAddress, deadline: Deadline) -> PrinterError:
    label, uri, path = address.label, address.uri, address.path
    folder = os.path.dirname(path) or path
    device = path.startswith("/dev/")
    if isinstance(exc, TimeoutError):
        return PrinterError(TIMEOUT, f"{label} tidak menerima data dalam {seconds(deadline.timeout)} — kertas "
                                     "habis atau printer mati?", uri=uri)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        if device:
            return PrinterError(PAPER_OUT, f"{label} melaporkan kertas habis — pasang kertas, lalu cetak ulang.",
                                uri=uri)
        return PrinterError(IO_ERROR, f"Disk penuh: job tidak dapat ditulis ke {path} — kosongkan ruang disk, "
                                      "lalu cetak ulang.", uri=uri)
    if isinstance(exc, FileNotFoundError):
        if device:
            return PrinterError(NOT_FOUND, f"{label} tidak ada — apakah printer tercolok dan menyala?", uri=uri)
        return PrinterError(NOT_FOUND, f'Folder "{folder}" tidak ada — buat foldernya atau perbaiki alamat '
                                       f"printer {uri}.", uri=uri)
    if exc.errno == errno.EROFS:
        return PrinterError(PERMISSION_DENIED, f'{label} tidak dapat ditulis: "{folder}" berada di penyimpanan '
                                               "hanya-baca — pilih folder lain.", uri=uri)
    if isinstance(exc, PermissionError):
        return PrinterError(PERMISSION_DENIED, f"{label} tidak boleh ditulis (izin ditolak) — pilih folder yang "
                                               "boleh ditulis pengguna ini.", uri=uri)
    if isinstance(exc, (IsADirectoryError, NotADirectoryError)):
        return PrinterError(NOT_FOUND, f'"{path}" bukan berkas yang dapat ditulis (folder atau jalur salah) — '
                                       "perbaiki alamat printer.", uri=uri)
    if exc.errno in (errno.ENXIO, errno.ENODEV):
        return PrinterError(NOT_FOUND, f"{label} tidak tersambung — apakah printer tercolok dan menyala?", uri=uri)
    if exc.errno == errno.EIO and device:
        return PrinterError(DISCONNECTED, f"{label} terputus di tengah pencetakan — periksa printer, lalu "
                                          "cetak ulang.", uri=uri)
    return PrinterError(IO_ERROR, f"{label} tidak dapat ditulis: {exc.strerror or exc}.", uri=uri)


# -- lp / cups --------------------------------------------------------------------------------------

_NO_QUEUE = ("does not exist", "unknown destination", "no such", "tidak ada", "not exist")


def send_lp(address: PrinterAddress, data: bytes, deadline: Deadline) -> None:
    label, uri = address.label, address.uri
    program = shutil.which("lp")
    if program is None:
        raise PrinterError(UNSUPPORTED, f"{label}: perintah lp tidak ada di komputer ini — pasang CUPS "
                                        "(paket cups-client) atau pakai jenis sambungan lain.", uri=uri)
    try:
        done = subprocess.run([program, "-d", address.name, "-o", "raw"], input=data, capture_output=True,
                              timeout=deadline.left(), check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrinterError(TIMEOUT, f"{label}: perintah lp tidak selesai dalam {seconds(deadline.timeout)} — "
                                    "periksa layanan CUPS.", uri=uri) from exc
    except OSError as exc:
        raise PrinterError(IO_ERROR, f"{label}: perintah lp tidak dapat dijalankan: {exc}.", uri=uri) from exc
    if done.returncode != 0:
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip() or "tanpa pesan"
        code = NOT_FOUND if any(text in said.lower() for text in _NO_QUEUE) else IO_ERROR
        raise PrinterError(code, f"{label} menolak job (lp keluar dengan kode {done.returncode}): {said}",
                           uri=uri)


# -- win32 ------------------------------------------------------------------------------------------

_ERROR_INVALID_PRINTER_NAME = 1801
_ERROR_ACCESS_DENIED = 5
_WORK_OFFLINE = 0x400  # PRINTER_ATTRIBUTE_WORK_OFFLINE
_STATUS = {"paper_out": 0x10 | 0x40, "offline": 0x80 | 0x1000, "error": 0x2 | 0x8, "door_open": 0x400000}


def _win32print(address: PrinterAddress):
    if sys.platform != "win32":
        raise PrinterError(UNSUPPORTED, f"{address.label}: printer Windows (win32://) hanya dapat dipakai di "
                                        "Windows; di komputer ini pakai usb://, tcp://, serial:// atau cups://.",
                           uri=address.uri)
    try:
        import win32print  # pywin32, Windows only
    except ImportError as exc:
        raise PrinterError(UNSUPPORTED, f"{address.label}: pywin32 tidak terpasang — pasang ulang Kopdes.",
                           uri=address.uri) from exc
    return win32print


def _win32_error(exc: BaseException, address: PrinterAddress) -> PrinterError:
    label, uri, code = address.label, address.uri, getattr(exc, "winerror", None)
    text = getattr(exc, "strerror", None) or str(exc)
    if code == _ERROR_INVALID_PRINTER_NAME:
        return PrinterError(NOT_FOUND, f"{label} tidak ada di Windows — periksa nama printer di Pengaturan "
                                       "Windows > Printer.", uri=uri)
    if code == _ERROR_ACCESS_DENIED:
        return PrinterError(PERMISSION_DENIED, f"{label} tidak boleh dipakai oleh pengguna ini.", uri=uri)
    return PrinterError(IO_ERROR, f"{label}: spooler Windows gagal: {text}", uri=uri)


def send_win32(address: PrinterAddress, data: bytes, deadline: Deadline) -> None:
    win32print = _win32print(address)
    try:
        handle = win32print.OpenPrinter(address.name)
        try:
            win32print.StartDocPrinter(handle, 1, ("Kopdes", None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                written = win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        finally:
            win32print.ClosePrinter(handle)
    except Exception as exc:  # pywintypes.error (no common base to name off Windows)
        raise _win32_error(exc, address) from exc
    if written != len(data):
        raise PrinterError(IO_ERROR, f"{address.label}: spooler hanya menerima {written} dari {len(data)} byte.",
                           uri=address.uri)


def win32_status(address: PrinterAddress) -> PrinterStatus:
    """The spooler's (driver-reported) view of the printer; many drivers always say 'ready'."""
    win32print = _win32print(address)
    try:
        handle = win32print.OpenPrinter(address.name)
        try:
            info = win32print.GetPrinter(handle, 2)
        finally:
            win32print.ClosePrinter(handle)
    except Exception as exc:  # pywintypes.error
        raise _win32_error(exc, address) from exc
    flags, attributes = int(info.get("Status", 0)), int(info.get("Attributes", 0))
    return PrinterStatus(online=not (flags & _STATUS["offline"] or attributes & _WORK_OFFLINE),
                         paper_out=bool(flags & _STATUS["paper_out"]), cover_open=bool(flags & _STATUS["door_open"]),
                         error=bool(flags & _STATUS["error"]))
