"""./run bench --dossier: the PDF dossier against the sum of its unavoidable parts.

A vault of 100 incidents with 100 photos (12-megapixel JPEGs made with Pillow, cached under
benchmarks/out/dossier/) and 20 e-mails is exported through the real pipeline
(export.pipeline.export_pdf: build, SHA-256, fsync, history entry) in a fresh child process,
which also reports its peak RSS. Another fresh child measures, on the same vault, the parts
no dossier can avoid: decrypting those attachments, decoding and downsampling the photos with
Pillow to print size, and reportlab building the same number of pages of plain paragraphs in
the same font. Ratio = dossier time / sum of the parts (target <= 1.5x). Then pages per second
at 10, 100 and 1,000 incidents (text only, each in a fresh process): the cost per page must
stay flat as the dossier grows.
"""

from __future__ import annotations

import io
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import generate
from benchmarks.report import Row, machine, table, write_json

ROOT = Path(__file__).resolve().parent.parent
OUT = generate.OUT / "dossier"
PHOTOS = OUT / "photos"
VERSION = 1
INCIDENTS, PHOTO_COUNT, MAILS = 100, 100, 20
PHOTO_SIZE = (4000, 3000)  # 12 MP
SCALES = (10, 100, 1000)
TARGET_RATIO = 1.5
TARGET_RSS_MB = 400.0
TARGET_LINEAR = 1.5  # seconds per page at 1,000 incidents / at 100
# The box a photo is printed into (text width of A4 by 12 cm) in pixels at 150 dpi.
PRINT_BOX_PX = (round(17 / 2.54 * 150), round(12 / 2.54 * 150))
MB = 1_000_000


# -- inputs (cached) -------------------------------------------------------------------------
def photo(number: int) -> Path:
    """A 12-MP JPEG that compresses like a photo: smooth shapes, some noise, no EXIF."""
    from PIL import Image, ImageDraw, ImageFilter

    path = PHOTOS / f"foto-{number:03d}.jpg"
    if path.is_file():
        return path
    PHOTOS.mkdir(parents=True, exist_ok=True)
    rng = random.Random(number)
    small = Image.effect_noise((200, 150), 40 + number % 30).convert("RGB")
    draw = ImageDraw.Draw(small)
    for _ in range(12):
        x, y = rng.randrange(200), rng.randrange(150)
        draw.ellipse((x, y, x + rng.randrange(10, 80), y + rng.randrange(10, 60)),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    image = small.filter(ImageFilter.GaussianBlur(1)).resize(PHOTO_SIZE,
                                                             Image.Resampling.BICUBIC)
    image = Image.blend(image, Image.effect_noise(PHOTO_SIZE, 25).convert("RGB"), 0.12)
    temp = path.with_suffix(".part")
    image.save(temp, "JPEG", quality=90)
    temp.replace(path)
    return path


def mail(number: int) -> bytes:
    body = ("Sehr geehrte Frau Bürgermeisterin,\n\nwir wissen, wo Sie wohnen. Überlegen Sie "
            "sich gut, was Sie im Gemeinderat sagen. Грязная политика! مرحبا\n\n" * 6)
    return (f"From: Wütender Bürger <absender{number}@example.org>\r\n"
            f"To: buergermeisterin@gemeinde.example\r\n"
            f"Subject: =?utf-8?q?Letzte_Warnung_Nr=2E_{number}?=\r\n"
            f"Date: Mon, 0{number % 9 + 1} Mar 2026 21:1{number % 10}:00 +0100\r\n"
            f"Message-ID: <{number}.bench@example.org>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + body).encode("utf-8")


def ensure_vaults(fresh: bool) -> tuple[Path, Path]:
    """The photo vault (100 incidents) and the text vault (1,000 incidents)."""
    from app.service import VaultService
    from storage.vault import Vault

    big, text = OUT / "vault", OUT / "text-vault"
    marker = {"version": VERSION, "incidents": INCIDENTS, "photos": PHOTO_COUNT,
              "mails": MAILS, "text_incidents": max(SCALES)}
    marker_file = OUT / generate.MARKER
    if not fresh and marker_file.is_file() and json.loads(marker_file.read_text()) == marker:
        return big, text
    import shutil

    for folder in (big, text):
        shutil.rmtree(folder, ignore_errors=True)
    print("Generating the dossier vaults (photos cached for later runs) ...", flush=True)
    for folder, count, with_files in ((big, INCIDENTS, True), (text, max(SCALES), False)):
        folder.parent.mkdir(parents=True, exist_ok=True)
        vault, _code = Vault.create(folder, generate.USER, generate.PASSPHRASE,
                                    kdf=generate.CHEAP_KDF)
        try:
            rng = random.Random(count)
            author = vault.session().user.id
            persons = generate._add_persons(vault, rng, 40, author)
            incidents = generate._add_incidents(vault, rng, count, persons, author)
            if with_files:
                service = VaultService(vault)
                for number in range(PHOTO_COUNT):
                    with open(photo(number), "rb") as handle:
                        service.add_attachment_stream(incidents[number % count], handle,
                                                      f"foto-{number:03d}.jpg")
                for number in range(MAILS):
                    service.add_attachment_stream(incidents[number * 5 % count],
                                                  io.BytesIO(mail(number)),
                                                  f"drohmail-{number:02d}.eml")
        finally:
            vault.close()
    marker_file.write_text(json.dumps(marker))
    return big, text


# -- children --------------------------------------------------------------------------------
def _unlocked(folder: Path) -> Any:
    from app.service import VaultService
    from storage.vault import Vault

    vault = Vault.open(folder)
    vault.unlock(generate.USER, generate.PASSPHRASE)
    return VaultService(vault)


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def child_export(folder: Path, password: str) -> dict[str, Any]:
    from export.dossier import DossierRequest
    from export.pipeline import export_pdf

    service = _unlocked(folder)
    target = OUT / ("dossier-protected.pdf" if password else "dossier.pdf")
    started = time.perf_counter()
    record = export_pdf(service, DossierRequest(), target, password or None, overwrite=True)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "pages": record.pages, "bytes": record.size,
            "peak_rss": _peak_rss()}


def child_parts(folder: Path, pages: int) -> dict[str, Any]:
    from PIL import Image

    service = _unlocked(folder)
    ids = [a.id for e in service.list_incidents().entries
           for a in service.list_attachments(e.id).entries]

    class Sink(io.RawIOBase):
        def __init__(self) -> None:
            self.kept: list[bytes] = []

        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            self.kept.append(bytes(data))
            return len(data)

    photos: list[bytes] = []
    started = time.perf_counter()
    for attachment_id in ids:
        sink = Sink()
        service.read_attachment(attachment_id, sink)
        photos.append(b"".join(sink.kept))
    decrypt = time.perf_counter() - started
    photos = [p for p in photos if p[:3] == b"\xff\xd8\xff"]

    started = time.perf_counter()
    for data in photos:
        # The fastest plain way with Pillow: fit the box, let the JPEG decoder scale down by
        # 1/2, 1/4 or 1/8 as far as it still covers that size (draft), then resample.
        image = Image.open(io.BytesIO(data))
        scale = min(PRINT_BOX_PX[0] / image.width, PRINT_BOX_PX[1] / image.height)
        size = (round(image.width * scale), round(image.height * scale))
        image.draft("RGB", size)
        image.load()
        image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    images = time.perf_counter() - started

    started = time.perf_counter()
    font = plain_pages(pages)
    plain = time.perf_counter() - started
    return {"decrypt_s": decrypt, "images_s": images, "plain_s": plain,
            "attachments": len(ids), "photos": len(photos), "font": font}


def plain_pages(pages: int) -> str:
    """reportlab (platypus) building `pages` pages of plain paragraphs, in the dossier's
    font when it ships one (embedding a TTF is part of any Unicode dossier)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    fonts = sorted((ROOT / "resources" / "fonts").rglob("*.ttf"))
    # The dossier's body font (export/dossier/fonts.py), else any regular face shipped.
    regular = ([f for f in fonts if f.name == "DejaVuSans.ttf"]
               or [f for f in fonts if "Regular" in f.name] or fonts)
    name = "Helvetica"
    if regular:
        pdfmetrics.registerFont(TTFont("BenchSans", str(regular[0])))
        name = "BenchSans"
    style = ParagraphStyle("plain", fontName=name, fontSize=10, leading=13)
    text = ("Am Abend ging eine Drohung im Bürgerbüro ein; die Bürgermeisterin erstattete "
            "Anzeige. Größe, Straße, Übergriff — «Wir wissen, wo Sie wohnen». " * 5)
    story: list[Any] = []
    for _ in range(pages):
        story.extend(Paragraph(text, style) for _ in range(7))
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return regular[0].name if regular else name


def child_scale(folder: Path, count: int) -> dict[str, Any]:
    from app.query import IncidentQuery
    from export.dossier import DossierRequest, build_dossier

    service = _unlocked(folder)
    entries = sorted(service.list_incidents().entries,
                     key=lambda e: (e.value.occurred.sort_key(), e.id))
    ids = tuple(e.id for e in entries[:count]) if count < len(entries) else ()
    started = time.perf_counter()
    request = DossierRequest(selection=IncidentQuery(incident_ids=ids))
    result = build_dossier(service, request, io.BytesIO())
    seconds = time.perf_counter() - started
    return {"incidents": count, "pages": result.pages, "seconds": seconds,
            "peak_rss": _peak_rss()}


def in_child(*args: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-m", "benchmarks.dossier", "--child", *args],
                            cwd=ROOT, capture_output=True, text=True, check=False,
                            timeout=3600)
    if result.returncode != 0:
        sys.exit(f"The measuring process failed:\n{result.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


# -- report ----------------------------------------------------------------------------------
def run(fresh: bool = False) -> int:
    started = time.perf_counter()
    info = machine()
    print(f"Dossier benchmark: {INCIDENTS} incidents, {PHOTO_COUNT} photos of 12 MP, {MAILS} "
          f"e-mails; pages per second at {', '.join(f'{n:,}' for n in SCALES)} incidents")
    print(f"{info['date']}, {info['cpus']} CPUs ({info['processor']}), Python {info['python']}, "
          f"load average {' / '.join(map(str, info['load_average']))}", flush=True)
    big, text = ensure_vaults(fresh)
    print("Export through the pipeline in a fresh process ...", flush=True)
    export = in_child("export", str(big), "")
    print("The unavoidable parts in a fresh process ...", flush=True)
    parts = in_child("parts", str(big), str(export["pages"]))
    print("Export with a password (AES-256) ...", flush=True)
    protected = in_child("export", str(big), "Benchmark-Passwort äöü")
    scale = []
    for count in SCALES:
        print(f"Text-only dossier of {count:,} incidents ...", flush=True)
        scale.append(in_child("scale", str(text), str(count)))

    base = parts["decrypt_s"] + parts["images_s"] + parts["plain_s"]
    ratio = export["seconds"] / base
    rss = max(export["peak_rss"], protected["peak_rss"]) / MB
    per_page = {s["incidents"]: s["seconds"] / max(1, s["pages"]) for s in scale}
    growth = per_page[SCALES[-1]] / per_page[SCALES[1]]
    rows = [
        Row(f"Dossier ({export['pages']} pages) / its unavoidable parts", f"{ratio:.2f}x",
            f"<= {TARGET_RATIO}x", ratio <= TARGET_RATIO),
        Row("  dossier export (build, SHA-256, fsync, history entry)",
            f"{export['seconds']:.2f} s"),
        Row(f"  decrypt {parts['attachments']} attachments / decode+downsample "
            f"{parts['photos']} photos / {export['pages']} plain pages",
            f"{parts['decrypt_s']:.2f} / {parts['images_s']:.2f} / {parts['plain_s']:.2f} s"),
        Row("  the same with a password (AES-256, built in memory)",
            f"{protected['seconds']:.2f} s"),
        Row("Peak RSS (export, with and without password)", f"{rss:.0f} MB",
            f"<= {TARGET_RSS_MB:.0f} MB", rss <= TARGET_RSS_MB),
        *[Row(f"Pages per second, {s['incidents']:,} incidents ({s['pages']:,} pages)",
              f"{s['pages'] / s['seconds']:.1f}") for s in scale],
        Row(f"Time per page at {SCALES[-1]:,} / at {SCALES[1]:,} incidents", f"{growth:.2f}x",
            f"<= {TARGET_LINEAR}x (linear)", growth <= TARGET_LINEAR),
    ]
    print()
    print(table(rows))
    print()
    print(f"Plain pages set in {parts['font']}; the PDF was {export['bytes'] / MB:.1f} MB.")
    failed = [r.measure for r in rows if r.passed is False]
    print("FAIL: " + "; ".join(failed) if failed else "All targets met.")
    out = generate.OUT / "latest-dossier.json"
    write_json(out, info, rows, {"export": export, "protected": protected, "parts": parts,
                                 "scale": scale, "seconds": round(time.perf_counter() - started,
                                                                  1)})
    print(f"Results written to {out.relative_to(ROOT)} ({time.perf_counter() - started:.0f} s).")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        kind, folder, value = argv[1], Path(argv[2]), argv[3]
        if kind == "export":
            data = child_export(folder, value)
        elif kind == "parts":
            data = child_parts(folder, int(value))
        else:
            data = child_scale(folder, int(value))
        print(json.dumps(data))
        return 0
    return run(fresh="--fresh" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
