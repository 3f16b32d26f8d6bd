"""Which incidents link to a contact or to another incident, and what a delete confirmation
says about them. Read from the incident list's heads, which are in memory (nothing is
decrypted for it). The links stay when their target is deleted: they are part of the
incident's history (who the perpetrator was), shown there as a deleted contact or incident."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ui.incidents.model import Row, occurred_sort_key

SHOWN_TITLES = 3  # a confirmation names this many, then says how many more


def tr(text: str) -> str:
    return QCoreApplication.translate("LinkedRecords", text)


def linking_titles(rows: Iterable[Row], record_id: str) -> list[str]:
    """Titles of the incidents among `rows` that link to `record_id` (a contact as a person
    involved, or an incident as a related one), newest first as the list shows them."""
    linking = [row for row in rows if row.id != record_id and (
        record_id in row.head.related or any(p.person_id == record_id
                                             for p in row.head.persons))]
    linking.sort(key=occurred_sort_key, reverse=True)
    return [row.head.title for row in linking]


def deletion_note(titles: list[str], contact: bool) -> str:
    """The paragraph (from a line break) a delete confirmation adds when incidents link to
    the record, "" when none does: how many and which, and that the links stay as deleted."""
    if not titles:
        return ""
    named = ", ".join(f"„{title}“" for title in titles[:SHOWN_TITLES])
    if len(titles) > SHOWN_TITLES:
        named = tr("{0} und {1} weitere").format(named, len(titles) - SHOWN_TITLES)
    if contact:
        linked = (tr("Mit diesem Kontakt ist der Vorfall {1} verknüpft.") if len(titles) == 1
                  else tr("Mit diesem Kontakt sind {0} Vorfälle verknüpft: {1}."))
        kept = (tr("Die Verknüpfung bleibt erhalten und wird dort als „gelöschter Kontakt“ "
                   "angezeigt.") if len(titles) == 1
                else tr("Die Verknüpfungen bleiben erhalten und werden dort als „gelöschter "
                        "Kontakt“ angezeigt."))
    else:
        linked = (tr("Mit diesem Vorfall ist der Vorfall {1} verknüpft.") if len(titles) == 1
                  else tr("Mit diesem Vorfall sind {0} andere Vorfälle verknüpft: {1}."))
        kept = (tr("Die Verknüpfung bleibt erhalten und wird dort als „gelöschter Vorfall“ "
                   "angezeigt.") if len(titles) == 1
                else tr("Die Verknüpfungen bleiben erhalten und werden dort als „gelöschter "
                        "Vorfall“ angezeigt."))
    return "\n" + linked.format(len(titles), named) + " " + kept
