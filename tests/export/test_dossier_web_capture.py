"""A saved web page and a mail with a broken structure in the police dossier: through the real
intake (the sandbox child) into a real vault, the dossier built and read back with pypdf. The
page's address, title and save time and the mail's rescued text are there, and both notices
in German."""

from __future__ import annotations

import io
from pathlib import Path

from app.intake.codes import IntakeCode
from app.intake.notices import notice
from app.intake.service import IntakeService
from app.service import VaultService
from app.texts.notices import german
from export.dossier import DossierRequest, build_dossier
from tests import web_capture_samples as web
from tests.broken_mail_samples import TEXT, broken_mails
from tests.export.dossier_support import at, body_text, missing_parts


def test_the_dossier_shows_the_capture_and_the_rescued_mail_text(service: VaultService,
                                                                 tmp_path: Path) -> None:
    files = {"seite.mhtml": web.mhtml(), "kaputt.eml": broken_mails()["wrong_boundary"]}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    intake = IntakeService(service)
    intake.intake([tmp_path / "seite.mhtml"])
    intake.intake([tmp_path / "kaputt.eml"])
    out = io.BytesIO()
    build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    whole = body_text(out.getvalue())
    for text in (german(notice(IntakeCode.WEB_CAPTURE)),
                 german(notice(IntakeCode.MAIL_STRUCTURE_DAMAGED)),
                 "Gespeicherte Webseite", "MHTML", web.TITLE, TEXT[:40]):
        assert missing_parts(whole, text) == [], text
    assert missing_parts(whole, "facebook.com/gemeinde.beispiel") == []
    assert "Saved by Blink" not in whole
