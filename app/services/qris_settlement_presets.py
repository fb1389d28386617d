"""Presets for reading QRIS settlement files: the built-in ones and those the treasurer saves.

Names are case-insensitive (kept in lower case). Built-ins cannot be saved over or
deleted. A preset that an import has used is frozen (neither changed nor deleted):
lines of that import are read by it later (a bank mutation's amounts are net), so
save a changed mapping under a new name.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.services import audit
from app.services.qris_settlement_format import BUILTIN, Preset, preset_from_config
from app.store.models_qris import QrisPresetRow, QrisSettlementImportRow
from app.store.uow import UnitOfWork


def _name(name: str) -> str:
    return (name or "").strip().lower()


def load_preset(uow: UnitOfWork, name: str) -> Preset:
    """Within the caller's transaction."""
    key = _name(name)
    if key in BUILTIN:
        return BUILTIN[key]
    row = uow.session.get(QrisPresetRow, key)
    if row is None:
        known = sorted([*BUILTIN, *uow.session.execute(select(QrisPresetRow.name)).scalars()])
        raise NotFound("preset_not_found", f"Preset {name!r} tidak ada. Preset yang ada: {', '.join(known)}.")
    return preset_from_config(row.name, json.loads(row.config))


def list_presets(uow: UnitOfWork, actor: Actor) -> tuple[Preset, ...]:
    """Built-ins first, then saved ones by name."""
    actor.require(Permission.REPORT_VIEW)
    with uow:
        saved = [preset_from_config(r.name, json.loads(r.config))
                 for r in uow.session.execute(select(QrisPresetRow).order_by(QrisPresetRow.name)).scalars()]
    return (*BUILTIN.values(), *saved)


def _used(uow: UnitOfWork, key: str) -> int:
    return uow.session.execute(select(func.count(QrisSettlementImportRow.id))
                               .where(QrisSettlementImportRow.preset == key)).scalar_one()


def _refuse_frozen(uow: UnitOfWork, key: str, verb: str) -> None:
    if key in BUILTIN:
        raise DomainError("preset_builtin", f"Preset bawaan {key!r} tidak bisa {verb}; simpan dengan nama lain.")
    used = _used(uow, key)
    if used:
        raise DomainError("preset_in_use", f"Preset {key!r} sudah dipakai {used} impor, jadi tidak bisa {verb} "
                                           "(impor lama dibaca dengannya). Simpan dengan nama baru.")


def save_preset(uow: UnitOfWork, actor: Actor, name: str, config: dict) -> Preset:
    """Create a preset (or change one that no import has used yet)."""
    actor.require(Permission.JOURNAL_POST)
    key = _name(name)
    preset = preset_from_config(key, config)
    with uow:
        _refuse_frozen(uow, key, "diubah")
        row = uow.session.get(QrisPresetRow, key)
        text = json.dumps(preset.config(), ensure_ascii=False, sort_keys=True)
        if row is None:
            uow.session.add(QrisPresetRow(name=key, config=text))
        else:
            row.config = text
        audit.append(uow, actor.username, "qris.preset.save", key, preset.config())
        uow.commit()
    return preset


def delete_preset(uow: UnitOfWork, actor: Actor, name: str) -> None:
    actor.require(Permission.JOURNAL_POST)
    key = _name(name)
    with uow:
        _refuse_frozen(uow, key, "dihapus")
        row = uow.session.get(QrisPresetRow, key)
        if row is None:
            raise NotFound("preset_not_found", f"Preset {name!r} tidak ada.")
        uow.session.delete(row)
        audit.append(uow, actor.username, "qris.preset.delete", key)
        uow.commit()
