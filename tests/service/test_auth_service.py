
import pytest

from app.domain.auth import Permission
from app.domain.errors import AuthenticationFailed, DomainError
from app.services import audit, auth, settings


def test_login_returns_actor_with_roles(demo_ctx, login):
    actor = login("bendahara")
    assert actor.username == "bendahara" and actor.full_name == "Dewi Lestari"
    assert actor.can(Permission.JOURNAL_POST)


@pytest.mark.parametrize("username, pin", [("kasir", "654321"), ("tidakada", "123456"), ("KASIR", "12345")])
def test_wrong_credentials_give_one_message(demo_ctx, username, pin):
    with pytest.raises(AuthenticationFailed) as err:
        auth.login(demo_ctx.uow(), username, pin)
    assert err.value.message == "Nama pengguna atau PIN salah."


def test_five_wrong_pins_lock_for_five_minutes(demo_ctx, clock, login, backend):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as err:
            auth.login(demo_ctx.uow(), "kasir", "999999")
        assert err.value.code == "wrong_credentials"
    with pytest.raises(AuthenticationFailed) as err:
        auth.login(demo_ctx.uow(), "kasir", "999999")
    assert err.value.code == "account_locked" and "5 menit" in err.value.message
    with pytest.raises(AuthenticationFailed) as err:  # even the right PIN is refused now
        auth.login(demo_ctx.uow(), "kasir", "123456")
    assert err.value.code == "account_locked"
    admin = login("admin")
    assert next(u for u in auth.list_users(demo_ctx.reader(), admin) if u.username == "kasir").locked_now
    clock.advance(minutes=5, seconds=1)
    assert not next(u for u in auth.list_users(demo_ctx.reader(), admin) if u.username == "kasir").locked_now
    assert login("kasir").username == "kasir"
    actions = [e.action for e in audit.entries(demo_ctx.reader(), login("pengawas"), limit=30)]
    assert actions.count("login.failed") == 5 and "user.lockout" in actions
    assert "login.refused_locked" in actions


def test_lockout_threshold_is_a_setting(demo_ctx, login):
    settings.change(demo_ctx.uow(), login("admin"), {"auth.max_attempts": 3, "auth.lock_minutes": 30})
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            auth.login(demo_ctx.uow(), "kasir", "999999")
    with pytest.raises(AuthenticationFailed) as err:
        auth.login(demo_ctx.uow(), "kasir", "999999")
    assert "30 menit" in err.value.message
    with pytest.raises(DomainError):
        settings.change(demo_ctx.uow(), login("admin"), {"auth.max_attempts": 0})


def test_admin_unlock_clears_a_lockout(demo_ctx, login):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.login(demo_ctx.uow(), "kasir", "999999")
    auth.unlock_user(demo_ctx.uow(), login("admin"), "kasir")
    assert login("kasir").username == "kasir"


def test_user_management(demo_ctx, login):
    admin = login("admin")
    info = auth.create_user(demo_ctx.uow(), admin, "Kasir2", "Rina Wati", "482913", ["kasir", "pengurus"])
    assert info.username == "kasir2" and info.roles == ("kasir", "pengurus")
    assert login("kasir2", "482913").can(Permission.OVERRIDE)
    with pytest.raises(DomainError) as err:
        auth.create_user(demo_ctx.uow(), admin, "kasir2", "Lagi", "482913", ["kasir"])
    assert err.value.code == "duplicate_user"
    with pytest.raises(DomainError):
        auth.create_user(demo_ctx.uow(), admin, "kasir3", "Lemah", "12345", ["kasir"])
    auth.set_credential(demo_ctx.uow(), admin, "kasir2", "739164")
    with pytest.raises(AuthenticationFailed):
        login("kasir2", "482913")
    auth.lock_user(demo_ctx.uow(), admin, "kasir2")
    with pytest.raises(AuthenticationFailed):
        login("kasir2", "739164")
    auth.unlock_user(demo_ctx.uow(), admin, "kasir2")
    updated = auth.set_roles(demo_ctx.uow(), admin, "kasir2", ["bendahara"])
    assert updated.roles == ("bendahara",)
    assert login("kasir2", "739164").can(Permission.JOURNAL_POST)


def test_last_admin_cannot_be_removed(demo_ctx, login):
    admin = login("admin")
    with pytest.raises(DomainError) as err:
        auth.set_roles(demo_ctx.uow(), admin, "admin", ["pengawas"])
    assert err.value.code == "last_admin"
    with pytest.raises(DomainError) as err:
        auth.lock_user(demo_ctx.uow(), admin, "admin")
    assert err.value.code == "lock_self"


def test_user_changes_own_pin(demo_ctx, login):
    kasir = login("kasir")
    auth.set_credential(demo_ctx.uow(), kasir, "kasir", "918273")
    assert login("kasir", "918273").username == "kasir"
    with pytest.raises(DomainError):
        auth.set_credential(demo_ctx.uow(), kasir, "pengurus", "918273")


def test_supervisor_override(demo_ctx, login):
    kasir = login("kasir")
    approver = auth.authorize_override(demo_ctx.uow(), kasir, "pengurus", "123456", Permission.OVERRIDE,
                                       reason="Harga diskon rusak kemasan")
    assert approver.username == "pengurus"
    with pytest.raises(AuthenticationFailed):
        auth.authorize_override(demo_ctx.uow(), kasir, "pengurus", "000001", Permission.OVERRIDE, reason="x")
    with pytest.raises(DomainError) as err:
        auth.authorize_override(demo_ctx.uow(), kasir, "pengawas", "123456", Permission.OVERRIDE, reason="x")
    assert err.value.code == "override_not_allowed"
    with pytest.raises(DomainError) as err:
        auth.authorize_override(demo_ctx.uow(), kasir, "kasir", "123456", Permission.OVERRIDE, reason="x")
    assert err.value.code == "override_self"
    actions = [(e.action, e.username) for e in audit.entries(demo_ctx.reader(), login("pengawas"), limit=10)]
    assert ("override", "pengurus") in actions and ("override.refused", "pengawas") in actions


def test_idle_unlock_needs_the_same_users_pin(demo_ctx, login):
    kasir = login("kasir")
    assert auth.verify_again(demo_ctx.uow(), kasir, "123456").username == "kasir"
    with pytest.raises(AuthenticationFailed):
        auth.verify_again(demo_ctx.uow(), kasir, "111112")
