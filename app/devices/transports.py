"""Moving a print job's bytes to a thermal printer named by a URI.

    send(uri, data, timeout=5.0, check_status=False)   one job, one write; PrinterError on any failure
    status(uri, timeout=1.0) -> PrinterStatus | None    DLE EOT status, None when the printer does not answer
    parse_uri(uri) -> PrinterAddress                    PrinterError('bad_uri') for a malformed address
    discover() -> DiscoveryResult                       printers and ports this computer can see

Jobs are complete ESC/POS byte strings built elsewhere; this module only
moves them. Every step of a job (resolve, connect, status, write, drain)
shares one deadline of `timeout` seconds, so a printer that is off, unplugged
or out of paper comes back as a `PrinterError` within about that time and
never hangs the caller. Not bounded: the Windows spooler calls (local; the
spooler owns delivery), a write to a regular file (local disk; a dead network
share could block it), and pyserial's fallback flush for a port type that
cannot report its queue. Pieces: transport_uri (addresses), transport_net
(tcp), transport_serial, transport_usb, transport_spool (file, lp, win32),
transport_status (DLE EOT), transport_discover.

The job is handed over in ONE call (socket.sendall, file write, serial write,
USB bulk write, WritePrinter, lp's stdin), never as many small writes. A
failed job may still have printed in part (a receipt cut short); two-way
connections are cut at once on failure so the rest is not trickled out later.
The print queue reprints the job whole.
"""

from __future__ import annotations

from app.devices import transport_spool as spool
from app.devices.transport_discover import DiscoveryResult, FoundPrinter, discover
from app.devices.transport_errors import (BAD_URI, CODES, DISCONNECTED, IO_ERROR, NOT_FOUND, OFFLINE, PAPER_OUT,
                                          PERMISSION_DENIED, REFUSED, TIMEOUT, UNREACHABLE, UNSUPPORTED, Deadline,
                                          PrinterError)
from app.devices.transport_net import TcpChannel
from app.devices.transport_serial import SerialChannel
from app.devices.transport_status import PrinterStatus, ask, parse_status, refuse
from app.devices.transport_uri import ACCEPTED_FORMS, PrinterAddress, parse_uri
from app.devices.transport_usb import UsbChannel

__all__ = [
    "ACCEPTED_FORMS", "BAD_URI", "CODES", "DISCONNECTED", "IO_ERROR", "NOT_FOUND", "OFFLINE", "PAPER_OUT",
    "PERMISSION_DENIED", "REFUSED", "TIMEOUT", "UNREACHABLE", "UNSUPPORTED",
    "DiscoveryResult", "FoundPrinter", "PrinterAddress", "PrinterError", "PrinterStatus",
    "discover", "parse_status", "parse_uri", "send", "status",
]

TWO_WAY = ("tcp", "serial", "usb")
STATUS_SHARE = 0.5  # at most this many seconds of a send() go to the status check


def send(uri: str, data: bytes, *, timeout: float = 5.0, check_status: bool = False) -> None:
    """Send one job. With `check_status`, ask the printer first (paper_out/offline when it says so;
    carry on when it does not answer). Raises PrinterError; returns once the printer took the bytes."""
    address = parse_uri(uri)
    job = _job_bytes(data)
    if not timeout > 0:
        raise ValueError("timeout must be positive")
    deadline = Deadline(timeout)
    try:
        if address.scheme in TWO_WAY:
            _send_two_way(address, job, deadline, check_status)
        else:
            _send_one_way(address, job, deadline, check_status)
    except PrinterError as exc:
        exc.uri = exc.uri or address.uri
        raise


def status(uri: str, timeout: float = 1.0) -> PrinterStatus | None:
    """The printer's real-time status, or None when it does not answer (many cheap printers never do;
    files and lp queues cannot). Raises PrinterError when the printer cannot be reached at all."""
    address = parse_uri(uri)
    deadline = Deadline(timeout)
    if address.scheme == "win32":
        return spool.win32_status(address)
    if address.scheme not in TWO_WAY:
        return None
    channel = _open(address, deadline)
    try:
        return ask(channel, deadline)
    finally:
        channel.close(abort=False)


def _job_bytes(data: bytes) -> bytes:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"a print job is bytes, not {type(data).__name__}")
    job = bytes(data)
    if not job:
        raise ValueError("empty print job")
    return job


def _open(address: PrinterAddress, deadline: Deadline) -> TcpChannel | SerialChannel | UsbChannel:
    if address.scheme == "tcp":
        return TcpChannel(address, deadline)
    if address.scheme == "serial":
        return SerialChannel(address, deadline)
    return UsbChannel(address, deadline)


def _send_two_way(address: PrinterAddress, job: bytes, deadline: Deadline, check_status: bool) -> None:
    channel = _open(address, deadline)
    sending = False
    try:
        if check_status:
            found = ask(channel, Deadline(min(STATUS_SHARE, deadline.left() / 2)))
            if found is not None:
                refuse(found, address.label, address.uri)
        sending = True
        channel.write(job, deadline)
        channel.finish(deadline)
        sending = False
    finally:
        channel.close(abort=sending)  # a failed job is cut off at once, not trickled out after the error


def _send_one_way(address: PrinterAddress, job: bytes, deadline: Deadline, check_status: bool) -> None:
    if address.scheme == "file":
        spool.send_file(address, job, deadline)
    elif address.scheme in ("cups", "lp"):
        spool.send_lp(address, job, deadline)
    else:
        if check_status:
            refuse(spool.win32_status(address), address.label, address.uri)
        spool.send_win32(address, job, deadline)
