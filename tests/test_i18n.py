import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.operations import licenses as license_ops
from app.ui import i18n
from app.ui.reminders.reminders_dialog import RemindersDialog

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "license_keeper_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            result[(context.findtext("name"), message.findtext("source"))] = message
    return result


@pytest.fixture
def english(qapp):
    assert i18n.install_translator(qapp, "en")
    try:
        yield qapp
    finally:
        i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


def test_the_english_qm_loads_and_translates(english):
    assert QCoreApplication.translate("RemindersDialog", "期限提醒") == "Deadline reminders"
    assert QCoreApplication.translate("DeadlineTitles", "许可证到期") == "License expires"
    assert i18n.current_language() == "en"
    assert QLocale().language() == QLocale.Language.English


def test_chinese_is_the_source_and_qt_speaks_it_too(qapp):
    assert i18n.install_translator(qapp, "zh_CN")
    assert QCoreApplication.translate("RemindersDialog", "期限提醒") == "期限提醒"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"   # Qt's own buttons


def test_an_unknown_language_falls_back_to_chinese(qapp):
    assert i18n.install_translator(qapp, "xx") is False
    assert i18n.current_language() == "zh_CN"
    assert QCoreApplication.translate("RemindersDialog", "期限提醒") == "期限提醒"


def test_a_dialog_built_in_english(english, qtbot, store, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    dialog = RemindersDialog(store, [], today=date(2026, 10, 1))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Deadline reminders"
    assert dialog.close_button.text() == "Close"
    assert dialog.heading.text() == "As of 2026-10-01, no deadline is within its reminder period."


def test_available_languages_and_the_saved_choice(store):
    assert ("zh_CN", "简体中文") in i18n.available_languages()
    assert ("en", "English") in i18n.available_languages()
    assert i18n.saved_language(store) == "zh_CN"
    i18n.save_language(store, "en")
    assert i18n.saved_language(store) == "en"
    with pytest.raises(ValueError):
        i18n.save_language(store, "klingon")


def test_every_string_in_the_ts_has_a_finished_translation_with_the_same_placeholders():
    tool = _tool()
    messages = _messages(TS)
    assert len(messages) > 500
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"[{context}] {source}"
        texts = tool.translated_texts(message)
        assert texts and all(text.strip() for text in texts), f"[{context}] {source}"
        for text in texts:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
            assert ("%n" in source) == ("%n" in text), source
        if message.get("numerus") == "yes":
            assert len(texts) == 2, source       # English: one, and more than one


@pytest.mark.skipif(tuple(int(x) for x in PySide6.__version__.split(".")[:2]) < (6, 12),
                    reason="lupdate before 6.12 drops the plural forms of QCoreApplication.translate(…, n) "
                           "calls (used with PySide6 6.11 on Python 3.11, see pyproject.toml)")
def test_the_ts_holds_every_string_of_the_interface(tmp_path):
    """Fails when app/ui has a string the .ts lacks: run tools/update_translations.py and translate."""
    tool = _tool()
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    tool.run_lupdate(fresh)
    missing = sorted(set(_messages(fresh)) - set(_messages(TS)))
    assert missing == [], "run tools/update_translations.py, then translate: " + repr(missing[:10])
    assert tool.unfinished(fresh) == []


def test_the_qm_is_compiled_from_the_current_ts(tmp_path):
    tool = _tool()
    compiled = tmp_path / "check.qm"
    tool.run_lrelease(TS, compiled)
    assert compiled.read_bytes() == (TS.parent / "license_keeper_en.qm").read_bytes()


