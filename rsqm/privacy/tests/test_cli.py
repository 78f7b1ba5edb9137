"""``rsqm scan`` and ``rsqm redact``: the command-line contract other tools rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rsqm.privacy.cli import main

from . import builders as b


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "policy.txt").write_text("Approved by Sarah Thompson on 12 March 2024.\n")
    (tmp_path / "docs" / "sub" / "note.txt").write_text("Kyle Morgan\nNHS number 9434765919\n")
    (tmp_path / "docs" / "scan.pdf").write_bytes(b.pdf([], blank_pages=(1,)))
    (tmp_path / "staff.txt").write_text("Sarah Thompson\n")
    (tmp_path / "domains.txt").write_text("northmoor-mediation.org.uk\n")
    return tmp_path


def run(argv, capsys):
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_report_lists_every_file_in_order_with_paths_as_given(files, capsys, monkeypatch):
    monkeypatch.setenv("RSQM_PRIVACY_ISOLATE", "false")
    note = str(files / "docs" / "sub" / "note.txt")
    policy = str(files / "docs" / "policy.txt")
    code, out, err = run(["scan", "--format", "json", "--allow-names", str(files / "staff.txt"), note, policy], capsys)
    report = json.loads(out)
    assert code == 1 and err == ""
    assert [f["path"] for f in report["files"]] == [note, policy]
    first, second = report["files"]
    assert first["status"] == "findings" and first["error"] is None and first["images_unchecked"] == 0
    assert [(f["category"], f["start"], f["end"], f["line"], f["snippet"]) for f in first["findings"]] == [
        ("person_name", 0, 11, 1, "K••• ••••••"), ("nhs_number", 23, 33, 2, "9•••••••••")]
    assert set(first["findings"][0]) == {"category", "start", "end", "page", "sheet", "cell", "line", "score", "snippet"}
    assert second == {"path": policy, "status": "clean", "error": None, "images_unchecked": 0, "findings": []}


def test_a_directory_is_scanned_recursively_and_an_error_means_exit_2(files, capsys):
    code, out, err = run(["scan", "--format", "json", str(files / "docs")], capsys)
    report = json.loads(out)
    paths = [f["path"] for f in report["files"]]
    assert paths == sorted(paths) and len(paths) == 3
    scan_pdf = next(f for f in report["files"] if f["path"].endswith("scan.pdf"))
    assert scan_pdf["status"] == "error" and scan_pdf["error"] == "cannot be checked automatically: page 1 has no text"
    assert code == 2


def test_clean_files_exit_0_and_the_text_report_ends_with_a_summary(files, capsys):
    code, out, err = run(["scan", "--allow-names", str(files / "staff.txt"), str(files / "docs" / "policy.txt")], capsys)
    assert code == 0
    assert out.splitlines()[-1] == "1 file: 1 clean, 0 with findings (0 findings in all), 0 not checked"


def test_the_text_report_shows_place_category_and_snippet(files, capsys):
    code, out, _ = run(["scan", str(files / "docs" / "sub" / "note.txt")], capsys)
    assert code == 1
    assert "  line 1: person_name  K••• ••••••" in out and "  line 2: nhs_number  9•••••••••" in out
    assert "Kyle" not in out and "9434765919" not in out


def test_a_missing_file_and_a_wrong_command_line_exit_2(files, capsys):
    code, out, _ = run(["scan", "--format", "json", str(files / "nope.txt")], capsys)
    assert code == 2 and json.loads(out)["files"][0]["status"] == "error"
    with pytest.raises(SystemExit) as exc:
        main(["scan", "--format", "xml", "x"])
    assert exc.value.code == 2
    assert capsys.readouterr().out == ""  # messages go to stderr


def test_redact_writes_a_copy_and_refuses_other_formats(files, capsys):
    out_path = files / "note.redacted.txt"
    code, _, err = run(["redact", str(files / "docs" / "sub" / "note.txt"), str(out_path)], capsys)
    assert code == 0 and out_path.read_text() == "[name]\nNHS number [NHS number]\n"
    code, _, err = run(["redact", str(files / "docs" / "scan.pdf"), str(files / "x.pdf")], capsys)
    assert code == 2 and "redaction is available for TXT, CSV, DOCX and XLSX" in err
    assert not (files / "x.pdf").exists()


def test_the_rsqm_command_runs_scan_without_django(files):
    """``rsqm scan`` starts quickly: the console script hands it over before Django is imported."""
    probe = ("import sys\nfrom rsqm import cli\nsys.argv = ['rsqm', 'scan', '--format', 'json', sys.argv[1]]\n"
             "try:\n    cli.main()\nexcept SystemExit as exc:\n    code = exc.code\n"
             "sys.stderr.write('django-loaded' if any(m.startswith('django') for m in sys.modules) else 'no-django')\n"
             "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", probe, str(files / "docs" / "sub" / "note.txt")], capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])})
    assert proc.returncode == 1
    assert proc.stderr.decode().endswith("no-django")
    assert json.loads(proc.stdout)["files"][0]["status"] == "findings"


def test_allow_organisations_clears_the_organisations_own_name(files, capsys, monkeypatch):
    """PRIV-STAFF-DATA: ``--allow-organisations`` reads the organisation's own names, one a line."""
    monkeypatch.setenv("RSQM_PRIVACY_ISOLATE", "false")
    (files / "orgs.txt").write_text("Northmoor Mediation Trust\n")
    note = files / "docs" / "team.txt"
    note.write_text("Northmoor's schools team ran the circle.\n")
    code, out, _err = run(["scan", "--format", "json", str(note)], capsys)
    assert code == 1
    code, out, _err = run(["scan", "--format", "json", "--allow-organisations", str(files / "orgs.txt"), str(note)], capsys)
    assert code == 0 and json.loads(out)["files"][0]["status"] == "clean"
