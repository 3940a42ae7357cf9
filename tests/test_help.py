"""帮助: the built-in guide (both languages, every section) and the About box."""

from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui.help.about_dialog import LIBRARIES, AboutDialog
from app.ui.help.guide import sections
from app.ui.help.help_dialog import HelpDialog
from app.ui.main_window import MainWindow

CHINESE_SECTIONS = ["许可证管家做什么", "每个期限的含义", "续期一步一步", "其他办理事项", "改错与撤回",
                    "给同事的 Excel 清单", "提醒与日历", "没人打开程序也能收到提醒", "数据和备份在哪里", "错过期限怎么办",
                    "命令行"]


def test_the_guide_has_every_section_in_both_languages():
    title, chinese = sections("zh_CN")
    assert title == "使用指南" and [s.title for s in chinese] == CHINESE_SECTIONS
    english_title, english = sections("en")
    assert english_title == "Guide" and len(english) == len(chinese)
    assert "What to do after a missed deadline" in [s.title for s in english]
    assert all(len(s.text) > 80 for s in chinese + english)
    assert sections("xx") == sections("zh_CN")                 # a language without a guide: Chinese


def test_the_help_opens_in_the_app_and_shows_each_section(qtbot):
    dialog = HelpDialog(language="zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.titles() == CHINESE_SECTIONS
    assert not dialog.text.openLinks() and not dialog.text.openExternalLinks()
    assert dialog.show_titled("错过期限")
    text = dialog.text.toPlainText()
    assert "擅自经营" in text and "4 月还可以限期补报" in text
    dialog.contents.setCurrentRow(1)
    assert "有效期至前 90 日" in dialog.text.toPlainText()


def test_the_help_menu_opens_the_guide_and_the_about_box(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.finish_setup()
    assert [a.text() for a in window.menuBar().actions()][-1] == "帮助(&H)"
    assert window.help_action.shortcut().toString() == "F1"
    guide = window.show_help("数据和备份")
    qtbot.addWidget(guide)
    assert "backups" in guide.text.toPlainText()
    about = window.show_about()
    qtbot.addWidget(about)
    assert about.windowTitle() == "关于许可证管家"
    assert __version__ in about.version_label.text()
    assert str(store.path.parent) in about.folder_label.text()
    assert about.libraries.rowCount() == len(LIBRARIES)
    names = [about.libraries.item(row, 0).text() for row in range(about.libraries.rowCount())]
    assert any(name.startswith("PySide6") for name in names)
    assert all(about.libraries.item(row, 2).text() for row in range(about.libraries.rowCount()))
    QApplication.processEvents()


def test_the_about_box_opens_the_data_folder(qtbot, store, monkeypatch):
    opened = []
    monkeypatch.setattr("app.ui.help.about_dialog.QDesktopServices.openUrl", lambda url: opened.append(url))
    about = AboutDialog(store.path.parent)
    qtbot.addWidget(about)
    about.open_data_folder()
    assert opened and opened[0].toLocalFile() == str(store.path.parent)
