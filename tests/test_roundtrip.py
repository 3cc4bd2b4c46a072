"""The nbgrader round trip for every module with a source notebook: release, then autograde."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from course import grading, notebooks, release, syllabus
from course.paths import assignments_dir, solutions_dir

MODULES = release.releasable()
LEAK = re.compile(r"BEGIN (SOLUTION|HIDDEN TESTS)|END (SOLUTION|HIDDEN TESTS)")

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("module_id", MODULES)
def test_released_notebook_is_what_nbgrader_generates_now(module_id, tmp_path):
    """Is the committed student version exactly what generate_assignment makes from the source today?"""
    module = syllabus.get(module_id)
    shutil.copytree(solutions_dir() / module_id, tmp_path / "solutions" / module_id)
    fresh = release.release([module_id], root=tmp_path)[0]
    committed = assignments_dir() / module.notebook
    assert committed.is_file(), f"{committed} is missing: run `course generate {module_id}` and commit it"
    assert json.loads(committed.read_text()) == json.loads(fresh.read_text()), (
        f"assignments/{module.notebook} is out of date with its source: run `course generate {module_id}` and commit"
    )


@pytest.mark.parametrize("module_id", MODULES)
def test_released_notebook_holds_no_solution_or_hidden_test(module_id):
    """Does the student version leak a solution or a hidden test?"""
    nb = notebooks.read(assignments_dir() / syllabus.get(module_id).notebook)
    leaks = [i for i, cell in enumerate(nb.cells) if LEAK.search(cell.source)]
    assert not leaks, f"cells {leaks} of the student version of {module_id} still hold solution or hidden-test markers"
    outputs = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not outputs, f"cells {outputs} of the student version carry outputs"


@pytest.mark.parametrize("module_id", MODULES)
def test_solution_scores_full_marks(module_id):
    """Does the instructor's solution score every point under nbgrader autograde?"""
    module = syllabus.get(module_id)
    source = solutions_dir() / module.notebook
    report = grading.grade_against(source, source, module_id)
    lost = [f"{r.grade_id}: {r.points:g}/{r.max_points:g} {r.message}" for r in report.results if r.status != "passed"]
    assert not lost and report.score == report.max_score > 0, f"the solution of {module_id} loses points: {lost}"
    assert report.max_score == module.points, (
        f"{module_id} is worth {report.max_score:g} points in the notebook but {module.points} in course/syllabus.toml"
    )


@pytest.mark.parametrize("module_id", MODULES)
def test_untouched_student_version_scores_zero_as_not_attempted(module_id):
    """Does the untouched student version grade to zero, each exercise 'not attempted', without an error?"""
    module = syllabus.get(module_id)
    report = grading.grade(assignments_dir() / module.notebook)
    assert report.max_score == module.points
    assert report.score == 0, f"an untouched {module_id} scores {report.score:g}: some test passes without an answer"
    statuses = {r.grade_id: r.status for r in report.results if r.status != grading.NOT_ATTEMPTED}
    assert not statuses, f"these exercises should read 'not attempted': {statuses}"
