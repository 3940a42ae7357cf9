"""The dialog shown at start when the database cannot be opened: what happened, ways forward."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
)

from app.operations.recovery import Choice, ProblemKind, StartProblem


class ChoiceButton(QCommandLinkButton):
    """A command link as tall as its text needs at its real width (Qt's own hint assumes ~170 px)."""

    MIN_WIDTH = 520

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), self.MIN_WIDTH)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.updateGeometry()


class RecoveryDialog(QDialog):
    """Pick one of ``problem.choices``; ``chosen()`` tells which (closing the dialog = quit)."""

    def __init__(self, problem: StartProblem, parent=None):
        super().__init__(parent)
        self.problem = problem
        self._choice = Choice.QUIT
        self._folder: Path | None = None
        self.setWindowTitle(self.tr("许可证管家：无法打开数据库"))
        self.setMinimumWidth(600)

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        headline = QLabel(self._headline(problem.kind), self)
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        headline.setFont(font)
        detail = QLabel(problem.detail, self)
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(headline)
        text.addWidget(detail)
        if str(problem.db_path) not in problem.detail:
            where = QLabel(self.tr("数据库文件：{path}").format(path=problem.db_path), self)
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setStyleSheet("color: palette(placeholder-text);")
            text.addWidget(where)
        if problem.keeps_file:
            safe = QLabel(self.tr("原文件不会被覆盖：恢复备份或新建数据库之前，它会先改名（加上日期时间）保留在原处。"), self)
            safe.setWordWrap(True)
            text.addWidget(safe)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        self.buttons: dict[Choice, QCommandLinkButton] = {}
        for choice in problem.choices:
            title, description = self._choice_text(choice)
            button = ChoiceButton(title, description, self)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, c=choice: self._pick(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        layout.addStretch(1)
        self.resize(self.minimumWidth(), layout.totalHeightForWidth(self.minimumWidth()))

    def chosen(self) -> tuple[Choice, Path | None]:
        """The choice and, for another folder, the folder picked."""
        return self._choice, self._folder

    def _pick(self, choice: Choice) -> None:
        if choice is Choice.OTHER_FOLDER:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("选择数据文件夹"), str(self.problem.db_path.parent.parent))
            if not folder:
                return                      # cancelled: stay in the dialog
            self._folder = Path(folder)
        self._choice = choice
        self.accept()

    def _headline(self, kind: ProblemKind) -> str:
        return {
            ProblemKind.DAMAGED: self.tr("数据库文件已损坏，无法打开。"),
            ProblemKind.FOREIGN: self.tr("这个文件不是许可证管家的数据库。"),
            ProblemKind.TOO_NEW: self.tr("这个数据库来自更新版本的许可证管家。"),
            ProblemKind.READ_ONLY: self.tr("数据文件夹不可写。"),
            ProblemKind.DISK_FULL: self.tr("磁盘已满，无法写入数据库。"),
            ProblemKind.BUSY: self.tr("数据库正被另一个程序使用。"),
            ProblemKind.OTHER: self.tr("无法打开数据库。"),
        }[kind]

    def _choice_text(self, choice: Choice) -> tuple[str, str]:
        backup = self.problem.backup
        if choice is Choice.RESTORE_LATEST and backup is not None:
            return (self.tr("恢复最近的备份"),
                    self.tr("{when} 的备份，含 {count} 张许可证、{events} 条记录。当前文件先改名保留。").format(
                        when=backup.created_at.strftime("%Y-%m-%d %H:%M"), count=backup.license_count,
                        events=backup.event_count))
        return {
            Choice.OTHER_FOLDER: (self.tr("选择其他数据文件夹…"),
                                  self.tr("使用另一个文件夹中的数据库（没有则新建一个）；以后启动也使用它。")),
            Choice.NEW_DATABASE: (self.tr("新建空数据库"),
                                  self.tr("当前文件改名保留在原处，从一个空数据库开始。")),
            Choice.RETRY: (self.tr("重试"),
                           self.tr("腾出磁盘空间、修改文件夹权限或关闭其他程序之后，再试一次。")),
            Choice.QUIT: (self.tr("退出"), self.tr("不做任何改动，关闭许可证管家。")),
        }[choice]
