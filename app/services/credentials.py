"""PIN and password hashing with Argon2id (memory-hard)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()  # argon2-cffi's RFC 9106 low-memory profile

# A fixed hash to verify against when the user does not exist, so a wrong username
# costs the same time as a wrong PIN and does not reveal which usernames exist.
@cache
def _dummy_hash() -> str:
    return _HASHER.hash("kopdes-no-such-user")


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    try:
        return _HASHER.verify(stored_hash or _dummy_hash(), secret) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False
