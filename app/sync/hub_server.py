"""`kopdes hub serve`: a small threaded HTTP(S) server that receives packages.

    POST /packages   body: the package zip (application/zip), header X-Kopdes-File: its name
                     -> 200 + the acknowledgement JSON | 4xx + {"error": reason} | 500
    GET  /health     -> 200 {"status": "ok"}

The adapter knows nothing of the hub's rules: the caller hands in `receive(body, file_name)
-> (status, body)` (app.services.hub.receive_upload over a fresh unit of work per request).
Outlets send over https; give a certificate and key (`--tls-cert/--tls-key`) or put the hub
behind a TLS proxy — plain http is for loopback and tests.
"""

from __future__ import annotations

import json
import ssl
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

MAX_BODY_BYTES = 200 * 1024 * 1024  # the largest package app/sync/package.py reads
Receive = Callable[[bytes, str], tuple[int, bytes]]


def _json(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server_version = "KopdesHub/1"
    receive: Receive  # set on the subclass made per server
    log: Callable[[str], None]

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path.rstrip("/") == "/health":
            self._answer(200, _json({"status": "ok"}))
        else:
            self._answer(404, _json({"error": "alamat tidak dikenal; kirim paket ke POST /packages."}))

    def do_POST(self) -> None:  # noqa: N802
        if self.path.rstrip("/") != "/packages":
            self._answer(404, _json({"error": "alamat tidak dikenal; kirim paket ke POST /packages."}))
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._answer(411, _json({"error": "Content-Length diperlukan."}))
            return
        if length < 0 or length > MAX_BODY_BYTES:
            self._answer(413, _json({"error": "paket terlalu besar."}))
            self.close_connection = True
            return
        body = self.rfile.read(length)
        if len(body) != length:
            self._answer(400, _json({"error": "badan permintaan terpotong."}))
            return
        name = (self.headers.get("X-Kopdes-File") or "")[:200]
        try:
            status, answer = type(self).receive(body, name)
        except Exception as exc:  # noqa: BLE001 - the outlet retries a 5xx; the operator sees why
            type(self).log(f"kesalahan tak terduga saat menerima {name or 'paket'}: {exc!r}")
            status, answer = 500, _json({"error": "kesalahan di hub; coba lagi nanti."})
        self._answer(status, answer)
        type(self).log(f"{self.client_address[0]} POST /packages {name or '-'} -> {status}")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        pass  # one line per package is logged by do_POST instead of one per request


def make_server(host: str, port: int, receive: Receive, *, tls_cert: Path | str | None = None,
                tls_key: Path | str | None = None,
                log: Callable[[str], None] = lambda line: print(line, file=sys.stderr)) -> ThreadingHTTPServer:
    """Bind (port 0: any free port; see server.server_address) without serving yet."""
    handler = type("HubHandler", (_Handler,), {"receive": staticmethod(receive), "log": staticmethod(log)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    if tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(tls_cert), str(tls_key) if tls_key else None)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    return server


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    """For tests and embedding: serve until server.shutdown()."""
    thread = threading.Thread(target=server.serve_forever, name="kopdes-hub", daemon=True)
    thread.start()
    return thread
