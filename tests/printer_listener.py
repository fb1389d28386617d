"""A network thermal printer played by a TCP listener on 127.0.0.1 (tests only).

`FakeNetworkPrinter` accepts connections on a free port and keeps each connection's
bytes as one job. `stop()` pulls the plug (connections are refused), `start()` plugs it
back in on the same port, and `drop_after` makes it cut a job off mid-way.
"""

from __future__ import annotations

import socket
import struct
import threading
import time


class FakeNetworkPrinter:
    def __init__(self) -> None:
        self.jobs: list[bytes] = []
        self.drop_after: int | None = None  # read this many bytes of the next job, then reset
        self.port = 0
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(8)
        sock.settimeout(0.2)
        self.port = sock.getsockname()[1]
        self._sock = sock
        self._thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()
        if self._thread is not None:
            self._thread.join(5)

    def _serve(self, sock: socket.socket) -> None:
        while self._sock is sock:
            try:
                conn, _ = sock.accept()
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            self._receive(conn)

    def _receive(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        data = bytearray()
        drop, self.drop_after = self.drop_after, None
        try:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                data += chunk
                if drop is not None and len(data) >= drop:
                    # Pull the cable mid-job: reset instead of an orderly close.
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    conn.close()
                    return
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass
        with self._lock:
            self.jobs.append(bytes(data))

    def wait_for_jobs(self, n: int, timeout: float = 5.0) -> list[bytes]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                if len(self.jobs) >= n:
                    return list(self.jobs)
            time.sleep(0.02)
        with self._lock:
            return list(self.jobs)
