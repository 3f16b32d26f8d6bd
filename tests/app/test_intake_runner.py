"""The intake sandbox (app/intake/runner.py, worker.py, facts.py): a real child process reads
each file; a child that hangs, runs out of memory, crashes, prints garbage or floods its
output ends in one code, and the parent always gets facts back. The child's answer is not
trusted: a code the parent does not know, parameters that do not fit it, or a sentence where a
code belongs make the answer invalid. The child is made to misbehave through the documented
test seam (runner.FAULT_ENV, passed only by `fault=`)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.intake import facts, media, runner
from app.intake.codes import IntakeCode
from app.intake.errors import SandboxFailure
from app.intake.notices import notice
from app.intake.runner import FAULT_ENV, run_worker, worker_command
from app.progress import Cancelled
from tests import intake_samples as samples

C = IntakeCode

ROOT = Path(__file__).resolve().parents[2]
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX only")


def test_the_child_reads_the_same_facts_from_a_path_and_from_memory(tmp_path: Path) -> None:
    data = samples.jpeg(exif=samples.camera_exif())
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    from_path = facts.read(path, "photo.jpg")
    from_memory = facts.read(data, "photo.jpg")
    here = facts.parse_here(facts.Source("photo.jpg", data=data))
    for reading in (from_path, from_memory):
        assert reading.facts.unreadable is None
        assert reading.facts.image == here.facts.image
        assert reading.facts.parsed_at is not None
    assert from_path.facts.image is not None and from_path.facts.image.gps is not None


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("empty.jpg", b"", C.EMPTY_FILE),
    ("bomb.png", samples.bomb_png(), C.IMAGE_BOMB),
    ("half.jpg", samples.jpeg((300, 200))[:1500], C.IMAGE_TRUNCATED),
    ("head.jpg", samples.jpeg((300, 200))[:400], C.IMAGE_DAMAGED),
    ("fake.jpg", b"just some text, named like a photo", C.IMAGE_FORMAT),
    ("fake.pdf", b"no pdf at all", C.NOT_A_PDF),
], ids=["zero-bytes", "bomb", "truncated", "cut-in-header", "fake-jpg", "fake-pdf"])
def test_hostile_files_end_in_a_code(name: str, data: bytes, expected: IntakeCode) -> None:
    reading = facts.read(data, name)
    assert reading.facts.unreadable is not None
    assert reading.facts.unreadable.code is expected
    assert reading.notes == ()


def test_a_hanging_child_is_killed_at_the_time_limit() -> None:
    reading = facts.read(b"anything", "a.txt", timeout=2, fault="hang")
    assert reading.facts.unreadable == notice(C.READER_TIMEOUT, seconds=2.0)


@POSIX
def test_a_child_that_exceeds_its_memory_limit_is_stopped() -> None:
    # The child allocates 64 MB blocks without end; RLIMIT_AS (1 GB) stops it.
    reading = facts.read(b"anything", "a.txt", fault="memory")
    assert reading.facts.unreadable == notice(C.READER_MEMORY)


@POSIX
def test_the_child_limits_itself() -> None:
    script = ("import resource, sys\n"
              "from app.intake.worker import _limit\n"
              "_limit(512 * 2**20, 7)\n"
              "print(resource.getrlimit(resource.RLIMIT_AS)[0],"
              " resource.getrlimit(resource.RLIMIT_CPU)[0],"
              " resource.getrlimit(resource.RLIMIT_FSIZE)[0])\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          check=True, timeout=60)
    assert done.stdout.split() == [str(512 * 2**20).encode(), b"7", b"0"]


@pytest.mark.parametrize(("fault", "expected"), [
    ("crash", C.READER_CRASHED),
    ("garbage", C.READER_NO_ANSWER),
    ("flood", C.READER_FLOOD),
])
def test_a_misbehaving_child_gives_a_code(fault: str, expected: IntakeCode) -> None:
    reading = facts.read(b"anything", "a.txt", fault=fault)
    assert reading.facts.unreadable is not None and reading.facts.unreadable.code is expected
    assert reading.facts.email is reading.facts.image is None


@pytest.mark.parametrize("fault", ["unknown_code", "wrong_params", "sentence", "error_sentence",
                                   "error_code_params"])
def test_an_answer_the_parent_does_not_know_is_refused(fault: str) -> None:
    # The child parses hostile files: what it says is checked before anything is stored.
    reading = facts.read(b"anything", "a.txt", fault=fault)
    assert reading.facts.unreadable == notice(C.READER_INVALID)
    assert reading.facts.notices == [] and reading.facts.email is None


def test_cancel_kills_the_child_and_raises() -> None:
    stop = threading.Event()
    timer = threading.Timer(0.5, stop.set)
    timer.start()
    with pytest.raises(Cancelled):
        facts.read(b"anything", "a.txt", timeout=600, cancel=stop.is_set, fault="hang")
    timer.cancel()


def test_the_fault_seam_cannot_be_switched_on_from_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FAULT_ENV, "crash")
    monkeypatch.setenv("VORFALLBUCH_PASSPHRASE", "correct horse battery staple")
    reading = facts.read(samples.png(), "shot.png")
    assert reading.facts.unreadable is None
    assert reading.facts.image is not None
    # ...and none of our variables (the passphrase above) reaches the child (it would name
    # each in a notice, which the parent refuses).
    leaked = facts.read(b"x", "a.txt", fault="environ")
    assert leaked.facts.unreadable is None and leaked.notes == ()


def test_the_childs_answer_is_validated() -> None:
    reply = run_worker({"mode": "facts", "name": "a.txt", "path": None}, b"hello")
    assert set(reply.header) == {"facts", "payload_size"}
    with pytest.raises(SandboxFailure) as caught:
        runner._reply(0, _reader(b'{"payload_size": 5}\nabc'))
    assert caught.value.code is C.READER_INCOMPLETE
    with pytest.raises(SandboxFailure) as caught:
        runner._reply(3, _reader(b""))
    assert caught.value.notice == notice(C.READER_CRASHED, exit_code=3)


def _reader(data: bytes) -> runner._Reader:
    reader = runner._Reader(None, 100)  # type: ignore[arg-type]
    reader.chunks, reader.size = [data], len(data)
    return reader


def test_a_frozen_build_starts_the_child_through_the_launcher(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    command = worker_command(2**30, 31)
    assert command == [sys.executable, "--intake-worker", "--memory", str(2**30), "--cpu", "31"]
    # The launcher (the frozen executable's entry point) hands that flag to the worker.
    request = json.dumps({"mode": "facts", "name": "shot.png", "path": None}).encode() + b"\n"
    script = "import sys\nfrom cli.launcher import main\nsys.exit(main(sys.argv[1:]))\n"
    done = subprocess.run([sys.executable, "-c", script, *command[1:]], cwd=ROOT,
                          input=request + samples.png(), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.splitlines()[0])
    assert answer["facts"]["image"]["format"] == "PNG"
    assert b"PySide6" not in done.stderr


def test_pdf_and_audio_facts(tmp_path: Path) -> None:
    three = facts.read(samples.pdf(3), "brief.pdf")
    assert three.facts.document is not None and three.facts.document.pages == 3
    assert three.notes == ()
    locked = facts.read(samples.pdf(2, password="geheim"), "locked.pdf")
    assert locked.facts.document is not None and locked.facts.document.pages is None
    assert locked.facts.unreadable is None
    assert locked.notes == (notice(C.PDF_PASSWORD),)
    owner_only = facts.read(samples.pdf(4, password=""), "print-protected.pdf")
    assert owner_only.facts.document is not None and owner_only.facts.document.pages == 4
    broken = facts.read(b"%PDF-1.7\n1 0 obj << /Type /Pages /Kids [1 0 R] >>\n%%EOF", "x.pdf")
    assert broken.facts.document is not None and broken.facts.document.pages is None
    assert broken.notes and broken.notes[0].code in (C.PDF_DAMAGED, C.PDF_ENCRYPTION_UNKNOWN)

    path = tmp_path / "voicemail.wav"
    path.write_bytes(samples.wav(1.5))
    voice = facts.read(path, path.name)
    assert voice.facts.media is not None
    assert (voice.facts.media.duration_s, voice.facts.media.format) == (1.5, "WAVE")
    noise = facts.read(b"\xff\xfb" + bytes(range(256)) * 8, "noise.mp3")
    assert noise.facts.unreadable == notice(C.MEDIA_DAMAGED)


def test_a_tagless_mp3_is_sniffed_by_its_frame_header_not_by_two_random_bytes() -> None:
    frame = b"\xff\xfb\x90\x64"  # MPEG-1 Layer III, 128 kbit/s, 44.1 kHz
    assert media.looks_like_media(frame + bytes(400))
    assert media.looks_like_media(b"\xff\xf3\x64\xc4" + bytes(400))  # MPEG-2 Layer III
    reserved = {
        "version": b"\xff\xeb\x90",
        "layer": b"\xff\xf9\x90",
        "bitrate": b"\xff\xfb\xf0",
        "sampling rate": b"\xff\xfb\x9c",
    }
    for field, head in reserved.items():
        assert not media.looks_like_media(head + bytes(400)), field
    assert not media.looks_like_media(b"\xff\xfb")  # too short to tell
