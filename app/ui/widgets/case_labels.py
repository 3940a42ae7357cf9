"""A case's status, an item's state and a procedure's name in words, translated (the domain's and the
catalogue's are their Chinese data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.cases import CASE_STATUSES, ITEM_STATES


def case_status_label(status: str) -> str:
    words = {
        "open": QCoreApplication.translate("CaseStatus", "准备中"),
        "submitted": QCoreApplication.translate("CaseStatus", "已提交"),
        "correction": QCoreApplication.translate("CaseStatus", "补正中"),
        "approved": QCoreApplication.translate("CaseStatus", "已批准"),
        "closed": QCoreApplication.translate("CaseStatus", "已办结"),
        "cancelled": QCoreApplication.translate("CaseStatus", "已撤销"),
        "withdrawn": QCoreApplication.translate("CaseStatus", "已撤回"),
    }
    return words.get(status) or CASE_STATUSES.get(status, status)


def item_state_label(state: str) -> str:
    words = {
        "missing": QCoreApplication.translate("ItemState", "未准备"),
        "in_progress": QCoreApplication.translate("ItemState", "准备中"),
        "ready": QCoreApplication.translate("ItemState", "已准备"),
        "not_applicable": QCoreApplication.translate("ItemState", "不适用"),
    }
    return words.get(state) or ITEM_STATES.get(state, state)


def procedure_name(procedure: str) -> str:
    """A procedure's name, translated (in Chinese, the catalogue's)."""
    words = {
        "renewal": QCoreApplication.translate("Procedures", "续期（延续）"),
        "annual_report": QCoreApplication.translate("Procedures", "年报"),
        "change": QCoreApplication.translate("Procedures", "变更"),
        "cancellation": QCoreApplication.translate("Procedures", "注销"),
        "replacement": QCoreApplication.translate("Procedures", "补办（证书遗失）"),
        "new_application": QCoreApplication.translate("Procedures", "新申请"),
    }
    if procedure in words:
        return words[procedure]
    from app.domain.catalogue import default_catalogue

    return default_catalogue().procedure(procedure).name


def case_title(case) -> str:
    """A case in words: 续期, 法定代表人变更, 2027年年报 ... translated (in Chinese,
    app.operations.trash.case_title's)."""
    from app.ui.widgets.obligation_titles import change_kind_labels

    kind = case.context.get("change_kind")
    if case.procedure == "change" and kind in change_kind_labels():
        return change_kind_labels()[kind]
    if case.procedure == "annual_report" and case.context.get("report_year"):
        return QCoreApplication.translate("Procedures", "{year}年年报").format(year=case.context["report_year"])
    return procedure_name(case.procedure)
