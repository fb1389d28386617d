"""Real-time printer status: ESC/POS DLE EOT n, asked over a two-way connection.

``DLE EOT n`` (10 04 n) is answered at once, even while the printer is offline,
with one byte whose bits 0, 1, 4 and 7 are fixed (``xxx1xx10``):

- n=1 printer status:  bit 3 offline, bit 2 drawer connector pin 3, bit 5 waiting for recovery
- n=2 offline cause:   bit 2 cover open, bit 3 paper fed by the FEED button, bit 5 stopped at paper end,
                       bit 6 error
- n=4 paper sensor:    bits 2+3 paper near its end, bits 5+6 no paper

Many cheap printers answer nothing (or nothing sensible); then there is no status
(`None`), which is not an error. A printer that ignores DLE EOT takes the three
bytes as harmless control codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.devices.transport_errors import OFFLINE, PAPER_OUT, Deadline, PrinterError

QUERIES = (1, 2, 4)


def query(n: int) -> bytes:
    """The DLE EOT n request."""
    return bytes((0x10, 0x04, n))


def is_status_byte(value: int) -> bool:
    """True for a byte shaped like a DLE EOT answer (0xx1xx10); XON/XOFF and ASB packets are not."""
    return value & 0x93 == 0x12


class Channel(Protocol):
    """An open two-way connection to a printer (tcp, serial, usb)."""

    def write(self, data: bytes, deadline: Deadline) -> None: ...

    def read(self, timeout: float) -> bytes:
        """Bytes the printer sent within `timeout`; b"" when it stayed quiet."""


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself. A query it did not answer leaves its flags False.

    `answers` holds the raw exchange, e.g. ((1, 0x12), (2, 0x12), (4, 0x72)).
    """

    online: bool
    paper_out: bool = False
    paper_near_end: bool = False
    cover_open: bool = False
    error: bool = False
    feeding: bool = False
    drawer_pin3: bool = False
    answers: tuple[tuple[int, int], ...] = ()

    @property
    def ready(self) -> bool:
        return self.online and not (self.paper_out or self.cover_open or self.error)


def parse_status(answers: dict[int, int]) -> PrinterStatus | None:
    """The status described by the answers to DLE EOT 1, 2 and 4 (n -> byte); None without an answer to 1."""
    first = answers.get(1)
    if first is None or not is_status_byte(first):
        return None
    cause = answers.get(2, 0x12)
    paper = answers.get(4, 0x12)
    return PrinterStatus(
        online=not first & 0x08,
        paper_out=bool(paper & 0x60 or cause & 0x20),
        paper_near_end=bool(paper & 0x0C),
        cover_open=bool(cause & 0x04),
        error=bool(cause & 0x40),
        feeding=bool(cause & 0x08),
        drawer_pin3=bool(first & 0x04),
        answers=tuple((n, answers[n]) for n in QUERIES if n in answers),
    )


def ask(channel: Channel, deadline: Deadline) -> PrinterStatus | None:
    """Ask DLE EOT 1, 2 and 4 in turn; stop at the first query that gets no answer before the deadline."""
    answers: dict[int, int] = {}
    for n in QUERIES:
        channel.write(query(n), deadline)
        byte = _answer(channel, deadline)
        if byte is None:
            break
        answers[n] = byte
    return parse_status(answers)


def _answer(channel: Channel, deadline: Deadline) -> int | None:
    while not deadline.expired():
        for value in channel.read(deadline.left()):
            if is_status_byte(value):
                return value
    return None


def refuse(status: PrinterStatus, label: str, uri: str = "") -> None:
    """Raise paper_out / offline when the status says the printer cannot print now."""
    if status.paper_out:
        raise PrinterError(PAPER_OUT, f"{label} kehabisan kertas — pasang gulungan kertas baru, lalu cetak ulang.",
                           uri=uri)
    if status.cover_open:
        raise PrinterError(OFFLINE, f"{label} sedang offline: tutupnya terbuka — tutup rapat, lalu cetak ulang.",
                           uri=uri)
    if status.error:
        raise PrinterError(OFFLINE, f"{label} sedang offline karena galat (mis. pisau pemotong macet atau "
                                    "kepala cetak terlalu panas) — matikan lalu nyalakan lagi printer.", uri=uri)
    if not status.online:
        raise PrinterError(OFFLINE, f"{label} sedang offline — periksa lampu printer, kertas dan tutupnya.",
                           uri=uri)
