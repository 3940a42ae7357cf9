"""The interface language: Chinese is the source; other languages load a compiled .qm file.

``install_translator(app, language)`` loads the app's translation (resources/translations/
license_keeper_<language>.qm) and Qt's own (qtbase_<language>.qm, for the buttons of standard
dialogs), and sets the default locale. The chosen language is kept in the database's settings
under the key "language". Widgets already built keep their text: apply a change by building the
window again (or on the next start).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.operations import settings
from app.resources import resources_dir
from app.storage.database import Store

SOURCE_LANGUAGE = "zh_CN"
DEFAULT_LANGUAGE = SOURCE_LANGUAGE
SETTING_KEY = "language"
BASENAME = "license_keeper"
# Each language named in itself, so that a user who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
_current = {"language": SOURCE_LANGUAGE}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_path(language: str) -> Path:
    return translations_dir() / f"{BASENAME}_{language}.qm"


def available_languages() -> list[tuple[str, str]]:
    """(code, name) of every language that can be chosen: the source and each shipped .qm."""
    return [(code, name) for code, name in LANGUAGE_NAMES.items()
            if code == SOURCE_LANGUAGE or qm_path(code).is_file()]


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Switch ``app`` to ``language``; False (and Chinese) when it cannot be loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in dict(available_languages()):
        language, ok = SOURCE_LANGUAGE, False
    else:
        ok = True
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        ok = ours.load(str(qm_path(language)))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            language = SOURCE_LANGUAGE
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    _current["language"] = language
    return ok


def current_language() -> str:
    """The language last installed (Chinese before any)."""
    return _current["language"]


def saved_language(store: Store) -> str:
    language = settings.get_setting(store, SETTING_KEY) or DEFAULT_LANGUAGE
    return language if language in LANGUAGE_NAMES else DEFAULT_LANGUAGE


def save_language(store: Store, language: str) -> None:
    if language not in LANGUAGE_NAMES:
        raise ValueError(f"不支持的语言：{language}")
    settings.set_setting(store, SETTING_KEY, language)
