"""Opening and unlocking the vault for a CLI command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from app.access import open_vault as open_locked
from app.service import LockedVault, VaultService
from cli import secrets
from cli.main import vault_folder


@contextmanager
def open_vault(args: argparse.Namespace) -> Iterator[LockedVault]:
    vault = open_locked(vault_folder(args))
    if vault.read_only:
        print("vorfallbuch: note: This vault is on a read-only medium or folder: it is open for "
              "reading only and nothing can be saved.", file=sys.stderr)
    try:
        yield vault
    finally:
        vault.close()


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[VaultService]:
    with open_vault(args) as vault:
        user = vault.find_user(args.user)
        passphrase = secrets.current_passphrase(args.passphrase_file, user)
        yield vault.unlock(user, passphrase)
