"""English through Qt translation files: complete, compiled, current and used."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.ui.i18n import I18N_DIR, install_language, qm_path, remove_language
from app.ui.login_window import LoginWindow
from app.ui.tasks import TaskRunner

TS = I18N_DIR / "kopdes_en.ts"
UI_DIR = Path(__file__).resolve().parents[2] / "app" / "ui"


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(path).getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            out.append((name, message.find("source").text, message.find("translation")))
    return out


def test_every_source_string_has_an_english_translation():
    messages = _messages(TS)
    assert len(messages) > 150
    for context, source, translation in messages:
        assert translation is not None and (translation.text or "").strip(), (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))


def test_the_ts_file_holds_every_string_of_the_source(tmp_path):
    """lupdate over app/ui finds nothing that the committed .ts lacks (run `make i18n`)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_source = {(c, s) for c, s, _ in _messages(fresh)}
    committed = {(c, s) for c, s, _ in _messages(TS)}
    assert in_source - committed == set()
    assert committed - in_source == set()  # nothing stale either


def test_the_compiled_qm_loads_and_matches_the_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(qm_path("en"))) is True
    for context, source, translation in _messages(TS):
        assert translator.translate(context, source) == translation.text, (context, source)


@pytest.fixture
def english(qapp):
    translator = install_language(qapp, "en")
    assert translator is not None
    yield
    remove_language(qapp, translator)


def test_an_english_login_window(english, demo_ctx, qtbot):
    runner = TaskRunner()
    window = LoginWindow(demo_ctx, runner)
    qtbot.addWidget(window)
    assert window.submit_button.text() == "Log in"
    assert window.windowTitle() == "Kopdes — Log in"
    assert window.username.placeholderText() == "username"
    window.submit()
    assert window.message.text() == "Enter the username and PIN."


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_an_english_main_window(english, shell_for, qtbot):
    window = shell_for("pengawas").main_window
    assert window.page_titles() == ["Home", "Stock", "Members", "Loans", "Journal", "Reports", "SHU",
                                    "QRIS Reconciliation", "Print Queue", "Audit Log"]
    assert window.lock_button.text() == "Lock screen"
    assert window.backup_label.text() == "Last backup: never"
    journal = window.show_page("journal")
    headers = [journal.model.headerData(i, Qt.Orientation.Horizontal) for i in range(journal.model.columnCount())]
    assert headers == ["Number", "Date", "Description", "Amount", "By", "Status"]
    row = journal.model.find_row(lambda j: j.reversed_by is not None)
    assert journal.model.data(journal.model.index(row, 5)).startswith("Reversed by JB-")


def test_indonesian_is_the_source_language(qapp):
    assert QCoreApplication.translate("LoginWindow", "Masuk") == "Masuk"
