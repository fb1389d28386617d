"""The upload client against a loopback HTTP server playing the hub."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.domain.errors import DomainError
from app.sync.upload_client import check_hub_url, post_package


class FakeHub(BaseHTTPRequestHandler):
    replies: list[tuple[int, bytes]] = []
    received: list[tuple[str, str, bytes]] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((self.path, self.headers["X-Kopdes-File"], body))
        status, answer = self.replies.pop(0)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def hub():
    FakeHub.replies, FakeHub.received = [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeHub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hub/"
    server.shutdown()
    server.server_close()


def test_accepted_refused_and_retry(hub):
    ack = b'{"format":"kopdes-ack/1"}\n'
    FakeHub.replies = [(200, ack), (422, json.dumps({"error": "Paket ditolak: paket 5 belum diterima."}).encode()),
                       (503, b"sedang sibuk"), (409, b"<html>konflik</html>")]
    first = post_package(hub, "kopdes-1234567890123-202610-0001.zip", b"PK zip bytes")
    assert (first.outcome, first.ack_json) == ("accepted", ack)
    assert FakeHub.received[0] == ("/hub/packages", "kopdes-1234567890123-202610-0001.zip", b"PK zip bytes")
    refused = post_package(hub, "x.zip", b"zip")
    assert (refused.outcome, refused.reason) == ("refused", "Paket ditolak: paket 5 belum diterima.")
    busy = post_package(hub, "x.zip", b"zip")
    assert (busy.outcome, busy.reason) == ("retry", "sedang sibuk")
    assert post_package(hub, "x.zip", b"zip").reason == "<html>konflik</html>"  # not JSON: shown as sent


def test_no_hub_listening_means_retry_later():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    answer = post_package(f"http://127.0.0.1:{port}", "x.zip", b"zip", timeout=5)
    assert answer.outcome == "retry" and "tidak dapat dihubungi" in answer.reason


@pytest.mark.parametrize("url", ["ftp://hub.example", "hub.example", "https://", "http://hub.example.go.id",
                                 "http://10.0.0.5:8765"])
def test_bad_hub_addresses_are_refused(url):
    with pytest.raises(DomainError) as err:
        check_hub_url(url)
    assert err.value.code == "hub_url_invalid"


def test_good_hub_addresses():
    assert check_hub_url(" https://sync.dinaskop.example.go.id/kopdes/ ") == "https://sync.dinaskop.example.go.id/kopdes"
    assert check_hub_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
