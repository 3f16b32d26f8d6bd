"""Build the benchmark vault once and cache it under benchmarks/out/.

Records go in through RecordStore in batched transactions (one fsync per batch instead of one
per record, which would take minutes with synchronous=FULL); every record is a validated
domain model, dumped the way VaultService stores it. Attachments go through
VaultService.add_attachment_stream, the real intake path.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.domain import PersonKind
from app.service import INCIDENT, PERSON, VaultService
from benchmarks import corpus, fake
from storage.kdf import KdfParams
from storage.vault import Vault

# Bump when the generated content changes, so cached vaults of older generators are rebuilt.
GENERATOR_VERSION = 1
OUT = Path(__file__).resolve().parent / "out"
USER = "Bürgermeisterin Anna Schmidt"
PASSPHRASE = "Benchmark-Passphrase mit Umlauten äöü"
# The benchmark excludes the KDF, so the vault uses the cheapest Argon2id parameters.
CHEAP_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
BATCH = 500
MARKER = "generated.json"
KIB = 1024
MIB = 1024 * KIB
MIN_ATTACHMENT = 100 * KIB
MAX_ATTACHMENT = 20 * MIB


@dataclass(frozen=True)
class Profile:
    name: str
    incidents: int
    persons: int
    attachments: int
    seed: int = 20240601


FULL = Profile("full", incidents=10_000, persons=2_000, attachments=500)
SMALL = Profile("small", incidents=1_000, persons=200, attachments=50)


def vault_folder(profile: Profile) -> Path:
    return OUT / f"vault-{profile.name}-g{GENERATOR_VERSION}-s{profile.seed}"


def ensure_vault(profile: Profile, fresh: bool = False) -> tuple[Path, dict[str, Any]]:
    """The cached vault for a profile, generated if missing, stale or `fresh` is asked."""
    folder = vault_folder(profile)
    marker = folder / MARKER
    if fresh and folder.exists():
        shutil.rmtree(folder)
    if marker.is_file():
        return folder, json.loads(marker.read_text(encoding="utf-8"))
    # Build beside the final place and rename at the end: an interrupted run leaves no vault
    # that looks complete.
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    summary = build(partial, profile)
    (partial / MARKER).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    partial.rename(folder)
    return folder, summary


def build(folder: Path, profile: Profile) -> dict[str, Any]:
    started = time.perf_counter()
    rng = random.Random(profile.seed)
    vault, _code = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        author = vault.session().user.id
        persons = _add_persons(vault, rng, profile.persons, author)
        incidents = _add_incidents(vault, rng, profile.incidents, persons, author)
        sizes = _add_attachments(VaultService(vault), rng, profile.attachments, incidents)
    finally:
        vault.close()
    return {
        "profile": asdict(profile), "generator_version": GENERATOR_VERSION,
        "attachment_bytes": sum(sizes), "attachment_sizes": "log-uniform 100 KiB - 20 MiB",
        "largest_attachment": max(sizes, default=0), "kdf": asdict(CHEAP_KDF),
        "seconds": round(time.perf_counter() - started, 1),
    }


def _add_persons(vault: Vault, rng: random.Random, count: int,
                 author: str) -> list[tuple[str, PersonKind]]:
    made: list[tuple[str, PersonKind]] = []
    for start in range(0, count, BATCH):
        with vault.records.transaction() as conn:
            for _ in range(start, min(count, start + BATCH)):
                value, pid = fake.person(rng), fake.record_id(rng)
                vault.records.create(PERSON, pid, value.model_dump(mode="json"), author,
                                     conn=conn)
                made.append((pid, value.kind))
    return made


def _add_incidents(vault: Vault, rng: random.Random, count: int,
                   persons: list[tuple[str, PersonKind]], author: str) -> list[str]:
    made: list[str] = []
    for start in range(0, count, BATCH):
        with vault.records.transaction() as conn:
            for _ in range(start, min(count, start + BATCH)):
                value, iid = fake.incident(rng, persons, made), fake.record_id(rng)
                vault.records.create(INCIDENT, iid, value.model_dump(mode="json"), author,
                                     conn=conn)
                made.append(iid)
    return made


def _add_attachments(service: VaultService, rng: random.Random, count: int,
                     incidents: list[str]) -> list[int]:
    """Random bytes (incompressible, like photos and videos), sizes log-uniform so most files
    are small and a few are large, as on a real phone."""
    sizes: list[int] = []
    for number in range(count):
        size = int(fake.log_uniform(rng, MIN_ATTACHMENT, MAX_ATTACHMENT))
        name = rng.choice(corpus.FILE_NAMES).format(n=number)
        source = rng.choice(("", "vom Handy", "gescannt"))
        entry = service.add_attachment_stream(rng.choice(incidents),
                                              io.BytesIO(rng.randbytes(size)), name, source=source)
        assert entry.value.size == size
        sizes.append(size)
    return sizes

