"""Every English sentence the intake core (app/intake/*.py) can hand to a front end, found by
reading its source with the ast module, so tests can prove the GUI has German words for each.

A sentence is a template: literal text and holes (the f-string fields). Where a hole is a
local variable or a helper's return value, it is resolved into its variants (e.g. the
decompression-bomb sentence with and without its pixel size). What cannot be resolved (an
exception's text handed on, `str(exc)`) is reported as a pass-through; tests keep that list
to the known hand-overs, so a new sentence built in a way this scanner does not follow fails
instead of slipping by.

Sites:
- reasons (german_reason): the text of UnreadableFileError(...) and SandboxFailure(...), every
  `unreadable=` value (and the arguments of the helper that passes its parameter there), the
  worker's {"error": ...} answers, and IntakeService's InvalidInputError(..., "file");
- notes (german_note): notes on the incident proposal (prefill.py `notes.append`), the notes
  IntakeService writes into an attachment's note, and what readers note about a file they
  could read (`notes.add/append/insert`, note lists returned next to facts, the *_NOTE
  constants, the Notes cap sentence).
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import dataclass
from pathlib import Path

INTAKE = Path(__file__).resolve().parent.parent / "app" / "intake"
REASON_CALLS = ("UnreadableFileError", "SandboxFailure")
# Texts handed on unchanged: an exception's own sentence, and Notes.add storing its argument.
# `note` is cap_structure's answer (its sentences are the *_NOTE constants, scanned there).
PASS_THROUGH = frozenset({"clean_line(exc, 500)", "str(exc)", "str(reply.header['error'])",
                          "line", "note"})


@dataclass(frozen=True)
class Hole:
    expression: str


Part = str | Hole
Template = tuple[Part, ...]


@dataclass(frozen=True)
class Site:
    kind: str  # "reason" or "note"
    module: str
    line: int
    templates: tuple[Template, ...]  # empty: a pass-through (see `unresolved`)
    unresolved: str = ""


class _Module:
    def __init__(self, path: Path, modules: dict[str, _Module]) -> None:
        self.name = path.name
        self.modules = modules  # by module name, for names imported from app.intake.*
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.imports = {alias.name: n.module.rsplit(".", 1)[-1] for n in self.tree.body
                        if isinstance(n, ast.ImportFrom) and (n.module or "").startswith(
                            "app.intake.") for alias in n.names}
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.functions = {n.name: n for n in ast.walk(self.tree)
                          if isinstance(n, ast.FunctionDef)}
        self.constants = {t.id: n.value for n in self.tree.body if isinstance(n, ast.Assign)
                          for t in n.targets if isinstance(t, ast.Name)}

    def function_of(self, node: ast.AST) -> ast.FunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef):
                return node
        return None

    # -- resolving an expression into templates (None: cannot be followed) -------------------
    def resolve(self, expr: ast.expr, at: ast.AST) -> list[Template] | None:
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return [(expr.value,)]
        if isinstance(expr, ast.JoinedStr):
            pieces: list[list[Template]] = []
            for value in expr.values:
                if isinstance(value, ast.FormattedValue):
                    inner = self._local(value.value, at)
                    pieces.append(inner or [(Hole(ast.unparse(value.value)),)])
                else:
                    pieces.append(self.resolve(value, at) or [])
            return [tuple(itertools.chain(*combo)) for combo in itertools.product(*pieces)]
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left = self.resolve(expr.left, at) or _holes(expr.left)
            right = self.resolve(expr.right, at) or _holes(expr.right)
            return [a + b for a in left for b in right]
        if isinstance(expr, ast.IfExp):
            body, orelse = self.resolve(expr.body, at), self.resolve(expr.orelse, at)
            return None if body is None or orelse is None else body + orelse
        if isinstance(expr, ast.Name):
            return self._local(expr, at)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name):
            if expr.func.id == "clean_line" and expr.args:
                return self.resolve(expr.args[0], at)
            helper = self.functions.get(expr.func.id)
            if helper is not None:
                found: list[Template] = []
                for node in ast.walk(helper):
                    if isinstance(node, ast.Return) and node.value is not None:
                        more = self.resolve(node.value, node)
                        if more is None:
                            return None
                        found += more
                return found
        return None

    def _local(self, expr: ast.expr, at: ast.AST) -> list[Template] | None:
        """A name assigned a string in the enclosing function or at module level."""
        if not isinstance(expr, ast.Name):
            return None
        function = self.function_of(at)
        if function is not None:
            for node in ast.walk(function):
                if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == expr.id for t in node.targets):
                    return self.resolve(node.value, node)
        if expr.id in self.constants:
            return self.resolve(self.constants[expr.id], at)
        other = self.modules.get(self.imports.get(expr.id, ""))
        if other is not None and expr.id in other.constants:
            return other.resolve(other.constants[expr.id], other.tree)
        return None

    def parameter_callers(self, name: str, at: ast.AST) -> list[ast.expr] | None:
        """When `name` is a parameter of the enclosing function: its argument at every call."""
        function = self.function_of(at)
        if function is None:
            return None
        names = [a.arg for a in function.args.args]
        if name not in names:
            return None
        position = names.index(name)
        found = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == function.name:
                found += [k.value for k in node.keywords if k.arg == name]
                if len(node.args) > position:
                    found.append(node.args[position])
        return found


def _holes(expr: ast.expr) -> list[Template]:
    return [(Hole(ast.unparse(expr)),)]


def _is_sentence(template: Template) -> bool:
    text = "".join(p for p in template if isinstance(p, str))
    return " " in text.strip() and any(c.isalpha() for c in text)


def _receiver(call: ast.Call) -> str:
    func = call.func
    return ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""


def _sites_in(module: _Module) -> list[Site]:
    sites: list[Site] = []

    def add(kind: str, expr: ast.expr, at: ast.AST, depth: int = 0) -> None:
        found = module.resolve(expr, at)
        if found is not None:
            sites.append(Site(kind, module.name, getattr(expr, "lineno", 0), tuple(found)))
            return
        bare = expr.args[0] if isinstance(expr, ast.Call) and ast.unparse(expr.func) == \
            "clean_line" and expr.args else expr
        if isinstance(bare, ast.Name) and depth == 0:
            callers = module.parameter_callers(bare.id, at)
            if callers is not None:
                for argument in callers:
                    add(kind, argument, argument, depth + 1)
                return
        sites.append(Site(kind, module.name, getattr(expr, "lineno", 0), (),
                          ast.unparse(expr)))

    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name in REASON_CALLS and node.args:
                add("reason", node.args[0], node)
            if name == "InvalidInputError" and len(node.args) > 1 and \
                    isinstance(node.args[1], ast.Constant) and node.args[1].value == "file":
                add("reason", node.args[0], node)
            for keyword in node.keywords:
                if keyword.arg == "unreadable":
                    add("reason", keyword.value, node)
            method = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            receiver = _receiver(node)
            if method in ("add", "append", "insert") and (
                    receiver.endswith("notes") or receiver == "self.items") and node.args:
                add("note", node.args[-1], node)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "error":
                    add("reason", value, node)
        elif isinstance(node, ast.Return) and node.value is not None:
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            for value in values:
                if isinstance(value, ast.List) and all(  # a list of sentences, not argv
                        isinstance(e, ast.Constant | ast.JoinedStr | ast.BinOp)
                        for e in value.elts):
                    for element in value.elts:
                        add("note", element, node)
        elif isinstance(node, ast.Assign) and module.function_of(node) is None:
            if any(isinstance(t, ast.Name) and t.id.endswith("_NOTE") for t in node.targets):
                add("note", node.value, node)
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "note" for t in node.targets):
            for inner in ast.walk(node.value):  # the sentences joined into a stored note
                if isinstance(inner, ast.Constant | ast.JoinedStr):
                    found = module.resolve(inner, node)
                    if found and all(_is_sentence(t) for t in found):
                        sites.append(Site("note", module.name, inner.lineno, tuple(found)))
    return [s for s in sites if s.unresolved or any(_is_sentence(t) for t in s.templates)]


def scan(folder: Path = INTAKE) -> list[Site]:
    modules: dict[str, _Module] = {}
    for path in sorted(folder.glob("*.py")):
        modules[path.stem] = _Module(path, modules)
    return [site for module in modules.values() for site in _sites_in(module)]


def samples(template: Template, extra: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """Concrete sentences for a template: each hole gets a distinct number (4711, 4712, ...)
    or, when named in `extra`, each of the values the core passes there. Returns (sentence,
    values that must reappear in the German text)."""
    holes = [p for p in template if isinstance(p, Hole)]
    choices = [extra.get(h.expression, [str(4711 + n)]) for n, h in enumerate(holes)]
    out = []
    for combo in itertools.product(*choices):
        values = iter(combo)
        text = "".join(p if isinstance(p, str) else next(values) for p in template)
        out.append((text, [v for h, v in zip(holes, combo, strict=True)
                           if h.expression not in extra]))
    return out


def call_arguments(function: str, position: int, folder: Path = INTAKE) -> list[str]:
    """The literal strings passed as argument `position` to `.function(...)` anywhere."""
    found = set()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr == function and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    return sorted(found)
