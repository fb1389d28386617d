"""Sending one package to the district hub over HTTP(S): `POST <hub>/packages`.

The answer decides what the upload queue does next: `accepted` (the hub's
acknowledgement JSON comes back), `refused` (a 4xx with the hub's reason: sending the
same bytes again cannot help) or `retry` (a 5xx, a timeout, no network, a bad answer).
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.domain.errors import DomainError

TIMEOUT_S = 60.0
MAX_ANSWER_BYTES = 1024 * 1024


@dataclass(frozen=True)
class UploadAnswer:
    outcome: str  # accepted | refused | retry
    ack_json: bytes = b""
    reason: str = ""


def check_hub_url(url: str) -> str:
    """The hub's base URL, refused unless http(s) with a host; http only on this machine's
    loopback (a test hub or a local proxy): packages hold the outlet's books."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise DomainError("hub_url_invalid", "Alamat hub harus berbentuk https://nama-server[/jalur].")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise DomainError("hub_url_invalid", "Alamat hub harus memakai https (http hanya untuk 127.0.0.1).")
    return url


def post_package(hub_url: str, file_name: str, data: bytes, *, timeout: float = TIMEOUT_S,
                 context: ssl.SSLContext | None = None) -> UploadAnswer:
    request = urllib.request.Request(
        check_hub_url(hub_url) + "/packages", data=data, method="POST",
        headers={"Content-Type": "application/zip", "X-Kopdes-File": file_name,
                 "Content-Length": str(len(data))})
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as answer:
            body = answer.read(MAX_ANSWER_BYTES)
            return UploadAnswer("accepted", ack_json=body)
    except urllib.error.HTTPError as exc:
        reason = _reason(exc.read(MAX_ANSWER_BYTES)) or f"HTTP {exc.code}"
        return UploadAnswer("refused" if 400 <= exc.code < 500 else "retry", reason=reason)
    except (urllib.error.URLError, OSError, ValueError) as exc:  # offline, DNS, TLS, timeout
        return UploadAnswer("retry", reason=f"Hub tidak dapat dihubungi: {getattr(exc, 'reason', exc)}")


def _reason(body: bytes) -> str:
    try:
        error = json.loads(body.decode("utf-8")).get("error", "")
    except (UnicodeDecodeError, ValueError, AttributeError):
        return body.decode("utf-8", "replace")[:300].strip()
    return str(error)[:500]
