"""First run on an empty database: the wizard creates the cooperative and the admin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.services import auth, profile, setup
from tests.gui.conftest import WAIT_MS, log_in


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_setup_wizard_creates_the_cooperative_and_the_first_admin(ctx, make_shell, qtbot):
    shell = make_shell(ctx)
    wizard = shell.wizard
    assert wizard is not None and wizard.isVisible() and shell.login_window is None
    form = wizard.profile_page.form
    _type(qtbot, form.name, "Koperasi Desa Merah Putih Mekarsari")
    _type(qtbot, form.nib, "12345")  # too short
    for edit, text in ((form.legal_entity_no, "AHU-0009999.AH.01.29.TAHUN 2025"),
                       (form.address, "Jl. Desa No. 1"), (form.desa, "Mekarsari"),
                       (form.kecamatan, "Cileunyi"), (form.kabupaten, "Kabupaten Bandung"),
                       (form.provinsi, "Jawa Barat"), (form.phone, "0812-3456-7890")):
        _type(qtbot, edit, text)
    form.timezone.setCurrentIndex(form.timezone.findData("WITA"))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.text() == "Lanjut >"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.profile_page  # refused
    assert "NIB harus 13 angka." in wizard.profile_page.message.text()

    _type(qtbot, form.nib, "1234567890123")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin

    _type(qtbot, admin.username, "ketua")
    _type(qtbot, admin.full_name, "Ujang Suryana")
    _type(qtbot, admin.pin, "246810")
    _type(qtbot, admin.pin_again, "246811")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert admin.message.text() == "Kedua PIN tidak sama."
    assert not setup.is_initialised(ctx.reader())

    _type(qtbot, admin.pin_again, "246810")
    with qtbot.waitSignal(wizard.initialised, timeout=WAIT_MS):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    coop = profile.get(ctx.reader())
    assert coop.name == "Koperasi Desa Merah Putih Mekarsari" and coop.timezone == "WITA"
    assert coop.nib == "1234567890123"
    actor = auth.login(ctx.uow(), "ketua", "246810")
    assert actor.full_name == "Ujang Suryana" and {r.value for r in actor.roles} == {"admin"}

    login_window = shell.login_window  # the wizard hands over to the login window
    assert login_window is not None and login_window.isVisible()
    assert login_window.coop_name.text() == "Koperasi Desa Merah Putih Mekarsari"
    log_in(qtbot, shell, "ketua", "246810")
    assert shell.main_window.page_keys() == ["home", "print_jobs", "audit", "settings"]


def test_a_weak_pin_is_refused_before_anything_is_written(ctx, make_shell, qtbot):
    shell = make_shell(ctx)
    admin = shell.wizard.admin_page
    shell.wizard.next()  # the profile page validates first
    assert shell.wizard.currentPage() is shell.wizard.profile_page
    shell.wizard.profile_page.form.set_profile(_valid_profile())
    shell.wizard.next()
    assert shell.wizard.currentPage() is admin
    _type(qtbot, admin.full_name, "Admin")
    _type(qtbot, admin.pin, "111111")
    _type(qtbot, admin.pin_again, "111111")
    shell.wizard.button(QWizard.WizardButton.FinishButton).click()
    assert admin.message.text() == "PIN terlalu mudah ditebak; pilih angka lain."
    assert not setup.is_initialised(ctx.reader())


def _valid_profile():
    from app.services.demo import DEMO_PROFILE
    return DEMO_PROFILE
