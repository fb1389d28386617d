"""The idle lock: appears after the (injected) timeout, opens only with the same user's PIN."""

from __future__ import annotations

from tests.gui.conftest import WAIT_MS


def test_idle_lock_appears_and_unlocks_with_the_right_pin(shell_for, qtbot):
    shell = shell_for("bendahara", idle_ms=60)
    window = shell.main_window
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT_MS)
    overlay = window.lock_overlay
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert not window.centralWidget().isEnabled()  # nothing under the lock takes input
    assert overlay.who.text() == "Masukkan PIN Dewi Lestari untuk melanjutkan."

    qtbot.keyClicks(overlay.pin, "654322")
    qtbot.keyClick(overlay.pin, "\r")
    qtbot.waitUntil(lambda: overlay.message.text() != "", timeout=WAIT_MS)
    assert overlay.message.text() == "Nama pengguna atau PIN salah."
    assert window.locked and overlay.pin.text() == ""

    qtbot.keyClicks(overlay.pin, "123456")
    qtbot.keyClick(overlay.pin, "\r")
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert window.centralWidget().isEnabled()
    assert window.session.actor.username == "bendahara"
    # the countdown runs again after unlocking
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT_MS)


def test_lock_button_and_logout_from_the_lock_screen(shell_for, qtbot):
    shell = shell_for("pengawas")
    window = shell.main_window
    window.lock_button.click()
    assert window.locked
    window.lock_overlay.logout_button.click()
    assert shell.main_window is None
    assert shell.login_window.isVisible()


def test_input_postpones_the_idle_lock(shell_for, qtbot):
    shell = shell_for("kasir", idle_ms=1500)  # room for a loaded machine between key presses
    window = shell.main_window
    for _ in range(7):  # keep typing for longer than the timeout
        qtbot.wait(400)
        qtbot.keyClick(window.navigation, "a")
        assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT_MS)


def test_an_open_dialog_is_hidden_under_the_lock_and_comes_back(shell_for, qtbot):
    shell = shell_for("bendahara")
    window = shell.main_window
    dialog = window.show_page("journal").open_new_dialog()
    qtbot.keyClicks(dialog.memo, "Belum selesai diketik")
    assert dialog.isVisible()
    shell.lock()
    assert not dialog.isVisible()  # its figures are not left on screen
    overlay = window.lock_overlay
    qtbot.keyClicks(overlay.pin, "123456")
    qtbot.keyClick(overlay.pin, "\r")
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.memo.text() == "Belum selesai diketik"
