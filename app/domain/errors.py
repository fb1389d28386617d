"""The one exception family of the core.

Every refusal carries a stable machine code (for tests, logs and the CLI's
JSON) and a message in Bahasa Indonesia that a cashier can act on.
"""

from __future__ import annotations


class DomainError(Exception):
    """A refused input or action. Nothing was written."""

    def __init__(self, code: str, message: str, *, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details

    def __str__(self) -> str:
        if not self.details:
            return self.message
        return self.message + "\n" + "\n".join(f"- {d}" for d in self.details)


class PermissionDenied(DomainError):
    def __init__(self, message: str) -> None:
        super().__init__("permission_denied", message)


class AuthenticationFailed(DomainError):
    pass


class NotFound(DomainError):
    pass
