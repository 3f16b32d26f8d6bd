"""Render each main screen to PNG for review: `./run screens [--out DIR]`.

Builds a throwaway demo vault with realistic sample data in a temporary folder (with cheap key
derivation parameters: it holds nothing real and is deleted afterwards), then grabs the setup
wizard, the unlock dialog, the start view (filled, and for an empty vault), the incident list,
every tab of the incident editor (attachments included), the attachment viewer and details,
the contact list and the contact editor."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt, QThread
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

if TYPE_CHECKING:
    from app.service import VaultService
    from ui.dialogs import Dialogs
    from ui.main_window import MainWindow

DEMO_PASSPHRASE = "demo passphrase for screenshots"


def sample_image() -> bytes:
    """A small 'screenshot of a post' made on the spot (no file from outside)."""
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f4f4"))
    painter = QPainter(image)
    painter.setPen(QColor("#202020"))
    painter.setFont(QFont("DejaVu Sans", 16))
    painter.drawText(30, 60, "@wutbuerger_1988 · 14.03.2026 19:42")
    painter.setFont(QFont("DejaVu Sans", 20))
    painter.drawText(30, 140, "„Wir wissen, wo du wohnst.“")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs: bytes; Qt takes str only
    return bytes(data.data())


def fill_demo(service: VaultService) -> dict[str, str]:
    import io

    from app.domain import AttachmentKind

    suspect = service.add_person({"kind": "suspect", "name": "Unbekannt (Profil @wutbuerger_1988)",
                                  "handles": [{"platform": "X", "handle": "@wutbuerger_1988"}]})
    witness = service.add_person({"kind": "witness", "name": "Erika Schmidt",
                                  "function": "Hauptamtsleiterin", "phones": ["035xx 1234"]})
    from app.support_contacts import offer_support_contacts

    offer_support_contacts(service)
    samples = [
        ("Drohbrief im Briefkasten des Rathauses", "2026-03-02", "07:45", ["bedrohung"],
         "letter", "„Wir wissen, wo du wohnst. Tritt zurück, sonst …“"),
        ("Beleidigung in der Gemeinderatssitzung", "2026-03-10", "19:20",
         ["beleidigung", "politisches_leben"], "meeting", "Zuschauer rief „Volksverräterin“."),
        ("Hasskommentar unter Beitrag zur Windkraft", "2026-03-14", "19:42",
         ["beleidigung", "politisches_leben"], "social_media",
         "Kommentar: „Wir wissen, wo du wohnst.“ (siehe Bildschirmfoto)"),
        ("Plakat mit Foto und Privatadresse", "2026-04-01", None, ["feindesliste"],
         "graffiti", "Plakat an der Bushaltestelle Schulstraße."),
        ("Anrufe mit unterdrückter Nummer", "2026-04-05", None, ["nachstellung"], "phone",
         "Seit Wochen nachts Anrufe, niemand spricht."),
    ]
    ids: dict[str, str] = {}
    for number, (title, day, time, categories, channel, text) in enumerate(samples):
        occurred: dict[str, str] = {"date": day}
        if time:
            occurred["time"] = time
        entry = service.add_incident({
            "title": title, "occurred": occurred, "categories": categories, "channel": channel,
            "description": text, "discovered_on": day, "municipality": "Musterstadt",
            "persons": [{"person_id": suspect.id, "role": "perpetrator"},
                        {"person_id": witness.id, "role": "witness"}] if number < 3 else [],
            "case": {"reported": number < 2, "reported_on": day if number < 2 else None,
                     "police_office": "Polizeirevier Musterstadt" if number < 2 else "",
                     "police_case_number": "VG/1234/26" if number == 0 else ""},
        })
        ids.setdefault("first", entry.id)
        if number == 2:
            ids["online"] = entry.id
            online = {"url": "https://www.facebook.com/musterstadt/posts/4711",
                      "platform": "Facebook", "author_handle": "@wutbuerger_1988",
                      "posted_at": "2026-03-14T19:42:00+01:00",
                      "captured_at": "2026-03-14T19:45:00+01:00",
                      "captured_by": "Anna Schmidt"}  # the context left open: a warning shows
            attachment = service.add_attachment_stream(entry.id, io.BytesIO(sample_image()),
                                                       "Bildschirmfoto 2026-03-14 19-45.png",
                                                       extra={"online": online})
            ids["image"] = attachment.id
            service.add_attachment_stream(entry.id, io.BytesIO(
                "Kommentar vom 14.03.2026, 19:42 Uhr\n„Wir wissen, wo du wohnst.“\n".encode()),
                "Kommentar-Text.txt")
            # a second screenshot whose address is still to be noted: the start view says so
            service.add_attachment_stream(
                entry.id, io.BytesIO(sample_image()), "Bildschirmfoto 2026-03-14 19-50.png",
                AttachmentKind.SCREENSHOT,
                extra={"online": {"platform": "Facebook",
                                  "captured_at": "2026-03-14T19:50:00+01:00",
                                  "captured_by": "Anna Schmidt"}})
    ids["contact"] = witness.id
    return ids


def grab(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> Path:
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def date_screens(window: MainWindow, dialogs: Dialogs, out: Path) -> list[Path]:
    """A new incident with typed dates and what the fields understood (one impossible day),
    and the question before a date in the future is saved."""
    from ui.incidents.date_checks import answers, question, unlikely_dates

    editor = window.incidents.new_incident()
    editor.resize(1000, 700)
    editor.title_edit.setText("Drohanruf im Bürgerbüro")
    general = editor.general
    general.occurred.entry.line.setText("15.3.26 19:30")
    general.occurred_to.entry.line.setText("15.3.26 19 Uhr 45")
    general.discovered_on.line.setText("31.02.2026")
    general.review_on.line.setText("heute")
    written = [grab(editor, out / "06-incident-editor-typed-dates.png")]
    general.occurred_to.entry.line.clear()
    general.discovered_on.line.setText("16.3.")
    general.occurred.entry.open_calendar()
    popup = general.occurred.entry.popup
    if popup is not None:
        written.append(grab(popup, out / "06-incident-editor-calendar-popup.png"))
        popup.close()
    future = window.service.today() + dt.timedelta(days=30)
    general.occurred.entry.set_value(future)
    general.discovered_on.line.setText("15.2.2005")  # the slip: 2005 for 2025
    editor.case.reported.setChecked(True)
    editor.case.reported_on.set_value(future)
    lines = unlikely_dates(editor.collect(), {}, window.service.today())
    box, _ = dialogs.risky_box(editor, question(lines), *answers())
    written.append(grab(box, out / "06-incident-editor-future-date.png"))
    box.close()
    editor.close_for_lock(ask=True)
    return written


def render(out: Path) -> list[Path]:
    from app.access import create_vault, throwaway_kdf
    from ui.attachments.details import AttachmentDetails
    from ui.attachments.viewer import AttachmentViewer
    from ui.dialogs import Dialogs
    from ui.main_window import MainWindow
    from ui.unlock import UnlockDialog
    from ui.wizard import SetupWizard

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    dialogs = Dialogs()
    cheap = throwaway_kdf()
    with tempfile.TemporaryDirectory(prefix="vfb-screens-") as temp:
        wizard = SetupWizard(Path(temp) / "wizard-vault", dialogs, kdf=cheap)
        wizard.name_page.name.setText("Anna Schmidt")
        written.append(grab(wizard, out / "01-wizard-name.png", (720, 480)))
        wizard.next()
        wizard.passphrase_page.fields.first.setText("drei Wörter ohne Zusammenhang")
        wizard.passphrase_page.fields.second.setText("drei Wörter ohne Zusammenhang")
        written.append(grab(wizard, out / "02-wizard-passphrase.png"))
        wizard.next()
        while wizard.code is None and wizard.job is not None:
            QApplication.processEvents()
        written.append(grab(wizard, out / "03-wizard-recovery-code.png"))
        wizard.abandon()
        wizard.close()

        folder = Path(temp) / "demo-vault"
        service, _ = create_vault(folder, "Anna Schmidt", DEMO_PASSPHRASE, kdf=cheap)
        service.add_user("Erika Schmidt", DEMO_PASSPHRASE + " 2", kdf=cheap)
        ids = fill_demo(service)
        unlock = UnlockDialog(folder, [u.name for u in service.users()], "Anna Schmidt")
        written.append(grab(unlock, out / "04-unlock.png"))
        unlock.close()

        empty_folder = Path(temp) / "empty-vault"
        empty, _ = create_vault(empty_folder, "Anna Schmidt", DEMO_PASSPHRASE, kdf=cheap)
        first = MainWindow(empty, dialogs)
        first.start_view.reload()
        written.append(grab(first, out / "05-start-view-empty.png", (1280, 720)))
        first.close_for_lock()
        empty.close()

        window = MainWindow(service, dialogs)
        window.incidents.reload()
        window.contacts.reload()
        window.start_view.reload()
        written.append(grab(window, out / "05-start-view.png", (1280, 720)))
        window.tabs.setCurrentWidget(window.incidents)
        written.append(grab(window, out / "05-incident-list.png", (1280, 760)))
        editor = window.incidents.open_incident(ids["online"])
        if editor is not None:
            editor.resize(1000, 700)
            tabs = editor.findChild(QTabWidget)
            count = tabs.count() if tabs is not None else 1
            for index in range(count):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                written.append(grab(editor, out / f"06-incident-editor-tab{index + 1}.png"))
            editor.close()
        written.extend(date_screens(window, dialogs, out))
        viewer = AttachmentViewer(service, dialogs, ids["image"])
        viewer.resize(900, 640)
        viewer.show()
        for _ in range(200):
            QApplication.processEvents()
            if viewer.is_loaded():
                break
            QThread.msleep(10)
        written.append(grab(viewer, out / "07-attachment-viewer.png"))
        viewer.close()
        details = AttachmentDetails(service, dialogs, ids["image"])
        details.show_online()
        written.append(grab(details, out / "07-attachment-details-online.png", (820, 680)))
        details.tabs.setCurrentIndex(0)
        written.append(grab(details, out / "07-attachment-details.png"))
        details.close()
        window.tabs.setCurrentWidget(window.contacts)
        written.append(grab(window, out / "08-contacts.png"))
        contact = window.contacts.open_contact(ids["contact"])
        if contact is not None:
            written.append(grab(contact, out / "09-contact-editor.png"))
            contact.close()
        backup = window.back_up()
        written.append(grab(backup, out / "10-backup.png"))
        backup.close()
        restore = window.restore_backup()
        written.append(grab(restore, out / "10-restore.png"))
        restore.close()
        check = window.verify_vault()
        while check.is_busy():
            QApplication.processEvents()
        written.append(grab(check, out / "11-verify.png"))
        check.close()
        from ui.admin.passphrase_dialog import PassphraseDialog

        history = window.show_history()
        while history.is_busy():
            QApplication.processEvents()
        written.append(grab(history, out / "13-history.png"))
        history.close()
        code = window.show_recovery_code()
        written.append(grab(code, out / "14-recovery-code.png"))
        code.close()
        change = PassphraseDialog(service, kdf=cheap, parent=window)
        written.append(grab(change, out / "12-passphrase.png"))
        change.close()
        service.add_user("Bernd Weber", "bernds eigene lange passphrase", kdf=cheap)
        users = window.manage_users()
        written.append(grab(users, out / "15-users.png"))
        add = users.add_user()
        add.name.setText("Clara Kühn")
        add.fields.first.setText("kurz")
        written.append(grab(add, out / "15-users-add.png"))
        add.reject()
        users.close()
        window.close_for_lock()
        service.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./run screens", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="screens", help="folder for the PNG files")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    from app.settings import Settings
    from ui.app import install_translation

    # The language of the app: the settings file, or VORFALLBUCH_LANGUAGE=en for one run;
    # the locale as the app sets it (the calendar's month and day names).
    language = Settings.load(Settings.default_path()).language
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany)
                       if language == "de" else QLocale(QLocale.Language.English))
    install_translation(app, language)
    for path in render(Path(args.out)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
