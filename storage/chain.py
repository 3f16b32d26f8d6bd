"""The append-only history chain: every revision, tombstone, purge, export and user change.

Link n = SHA-256(link n-1 || canonical entry n). Entries are sealed (they name authors and
records); link hashes are plaintext so the head can be printed in a dossier.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from storage.crypto import Sealer, associated_data


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def genesis(vault_id: str) -> bytes:
    return hashlib.sha256(b"vorfallbuch-chain-genesis:" + vault_id.encode("ascii")).digest()


def link_hash(previous: bytes, entry_bytes: bytes) -> bytes:
    return hashlib.sha256(previous + entry_bytes).digest()


def entry_ad(vault_id: str, seq: int, key_version: int) -> bytes:
    return associated_data(vault_id, "chain_link", seq, "entry", key_version)


@dataclass(frozen=True)
class ChainHead:
    seq: int
    link_hash: str


def head(conn: Connection, vault_id: str) -> ChainHead:
    row = conn.execute(
        text("SELECT seq, link_hash FROM chain_link ORDER BY seq DESC LIMIT 1")
    ).first()
    if row is None:
        return ChainHead(0, genesis(vault_id).hex())
    return ChainHead(int(row[0]), str(row[1]))


def append(
    conn: Connection,
    sealer: Sealer,
    vault_id: str,
    key_version: int,
    kind: str,
    at: str,
    entry: dict[str, Any],
) -> ChainHead:
    """Append one link inside the caller's write transaction (which serialises writers)."""
    previous = head(conn, vault_id)
    seq = previous.seq + 1
    body = {**entry, "seq": seq, "kind": kind, "at": at}
    entry_bytes = canonical(body)
    digest = link_hash(bytes.fromhex(previous.link_hash), entry_bytes).hex()
    conn.execute(
        text(
            "INSERT INTO chain_link (seq, kind, created_at, payload, link_hash) "
            "VALUES (:seq, :kind, :at, :payload, :hash)"
        ),
        {
            "seq": seq,
            "kind": kind,
            "at": at,
            "payload": sealer.seal(entry_bytes, entry_ad(vault_id, seq, key_version)),
            "hash": digest,
        },
    )
    return ChainHead(seq, digest)
