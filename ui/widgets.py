"""Small widget helpers shared by the windows, so that widgets are built one way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QWidget,
)


def scrollable(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: a small screen or a large font scrolls instead
    of squeezing the fields."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def enter_presses_only(dialog: QDialog, button: QPushButton) -> None:
    """Make Enter in `dialog` press `button` and no other button. Qt hands Enter to the
    dialog's next "auto-default" button while the default one is disabled (during a check
    that runs in the background): a wrong passphrase and Enter opened "Passphrase
    vergessen?", and a second Enter could have pressed "Beenden". Call it once the dialog's
    buttons exist."""
    for other in dialog.findChildren(QPushButton):
        other.setAutoDefault(other is button)
    button.setDefault(True)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width x height, or smaller where the screen's free area (without the
    task bar) is smaller: on a 1280 x 720 laptop screen the main window's status bar, with the
    backup reminder, was below the screen's edge."""
    screen = window.screen()
    if screen is not None:
        free = screen.availableGeometry()
        margin = 40  # the window manager's frame and title bar
        width = min(width, max(free.width() - margin, 320))
        height = min(height, max(free.height() - margin, 240))
    window.resize(width, height)


def keyboard_list(view: QAbstractItemView, name: str) -> QAbstractItemView:
    """A list or table as keyboard and screen-reader users need it: Tab leaves it for the next
    control (Qt's tables move between their cells on Tab by default, which keeps the focus in
    them: the arrow keys move inside), and it has a name a screen reader says."""
    view.setTabKeyNavigation(False)
    view.setAccessibleName(name)
    return view


def button_row(actions: Sequence[QPushButton], dismiss: QPushButton,
               helpers: Sequence[QPushButton] = ()) -> QHBoxLayout:
    """A dialog's buttons in the one order of every dialog of the app, whatever the platform's
    own convention (QDialogButtonBox reverses it under GNOME): helpers at the left ("Standard-
    werte"), then the actions, the main one first, and the button that closes without doing
    anything ("Abbrechen", "Schließen", "Beenden") last, at the right."""
    row = QHBoxLayout()
    for button in helpers:
        row.addWidget(button)
    row.addStretch(1)
    for button in (*actions, dismiss):
        row.addWidget(button)
    return row


def keep_space_when_hidden(widget: QWidget) -> None:
    """A hint that comes and goes keeps its place in the layout, so the fields below it do not
    jump while the user fills in the form."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
