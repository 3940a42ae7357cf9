"""A case's status and an item's state in words, translated (the domain's are its Chinese data)."""

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
