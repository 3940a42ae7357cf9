"""Typing any text (Chinese included) into a widget, one key event per character.

QTest.keyClicks maps characters to keys and aborts on characters outside Latin-1, so Chinese
text goes in as key events that carry the text, as an input method delivers it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for char in text:
        if char == "\n":
            key, typed = Qt.Key.Key_Return, "\r"
        else:
            key, typed = Qt.Key.Key_unknown, char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed))
