"""The questions asked before a step that is hard to take back: deleting (to the 回收站),
emptying the 回收站, taking back a step recorded with the authority, submitting with materials
still missing, closing a dialog with what was typed in it not recorded, leaving a license's
details with edits not saved.

Each question is built by a ``*_box`` function (a screenshot shows it without a click) and asked
by one module-level function, which tests replace (a real modal ``exec()`` would wait forever).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.cases import CaseItem
from app.domain.text import first_of
from app.ui.widgets.case_labels import item_state_label

SHOWN_ITEMS = 12        # a longer list of missing materials ends with "…另有 N 项"


def _ask(box: QMessageBox, yes) -> bool:
    box.exec()
    return box.clickedButton() is yes


# ---------------------------------------------------------------------------- deleting
def deletion_box(parent: QWidget | None, *, title: str, what: str, goes_with: str) -> tuple[QMessageBox, object]:
    box = QMessageBox(QMessageBox.Icon.Question, title, what, parent=parent)
    informative = QCoreApplication.translate(
        "Confirmations", "删除前会自动备份。删除的内容移到回收站（许可证 → 回收站），可以原样恢复；附件文件在清空回收站之前"
                         "仍保留在数据文件夹中。")
    if goes_with:
        informative = QCoreApplication.translate("Confirmations", "一并删除：{what}。").format(what=goes_with) \
            + "\n\n" + informative
    box.setInformativeText(informative)
    yes = box.addButton(QCoreApplication.translate("Confirmations", "删除"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Confirmations", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, yes


def confirm_deletion(parent: QWidget | None, *, title: str, what: str, goes_with: str = "") -> bool:
    """Whether to move ``what`` (and ``goes_with``) to the 回收站."""
    return _ask(*deletion_box(parent, title=title, what=what, goes_with=goes_with))


def confirm_erasing(parent: QWidget | None, *, count: int, everything: bool) -> bool:
    """Whether to remove from the 回收站 for good (one entry, or all ``count`` of them)."""
    title = QCoreApplication.translate("Confirmations", "彻底删除")
    what = (QCoreApplication.translate("Confirmations", "清空回收站：其中的 %n 项将彻底删除，不能恢复。", "", count)
            if everything else QCoreApplication.translate("Confirmations", "所选的一项将彻底删除，不能恢复。"))
    box = QMessageBox(QMessageBox.Icon.Warning, title, what, parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Confirmations", "删除前会自动备份一次；它们的附件文件也从数据文件夹中删除。"))
    yes = box.addButton(QCoreApplication.translate("Confirmations", "彻底删除"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Confirmations", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    return _ask(box, yes)


# ---------------------------------------------------------------------------- steps with the authority
def confirm_take_back(parent: QWidget | None, step_text: str) -> bool:
    """Whether to take back the last step recorded (``step_text``: 2026-11-20 的提交)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Confirmations", "撤回上一步"),
                      QCoreApplication.translate("Confirmations", "撤回 {step} 的记录？").format(step=step_text),
                      parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Confirmations", "只在记错了、发证机关还没有答复时撤回：办理事项回到这一步之前的状态，历史记录中会留下撤回的记录。"))
    yes = box.addButton(QCoreApplication.translate("Confirmations", "撤回"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("Confirmations", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    return _ask(box, yes)


def submission_box(parent: QWidget | None, missing: Sequence[CaseItem], *, resubmission: bool = False,
                   filing: bool = False) -> tuple[QMessageBox, object]:
    """``filing``: an annual report marked filed (报送) rather than materials submitted."""
    title = (QCoreApplication.translate("Confirmations", "还有材料没有准备好") if not resubmission
             else QCoreApplication.translate("Confirmations", "补正材料还没有准备好"))
    text = QCoreApplication.translate("Confirmations", "还有 %n 项材料没有标为“已准备”或“不适用”：", "", len(missing))
    shown, more = first_of(missing, SHOWN_ITEMS)
    lines = [f"{item.position}. {item.name}（{item_state_label(item.state)}）" for item in shown]
    if more:
        lines.append(QCoreApplication.translate("Confirmations", "……另有 %n 项", "", more))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text + "\n\n" + "\n".join(lines), parent=parent)
    if filing:
        box.setInformativeText(QCoreApplication.translate(
            "Confirmations", "年报内容不全的，可能被要求补报。已经填好的，先在清单中标为已准备；确实已经报送的，也可以照常登记。"))
        label = QCoreApplication.translate("Confirmations", "仍然登记为已报送")
    else:
        box.setInformativeText(QCoreApplication.translate(
            "Confirmations", "材料不齐，发证机关会要求补正，可能耽误期限。已经交了的，先在清单中标为已准备；"
                             "确实已经提交的，也可以照常登记。"))
        label = (QCoreApplication.translate("Confirmations", "仍然登记为已重新提交") if resubmission
                 else QCoreApplication.translate("Confirmations", "仍然登记为已提交"))
    yes = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(QCoreApplication.translate("Confirmations", "返回清单"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    return box, yes


def confirm_submission(parent: QWidget | None, missing: Sequence[CaseItem], *, resubmission: bool = False,
                       filing: bool = False) -> bool:
    """Whether to record the submission although ``missing`` materials are not ready (True when
    nothing is missing: nothing is asked)."""
    if not missing:
        return True
    return _ask(*submission_box(parent, missing, resubmission=resubmission, filing=filing))


# ---------------------------------------------------------------------------- typed work
def discard_box(parent: QWidget | None) -> tuple[QMessageBox, object]:
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Confirmations", "放弃填写的内容"),
                      QCoreApplication.translate("Confirmations", "放弃填写的内容？"), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Confirmations", "这个窗口中填写的内容还没有登记或保存，关闭后不会留下。"))
    discard = box.addButton(QCoreApplication.translate("Confirmations", "放弃"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("Confirmations", "继续填写"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, discard


def confirm_discard(parent: QWidget | None) -> bool:
    """Whether to close a dialog and throw away what was typed into it (放弃 / 继续填写)."""
    return _ask(*discard_box(parent))


SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_unsaved_license(parent: QWidget | None) -> str:
    """What to do with a license's edits not yet saved, before they are left: SAVE, DISCARD or
    STAY (保存 / 丢弃 / 取消; also when the question is dismissed)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Confirmations", "有未保存的修改"),
        QCoreApplication.translate("Confirmations", "这张许可证有未保存的修改。要先保存吗？"),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(answer, STAY)
