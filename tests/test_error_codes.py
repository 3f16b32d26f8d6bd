"""The core's errors carry codes, never sentences: read from the source, no error of the core
(StorageError and every subclass) in storage/, app/ (but app/intake/, converted on its own)
and cli/ is made with a text as its code, and no keyword parameter is an f-string; the domain
models report their checks with a code (app/domain/checks.py), not a ValueError with a text.
This replaces reading the core's sentences back: a front end words a code, so a sentence
here would reach no user in German. tests/gui/test_messages.py and tests/cli/test_messages.py
check that every code has its wording."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterable
from pathlib import Path

from storage.errors import StorageError

ROOT = Path(__file__).resolve().parent.parent
# The other half of issue 12 converts intake and export (and their CLI commands) on its own.
NOT_YET = ("app/intake/",)  # tests/test_intake_export_codes.py checks intake


def error_names() -> set[str]:
    """Every class of the core's errors, by name (of the modules that define them)."""
    for module in ("app.errors", "storage.throttle"):
        importlib.import_module(module)
    found: set[str] = set()
    todo: list[type] = [StorageError]
    while todo:
        kind = todo.pop()
        found.add(kind.__name__)
        todo += kind.__subclasses__()
    return found


def _is_text(node: ast.expr) -> bool:
    """A sentence in the making: a string literal, an f-string, text joined or formatted."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_text(node.func.value)
    return False


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""


def sentences(source: str, where: str, names: set[str]) -> list[str]:
    """Each place in `source` that makes a core error from text."""
    found = []
    for node in ast.walk(ast.parse(source, filename=where)):
        if isinstance(node, ast.Call) and _called(node) in names:
            if node.args and _is_text(node.args[0]):
                found.append(f"{where}:{node.lineno}: {_called(node)} made with a text")
            found += [f"{where}:{node.lineno}: {_called(node)}({k.arg}=...) is an f-string"
                      for k in node.keywords if isinstance(k.value, ast.JoinedStr)]
    return found


def checks_with_text(source: str, where: str) -> list[str]:
    """A domain model's check that raises ValueError (pydantic would carry its text)."""
    return [f"{where}:{node.lineno}: raise ValueError in a model"
            for node in ast.walk(ast.parse(source, filename=where))
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
            and _called(node.exc) == "ValueError"]


def sources(*folders: str) -> Iterable[tuple[str, str]]:
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            if not where.startswith(NOT_YET):
                yield where, path.read_text(encoding="utf-8")


def test_no_core_error_is_made_with_a_sentence() -> None:
    names = error_names()
    assert {"StorageError", "InvalidInputError", "UnlockThrottledError", "IntegrityError",
            "AmbiguousIdError"} <= names
    found = [line for where, source in sources("storage", "app", "cli")
             for line in sentences(source, where, names)]
    assert not found, "raise codes (storage/errors.py, app/errors.py), not sentences:\n" + \
        "\n".join(found)


def test_domain_checks_raise_codes() -> None:
    found = [line for where, source in sources("app/domain")
             for line in checks_with_text(source, where)]
    assert not found, "use app.domain.checks.failed(code):\n" + "\n".join(found)


def test_each_code_value_names_one_code() -> None:
    """Codes of different enumerations meet in one table per front end (and in the log): two
    members with the same value would be the same key there (a StrEnum is its value)."""
    from tests.error_samples import ALL_ENUMERATIONS

    values = [code.value for enumeration in ALL_ENUMERATIONS for code in enumeration]
    assert len(values) == len(set(values)), sorted(v for v in values if values.count(v) > 1)


def test_the_checks_find_what_they_look_for() -> None:
    bad = '''
raise StorageError("The disk is full.")
raise IntegrityError(f"The incident {record_id} is damaged.")
damaged = InvalidInputError("'" + str(path) + "' is no file.", "file")
raise UserManagementError("There is no user {0}.".format(name))
raise VaultExistsError(StorageCode.VAULT_EXISTS, folder=f"{folder}/")
raise storage_errors.ConflictError("changed elsewhere")
'''
    good = '''
raise StorageError(StorageCode.DISK_FULL, folder=f, free=0, needed=0, action=NotDone.NOTHING_SAVED)
raise InvalidInputError(InputCode.NOT_A_FILE, "file", path=path)
raise LockedError()
raise damaged
raise ValueError("not base64 text")
raise TypeError(f"{name} takes {params}")
'''
    names = error_names()
    assert len(sentences(bad, "bad.py", names)) == 6
    assert sentences(good, "good.py", names) == []
    assert len(checks_with_text('raise ValueError(f"{value!r} is not an e-mail")', "m.py")) == 1
