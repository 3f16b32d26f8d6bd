"""Attachment intake throughput against a raw baseline on the same bytes, in the same run.

Baseline: what any encrypting copy has to do, with `cryptography` directly: read 1 MiB chunks,
SHA-256, AES-256-GCM, write, fsync, rename. Intake: VaultService.add_attachment, which does the
same plus per-file key derivation, the directory fsync, the advisory lock and the record's
database transaction. Disk speed on a shared machine drifts, so the two alternate which goes
first in each round, and the ratio is taken from the medians over the rounds.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.service import VaultService
from benchmarks import fake
from benchmarks.generate import CHEAP_KDF, MIB, MIN_ATTACHMENT, OUT, PASSPHRASE, USER
from storage.blobstore import SEGMENT
from storage.vault import Vault


@dataclass(frozen=True)
class IntakeResult:
    files: int
    total_bytes: int
    baseline_s: list[float]
    intake_s: list[float]

    @property
    def round_ratios(self) -> list[float]:
        return [b / i for b, i in zip(self.baseline_s, self.intake_s, strict=True)]

    @property
    def ratio(self) -> float:
        """baseline time / intake time: 1.0 means intake is as fast as the raw copy."""
        return statistics.median(self.baseline_s) / statistics.median(self.intake_s)

    def mb_per_s(self, seconds: list[float]) -> float:
        return self.total_bytes / 2**20 / statistics.median(seconds)


def make_sources(folder: Path, large: int, small: int, seed: int) -> list[Path]:
    """`large` files of 20 MiB (a phone video) and `small` ones of 100 KiB - 2 MiB."""
    rng = random.Random(seed)
    sizes = [20 * MIB] * large + [int(fake.log_uniform(rng, MIN_ATTACHMENT, 2 * MIB))
                                  for _ in range(small)]
    paths = []
    for number, size in enumerate(sizes):
        path = folder / f"Beweis_{number:02d}.mp4"
        path.write_bytes(rng.randbytes(size))
        paths.append(path)
    return paths


def baseline(paths: list[Path], dest: Path) -> float:
    aead = AESGCM(AESGCM.generate_key(bit_length=256))
    prefix = os.urandom(7)
    start = time.perf_counter()
    for path in paths:
        temp, final = dest / f"{path.name}.part", dest / f"{path.name}.enc"
        digest = hashlib.sha256()
        with open(path, "rb") as source, open(temp, "wb", buffering=0) as out:
            counter = 0
            while chunk := source.read(SEGMENT):
                digest.update(chunk)
                out.write(aead.encrypt(prefix + counter.to_bytes(5, "big"), chunk, None))
                counter += 1
            os.fsync(out.fileno())
        os.replace(temp, final)
        digest.hexdigest()
    return time.perf_counter() - start


def intake(paths: list[Path], folder: Path) -> float:
    """Into a throwaway vault, so the cached benchmark vault stays as generated."""
    vault, _code = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        service = VaultService(vault)
        incident = service.add_incident({"title": "Drohvideo per Messenger",
                                         "occurred": {"date": "2024-05-02"}})
        start = time.perf_counter()
        for path in paths:
            service.add_attachment(incident.id, path)
        return time.perf_counter() - start
    finally:
        vault.close()


def run(rounds: int, large: int, small: int, seed: int) -> IntakeResult:
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="intake-", dir=OUT))  # same disk as the vault
    try:
        sources = work / "sources"
        sources.mkdir()
        paths = make_sources(sources, large, small, seed)
        # Flush what earlier steps (generating the vault, the sources) left for the kernel
        # to write back, so it does not land in the first timed round.
        if hasattr(os, "sync"):
            os.sync()
        base_s: list[float] = []
        intake_s: list[float] = []
        for number in range(rounds):
            target = work / f"round-{number}"
            order = ("baseline", "intake") if number % 2 == 0 else ("intake", "baseline")
            for which in order:
                if which == "baseline":
                    (target / "raw").mkdir(parents=True)
                    base_s.append(baseline(paths, target / "raw"))
                else:
                    intake_s.append(intake(paths, target / "vault"))
            shutil.rmtree(target)
        return IntakeResult(len(paths), sum(p.stat().st_size for p in paths), base_s, intake_s)
    finally:
        shutil.rmtree(work, ignore_errors=True)
