"""The vault's tables. Plaintext columns are opaque ids, kinds and technical timestamps only;
everything else lives in the sealed ``payload`` columns (docs/security.md, "Plaintext on disk")."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 1


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class VaultUser(SQLModel, table=True):
    """A person who may unlock the vault. The name is plaintext: it picks the keyslot before
    anything can be decrypted (documented in docs/security.md, "Plaintext on disk")."""

    __tablename__ = "vault_user"
    id: str = Field(primary_key=True)
    name: str = Field(index=True)
    created_at: str
    removed_at: str | None = None


class Keyslot(SQLModel, table=True):
    __tablename__ = "keyslot"
    id: str = Field(primary_key=True)
    kind: str  # "passphrase" or "recovery"
    user_id: str | None = Field(default=None, foreign_key="vault_user.id", index=True)
    kdf: str  # JSON: algorithm and parameters
    salt: bytes
    wrapped_key: bytes
    created_at: str


class Record(SQLModel, table=True):
    """The head of a record: which revision is current. Content lives only in revisions."""

    __tablename__ = "record"
    id: str = Field(primary_key=True)
    kind: str = Field(index=True)  # incident, person, attachment
    parent_id: str | None = Field(default=None, index=True)  # attachment -> incident
    head_version: int
    state: str  # active, deleted (tombstone), purged
    created_at: str
    updated_at: str


class Revision(SQLModel, table=True):
    __tablename__ = "revision"
    record_id: str = Field(primary_key=True, foreign_key="record.id")
    version: int = Field(primary_key=True)
    created_at: str
    payload: bytes | None = None  # sealed; NULL once purged


class ChainLink(SQLModel, table=True):
    __tablename__ = "chain_link"
    seq: int = Field(primary_key=True)
    kind: str
    created_at: str
    payload: bytes  # sealed canonical entry
    link_hash: str  # hex SHA-256(previous link || canonical entry)
