"""The incident facts the police ask for besides the account: how and by whom it was noticed,
the exact words, the post's address, and when and to whom the evidence went; on the command
line, in and out, with bad values refused in one line and nothing saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import InProcess, make_vault, ok, one_line_error


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> InProcess:
    return InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)


def test_the_new_facts_go_in_and_come_out(cli: InProcess) -> None:
    made = ok(cli("incident", "add", "--title", "Drohung", "--occurred", "2026-03-12",
                  "--discovery", "Von der Sekretärin im Postfach bemerkt",
                  "--verbatim", "Wir wissen, wo du wohnst.\nPass auf.",
                  "--url", "https://social.example/p/4711",
                  "--evidence-handed-on", "2026-03-20",
                  "--evidence-handed-to", "PHK Weber, Polizeirevier Pirna"))
    incident_id = made.out.strip()
    shown = ok(cli("incident", "show", incident_id, "--json")).json()
    value = shown.get("value", shown)
    assert value["discovery"] == "Von der Sekretärin im Postfach bemerkt"
    assert value["verbatim"] == "Wir wissen, wo du wohnst.\nPass auf."
    assert value["url"] == "https://social.example/p/4711"
    assert value["case"]["evidence_handed_on"] == "2026-03-20"
    assert value["case"]["evidence_handed_to"] == "PHK Weber, Polizeirevier Pirna"
    ok(cli("incident", "edit", incident_id, "--url", ""))
    shown = ok(cli("incident", "show", incident_id, "--json")).json()
    assert shown.get("value", shown)["url"] == ""
    found = ok(cli("incident", "list", "--search", "Sekretärin", "--json")).json()
    assert [i["id"] for i in found] == [incident_id]


@pytest.mark.parametrize(("args", "words"), [
    (["--evidence-handed-on", "31.02.2026"], ("--evidence-handed-on",)),
    (["--evidence-handed-on", "gestern vielleicht"], ("--evidence-handed-on",)),
    (["--url", "https://x.example/" + "a" * 5000], ("url",)),
    (["--url", "https://x.example/\nzweite Zeile"], ("url",)),
    (["--evidence-handed-to", "Polizei\x00"], ("control",)),
    (["--verbatim", "x" * 300_000], ("verbatim",)),
])
def test_bad_values_are_refused_in_one_line(cli: InProcess, args: list[str],
                                            words: tuple[str, ...]) -> None:
    before = cli.state()
    one_line_error(cli("incident", "add", "--title", "Drohung", "--occurred", "2026-03-12",
                       *args), *words)
    assert cli.state() == before
