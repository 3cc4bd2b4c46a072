"""The `course` command: what a learner types, and the one-line answers to bad input (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from course import cli, notebooks, syllabus
from course.paths import assignments_dir, course_root, solutions_dir
from tests.support import build as b


def run(capsys, *argv):
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("missing.ipynb", None, "no such file"),
        ("empty.ipynb", b"", "the file is empty"),
        ("broken.ipynb", b'{"cells": [', "not valid notebook JSON"),
        ("latin1.ipynb", '{"cells": [], "x": "caf\u00e9"}'.encode("latin-1"), "not UTF-8"),
        ("list.ipynb", b"[1, 2, 3]", "not a Jupyter notebook"),
        ("notes.txt", b"hello", "not a notebook (expected a .ipynb file)"),
    ],
)
def test_check_rejects_bad_input_with_one_line_and_exit_2(tmp_path, capsys, name, content, reason):
    """Does each kind of bad file get exit 2 and a single line that says what is wrong?"""
    target = tmp_path / name
    if content is not None:
        target.write_bytes(content)
    code, out, err = run(capsys, "check", str(target))
    assert code == 2
    assert reason in err and len(err.strip().splitlines()) == 1, err
    assert out == ""


def test_check_rejects_a_notebook_of_no_known_module(tmp_path, capsys):
    """Does a notebook that belongs to no course module get exit 2 and a pointer to assignments/?"""
    target = b.write(b.notebook(b.code("print('hello')")), tmp_path / "untitled.ipynb")
    code, _, err = run(capsys, "check", str(target))
    assert code == 2 and "not a notebook of any course module" in err and "assignments/" in err


def test_check_rejects_a_folder(tmp_path, capsys):
    """Is a folder named like a notebook refused cleanly?"""
    (tmp_path / "folder.ipynb").mkdir()
    code, _, err = run(capsys, "check", str(tmp_path / "folder.ipynb"))
    assert code == 2 and "is a folder" in err


@pytest.mark.slow
@pytest.mark.parametrize("module", syllabus.ready(), ids=lambda m: m.id)
def test_check_prints_a_table_and_the_score_line(capsys, module):
    """Does `course check` on the solution print one row per graded cell and end with `score: X / Y`?"""
    code, out, _ = run(capsys, "check", str(solutions_dir() / module.notebook))
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[-1] == f"score: {module.points} / {module.points}"
    rows = [line for line in lines if line.startswith(f"{module.id}-ex")]
    nb = notebooks.read(solutions_dir() / module.notebook)
    graded = [c for c in nb.cells if notebooks.nbgrader_meta(c).get("grade")]
    assert len(rows) == len(graded) and all(row.endswith(" passed") for row in rows), out


@pytest.mark.slow
@pytest.mark.parametrize("module", syllabus.ready()[:1], ids=lambda m: m.id)
def test_check_json_of_untouched_assignment(capsys, module):
    """Does --json give machine-readable results, exit 0 even at score zero?"""
    code, out, _ = run(capsys, "check", "--json", str(assignments_dir() / module.notebook))
    assert code == 0
    result = json.loads(out)
    assert result["score"] == 0 and result["max_score"] == module.points
    assert {e["status"] for e in result["exercises"]} == {"not attempted"}


def test_modules_lists_all_seventeen(capsys):
    """Does `course modules` list every module with its status?"""
    code, out, _ = run(capsys, "modules")
    assert code == 0 and len(out.strip().splitlines()) == 17
    assert out.splitlines()[0].startswith("00-orientation")


def test_release_of_an_unknown_module_is_bad_input(capsys):
    """Does `course generate` of a module with no source notebook exit 2 and list the releasable ones?"""
    code, _, err = run(capsys, "generate", "99-nonsense")
    assert (
        code == 2 and "unknown module '99-nonsense'" in err and "modules you can use: 00-orientation" in err
    )


def test_data_verify_passes_on_the_shipped_files(capsys):
    """Does `course data verify` check every file and report no problem?"""
    code, out, _ = run(capsys, "data", "verify")
    assert code == 0 and out.strip().endswith("0 problems")


@pytest.mark.slow
def test_doctor_finds_nothing_to_fix_in_the_course_environment(capsys):
    """Does `course doctor` pass in the environment `make` built, and print a summary line?"""
    code, out, _ = run(capsys, "doctor")
    assert code == 0, out
    assert out.strip().splitlines()[-1].endswith(", 0 to fix")


def test_installed_entry_point_runs():
    """Is the `course` command installed next to this Python, and does it answer --help?"""
    exe = course_root() / ".venv" / "bin" / "course"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "course.cli"]
    done = subprocess.run([*command, "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "check" in done.stdout


def test_unknown_subcommand_exits_2(capsys):
    """Does a mistyped verb exit 2 with usage, as argparse does?"""
    with pytest.raises(SystemExit) as caught:
        cli.main(["chekc"])
    assert caught.value.code == 2
