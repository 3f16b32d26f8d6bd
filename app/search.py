"""Search: every word of the query must occur, ignoring case and accents (ä matches a).

An index folds each record's text once, so a query is only substring tests (the GUI filters
as the user types; the benchmark keeps it under 30 ms for 10,000 incidents)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_query(query: str) -> list[str]:
    return [fold(word) for word in query.split() if word]


class SearchIndex(Generic[T]):
    def __init__(self, items: Iterable[tuple[T, str]]) -> None:
        self._items = [(item, fold(text)) for item, text in items]

    def __len__(self) -> int:
        return len(self._items)

    def search(self, query: str) -> list[T]:
        words = normalise_query(query)
        if not words:
            return [item for item, _ in self._items]
        return [item for item, haystack in self._items if all(w in haystack for w in words)]
