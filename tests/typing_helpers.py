"""Typing any text, Chinese included, as key presses (QTest's keyClicks knows only ASCII)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(widget, text: str) -> None:
    """Send one key press per character to ``widget``, as a keyboard (or an input method) would."""
    widget.setFocus()
    for character in text:
        if character.isascii() and character.isprintable():
            QTest.keyClick(widget, character)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character,
                               Qt.KeyboardModifier.NoModifier)
