"""The printer transports' one error: `PrinterError`, with stable codes.

Every failure to reach a printer or to hand it a job comes back as a
`PrinterError` (a `DomainError`): a stable `code` for the print queue and the
logs, and a message in Bahasa Indonesia a cashier can act on, naming the
printer ("Printer di 192.168.1.50:9100 menolak sambungan — apakah printer
menyala?"). The codes:

- ``bad_uri``           the printer address is malformed (details list the accepted forms)
- ``refused``           the printer (or its port) refused the connection
- ``unreachable``       no route to the printer, or its host name does not resolve
- ``timeout``           the printer did not connect or take the job within the time limit
- ``disconnected``      the connection dropped or the device went away mid-job
- ``paper_out``         the printer reports no paper (status check)
- ``offline``           the printer reports itself offline: cover open, error, feeding (status check)
- ``not_found``         no such device, port, queue, Windows printer or folder
- ``permission_denied`` the system refused access (device permissions, read-only folder, port owned by
  another user)
- ``unsupported``       this kind of printer cannot work on this computer (win32 off Windows, libusb or
  ``lp`` missing)
- ``io_error``          anything else the operating system or the spooler reported (disk full, lp failed)

`bad_uri` and `unsupported` are configuration problems: retrying will not help
until the address or the computer changes. The others may clear by themselves
(printer switched on, paper loaded, cable plugged in).
"""

from __future__ import annotations

import time

from app.domain.errors import DomainError

BAD_URI = "bad_uri"
REFUSED = "refused"
UNREACHABLE = "unreachable"
TIMEOUT = "timeout"
DISCONNECTED = "disconnected"
PAPER_OUT = "paper_out"
OFFLINE = "offline"
NOT_FOUND = "not_found"
PERMISSION_DENIED = "permission_denied"
UNSUPPORTED = "unsupported"
IO_ERROR = "io_error"

CODES = frozenset({BAD_URI, REFUSED, UNREACHABLE, TIMEOUT, DISCONNECTED, PAPER_OUT, OFFLINE,
                   NOT_FOUND, PERMISSION_DENIED, UNSUPPORTED, IO_ERROR})
CONFIGURATION_CODES = frozenset({BAD_URI, UNSUPPORTED})


class PrinterError(DomainError):
    """A printer could not be reached or did not take the job. `uri` is the address tried."""

    def __init__(self, code: str, message: str, *, details: tuple[str, ...] = (), uri: str = "") -> None:
        if code not in CODES:
            raise ValueError(f"unknown printer error code {code!r}")
        super().__init__(code, message, details=details)
        self.uri = uri

    @property
    def retryable(self) -> bool:
        """False for configuration problems (bad address, unsupported here); True otherwise."""
        return self.code not in CONFIGURATION_CODES


def seconds(value: float) -> str:
    """'5 detik', '1,5 detik' — the time limit as a cashier reads it."""
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} detik"


class Deadline:
    """One time budget shared by every step of a job (resolve, connect, write, drain)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.at = time.monotonic() + timeout

    def left(self) -> float:
        """Seconds left, never below a tiny positive floor (0 would mean 'block' to some APIs)."""
        return max(self.at - time.monotonic(), 0.001)

    def expired(self) -> bool:
        return time.monotonic() >= self.at
