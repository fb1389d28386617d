"""The look: one font size and one small stylesheet, readable on a 1366x768 office PC."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 10.5
RED = "#b3261e"  # Merah Putih
RED_DARK = "#8c1d18"

STYLESHEET = f"""
QWidget {{ font-size: {BASE_POINT_SIZE}pt; }}
QMainWindow, QDialog, QWizard, #loginWindow {{ background: #f6f6f4; }}

#header {{ background: {RED}; }}
#header QLabel {{ color: white; }}
#headerTitle {{ font-size: 15pt; font-weight: bold; }}
#headerSubtitle {{ font-size: 10pt; color: #fbe9e7; }}
#header QPushButton {{ background: {RED_DARK}; color: white; border: 1px solid #f1b0aa;
                       border-radius: 4px; padding: 5px 14px; }}
#header QPushButton:hover {{ background: #6f1612; }}

#navigation {{ background: #ffffff; border: none; border-right: 1px solid #dddddd;
               padding-top: 8px; outline: 0; }}
#navigation::item {{ padding: 10px 16px; border-left: 4px solid transparent; color: #222; }}
#navigation::item:selected {{ background: #fbe9e7; border-left: 4px solid {RED}; color: #000;
                              font-weight: bold; }}
#navigation::item:hover:!selected {{ background: #f3f3f3; }}

#plainBackground {{ background: #f6f6f4; }}
#pageTitle {{ font-size: 14pt; font-weight: bold; color: #222; }}
#hint {{ color: #555; }}
#errorText {{ color: {RED}; }}
#okText {{ color: #1b5e20; }}
#card {{ background: white; border: 1px solid #dddddd; border-radius: 6px; }}
#cardTitle {{ font-weight: bold; color: #444; }}
#bigNumber {{ font-size: 14pt; font-weight: bold; }}

QPushButton {{ padding: 5px 14px; border-radius: 4px; border: 1px solid #b9b9b9;
               background: #ffffff; min-height: 22px; }}
QPushButton:hover {{ background: #f0f0f0; }}
QPushButton:disabled {{ color: #9a9a9a; background: #f2f2f2; border-color: #d6d6d6; }}
QPushButton[primary="true"] {{ background: {RED}; color: white; border-color: {RED_DARK};
                               font-weight: bold; }}
QPushButton[primary="true"]:hover {{ background: {RED_DARK}; }}
QPushButton[primary="true"]:disabled {{ background: #d9a19c; color: #fbe9e7; border-color: #d9a19c; }}

QLineEdit {{ padding: 4px 6px; border: 1px solid #b9b9b9; border-radius: 3px; background: white;
             min-height: 22px; }}
QLineEdit:focus {{ border: 1px solid {RED}; }}
QLineEdit:read-only {{ background: #f0f0f0; }}
/* Combo boxes, date and number pickers keep Fusion's own drawing (arrows included). */
QComboBox, QDateEdit, QSpinBox {{ min-height: 26px; }}

QTableView {{ background: white; gridline-color: #e6e6e6; selection-background-color: #f6d5d2;
              selection-color: black; alternate-background-color: #fafafa; border: 1px solid #d6d6d6; }}
QHeaderView::section {{ background: #efefef; padding: 5px 6px; border: none;
                        border-bottom: 1px solid #d0d0d0; border-right: 1px solid #e0e0e0;
                        font-weight: bold; }}
QTabWidget::pane {{ border: 1px solid #d6d6d6; background: #f6f6f4; top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; border: 1px solid #d6d6d6; border-bottom: none;
                background: #ececec; margin-right: 2px; }}
QTabBar::tab:selected {{ background: #f6f6f4; font-weight: bold; }}
QStatusBar {{ background: #ececec; border-top: 1px solid #d6d6d6; }}
QStatusBar QLabel {{ padding: 0 10px; color: #333; }}

#loginCard {{ background: white; border: 1px solid #dddddd; border-radius: 8px; }}
#loginButton {{ font-size: 13pt; min-height: 40px; }}
#loginField {{ font-size: 12pt; min-height: 30px; }}
#lockOverlay {{ background: rgba(40, 40, 40, 215); }}
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    if app.styleSheet() != STYLESHEET:  # re-polishing every widget is not free
        app.setStyle("Fusion")  # the same look on Windows and Linux
        app.setStyleSheet(STYLESHEET)
