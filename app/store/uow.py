"""Unit of work: one business action = one transaction, committed once by the service."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.clock import Clock


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker, clock: Clock, *, readonly: bool) -> None:
        self._factory = session_factory
        self._clock = clock
        self.readonly = readonly
        self.session: Session | None = None
        self._committed = False

    def __enter__(self) -> "UnitOfWork":
        self.session = self._factory()
        self._committed = False
        return self

    def __exit__(self, *exc) -> None:
        assert self.session is not None
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()
            self.session = None

    def now(self) -> datetime:
        """The instant of this action: aware UTC from the injected clock."""
        return self._clock()

    def commit(self) -> None:
        if self.readonly:
            raise RuntimeError("read-only unit of work cannot commit")
        assert self.session is not None
        self.session.commit()
        self._committed = True

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()


class UnitOfWorkFactory:
    """Hands out units of work over one engine; built once by the composition root."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock
        self._write = sessionmaker(bind=engine, expire_on_commit=False)
        self._read = sessionmaker(bind=engine.execution_options(kopdes_readonly=True),
                                  expire_on_commit=False)

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._write, self.clock, readonly=False)

    def reader(self) -> UnitOfWork:
        return UnitOfWork(self._read, self.clock, readonly=True)
