"""Keep the English translation in step with the German GUI texts: `./run i18n`.

1. pyside6-lupdate scans every ui/ and app/texts/ file git knows and merges the texts into
   vorfallbuch_en.ts (translations already there are kept; texts that are gone are dropped).
2. Module-level wrappers such as `def tr(text: str) -> str: return
   QCoreApplication.translate("Labels", text)` hide their context from lupdate, which files
   those texts under the empty context, where Qt would never find them at run time. This step
   moves them to the context the wrapper passes (read from the wrapper's source) and restores
   their translations.
3. pyside6-lrelease compiles the .ts into the .qm the app loads (ui/app.py).

Texts that are new or changed come out marked unfinished: translate them in Qt Linguist
(`pyside6-linguist resources/i18n/vorfallbuch_en.ts`) or in the .ts by hand, then run
`./run i18n` again. tests/test_i18n.py fails while the .ts or .qm is behind the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from copy import deepcopy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "vorfallbuch_en.ts"
QM = TS.with_suffix(".qm")
COMMAND = "./run i18n"
LUPDATE_OPTIONS = ("-source-language", "de_DE", "-target-language", "en_GB", "-no-obsolete")

# def tr(text: str) -> str:
#     return QCoreApplication.translate("Context", text)
WRAPPER = re.compile(
    r"^def\s+\w+\(\s*(\w+)\s*:\s*str\s*\)\s*->\s*str\s*:\s*\n"
    r"\s+return\s+QCoreApplication\.translate\(\s*\"([^\"]+)\"\s*,\s*\1\s*\)",
    re.MULTILINE,
)

Key = tuple[str, str]  # (context, source text)


def tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    if found.exists():
        return str(found)
    located = shutil.which(name)
    if not located:
        raise SystemExit(f"{name} not found; it comes with PySide6 (pip install -e '.[test]')")
    return located


def ui_sources(root: Path = ROOT) -> list[str]:
    """`git ls-files 'ui/*.py' 'ui/**/*.py' 'app/texts/*.py' | sort -u`: the GUI, and the
    German texts the core shares with it (marked with QT_TRANSLATE_NOOP)."""
    listed = subprocess.run(["git", "ls-files", "ui/*.py", "ui/**/*.py", "app/texts/*.py"],  # noqa: S607
                            cwd=root, capture_output=True, text=True, check=True).stdout
    return sorted({line for line in listed.splitlines() if line})


def lupdate(ts: Path, root: Path = ROOT) -> None:
    """pyside6-lupdate $(git ls-files 'ui/*.py' 'ui/**/*.py' 'app/texts/*.py' | sort -u) -ts TS
    -source-language de_DE -target-language en_GB -no-obsolete"""
    _run([tool("pyside6-lupdate"), *ui_sources(root), "-ts", str(ts), *LUPDATE_OPTIONS], root)


def lrelease(ts: Path, qm: Path) -> None:
    _run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], ROOT)


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{result.stdout}{result.stderr}")


def wrapper_context(source: Path) -> str | None:
    """The context a module-level tr() wrapper in this file passes to Qt, if it has one."""
    try:
        found = {context for _, context in WRAPPER.findall(source.read_text(encoding="utf-8"))}
    except OSError:
        return None
    return found.pop() if len(found) == 1 else None


def load(ts: Path) -> ET.Element:
    return ET.parse(ts).getroot()  # noqa: S314 (the project's own .ts file, not foreign input)


def message_key(context: ET.Element, message: ET.Element) -> Key:
    return context.findtext("name") or "", message.findtext("source") or ""


def is_finished(message: ET.Element) -> bool:
    """Translated and not marked unfinished; a text with a count (numerus="yes", tr with n)
    needs every one of its forms ("%n day", "%n days")."""
    translation = message.find("translation")
    if translation is None or translation.get("type"):
        return False
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool(translation.text)


def translations(ts: Path) -> dict[Key, ET.Element]:
    """The finished translations in a .ts file (their <translation> elements, so the forms of
    a text with a count come along)."""
    root = load(ts)
    return {message_key(c, m): deepcopy(m.find("translation"))  # type: ignore[arg-type]
            for c in root.iter("context") for m in c.iter("message") if is_finished(m)}


def fix_contexts(ts: Path, previous: dict[Key, ET.Element] | None = None) -> None:
    """Move the empty context's messages to their wrappers' contexts (see the module doc) and
    give messages without a finished translation the one they had in `previous`, if any."""
    root = load(ts)
    contexts: dict[str, list[ET.Element]] = defaultdict(list)
    moved: set[int] = set()  # lupdate's same-text guesses for these ignore the context
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        if name:
            contexts[name].extend(context.findall("message"))
            continue
        for message in context.findall("message"):
            by_context: dict[str, list[ET.Element]] = defaultdict(list)
            for location in message.findall("location"):
                source = (ts.parent / location.get("filename", "")).resolve()
                wrapped = wrapper_context(source)
                if wrapped is None:
                    raise SystemExit(
                        f"{source}:{location.get('line')}: tr() outside a class without a "
                        "module-level wrapper, so Qt cannot find its translation. Use "
                        "self.tr(...) in a QObject method or "
                        "QCoreApplication.translate(\"Context\", \"...\"), then run "
                        f"{COMMAND}.")
                by_context[wrapped].append(location)
            for name, locations in by_context.items():
                copy = ET.Element("message", message.attrib)
                copy.extend(locations)
                copy.extend(deepcopy(child) for child in message if child.tag != "location")
                contexts[name].append(copy)
                moved.add(id(copy))
    previous = previous or {}
    merged: dict[str, list[ET.Element]] = {}
    for name in sorted(contexts):
        by_source: dict[str, ET.Element] = {}
        for message in contexts[name]:
            source = message.findtext("source") or ""
            if source in by_source:  # the same text from a wrapper and a literal call
                kept = by_source[source]
                at = len(kept.findall("location"))
                for offset, location in enumerate(message.findall("location")):
                    kept.insert(at + offset, location)
                old, new = kept.find("translation"), message.find("translation")
                if not is_finished(kept) and is_finished(message) and new is not None:
                    if old is not None:
                        kept.remove(old)
                    kept.append(new)
                continue
            by_source[source] = message
        for source, message in by_source.items():
            translation = message.find("translation")
            if (name, source) in previous and (id(message) in moved
                                               or not is_finished(message)):
                if translation is not None:
                    message.remove(translation)
                restored = deepcopy(previous[(name, source)])
                restored.attrib.pop("type", None)
                message.append(restored)
        merged[name] = sorted(by_source.values(), key=_position)
    ts.write_text(serialise(root.attrib, merged), encoding="utf-8")


def _position(message: ET.Element) -> tuple[str, int]:
    location = message.find("location")
    if location is None:
        return "", 0
    return location.get("filename", ""), int(location.get("line", "0"))


def _protect(text: str) -> str:
    """Escape text the way Qt's .ts writer does, so lupdate and this script agree byte for
    byte."""
    out = []
    for char in text:
        code = ord(char)
        if char in "\"&><'":
            out.append({'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;",
                        "'": "&apos;"}[char])
        elif (code < 0x20 or (code > 0x7F and char.isspace())) and char not in "\n\t":
            out.append(f'<byte value="x{code:x}"/>' if code <= 0x20 else f"&#x{code:x};")
        else:
            out.append(char)
    return "".join(out)


def _attributes(element: ET.Element) -> str:
    return "".join(f' {key}="{_protect(value)}"' for key, value in element.attrib.items())


def serialise(ts_attributes: dict[str, str], contexts: dict[str, list[ET.Element]]) -> str:
    header = "".join(f' {key}="{_protect(value)}"' for key, value in ts_attributes.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{header}>"]
    for name, messages in contexts.items():
        lines += ["<context>", f"    <name>{_protect(name)}</name>"]
        for message in messages:
            lines.append(f"    <message{_attributes(message)}>")
            for child in message:
                if child.tag == "location":
                    lines.append(f"        <location{_attributes(child)}/>")
                elif message.get("numerus") == "yes" and child.tag == "translation":
                    lines.append(f"        <translation{_attributes(child)}>")
                    lines += [f"            <numerusform>{_protect(form.text or '')}"
                              "</numerusform>" for form in child.findall("numerusform")]
                    lines.append("        </translation>")
                else:
                    text = _protect(child.text or "")
                    lines.append(f"        <{child.tag}{_attributes(child)}>{text}</{child.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def update(ts: Path = TS, qm: Path | None = QM, root: Path = ROOT) -> None:
    previous = translations(ts) if ts.exists() else {}
    lupdate(ts, root)
    fix_contexts(ts, previous)
    if qm is not None:
        lrelease(ts, qm)


def main() -> int:
    update()
    messages = list(load(TS).iter("message"))
    open_ = [m.findtext("source") for m in messages if not is_finished(m)]
    print(f"{TS.relative_to(ROOT)}: {len(messages)} texts, {len(open_)} not translated yet")
    for source in open_:
        print(f"  - {source!r}")
    print(f"{QM.relative_to(ROOT)} compiled")
    return 1 if open_ else 0


if __name__ == "__main__":
    sys.exit(main())
