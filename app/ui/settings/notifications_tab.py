"""设置 → 通知: start at login into the tray, and the group robots that get the daily digest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.operations import autostart, notifications, robot_secrets
from app.operations.notifications import RobotRow
from app.operations.robot_secrets import SecretMissing
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.settings.background_call import BackgroundCall
from app.ui.settings.robot_dialog import RobotDialog, kind_label

OK_STYLE, ERROR_STYLE = "color: #1b7f3b;", "color: #b00020;"


class NotificationsTab(QWidget):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.robots: list[RobotRow] = []
        self.trial: BackgroundCall | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._autostart_group())
        layout.addWidget(self._robots_group(), 1)
        self.refresh_autostart()
        self.refresh_robots()

    # --- start at login ---------------------------------------------------------------------

    def _autostart_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("开机自动启动"), self)
        self.autostart_box = QCheckBox(self.tr("开机登录后在托盘中启动（不打开窗口）"), group)
        self.autostart_box.toggled.connect(self.set_autostart)
        explain = QLabel(self.tr("每天（以及电脑从睡眠中醒来时）检查一次期限：有期限新进入提醒期或已逾期时，"
                                 "在屏幕角落弹出系统通知，点击即打开那张许可证。只为当前用户设置，不需要管理员权限。"),
                         group)
        explain.setWordWrap(True)
        self.autostart_where = QLabel(group)
        self.autostart_where.setWordWrap(True)
        self.autostart_where.setStyleSheet("color: palette(placeholder-text);")
        self.autostart_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(group)
        box.addWidget(self.autostart_box)
        box.addWidget(explain)
        box.addWidget(self.autostart_where)
        return group

    def refresh_autostart(self) -> None:
        state = autostart.status(self.store.path)
        self.autostart_box.blockSignals(True)
        self.autostart_box.setChecked(state.on)
        self.autostart_box.blockSignals(False)
        if state.on and not state.current:
            text = self.tr("启动项：{where}（指向的不是现在这个程序，取消再勾选即可更新）").format(where=state.where)
        elif state.on:
            text = self.tr("启动项：{where}").format(where=state.where)
        elif state.foreign:
            text = self.tr("{where} 不是许可证管家写的，没有动它。").format(where=state.where)
        else:
            text = self.tr("未开启。勾选后写入：{where}").format(where=state.where)
        self.autostart_where.setText(text)

    def set_autostart(self, on: bool) -> None:
        try:
            if on:
                autostart.enable(self.store.path)
            else:
                autostart.disable()
        except OSError as error:
            QMessageBox.warning(self, self.tr("开机自动启动"), self.tr("无法更改开机启动项：{error}").format(
                error=error.strerror or error))
        self.refresh_autostart()

    # --- group robots -----------------------------------------------------------------------

    def _robots_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("群通知（企业微信、钉钉、飞书）"), self)
        intro = QLabel(self.tr("每天给公司的群发一份摘要：新进入提醒期的、已逾期或已错过的期限，写明公司、编号、"
                               "要做什么、办理截止日和剩余天数；每项在每个提醒阶段只发一次。没发出去的，"
                               "在这里和状态栏显示，第二天再发。许可证管家只连接这里填写的机器人地址。"), group)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, group)
        self.table.setHorizontalHeaderLabels([self.tr("名称"), self.tr("类型"), self.tr("提醒的许可证"),
                                              self.tr("上次发送")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())    # the wrapped last column
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_robot())
        self.empty_label = QLabel(self.tr("还没有群机器人。点“添加机器人…”，按提示从群设置中复制机器人的地址。"), group)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.place_label = QLabel(group)
        self.place_label.setWordWrap(True)
        self.place_label.setStyleSheet("color: palette(placeholder-text);")

        self.add_button = QPushButton(self.tr("添加机器人…"), group)
        self.add_button.clicked.connect(self.add_robot)
        self.edit_button = QPushButton(self.tr("修改…"), group)
        self.edit_button.clicked.connect(self.edit_robot)
        self.remove_button = QPushButton(self.tr("删除"), group)
        self.remove_button.clicked.connect(self.remove_robot)
        self.trial_button = QPushButton(self.tr("发送测试消息"), group)
        self.trial_button.clicked.connect(self.send_trial)
        self.status_label = QLabel(group)
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.trial_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        box = QVBoxLayout(group)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty_label)
        box.addWidget(self.place_label)
        box.addLayout(buttons)
        box.addWidget(self.status_label)
        return group

    def refresh_robots(self, select: int | None = None) -> None:
        self.robots = notifications.robots(self.store)
        self.table.setRowCount(len(self.robots))
        for row, robot in enumerate(self.robots):
            numbers = notifications.covered_numbers(self.store, robot)
            covers = self.tr("全部许可证") if robot.all_licenses else "、".join(numbers) or self.tr("（所选许可证已不存在）")
            cells = (robot.name, kind_label(robot.kind), covers, self._last_attempt(robot))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and robot.last_ok is False:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(robot.last_message)
                if column == 0:
                    item.setToolTip(robot.address_shown)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.robots))
        self.empty_label.setVisible(not self.robots)
        places = {robot.secret_place for robot in self.robots}
        self.place_label.setText("；".join(robot_secrets.place_text(place, self.store.path) for place in sorted(places)))
        self.place_label.setVisible(bool(places))
        ids = [robot.id for robot in self.robots]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif self.robots:
            self.table.selectRow(0)
        self._selection_changed()

    def _last_attempt(self, robot: RobotRow) -> str:
        if robot.last_attempt_on is None:
            return self.tr("还没有发送过")
        if robot.last_ok:
            return self.tr("{day} 成功：{message}").format(day=robot.last_attempt_on.isoformat(),
                                                         message=robot.last_message)
        return self.tr("{day} 没有发出：{message}（明天再试）").format(day=robot.last_attempt_on.isoformat(),
                                                                  message=robot.last_message)

    def selected_robot(self) -> RobotRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.robots[rows[0].row()] if rows and self.robots else None

    def _selection_changed(self) -> None:
        chosen = self.selected_robot() is not None
        for button in (self.edit_button, self.remove_button, self.trial_button):
            button.setEnabled(chosen)

    def add_robot(self) -> RobotDialog:
        dialog = RobotDialog(self.store, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def edit_robot(self) -> RobotDialog | None:
        robot = self.selected_robot()
        if robot is None:
            return None
        dialog = RobotDialog(self.store, self, robot=robot)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: RobotDialog) -> None:
        if dialog.saved is not None:
            self.refresh_robots(select=dialog.saved.id)
            self._say(self.tr("已保存“{name}”。").format(name=dialog.saved.name), OK_STYLE)

    def remove_robot(self) -> None:
        robot = self.selected_robot()
        if robot is None:
            return
        answer = QMessageBox.question(self, self.tr("删除群机器人"), self.tr(
            "删除“{name}”吗？它不再收到提醒；保存的地址、密钥和发送记录一并删除。").format(name=robot.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            notifications.remove_robot(self.store, robot.id)
        except StorageError as error:
            QMessageBox.warning(self, self.tr("删除群机器人"), str(error))
            return
        self.refresh_robots()
        self._say(self.tr("已删除“{name}”。").format(name=robot.name), OK_STYLE)

    def send_trial(self) -> None:
        robot = self.selected_robot()
        if robot is None:
            return
        self.trial_button.setEnabled(False)
        self._say(self.tr("正在给“{name}”发送测试消息……").format(name=robot.name), "")
        self.trial = BackgroundCall(lambda: notifications.send_trial(self.store, robot.id), self)
        self.trial.finished.connect(lambda delivery: self._trial_done(robot, delivery))
        self.trial.start()

    def _trial_done(self, robot: RobotRow, delivery) -> None:
        self.trial_button.setEnabled(self.selected_robot() is not None)
        if getattr(delivery, "ok", False):
            self._say(self.tr("已给“{name}”发送测试消息，请到群里查看。").format(name=robot.name), OK_STYLE)
            return
        problem = delivery.problem if hasattr(delivery, "problem") else str(delivery)
        if isinstance(delivery, SecretMissing):
            problem = str(delivery)
        self._say(self.tr("测试消息没有发出：{problem}").format(problem=problem), ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.status_label.setStyleSheet(style)
        self.status_label.setText(text)
