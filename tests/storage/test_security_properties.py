"""Direct tests of the security properties a reviewer's hand-made mutation would break, each
one written so that it fails on that mutation (issue 13, section 7):

- every nonce in a vault is distinct, and the same plaintext sealed twice differs (a constant
  AES-GCM nonce in the sealer);
- an extract refuses an original that does not match its record (an extract that skips its
  SHA-256 comparison);
- a restore refuses an authentic backup whose contents fail verify (a restore that ignores its
  own verify report);
- segments of a blob and of a backup in swapped order fail (segment order not bound in the
  nonce);
- an edited salt fails unlock and recovery (a KDF salt that is ignored; see also
  tests/storage/test_keyslot_damage.py);
- every chain link, recomputed here from the documented format alone, matches the stored one
  (a link that no longer covers its predecessor).

docs/mutation.md has the same check by a tool (mutmut, over storage/) and its survivors.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import AppCode
from app.service import VaultService
from storage import backup as storage_backup
from storage.backup import Credentials, create_backup, restore_backup
from storage.blobstore import HEADER_BYTES, SEGMENT, TAG
from storage.crypto import NONCE_BYTES, SUBKEY_CHAIN, Sealer, derive_subkey, random_key
from storage.errors import IntegrityError, RecoveryCodeError, StorageCode, WrongPassphraseError
from storage.vault import DB_NAME, Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, raises_code, storage_of

BIG = bytes(range(251)) * (3 * SEGMENT // 251 + 400)  # four segments, the last one partial
SEALED = "SELECT payload FROM revision WHERE payload IS NOT NULL UNION ALL " \
         "SELECT payload FROM chain_link"


def rows(folder: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        found = conn.execute(statement, params).fetchall()
        conn.commit()
        return found
    finally:
        conn.close()


def reopen(folder: Path) -> VaultService:
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    return VaultService(vault)


@pytest.fixture
def filled(service: VaultService) -> dict[str, str]:
    """Incidents (two with the same content), an edit, a person, a draft, a large and a
    small attachment."""
    same = {"title": "Drohbrief", "occurred": {"date": "2026-03-01"}}
    first = service.add_incident(same).id
    twin = service.add_incident(same).id
    service.update_incident(first, {**same, "title": "Drohbrief (ergänzt)"}, 1)
    service.add_person({"kind": "witness", "name": "Zeugin"})
    service.draft_store().save({"title": "ein Entwurf"})
    big = service.add_attachment_stream(first, io.BytesIO(BIG), "gross.bin").id
    small = service.add_attachment_stream(first, io.BytesIO(b"klein"), "klein.txt").id
    return {"incident": first, "twin": twin, "big": big, "small": small}


# -- nonces --------------------------------------------------------------------------------
def test_the_same_plaintext_sealed_twice_differs() -> None:
    sealer = Sealer(random_key())
    one, two = (sealer.seal(b"Drohbrief vom 1. M\xc3\xa4rz", b"ad") for _ in range(2))
    assert one != two
    assert one[1:1 + NONCE_BYTES] != two[1:1 + NONCE_BYTES]
    assert sealer.open(one, b"ad") == sealer.open(two, b"ad")


def test_the_shortest_sealed_value_opens_and_one_byte_less_is_damaged() -> None:
    """Format byte, nonce and tag, nothing else: an empty value is sealed like any other."""
    sealer = Sealer(random_key())
    sealed = sealer.seal(b"", b"ad")
    assert len(sealed) == 1 + NONCE_BYTES + 16
    assert sealer.open(sealed, b"ad") == b""
    for length in (len(sealed) - 1, 1 + NONCE_BYTES, 5, 1, 0):  # never AESGCM's ValueError
        with raises_code(IntegrityError, StorageCode.SEAL_DAMAGED):
            sealer.open(sealed[:length], b"ad")


def test_every_nonce_in_a_vault_is_distinct(filled: dict[str, str], service: VaultService,
                                            tmp_path: Path) -> None:
    vault = storage_of(service)
    folder = vault.folder
    # A blob's segment nonces are its 7-byte prefix || counter || last flag, a backup's too.
    prefixes, salts = [], []
    for blob in (folder / "attachments").glob("*.vfb"):
        header = blob.read_bytes()[:HEADER_BYTES]
        prefixes.append(header[-7:])
        salts.append(header[-7 - 16:-7])
    for number in range(2):
        result = create_backup(vault, tmp_path / f"backup-{number}.vfbbak")
        header = storage_backup.read_header(result.path)
        prefixes.append(header["nonce_prefix"].encode())
        salts.append(header["salt"].encode())
    nonces: list[bytes] = []
    for (payload,) in rows(folder, SEALED):
        assert isinstance(payload, bytes)
        nonces.append(payload[1:1 + NONCE_BYTES])
    for (wrapped,) in rows(folder, "SELECT wrapped_key FROM keyslot"):
        assert isinstance(wrapped, bytes)
        nonces.append(wrapped[:NONCE_BYTES])
    for draft in (folder / "drafts").glob("*.draft"):
        data = draft.read_bytes()
        sealed = data[data.index(b"\n", data.index(b"{")) + 1:]
        nonces.append(sealed[1:1 + NONCE_BYTES])
    # revisions: 2 incidents + 1 edit + person + 2 attachments; the chain has a link each,
    # plus creation and the two backups; two keyslots; one draft.
    assert len(nonces) == 6 + 9 + 2 + 1
    assert len(set(nonces)) == len(nonces)
    assert len(set(prefixes)) == len(prefixes) == 4
    assert len(set(salts)) == len(salts) == 4


def test_two_records_share_no_keystream(filled: dict[str, str], service: VaultService) -> None:
    """Under one key and nonce, AES-GCM is a fixed keystream: the two ciphertexts XOR-ed give
    the two plaintexts XOR-ed. With a fresh nonce per value they do not."""
    vault = storage_of(service)
    fields = AESGCM(derive_subkey(vault._data_key, vault.vault_id, b"vorfallbuch/v1/fields"))
    texts = []
    for record_id in (filled["incident"], filled["twin"]):
        (payload,), = rows(vault.folder, "SELECT payload FROM revision WHERE record_id = ? "
                                         "AND version = 1", record_id)
        assert isinstance(payload, bytes)
        plain = fields.decrypt(payload[1:13], payload[13:],
                               _ad(vault.vault_id, "revision", record_id, "incident", 1,
                                   vault.key_version))
        texts.append((payload[13:-16], plain))
    (c1, p1), (c2, p2) = texts
    n = min(len(p1), len(p2))
    assert bytes(a ^ b for a, b in zip(c1[:n], c2[:n], strict=True)) != \
        bytes(a ^ b for a, b in zip(p1[:n], p2[:n], strict=True))


# -- an extract checks the original against its record --------------------------------------
def test_extract_refuses_a_validly_encrypted_blob_that_is_not_the_recorded_original(
        filled: dict[str, str], service: VaultService, tmp_path: Path) -> None:
    """Another original written under this attachment's id opens cleanly (its key and nonces
    are right); only the SHA-256 of the record can tell it is not the one taken at intake."""
    victim = filled["small"]
    storage_of(service).blobs.write(victim, io.BytesIO(b"untergeschoben")).release()
    out = tmp_path / "out" / "klein.txt"
    out.parent.mkdir()
    with raises_code(IntegrityError, AppCode.EXTRACT_MISMATCH, attachment_id=victim):
        service.extract_attachment(victim, out)
    assert list(out.parent.iterdir()) == []  # neither the file nor its temporary
    with raises_code(IntegrityError, StorageCode.ATTACHMENT_MISMATCH, attachment_id=victim):
        service.read_original(victim)
    problems = {f.id: f.problem for f in service.verify().failures}
    assert problems[victim] is not None
    assert problems[victim].code is StorageCode.ATTACHMENT_MISMATCH


def test_extract_refuses_a_record_whose_sha256_was_changed(
        filled: dict[str, str], service: VaultService, tmp_path: Path) -> None:
    victim = filled["big"]
    records = storage_of(service).records
    head = records.last_content(victim)
    forged = {**head.content, "sha256": hashlib.sha256(b"etwas anderes").hexdigest()}
    records.update(victim, forged, head.version, service.user_id)
    out = tmp_path / "gross.bin"
    with raises_code(IntegrityError, AppCode.EXTRACT_MISMATCH, attachment_id=victim):
        service.extract_attachment(victim, out)
    assert list(tmp_path.glob("*gross.bin*")) == []
    with raises_code(IntegrityError, StorageCode.ATTACHMENT_MISMATCH, attachment_id=victim):
        service.read_original(victim)


# -- a restore acts on its own verify report ---------------------------------------------------
def test_restore_refuses_an_authentic_backup_whose_contents_fail_verify(
        filled: dict[str, str], service: VaultService, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = storage_of(service)
    victim = filled["twin"]
    (payload,), = rows(vault.folder, "SELECT payload FROM revision WHERE record_id = ?", victim)
    assert isinstance(payload, bytes)
    rows(vault.folder, "UPDATE revision SET payload = ? WHERE record_id = ?",
         payload[:40] + bytes([payload[40] ^ 1]) + payload[41:], victim)
    # The writer refuses such a vault itself ...
    with raises_code(IntegrityError, StorageCode.BACKUP_CHECK_FAILED):
        create_backup(vault, tmp_path / "refused.vfbbak")
    assert not (tmp_path / "refused.vfbbak").exists()
    # ... so its check is skipped here, to get an authentic backup of damaged contents (what
    # an older version, or a vault damaged between the check and the packing, could leave).
    monkeypatch.setattr(storage_backup, "_check_backup", lambda *_args: 0)
    source = create_backup(vault, tmp_path / "damaged.vfbbak").path
    monkeypatch.undo()
    credentials = Credentials(user=USER, passphrase=PASSPHRASE)

    target = tmp_path / "restored"
    with raises_code(IntegrityError, StorageCode.RESTORE_CHECK_FAILED) as caught:
        restore_backup(source, target, credentials)
    problem = caught.value.params["problem"]
    assert problem.code is StorageCode.REVISION_DAMAGED
    assert problem.params["record_id"] == victim
    assert not target.exists()
    # Over an existing vault (replace): that vault stays in place, nothing is kept aside.
    other, _code = Vault.create(tmp_path / "other", USER, PASSPHRASE, kdf=CHEAP_KDF)
    other.close()
    before = (tmp_path / "other" / DB_NAME).read_bytes()
    with raises_code(IntegrityError, StorageCode.RESTORE_CHECK_FAILED):
        restore_backup(source, tmp_path / "other", credentials, replace=True)
    assert (tmp_path / "other" / DB_NAME).read_bytes() == before
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["damaged.vfbbak", "other", "vault"], leftovers


# -- segment order -------------------------------------------------------------------------------
def swap_segments(path: Path, start: int, one: int, two: int) -> None:
    """Swap two whole sealed segments (numbered from 0) of a file whose segments begin at
    `start`."""
    data = bytearray(path.read_bytes())
    size = SEGMENT + TAG

    def at(n: int) -> slice:
        return slice(start + n * size, start + (n + 1) * size)

    assert len(data) > start + (max(one, two) + 1) * size  # both are full, non-last segments
    first, second = bytes(data[at(one)]), bytes(data[at(two)])
    data[at(one)], data[at(two)] = second, first
    path.write_bytes(bytes(data))


def test_swapped_segments_of_a_blob_fail(filled: dict[str, str], service: VaultService) -> None:
    victim = filled["big"]
    vault = storage_of(service)
    assert vault.blobs.read(victim)[0] == len(BIG)
    swap_segments(vault.blobs.path_for(victim), HEADER_BYTES, 1, 2)
    with raises_code(IntegrityError, StorageCode.ATTACHMENT_SEGMENT_DAMAGED,
                     attachment_id=victim, segment=2):
        vault.blobs.read(victim)


def test_a_repeated_segment_of_a_blob_fails(filled: dict[str, str], service: VaultService) -> None:
    victim = filled["big"]
    path = storage_of(service).blobs.path_for(victim)
    data = bytearray(path.read_bytes())
    size = SEGMENT + TAG
    data[HEADER_BYTES + size: HEADER_BYTES + 2 * size] = data[HEADER_BYTES: HEADER_BYTES + size]
    path.write_bytes(bytes(data))
    with raises_code(IntegrityError, StorageCode.ATTACHMENT_SEGMENT_DAMAGED, segment=2):
        storage_of(service).blobs.read(victim)


def test_swapped_segments_of_a_backup_fail(filled: dict[str, str], service: VaultService,
                                           tmp_path: Path) -> None:
    source = create_backup(storage_of(service), tmp_path / "b.vfbbak").path
    _header, ad, handle = storage_backup._open_container(source)
    handle.close()
    swap_segments(source, len(ad), 1, 2)
    target = tmp_path / "restored"
    with raises_code(IntegrityError, StorageCode.BACKUP_SEGMENT_DAMAGED, segment=2):
        restore_backup(source, target, Credentials(user=USER, passphrase=PASSPHRASE))
    assert not target.exists()


# -- salts ---------------------------------------------------------------------------------------
def _flip_salt(folder: Path, kind: str) -> None:
    (slot_id, salt), = rows(folder, "SELECT id, salt FROM keyslot WHERE kind = ?", kind)
    assert isinstance(salt, bytes)
    rows(folder, "UPDATE keyslot SET salt = ? WHERE id = ?", bytes([salt[0] ^ 1]) + salt[1:],
         slot_id)


def test_an_edited_recovery_salt_fails_recovery(created: tuple[Vault, str],
                                                vault_dir: Path) -> None:
    """The recovery slot's salt takes part in its derivation (HKDF) as the passphrase slot's
    does in Argon2id (test_keyslot_damage.py::test_an_edited_salt_fails_unlock)."""
    vault, code = created
    vault.close()
    _flip_salt(vault_dir, "recovery")
    reopened = Vault.open(vault_dir)
    try:
        with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_FOREIGN):
            reopened.recover(code, USER, "a brand new passphrase for anna", kdf=CHEAP_KDF)
        reopened.unlock(USER, PASSPHRASE)  # the passphrase slot is untouched
    finally:
        reopened.close()


def test_an_edited_salt_in_a_backup_header_fails_its_unlock(service: VaultService,
                                                            tmp_path: Path) -> None:
    source = create_backup(storage_of(service), tmp_path / "b.vfbbak").path
    data = source.read_bytes()
    header = storage_backup.read_header(source)
    slot = next(s for s in header["slots"] if s["kind"] == "passphrase")
    old = slot["salt"]
    new = ("AAAA" if old[:4] != "AAAA" else "AAAB") + old[4:]  # 3 bytes of 16 others
    assert len(new) == len(old) and data.count(old.encode()) == 1
    source.write_bytes(data.replace(old.encode(), new.encode()))
    with raises_code(WrongPassphraseError, StorageCode.BACKUP_PASSPHRASE_WRONG):
        restore_backup(source, tmp_path / "restored", Credentials(USER, PASSPHRASE))
    assert not (tmp_path / "restored").exists()


# -- the history chain, recomputed independently -------------------------------------------------
def _ad(*parts: str | int) -> bytes:
    """docs/security.md and storage/crypto.py: b"vfb-ad-1", then each part as a 4-byte
    big-endian length and its UTF-8 text. Written out here, not imported."""
    out = b"vfb-ad-1"
    for part in parts:
        raw = str(part).encode("utf-8")
        out += len(raw).to_bytes(4, "big") + raw
    return out


def test_every_chain_link_recomputed_independently(filled: dict[str, str],
                                                   service: VaultService) -> None:
    """link_0 = SHA-256("vorfallbuch-chain-genesis:" || vault id); link_n = SHA-256(link_{n-1}
    || canonical entry n); each revision's link names the SHA-256 of its sealed plaintext."""
    vault = storage_of(service)
    service.delete_incident(filled["twin"])
    key = derive_subkey(vault._data_key, vault.vault_id, SUBKEY_CHAIN)
    aead = AESGCM(key)
    links = rows(vault.folder, "SELECT seq, payload, link_hash FROM chain_link ORDER BY seq")
    previous = hashlib.sha256(b"vorfallbuch-chain-genesis:" + vault.vault_id.encode()).digest()
    covered: dict[tuple[str, int], str] = {}
    for number, (seq, payload, stored) in enumerate(links, start=1):
        assert seq == number
        assert isinstance(payload, bytes) and payload[:1] == b"\x01"
        entry = aead.decrypt(payload[1:13], payload[13:],
                             _ad(vault.vault_id, "chain_link", seq, "entry", vault.key_version))
        body = json.loads(entry)
        assert entry == json.dumps(body, sort_keys=True, separators=(",", ":"),
                                   ensure_ascii=False).encode("utf-8")
        assert body["seq"] == seq
        digest = hashlib.sha256(previous + entry).digest()
        assert stored == digest.hex(), f"link {seq}"
        if body["kind"] in ("revision", "tombstone"):
            covered[(body["record_id"], body["version"])] = body["content_sha256"]
        previous = digest
    assert len(links) == 8  # creation, 2 incidents, an edit, a person, 2 files, a deletion
    # Every revision is covered by its link: the SHA-256 of its sealed plaintext.
    fields = AESGCM(derive_subkey(vault._data_key, vault.vault_id, b"vorfallbuch/v1/fields"))
    revisions = rows(vault.folder, "SELECT v.record_id, r.kind, v.version, v.payload FROM "
                                   "revision v JOIN record r ON r.id = v.record_id")
    for record_id, kind, version, payload in revisions:
        assert isinstance(payload, bytes) and isinstance(record_id, str)
        assert isinstance(kind, str) and isinstance(version, int)
        plain = fields.decrypt(payload[1:13], payload[13:],
                               _ad(vault.vault_id, "revision", record_id, kind, version,
                                   vault.key_version))
        assert covered.pop((record_id, version)) == hashlib.sha256(plain).hexdigest()
    assert covered == {}
    assert service.chain_head().link_hash == previous.hex()


def test_each_chain_entry_says_what_happened_and_when(filled: dict[str, str],
                                                      service: VaultService) -> None:
    """The log view shows each entry's kind and time from the sealed entry; they match what
    the plaintext columns say of the same link."""
    vault = storage_of(service)
    columns = {seq: (kind, at) for seq, kind, at in
               rows(vault.folder, "SELECT seq, kind, created_at FROM chain_link")}
    entries = vault.records.chain_entries()
    assert [e["seq"] for e in entries] == sorted(columns) == list(range(1, len(columns) + 1))
    for entry in entries:
        assert (entry["kind"], entry["at"]) == columns[entry["seq"]], entry["seq"]


def test_an_event_entered_into_the_chain_returns_the_new_head(service: VaultService) -> None:
    """An export prints the link it entered (app/service.py, record_event): the head that
    log_event returns is the one the vault then reports, hash included."""
    records = storage_of(service).records
    before = records.chain_head()
    head = records.log_event("export", {"format": "pdf"})
    assert head == records.chain_head()
    assert head.seq == before.seq + 1 and head.link_hash != before.link_hash
