"""Every field of a license, with the problem shown next to each field as the user types.

The same form adds a license and edits one. It only collects text: validation is the
domain's (check_field for one field, cross_field_problems for the checks across fields,
warnings_while_typing for what is worth a second look), saving is the operations' job.

Each field has a line kept under it for its message (a problem in red, else a warning), so
that nothing moves when one appears: a click lands where the user aimed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from app.domain.deadlines import suggested_expiry
from app.domain.errors import FieldError, ValidationError
from app.domain.license import (
    CROSS_CHECKED,
    DEFAULT_LEAD_TIMES,
    DEFAULT_SERVICES,
    MISSING,
    MISSING_SCOPE,
    REQUIRED,
    License,
    LicenseWarning,
    cross_field_problems,
    field_problem,
    number_is_legacy,
    parse_date,
    suggested_authority,
    warnings_while_typing,
)
from app.domain.license_number import LicenseNumberProblem, parse_license_number
from app.ui.widgets.form_widgets import WARNING_STYLE, DateField, NoteLine

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5b6068;"
LINK_STYLE = "color: #1f5fae;"
FIELD_ORDER = ("number", "company", "credit_code", "legal_rep", "address", "capital_wan",
               "capital_kind", "services", "coverage", "scope", "authority", "issued", "expiry",
               "special_terms", "contact_person", "contact_phone", "lead_times")


def field_labels() -> dict[str, str]:
    """Each field's name, translated (in Chinese, word for word the domain's LABELS)."""
    return {
        "number": QCoreApplication.translate("LicenseForm", "经营许可证编号"),
        "company": QCoreApplication.translate("LicenseForm", "公司名称"),
        "credit_code": QCoreApplication.translate("LicenseForm", "统一社会信用代码"),
        "legal_rep": QCoreApplication.translate("LicenseForm", "法定代表人"),
        "address": QCoreApplication.translate("LicenseForm", "注册住所"),
        "capital_wan": QCoreApplication.translate("LicenseForm", "注册资本（万元）"),
        "capital_kind": QCoreApplication.translate("LicenseForm", "出资方式"),
        "services": QCoreApplication.translate("LicenseForm", "业务种类"),
        "coverage": QCoreApplication.translate("LicenseForm", "业务覆盖范围"),
        "scope": QCoreApplication.translate("LicenseForm", "许可范围"),
        "authority": QCoreApplication.translate("LicenseForm", "发证机关"),
        "issued": QCoreApplication.translate("LicenseForm", "发证日期"),
        "expiry": QCoreApplication.translate("LicenseForm", "有效期至"),
        "special_terms": QCoreApplication.translate("LicenseForm", "特别规定事项"),
        "contact_person": QCoreApplication.translate("LicenseForm", "联系人"),
        "contact_phone": QCoreApplication.translate("LicenseForm", "联系电话"),
        "lead_times": QCoreApplication.translate("LicenseForm", "提醒提前天数"),
    }


def scope_labels() -> dict[str, str]:
    """The two scopes, translated (in Chinese, the domain's SCOPES)."""
    return {"provincial": QCoreApplication.translate("LicenseForm", "地网（省内）"),
            "national": QCoreApplication.translate("LicenseForm", "全网（跨地区）")}


def capital_kind_labels() -> dict[str, str]:
    """How the capital was contributed: stored value (the domain's CAPITAL_KINDS) → words shown."""
    return {"认缴": QCoreApplication.translate("LicenseForm", "认缴"),
            "实缴": QCoreApplication.translate("LicenseForm", "实缴")}


def license_texts(license: License | None) -> dict[str, str]:
    """The text each field shows for ``license`` (None: a new, empty license)."""
    if license is None:
        return {name: "" for name in FIELD_ORDER} | {
            "services": DEFAULT_SERVICES, "lead_times": ",".join(map(str, DEFAULT_LEAD_TIMES))}
    texts = {name: str(getattr(license, name) or "") for name in FIELD_ORDER}
    texts["issued"], texts["expiry"] = license.issued.isoformat(), license.expiry.isoformat()
    texts["capital_wan"] = "" if license.capital_wan is None else format(license.capital_wan, "f")
    texts["lead_times"] = ",".join(map(str, license.lead_times))
    return texts


def warning_text(warning: LicenseWarning) -> str:
    """A warning of the domain in words (in Chinese, word for word the domain's)."""
    if warning.kind == "low_capital":
        return QCoreApplication.translate(
            "LicenseForm", "注册资本 {capital} 万元低于{scope}要求的 {minimum} 万元，续期时会被审查").format(
                capital=warning.values["capital"], minimum=warning.values["minimum"],
                scope=scope_labels().get(warning.values["scope"], warning.values["scope"]))
    if warning.kind == "long_term":
        return QCoreApplication.translate("LicenseForm", "有效期超过 5 年，请核对“有效期至”是否抄错")
    return warning.text


def problem_text(message: str) -> str:
    """A problem of the domain's as shown: the two met before anything is typed in the language
    shown (in Chinese, the domain's words); the others as they are (Chinese data)."""
    return {MISSING: QCoreApplication.translate("LicenseForm", "必须填写"),
            MISSING_SCOPE: QCoreApplication.translate("LicenseForm", "必须选择 全网（national）或 地网（provincial）"),
            }.get(message, message)


def number_problems() -> dict[str, str]:
    """What can be wrong with a license number, translated (in Chinese, word for word
    app.domain.license_number.NUMBER_PROBLEMS)."""
    return {
        "missing": QCoreApplication.translate("LicenseForm", "必须填写"),
        "too_long": QCoreApplication.translate("LicenseNumber", "过长：许可证编号不超过 {limit} 个字符，现在 {length} 个"),
        "no_b2": QCoreApplication.translate(
            "LicenseNumber", "编号中没有 B2：呼叫中心业务属于第二类增值电信业务，编号应含 B2，"
                             "如 B2-20110196（全网）或 京B2-20190350（地网）"),
        "repeated_classes": QCoreApplication.translate(
            "LicenseNumber", "业务类别 {classes} 重复：每个类别只写一次，如 B2 或 A2.B1.B2"),
        "legacy": QCoreApplication.translate(
            "LicenseNumber", "这是旧式编号格式（如 辽B-2-4-20080039），请确认证书上确实如此印制后再保存"),
        "year_after_this_year": QCoreApplication.translate(
            "LicenseNumber", "编号中的首次发证年份 {year} 在今年（{this_year}）之后，不可能是首次发证年份："
                             "短横线后 8 位数字是 4 位首次发证年份加 4 位序号，请核对"),
        "year_too_early": QCoreApplication.translate(
            "LicenseNumber", "编号中的首次发证年份 {year} 不合理：应在 {first}–{this_year} 之间"
                             "（短横线后 8 位数字是 4 位首次发证年份加 4 位序号），请核对"),
        "wrong_province": QCoreApplication.translate("LicenseNumber", "省份简称“{given}”不用于许可证编号，应为“{right}”"),
        "not_a_province": QCoreApplication.translate("LicenseNumber", "“{given}”不是省级行政区简称（可用：{provinces}）"),
        "no_dash": QCoreApplication.translate(
            "LicenseNumber", "缺少短横线“-”，格式应如 B2-20110196（全网）或 京B2-20190350（地网）"),
        "digits": QCoreApplication.translate(
            "LicenseNumber", "短横线后应为 8 位数字（4 位首次发证年份 + 4 位序号），现在是“{digits}”"),
        "classes": QCoreApplication.translate(
            "LicenseNumber", "业务类别“{classes}”格式不正确，应如 B2 或 A2.B1.B2；"
                             "完整格式如 B2-20110196（全网）或 京B2-20190350（地网）"),
        "format": QCoreApplication.translate("LicenseNumber", "格式不正确，应如 B2-20110196（全网）或 京B2-20190350（地网）"),
        "year_after_issued": QCoreApplication.translate(
            "LicenseNumber", "编号中的首次发证年份 {year} 晚于发证日期 {issued}，请核对"),
        "provincial_number": QCoreApplication.translate(
            "LicenseNumber", "编号以“{province}”开头，是{province_name}的地网（省内）许可证，许可范围应为 地网"),
        "national_number": QCoreApplication.translate(
            "LicenseNumber", "编号没有省份简称，是工业和信息化部发的全网（跨地区）许可证，许可范围应为 全网"),
        "in_trash": QCoreApplication.translate(
            "LicenseNumber", "编号 {number} 的许可证（{company}）在回收站中：到“许可证 → 回收站”恢复它；"
                             "或在回收站中彻底删除后再用这个编号"),
        "taken": QCoreApplication.translate("LicenseNumber", "编号 {number} 已登记（{company}），不能重复添加"),
        "taken_by_another": QCoreApplication.translate("LicenseNumber", "编号 {number} 已属于另一张许可证（{company}）"),
    }


def province_names() -> dict[str, str]:
    """Each province's name by its abbreviation, translated (in Chinese, the domain's PROVINCES)."""
    return {
        "京": QCoreApplication.translate("Provinces", "北京市"), "津": QCoreApplication.translate("Provinces", "天津市"),
        "冀": QCoreApplication.translate("Provinces", "河北省"), "晋": QCoreApplication.translate("Provinces", "山西省"),
        "蒙": QCoreApplication.translate("Provinces", "内蒙古自治区"),
        "辽": QCoreApplication.translate("Provinces", "辽宁省"), "吉": QCoreApplication.translate("Provinces", "吉林省"),
        "黑": QCoreApplication.translate("Provinces", "黑龙江省"), "沪": QCoreApplication.translate("Provinces", "上海市"),
        "苏": QCoreApplication.translate("Provinces", "江苏省"), "浙": QCoreApplication.translate("Provinces", "浙江省"),
        "皖": QCoreApplication.translate("Provinces", "安徽省"), "闽": QCoreApplication.translate("Provinces", "福建省"),
        "赣": QCoreApplication.translate("Provinces", "江西省"), "鲁": QCoreApplication.translate("Provinces", "山东省"),
        "豫": QCoreApplication.translate("Provinces", "河南省"), "鄂": QCoreApplication.translate("Provinces", "湖北省"),
        "湘": QCoreApplication.translate("Provinces", "湖南省"), "粤": QCoreApplication.translate("Provinces", "广东省"),
        "桂": QCoreApplication.translate("Provinces", "广西壮族自治区"),
        "琼": QCoreApplication.translate("Provinces", "海南省"), "渝": QCoreApplication.translate("Provinces", "重庆市"),
        "川": QCoreApplication.translate("Provinces", "四川省"), "黔": QCoreApplication.translate("Provinces", "贵州省"),
        "滇": QCoreApplication.translate("Provinces", "云南省"), "藏": QCoreApplication.translate("Provinces", "西藏自治区"),
        "陕": QCoreApplication.translate("Provinces", "陕西省"), "甘": QCoreApplication.translate("Provinces", "甘肃省"),
        "青": QCoreApplication.translate("Provinces", "青海省"),
        "宁": QCoreApplication.translate("Provinces", "宁夏回族自治区"),
        "新": QCoreApplication.translate("Provinces", "新疆维吾尔自治区"),
    }


def number_problem_text(wording: tuple) -> str:
    """A problem of the number (or found with it) worded in the language shown."""
    key, values = wording
    filled = {name: QCoreApplication.translate("LicenseNumber", "、").join(map(str, value))
              if isinstance(value, (list, tuple)) else value for name, value in values.items()}
    if "province" in values:
        filled["province_name"] = province_names().get(values["province"], values.get("province_name", ""))
    return number_problems()[key].format(**filled)


def field_error_text(error: FieldError) -> str:
    """A FieldError as shown: worded in the language shown where the domain gives its wording,
    else as ``problem_text`` shows its message."""
    if error.wording is not None and error.wording[0] in number_problems():
        return number_problem_text(error.wording)
    return problem_text(error.message)


def notes_to_show(values: dict[str, object], *, allow_legacy: bool, touched: set[str] | None,
                  renewed_from: date | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """What to show at each field as the user types: its problem (its own, else one across
    fields), for the fields ``touched`` (None: every field), and its warning, translated
    (``renewed_from``: app.domain.license.warnings_of)."""
    problems: dict[str, str] = {}
    for name, value in values.items():
        problem = field_problem(name, value, allow_legacy_number=allow_legacy)
        if problem and (touched is None or name in touched):
            problems[name] = field_error_text(problem)
    for item in cross_field_problems(values, allow_legacy_number=allow_legacy):
        if touched is None or touched & set(CROSS_CHECKED[item.field]):
            problems.setdefault(item.field, field_error_text(item))
    warnings: dict[str, str] = {}
    for warning in warnings_while_typing(values, renewed_from=renewed_from):
        warnings.setdefault(warning.field, warning_text(warning))
    return problems, warnings


def _narrow_combo() -> QComboBox:
    """A combo box that may be narrower than its longest item (long in some languages)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class _Suggestion(QLabel):
    """A line with one link: taken with a click on it, or with Enter or Space once Tab reached it."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.linkActivated.emit("use")
            return
        super().keyPressEvent(event)


class LicenseForm(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, NoteLine] = {}       # each field's message line (capital_kind shares capital_wan's)
        self._touched: set[str] = set()
        self._show_all = False
        self.renewed_from: date | None = None    # see set_license
        self._scope_chosen = False
        self._loading = False
        self._saved: tuple[dict[str, str], bool] = ({}, False)
        self._extra: dict[str, FieldError] = {}     # refused on saving, shown until the field is edited
        self._problems: dict[str, str] = {}         # the problems shown, by field
        self._warnings: dict[str, str] = {}         # the warnings shown, by field
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(0)
        self._row = 0
        self._labels = field_labels()
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        placeholders = {
            "number": self.tr("如 京B2-20190350（地网）或 B2-20110196（全网）"),
            "company": self.tr("与营业执照一致的完整名称"),
            "credit_code": self.tr("18 位，如 91110108MA01ABCD1E"),
            "capital_wan": self.tr("以万元计，如 1000"),
            "coverage": self.tr("全国，或省份名称"),
            "issued": self.tr("YYYY-MM-DD"),
            "expiry": self.tr("YYYY-MM-DD，以证书所印为准"),
            "contact_phone": self.tr("如 010-12345678 或 13800138000"),
            "lead_times": self.tr("以逗号分隔的天数，如 180,90,30,7"),
        }
        for name in FIELD_ORDER:
            if name == "capital_kind":
                continue
            if name == "special_terms":
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(self.fontMetrics().height() * 3 + 12)
                editor.textChanged.connect(lambda n=name: self._on_edit(n))
            elif name == "scope":
                editor = _narrow_combo()
                for scope, text in scope_labels().items():
                    editor.addItem(text, scope)
                editor.setCurrentIndex(-1)
                editor.setPlaceholderText(self.tr("请选择（按编号自动判断）"))
                editor.activated.connect(self._scope_picked)
                editor.currentIndexChanged.connect(lambda _i, n=name: self._on_edit(n))
            else:
                editor = DateField() if name in ("issued", "expiry") else QLineEdit()
                editor.setPlaceholderText(placeholders.get(name, ""))
                editor.textChanged.connect(lambda _t, n=name: self._on_edit(n))
            editor.setAccessibleName(self._labels[name])
            self.editors[name] = editor
            if name == "capital_wan":
                self._add_capital_row(editor)
            else:
                self._add_row(name, editor)
        self._grid.setRowStretch(self._row, 1)
        order = [self.editors["number"], self.legacy_box] + [
            self.editors[n] for n in FIELD_ORDER[1:FIELD_ORDER.index("expiry") + 1]] + [self.expiry_suggestion] + [
            self.editors[n] for n in FIELD_ORDER[FIELD_ORDER.index("expiry") + 1:]]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self._labels[name] + (" *" if name in REQUIRED else ""))
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _note_line(self, name: str) -> NoteLine:
        note = NoteLine()
        note.setObjectName(f"error_{name}")
        self.errors[name] = note
        return note

    def _add_row(self, name: str, editor: QWidget) -> None:
        label = self._label(name)
        label.setBuddy(editor)
        self._grid.addWidget(label, self._row, 0)
        self._grid.addWidget(editor, self._row, 1)
        note = self._note_line(name)
        if name == "number":
            note = self._with_legacy_box(note)
        elif name == "expiry":
            note = self._with_suggestion(note)
        self._grid.addWidget(note, self._row + 1, 1)
        self._row += 2

    def _with_legacy_box(self, note: NoteLine) -> QWidget:
        """The number's line: its message, or (a number in the old form) the box confirming it."""
        self.legacy_box = QCheckBox(self.tr("旧式编号：我已核对，证书上确实这样印制"))
        self.legacy_box.hide()
        self.legacy_box.toggled.connect(lambda _c: self._on_edit("number"))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(note, 1)
        row.addWidget(self.legacy_box, 1)
        holder.setFixedHeight(max(note.height(), self.legacy_box.sizeHint().height()))
        return holder

    def _with_suggestion(self, note: NoteLine) -> QWidget:
        """The expiry's line: its message, or (none typed yet) the date five years on, to take."""
        self.expiry_suggestion = _Suggestion()
        self.expiry_suggestion.setObjectName("expirySuggestion")
        self.expiry_suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.expiry_suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.expiry_suggestion.linkActivated.connect(lambda _link: self._use_expiry_suggestion())
        self.expiry_suggestion.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.expiry_suggestion.hide()
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(note, 1)
        row.addWidget(self.expiry_suggestion, 1)
        holder.setFixedHeight(note.height())
        return holder

    def _add_capital_row(self, editor: QLineEdit) -> None:
        kind = QComboBox()
        kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        kind.addItem(self.tr("（出资方式未填）"), "")
        for value, text in capital_kind_labels().items():
            kind.addItem(text, value)
        kind.setAccessibleName(self._labels["capital_kind"])
        kind.currentIndexChanged.connect(lambda _i: self._on_edit("capital_kind"))
        self.editors["capital_kind"] = kind
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        row.addWidget(kind)
        label = self._label("capital_wan")
        label.setBuddy(editor)
        self._grid.addWidget(label, self._row, 0)
        self._grid.addWidget(box, self._row, 1)
        self._grid.addWidget(self._note_line("capital_wan"), self._row + 1, 1)
        self.errors["capital_kind"] = self.errors["capital_wan"]
        self._row += 2

    # ------------------------------------------------------------------ values
    def set_license(self, license: License | None, *, renewed_from: date | None = None) -> None:
        """Fill the form from ``license`` (None: empty, for a new license) and forget edits;
        ``renewed_from``: the old expiry its term was renewed from (app.domain.license.warnings_of)."""
        self.renewed_from = renewed_from
        self._loading = True
        texts = license_texts(license)
        for name, text in texts.items():
            self._set_text(name, text)
        self.legacy_box.setChecked(bool(license and license.legacy_number))
        self._scope_chosen = license is not None
        self._loading = False
        self._touched.clear()
        self._extra.clear()
        self._show_all = False
        self._saved = (self.values(), self.allow_legacy())
        self._refresh()

    def _set_text(self, name: str, text: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(text) if text or name == "capital_kind" else -1)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)

    def values(self) -> dict[str, str]:
        result = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                result[name] = editor.currentData() or ""
            elif isinstance(editor, QPlainTextEdit):
                result[name] = editor.toPlainText()
            else:
                result[name] = editor.text()
        return result

    def allow_legacy(self) -> bool:
        """True when the number is in the legacy form and the user confirmed it."""
        return self.legacy_box.isChecked() and number_is_legacy(self.editors["number"].text())

    def is_dirty(self) -> bool:
        return (self.values(), self.allow_legacy()) != self._saved

    def mark_clean(self) -> None:
        self._saved = (self.values(), self.allow_legacy())

    def error_text(self, name: str) -> str:
        """The problem shown at the field ("" when none)."""
        return self._problems.get(name, "")

    def warning_text(self, name: str) -> str:
        """The warning shown at the field ("" when none)."""
        return self._warnings.get(name, "")

    def problem_count(self) -> int:
        """How many problems the form shows (the fields to put right before saving)."""
        return len(self._problems)

    def show_errors(self, error: ValidationError) -> None:
        """Show every error of a failed save next to its field, and focus the first."""
        self._show_all = True
        self._extra = {item.field: item for item in error.errors if item.field in self.editors}
        self._refresh()
        first = next((name for name in FIELD_ORDER if name in self._problems), None)
        if first:
            self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ reacting
    def _scope_picked(self, _index: int) -> None:
        self._scope_chosen = True

    def _on_edit(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._extra.pop(name, None)
        if name == "number":
            self._follow_number()
        self._refresh()
        self.edited.emit()

    def _follow_number(self) -> None:
        """Suggest the scope and the authority from the number while the user has not chosen."""
        text = self.editors["number"].text()
        try:
            number = parse_license_number(text, allow_legacy=True)
        except LicenseNumberProblem:
            number = None
        authority = self.editors["authority"]
        authority.setPlaceholderText(
            self.tr("留空则为：") + suggested_authority(number.province) if number else "")
        if number and not self._scope_chosen:
            scope = self.editors["scope"]
            self._loading = True
            scope.setCurrentIndex(scope.findData(number.scope))
            self._loading = False

    def _use_expiry_suggestion(self) -> None:
        self.editors["expiry"].setText(self.expiry_suggestion.property("date"))
        self.editors["expiry"].setFocus()

    def _refresh(self) -> None:
        values = self.values()
        legacy = number_is_legacy(values["number"])
        allow = legacy and self.legacy_box.isChecked()
        found, self._warnings = notes_to_show(values, allow_legacy=allow,
                                              touched=None if self._show_all else self._touched,
                                              renewed_from=self.renewed_from)
        for name, refused in self._extra.items():
            found.setdefault(name, field_error_text(refused))
        self._problems = found
        for name in FIELD_ORDER:
            if name == "capital_kind":
                continue
            problem = found.get(name) or (found.get("capital_kind", "") if name == "capital_wan" else "")
            if problem:
                self.errors[name].show_note(problem, ERROR_STYLE)
            else:
                self.errors[name].show_note(self._warnings.get(name, ""), WARNING_STYLE)
        self._show_legacy_box(legacy)
        self._refresh_expiry_suggestion(values)

    def _show_legacy_box(self, legacy: bool) -> None:
        """A number in the old form: the box to confirm it takes its message's place."""
        note = self.errors["number"]
        self.legacy_box.setVisible(legacy)
        note.setVisible(not legacy)
        self.legacy_box.setToolTip(self._problems.get("number", "") if legacy else "")
        self.legacy_box.setStyleSheet(ERROR_STYLE if legacy and "number" in self._problems else "")

    def _refresh_expiry_suggestion(self, values: dict[str, str]) -> None:
        suggestion = None
        if not values["expiry"].strip():
            try:
                suggestion = suggested_expiry(parse_date(values["issued"]))
            except ValueError:
                suggestion = None
        shown = suggestion is not None
        if shown:
            day = suggestion.isoformat()
            self.expiry_suggestion.setProperty("date", day)
            self.expiry_suggestion.setText(self.tr("建议 <a href=\"use\" style=\"{style}\">{date}</a>（发证日期 + 5 年），"
                                                   "点日期填入").format(date=day, style=LINK_STYLE))
            self.expiry_suggestion.setToolTip(self.tr("请以证书所印为准。点日期（或按 Tab 到这里再按回车）把它填入“有效期至”。"))
            colour = ERROR_STYLE if "expiry" in self._problems else HINT_STYLE
            self.expiry_suggestion.setStyleSheet(f"QLabel {{ {colour} }} QLabel:focus {{ background: #e8f0fe; }}")
        self.expiry_suggestion.setVisible(shown)
        self.expiry_suggestion.setFocusPolicy(Qt.FocusPolicy.StrongFocus if shown else Qt.FocusPolicy.NoFocus)
        self.errors["expiry"].setVisible(not shown)
