"""verify_chain, the history view's quick check of the chain alone, and the report as scripts
read it (`verify --json`): the chain's length and head, and each problem with its code."""

from __future__ import annotations

import sqlite3

from storage import verify
from storage.errors import StorageError
from storage.vault import DB_NAME, Vault

AUTHOR = "user-anna"


def test_the_chain_check_recomputes_every_link_and_names_the_broken_one(vault: Vault) -> None:
    for number in range(3):
        vault.records.create("incident", f"ffff00000000000000000000000000{number:02d}",
                             {"title": str(number)}, AUTHOR)
    head = vault.records.chain_head()
    report = verify.verify_chain(vault)
    assert report.ok and (report.chain_length, report.chain_head) == (head.seq, head.link_hash)
    as_json = report.to_json(lambda problem: problem.code.value)
    assert as_json["ok"] is True
    assert as_json["chain"] == {"length": head.seq, "head": head.link_hash}

    with sqlite3.connect(vault.folder / DB_NAME) as conn:
        payload = bytearray(conn.execute("SELECT payload FROM chain_link WHERE seq = 2")
                            .fetchone()[0])
        payload[-1] ^= 1
        conn.execute("UPDATE chain_link SET payload = ? WHERE seq = 2", (bytes(payload),))
    broken = verify.verify_chain(vault)
    assert not broken.ok
    problems = [f for f in broken.findings if f.problem is not None]
    assert problems and all(f.kind == "chain" for f in problems)
    words: list[StorageError] = []
    as_json = broken.to_json(lambda problem: words.append(problem) or "broken")
    failed = [item for item in as_json["items"] if not item["ok"]]
    assert failed and all(item["code"] == problems[0].problem.code.value  # type: ignore[union-attr]
                          and item["error"] == "broken" for item in failed[:1])
    assert words == [f.problem for f in problems]
