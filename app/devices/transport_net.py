"""Network printers (tcp://HOST:9100, the "raw"/JetDirect port).

One job = one connection: resolve (in a helper thread, so a dead DNS server
cannot hold the caller past the deadline), connect, `sendall` once, then
`shutdown(SHUT_WR)` and wait up to `FINISH_WAIT` seconds for the printer to
close its side. Every step shares the caller's deadline.

What TCP can and cannot tell: `sendall` returning only means the bytes reached
this computer's send buffer. A printer that resets the connection before it
has read everything is caught (the reset arrives as ECONNRESET/EPIPE during
`sendall`, `shutdown` or the final wait). A printer that silently loses power
after the kernel handed over the last bytes, or that closes cleanly after
reading everything and then fails to print, cannot be told apart from success;
nor can a printer that keeps the connection open longer than `FINISH_WAIT`
and drops it afterwards. On any failure the socket is closed with an
immediate reset (SO_LINGER 0) so that the rest of a failed job is not trickled
to the printer later and printed twice with the retry.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
import struct
import threading

from app.devices.transport_errors import (DISCONNECTED, IO_ERROR, PERMISSION_DENIED, REFUSED, TIMEOUT,
                                          UNREACHABLE, Deadline, PrinterError, seconds)
from app.devices.transport_uri import PrinterAddress

FINISH_WAIT = 0.3  # seconds to wait, after the last byte, for the printer to close or reset
_UNREACHABLE_ERRNOS = {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ENETDOWN, errno.EADDRNOTAVAIL,
                       getattr(errno, "EHOSTDOWN", -1)}
_DROPPED_ERRNOS = {errno.ECONNRESET, errno.EPIPE, errno.ECONNABORTED, errno.ENOTCONN, errno.ESHUTDOWN}


def resolve(address: PrinterAddress, deadline: Deadline) -> list[tuple]:
    """getaddrinfo for the printer's host, abandoned (unreachable) when the deadline passes first."""
    host, port = address.host, address.port
    try:
        ipaddress.ip_address(host)
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except ValueError:
        pass
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:  # socket.gaierror and friends
            outcome["error"] = exc

    worker = threading.Thread(target=work, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(deadline.left())
    if "infos" in outcome and outcome["infos"]:
        return outcome["infos"]  # type: ignore[return-value]
    if worker.is_alive():
        why = f"tidak dapat dicari dalam {seconds(deadline.timeout)}"
    else:
        why = "tidak ditemukan di jaringan"
    raise PrinterError(UNREACHABLE, f'{address.label}: nama "{host}" {why} — periksa nama printer, '
                                    "atau tulis alamat IP-nya (mis. tcp://192.168.1.50:9100).", uri=address.uri)


class TcpChannel:
    """An open connection to a network printer."""

    def __init__(self, address: PrinterAddress, deadline: Deadline) -> None:
        self.address = address
        self.sock = self._connect(deadline)

    def _connect(self, deadline: Deadline) -> socket.socket:
        last: OSError | None = None
        for family, kind, proto, _name, sockaddr in resolve(self.address, deadline):
            if deadline.expired():
                break
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(deadline.left())
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                last = exc
        raise self._connect_error(last or TimeoutError(), deadline)

    def _connect_error(self, exc: OSError, deadline: Deadline) -> PrinterError:
        label, uri = self.address.label, self.address.uri
        if isinstance(exc, ConnectionRefusedError):
            return PrinterError(REFUSED, f"{label} menolak sambungan — apakah printer menyala dan port "
                                         f"{self.address.port} benar?", uri=uri)
        if isinstance(exc, TimeoutError) or exc.errno == errno.ETIMEDOUT:
            return PrinterError(TIMEOUT, f"{label} tidak menjawab dalam {seconds(deadline.timeout)} — apakah "
                                         "printer menyala dan tersambung ke jaringan yang sama?", uri=uri)
        if exc.errno in _UNREACHABLE_ERRNOS:
            return PrinterError(UNREACHABLE, f"{label} tidak dapat dijangkau dari komputer ini — periksa kabel "
                                             "LAN/Wi-Fi dan alamat IP printer.", uri=uri)
        if isinstance(exc, PermissionError):
            return PrinterError(PERMISSION_DENIED, f"{label}: sambungan diblokir oleh sistem (firewall?).", uri=uri)
        return PrinterError(IO_ERROR, f"{label} tidak dapat disambung: {exc.strerror or exc}.", uri=uri)

    def _io_error(self, exc: OSError, deadline: Deadline) -> PrinterError:
        label, uri = self.address.label, self.address.uri
        if isinstance(exc, TimeoutError):
            return PrinterError(TIMEOUT, f"{label} tidak menerima data dalam {seconds(deadline.timeout)} — "
                                         "kertas habis, tutup terbuka, atau printer macet?", uri=uri)
        if isinstance(exc, ConnectionError) or exc.errno in _DROPPED_ERRNOS:
            return PrinterError(DISCONNECTED, f"{label} memutus sambungan di tengah pencetakan — struk mungkin "
                                              "terpotong; periksa printer lalu cetak ulang.", uri=uri)
        return PrinterError(IO_ERROR, f"{label}: pengiriman gagal: {exc.strerror or exc}.", uri=uri)

    def write(self, data: bytes, deadline: Deadline) -> None:
        try:
            self.sock.settimeout(deadline.left())
            self.sock.sendall(data)
        except OSError as exc:
            raise self._io_error(exc, deadline) from exc

    def read(self, timeout: float) -> bytes:
        """What the printer sent within `timeout` (b"" when it stayed quiet)."""
        try:
            self.sock.settimeout(timeout)
            chunk = self.sock.recv(256)
        except TimeoutError:
            return b""
        except OSError as exc:
            raise self._io_error(exc, Deadline(timeout)) from exc
        if not chunk:
            raise PrinterError(DISCONNECTED, f"{self.address.label} menutup sambungan — printer mungkin sedang "
                                             "dipakai komputer lain; coba lagi sebentar lagi.", uri=self.address.uri)
        return chunk

    def finish(self, deadline: Deadline) -> None:
        """Half-close and wait briefly: EOF or silence = handed over; a reset = dropped mid-job."""
        wait = Deadline(min(FINISH_WAIT, deadline.left()))
        try:
            self.sock.shutdown(socket.SHUT_WR)
            while not wait.expired():
                self.sock.settimeout(wait.left())
                if not self.sock.recv(4096):  # the printer read everything and closed: done
                    return
        except TimeoutError:
            return  # still open and quiet: all TCP can say is that the bytes were taken
        except OSError as exc:
            raise self._io_error(exc, deadline) from exc

    def close(self, *, abort: bool) -> None:
        try:
            if abort:
                self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.sock.close()
