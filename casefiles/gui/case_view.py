"""The selected case, in tabs: summary, person, identity, service, incidents, relatives,
sources and citations, risk, share log, history.

Each tab lays out the core's presentation sections (`casefiles.core.presentation`); the identity
tab shows nothing until "Reveal identity" is pressed, which the core records in the audit log,
and it is hidden again whenever another case is shown or the store is locked.

The tabs that list records offer to add, edit and remove them; the view itself changes
nothing, it asks:
add_requested(str): the kind of record to add ("service", "incidents", "relatives",
"risk_factors").
edit_requested(str, str): kind and uuid of a record to edit; kind "risk", "consent" or
"identity" (uuid empty) for the parts a case has one of.
remove_requested(str, str): kind and uuid of a record to remove.
link_requested(str, str): another case's code and the relation to record with it
(case_links.SAME_PERSON or NOT_SAME_PERSON), or an empty relation to forget the decision; an
empty code asks for the case to link with.

The summary tab also lists the related cases: those linked as the same person or set apart,
and the likely duplicates that wait for a decision (`casefiles.core.store.duplicates`).
"""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.i18n import _
from casefiles.core.model.dates import Calendar
from casefiles.core.presentation import (
    Section,
    case_sections,
    identity_section,
    related_sections,
)
from casefiles.core.security import audit
from casefiles.core.store import case_links, cases, citations, sharelog, sources
from casefiles.core.store.duplicates import duplicates_of
from casefiles.core.store.store import Store

# The tabs: key, and the title (marked for pyside6-lupdate, translated where shown).
_TABS = (
    ("summary", QT_TRANSLATE_NOOP("CaseView", "Summary")),
    ("person", QT_TRANSLATE_NOOP("CaseView", "Person")),
    ("identity", QT_TRANSLATE_NOOP("CaseView", "Identity")),
    ("service", QT_TRANSLATE_NOOP("CaseView", "Service")),
    ("incidents", QT_TRANSLATE_NOOP("CaseView", "Incidents")),
    ("relatives", QT_TRANSLATE_NOOP("CaseView", "Relatives")),
    ("sources", QT_TRANSLATE_NOOP("CaseView", "Sources")),
    ("risk", QT_TRANSLATE_NOOP("CaseView", "Risk")),
    ("shares", QT_TRANSLATE_NOOP("CaseView", "Share log")),
    ("history", QT_TRANSLATE_NOOP("CaseView", "History")),
)


def _value_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)  # case text is never interpreted as HTML
    return label


def _section_box(section: Section, buttons: list[QPushButton]) -> QGroupBox:
    box = QGroupBox(section.title)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for name, value in section.rows:
        form.addRow(name, _value_label(value))
    if buttons:
        form.addRow(_button_row(buttons))
    return box


def _button_row(buttons: list[QPushButton]) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return row


class _Page(QScrollArea):
    """A scrollable column of section boxes, with the buttons each record's box offers."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.show_sections([])

    def show_sections(self, sections: list[Section], empty: str = "",
                      actions: Callable[[Section], list[QPushButton]] | None = None,
                      top: list[QPushButton] | None = None) -> None:
        """`actions` makes the buttons of one section's box; `top` go above them all."""
        inner = QWidget()
        column = QVBoxLayout(inner)
        if top:
            column.addWidget(_button_row(top))
        for section in sections:
            column.addWidget(_section_box(section, actions(section) if actions else []))
        if not sections and empty:
            column.addWidget(_value_label(empty))
        column.addStretch(1)
        self.setWidget(inner)


class CaseView(QTabWidget):
    add_requested = Signal(str)
    edit_requested = Signal(str, str)
    remove_requested = Signal(str, str)
    link_requested = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None
        self.code: str | None = None
        self._decided: set[str] = set()  # the codes of the related cases decided about
        self.calendar = Calendar.GREGORIAN
        self.pages: dict[str, _Page] = {}
        for key, title in _TABS:
            page = _Page()
            self.pages[key] = page
            if key == "identity":
                holder = QWidget()
                layout = QVBoxLayout(holder)
                self.reveal_button = QPushButton(self.tr("Reveal identity"))
                self.reveal_button.setToolTip(self.tr(
                    "Shows the person's name and ID numbers. Each viewing is recorded in the "
                    "audit log."))
                self.reveal_button.clicked.connect(self.reveal_identity)
                self.edit_identity_button = self._button(
                    self.tr("Edit identity…"), lambda: self.edit_requested.emit("identity", ""))
                self.edit_identity_button.setToolTip(self.tr(
                    "Opens the identity for editing; this too is recorded in the audit log."))
                layout.addWidget(_button_row([self.reveal_button, self.edit_identity_button]))
                layout.addWidget(page)
                self.addTab(holder, self.tr(title))
            else:
                self.addTab(page, self.tr(title))
        self.setEnabled(False)

    def show_case(self, store: Store, code: str, calendar: Calendar) -> None:
        """Show a case; any revealed identity is hidden first."""
        self.store, self.code, self.calendar = store, code, calendar
        case = cases.get_case(store.db, code)
        groups = case_sections(case, calendar, show_ids=False)
        nothing = self.tr("Nothing recorded yet.")
        case_id = cases.case_id_for(store.db, code)
        linked = case_links.links(store.db, case_id)
        self._decided = {link.code for link in linked}
        self.pages["summary"].show_sections(
            groups["summary"] + related_sections(linked, duplicates_of(store.db, case_id)),
            nothing, self._related_buttons, top=[
                self._button(self.tr("Edit consent…"),
                             lambda: self.edit_requested.emit("consent", "")),
                self._button(self.tr("Link with another case…"),
                             lambda: self.link_requested.emit("", case_links.SAME_PERSON))])
        self.pages["person"].show_sections(groups["person"], nothing)
        lists = {"service": self.tr("Add a posting…"), "incidents": self.tr("Add an incident…"),
                 "relatives": self.tr("Add a relative…")}
        for key, add_text in lists.items():
            self.pages[key].show_sections(
                groups[key], nothing, lambda section, k=key: self._record_buttons(k, section),
                [self._button(add_text, lambda k=key: self.add_requested.emit(k))])
        self.pages["risk"].show_sections(
            groups["risk"], self.tr("No risk assessment yet."),
            lambda section: self._record_buttons("risk_factors", section),
            [self._button(self.tr("Edit the assessment…"),
                          lambda: self.edit_requested.emit("risk", "")),
             self._button(self.tr("Add a risk factor…"),
                          lambda: self.add_requested.emit("risk_factors"))])
        self.hide_identity()
        self._show_citations(code)
        self._show_shares(code)
        self._show_history(case.uuid)
        self.setEnabled(True)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())  # not `checked` into a default
        return button

    def _record_buttons(self, kind: str, section: Section) -> list[QPushButton]:
        if not section.item:  # a section about the case, not one of its records
            return []
        return [self._button(self.tr("Edit…"),
                             lambda: self.edit_requested.emit(kind, section.item)),
                self._button(self.tr("Remove…"),
                             lambda: self.remove_requested.emit(kind, section.item))]

    def _related_buttons(self, section: Section) -> list[QPushButton]:
        """A decided related case can be forgotten; a likely duplicate awaits a decision."""
        other = section.item
        if not other:  # the summary's own sections
            return []
        if other in self._decided:
            return [self._button(self.tr("Forget this decision"),
                                 lambda: self.link_requested.emit(other, ""))]
        return [self._button(self.tr("The same person: link"),
                             lambda: self.link_requested.emit(other, case_links.SAME_PERSON)),
                self._button(self.tr("Not the same person"),
                             lambda: self.link_requested.emit(other,
                                                              case_links.NOT_SAME_PERSON))]

    def hide_identity(self) -> None:
        self.pages["identity"].show_sections([], self.tr(
            "The identity is withheld. Reveal it only when you need it; the viewing is "
            "recorded."))
        self.reveal_button.setEnabled(self.code is not None)

    def reveal_identity(self) -> None:
        if self.store is None or self.code is None:
            return
        identity = cases.reveal_identity(self.store.db, self.code, self.store.actor)
        section = identity_section(identity, self.calendar)
        self.pages["identity"].show_sections([section] if section.rows else [],
                                             self.tr("No identity is recorded for this case."))
        self.reveal_button.setEnabled(False)

    def clear(self) -> None:
        """Forget the case (on lock): nothing of it stays on screen."""
        self.store, self.code = None, None
        for page in self.pages.values():
            page.show_sections([])
        self.setEnabled(False)

    def _show_citations(self, code: str) -> None:
        assert self.store is not None
        rows = []
        for citation in citations.citations_for_case(self.store.db, code):
            source = sources.get_source(self.store.db, citation.source_id)
            check = {"found": _("quote found in the text"),
                     "not_found": _("QUOTE NOT FOUND in the text: check it"),
                     "unchecked": ""}[citation.quote_check]
            rows.append(Section(source.title, [(name, value) for name, value in (
                (_("Publisher"), source.publisher), (_("Pinpoint"), citation.pinpoint),
                (_("Quote"), citation.quote), (_("Translation"), citation.translation),
                (_("Check"), check)) if value]))
        self.pages["sources"].show_sections(rows, self.tr("No source is cited yet."))

    def _show_shares(self, code: str) -> None:
        assert self.store is not None
        rows = [Section(entry.shared_at, [(_("Shared with"), entry.recipient),
                                          (_("Profile"), entry.profile),
                                          (_("How"), entry.method)])
                for entry in sharelog.share_log(self.store.db, code)]
        self.pages["shares"].show_sections(rows, self.tr("This case has not been shared."))

    def _show_history(self, case_uuid: str) -> None:
        assert self.store is not None
        entries = audit.entries(self.store.db, case_uuid)
        rows = [(f"{e.at}  {e.actor}", e.action + (
            "  " + ", ".join(e.detail.get("fields", [])) if e.detail.get("fields") else ""))
                for e in entries]
        self.pages["history"].show_sections([Section(self.tr("Audit log"), rows)] if rows
                                            else [])
