"""The child process of app/intake/runner.py: reads one untrusted file and answers in JSON.

It first limits itself (address space, CPU seconds, no file writes, no core dumps), then reads
one request line from standard input, followed by the file's bytes when the parent has them
in memory (otherwise the request names a path that is only opened for reading). The answer is
one JSON line on the original standard output, optionally followed by `payload_size` raw
bytes; anything a library prints goes to standard error, which the parent discards. What went
wrong is sent as a code and its parameters (`{"error": {"code": ..., "params": ...}}`), never
as a sentence: the parent checks the code against the ones it knows.

Besides intake's requests (a file's facts, a part of a mail), the dossier sends two
(app/intake/evidence_view.py): "pdf_annex", a clean and trial-stamped copy of a PDF, and
"images", pictures decoded and scaled for print. Those load neither pydantic nor the domain
models, so the child starts in about a tenth of a second.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from typing import Any, BinaryIO

from app.intake.codes import IntakeCode
from app.intake.limits import FAULT_ENV, MAX_REQUEST, MEMORY_LIMIT


def _limit(memory: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's time limit is the guard there
        return
    wanted = [(resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_seconds),
              (resource.RLIMIT_FSIZE, 0), (resource.RLIMIT_CORE, 0)]
    for which, value in wanted:
        try:
            _soft, hard = resource.getrlimit(which)
            cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
            # The CPU hard limit one second later: SIGXCPU first, SIGKILL if it is ignored.
            top = cap + 1 if which == resource.RLIMIT_CPU and cap < hard else cap
            resource.setrlimit(which, (cap, top))
        except (ValueError, OSError):
            continue


def _options(argv: Sequence[str]) -> tuple[int, int]:
    memory, cpu = MEMORY_LIMIT, 60
    args = list(argv)
    for i, arg in enumerate(args[:-1]):
        if arg == "--memory" and args[i + 1].isdigit():
            memory = int(args[i + 1])
        if arg == "--cpu" and args[i + 1].isdigit():
            cpu = int(args[i + 1])
    return memory, cpu


def _fault(kind: str, out: BinaryIO) -> None:
    """Misbehaviour on request of the tests (see runner.FAULT_ENV)."""
    if kind == "hang":
        while True:
            time.sleep(1)
    if kind == "spin":
        while True:
            pass
    if kind == "memory":
        hog = []
        while True:
            hog.append(bytearray(64 * 1024 * 1024))
    if kind == "crash":
        os.abort()
    if kind == "garbage":
        out.write(b"this is not JSON\n")
        out.flush()
        os._exit(0)
    if kind == "environ":  # which of our variables reached the child (none may)
        names = sorted(k for k in os.environ if k.startswith("VORFALLBUCH_") and k != FAULT_ENV)
        _answer(out, {"facts": {"notices": [_error(IntakeCode.LEGACY_TEXT, text=n)
                                            for n in names]}})
    # Answers the parent must refuse: a code it does not know, parameters that do not fit
    # the code, an old sentence (only a vault may hold one), an error that is no code.
    if kind == "unknown_code":
        _answer(out, {"facts": {"unreadable": {"code": "the_scroll_has_seals", "params": {}}}})
    if kind == "wrong_params":
        _answer(out, {"facts": {"notices": [{"code": "exif_date_unreadable",
                                             "params": {"raw": "x", "extra": 1}}]}})
    if kind == "sentence":
        _answer(out, {"facts": {"unreadable": "Your computer has a virus; call 0900 123."}})
    if kind == "error_sentence":
        _answer(out, {"error": "Your computer has a virus; call 0900 123."})
    if kind == "error_code_params":
        _answer(out, {"error": {"code": "reader_timeout", "params": {"seconds": "soon"}}})
    if kind == "flood":
        while True:
            out.write(b"x" * 65536)


def _answer(out: BinaryIO, header: dict[str, Any]) -> None:
    out.write(json.dumps({**header, "payload_size": 0}).encode() + b"\n")
    out.flush()
    os._exit(0)


def _error(code: IntakeCode, **params: Any) -> dict[str, Any]:
    return {"code": code.value, "params": params}


def _handle(request: dict[str, Any], stdin: BinaryIO) -> tuple[dict[str, Any], bytes]:
    if request.get("mode") in ("pdf_annex", "images"):
        return _evidence(request, stdin)
    from app.intake.facts import Source, parse_here
    from app.intake.images import harden_pillow

    harden_pillow()

    name = str(request.get("name") or "")
    path = request.get("path")
    if request.get("mode") == "render_image":
        from app.intake.preview import MAX_SIDE, render_here

        side = request.get("max_side")
        return {}, render_here(stdin.read(), side if isinstance(side, int) else MAX_SIDE)
    if request.get("mode") == "probe_pdf":
        from app.intake.pdf_probe import probe_here

        return {"probe": probe_here(stdin.read())}, b""
    if request.get("mode") == "inner_part":
        from app.intake.email_parse import email_inner_part
        from app.intake.errors import UnreadableFileError

        try:
            safe_name, media_type, blob = email_inner_part(stdin.read(), name,
                                                           int(request.get("index", -1)))
        except UnreadableFileError as exc:
            return {"error": _error(exc.code, **exc.params)}, b""
        return {"name": safe_name, "media_type": media_type}, blob
    source = Source(name, path=str(path) if path else None,
                    data=None if path else stdin.read())
    return {"facts": parse_here(source).facts.model_dump(mode="json")}, b""


def _evidence(request: dict[str, Any], stdin: BinaryIO) -> tuple[dict[str, Any], bytes]:
    """The dossier's requests (app/intake/evidence_view.py): a clean, trial-stamped copy of a
    PDF for the annex, or pictures decoded and scaled for print (their bytes one after the
    other on standard input, as their sizes say; the answers' bytes likewise)."""
    from app.evidence_codes import EvidenceProblem

    if request["mode"] == "pdf_annex":
        from app.intake.annex_copy import clean_copy

        try:
            return clean_copy(stdin.read(), int(request["max_copy"]),
                              int(request["max_content"]))
        except EvidenceProblem as exc:
            return {"error": {"code": exc.code.value, "params": exc.params}}, b""
    from app.intake.print_image import harden, prepare

    harden()
    results: list[dict[str, Any]] = []
    pieces: list[bytes] = []
    for item in request["items"]:
        data = stdin.read(int(item["size"]))
        try:
            picture = prepare(data, float(item["width_pt"]), float(item["height_pt"]),
                              bool(item.get("keep_sharp")))
        except EvidenceProblem as exc:
            results.append({"error": {"code": exc.code.value, "params": exc.params}})
            continue
        except MemoryError:
            raise
        except RecursionError:
            results.append({"error": _error(IntakeCode.NESTED_TOO_DEEPLY)})
            continue
        except Exception as exc:  # a decoder bug on hostile input: this picture only
            results.append({"error": _error(IntakeCode.READER_FAILED, error=type(exc).__name__)})
            continue
        results.append({"width_pt": picture.width_pt, "height_pt": picture.height_pt,
                        "source_size": list(picture.source_size), "size": len(picture.data)})
        pieces.append(picture.data)
    return {"results": results}, b"".join(pieces)


def main(argv: Sequence[str] | None = None) -> int:
    memory, cpu = _options(sys.argv[1:] if argv is None else argv)
    sys.dont_write_bytecode = True
    _limit(memory, cpu)
    # Keep the real standard output for the answer; stray prints of libraries go to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    from app.logs import setup_child

    setup_child()  # the libraries' warnings, scrubbed, as marked lines for the parent's log
    stdin = sys.stdin.buffer
    try:
        request = json.loads(stdin.readline(MAX_REQUEST))
        if not isinstance(request, dict):
            raise ValueError("request")
    except ValueError:
        return 2
    fault = os.environ.get(FAULT_ENV, "")
    header: dict[str, Any]
    payload = b""
    try:
        if fault:
            _fault(fault, out)
        header, payload = _handle(request, stdin)
    except MemoryError:
        header = {"error": _error(IntakeCode.READER_MEMORY)}
    except RecursionError:
        header = {"error": _error(IntakeCode.NESTED_TOO_DEEPLY)}
    except Exception as exc:  # a parser bug on hostile input: a code, never a traceback
        header = {"error": _error(IntakeCode.READER_FAILED, error=type(exc).__name__)}
    header["payload_size"] = len(payload)
    out.write(json.dumps(header).encode("utf-8") + b"\n")
    out.write(payload)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
