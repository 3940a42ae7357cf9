"""Test set-up: offscreen Qt, and a data folder of each test's own (never the user's)."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes the user's credential store (Keychain, Credential Manager, Secret
# Service): keyring finds none, and the robots' secrets go to the database, unless a test sets
# its own in-memory backend (tests/keyring_helpers.py). Child processes inherit this.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from app.operations import open_store  # noqa: E402

# The machine is shared and slow at times: generated inputs are judged on what they do,
# never on how long one example took.
settings.register_profile("project", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("project")


@pytest.fixture(autouse=True)
def isolated_data_folder(tmp_path, monkeypatch):
    """Every test gets an empty data folder and config file; the user's are never touched."""
    home = tmp_path / "data"
    monkeypatch.setenv("LICENSE_KEEPER_HOME", str(home))
    monkeypatch.delenv("LICENSE_KEEPER_DB", raising=False)
    monkeypatch.setenv("LICENSE_KEEPER_CONFIG", str(tmp_path / "config" / "config.json"))
    # The autostart entry (~/.config/autostart on Linux) of a test goes to its own folder.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return home


@pytest.fixture(autouse=True)
def documents_folder(tmp_path, monkeypatch):
    """The file dialogs start in the test's own Documents folder, never the user's (the folder
    last used for each kind goes to the test's config file, set above)."""
    folder = tmp_path / "Documents"            # not made: a test listing tmp_path sees only its own files
    monkeypatch.setattr("app.ui.widgets.file_places.documents_folder", lambda: folder)
    return folder


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite3"


@pytest.fixture
def store(db_path):
    opened = open_store(db_path)
    yield opened
    opened.close()


VALID_LICENSE = {
    "number": "京B2-20190350",
    "company": "北京示例呼叫服务有限公司",
    "scope": "provincial",
    "issued": "2022-03-15",
    "expiry": "2027-03-14",
    "credit_code": "91110108MA01ABCD1E",
    "legal_rep": "张三",
    "capital_wan": "150",
}


@pytest.fixture
def valid_license_input():
    return dict(VALID_LICENSE)


@pytest.fixture(autouse=True)
def unfrozen_after_each_test():
    """A test that runs the GUI's start freezes what it made (app.ui.application): undone here,
    so that the next test's garbage is collected as usual."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def past_reports_question(monkeypatch):
    """The question asked once when a license with past annual reports is recorded (a modal box)
    is answered as dismissed unless a test answers it: ``past_reports_question.answer = True``."""

    class Question:
        answer: bool | None = None
        asked: list[list[int]] = []

        def __call__(self, parent, years):
            self.asked.append(list(years))
            return self.answer

    question = Question()
    question.asked = []
    monkeypatch.setattr("app.ui.license.license_page.ask_past_reports", question)
    return question


@pytest.fixture(autouse=True)
def submission_question(monkeypatch):
    """The question asked before a submission while materials are missing (a modal box) is
    answered "record it all the same" unless a test answers it: ``submission_question.answer``."""

    class Question:
        answer = True
        asked: list[list] = []

        def __call__(self, parent, missing, *, resubmission=False, filing=False):
            if not missing:
                return True
            self.asked.append(list(missing))
            return self.answer

    question = Question()
    question.asked = []
    monkeypatch.setattr("app.ui.widgets.confirmations.confirm_submission", question)
    return question


@pytest.fixture(autouse=True)
def autostart_question(monkeypatch):
    """The question asked once after the first license is saved (start at login?) is answered as
    dismissed unless a test answers it: ``autostart_question.answer = True``."""

    class Question:
        answer: bool | None = None
        asked: int = 0

        def __call__(self, parent):
            self.asked += 1
            return self.answer

    question = Question()
    monkeypatch.setattr("app.ui.settings.autostart_question.ask_autostart", question)
    return question


@pytest.fixture(autouse=True)
def export_question(monkeypatch):
    """The message after an export (打开文件 / 打开所在文件夹 / 关闭, a modal box) is answered
    "close" unless a test answers it (``export_question.answer``); what the system was asked to
    open is recorded in ``export_question.opened``, and nothing is opened for real."""

    class Question:
        answer: str | None = None
        asked: list[tuple[str, str]] = []
        opened: list[str] = []

        def __call__(self, parent, *, title, text):
            self.asked.append((title, text))
            return self.answer

    question = Question()
    question.asked, question.opened = [], []

    class Services:
        @staticmethod
        def openUrl(url):  # noqa: N802
            question.opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr("app.ui.widgets.export_done.ask_what_next", question)
    monkeypatch.setattr("app.ui.widgets.export_done.QDesktopServices", Services)
    return question


@pytest.fixture(autouse=True)
def discard_question(monkeypatch):
    """The question asked when a dialog with something typed in it is closed without recording
    (放弃填写的内容？, a modal box) is answered 放弃 unless a test answers it: ``.answer = False``
    (继续填写). ``asked`` holds the dialogs that asked."""

    class Question:
        answer = True
        asked: list = []

        def __call__(self, parent):
            self.asked.append(parent)
            return self.answer

    question = Question()
    question.asked = []
    monkeypatch.setattr("app.ui.widgets.confirmations.confirm_discard", question)
    return question


@pytest.fixture(autouse=True)
def unsaved_license_question(monkeypatch):
    """The question asked before a license's unsaved edits are left (保存 / 丢弃 / 取消, a modal
    box) is answered 丢弃 ("discard") unless a test answers it: ``.answer``, or ``.answers`` taken
    in turn ("save", "discard", "stay"). ``asked`` counts the questions."""

    class Question:
        answer = "discard"
        answers: list[str] = []
        asked = 0

        def __call__(self, parent):
            self.asked += 1
            return self.answers.pop(0) if self.answers else self.answer

    question = Question()
    question.answers = []
    monkeypatch.setattr("app.ui.widgets.confirmations.ask_unsaved_license", question)
    return question
