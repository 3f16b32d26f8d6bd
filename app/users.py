"""Who may manage whom: the vault's roles, and the rules every front end obeys.

A vault has owners (its creator, and whoever an owner makes one) and clerks. Owners add,
remove, promote and demote users and renew the recovery code; clerks record and export. The
last user and the last owner cannot be removed or demoted, so a vault always keeps someone who
can manage it. The rules are enforced here, below the front ends, so the CLI and the desktop
app obey the same ones (VaultService delegates to this module).

Roles live in the history chain, not in a plaintext column: the creation of the vault names
its owner, every addition its role, every change of role is a link of its own. They are
sealed and chained like every other entry, so a role cannot be edited in the file without
`verify` reporting a broken chain, and no schema change was needed. A user added before roles
existed is a clerk (an owner promotes her). Should no active owner be known (the creator was
removed before roles existed, or the links that name one are damaged), the oldest active user
counts as owner, so the vault is never left without one.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import AppCode, AppError, StorageCode, UserManagementError


class UserRole(enum.StrEnum):
    OWNER = "owner"
    CLERK = "clerk"


class UserAccessError(AppError):
    """A user change the rules forbid (not an owner, the last owner)."""


@dataclass(frozen=True)
class UserView:
    """A user as the management views show her."""

    id: str
    name: str
    created_at: str
    role: UserRole

    @property
    def is_owner(self) -> bool:
        return self.role is UserRole.OWNER


def replay_roles(events: Iterable[Mapping[str, Any]]) -> dict[str, UserRole]:
    """Each user's role from the chain's user entries, oldest first. Removed users are
    dropped; damaged entries (with "error") say nothing and are skipped."""
    roles: dict[str, UserRole] = {}
    for event in events:
        if "error" in event:
            continue
        user_id = str(event.get("user_id", ""))
        action = event.get("action")
        if action == "vault-created":
            roles[user_id] = UserRole.OWNER
        elif action in ("user-added", "role-changed"):
            roles[user_id] = _role(event.get("role"))
        elif action == "user-removed":
            roles.pop(user_id, None)
    return roles


def _role(value: object) -> UserRole:
    # An addition before roles existed carries none: a clerk. A value this version does not
    # know (a newer program's role) grants nothing either.
    return UserRole.OWNER if value == UserRole.OWNER.value else UserRole.CLERK


def user_views(users: Iterable[Any], events: Iterable[Mapping[str, Any]]) -> list[UserView]:
    """The active users (oldest first, as storage lists them) with their roles."""
    roles = replay_roles(events)
    views = [UserView(u.id, u.name, u.created_at, roles.get(u.id, UserRole.CLERK)) for u in users]
    if views and not any(v.is_owner for v in views):
        first = views[0]
        views[0] = UserView(first.id, first.name, first.created_at, UserRole.OWNER)
    return views


def find(views: list[UserView], user_id: str) -> UserView:
    for view in views:
        if view.id == user_id:
            return view
    raise AssertionError(f"user {user_id} is not active")  # callers pass active users only


def check_may_manage(views: list[UserView], actor_id: str) -> None:
    """Only an owner manages users and the recovery code."""
    if not find(views, actor_id).is_owner:
        raise UserAccessError(AppCode.NOT_AN_OWNER)


def check_removal(views: list[UserView], actor_id: str, target: UserView) -> None:
    """An owner may remove anyone but the last owner and the last user."""
    check_may_manage(views, actor_id)
    if len(views) == 1:
        raise UserManagementError(StorageCode.LAST_USER)
    _check_keeps_an_owner(views, target)


def check_role_change(views: list[UserView], actor_id: str, target: UserView,
                      role: UserRole) -> None:
    check_may_manage(views, actor_id)
    if role is UserRole.CLERK:
        _check_keeps_an_owner(views, target)


def _check_keeps_an_owner(views: list[UserView], target: UserView) -> None:
    owners = [v for v in views if v.is_owner]
    if target.is_owner and len(owners) == 1:
        raise UserAccessError(AppCode.LAST_OWNER, name=target.name)
