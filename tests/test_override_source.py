"""What Settings names as having chosen the database this start: --db before either variable."""

from app.paths import default_db_path, override_in_effect


def test_db_given_on_the_command_line_is_named_even_with_a_home_folder_set(tmp_path):
    # The conftest sets LICENSE_KEEPER_HOME for every test.
    assert override_in_effect(tmp_path / "elsewhere.sqlite3") == "--db"
    assert override_in_effect(default_db_path()) == "LICENSE_KEEPER_HOME"


def test_the_database_variable_is_named_when_it_chose(tmp_path, monkeypatch):
    chosen = tmp_path / "chosen.sqlite3"
    monkeypatch.setenv("LICENSE_KEEPER_DB", str(chosen))
    assert override_in_effect(chosen) == "LICENSE_KEEPER_DB"


def test_nothing_named_without_an_override(monkeypatch):
    monkeypatch.delenv("LICENSE_KEEPER_HOME")
    assert override_in_effect(default_db_path()) is None
