"""A vault filled with varied incidents, persons and evidence for the dossier tests (and the
export pipeline's tests and benchmark): real JPEGs made with Pillow (with EXIF orientation and
GPS), a real PDF made with reportlab, a screenshot with online facts and an e-mail with its
facts; texts in German with umlauts and ß, emoji, Cyrillic and Arabic, and markup characters."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from app.service import VaultService

SCRIPTS = "Grüße aus Übersee, Straße, Maß – 😡🤬👍🏽 – Привет, мэр! – مرحبا بالعالم"
MARKUP = "<b>fett</b> & <i>kursiv</i> &amp; <font name=x>a</font> <br/> <para>"
PERPETRATOR = {"name": "Maximilian Hassmann", "phones": ["+49 351 4567890"],
               "emails": ["m.hassmann@example.org"], "address": "Lindenweg 7\n01796 Pirna",
               "handles": [{"platform": "X", "handle": "@wutbuerger77",
                            "profile_url": "https://x.example/wutbuerger77"}],
               "vehicle_plates": ["PIR-XY 123"]}
WITNESS = {"name": "Erika Zeugenhaus", "phones": ["0171 9876543"],
           "emails": ["erika.z@example.net"]}


@dataclass
class Sample:
    incidents: list[str] = field(default_factory=list)
    attachments: dict[str, str] = field(default_factory=dict)  # role -> attachment id
    perpetrator: str = ""
    witness: str = ""
    texts: list[str] = field(default_factory=list)  # free texts that must appear verbatim


def jpeg(width: int = 1200, height: int = 800, orientation: int | None = None,
         gps: tuple[float, float] | None = None, color: str = "steelblue") -> bytes:
    """A real JPEG with an arrow pointing up in the picture as stored, EXIF optional."""
    image = Image.new("RGB", (width, height), color)
    draw = ImageDraw.Draw(image)
    draw.polygon([(width // 2, height // 10), (width // 3, height // 2),
                  (2 * width // 3, height // 2)], fill="white")
    draw.rectangle([width // 2 - width // 20, height // 2, width // 2 + width // 20,
                    9 * height // 10], fill="white")
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (gps[0], 0.0, 0.0), 3: "E", 4: (gps[1], 0.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif.tobytes())
    return out.getvalue()


def png_screenshot(width: int = 900, height: int = 500) -> bytes:
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle([20, 20, width - 20, height - 20], outline="black", width=3)
    draw.text((40, 40), "Kommentar: Du wirst schon sehen ...", fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pdf_letter(pages: int = 2, text: str = "Originalbrief") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 760, f"{text} Seite {number} von {pages}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def eml(sender: str, body: str) -> bytes:
    return (f"From: {sender}\r\nTo: buergermeisterin@pirna.example\r\n"
            "Subject: Letzte Warnung\r\nDate: Mon, 02 Mar 2026 22:14:00 +0100\r\n"
            "Message-ID: <abc123@mail.example>\r\n\r\n" + body).encode()


def add_file(service: VaultService, tmp: Path, incident_id: str, name: str, data: bytes,
             **extra: object) -> str:
    path = tmp / name
    path.write_bytes(data)
    try:
        return service.add_attachment(incident_id, path, extra=dict(extra) or None).id
    finally:
        path.unlink()


def fill_vault(service: VaultService, tmp: Path) -> Sample:
    """Four incidents over three months, two persons, five attachments."""
    tmp.mkdir(parents=True, exist_ok=True)
    sample = Sample()
    sample.perpetrator = service.add_person({"kind": "suspect", **PERPETRATOR}).id
    sample.witness = service.add_person({"kind": "witness", **WITNESS}).id

    description = (f"Im Briefkasten lag ein Drohbrief. {SCRIPTS}\n"
                   "Maximilian Hassmann hat mich zuvor unter +49 351 4567890 angerufen; "
                   "Zeugin Erika Zeugenhaus sah ihn am Rathaus.\n" + MARKUP)
    first = service.add_incident({
        "title": "Drohbrief an die Bürgermeisterin – „Wir wissen, wo du wohnst“",
        "occurred": {"date": "2026-01-14", "time": "19:30"}, "discovered_on": "2026-01-15",
        "place_kind": "home", "place": "Briefkasten, Lindenweg", "municipality": "Pirna",
        "channel": "letter", "categories": ["bedrohung", "beleidigung"],
        "description": description, "means": "Handschriftlicher Brief, DIN A4",
        "persons": [{"person_id": sample.perpetrator, "role": "perpetrator"},
                    {"person_id": sample.witness, "role": "witness"}],
        "impact": "Schlafstörungen; die Familie ist verunsichert.",
        "own_reaction": "Anzeige erstattet, Brief in Folie gesichert.",
        "case": {"reported": True, "reported_on": "2026-01-16",
                 "police_office": "Polizeirevier Pirna", "police_case_number": "VG 123/26",
                 "aktenzeichen": "StA Dresden 401 Js 1234/26",
                 "notes": [{"on": "2026-02-01", "text": "Rückruf der Polizei: Spurensicherung."}]},
    })
    sample.texts += [description, "Handschriftlicher Brief, DIN A4"]
    sample.attachments["photo"] = add_file(
        service, tmp, first.id, "brief-foto.jpg", jpeg(orientation=6, gps=(50.96, 13.94)),
        metadata={"image": {"format": "JPEG", "width": 1200, "height": 800, "orientation": 6,
                            "camera": "Fairphone 5",
                            "gps": {"latitude": 50.96, "longitude": 13.94}}},
        gps_in_exports=True)
    sample.attachments["pdf"] = add_file(service, tmp, first.id, "drohbrief-scan.pdf",
                                         pdf_letter(2), metadata={"document": {"pages": 2}})

    body = (f"Hallo Frau Bürgermeisterin, {SCRIPTS}. Gruß, Maximilian Hassmann, "
            "Tel. 0351 4567890, m.hassmann@example.org")
    second = service.add_incident({
        "title": "Hassmail 😡 Привет مرحبا <b>&amp;</b>",
        "occurred": {"date": "2026-03-02", "time": "22:14"}, "discovered_on": "2026-03-03",
        "channel": "email", "categories": ["beleidigung", "politisches_leben"],
        "municipality": "Pirna", "description": "Beleidigende E-Mail an das Bürgerpostfach.",
        "persons": [{"person_id": sample.perpetrator, "role": "perpetrator"}],
    })
    sender = "Maximilian Hassmann <m.hassmann@example.org>"
    sample.attachments["email"] = add_file(
        service, tmp, second.id, "hassmail.eml", eml(sender, body),
        metadata={"email": {"sender": sender, "sender_address": "m.hassmann@example.org",
                            "to": "buergermeisterin@pirna.example", "subject": "Letzte Warnung",
                            "date": "2026-03-02T22:14:00+01:00", "message_id": "<abc123@mail>",
                            "received": ["from mail.example (203.0.113.7) by mx.pirna.example"],
                            "raw_headers": f"From: {sender}\nSubject: Letzte Warnung",
                            "body_text": body}})
    sample.texts += [body]

    third = service.add_incident({
        "title": "Kommentar unter dem Amtsblatt-Post",
        "occurred": {"date": "2026-03-20"}, "channel": "social_media", "platform": "Facebook",
        "categories": ["volksverhetzung"], "municipality": "Pirna",
        "description": "Öffentlicher Kommentar mit Aufruf zur Gewalt.",
    })
    sample.attachments["screenshot"] = add_file(
        service, tmp, third.id, "kommentar.png", png_screenshot(),
        online={"url": "https://facebook.example/amtsblatt/posts/1",
                "platform": "Facebook", "author_handle": "@wutbuerger77",
                "posted_at": "2026-03-20T08:00:00+01:00",
                "captured_at": "2026-03-20T09:15:00+01:00", "captured_by": "Anna Schmidt"})
    service.update_attachment(sample.attachments["screenshot"], {"kind": "screenshot"}, 1)

    fourth = service.add_incident({
        "title": "Plakat beschmiert", "occurred": {"date": "2025-12-05"},
        "categories": ["sachbeschaedigung"], "damage_eur": "250.00",
        "municipality": "Dohna", "description": "Wahlplakat mit Hakenkreuz übersprüht.",
    })
    sample.incidents = [fourth.id, first.id, second.id, third.id]  # in time order
    sample.texts += ["Wahlplakat mit Hakenkreuz übersprüht."]
    return sample


def chain_state(service: VaultService) -> tuple[int, list[tuple[str, int]]]:
    """(chain length, every record's id and head version): equal before and after an export."""
    records = [(e.id, e.version) for e in service.list_incidents().entries]
    records += [(e.id, e.version) for e in service.list_persons().entries]
    for incident in service.list_incidents().entries:
        records += [(a.id, a.version) for a in service.list_attachments(incident.id).entries]
    return len(service.log()), sorted(records)


def at(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 10, 0, tzinfo=dt.UTC)


# -- reading a produced dossier back ----------------------------------------------------
RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
RTL_RUN = re.compile(f"[{RTL}]+(?:\\s+[{RTL}]+)*")


def squeeze(text: str) -> str:
    """Text without any whitespace: line breaks and spaces moved by wrapping do not count."""
    return "".join(text.split())


def missing_parts(extracted: str, text: str) -> list[str]:
    """The parts of `text` not found in `extracted` (empty: every character is there).

    Left-to-right text must appear in order once whitespace is removed. A right-to-left run is
    checked on its own: extractors place the punctuation and spaces next to it by heuristics."""
    haystack = squeeze(extracted)
    missing = [run for run in RTL_RUN.findall(text) if squeeze(run) not in haystack]
    for piece in RTL_RUN.split(text):
        for line in piece.splitlines():
            core = squeeze(line).strip(".,–-!:;")
            if core and core not in haystack:
                missing.append(line)
    return missing


def page_texts(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


DECOR = re.compile(r"^(Dokumentation von Anfeindungen( · .*)?|VERTRAULICH · Profil \w+|"
                   r"Erstellt am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr|Seite \d+ von \d+)$")


def body_text(pdf: bytes) -> str:
    """The text of all pages without the header and footer lines, so a text that runs over a
    page break can be found in one piece."""
    return "\n".join(line for page in page_texts(pdf) for line in page.splitlines()
                     if not DECOR.match(line.strip()))


def image_xobjects(pdf: bytes) -> int:
    """How many distinct image XObjects the pages use."""
    from pypdf import PdfReader

    seen = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for ref in (xobjects.get_object().values() if xobjects else []):
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                seen.add(getattr(ref, "idnum", id(obj)))
    return len(seen)
