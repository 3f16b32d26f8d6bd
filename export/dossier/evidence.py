"""One piece of evidence in an incident's section: its identity (name, kind, size, SHA-256,
intake), its facts (e-mail headers, EXIF, online fields, pages, duration), what intake
noticed about it (in German, from the templates the GUI shows too: app/texts/notices.py) and,
for images, the picture itself. Originals are decrypted into memory only. Nothing here prints
an error's text: what could not be read is said in the dossier's own German sentences."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from app.domain import Attachment, AttachmentKind, EmailFacts, OnlineContent
from app.entries import Entry
from app.errors import IntegrityError, StorageError
from app.evidence_codes import EvidenceCode, EvidenceProblem
from app.intake.evidence_view import PictureRequest, image_for_print, images_for_print
from app.intake.print_image import PrintImage
from app.service import VaultService
from app.texts.evidence import german as evidence_german
from app.texts.notices import german
from export.dossier import labels
from export.dossier.data import DossierData
from export.dossier.model import Profile
from export.dossier.picture import Picture
from export.dossier.profiles import Redactor
from export.dossier.styles import (
    CELL,
    CELL_BOLD,
    H3,
    LABEL,
    LINE,
    MONO,
    SHADE,
    SMALL,
    gap,
    long_text,
    para,
)

FRAME_WIDTH = 17 * cm
IMAGE_MAX_HEIGHT = 12 * cm
# Pictures go to the sandbox in batches (one child each): at most this many, and this many
# bytes of originals, so a batch neither holds much memory nor loses much when it fails.
BATCH_COUNT = 16
BATCH_BYTES = 16 * 1024 * 1024
PARALLEL = 2  # children at a time
Rows = list[tuple[str, str]]


def read_original(service: VaultService, attachment: Entry[Attachment]) -> bytes:
    """The original bytes, decrypted in memory and checked against the stored SHA-256."""
    return service.read_original(attachment.id)


def original_problem(exc: StorageError) -> EvidenceProblem:
    """Why an original could not be read, as the dossier's code."""
    if isinstance(exc, IntegrityError):
        return EvidenceProblem(EvidenceCode.ORIGINAL_MISMATCH)
    return EvidenceProblem(EvidenceCode.ORIGINAL_MISSING)


def is_image(att: Attachment) -> bool:
    return att.kind in (AttachmentKind.PHOTO, AttachmentKind.SCREENSHOT) \
        or att.media_type.startswith("image/") or att.metadata.image is not None


def is_pdf(att: Attachment) -> bool:
    return att.media_type == "application/pdf" or att.original_name.lower().endswith(".pdf")


def fact_table(rows: Rows, mono: frozenset[str] = frozenset()) -> Flowable:
    data = [[para(label, CELL_BOLD), para(value, MONO if label in mono else CELL)]
            for label, value in rows if value]
    if not data:
        return gap(0)
    table = Table(data, colWidths=[3.6 * cm, FRAME_WIDTH - 3.6 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, LINE),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def evidence_block(service: VaultService, data: DossierData, number: str,
                   attachment: Entry[Attachment], annex_ref: str) -> list[Flowable]:
    att = attachment.value
    red = data.redactor
    story: list[Flowable] = [para(f"Beweismittel {number}: {red.text(att.original_name)}", H3)]
    rows: Rows = [
        ("Art", labels.ATTACHMENT_KIND[att.kind]),
        ("Datei", red.text(att.original_name)),
        ("Dateityp", att.media_type),
        ("Größe", f"{labels.size(att.size)} ({labels.count(att.size)} Byte)"),
        ("SHA-256", att.sha256),
        ("Eingang", labels.datetime(att.intake_at)),
        ("Herkunft", red.text(att.source)),
    ]
    rows += _facts_rows(att, red)
    if annex_ref:
        rows.append(("Originalseiten", annex_ref))
    story.append(fact_table(rows, frozenset({"SHA-256"})))
    if att.online is not None:
        story += [para("Online-Inhalt", LABEL), fact_table(_online_rows(att.online, red))]
    if att.metadata.email is not None:
        story += _guarded_email(data, attachment, red)
    if att.note:
        story += [para("Notiz", LABEL), *long_text(red.text(att.note))]
    if is_image(att):
        story += _picture(service, data, attachment)
    story.append(gap(8))
    return story


def _facts_rows(att: Attachment, red: Redactor) -> Rows:
    facts = att.metadata
    rows: Rows = []
    if facts.image is not None:
        image = facts.image
        rows.append(("Bild", f"{image.format} {image.width} × {image.height} Pixel".strip()))
        rows.append(("Aufnahmezeit (EXIF)", labels.datetime(image.taken_at)))
        rows.append(("Kamera", image.camera))
        if image.gps is not None:
            if att.gps_in_exports:
                gps = image.gps
                text = f"{gps.latitude:.6f}, {gps.longitude:.6f}"
                if gps.altitude_m is not None:
                    text += f", Höhe {gps.altitude_m:.0f} m"
                rows.append(("GPS-Position", text))
            else:
                rows.append(("GPS-Position", "vorhanden, für Exporte nicht freigegeben"))
    if facts.document is not None and facts.document.pages is not None:
        rows.append(("Seiten", str(facts.document.pages)))
    if facts.media is not None:
        if facts.media.duration_s is not None:
            rows.append(("Dauer", labels.duration(facts.media.duration_s)))
        rows.append(("Format", facts.media.format))
    if facts.web is not None:
        web = facts.web
        rows.append(("Gespeicherte Webseite", web.format))
        rows.append(("Titel der Seite", red.text(web.title)))
        rows.append(("Gespeichert (laut Datei)", labels.as_written(web.saved_at)))
    if facts.unreadable is not None:
        rows.append(("Auslesen", red.text(f"{german(facts.unreadable)} Das Original ist "
                                          "unverändert gespeichert.")))
    if facts.notices:
        rows.append(("Hinweise beim Einlesen",
                     red.text("\n".join(german(n) for n in facts.notices))))
    return rows


def _online_rows(online: OnlineContent, red: Redactor) -> Rows:
    if red.active:
        red = red.with_extra([online.author_handle, online.author_handle.lstrip("@"),
                              online.author_profile_url], "[Verfasser/in pseudonymisiert]")
    return [
        ("Adresse (URL)", red.text(online.url)),
        ("Plattform", online.platform),
        ("Verfasser/in", red.text(online.author_handle)),
        ("Profil", red.text(online.author_profile_url)),
        ("Veröffentlicht", labels.as_written(online.posted_at)),
        ("Gesichert am", labels.datetime(online.captured_at)),
        ("Gesichert von", online.captured_by),
        ("Zusammenhang", red.text(online.context)),
    ]


def _email(mail: EmailFacts, red: Redactor) -> list[Flowable]:
    if red.active:
        # The sender of a hate mail is a person involved even when not linked as a contact.
        display = mail.sender.split("<", 1)[0].strip().strip('"')
        red = red.with_extra([display, mail.sender_address], "[Absender/in pseudonymisiert]")
    rows: Rows = [
        ("Von", red.text(mail.sender)), ("An", red.text(mail.to)), ("Cc", red.text(mail.cc)),
        ("Datum", labels.as_written(mail.date) or mail.date_raw),
        ("Betreff", red.text(mail.subject)),
    ]
    if not red.active:
        rows.append(("Message-ID", mail.message_id))
    if mail.problems:
        rows.append(("Auffälligkeiten", red.text(" ".join(german(p) for p in mail.problems))))
    story: list[Flowable] = [para("E-Mail", LABEL), fact_table(rows)]
    if mail.received and not red.active:
        story.append(para("Übermittlungsweg (Received-Kopfzeilen, neueste zuerst)", LABEL))
        for line in mail.received:
            story += long_text(line, SMALL)
    if mail.body_text:
        source = " (aus HTML in Text umgewandelt)" if mail.body_from_html else ""
        story.append(para(f"Text der Nachricht{source}", LABEL))
        story += long_text(red.text(mail.body_text))
    if mail.truncated:
        story.append(para("Hinweis: Kopf oder Text waren länger als darstellbar und wurden "
                          "gekürzt; das Original ist vollständig gespeichert.", SMALL))
    if mail.parts or mail.parts_not_listed:
        story.append(para("Anhänge der E-Mail", LABEL))
        for part in mail.parts:
            story.append(para(f"{red.text(part.name)} – {part.media_type}, "
                              f"{labels.size(part.size)}", CELL))
            if part.sha256:
                story.append(para(f"SHA-256 {part.sha256}", MONO))
        if mail.parts_not_listed:
            story.append(para(f"… und {mail.parts_not_listed} weitere", CELL))
    if mail.raw_headers and not red.active:
        story.append(para("Vollständiger Nachrichtenkopf", LABEL))
        story += long_text(mail.raw_headers, SMALL)
    return story


def prepare_pictures(service: VaultService, data: DossierData,
                     step: Callable[[], None]) -> None:
    """Decode every picture the dossier embeds in the sandbox into `data.pictures` (each a
    PrintImage or the reason it cannot be): a batch per child, two children at a time (the
    parent only waits meanwhile), the originals of at most three batches in memory; `step`
    after each batch. Only the police profile embeds pictures."""
    if data.profile is not Profile.POLIZEI:
        return
    running: deque[tuple[list[Entry[Attachment]], Future[list[PrintImage | EvidenceProblem]]]]
    running = deque()

    def collect_oldest() -> None:
        entries, future = running.popleft()
        for attachment, result in zip(entries, future.result(), strict=True):
            data.pictures[attachment.id] = result
        step()

    with ThreadPoolExecutor(max_workers=PARALLEL, thread_name_prefix="dossier-pictures") as pool:
        try:
            for entries, requests in _batches(service, data):
                if len(running) >= PARALLEL:
                    collect_oldest()
                running.append((entries, pool.submit(images_for_print, requests,
                                                     cancel=data.cancel)))
            while running:
                collect_oldest()
        finally:
            for _entries, future in running:
                future.cancel()


def _batches(service: VaultService, data: DossierData
             ) -> Iterator[tuple[list[Entry[Attachment]], list[PictureRequest]]]:
    """The pictures in dossier order, their originals read, in batches for one child each
    (a missing or altered original is noted in `data.pictures` at once)."""
    entries: list[Entry[Attachment]] = []
    requests: list[PictureRequest] = []
    held = 0
    for _number, attachment in data.all_attachments():
        if not is_image(attachment.value):
            continue
        try:
            original = read_original(service, attachment)
        except StorageError as exc:
            data.pictures[attachment.id] = original_problem(exc)
            continue
        entries.append(attachment)
        requests.append(PictureRequest(
            original, FRAME_WIDTH, IMAGE_MAX_HEIGHT,
            keep_sharp=attachment.value.kind is AttachmentKind.SCREENSHOT))
        held += len(original)
        if len(entries) >= BATCH_COUNT or held >= BATCH_BYTES:
            yield entries, requests
            entries, requests, held = [], [], 0
    if entries:
        yield entries, requests


def _guarded_email(data: DossierData, attachment: Entry[Attachment],
                   red: Redactor) -> list[Flowable]:
    """The mail's facts, or the reason they cannot be shown: a mail never stops the dossier."""
    mail = attachment.value.metadata.email
    assert mail is not None
    try:
        return _email(mail, red)
    except Exception:
        problem = EvidenceProblem(EvidenceCode.MAIL_NOT_RENDERED)
        data.not_shown(attachment, problem)
        return [para("E-Mail", LABEL),
                para(evidence_german(problem.code, problem.params), SMALL)]


def _picture(service: VaultService, data: DossierData,
             attachment: Entry[Attachment]) -> list[Flowable]:
    if data.profile is not Profile.POLIZEI:
        return [para("Das Bild wird in diesem Profil nicht eingebettet, weil Bilder Namen und "
                     "Gesichter zeigen können, die sich nicht pseudonymisieren lassen.", SMALL)]
    try:
        # decoded in a sandboxed child (prepare_pictures did it for the whole dossier): a
        # picture that hangs or explodes a decoder costs its time limit only
        picture = data.pictures.pop(attachment.id, None) or _one_picture(
            service, data, attachment)
        if isinstance(picture, EvidenceProblem):
            raise picture
    except EvidenceProblem as exc:
        data.not_shown(attachment, exc)
        return [para(f"Bild nicht eingebettet: {evidence_german(exc.code, exc.params)}", SMALL)]
    caption = para(f"{attachment.value.original_name} – auf {picture.width_pt / cm:.1f} × "
                   f"{picture.height_pt / cm:.1f} cm verkleinert, aufrecht gedreht; das Original "
                   f"hat {picture.source_size[0]} × {picture.source_size[1]} Pixel.", SMALL)
    return [gap(4), KeepTogether([Picture(picture), caption])]


def _one_picture(service: VaultService, data: DossierData,
                 attachment: Entry[Attachment]) -> PrintImage:
    try:
        original = read_original(service, attachment)
    except StorageError as exc:
        raise original_problem(exc) from None
    return image_for_print(original, FRAME_WIDTH, IMAGE_MAX_HEIGHT,
                           keep_sharp=attachment.value.kind is AttachmentKind.SCREENSHOT,
                           cancel=data.cancel)
