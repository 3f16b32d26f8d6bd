"""Argon2id parameters, their calibration at vault creation, and key derivation."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4
TARGET_SECONDS = 0.75  # middle of the 0.5-1 s the security design asks for
MAX_ITERATIONS = 64
# Bounds for parameters read from a file (a keyslot, a backup header), checked before any
# derivation runs: a flipped byte or an edited file must not start an unlock that takes
# minutes or allocates gigabytes. They are far above what this program writes (64 MiB, at most
# MAX_ITERATIONS passes) and the work cap keeps one derivation to a few seconds.
MAX_MEMORY_KIB = 1024 * 1024
MAX_LANES = 64
MAX_WORK = MIN_MEMORY_KIB * MAX_ITERATIONS  # memory (KiB) x passes
MAX_PARAMS_TEXT = 1024  # the stored JSON; ours is about 80 characters


class KdfParamsError(ValueError):
    """Stored key-derivation parameters that cannot be parsed or lie outside the bounds."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in a keyslot (the salt is stored beside them)."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = 3
    lanes: int = DEFAULT_LANES
    algorithm: str = "argon2id"

    def to_json(self) -> dict[str, int | str]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        memory = data.get("memory_kib")
        iterations = data.get("iterations")
        lanes = data.get("lanes")
        algorithm = data.get("algorithm")
        if (
            not isinstance(memory, int)
            or not isinstance(iterations, int)
            or not isinstance(lanes, int)
            or algorithm != "argon2id"
        ):
            raise KdfParamsError("keyslot KDF parameters are malformed")
        params = cls(memory_kib=memory, iterations=iterations, lanes=lanes)
        params.check_bounds()
        return params

    @classmethod
    def parse(cls, stored: object) -> KdfParams:
        """The parameters as stored (JSON text), parsed and bounds-checked: KdfParamsError
        for anything else, never another exception, never a derivation."""
        if not isinstance(stored, str) or len(stored) > MAX_PARAMS_TEXT:
            raise KdfParamsError("keyslot KDF parameters are malformed")
        try:
            data = json.loads(stored)
        except (ValueError, RecursionError):
            raise KdfParamsError("keyslot KDF parameters are not JSON") from None
        if not isinstance(data, dict):
            raise KdfParamsError("keyslot KDF parameters are malformed")
        return cls.from_json(data)

    def check_bounds(self) -> None:
        # bool is an int in Python; True as a count of iterations is damage, not a value.
        values = (self.memory_kib, self.iterations, self.lanes)
        if any(isinstance(v, bool) for v in values) or not (
                1 <= self.iterations <= MAX_ITERATIONS and 1 <= self.lanes <= MAX_LANES
                and 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB
                and self.memory_kib * self.iterations <= MAX_WORK):
            raise KdfParamsError("keyslot KDF parameters out of range")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick the iteration count that makes one derivation take about target_seconds here.

    Memory stays at 64 MiB (the floor the security design sets); time is tuned with iterations,
    as KeePassXC's "benchmark 1 second" does.
    """
    salt = os.urandom(16)

    def fastest(iterations: int) -> float:
        # The fastest of a few runs: a busy moment during set-up must not weaken the slot for
        # good (a slower moment later only makes unlocking a little slower).
        params = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=iterations, lanes=DEFAULT_LANES)
        timings = []
        for _ in range(2):
            start = time.perf_counter()
            derive_key("calibration", salt, params)
            timings.append(time.perf_counter() - start)
        return min(timings)

    fastest(1)  # warms up allocation and thread start-up
    short, long = fastest(2), fastest(6)
    for _ in range(2):
        if long > short * 1.1:
            break
        # Six iterations no slower than two: a busy moment hit the short probes only, and the
        # slope would pick far too many iterations (a slow unlock for good), so measure again.
        short, long = fastest(2), fastest(6)
    # The slope between two lengths separates the cost per iteration from the fixed cost of
    # allocating 64 MiB and starting threads, which a single probe would count per iteration.
    per_iteration = max((long - short) / 4, 1e-4)
    fixed = max(short - 2 * per_iteration, 0.0)
    target_seconds = max(target_seconds - fixed, per_iteration)
    iterations = round(target_seconds / per_iteration)
    iterations = max(1, min(MAX_ITERATIONS, iterations))
    return KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=iterations, lanes=DEFAULT_LANES)
