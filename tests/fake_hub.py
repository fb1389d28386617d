"""A district hub played on loopback (http.server in a thread, port 0): it answers each
POST /packages with the next scripted reply, or by default accepts the package and returns
a real acknowledgement for it (tests of the outlet's upload queue, service and GUI)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from app.domain.sync_manifest import Ack
from app.sync.package import read_package


@dataclass
class FakeHub:
    url: str = ""
    replies: list[tuple[int, dict | str]] = field(default_factory=list)  # (status, {"error"} or text); empty: accept
    received: list[tuple[str, str, bytes]] = field(default_factory=list)  # (path, file name, body)

    def refuse(self, reason: str, status: int = 422) -> None:
        self.replies.append((status, {"error": reason}))

    def fail(self, status: int = 503, text: str = "Hub sedang sibuk") -> None:
        self.replies.append((status, text))

    def answer(self, body: bytes) -> tuple[int, bytes]:
        if self.replies:
            status, reply = self.replies.pop(0)
            return status, (json.dumps(reply) if isinstance(reply, dict) else reply).encode()
        opened = read_package(body)
        ack = Ack(opened.manifest.nib, opened.manifest.sequence, opened.manifest_sha256,
                  "2026-11-23T03:00:00Z", "Hub uji")
        return 200, ack.to_json()


def start_fake_hub() -> tuple[FakeHub, ThreadingHTTPServer]:
    hub = FakeHub()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's naming)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            hub.received.append((self.path, self.headers.get("X-Kopdes-File", ""), body))
            status, answer = hub.answer(body)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    return hub, server


def stop_fake_hub(server: ThreadingHTTPServer) -> None:
    server.shutdown()
    server.server_close()
