"""Crash-safety harness: kill a writing process at random moments and check what survived.

A forked child saves incidents, edits, tombstones and attachments (and, with key operations,
passphrase changes, recovery-code resets and a second user) in an endless loop and reports
every save over a pipe only after the call returned, i.e. after the commit: an ack means
"durable". The parent SIGKILLs it at a random moment, reopens the vault and checks that

- leftover temp files of an interrupted attachment write are gone after the next open and
  no unreferenced attachment file stays behind,
- exactly one of the two passphrases unlocks, and it is the acknowledged one unless a
  passphrase change was in flight when the child died,
- ``PRAGMA integrity_check`` is ok and ``verify`` passes (which also proves no half-written
  attachment is referenced: every attachment record's file opens and matches its SHA-256),
- every acknowledged record, revision, tombstone, attachment and user change is there and
  opens, the chain has at least one link per acknowledged save and at most one more per
  kill, and nothing was saved twice.

The quick variant runs in the test suite (tests/storage/test_crash_safety.py); the long one is

    ./run crash --kills 1000 [--seed N] [--dir DIR]    (= python -m tools.crash_harness ...)

A seed fixes the child's operations, sizes and the kill delays; where exactly a kill lands
still depends on the machine's speed, so a replay retraces a run closely, not bit for bit.
A SIGKILL leaves the operating system's caches intact: this tests the application's write
order and atomicity (the part KeePassXC's losses came from), not the disk's flush behaviour.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from app.service import VaultService
from storage.blobstore import SUFFIX, TEMP_PREFIX, TEMP_SUFFIX
from storage.errors import RecordNotFoundError, StorageError, WrongPassphraseError
from storage.vault import ATTACHMENTS, DB_NAME, Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER

# The two passphrases a vault alternates between: after a kill during a change exactly one
# of them must open it.
PASSPHRASES = (PASSPHRASE, "lila Kuh auf gruener Wiese 42")
SECOND_USER = "Bernd Keller"
SECOND_PASSPHRASE = "Bernds eigener langer Satz 7"
MIB = 1024 * 1024
MAX_ATTACHMENT = 3 * MIB
TOMBSTONE = "\0tombstone"  # marker of an acknowledged deletion in the model
START_TIMEOUT = 60.0  # seconds a child may take to open the vault on a very busy machine
ATTACHMENT_WAIT = 3.0  # how long a mid-attachment kill waits for a big attachment to start

# Relative weights of the child's operations; key operations only in that mode.
RECORD_OPS = {"add": 25, "update": 35, "attach": 15, "delete": 5}
KEY_OPS = {"passphrase": 4, "recover": 2, "user": 4}
KEY_CHANGES = {"passphrase", "recover", "add_user", "remove_user"}
# record id -> (kind, state, head version, parent id); (record id, version) -> opened body
Heads = dict[str, tuple[str, str, int, str | None]]
Bodies = dict[tuple[str, int], dict[str, Any]]
CHAIN_OPS = {"add", "update", "attach", "delete", "passphrase", "recover", "add_user",
             "remove_user"}  # every one of them appends exactly one chain link


@dataclass(frozen=True)
class Options:
    kills: int = 50
    seed: int = 0
    kills_per_vault: int = 100  # a fresh vault now and then keeps each check's cost bounded
    key_ops: bool = True
    max_delay: float = 0.3  # seconds after the child's start
    mid_attachment_share: float = 0.2  # kills aimed at a big attachment write
    keep: bool = False  # keep the vaults even when every check passed


@dataclass
class Result:
    seed: int
    kills: int = 0
    acked: int = 0
    lost: int = 0
    failed: int = 0
    elapsed: float = 0.0
    vaults: int = 0
    mid_attachment_kills: int = 0
    in_flight_at_kill: int = 0
    leftovers_cleaned: int = 0
    key_changes_acked: int = 0
    messages: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.lost == 0 and self.failed == 0

    def summary(self) -> str:
        return "\n".join([
            f"kills:                      {self.kills}",
            f"acknowledged saves:         {self.acked}",
            f"lost saves:                 {self.lost}",
            f"failed checks:              {self.failed}",
            f"elapsed:                    {self.elapsed:.1f} s",
            f"seed:                       {self.seed}",
            f"vaults:                     {self.vaults}",
            f"kills during big attachment writes: {self.mid_attachment_kills}",
            f"kills with a save in flight: {self.in_flight_at_kill}",
            f"leftover files cleaned at open: {self.leftovers_cleaned}",
            f"passphrase/user changes acked: {self.key_changes_acked}",
        ])


@dataclass
class IncidentModel:
    title: str | None  # None when its creation was committed but never acknowledged
    versions: dict[int, str] = field(default_factory=dict)  # acked version -> marker
    deleted: bool = False


@dataclass
class AttachmentModel:
    incident_id: str
    sha256: str
    size: int
    checked: bool = False  # listed and extracted once; later checks use the bulk read


@dataclass
class VaultModel:
    """What the parent knows was acknowledged in one vault."""

    number: int
    folder: Path
    recovery_code: str
    passphrase: str = PASSPHRASES[0]
    user2: bool = False
    incidents: dict[str, IncidentModel] = field(default_factory=dict)
    attachments: dict[str, AttachmentModel] = field(default_factory=dict)
    acked: int = 0
    acked_chain: int = 0
    acked_adds: int = 0
    acked_attachments: int = 0
    # Saves that were in flight at a kill may or may not have committed; they widen the
    # bounds for counts instead of being ignored.
    in_flight_chain: int = 0
    in_flight_adds: int = 0
    in_flight_attachments: int = 0
    in_flight: dict[str, Any] | None = None
    maybe_deleted: set[str] = field(default_factory=set)  # deletions cut off by a kill
    passphrase_acks: int = 0
    user_acks: int = 0
    lost: set[str] = field(default_factory=set)
    failed: int = 0

    def apply(self, message: dict[str, Any]) -> None:
        kind = message["t"]
        if kind == "begin":
            self.in_flight = message
        elif kind == "ack":
            self.in_flight = None
            self._apply_ack(message)

    def _apply_ack(self, ack: dict[str, Any]) -> None:
        op = ack["op"]
        self.acked += 1
        if op in CHAIN_OPS:
            self.acked_chain += 1
        if op == "add":
            self.incidents[ack["id"]] = IncidentModel(ack["title"], {1: ack["marker"]})
            self.acked_adds += 1
        elif op == "update":
            self.incidents.setdefault(ack["id"], IncidentModel(None)).versions[
                ack["version"]] = ack["marker"]
        elif op == "delete":
            model = self.incidents.setdefault(ack["id"], IncidentModel(None))
            model.versions[ack["version"]] = TOMBSTONE
            model.deleted = True
        elif op == "attach":
            self.attachments[ack["id"]] = AttachmentModel(ack["incident"], ack["sha256"],
                                                          ack["size"])
            self.acked_attachments += 1
        elif op in ("passphrase", "recover"):
            self.passphrase = ack["new"]
            self.passphrase_acks += 1
        elif op in ("add_user", "remove_user"):
            self.user2 = op == "add_user"
            self.user_acks += 1


# -- the child --------------------------------------------------------------------------


def _attachment_size(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.4:
        return rng.randint(0, 64 * 1024)
    if roll < 0.7:
        return rng.randint(0, MAX_ATTACHMENT)
    if roll < 0.9:
        return rng.randint(1, 3) * MIB  # exact segment multiples: the last-segment flag
    return min(MAX_ATTACHMENT, rng.randint(1, 2) * MIB + rng.choice((-1, 1)))


def _choose(rng: random.Random, weights: dict[str, int]) -> str:
    names = list(weights)
    return rng.choices(names, [weights[n] for n in names])[0]


def _child(folder: Path, fd: int, seed: str, key_ops: bool, passphrase: str,
           recovery_code: str) -> NoReturn:
    """Write until killed. Runs in the forked process and never returns into the caller's
    stack (pytest's included): it leaves through os._exit."""
    code = 0

    def send(message: dict[str, Any]) -> None:
        # One write per line, well below PIPE_BUF, so a line is never torn by the kill.
        os.write(fd, (json.dumps(message) + "\n").encode())

    try:
        rng = random.Random(seed)
        vault = Vault.open(folder)
        vault.unlock(USER, passphrase)
        service = VaultService(vault)
        alive = [e.id for e in service.list_incidents().entries]
        user2 = any(u.name == SECOND_USER for u in vault.users())
        weights = {**RECORD_OPS, **(KEY_OPS if key_ops else {})}
        send({"t": "started"})
        for n in range(1_000_000_000):
            op = _choose(rng, weights) if alive else "add"
            marker = f"{seed}-{n}-{rng.getrandbits(32):08x}"
            if op == "user":
                op = "remove_user" if user2 else "add_user"
            if op == "add":
                title = f"Vorfall {seed}-{n}"
                send({"t": "begin", "op": op})
                entry = service.add_incident({"title": title, "occurred": {"date": "2026-03-01"},
                                              "description": marker})
                alive.append(entry.id)
                send({"t": "ack", "op": op, "id": entry.id, "title": title, "marker": marker})
            elif op == "update":
                incident_id = rng.choice(alive)
                current = service.get_incident(incident_id)
                data = current.value.model_dump(mode="json")
                data["description"] = marker
                send({"t": "begin", "op": op, "id": incident_id})
                entry = service.update_incident(incident_id, data, current.version)
                send({"t": "ack", "op": op, "id": entry.id, "version": entry.version,
                      "marker": marker})
            elif op == "delete":
                incident_id = rng.choice(alive)
                version = service.get_incident(incident_id).version
                send({"t": "begin", "op": op, "id": incident_id})
                service.delete_incident(incident_id, version)
                alive.remove(incident_id)
                send({"t": "ack", "op": op, "id": incident_id, "version": version + 1})
            elif op == "attach":
                incident_id = rng.choice(alive)
                data = os.urandom(_attachment_size(rng))
                # The ack carries the hash of what the child handed over, not the store's
                # own figure, so a store that hashed the wrong bytes is caught too.
                digest = hashlib.sha256(data).hexdigest()
                big = len(data) >= MIB
                send({"t": "begin", "op": op, "size": len(data)})
                attachment = service.add_attachment_stream(
                    incident_id, io.BytesIO(data), f"beweis-{n}.jpg",
                    progress=(lambda done: send({"t": "progress", "bytes": done})) if big
                    else None)
                send({"t": "ack", "op": op, "id": attachment.id, "incident": incident_id,
                      "sha256": digest, "size": len(data)})
            elif op in ("passphrase", "recover"):
                new = PASSPHRASES[1] if passphrase == PASSPHRASES[0] else PASSPHRASES[0]
                send({"t": "begin", "op": op, "new": new})
                if op == "passphrase":
                    vault.change_passphrase(new, kdf=CHEAP_KDF)
                else:
                    vault.recover(recovery_code, USER, new, kdf=CHEAP_KDF)
                passphrase = new
                send({"t": "ack", "op": op, "new": new})
            elif op == "add_user":
                send({"t": "begin", "op": op})
                vault.add_user(SECOND_USER, SECOND_PASSPHRASE, kdf=CHEAP_KDF)
                user2 = True
                send({"t": "ack", "op": op})
            elif op == "remove_user":
                send({"t": "begin", "op": op})
                vault.remove_user(SECOND_USER)
                user2 = False
                send({"t": "ack", "op": op})
    except BaseException:
        code = 1
        with contextlib.suppress(OSError):  # the parent may be gone already
            send({"t": "error", "message": traceback.format_exc()[-3000:]})
    finally:
        os._exit(code)


# -- the parent -------------------------------------------------------------------------


class _Pipe:
    """The read end of the child's report pipe, parsed into JSON lines."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.eof = False

    def read(self, timeout: float) -> list[dict[str, Any]]:
        if self.eof:
            return []
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return []
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            self.eof = True
            return []
        self.buffer += chunk
        *lines, self.buffer = self.buffer.split(b"\n")
        return [json.loads(line) for line in lines if line]

    def pump(self, handle: Callable[[dict[str, Any]], None], deadline: float,
             stop: Callable[[dict[str, Any]], bool] | None = None) -> bool:
        """Handle messages until the deadline, EOF or a message `stop` accepts."""
        while not self.eof:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            found = False
            for message in self.read(remaining):
                handle(message)
                found = found or (stop is not None and stop(message))
            if found:
                return True
        return False


class Harness:
    def __init__(self, options: Options, base: Path,
                 log: Callable[[str], None] | None = None) -> None:
        self.options = options
        self.base = base
        self.log = log or (lambda _line: None)
        self.rng = random.Random(options.seed)
        self.result = Result(options.seed)
        self.model: VaultModel | None = None
        self.scratch = base / "extracted"

    # -- bookkeeping --------------------------------------------------------------------
    def fail(self, message: str) -> None:
        if self.model is not None:
            self.model.failed += 1
        self.result.failed += 1
        self.result.messages.append(f"kill {self.result.kills}: {message}")

    def lose(self, model: VaultModel, key: str, detail: str, saves: int = 1) -> None:
        """Count a lost acknowledged save once, however many later checks miss it too."""
        if key not in model.lost:
            model.lost.add(key)
            self.result.lost += saves
            self.result.messages.append(f"kill {self.result.kills}: LOST {key}: {detail}")

    # -- the run ------------------------------------------------------------------------
    def run(self) -> Result:
        started = time.monotonic()
        self.base.mkdir(parents=True, exist_ok=True)
        self.scratch.mkdir(exist_ok=True)
        try:
            while self.result.kills < self.options.kills:
                if self.model is None or self.result.kills % self.options.kills_per_vault == 0:
                    self._new_vault()
                assert self.model is not None
                fatal = self._kill_once(self.model)
                if self.result.kills % 50 == 0 or fatal:
                    self.log(f"{self.result.kills} kills, {self.result.acked} acknowledged, "
                             f"{self.result.lost} lost, {self.result.failed} failed, "
                             f"{time.monotonic() - started:.0f} s")
                if fatal:
                    break
        finally:
            self.result.elapsed = time.monotonic() - started
        if self.model is not None:
            self._retire(self.model)
        return self.result

    def _new_vault(self) -> None:
        if self.model is not None:
            self._retire(self.model)
        number = self.result.vaults + 1
        folder = self.base / f"vault-{number:03d}"
        vault, code = Vault.create(folder, USER, PASSPHRASES[0], kdf=CHEAP_KDF)
        # Closed before any fork: a child must never inherit a live SQLAlchemy engine.
        vault.close()
        self.model = VaultModel(number, folder, code)
        self.result.vaults = number

    def _retire(self, model: VaultModel) -> None:
        """A vault that passed every check goes (they grow to hundreds of MB in a long run);
        one with a finding stays for inspection."""
        if not model.lost and not model.failed and not self.options.keep:
            shutil.rmtree(model.folder, ignore_errors=True)

    def _kill_once(self, model: VaultModel) -> bool:
        """One child, one kill, one check. Returns True when the vault cannot be used on."""
        options, rng = self.options, self.rng
        seed = f"{options.seed}-{self.result.kills}"
        aim_at_attachment = rng.random() < options.mid_attachment_share
        delay = rng.uniform(0.0, options.max_delay)
        late = rng.uniform(0.0, 0.03)
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read_fd)
            _child(model.folder, write_fd, seed, options.key_ops, model.passphrase,
                   model.recovery_code)
        os.close(write_fd)
        pipe = _Pipe(read_fd)
        errors: list[str] = []

        def handle(message: dict[str, Any]) -> None:
            if message["t"] == "error":
                errors.append(message["message"])
            else:
                model.apply(message)
                if message["t"] == "ack":
                    self.result.acked += 1
                    self.result.key_changes_acked += message["op"] in KEY_CHANGES

        try:
            started = pipe.pump(handle, time.monotonic() + START_TIMEOUT,
                                lambda m: m["t"] == "started")
            if aim_at_attachment and pipe.pump(handle, time.monotonic() + ATTACHMENT_WAIT,
                                               lambda m: m["t"] == "progress"):
                self.result.mid_attachment_kills += 1
                pipe.pump(handle, time.monotonic() + late)  # spread over segments and commit
            elif not aim_at_attachment:
                pipe.pump(handle, time.monotonic() + delay)
            os.kill(pid, signal.SIGKILL)
            # Acks the child wrote before it died are in the pipe and count as acknowledged.
            pipe.pump(handle, time.monotonic() + START_TIMEOUT)
        finally:
            # Also when the parent itself failed above: never wait for a child still writing.
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            os.close(read_fd)
        self.result.kills += 1
        if errors:
            self.fail("the writer failed: " + errors[0])
        elif not started:
            self.fail(f"the writer did not start within {START_TIMEOUT:.0f} s")
        elif not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            self.fail(f"the writer ended by itself (status {status})")
        in_flight = model.in_flight
        model.in_flight = None
        if in_flight is not None:
            self.result.in_flight_at_kill += 1
            op = in_flight["op"]
            model.in_flight_chain += op in CHAIN_OPS
            model.in_flight_adds += op == "add"
            model.in_flight_attachments += op == "attach"
            if op == "delete":
                model.maybe_deleted.add(in_flight["id"])
        return self._check(model, in_flight)

    # -- the checks ---------------------------------------------------------------------
    def _check(self, model: VaultModel, in_flight: dict[str, Any] | None) -> bool:
        store = model.folder / ATTACHMENTS
        before = {p.name for p in store.iterdir()}
        try:
            vault = Vault.open(model.folder)
        except Exception as exc:
            self.fail(f"the vault does not open after the kill: {exc!r}")
            self.lose(model, "everything", f"{model.acked} acknowledged saves unreachable",
                      model.acked)
            return True
        try:
            return self._check_open(vault, model, in_flight, before)
        finally:
            vault.close()

    def _check_open(self, vault: Vault, model: VaultModel, in_flight: dict[str, Any] | None,
                    before: set[str]) -> bool:
        op = in_flight["op"] if in_flight is not None else None
        store = model.folder / ATTACHMENTS
        after = {p.name for p in store.iterdir()}
        temps = sorted(n for n in after if n.startswith(TEMP_PREFIX) and n.endswith(TEMP_SUFFIX))
        if temps:
            self.fail(f"temp files survived the next open: {temps}")
        self.result.leftovers_cleaned += len(vault.cleaned_up)
        if not set(vault.cleaned_up) <= before:
            self.fail(f"open reports removing files that were not there: {vault.cleaned_up}")
        # Only an interrupted attachment write may leave a file behind, and only one.
        if len(vault.cleaned_up) > (1 if op == "attach" else 0):
            self.fail(f"open removed {vault.cleaned_up} after a kill during {op!r}")

        if not self._check_keys(vault, model, in_flight):
            return True
        service = VaultService(vault)
        self._check_database(model)
        report = service.verify()
        if not report.ok:
            self.fail("verify: " + "; ".join(f"{f.kind} {f.id}: {f.problem}"
                                             for f in report.failures[:5]))
        low = model.acked_chain + 1  # + the vault's creation
        if not low <= report.chain_length <= low + model.in_flight_chain:
            self.fail(f"chain has {report.chain_length} links; acknowledged saves allow "
                      f"{low}..{low + model.in_flight_chain}")
        heads, revisions = self._revisions(vault, model)
        self._check_records(service, model, heads, revisions)
        self._check_attachments(service, model, heads, revisions, after)
        return False

    def _check_keys(self, vault: Vault, model: VaultModel,
                    in_flight: dict[str, Any] | None) -> bool:
        """Exactly one passphrase opens; the acknowledged one unless a change was cut off.
        Leaves the vault unlocked as the first user. False when nothing unlocks it."""
        op = in_flight["op"] if in_flight is not None else None
        working = []
        for candidate in PASSPHRASES:
            try:
                vault.unlock(USER, candidate)
                working.append(candidate)
            except WrongPassphraseError:
                pass
        if len(working) != 1:
            self.fail(f"{len(working)} passphrases open the vault, exactly one must")
            if not working:
                self.lose(model, "everything", "no passphrase opens the vault", model.acked)
                return False
        actual = working[0]
        if op in ("passphrase", "recover"):
            assert in_flight is not None
            if actual not in (model.passphrase, in_flight["new"]):
                self.fail("neither the old nor the new passphrase opens the vault")
        elif actual != model.passphrase:
            self.lose(model, f"passphrase change #{model.passphrase_acks}",
                      "the acknowledged passphrase does not open the vault")
        model.passphrase = actual  # what the next child and check start from

        present = any(u.name == SECOND_USER for u in vault.users())
        if op not in ("add_user", "remove_user") and present != model.user2:
            self.lose(model, f"user change #{model.user_acks}",
                      f"second user {'missing' if model.user2 else 'still there'}")
        model.user2 = present
        if present:
            try:
                vault.unlock(SECOND_USER, SECOND_PASSPHRASE)
                vault.records.chain_entries()  # the data key from their slot opens data
            except (StorageError, WrongPassphraseError) as exc:
                self.fail(f"the second user cannot open the vault: {exc}")
        vault.unlock(USER, actual)
        return True

    def _check_database(self, model: VaultModel) -> None:
        db = sqlite3.connect(f"file:{model.folder / DB_NAME}?mode=ro", uri=True)
        try:
            integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
            if integrity != ["ok"]:
                self.fail(f"PRAGMA integrity_check: {integrity[:5]}")
            foreign = db.execute("PRAGMA foreign_key_check").fetchall()
            if foreign:
                self.fail(f"PRAGMA foreign_key_check: {foreign[:5]}")
        finally:
            db.close()

    def _revisions(self, vault: Vault, model: VaultModel) -> tuple[Heads, Bodies]:
        """Every record head and every opened revision, read in bulk (one query each instead
        of one history call per record keeps a check of thousands of records cheap)."""
        db = sqlite3.connect(f"file:{model.folder / DB_NAME}?mode=ro", uri=True)
        try:
            heads = {str(i): (str(k), str(s), int(v), p) for i, k, s, v, p in db.execute(
                "SELECT id, kind, state, head_version, parent_id FROM record")}
            rows = db.execute("SELECT record_id, version, payload FROM revision").fetchall()
        finally:
            db.close()
        revisions: dict[tuple[str, int], dict[str, Any]] = {}
        for record_id, version, payload in rows:
            kind = heads[record_id][0]
            try:
                revisions[(record_id, version)] = vault.records.open_revision(
                    record_id, kind, version, None if payload is None else bytes(payload))
            except (StorageError, ValueError) as exc:
                self.fail(f"{kind} {record_id} version {version} does not open: {exc}")
        return heads, revisions

    def _check_records(self, service: VaultService, model: VaultModel, heads: Heads,
                       revisions: Bodies) -> None:
        listing = service.list_incidents()
        if listing.failures:
            self.fail(f"incidents that do not open: {listing.failures[:3]}")
        listed = {e.id: e for e in listing.entries}
        count = sum(1 for kind, *_ in heads.values() if kind == "incident")
        high = model.acked_adds + model.in_flight_adds
        if not model.acked_adds <= count <= high:
            self.fail(f"{count} incidents stored; acknowledged adds allow "
                      f"{model.acked_adds}..{high}")
        for incident_id, incident in model.incidents.items():
            head = heads.get(incident_id)
            if head is None:
                for version in incident.versions:
                    self.lose(model, f"incident {incident_id} v{version}", "record missing")
                continue
            _kind, state, head_version, _parent = head
            for version, marker in incident.versions.items():
                body = revisions.get((incident_id, version))
                key = f"incident {incident_id} v{version}"
                if body is None:
                    self.lose(model, key, "revision missing")
                elif marker == TOMBSTONE:
                    if not body["deleted"]:
                        self.lose(model, key, "the acknowledged deletion is not a tombstone")
                elif body["deleted"] or body["content"].get("description") != marker:
                    self.lose(model, key, "revision holds other content than acknowledged")
                elif version == 1 and incident.title is not None \
                        and body["content"].get("title") != incident.title:
                    self.lose(model, key, "title differs from the acknowledged one")
            newest = max(incident.versions)
            if head_version < newest:
                self.lose(model, f"incident {incident_id} v{newest}",
                          f"head is version {head_version}")
            if incident.deleted:
                if state != "deleted" or incident_id in listed:
                    self.lose(model, f"incident {incident_id} v{newest}",
                              f"acknowledged deletion undone (state {state})")
                    continue
                try:
                    service.get_incident(incident_id)
                    self.fail(f"deleted incident {incident_id} still opens as current")
                except RecordNotFoundError:
                    pass
            elif state == "deleted" and incident_id in model.maybe_deleted:
                continue  # deleted by a save that committed but was killed before its ack
            elif state != "active" or incident_id not in listed:
                self.lose(model, f"incident {incident_id} v{newest}",
                          f"not listed (state {state})")
            elif listed[incident_id].version < newest:
                self.lose(model, f"incident {incident_id} v{newest}",
                          f"listed with version {listed[incident_id].version}")

    def _check_attachments(self, service: VaultService, model: VaultModel, heads: Heads,
                           revisions: Bodies, files: set[str]) -> None:
        stored = {i for i, (kind, state, *_) in heads.items()
                  if kind == "attachment" and state != "purged"}
        high = model.acked_attachments + model.in_flight_attachments
        if not model.acked_attachments <= len(stored) <= high:
            self.fail(f"{len(stored)} attachments stored; acknowledged ones allow "
                      f"{model.acked_attachments}..{high}")
        blobs = {n[: -len(SUFFIX)] for n in files if n.endswith(SUFFIX)}
        if blobs != stored:
            self.fail(f"attachment files without record: {sorted(blobs - stored)[:3]}, "
                      f"records without file: {sorted(stored - blobs)[:3]}")
        checked = [i for i, a in model.attachments.items() if a.checked]
        # New attachments get the full front-end round trip once; a few older ones again.
        sample = set(self.rng.sample(checked, min(2, len(checked))))
        listings: dict[str, set[str]] = {}
        for attachment_id, acked in model.attachments.items():
            key = f"attachment {attachment_id}"
            body = revisions.get((attachment_id, 1))
            if body is None or attachment_id not in stored:
                self.lose(model, key, "record missing")
                continue
            content = body["content"]
            if content.get("sha256") != acked.sha256 or content.get("size") != acked.size:
                self.lose(model, key, "stored facts differ from the acknowledged SHA-256/size")
                continue
            if acked.checked and attachment_id not in sample:
                continue  # verify read its file in full and matched it to these facts
            incident_state = heads.get(acked.incident_id, ("", "", 0, None))[1]
            if incident_state == "active":
                if acked.incident_id not in listings:
                    listings[acked.incident_id] = {
                        e.id for e in service.list_attachments(acked.incident_id).entries}
                if attachment_id not in listings[acked.incident_id]:
                    self.lose(model, key, "not listed with its incident")
                    continue
            out = self.scratch / attachment_id
            try:
                digest = service.extract_attachment(attachment_id, out, overwrite=True)
                with open(out, "rb") as extracted:
                    actual = hashlib.file_digest(extracted, "sha256").hexdigest()
                if digest != acked.sha256 or actual != acked.sha256:
                    self.lose(model, key, "extracted file differs from the acknowledged one")
                    continue
            except (StorageError, OSError) as exc:
                self.lose(model, key, f"does not extract: {exc}")
                continue
            finally:
                out.unlink(missing_ok=True)
            acked.checked = True


def run(options: Options, base: Path, log: Callable[[str], None] | None = None) -> Result:
    return Harness(options, base, log).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.crash_harness",
        description="Kill a writing process at random moments and check every acknowledged "
                    "save survived (docs/durability.md, 'The crash-safety harness').")
    parser.add_argument("--kills", type=int, default=1000, help="number of kills (1000)")
    parser.add_argument("--seed", type=int, default=None, help="replay a run's choices")
    parser.add_argument("--dir", type=Path, default=None,
                        help="where the vaults go (a temporary folder by default)")
    parser.add_argument("--kills-per-vault", type=int, default=100,
                        help="start a fresh vault after this many kills (100)")
    parser.add_argument("--no-key-ops", action="store_true",
                        help="leave out passphrase, recovery and user changes")
    parser.add_argument("--keep", action="store_true", help="keep the vaults afterwards")
    args = parser.parse_args(argv)
    if args.kills < 1 or args.kills_per_vault < 1:
        parser.error("--kills and --kills-per-vault must be at least 1")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    base = args.dir if args.dir is not None else Path(tempfile.mkdtemp(prefix="vfb-crash-"))
    options = Options(kills=args.kills, seed=seed, kills_per_vault=args.kills_per_vault,
                      key_ops=not args.no_key_ops, keep=args.keep)
    print(f"crash harness: {args.kills} kills, seed {seed}, vaults in {base}", flush=True)
    result = run(options, base, lambda line: print(line, flush=True))
    print(result.summary())
    for message in result.messages[:20]:
        print("  " + message.replace("\n", "\n    "))
    if result.ok and args.dir is None and not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    elif not result.ok:
        print(f"vaults kept in {base}; replay with --seed {seed}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
