"""Child process: open the vault, load what the GUI's list needs, search, report as JSON.

Run in a fresh interpreter per measurement, so the parent's imports, warm caches and the
memory of generating the vault count neither for the timings nor for the peak RSS.
Usage: python -m benchmarks.probe VAULT_FOLDER
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from app.service import VaultService
from benchmarks.generate import PASSPHRASE, USER
from benchmarks.queries import QUERIES
from storage.vault import Vault


def peak_rss_bytes() -> int:
    """Peak resident set size of this process (ru_maxrss: KiB on Linux, bytes on macOS)."""
    if sys.platform == "win32":
        import psutil

        return int(psutil.Process().memory_info().peak_wset)
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


def measure(folder: Path) -> dict[str, object]:
    clock = time.perf_counter
    t0 = clock()
    vault = Vault.open(folder)
    t1 = clock()
    # Unlocking runs the KDF (deliberately slow in the product); it is timed on its own and
    # left out of "open and load".
    vault.unlock(USER, PASSPHRASE)
    t2 = clock()
    service = VaultService(vault)
    listing = service.list_incidents()
    t3 = clock()
    index = service.incident_index(listing)
    t4 = clock()
    counts = service.attachment_counts()
    t5 = clock()
    search_ms, hits = [], []
    for query in QUERIES:
        start = clock()
        found = index.search(query)
        search_ms.append((clock() - start) * 1000)
        hits.append(len(found))
    vault.close()
    return {
        "open_s": t1 - t0,
        "unlock_s": t2 - t1,
        "list_incidents_s": t3 - t2,
        "index_s": t4 - t3,
        "attachment_counts_s": t5 - t4,
        # "Open and load" is what the list needs: open, all incidents, attachment counts.
        # The search index is built once, when the first search needs it (the GUI does that
        # off its thread), and is reported on its own row.
        "open_and_load_s": (t1 - t0) + (t3 - t2) + (t5 - t4),
        "incidents": len(listing.entries),
        "failures": len(listing.failures),
        "attachments": sum(counts.values()),
        "search_ms": search_ms,
        "search_median_ms": statistics.median(search_ms),
        "queries_with_hits": sum(1 for n in hits if n),
        "hits": hits,
        "peak_rss_bytes": peak_rss_bytes(),
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))))
