"""Single-byte flips across a real vault, with a fixed seed: in vault.db, in the bytes of its
keyslot rows, in each attachment file and in a backup file. After each flip every command a
user runs first (unlock and list, show, verify, extract; restore for a backup) either works, and
then its answer is right, or answers with one named error: never an internal error, a
traceback, an unnamed message or a long wait.

"Right" means: an extracted original is bit-exact; a restored vault verifies and holds the same
incidents and originals; a list or a show that differs from the undamaged vault's warns on
stderr, or `verify` names the damage for that flip; no command removes an attachment file; a
refused restore leaves nothing behind.

A short run is part of the suite. The long run and its figures are in docs/durability.md
("The flip fuzz"): VORFALLBUCH_FUZZ_FLIPS sets the flips per target, VORFALLBUCH_FUZZ_SEED the
seed; every finding prints the seed, the target, the offset and the xor byte, which replay it."""

from __future__ import annotations

import difflib
import os
import random
import re
import shutil
import sqlite3
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cli.messages import TEMPLATES
from tests.cli.support import EXIT_INTERNAL, InProcess, Result, make_vault, ok

SEED = int(os.environ.get("VORFALLBUCH_FUZZ_SEED", "13"))
FLIPS = int(os.environ.get("VORFALLBUCH_FUZZ_FLIPS", "30"))
LONG = "VORFALLBUCH_FUZZ_FLIPS" in os.environ  # read now: the CLI tests clear VORFALLBUCH_*
# One command on a flipped vault takes milliseconds (the cheap KDF of tests/conftest.py; the
# KDF bounds of storage/kdf.py keep a flipped slot's derivation small): much more is a finding.
SLOW = 20.0
PAGE = 4096
TARGETS = ["vault.db", "keyslots", "attachments", "backup"]
# Answers that are findings in themselves (outcome() words them so).
FINDINGS = ("INTERNAL ERROR", "UNNAMED ERROR", "VERIFY FAILED")


@dataclass
class Pristine:
    """The undamaged vault and what each command answers on it."""

    vault: Path
    work: Path
    files: dict[Path, bytes]
    incident: str
    originals: dict[str, bytes]
    backup: bytes
    commands: dict[str, tuple[str, ...]] = field(default_factory=dict)
    answers: dict[str, Result] = field(default_factory=dict)

    def reset(self) -> None:
        """Every file as it was: a command may have written (the WAL, the wrong-passphrase
        count, a cleanup), and the next command must meet only the one flip."""
        for path in sorted(self.vault.rglob("*"), reverse=True):
            relative = path.relative_to(self.vault)
            if path.is_file() and relative not in self.files:
                path.unlink()
        for relative, data in self.files.items():
            (self.vault / relative).write_bytes(data)


@pytest.fixture
def pristine(tmp_path: Path, capsys: pytest.CaptureFixture[str],
             monkeypatch: pytest.MonkeyPatch) -> Pristine:
    vault = make_vault(tmp_path / "vault")
    cli = InProcess(vault, capsys, monkeypatch)
    work = tmp_path / "work"
    work.mkdir()
    incident = ok(cli("incident", "add", "--title", "Drohbrief am Rathaus",
                      "--occurred", "2026-03-14T19:30", "--description",
                      "Er schrieb: Wir wissen, wo du wohnst.")).out.strip()
    ok(cli("incident", "edit", incident, "--title", "Drohbrief am Rathaus (Kopie)"))
    for number in range(12):  # fuller pages: fewer flips land in free space
        ok(cli("incident", "add", "--title", f"Anruf {number}", "--occurred", "2026-04-02",
               "--description", "Er drohte am Telefon. " * 12))
    ok(cli("contact", "add", "--kind", "suspect", "--name", "Max Muster"))
    small, big = work / "brief.txt", work / "scan.bin"
    small.write_bytes(b"Wir wissen, wo du wohnst. " * 200)
    # Two segments of the streaming AEAD (1 MiB each, storage/segments.py), the last partial.
    big.write_bytes(random.Random(SEED).randbytes(1024 * 1024 + 1000))
    ids = [line.split()[0] for line in ok(cli("attach", incident, str(small), str(big))
                                           ).out.splitlines()]
    backup = work / "vault.vfbackup"
    ok(cli("backup", "--to", str(backup)))
    with sqlite3.connect(vault / "vault.db") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = {p.relative_to(vault): p.read_bytes() for p in vault.rglob("*")
             if p.is_file() and not p.name.endswith(("-wal", "-shm"))}
    state = Pristine(vault, work, files, incident,
                     {ids[0]: small.read_bytes(), ids[1]: big.read_bytes()}, backup.read_bytes())
    state.commands = {"list": ("incident", "list", "--json"),
                      "show": ("incident", "show", incident, "--json"),
                      "verify": ("verify", "--json")}
    for attachment in ids:
        state.commands[f"extract {attachment[:8]}"] = (
            "attachment", "extract", attachment, "--out", str(work / "out.bin"), "--force")
    for name, command in state.commands.items():
        state.reset()
        state.answers[name] = ok(cli(*command))
    return state


# -- where the flips go -----------------------------------------------------------------------
def keyslot_bytes(db: Path, data: bytes) -> list[int]:
    """The offsets of the keyslot rows in the file: from a little before each row's first
    value (its record header) to the end of its last, found on the table's own page."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT * FROM keyslot").fetchall()
        (page,), = conn.execute("SELECT pageno FROM dbstat WHERE name = 'keyslot'").fetchall()
    start, end = (page - 1) * PAGE, page * PAGE
    offsets: set[int] = set()
    for row in rows:
        found = []
        for value in row:
            raw = value.encode() if isinstance(value, str) else value
            if isinstance(raw, bytes) and len(raw) >= 8:
                at = data.find(raw, start, end)
                assert at >= 0, (row, value)
                found += [at, at + len(raw)]
        offsets.update(range(max(start, min(found) - 16), max(found)))
    return sorted(offsets)


def live_bytes(data: bytes) -> list[int]:
    """The offsets of vault.db that SQLite reads: each b-tree page's header, cell pointers and
    cell content (the gap between them is free space, where a flip changes nothing), and
    every other page whole."""
    offsets: list[int] = []
    for base in range(0, len(data), PAGE):
        header = base + (100 if base == 0 else 0)  # page 1 starts with the file header
        kind = data[header]
        if kind not in (2, 5, 10, 13):
            offsets += range(base, base + PAGE)
            continue
        cells = int.from_bytes(data[header + 3:header + 5], "big")
        content = int.from_bytes(data[header + 5:header + 7], "big") or 65536
        offsets += range(base, header + (12 if kind in (2, 5) else 8) + 2 * cells)
        offsets += range(base + min(content, PAGE), base + PAGE)
    return offsets


def _wrapped_key(state: Pristine) -> int:
    with sqlite3.connect(state.vault / "vault.db") as conn:
        (wrapped,), = conn.execute("SELECT wrapped_key FROM keyslot WHERE kind = 'passphrase'")
    at = state.files[Path("vault.db")].find(wrapped)
    assert at >= 0
    return at


@dataclass(frozen=True)
class Flip:
    file: Path  # relative to the vault, or the backup's name
    offset: int
    xor: int

    def __str__(self) -> str:
        return f"{self.file} offset {self.offset} xor 0x{self.xor:02x}"

    def apply(self, data: bytes) -> bytes:
        return data[:self.offset] + bytes([data[self.offset] ^ self.xor]) + \
            data[self.offset + 1:]


def flips(state: Pristine, target: str, rng: random.Random, count: int) -> Iterator[Flip]:
    db = Path("vault.db")
    blobs = sorted(p for p in state.files if p.parts[0] == "attachments")
    slots = keyslot_bytes(state.vault / db, state.files[db])
    live = live_bytes(state.files[db])

    def offset(size: int, head: int) -> int:
        """Half the flips anywhere, half in the first `head` bytes (the headers)."""
        return rng.randrange(size if rng.random() < 0.5 else min(head, size))

    # First a flip each target must refuse (a file's magic, a wrapped key's first byte), so
    # the run shows it reaches the code under test whatever the random offsets hit.
    yield {"vault.db": Flip(db, 0, 0x01), "keyslots": Flip(db, _wrapped_key(state), 0x01),
           "attachments": Flip(blobs[0], 0, 0x01),
           "backup": Flip(Path("vault.vfbackup"), 0, 0x01)}[target]
    for _ in range(count - 1):
        xor = rng.randrange(1, 256)
        if target == "vault.db":  # half anywhere, half where SQLite reads
            where = rng.randrange(len(state.files[db])) if rng.random() < 0.5 else \
                rng.choice(live)
            yield Flip(db, where, xor)
        elif target == "keyslots":
            yield Flip(db, rng.choice(slots), xor)
        elif target == "attachments":  # the header and the first segment's start: 64 bytes
            blob = rng.choice(blobs)
            yield Flip(blob, offset(len(state.files[blob]), 64), xor)
        else:  # the header with its keyslots is about 1 KiB
            yield Flip(Path("vault.vfbackup"), offset(len(state.backup), 4096), xor)


# -- what an answer was -----------------------------------------------------------------------
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{\w+\}", template)
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


PATTERNS = sorted(((_pattern(t), str(code)) for code, t in TEMPLATES.items()),
                  key=lambda item: -len(item[0].pattern))


def error_code(sentence: str) -> str:
    """The code whose sentence this is (the most specific template that matches)."""
    for pattern, code in PATTERNS:
        if pattern.fullmatch(sentence):
            return code
    return f"unmatched sentence: {sentence[:60]}"


def outcome(name: str, result: Result) -> str:
    """How a command answered: 'worked', 'exit N code', or a finding in capitals."""
    if result.code == EXIT_INTERNAL or "Traceback" in result.err or \
            "internal error" in result.err:
        return f"INTERNAL ERROR {result.err.strip()[:200]}"
    if result.code == 0:
        return "worked"
    if name == "verify" and result.code == 1 and not result.err:
        failed = [item for item in result.json()["items"] if not item["ok"]]
        return f"exit 1 verify: {failed[0]['code']}" if failed else "VERIFY FAILED WITHOUT ITEM"
    lines = result.err.splitlines()
    if len(lines) != 1 or not lines[0].startswith("vorfallbuch: error: ") or result.out:
        return f"UNNAMED ERROR {result.err.strip()[:200]!r} {result.out[:100]!r}"
    return f"exit {result.code} {error_code(lines[0].removeprefix('vorfallbuch: error: '))}"


@dataclass
class Tally:
    target: str
    counts: Counter[str] = field(default_factory=Counter)
    findings: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")
    flips: int = 0

    def note(self, flip: Flip, name: str, seconds: float, what: str) -> None:
        self.counts[f"{name}: {what}"] += 1
        if seconds > self.slowest[0]:
            self.slowest = (seconds, f"{name} on {flip}")
        if seconds > SLOW:
            self.finding(flip, name, f"took {seconds:.1f} s")
        if what.startswith(FINDINGS):
            self.finding(flip, name, what)

    def finding(self, flip: Flip, name: str, what: str) -> None:
        self.findings.append(f"seed {SEED} target {self.target} {flip}: {name}: {what}")

    def report(self) -> str:
        lines = [f"flip fuzz seed {SEED}, target {self.target}: {self.flips} flips, slowest "
                 f"{self.slowest[0]:.2f} s ({self.slowest[1]})"]
        lines += [f"  {count:6}  {what}" for what, count in sorted(self.counts.items())]
        return "\n".join(lines)


class Watchdog:
    """Says which flip a command is stuck on: pytest-timeout then ends the test and shows what
    went to stderr (an in-process command cannot be interrupted)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def run(self, what: str, call: Callable[[], Result]) -> tuple[Result, float]:
        def bark() -> None:
            print(f"flip fuzz: still running after {self.seconds:.0f} s: {what}",
                  file=sys.__stderr__, flush=True)

        timer = threading.Timer(self.seconds, bark)
        timer.daemon = True
        started = time.monotonic()
        timer.start()
        try:
            return call(), time.monotonic() - started
        finally:
            timer.cancel()


# -- the checks -------------------------------------------------------------------------------
def _check_commands(state: Pristine, cli: InProcess, flip: Flip, tally: Tally,
                    watchdog: Watchdog) -> None:
    damaged = flip.apply(state.files[flip.file])
    silent: list[str] = []
    verified = False
    for name, command in state.commands.items():
        state.reset()
        (state.vault / flip.file).write_bytes(damaged)
        out = state.work / "out.bin"
        out.unlink(missing_ok=True)
        result, seconds = watchdog.run(f"seed {SEED} {flip}: {name}", lambda c=command: cli(*c))
        what = outcome(name, result)
        tally.note(flip, name, seconds, what)
        gone = [str(p) for p in state.files if not (state.vault / p).exists()]
        if gone:
            tally.finding(flip, name, f"removed {gone}")
        if what != "worked":
            continue
        if name == "verify":
            verified = True
        elif name.startswith("extract"):
            if out.read_bytes() != state.originals[command[2]]:
                tally.finding(flip, name, "extracted bytes differ from the original")
        elif result.out != state.answers[name].out and "vorfallbuch: warning: " not in result.err:
            silent.append(f"{name} {_changed(state.answers[name].out, result.out)}")
    if silent and verified:
        tally.finding(flip, ", ".join(silent), "answer changed without a warning, and verify "
                      "passed")


def _changed(before: str, after: str) -> list[str]:
    """The first lines that differ, for the finding."""
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)][2:6]


def _check_restore(state: Pristine, cli: InProcess, flip: Flip, tally: Tally,
                   watchdog: Watchdog, number: int) -> None:
    backup = state.work / "flipped.vfbackup"
    backup.write_bytes(flip.apply(state.backup))
    parent = state.work / "restores"
    parent.mkdir(exist_ok=True)
    target = parent / f"r{number}"
    before = sorted(parent.iterdir())
    result, seconds = watchdog.run(f"seed {SEED} {flip}: restore",
                                   lambda: cli("restore", str(backup), "--to", str(target)))
    what = outcome("restore", result)
    tally.note(flip, "restore", seconds, what)
    if what != "worked":
        if sorted(parent.iterdir()) != before:
            tally.finding(flip, "restore", f"refused but left {sorted(parent.iterdir())}")
        return
    # A flip the format does not read (there are few) may restore: then it restored it all.
    checked = cli("verify", vault=target)
    listed = cli("incident", "list", "--json", vault=target)
    if checked.code or listed.out != state.answers["list"].out:
        tally.finding(flip, "restore", f"restored a vault that differs: {checked.out[:200]}")
    for attachment, original in state.originals.items():
        out = state.work / "restored.bin"
        cli("attachment", "extract", attachment, "--out", str(out), "--force", vault=target)
        if not out.is_file() or out.read_bytes() != original:
            tally.finding(flip, "restore", f"restored attachment {attachment} differs")
    shutil.rmtree(target)


@pytest.mark.timeout(max(300, 2 * FLIPS))  # a flip costs 0.1-0.5 s on 2 shared cores
@pytest.mark.parametrize("target", TARGETS)
def test_every_flip_gives_a_named_error_or_works(
        pristine: Pristine, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    cli = InProcess(pristine.vault, capsys, monkeypatch)
    rng = random.Random(f"{SEED}/{target}")
    tally = Tally(target)
    watchdog = Watchdog(SLOW)
    for number, flip in enumerate(flips(pristine, target, rng, FLIPS)):
        tally.flips += 1
        if target == "backup":
            _check_restore(pristine, cli, flip, tally, watchdog, number)
        else:
            _check_commands(pristine, cli, flip, tally, watchdog)
    pristine.reset()
    if LONG:  # its figures, for the docs
        with capsys.disabled():
            print("\n" + tally.report())
    assert not tally.findings, "\n".join([*tally.findings[:30], tally.report()])
    # The run reached the code under test: the first flip at least was refused.
    assert any(not what.endswith(": worked") for what in tally.counts), tally.report()


def test_the_fuzz_tells_a_named_error_from_a_finding() -> None:
    """The guard tests itself: what the fuzz must count as a finding, it does."""
    damaged = ("The vault database is damaged or is not a Vorfallbuch vault; 'vorfallbuch "
               "verify' shows what is still readable, and 'vorfallbuch restore' puts the last "
               "backup back.")
    assert outcome("list", Result(0, "[]", "")) == "worked"
    assert outcome("list", Result(1, "", f"vorfallbuch: error: {damaged}\n")) == \
        "exit 1 database_damaged"
    assert outcome("list", Result(EXIT_INTERNAL, "", "vorfallbuch: internal error (KeyError); "
                                  "please report it.\n")).startswith(FINDINGS)
    assert outcome("list", Result(1, "", "Traceback (most recent call last):\n")
                   ).startswith(FINDINGS)
    assert outcome("list", Result(1, "", "vorfallbuch: error: one\nand another\n")
                   ).startswith(FINDINGS)
    assert outcome("list", Result(1, "partial output", f"vorfallbuch: error: {damaged}\n")
                   ).startswith(FINDINGS)
    assert outcome("verify", Result(1, '{"items": [{"ok": false, "code": "revision_damaged"}]}',
                                    "")) == "exit 1 verify: revision_damaged"
