"""The hostile corpus (issue 13, section 7): every file of the corpora made by code
(tests/image_corpus.py, tests/pdf_corpus.py, tests/broken_mail_samples.py, the web captures,
the export's and intake's hostile samples, each with truncated and byte-flipped copies) and
the broken files other projects publish (tests/fixtures/hostile/: Pillow, pypdf, qpdf,
CPython's email tests) goes through

1. intake into a real vault (IntakeService, the real sandbox child per file),
2. the GUI: the attachments panel with its thumbnails and the viewer of each file, offscreen
   in a child process (tests/gui/image_child.py, mode 'vault'), so that a crash names the file
   and fails the test instead of ending pytest,
3. a police dossier per batch (an incident of BATCH files), `vorfallbuch export pdf` as a
   process; the PDF is parsed back and each piece it could not show has its replacement.

No stage may crash, hang (each has a time limit) or print a traceback. CI runs a fixed subset
(every STRIDE-th file of each source, in name order); VORFALLBUCH_CORPUS_FULL=1 runs all of it
(CONTRIBUTING.md, "The hostile corpus", has the commands and the measured times). The slowest
file of each stage is printed (`-s` shows it).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from pypdf.errors import PdfReadError

from app.domain import Attachment
from app.intake import facts as facts_mod
from app.intake.codes import IntakeCode
from app.intake.service import IntakeService
from app.service import VaultService
from export.dossier.evidence import is_image, is_pdf
from storage.vault import Vault
from tests import broken_mail_samples, image_corpus, intake_samples, pdf_corpus
from tests import web_capture_samples as web
from tests.cli import support as cli
from tests.conftest import PASSPHRASE, USER
from tests.export import hostile_evidence
from tests.gui import image_child
from tests.intake_email_samples import nested_mail

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
MANIFEST = HOSTILE / "MANIFEST.txt"
NOTES = {"README.md", "LICENSE", "LICENSE.txt", "NOTICE.md", "bmp-README.txt"}
FULL = os.environ.get("VORFALLBUCH_CORPUS_FULL") == "1"
# the CI subset: every sixth file of each source (VORFALLBUCH_CORPUS_STRIDE for another)
STRIDE = int(os.environ.get("VORFALLBUCH_CORPUS_STRIDE", "6"))
BATCH = 40  # files per incident, and per dossier
MAX_FILE, MAX_TOTAL = 300 * 1024, 4 * 1024 * 1024

# What the sandbox answers when its reader did not end normally (facts.unreadable).
CRASHED = {IntakeCode.READER_CRASHED, IntakeCode.READER_NO_ANSWER,
           IntakeCode.READER_INCOMPLETE, IntakeCode.READER_INVALID, IntakeCode.READER_FAILED,
           IntakeCode.EMAIL_READER_FAILED, IntakeCode.INNER_READER_FAILED}
HUNG = {IntakeCode.READER_TIMEOUT, IntakeCode.READER_LIMITS}


# -- the files --------------------------------------------------------------------------------
def manifest_problems(folder: Path, manifest: Path) -> list[str]:
    """What differs between the files under `folder` and `manifest` (empty: intact)."""
    listed: dict[str, str] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name, _upstream = line.split()
            listed[name] = digest
    problems = []
    present = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*")
               if p.is_file() and p.name not in NOTES and p != manifest}
    for name in sorted(set(listed) | set(present)):
        if name not in present:
            problems.append(f"{name}: missing")
        elif name not in listed:
            problems.append(f"{name}: not in the manifest")
        elif hashlib.sha256(present[name].read_bytes()).hexdigest() != listed[name]:
            problems.append(f"{name}: changed")
    return problems


def third_party() -> dict[str, bytes]:
    """project--name -> bytes, as listed in the manifest."""
    files = {}
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name = line.split()[1]
            project, _, base = name.partition("/")
            files[f"{project}--{base}"] = (HOSTILE / name).read_bytes()
    return files


def made_by_code() -> dict[str, bytes]:
    """source--name -> bytes, from the generators the other tests use."""
    files = {f"image--{n}": d for n, d in image_corpus.corpus().items()}
    files.update({f"pdf--{n}": d for n, d in pdf_corpus.hostile_pdfs().items()})
    documents: dict[str, bytes] = {
        "export-abgeschnitten.pdf": hostile_evidence.truncated_pdf(),
        "export-xref-verdreht.pdf": hostile_evidence.flipped_xref_pdf(),
        "export-verschluesselt.pdf": hostile_evidence.encrypted_pdf(),
        "export-zirkulaer.pdf": hostile_evidence.cyclic_pdf(),
        "export-tief.pdf": hostile_evidence.deep_pdf(),
        "export-bombe.pdf": hostile_evidence.bomb_pdf(),
        "export-abgeschnitten.png": hostile_evidence.truncated_png(),
        "export-abgeschnitten.jpg": hostile_evidence.truncated_jpeg(),
        "export-pixelbombe.png": hostile_evidence.pixel_bomb_png(),
        "export-kaputt.eml": hostile_evidence.broken_mail(),
        "intake-exif-kaputt.jpg": intake_samples.malformed_exif_jpeg(),
        "intake-gps-null.jpg": intake_samples.zero_denominator_gps_jpeg(),
        "intake-bombe.png": intake_samples.bomb_png(),
        "intake-passwort.pdf": intake_samples.pdf(2, password="geheim"),
        "intake-ton.wav": intake_samples.wav(),
        "intake-bombe-anhang.eml": intake_samples.eml(attachment=intake_samples.bomb_png()),
        "mail-5000-ebenen.eml": nested_mail(5000),
        "web-seite.mhtml": web.mhtml(),
        "web-singlefile.html": web.singlefile(),
        "web-mitschnitt.warc": web.warc(),
        "web-mitschnitt.warc.gz": web.warc(gz=True),
    }
    documents.update({f"mail-{n}.eml": d for n, d in broken_mail_samples.broken_mails().items()})
    # Truncated and byte-flipped copies of the documents, as of the images.
    for seed, (name, data) in enumerate(sorted(documents.items())):
        if "bombe" not in name and "5000" not in name:
            files.update({f"damaged--{n}": d for n, d in image_corpus.damaged(name, data, seed)})
    files.update({f"doc--{n}": d for n, d in documents.items()})
    return files


def subset(files: dict[str, bytes], stride: int) -> dict[str, bytes]:
    """Every `stride`-th file of each source (the part of the name before '--')."""
    chosen: dict[str, bytes] = {}
    for source in sorted({name.split("--")[0] for name in files}):
        names = sorted(n for n in files if n.split("--")[0] == source)
        chosen.update({n: files[n] for n in names[::stride]})
    return chosen


# -- the stages ---------------------------------------------------------------------------------
@dataclass
class Ingested:
    vault: Path
    files: dict[str, bytes]
    batches: list[tuple[str, list[str]]]  # incident id, file names
    ids: dict[str, str] = field(default_factory=dict)  # name -> attachment id
    unreadable: dict[str, str] = field(default_factory=dict)  # name -> intake's code
    notices: dict[str, list[str]] = field(default_factory=dict)  # name -> notice codes
    seconds: dict[str, float] = field(default_factory=dict)  # name -> the reader's time
    total: float = 0.0


def timed_reader(seconds: dict[str, float]) -> Callable[..., facts_mod.FactsReading]:
    """The real sandboxed reader (facts.read), timed per file."""
    def read(source: Path | bytes, name: str, timeout: float,
             cancel: Callable[[], bool] | None) -> facts_mod.FactsReading:
        began = time.monotonic()
        try:
            return facts_mod.read(source, name, timeout, cancel)
        finally:
            seconds[name] = time.monotonic() - began
    return read


def slowest(seconds: dict[str, float]) -> tuple[str, float]:
    name = max(seconds, key=seconds.__getitem__)
    return name, seconds[name]


def report(stage: str, tried: int, seconds: dict[str, float], total: float) -> None:
    name, worst = slowest(seconds)
    print(f"\nhostile corpus, {stage}: {tried} files in {total:.1f} s; "
          f"slowest {name} ({worst:.2f} s)", flush=True)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    files = {**made_by_code(), **third_party()}
    files = files if FULL else subset(files, STRIDE)
    folder = tmp_path_factory.mktemp("hostile-files")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    vault_dir = cli.make_vault(tmp_path_factory.mktemp("hostile-vault") / "vault")
    vault = Vault.open(vault_dir)
    vault.unlock(USER, PASSPHRASE)
    service = VaultService(vault)
    result = Ingested(vault_dir, files, [])
    intake = IntakeService(service, reader=timed_reader(result.seconds))
    names = sorted(files)
    began = time.monotonic()
    try:
        for start in range(0, len(names), BATCH):
            batch = names[start:start + BATCH]
            incident = service.add_incident({"title": f"Korpus {start // BATCH + 1}",
                                             "occurred": {"date": "2026-11-20"}}).id
            done = intake.intake([folder / n for n in batch], incident)
            result.batches.append((incident, batch))
            for entry in done.attachments:
                name = entry.value.original_name
                result.ids[name] = entry.id
                facts = entry.value.metadata
                if facts.unreadable is not None:
                    result.unreadable[name] = facts.unreadable.code
                result.notices[name] = [n.code for n in facts.notices]
    finally:
        result.total = time.monotonic() - began
        service.close()
    return result


def test_the_third_party_files_are_intact_small_and_licensed() -> None:
    assert manifest_problems(HOSTILE, MANIFEST) == []
    files = [p for p in HOSTILE.rglob("*") if p.is_file() and p.name not in NOTES]
    assert max(p.stat().st_size for p in files) <= MAX_FILE
    assert sum(p.stat().st_size for p in files) <= MAX_TOTAL
    for project in {p.parent for p in files if p != MANIFEST}:
        notes = {p.name for p in project.iterdir()}
        assert "README.md" in notes and notes & {"LICENSE", "LICENSE.txt"}, project
        readme = (project / "README.md").read_text(encoding="utf-8")
        assert "Licence:" in readme and ("Commit:" in readme or "Version:" in readme), project


def test_the_manifest_check_finds_a_changed_a_missing_and_an_extra_file(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    (folder / "qpdf").mkdir(parents=True)
    for name, data in (("qpdf/a.pdf", b"%PDF-1.4 a"), ("qpdf/b.pdf", b"%PDF-1.4 b")):
        (folder / name).write_bytes(data)
    lines = [f"{hashlib.sha256((folder / n).read_bytes()).hexdigest()}  {n}  up/{n}"
             for n in ("qpdf/a.pdf", "qpdf/b.pdf")]
    manifest = folder / "MANIFEST.txt"
    manifest.write_text("# header\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert manifest_problems(folder, manifest) == []
    (folder / "qpdf" / "a.pdf").write_bytes(b"%PDF-1.4 A")
    (folder / "qpdf" / "b.pdf").unlink()
    (folder / "qpdf" / "c.pdf").write_bytes(b"new")
    assert manifest_problems(folder, manifest) == [
        "qpdf/a.pdf: changed", "qpdf/b.pdf: missing", "qpdf/c.pdf: not in the manifest"]


def test_the_subset_takes_every_nth_file_of_each_source() -> None:
    files = {f"{s}--{i:02d}": b"" for s in ("a", "b") for i in range(7)}
    assert sorted(subset(files, 3)) == ["a--00", "a--03", "a--06", "b--00", "b--03", "b--06"]


@pytest.mark.parametrize(("fault", "kinds"), [("crash", CRASHED), ("garbage", CRASHED),
                                               ("hang", HUNG), ("spin", HUNG)])
def test_a_reader_that_crashes_or_hangs_is_counted_so(fault: str,
                                                       kinds: set[IntakeCode]) -> None:
    """The guard of the intake stage finds what it looks for: the real sandbox with a child
    that misbehaves on request (runner's fault switch) answers with a code of that kind."""
    reading = facts_mod.read(intake_samples.png(), "a.png", timeout=2, fault=fault)
    assert reading.facts.unreadable is not None
    assert reading.facts.unreadable.code in kinds


# Each stage bounds itself (the sandbox's 30 s a file, the child's and the exports' limits);
# the module's fixture, intake of the whole corpus, runs within the first test that uses it.
@pytest.mark.timeout(3600)
def test_intake_stores_every_file_without_a_crash_or_a_hang(ingested: Ingested) -> None:
    report("intake", len(ingested.files), ingested.seconds, ingested.total)
    assert set(ingested.ids) == set(ingested.files)  # each original stored, whatever it holds
    crashed = {n: c for n, c in ingested.unreadable.items() if c in CRASHED}
    hung = {n: c for n, c in ingested.unreadable.items() if c in HUNG}
    assert crashed == {} and hung == {}
    # nor did a reader of a part inside (a mail's attachment, a capture's page) fail
    assert {n: c for n, codes in ingested.notices.items() for c in codes
            if c in CRASHED | HUNG} == {}
    # The corpus is hostile: many files are refused, each with a named reason.
    assert len(ingested.unreadable) > len(ingested.files) // 10
    sources = {name.split("--")[0] for name in ingested.files}
    assert sources >= {"image", "pdf", "doc", "damaged", "pillow", "pypdf", "qpdf",
                       "cpython-email"}


@pytest.mark.timeout(3600)
def test_the_panel_and_the_viewer_show_every_file_or_say_why(ingested: Ingested) -> None:
    began = time.monotonic()
    results = image_child.run("vault", str(ingested.vault),
                              timeout=240 + 2 * len(ingested.files))
    total = time.monotonic() - began
    results.pop("panel", None)
    assert set(results) == set(ingested.files)
    for name, (thumb, view, _seconds) in results.items():
        assert thumb in ("thumb", "placeholder", "none"), (name, thumb)
        assert view in ("image", "pdf", "text", "email", "other", "cannot-show"), (name, view)
        if thumb == "thumb":  # a thumbnail was made: the viewer shows the picture too
            assert view == "image", name
    report("panel and viewer", len(results), {n: float(r[2]) for n, r in results.items()},
           total)


@dataclass
class Dossier:
    record: dict[str, object]
    pages: list[str | None]
    seconds: float


def export_batch(ingested: Ingested, incident: str, out: Path) -> Dossier:
    began = time.monotonic()
    started = cli.start(ingested.vault, ["export", "pdf", "--incident", incident, "--out", out,
                                         "--json", "--recipient", "Polizeirevier Pirna"])
    try:
        stdout, stderr = started.process.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        started.process.kill()
        started.process.communicate()
        pytest.fail(f"the dossier of {incident} hung for 600 s")
    seconds = time.monotonic() - began
    done = cli.Result(started.process.returncode, stdout.decode(), stderr.decode())
    assert done.code == 0, done.err[-3000:]
    assert "Traceback" not in done.err, done.err[-3000:]
    record = done.json()
    pages = [page_text(page) for page in PdfReader(io.BytesIO(out.read_bytes())).pages]
    assert record["pages"] == len(pages)
    return Dossier(record, pages, seconds)


def page_text(page: PageObject) -> str | None:
    """The page's text; None for an original's page whose own content pypdf cannot parse
    (a damaged inline image of qpdf's tests): the annex keeps such a page as it is."""
    try:
        return page.extract_text() or ""
    except PdfReadError:
        return None


def squeeze(text: str) -> str:
    return "".join(text.split())


def check_dossier(dossier: Dossier, names: list[str], attachments: dict[str, Attachment],
                  label: str) -> None:
    """Each piece the dossier could not show is one of the batch and named by its SHA-256 on
    its replacement; each PDF of the annex has its stamped pages or a page saying why not;
    each picture refused has its line in the text."""
    texts = [text for text in dossier.pages if text is not None]
    damaged = len(dossier.pages) - len(texts)
    whole = squeeze("\n".join(texts))
    unshown = {u["name"]: u for u in dossier.record["unshown"]}  # type: ignore[attr-defined]
    assert set(unshown) <= set(names), label
    for name, piece in unshown.items():
        # the name may be wrapped or cut on the page; the SHA-256 is there whole
        assert squeeze(piece["sha256"]) in whole, (label, name)
    annex = [n for n in names if is_pdf(attachments[n])]
    stamped = set(re.findall(r"Anlage A(\d+): ", "\n".join(texts)))
    # a page whose text cannot be read back is an original's page (stamped or not)
    assert len(stamped) + damaged >= sum(n not in unshown for n in annex), label
    assert whole.count(squeeze("Nicht angehängt:")) >= sum(n in unshown for n in annex), label
    pictures = [n for n in names if is_image(attachments[n]) and not is_pdf(attachments[n])]
    refused = sum(n in unshown for n in pictures)
    assert whole.count(squeeze("Bild nicht eingebettet:")) == refused, label


@pytest.mark.timeout(3600)
def test_a_dossier_of_each_batch_is_written_with_a_replacement_for_each_unshown_piece(
        ingested: Ingested, tmp_path: Path) -> None:
    vault = Vault.open(ingested.vault)
    vault.unlock(USER, PASSPHRASE)
    service = VaultService(vault)
    try:
        attachments = {e.value.original_name: e.value for incident, _names in ingested.batches
                       for e in service.list_attachments(incident).entries}
    finally:
        service.close()
    seconds: dict[str, float] = {}
    began = time.monotonic()
    for number, (incident, names) in enumerate(ingested.batches, 1):
        label = f"batch {number} ({names[0]} ...)"
        dossier = export_batch(ingested, incident, tmp_path / f"dossier-{number}.pdf")
        seconds[label] = dossier.seconds
        check_dossier(dossier, names, attachments, label)
    report("dossier", len(ingested.files), seconds, time.monotonic() - began)
