"""Add or change a group robot: its kind, address, secret and the licenses it covers.

Each problem is shown under its field and nothing is saved. 发送测试消息 sends a test message
to the address as typed (saved or not), off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.notify.formats import DINGTALK, EXAMPLES, FEISHU, KIND_LABELS, KINDS, WECOM, check_robot
from app.operations import notifications
from app.operations.notifications import RobotRow
from app.operations.robot_secrets import Credential, SecretMissing
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.settings.background_call import BackgroundCall
from app.ui.widgets.typed_work import AsksBeforeDiscarding

ERROR_STYLE = "color: #b00020;"
ID_ROLE = Qt.ItemDataRole.UserRole


def kind_label(kind: str) -> str:
    """A group robot's platform by the name it goes by in the language shown (in Chinese, KIND_LABELS')."""
    return {WECOM: QCoreApplication.translate("RobotKinds", "企业微信"),
            DINGTALK: QCoreApplication.translate("RobotKinds", "钉钉"),
            FEISHU: QCoreApplication.translate("RobotKinds", "飞书")}.get(kind) or KIND_LABELS.get(kind, kind)


class RobotDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, store: Store, parent=None, *, robot: RobotRow | None = None):
        super().__init__(parent)
        self.store = store
        self.robot = robot
        self.saved: RobotRow | None = None
        self.trial: BackgroundCall | None = None
        self.setWindowTitle(self.tr("添加群机器人") if robot is None else self.tr("修改群机器人"))
        self.setMinimumWidth(640)

        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("例如：行政群"))
        self.url_edit = QLineEdit(self)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.errors = {name: self._error_label() for name in ("kind", "url", "secret", "license")}

        self.all_button = QRadioButton(self.tr("全部许可证（包括以后添加的）"), self)
        self.some_button = QRadioButton(self.tr("只提醒所选的许可证："), self)
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.some_button)
        self.license_list = QListWidget(self)
        self.license_list.setMaximumHeight(140)
        for license in notifications.licenses(store):
            item = QListWidgetItem(f"{license.number}　{license.company}", self.license_list)
            item.setData(ID_ROLE, license.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.all_button.toggled.connect(lambda on: self.license_list.setEnabled(not on))
        self.all_button.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("类型"), self._with_error(self.kind_combo, "kind"))
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("Webhook 地址"), self._with_error(self.url_edit, "url"))
        self.secret_label = QLabel(self)
        form.addRow(self.secret_label, self._with_error(self.secret_edit, "secret"))
        form.addRow("", self.hint)
        licenses = QVBoxLayout()
        licenses.addWidget(self.all_button)
        licenses.addWidget(self.some_button)
        licenses.addWidget(self.license_list)
        licenses.addWidget(self.errors["license"])
        form.addRow(self.tr("提醒哪些许可证"), licenses)

        self.trial_button = QPushButton(self.tr("发送测试消息"), self)
        self.trial_button.clicked.connect(self.send_trial)
        self.trial_label = QLabel(self)
        self.trial_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("取消"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trial_button)
        buttons.addWidget(self.trial_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if robot is not None:
            self._fill(robot)
        self._kind_changed()

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, editor: QWidget, field: str) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        column.addWidget(self.errors[field])
        return box

    def _fill(self, robot: RobotRow) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(robot.kind))
        self.kind_combo.setEnabled(False)
        self.name_edit.setText(robot.name)
        try:
            credential = notifications.credential_of(robot)
            self.url_edit.setText(credential.url)
            self.secret_edit.setText(credential.secret)
        except SecretMissing as error:
            self._show_error("url", str(error))
        if not robot.all_licenses:
            self.some_button.setChecked(True)
            for row in range(self.license_list.count()):
                item = self.license_list.item(row)
                if item.data(ID_ROLE) in robot.license_ids:
                    item.setCheckState(Qt.CheckState.Checked)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.url_edit.setPlaceholderText(EXAMPLES[kind])
        self.secret_label.setText(self.tr("密钥") if kind == "wecom" else
                                  self.tr("加签密钥") if kind == "dingtalk" else self.tr("签名校验密钥"))
        self.secret_edit.setEnabled(kind != "wecom")
        if kind == "wecom":
            self.secret_edit.clear()
            self.hint.setText(self.tr("在企业微信群中：群设置 → 群机器人 → 添加 → 复制 Webhook 地址。"
                                      "企业微信的机器人没有密钥：地址中的 key 就是密钥，请勿外传。"))
        elif kind == "dingtalk":
            self.hint.setText(self.tr("在钉钉群中：群设置 → 机器人 → 添加机器人 → 自定义，安全设置选“加签”，"
                                      "复制 SEC 开头的密钥和 Webhook 地址。若选“自定义关键词”，关键词填“许可证”，"
                                      "密钥留空。"))
        else:
            self.hint.setText(self.tr("在飞书群中：设置 → 群机器人 → 添加机器人 → 自定义机器人，安全设置选“签名校验”，"
                                      "复制密钥和 webhook 地址。若选“自定义关键词”，关键词填“许可证”，密钥留空。"))

    def chosen_licenses(self) -> list[int] | None:
        if self.all_button.isChecked():
            return None
        return [self.license_list.item(row).data(ID_ROLE) for row in range(self.license_list.count())
                if self.license_list.item(row).checkState() == Qt.CheckState.Checked]

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        self._clear_errors()
        try:
            if self.robot is None:
                self.saved = notifications.add_robot(
                    self.store, kind=self.kind(), url=self.url_edit.text(), secret=self.secret_edit.text(),
                    license_ids=self.chosen_licenses(), name=self.name_edit.text())
            else:
                self.saved = notifications.update_robot(
                    self.store, self.robot.id, url=self.url_edit.text(), secret=self.secret_edit.text(),
                    license_ids=self.chosen_licenses(), name=self.name_edit.text())
        except ValidationError as error:
            for problem in error.errors:
                self._show_error(problem.field, problem.message)
            return False
        except StorageError as error:
            QMessageBox.critical(self, self.tr("未保存"), str(error))
            return False
        self.accept()
        return True

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.errors["url"])
        label.setText(message)
        label.show()

    # ------------------------------------------------------------------ test message
    def send_trial(self) -> None:
        self._clear_errors()
        try:
            address = check_robot(self.kind(), self.url_edit.text(), self.secret_edit.text())
        except ValidationError as error:
            for problem in error.errors:
                self._show_error(problem.field, problem.message)
            return
        self.trial_button.setEnabled(False)
        self.trial_label.setStyleSheet("")
        self.trial_label.setText(self.tr("正在发送……"))
        self.trial = BackgroundCall(lambda: notifications.send_trial_to(
            address.kind, Credential(address.url, address.secret), host=address.host), self)
        self.trial.finished.connect(self._trial_done)
        self.trial.start()

    def _trial_done(self, delivery) -> None:
        self.trial_button.setEnabled(True)
        if getattr(delivery, "ok", False):
            self.trial_label.setStyleSheet("color: #1b7f3b;")
            self.trial_label.setText(self.tr("已发送，请到群里查看。"))
            return
        problem = getattr(delivery, "problem", None) or str(delivery)
        self.trial_label.setStyleSheet(ERROR_STYLE)
        self.trial_label.setText(self.tr("没有发出：{problem}").format(problem=problem))

