"""The labels of the domain's closed vocabularies as the GUI shows them: the German texts of
app/texts/labels.py (shared with the dossier and the command line) through Qt's translate()
in their context "Labels", so English comes from Qt Linguist."""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from app.deadline import DeadlineState
from app.domain import (
    OFFENCES,
    AttachmentKind,
    Category,
    Channel,
    Motivation,
    Outcome,
    PersonKind,
    PlaceKind,
    Precision,
    Role,
)
from app.texts import labels as german


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)  # german.CONTEXT


V = TypeVar("V")  # the values a label function names
_CACHE_CLEARS: list[Callable[[], None]] = []  # clear() of each label function's cache
_remembering = [0]  # depth of remembered() blocks; the caches live only inside them
_lock = threading.Lock()


def _memo(function: Callable[[V], str]) -> Callable[[V], str]:
    """Inside `remembered()`, each label is built once: preparing the list of 10,000 incidents
    asks for labels ~100,000 times, and each answer built its whole table through tr() (0.5 s
    of the load). Outside, every call translates afresh, so a language change is never
    missed."""
    cache: dict[V, str] = {}
    _CACHE_CLEARS.append(cache.clear)

    @functools.wraps(function)
    def remembered_label(value: V) -> str:
        if not _remembering[0]:
            return function(value)
        try:
            return cache[value]
        except KeyError:
            cache[value] = text = function(value)
            return text

    return remembered_label


@contextlib.contextmanager
def remembered() -> Iterator[None]:
    """Remember labels for the duration of a bulk job (preparing a list's rows)."""
    with _lock:
        _remembering[0] += 1
    try:
        yield
    finally:
        with _lock:
            _remembering[0] -= 1
            if not _remembering[0]:
                for clear in _CACHE_CLEARS:
                    clear()


@_memo
def category(value: Category) -> str:
    return tr(german.CATEGORY[value])


@_memo
def category_hint(value: Category) -> str:
    """'§ 241 StGB – von Amts wegen verfolgt' for the editor's category list (a hint, not
    legal advice; docs/domain.md)."""
    offence = OFFENCES[value]
    prosecution = tr(german.PROSECUTION_EXPLAINED[offence.prosecution])
    return " – ".join(p for p in (offence.stgb, prosecution) if p)


@_memo
def channel(value: Channel | None) -> str:
    return "" if value is None else tr(german.CHANNEL[value])


@_memo
def place_kind(value: PlaceKind | None) -> str:
    return "" if value is None else tr(german.PLACE_KIND[value])


@_memo
def precision(value: Precision | None) -> str:
    return "" if value is None else tr(german.PRECISION[value])


@_memo
def motivation(value: Motivation | None) -> str:
    return "" if value is None else tr(german.MOTIVATION[value])


@_memo
def outcome(value: Outcome) -> str:
    return tr(german.OUTCOME[value])


@_memo
def role(value: Role) -> str:
    return tr(german.ROLE[value])


@_memo
def person_kind(value: PersonKind) -> str:
    return tr(german.PERSON_KIND[value])


@_memo
def attachment_kind(value: AttachmentKind) -> str:
    return tr(german.ATTACHMENT_KIND[value])


@_memo
def deadline_state(value: DeadlineState) -> str:
    return tr(german.DEADLINE_STATE[value])
