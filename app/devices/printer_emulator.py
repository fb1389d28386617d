"""A network receipt printer on this PC, for training, demos and support: `kopdes printer
emulate` listens like a thermal printer on port 9100 and saves each job it receives as
the raw bytes and a picture of the paper (via the ESC/POS preview).

One connection is one job, as with real network printers (raw port 9100 / JetDirect).
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from app.devices import escpos_preview

MAX_JOB_BYTES = 16 * 1024 * 1024  # a printer's buffer is far smaller; stop a runaway sender


@dataclass(frozen=True)
class ReceivedJob:
    number: int
    size: int
    text_lines: tuple[str, ...]
    qr_payloads: tuple[str, ...]
    cuts: int
    drawer_pins: tuple[int, ...]
    raw_path: Path | None
    png_path: Path | None


class PrinterEmulator:
    def __init__(self, host: str = "127.0.0.1", port: int = 9100, *, out_dir: Path | None = None,
                 width_dots: int = 384, on_job: Callable[[ReceivedJob], None] | None = None) -> None:
        self.out_dir, self.width_dots, self.on_job = out_dir, width_dots, on_job
        self.jobs: list[ReceivedJob] = []
        self._sock = socket.create_server((host, port), reuse_port=False)
        self._sock.settimeout(0.2)
        self.address = self._sock.getsockname()[:2]
        self._stop = threading.Event()

    @property
    def uri(self) -> str:
        return f"tcp://{self.address[0]}:{self.address[1]}"

    def serve_forever(self) -> None:
        with self._sock:
            while not self._stop.is_set():
                try:
                    conn, _ = self._sock.accept()
                except (TimeoutError, socket.timeout):
                    continue
                with conn:
                    data = self._read(conn)
                if data:
                    self._keep(data)

    def stop(self) -> None:
        self._stop.set()

    @staticmethod
    def _read(conn: socket.socket) -> bytes:
        conn.settimeout(10)
        chunks, size = [], 0
        try:
            while size < MAX_JOB_BYTES:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError:
            pass  # a sender that vanished: keep what arrived, as a printer would print it
        return b"".join(chunks)

    def _keep(self, data: bytes) -> None:
        number = len(self.jobs) + 1
        decoded = escpos_preview.decode(data)
        raw_path = png_path = None
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            stem = self.out_dir / f"job-{datetime.now():%Y%m%d-%H%M%S}-{number:04d}"
            raw_path, png_path = stem.with_suffix(".bin"), stem.with_suffix(".png")
            raw_path.write_bytes(data)
            escpos_preview.render(decoded, self.width_dots).save(png_path)
        job = ReceivedJob(number, len(data), tuple(decoded.text_lines()), tuple(decoded.qr_payloads()),
                          len(decoded.cuts), tuple(decoded.drawer_pins()), raw_path, png_path)
        self.jobs.append(job)
        if self.on_job is not None:
            self.on_job(job)
