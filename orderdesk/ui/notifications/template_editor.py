"""Messages and rules: which events notify on which channel, and the text per event x channel x
language, with a live preview rendered with sample order data (SMS length, GSM-7 or UCS-2,
number of parts).

The rules of templates are the service's: ``templates.preview`` checks and renders as you type,
``TemplateStore.save`` refuses an unknown placeholder or an empty text when you save (the
message shows under the field), ``admin.save_rules`` stores the rules.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orderdesk.db import Database
from orderdesk.errors import OrderDeskError, ValidationError
from orderdesk.i18n import LANGUAGES, _
from orderdesk.services.messaging.admin import editor_templates, load_rules, save_rules
from orderdesk.services.messaging.store import TemplateStore
from orderdesk.services.messaging.templates import EVENTS, PLACEHOLDERS, Template, preview
from orderdesk.settings import Settings
from orderdesk.ui.notifications.held_back_view import HeldBackBox
from orderdesk.ui.notifications.rules_model import RulesModel, event_label
from orderdesk.ui.notifications.unsaved import DISCARD, SAVE, ask_unsaved, may_close
from orderdesk.ui.tasks import TaskRunner
from orderdesk.ui.widgets import FieldError
from orderdesk.workflow import DeliveryMethod

Key = tuple[str, str, str]
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "pl": "Polski", "zh": "中文"}


class TemplateEditor(QDialog):
    saved = Signal(object)  # the Template just stored

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor_name: Callable[[], str],
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Messages: rules and templates"))
        self.db, self.runner, self.actor_name = db, runner, actor_name
        self.settings = settings or Settings(db)
        self.store = TemplateStore(db)
        self.templates: dict[Key, tuple[Template, bool]] = {}
        self.key: Key | None = None
        self.loaded: Template | None = None  # the stored version of what is in the fields
        self.ask_unsaved: Callable[[], str] = self._ask_unsaved  # tests answer for the person
        self._filling = False

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(self._templates_page(), self.tr("Templates"))
        self.tabs.addTab(self._rules_page(), self.tr("When to send (rules)"))
        self.banner = FieldError()
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.banner, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save_current())
        for button in self.findChildren(QPushButton):  # Enter in the text must never press "Back to the default"
            button.setAutoDefault(False)
        self.resize(1180, 720)
        self.setEnabled(False)
        db_, settings_ = db, self.settings
        # The shop's, read with the templates: the preview's sample amounts and {shop_name} use them.
        self.currency = self.shop_name = ""
        runner.run(lambda: (editor_templates(db_), load_rules(settings_), str(settings_.get("shop.currency") or ""),
                            str(settings_.get("shop.name") or "")),
                   self._show, self._failed, label=self.tr("Reading templates…"))  # fmt: skip

    # -- building ---------------------------------------------------------------------------------------
    def _templates_page(self) -> QWidget:
        self.events = QListWidget(objectName="events")
        for event in EVENTS:
            item = QListWidgetItem(event_label(event))
            item.setData(Qt.ItemDataRole.UserRole, event)
            self.events.addItem(item)
        self.channel = QComboBox(objectName="channel")
        self.channel.addItem(self.tr("SMS"), "sms")
        self.channel.addItem(self.tr("E-mail"), "email")
        self.language = QComboBox(objectName="language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.events.currentRowChanged.connect(lambda _r: self._choose())
        self.channel.currentIndexChanged.connect(lambda _i: self._choose())
        self.language.currentIndexChanged.connect(lambda _i: self._choose())

        self.subject = QLineEdit(objectName="subject")
        self.subject_error = FieldError()
        self.body = QPlainTextEdit(objectName="body")
        self.body.setTabChangesFocus(True)
        self.body_error = FieldError()
        # Sent instead of the text when one of its placeholders has no value for an order.
        self.fallback = QPlainTextEdit(objectName="fallback")
        self.fallback.setTabChangesFocus(True)
        self.fallback.setPlaceholderText(
            self.tr(
                "Optional: the text to send when a value above is missing; several, each after a line ---, are tried"
                " in turn. Left empty, the shipped fallback wording of this message is used"
            )
        )
        self.fallback.setMaximumHeight(80)
        self.fallback_error = FieldError()
        self.errors = {"subject": self.subject_error, "body": self.body_error, "fallback": self.fallback_error}
        self.subject.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.fallback.textChanged.connect(self._edited)
        self.state = QLabel(objectName="templateState")
        self.save_button = QPushButton(self.tr("Save template"), objectName="saveTemplate")
        self.save_button.clicked.connect(lambda: self.save_current())
        self.reset_button = QPushButton(self.tr("Back to the default"), objectName="resetTemplate")
        self.reset_button.clicked.connect(self.reset_current)

        self.placeholders = QListWidget(objectName="placeholders")
        for name, meaning in PLACEHOLDERS.items():
            item = QListWidgetItem("{" + name + "}  " + _(meaning))
            item.setData(Qt.ItemDataRole.UserRole, "{" + name + "}")
            self.placeholders.addItem(item)
        self.placeholders.setToolTip(self.tr("Double-click to insert at the cursor"))
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)

        self.preview = QPlainTextEdit(objectName="preview")
        self.preview.setReadOnly(True)
        self.sms_info = QLabel(objectName="smsInfo")
        self.sms_info.setWordWrap(True)
        self.preview_error = FieldError()
        self.preview_error.setObjectName("previewError")

        choose = QWidget()
        cl = QVBoxLayout(choose)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(QLabel(self.tr("Event")))
        cl.addWidget(self.events, 1)
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Language"), self.language)
        cl.addLayout(form)

        edit = QWidget()
        el = QVBoxLayout(edit)
        el.setContentsMargins(0, 0, 0, 0)
        self.subject_label = QLabel(self.tr("Subject"))
        el.addWidget(self.subject_label)
        el.addWidget(self.subject)
        el.addWidget(self.subject_error)
        el.addWidget(QLabel(self.tr("Text")))
        el.addWidget(self.body, 2)
        el.addWidget(self.body_error)
        el.addWidget(QLabel(self.tr("Fallback text (when a value is missing)")))
        el.addWidget(self.fallback)
        el.addWidget(self.fallback_error)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.reset_button)
        row.addWidget(self.save_button)
        el.addLayout(row)
        el.addWidget(QLabel(self.tr("Placeholders")))
        el.addWidget(self.placeholders, 1)

        shown = QGroupBox(self.tr("Preview with a sample order"))
        sl = QVBoxLayout(shown)
        sl.addWidget(self.preview, 1)
        sl.addWidget(self.preview_error)
        sl.addWidget(self.sms_info)
        self.held_back = HeldBackBox(self.db, self.runner, shown)
        sl.addWidget(self.held_back, 1)
        big = QFont(self.sms_info.font())
        big.setBold(True)
        self.sms_info.setFont(big)

        splitter = QSplitter()
        splitter.addWidget(choose)
        splitter.addWidget(edit)
        splitter.addWidget(shown)
        splitter.setSizes([250, 500, 400])
        return splitter

    def _rules_page(self) -> QWidget:
        self.rules = RulesModel(self)
        self.rules_view = QTableView(objectName="rules")
        self.rules_view.setModel(self.rules)
        self.rules_view.verticalHeader().hide()
        self.rules_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.method = QComboBox(objectName="deliveryMethod")
        self.method.addItem(self.tr("Every delivery method"), "*")
        texts = {DeliveryMethod.PICKUP_SHOP: self.tr("Pickup at the shop"), DeliveryMethod.PICKUP_POINT: self.tr("Pickup point"),
                 DeliveryMethod.OWN_COURIER: self.tr("Own courier"), DeliveryMethod.CARRIER: self.tr("Carrier")}  # fmt: skip
        for method in DeliveryMethod:
            self.method.addItem(texts.get(method, method.value), method.value)
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.same_button = QPushButton(self.tr("Same as every method"), objectName="sameAsAll")
        self.same_button.clicked.connect(self.rules.use_default_for_method)
        self.same_button.setEnabled(False)
        self.save_rules_button = QPushButton(self.tr("Save rules"), objectName="saveRules")
        self.save_rules_button.clicked.connect(lambda: self.save_rules())
        self.rules_state = QLabel(objectName="rulesState")
        self.rules_error = FieldError()
        self.rules.changed.connect(lambda: self.rules_state.setText(self.tr("Changed, not saved yet.")))
        page = QWidget()
        pl = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Delivery method")))
        top.addWidget(self.method)
        top.addWidget(self.same_button)
        top.addStretch(1)
        pl.addWidget(
            QLabel(self.tr("Tick the channels each event goes out on. Grey ticks follow 'Every delivery method'."))
        )
        pl.addLayout(top)
        pl.addWidget(self.rules_view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.rules_state, 1)
        bottom.addWidget(self.rules_error)
        bottom.addWidget(self.save_rules_button)
        pl.addLayout(bottom)
        return page

    # -- loading ------------------------------------------------------------------------------------------------
    def _show(self, result: tuple[dict[Key, tuple[Template, bool]], dict, str, str]) -> None:
        self.templates, table, self.currency, self.shop_name = result
        self.rules.set_table(table)
        self.setEnabled(True)
        if self.events.currentRow() < 0:
            self.events.setCurrentRow(0)
        else:
            self._choose()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, OrderDeskError):
            self.banner.show_error(str(exc))
        else:
            self.runner.default_failure(exc)

    def current_key(self) -> Key | None:
        item = self.events.currentItem()
        if item is None:
            return None
        return (item.data(Qt.ItemDataRole.UserRole), self.channel.currentData(), self.language.currentData())

    def select(self, event: str, channel: str, language: str) -> None:
        """Show one template (as if the person picked it)."""
        for row in range(self.events.count()):
            if self.events.item(row).data(Qt.ItemDataRole.UserRole) == event:
                self.events.setCurrentRow(row)
        self.channel.setCurrentIndex(self.channel.findData(channel))
        self.language.setCurrentIndex(self.language.findData(language))

    def _choose(self) -> None:
        if self._filling:
            return
        key = self.current_key()
        if key is None or key == self.key or key not in self.templates:
            return
        if self.is_dirty():
            answer = self.ask_unsaved()
            if answer != DISCARD:
                self._show_key(self.key)  # stay on the edited one
                if answer == SAVE:  # and go on once it is stored (a refusal keeps it here, with the reason)
                    self.save_current(then=lambda: self.select(*key))
                return
        self._fill(key)

    def _show_key(self, key: Key | None) -> None:
        if key is None:
            return
        self._filling = True
        try:
            self.select(*key)
        finally:
            self._filling = False

    def _fill(self, key: Key) -> None:
        template, customised = self.templates[key]
        self.key, self.loaded = key, template
        self._filling = True
        try:
            self.subject.setText(template.subject)
            self.body.setPlainText(template.body)
            self.fallback.setPlainText(template.fallback)
        finally:
            self._filling = False
        is_email = key[1] == "email"
        self.subject.setVisible(is_email)
        self.subject_label.setVisible(is_email)
        for error in self.errors.values():
            error.clear_error()
        self._state(customised)
        self.update_preview()

    def _state(self, customised: bool) -> None:
        dirty = self.is_dirty()
        if dirty:
            text = self.tr("Edited, not saved yet.")
        elif customised:
            text = self.tr("The shop's own text.")
        else:
            text = self.tr("The default text.")
        self.state.setText(text)
        self.reset_button.setEnabled(customised or dirty)

    # -- editing ------------------------------------------------------------------------------------------------
    def draft(self) -> Template | None:
        if self.key is None:
            return None
        event, channel, language = self.key
        subject = self.subject.text() if channel == "email" else ""
        return Template(event, channel, language, self.body.toPlainText(), subject, self.fallback.toPlainText())

    def is_dirty(self) -> bool:
        draft = self.draft()
        return draft is not None and self.loaded is not None and draft != self.loaded

    def _edited(self) -> None:
        if self._filling or self.key is None:
            return
        self._state(self.templates[self.key][1])
        self.update_preview()

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        target = self.subject if self.subject.hasFocus() else self.body
        target.insertPlainText(item.data(Qt.ItemDataRole.UserRole)) if target is self.body else target.insert(item.data(Qt.ItemDataRole.UserRole))  # fmt: skip
        target.setFocus()

    def update_preview(self) -> None:
        """Render the text as typed with the sample order; pure and fast, so it runs on every key."""
        draft = self.draft()
        if draft is None:
            return
        self.held_back.check(draft)
        try:
            rendered = preview(draft, self.currency, self.shop_name)
        except ValidationError as exc:
            self.preview_error.show_error(str(exc))
            self.sms_info.setText("")
            return
        self.preview_error.clear_error()
        self.preview.setPlainText(
            (self.tr("Subject: {s}").format(s=rendered.subject) + "\n\n" if rendered.subject else "") + rendered.body
        )
        if draft.channel != "sms":
            self.sms_info.setText(self.tr("E-mail: {n} characters").format(n=len(rendered.body)))
            return
        info = rendered.sms
        parts = self.tr("1 SMS") if info.parts == 1 else self.tr("{n} SMS parts").format(n=info.parts)
        text = self.tr("{units} characters · {encoding} · {parts} · {left} left in the last part").format(
            units=info.units, encoding=info.encoding, parts=parts, left=info.remaining
        )
        if info.encoding == "UCS-2":
            sample = " ".join(info.non_gsm[:8])
            text += "\n" + self.tr("UCS-2 (70 per SMS, 67 per part) because of: {chars}").format(chars=sample)
        self.sms_info.setText(text)

    # -- saving --------------------------------------------------------------------------------------------------
    def save_current(self, then: Callable[[], object] | None = None) -> None:
        draft = self.draft()
        if draft is None:
            return
        for error in self.errors.values():
            error.clear_error()
        store, actor = self.store, self.actor_name()
        self.save_button.setEnabled(False)

        def done(template: Template) -> None:
            self.save_button.setEnabled(True)
            self.templates[template.key] = (template, True)
            if template.key == self.key:
                self.loaded = template
                self._state(True)
            self.saved.emit(template)
            if then is not None:
                then()

        self.runner.write(lambda: store.save(draft, actor), done, self._save_failed,
                          label=self.tr("Saving the template…"))  # fmt: skip

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_error(str(exc))
            {"subject": self.subject, "fallback": self.fallback}.get(exc.field, self.body).setFocus()
        elif isinstance(exc, OrderDeskError):
            self.banner.show_error(str(exc))
        else:
            self.runner.default_failure(exc)

    def reset_current(self) -> None:
        if self.key is None:
            return
        store, key = self.store, self.key

        def done(template: Template) -> None:
            self.templates[key] = (template, False)
            if self.key == key:
                self.key = None
                self._fill(key)

        self.runner.write(lambda: store.reset(*key), done, self._save_failed)

    def _method_changed(self) -> None:
        self.rules.set_method(self.method.currentData())
        self.same_button.setEnabled(self.method.currentData() != "*")

    def save_rules(self, then: Callable[[], object] | None = None) -> None:
        self.rules_error.clear_error()
        settings, table = self.settings, {e: dict(per) for e, per in self.rules.table.items()}

        def done(_text: str) -> None:
            self.rules.dirty = False
            self.rules_state.setText(self.tr("Rules saved."))
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OrderDeskError):
                self.rules_error.show_error(str(exc))
            else:
                self.runner.default_failure(exc)

        self.runner.write(lambda: save_rules(settings, table), done, failed)

    # -- unsaved edits ----------------------------------------------------------------------------------------
    def _ask_unsaved(self) -> str:
        return ask_unsaved(self, self.tr("This template (or the rules) has changes that are not saved."))

    def _may_close(self) -> bool:
        template_dirty, rules_dirty = self.is_dirty(), self.rules.dirty
        if not (template_dirty or rules_dirty):
            return True

        def save_then_close() -> None:
            if rules_dirty:
                self.save_rules(then=None if template_dirty else self.close)
            if template_dirty:
                self.save_current(then=self.close)

        def discard() -> None:
            self.loaded = self.draft()
            self.rules.dirty = False

        return may_close(self.ask_unsaved, save_then_close, discard)

    def reject(self) -> None:
        """Escape, the window's close button and ``close()`` all come here (QDialog.closeEvent calls it)."""
        if self._may_close():
            super().reject()
