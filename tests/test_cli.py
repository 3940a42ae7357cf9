import json
import subprocess
import sys

import pytest

from app.main import main


def run(capsys, *args):
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def add(capsys, db, number="京B2-20190350", **extra):
    args = ["add-license", "--db", str(db), "--number", number, "--company", "北京示例呼叫服务有限公司",
            "--scope", extra.pop("scope", "provincial"), "--issued", extra.pop("issued", "2022-03-15"),
            "--expiry", extra.pop("expiry", "2027-03-14")]
    for key, value in extra.items():
        args += [f"--{key.replace('_', '-')}", value]
    return run(capsys, *args)


def test_add_then_list_json(capsys, db_path):
    status, out, _ = add(capsys, db_path, capital="150", credit_code="91110108MA01ABCD1E")
    assert status == 0 and out.strip() == "1"
    status, out, _ = run(capsys, "list", "--db", str(db_path), "--today", "2026-01-05", "--json")
    rows = json.loads(out)
    assert rows[0]["number"] == "京B2-20190350"
    assert rows[0]["next_deadline"]["key"] == "annual_report:2026"
    assert rows[0]["next_deadline"]["state"] == "pending"
    assert rows[0]["days_left"] == 85
    assert rows[0]["status"] == "due90"


@pytest.mark.parametrize("extra, warning", [
    ({"number": "B2-20110196", "scope": "national", "capital": "999.99"}, "999.99 万元低于全网"),
    ({"capital": "50"}, "50 万元低于地网"),
    ({"number": "京B2-20120350", "issued": "2012-03-15", "expiry": "2027-03-14"}, "有效期超过 5 年"),
])
def test_add_license_prints_the_forms_warnings_and_still_saves(capsys, db_path, extra, warning):
    status, out, err = add(capsys, db_path, **extra)
    assert status == 0 and out.strip() == "1"
    assert warning in err and "已保存" in err
    _, out, _ = run(capsys, "list", "--db", str(db_path), "--json")
    assert len(json.loads(out)) == 1


def test_add_license_without_anything_to_check_prints_no_warning(capsys, db_path):
    status, _, err = add(capsys, db_path, capital="150", past_reports="filed")
    assert status == 0 and err == ""


def test_add_license_names_the_past_reports_it_was_not_told_about(capsys, db_path):
    status, _, err = add(capsys, db_path, capital="150")
    assert status == 0 and "2023、2024、2025" in err and "--past-reports filed" in err


def test_db_option_before_the_command(capsys, db_path):
    add(capsys, db_path)
    status, out, _ = run(capsys, "--db", str(db_path), "list", "--today", "2026-01-05")
    assert status == 0 and "京B2-20190350" in out


def test_invalid_input_exits_2_names_the_field_and_writes_nothing(capsys, db_path):
    status, out, err = add(capsys, db_path, expiry="2020-01-01", credit_code="123")
    assert status == 2 and out == ""
    assert "有效期至" not in err or "应晚于" in err
    assert "统一社会信用代码" in err
    status, out, _ = run(capsys, "list", "--db", str(db_path), "--json")
    assert json.loads(out) == []


def test_scope_mismatch_is_reported(capsys, db_path):
    status, _, err = add(capsys, db_path, scope="national")
    assert status == 2 and "许可范围" in err


def test_legacy_number_needs_the_flag(capsys, db_path):
    status, _, err = add(capsys, db_path, number="辽B-2-4-20080039", issued="2022-01-01", expiry="2027-01-01")
    assert status == 2 and "旧式" in err
    status, out, _ = run(capsys, "add-license", "--db", str(db_path), "--number", "辽B-2-4-20080039",
                         "--company", "辽宁示例公司", "--scope", "provincial", "--issued", "2022-01-01",
                         "--expiry", "2027-01-01", "--legacy-number")
    assert status == 0


def test_deadlines_json_without_a_database(capsys):
    status, out, _ = run(capsys, "deadlines", "--expiry", "2026-12-31", "--scope", "national", "--json")
    assert status == 0
    data = json.loads(out)
    assert set(data) == {"expiry", "renewal_legal_deadline", "renewal_last_working_day", "renewal_safe_date",
                         "prepare_from", "cancellation_deadline", "estimated", "annual_reports"}
    assert data["renewal_legal_deadline"] == "2026-10-02"
    assert data["renewal_last_working_day"] == "2026-09-30"
    assert data["estimated"] is False                # the renewal's dates are all in known years
    # in force on 31 December 2026, so the 2027 report is owed too
    assert [r["year"] for r in data["annual_reports"]] == [2022, 2023, 2024, 2025, 2026, 2027]
    assert data["annual_reports"][0] == {"year": 2022, "window_start": "2022-01-01", "due": "2022-03-31",
                                         "act_by": "2022-03-31", "grace_until": "2022-04-30",
                                         "state": data["annual_reports"][0]["state"], "estimated": False}
    assert data["annual_reports"][-1]["estimated"] is True          # 31 March 2027: a year not yet known
    assert data["annual_reports"][2]["act_by"] == "2024-03-29"     # 31 March 2024 was a Sunday


def test_deadlines_of_a_stored_license_show_sources_and_estimates(capsys, db_path):
    add(capsys, db_path)
    status, out, _ = run(capsys, "deadlines", "--db", str(db_path), "--license", "京B2-20190350号",
                         "--today", "2026-11-22")
    assert status == 0
    assert "依据：《电信业务经营许可管理办法》第二十七条" in out
    assert "（估算）" in out


@pytest.mark.parametrize("args, fragment", [
    (["deadlines", "--expiry", "2026-12-31"], "--scope"),
    (["deadlines", "--expiry", "2026-13-31", "--scope", "national"], "有效期至"),
    (["deadlines", "--expiry", "2026-12-31", "--scope", "galaxy"], "许可范围"),
    (["deadlines", "--license", "B2-99999999"], "找不到"),
    (["list", "--today", "tomorrow"], "--today"),
])
def test_deadlines_bad_input(capsys, db_path, args, fragment):
    status, _, err = run(capsys, *args, "--db", str(db_path))
    assert status == 2 and fragment in err
    assert "Traceback" not in err


def test_unreadable_database_is_a_message_not_a_traceback(capsys, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 50)
    status, _, err = run(capsys, "list", "--db", str(bad))
    assert status == 1 and "不是 SQLite" in err


def test_env_variable_chooses_the_database(capsys, tmp_path, monkeypatch):
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("LICENSE_KEEPER_DB", str(target))
    status, _, _ = run(capsys, "add-license", "--number", "B2-20110196", "--company", "全网示例有限公司",
                       "--scope", "national", "--issued", "2021-12-01", "--expiry", "2026-11-30")
    assert status == 0 and target.exists()


def test_default_database_lives_in_the_data_folder(capsys, isolated_data_folder):
    run(capsys, "list")
    assert (isolated_data_folder / "license-keeper.sqlite3").exists()


def test_module_entry_point_runs_a_command(tmp_path):
    result = subprocess.run([sys.executable, "-m", "app", "deadlines", "--expiry", "2026-12-31",
                             "--scope", "national", "--json"], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["renewal_safe_date"]
