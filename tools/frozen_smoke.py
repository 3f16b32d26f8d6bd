"""Smoke test of the frozen build (build.spec): `./run build --check`, or
`python tools/frozen_smoke.py dist/vorfallbuch` with a Python that has pypdf.

Not a pytest module (pytest collects test_*.py only): it needs a built app, which takes
minutes to make. It runs the built executable only, never the source tree, in a fresh temp
folder with the project's variables removed from the environment:

- `--help`; `init`, `incident add` (umlauts and Arabic), `intake` of an .eml and an Outlook
  .msg (the sandbox child is the frozen executable started again with `--intake-worker`; the
  e-mails' facts are only ever read in the child, so facts in the answer prove it ran, with
  extract_msg and olefile in the bundle), `export pdf` (read back with
  pypdf: the umlauts, the Arabic and the bundled fonts embedded), `verify`;
- the GUI on the offscreen platform against the vault: it must still run after a few seconds,
  with Qt Widgets, the offscreen platform plugin and QtPdf (loaded once the unlock dialog is
  up) mapped from the bundle folder (Linux: /proc/PID/maps), and no traceback.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the .msg sample is made by the tests' own writer

from tests.intake_email_samples import outlook_hate_mail  # noqa: E402

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

    report = run(exe, ["verify", *vault], temp, env)
    check("fail" not in report.lower(), f"verify reported a failure:\n{report}")
    return temp / "vault"


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


def main(argv: list[str]) -> int:
    dist = Path(argv[0] if argv else "dist/vorfallbuch").resolve()
    try:
        exe = executable(dist)
        for name in ("resources/i18n/vorfallbuch_en.qm", "resources/fonts/LICENSE-DejaVu.txt"):
            check((dist / "_internal" / name).is_file(), f"{name} is not in the bundle")
        with tempfile.TemporaryDirectory(prefix="vfb-frozen-") as folder:
            temp = Path(folder)
            (temp / "home").mkdir()
            env = clean_env(temp)
            vault = cli(exe, temp, env)
            gui(exe, vault, temp, env)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    print("frozen build smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
