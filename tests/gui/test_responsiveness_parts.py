"""The pieces that keep the GUI thread free (issue 4, section 6): Qt's lazy types built while
the passphrase is typed, decrypted rows released in slices, no double sort, and background
jobs whose owner went away meanwhile."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.table_model import Column, RecordTableModel
from ui.table_view import RecordFilterProxy
from ui.worker import Job

ROOT = Path(__file__).resolve().parents[2]


class Row:
    """A row that can be watched with a weak reference."""

    def __init__(self, number: int) -> None:
        self.id = f"{number:032x}"
        self.title = f"Titel {number:05d}"


def make_model() -> RecordTableModel[Row]:
    columns = [Column("Titel", lambda r: r.title), Column("Id", lambda r: r.id)]
    return RecordTableModel(columns, row_id=lambda r: r.id, search_text=lambda r: r.title)


ENUM_COUNT = textwrap.dedent("""
    import enum, sys
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication
    import PySide6.QtGui, PySide6.QtWidgets
    app = QApplication([])
    if sys.argv[1] == "warm":
        from ui.warmup import QtWarmup
        warmup = QtWarmup()
        warmup.start()
        while not warmup.done:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    created = []
    original = enum.EnumType.__new__
    def counting(*args, **kwargs):
        created.append(args[1])
        return original(*args, **kwargs)
    enum.EnumType.__new__ = counting
    # What showing windows later touches: every class of the loaded Qt modules.
    for name, module in list(sys.modules.items()):
        if name.startswith("PySide6.Qt"):
            for attr in dir(module):
                try:
                    getattr(module, attr)
                except Exception:
                    pass
    print(len(created))
""")


def enums_created_later(mode: str) -> int:
    result = subprocess.run([sys.executable, "-c", ENUM_COUNT, mode], cwd=ROOT, check=True,
                            capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    return int(result.stdout.strip().splitlines()[-1])


def test_warm_up_leaves_no_qt_types_to_build_later() -> None:
    assert enums_created_later("cold") > 100  # what the unlocked window used to pay for
    assert enums_created_later("warm") == 0


def test_clearing_releases_rows_after_the_views_let_go(qtbot: QtBot) -> None:
    model = make_model()
    rows = [Row(n) for n in range(3000)]
    watchers = [weakref.ref(r) for r in rows]
    model.set_rows(rows)
    del rows
    model.clear()
    assert model.rowCount() == 0 and model.rows() == []
    qtbot.waitUntil(lambda: all(w() is None for w in watchers), timeout=5000)


def test_sort_by_column_sorts_once(qtbot: QtBot) -> None:
    model = make_model()
    model.set_rows([Row(n) for n in (3, 1, 2)])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    changes: list[int] = []
    reorder = model._reorder

    def counted(positions: list[int]) -> None:
        changes.append(1)
        reorder(positions)

    model._reorder = counted  # type: ignore[method-assign]
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the header asks, then the view
    assert [model.row_at(r).title for r in range(3)] == ["Titel 00001", "Titel 00002",
                                                          "Titel 00003"]
    assert len(changes) == 1
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).title for r in range(3)] == ["Titel 00003", "Titel 00002",
                                                          "Titel 00001"]
    assert len(changes) == 2
    model.set_rows([Row(n) for n in (5, 9, 7)])  # new rows keep the chosen order
    assert [model.row_at(r).title for r in range(3)] == ["Titel 00009", "Titel 00007",
                                                          "Titel 00005"]


def test_job_whose_owner_was_destroyed_ends_quietly(qtbot: QtBot, capfd) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    release = threading.Event()
    seen: list[object] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        release.wait(10)
        progress(1, 2, "halb")
        return "fertig"

    job = Job(work, owner)
    job.succeeded.connect(seen.append)
    job.start()
    done = job.done
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(job), timeout=5000)
    release.set()
    assert done.wait(10)
    gc.collect()
    assert seen == []
    assert "Signal source has been deleted" not in capfd.readouterr().err


def _alive(obj: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def test_model_filters_itself_and_the_selection_follows(qtbot: QtBot) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model = make_model()
    model.set_rows([Row(n) for n in range(1, 21)])  # Titel 00001 … Titel 00020
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    target = f"{12:032x}"
    view.selectionModel().setCurrentIndex(
        proxy.mapFromSource(model.index(model.row_of(target), 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def selected() -> str | None:
        rows = view.selectionModel().selectedRows()
        return model.row_at(proxy.mapToSource(rows[0]).row()).id if rows else None

    proxy.set_search("titel 0001")  # every word somewhere: 00001 and 00010 … 00019
    assert proxy.rowCount() == model.rowCount() == 11 and model.total() == 20
    assert [model.row_at(r).title for r in (0, 1, 10)] == ["Titel 00001", "Titel 00010",
                                                           "Titel 00019"]
    assert selected() == target
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # sorting keeps the filter
    assert [model.row_at(r).title for r in (0, 10)] == ["Titel 00019", "Titel 00001"]
    assert selected() == target
    proxy.set_predicate(lambda row: int(row.title[-2:]) % 2 == 0)  # and both combine
    assert [model.row_at(r).title for r in range(model.rowCount())] == [
        "Titel 00018", "Titel 00016", "Titel 00014", "Titel 00012", "Titel 00010"]
    proxy.set_search("00013")  # the selected row is hidden: no selection, nothing lost
    assert model.rowCount() == 0 and selected() is None
    assert model.row_of(target) == -1 and model.find(target) is not None
    proxy.set_search("")
    proxy.set_predicate(None)
    assert model.rowCount() == 20
    model.set_rows([Row(n) for n in (30, 31)])
    proxy.set_search("31")
    model.set_rows([Row(n) for n in (31, 32, 41)])  # new rows: the search still applies
    assert [model.row_at(r).title for r in range(model.rowCount())] == ["Titel 00031"]


def test_a_quick_load_shows_rows_first_and_searches_once_the_texts_arrive() -> None:
    model = make_model()
    rows = [Row(n) for n in (3, 1, 2)]
    made: list[str] = []
    model._columns[0] = Column("Titel", lambda r: made.append(r.title) or r.title)
    model.set_rows(rows, model.light(rows), search_texts_follow=True)
    assert made == []  # nothing computed ahead
    assert model.rowCount() == 3 and model.total() == 3
    assert model.index(0, 1).data() == f"{3:032x}"  # a cell is made when it is asked for
    assert made == ["Titel 00003"]
    model.set_search("00002")  # typed before the search texts came: nothing hidden yet
    assert model.searching_pending() and model.rowCount() == 3
    model.sort(0, Qt.SortOrder.AscendingOrder)  # sorting needs only that column's texts
    assert [model.row_at(r).title for r in range(3)] == ["Titel 00001", "Titel 00002",
                                                          "Titel 00003"]
    assert not model.set_search_texts([Row(9)], ["x"])  # texts for other rows: ignored
    assert model.set_search_texts(rows, ["titel 00003", "titel 00001", "titel 00002"])
    assert not model.searching_pending()
    assert [model.row_at(r).title for r in range(model.rowCount())] == ["Titel 00002"]


def test_without_background_texts_the_first_search_makes_them() -> None:
    model = make_model()
    rows = [Row(n) for n in (1, 2)]
    model.set_rows(rows, model.light(rows))
    model.set_search("00002")
    assert not model.searching_pending()
    assert [model.row_at(r).title for r in range(model.rowCount())] == ["Titel 00002"]


def test_after_first_paint_lets_go_of_its_action_once_it_ran(qtbot: QtBot) -> None:
    """What the action holds (the list of 10,000 decrypted incidents) goes with the last
    reference, not with a garbage collection: the lists' objects may be frozen, and frozen
    cyclic garbage outlives a lock."""
    from PySide6.QtWidgets import QWidget

    from ui.worker import after_first_paint

    widget = QWidget()
    qtbot.addWidget(widget)
    rows = [Row(n) for n in range(3)]
    watched = weakref.ref(rows[0])
    ran: list[int] = []

    def counting(held: list[Row]) -> Callable[[], None]:
        return lambda: ran.append(len(held))

    after_first_paint(widget, counting(rows))
    del rows
    enabled = gc.isenabled()
    gc.disable()
    try:
        widget.show()
        qtbot.waitUntil(lambda: ran == [3], timeout=5000)
        qtbot.wait(300)  # the fallback timer fires too, and must not run it again
        assert ran == [3]
        assert watched() is None
    finally:
        if enabled:
            gc.enable()


def test_after_releases_waits_for_every_release_under_way(qtbot: QtBot) -> None:
    from ui.worker import after_releases, release_in_slices

    calls: list[str] = []
    after_releases(lambda: calls.append("at once"))
    assert calls == ["at once"]
    big = [[Row(n) for n in range(20_000)], [Row(n) for n in range(5_000)]]
    small = [[Row(1)]]
    last = weakref.ref(big[0][-1])
    release_in_slices(big)
    release_in_slices(small)
    del big, small
    after_releases(lambda: calls.append(f"after, last row gone: {last() is None}"))
    assert calls == ["at once"]
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=10_000)
    assert calls[1] == "after, last row gone: True"
