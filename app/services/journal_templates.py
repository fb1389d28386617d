"""Journal templates (built-in and the outlet's own, the setting `journal.templates`)
and posting a manual journal from one. Changing templates needs journal.post and is
audited; reading them journal.view."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.journal_templates import BUILTIN, JournalTemplate, from_config, merged, template_problems
from app.services import audit, ledger, settings
from app.services.ledger import JournalInfo
from app.store.uow import UnitOfWork

KEY = "journal.templates"
_BUILTIN_KEYS = {t.key for t in BUILTIN}


def _own(uow: UnitOfWork) -> list[JournalTemplate]:
    return from_config(settings.get(uow, KEY))


def templates_using(uow: UnitOfWork, code: str) -> list[str]:
    """Keys of the outlet's templates that name an account (in the caller's transaction)."""
    return [t.key for t in merged(_own(uow)) if code in (t.debit, t.credit)]


def list_templates(uow: UnitOfWork, actor: Actor) -> list[JournalTemplate]:
    actor.require(Permission.JOURNAL_VIEW)
    with uow:
        return merged(_own(uow))


def get_template(uow: UnitOfWork, actor: Actor, key: str) -> JournalTemplate:
    for t in list_templates(uow, actor):
        if t.key == key.strip():
            return t
    raise NotFound("template_not_found", f"Templat jurnal {key!r} tidak ada.")


def save_template(uow: UnitOfWork, actor: Actor, template: JournalTemplate) -> JournalTemplate:
    """Add or change one of the outlet's templates (a built-in key saves an override)."""
    actor.require(Permission.JOURNAL_POST)
    t = JournalTemplate(template.key.strip(), " ".join(template.memo.split()), template.debit.strip(),
                        template.credit.strip(), template.amount_rp)
    with uow:
        problems = template_problems(t, ledger.load_chart(uow))
        if problems:
            raise DomainError("template_invalid", "Templat jurnal ditolak.", details=tuple(problems))
        own = _own(uow)
        old = next((o for o in own if o.key == t.key), None)
        settings.put(uow, KEY, [o.config() for o in own if o.key != t.key] + [t.config()])
        audit.append(uow, actor.username, "journal_template.save", t.key,
                     {"old": old.config() if old else None, "new": t.config()})
        uow.commit()
    return JournalTemplate(t.key, t.memo, t.debit, t.credit, t.amount_rp, builtin=t.key in _BUILTIN_KEYS)


def delete_template(uow: UnitOfWork, actor: Actor, key: str) -> None:
    """Remove one of the outlet's templates; removing an override brings the built-in back."""
    actor.require(Permission.JOURNAL_POST)
    with uow:
        own = _own(uow)
        old = next((o for o in own if o.key == key.strip()), None)
        if old is None:
            what = "templat bawaan; ubah saja isinya" if key.strip() in _BUILTIN_KEYS else "tidak ada"
            raise NotFound("template_not_found", f"Templat {key!r} {what}.")
        settings.put(uow, KEY, [o.config() for o in own if o.key != old.key])
        audit.append(uow, actor.username, "journal_template.delete", old.key, {"old": old.config()})
        uow.commit()


def post_from_template(uow: UnitOfWork, actor: Actor, key: str, *, uuid: UUID, on: date, amount_rp: int | None = None,
                       memo: str | None = None, credit: str | None = None) -> JournalInfo:
    """A manual journal (JU) filled from a template: the amount typed, else its default."""
    t = get_template(uow, actor, key)
    amount = t.amount_rp if amount_rp is None else amount_rp
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise DomainError("amount_required", f"Isi jumlah untuk templat {t.key} (rupiah bulat lebih dari nol).")
    return ledger.post_journal(uow, actor, t.draft(uuid, on, amount, memo=memo, credit=credit))
