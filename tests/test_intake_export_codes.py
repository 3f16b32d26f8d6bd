"""Intake and the export report codes, never sentences (tests/test_error_codes.py checks
storage/, app/ and cli/): read from the source with the ast module, every `raise` of a core
error in app/intake/ and export/ passes a code (an enum member or a value holding one), never
a string, and intake never writes a note as a string (a notes list, a notice field, a list of
notes a reader returns). This replaces the scanner that matched the core's English sentences
to German ones: there are no sentences to match.

The check tests itself on a sample with every kind of mistake it looks for."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from app.errors import StorageError
from tests.test_layering import ROOT, module_name, sources

AREAS = ("app/intake", "export")
NOTE_HOLDERS = {"notes", "problems", "notices", "items"}  # lists that hold notices
NOTE_FIELDS = {"unreadable", "notices", "problems", "notes"}  # fields and arguments


def core_error_names() -> set[str]:
    """The names of StorageError and its subclasses, and of the exceptions defined in the
    areas (the dossier's ImageProblem), once every module of the areas is imported."""
    for module in sources(ROOT, ("app", "export")):
        if module.startswith(("app.intake", "export")) and not module.endswith("__main__"):
            importlib.import_module(module)
    found: set[str] = set()
    todo: list[type[BaseException]] = [StorageError]
    while todo:
        kind = todo.pop()
        found.add(kind.__name__)
        todo.extend(kind.__subclasses__())
    for path in area_files(ROOT):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id.endswith(("Error", "Exception", "Failure"))
                    for b in node.bases):
                found.add(node.name)
    found.add("ImageProblem")
    return found


def area_files(root: Path, areas: tuple[str, ...] = AREAS) -> list[Path]:
    return sorted(p for area in areas for p in (root / area).rglob("*.py"))


def is_text(node: ast.AST | None) -> bool:
    """A string literal, an f-string, or text glued or formatted from them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return is_text(node.left) or is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and is_text(node.func.value)
    return False


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else "")


def _holder(node: ast.AST) -> str:
    return node.attr if isinstance(node, ast.Attribute) else (
        node.id if isinstance(node, ast.Name) else "")


def sentence_sites(path: Path, errors: set[str], root: Path = ROOT) -> list[str]:
    """Where `path` raises a core error with a sentence or writes a note as a string."""
    found = []
    where = f"{module_name(path, root)}:"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
            # The first argument is the code; keywords are its parameters (a path, a name).
            if _callee(call) in errors and call.args and is_text(call.args[0]):
                found.append(f"{where}{node.lineno} raises {_callee(call)} with a sentence")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            method, holder = node.func.attr, _holder(node.func.value)
            args = node.args[1:] if method == "insert" else node.args
            if method in ("add", "append", "insert", "extend") and holder in NOTE_HOLDERS \
                    and any(is_text(a) or (isinstance(a, ast.List) and any(
                        is_text(e) for e in a.elts)) for a in args):
                found.append(f"{where}{node.lineno} adds a sentence to {holder}")
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg in NOTE_FIELDS and (is_text(keyword.value) or (
                        isinstance(keyword.value, ast.List | ast.Tuple)
                        and any(is_text(e) for e in keyword.value.elts))):
                    found.append(f"{where}{node.lineno} passes a sentence as {keyword.arg}")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if _holder(target) in NOTE_FIELDS and is_text(node.value):
                    found.append(f"{where}{node.lineno} assigns a sentence to "
                                 f"{_holder(target)}")
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
            for part in node.value.elts:  # (facts, [notes]) as the readers return them
                if isinstance(part, ast.List) and any(is_text(e) for e in part.elts):
                    found.append(f"{where}{node.lineno} returns notes as sentences")
    return sorted(found, key=lambda site: int(site.split(":")[1].split()[0]))


@pytest.fixture(scope="module")
def errors() -> set[str]:
    return core_error_names()


def test_the_core_errors_are_known(errors: set[str]) -> None:
    assert {"StorageError", "InvalidInputError", "IntakeError", "UnreadableFileError",
            "SandboxFailure", "ExportError", "ImageProblem"} <= errors


def test_no_raise_passes_a_sentence_and_no_note_is_a_string(errors: set[str]) -> None:
    found = [site for path in area_files(ROOT) for site in sentence_sites(path, errors)]
    assert found == []


def test_the_check_finds_every_kind_of_sentence(tmp_path: Path, errors: set[str]) -> None:
    (tmp_path / "app" / "intake").mkdir(parents=True)
    sample = tmp_path / "app" / "intake" / "reader.py"
    sample.write_text(
        "def read(n, notes, facts, exc):\n"
        "    if n == 1:\n"
        "        raise UnreadableFileError('The scroll has seals.')\n"
        "    if n == 2:\n"
        "        raise SandboxFailure(f'It took {n} seconds.')\n"
        "    if n == 3:\n"
        "        raise ExportError('a' + str(n))\n"
        "    if n == 4:\n"
        "        raise IntakeError('{} seals'.format(n))\n"
        "    notes.add('From header missing')\n"
        "    facts.notices.append(f'Seal {n} is broken.')\n"
        "    facts.unreadable = 'The file is empty.'\n"
        "    EvidenceFacts(unreadable='The file is empty.', notices=['x'])\n"
        "    raise UnreadableFileError(IntakeCode.EMPTY_FILE)\n"
        "    raise ValueError('internal, never shown')\n"
        "    return Facts(), ['The PDF is damaged.']\n", encoding="utf-8")
    found = sentence_sites(sample, errors, tmp_path)
    assert [site.split(":")[1] for site in found] == [
        "3 raises UnreadableFileError with a sentence", "5 raises SandboxFailure with a sentence",
        "7 raises ExportError with a sentence", "9 raises IntakeError with a sentence",
        "10 adds a sentence to notes", "11 adds a sentence to notices",
        "12 assigns a sentence to unreadable", "13 passes a sentence as unreadable",
        "13 passes a sentence as notices", "16 returns notes as sentences"]
