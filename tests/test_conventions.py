"""Does every module's source notebook follow CONTRIBUTING.md, so learners meet the same shape everywhere?

These are the checks a reviewer would otherwise do by eye: the title cell's parts, the version check,
each exercise's task (inputs, output, example, hint, points that add up), a documented function to
write, hidden tests, an assertion message on every `assert`, and a summary at the end.
"""

from __future__ import annotations

import ast
import re

import pytest

from course import notebooks, syllabus
from course.paths import solutions_dir
from course.release import releasable

MODULES = releasable()
TITLE_PARTS = ("**Learning objectives", "**Prerequisites", "**Estimated time", "**Data", "**How you are graded")
TASK_PARTS = ("**Input", "**Output", "**Example", "<summary>Hint</summary>")
TASK_HEADING = re.compile(r"^### Exercise (\d+): .+ \((\d+) points?\)\s*$", re.MULTILINE)
MIN_EXERCISES, MAX_EXERCISES = 4, 8


def _notebook(module_id: str):
    return notebooks.read(solutions_dir() / syllabus.get(module_id).notebook)


def _cells_of(nb, exercise: str):
    """(index of the answer cell, answer cell, test cells) of one exercise."""
    answer_index, tests = None, []
    for index, cell in enumerate(nb.cells):
        meta = notebooks.nbgrader_meta(cell)
        if notebooks.exercise_of(str(meta.get("grade_id", ""))) != exercise:
            continue
        if meta.get("solution"):
            answer_index = index
        elif meta.get("grade"):
            tests.append(cell)
    return answer_index, nb.cells[answer_index], tests


def _task_of(nb, answer_index: int) -> str:
    """The nearest markdown cell above the answer cell: the exercise's task."""
    for cell in reversed(nb.cells[:answer_index]):
        if cell.cell_type == "markdown":
            return cell.source
    return ""


@pytest.mark.parametrize("module_id", MODULES)
def test_notebook_opens_with_purpose_and_a_version_check(module_id):
    """Does the title cell name the module and hold every part a learner looks for, then check versions?"""
    nb = _notebook(module_id)
    title = nb.cells[0]
    number = module_id[:2]
    assert title.cell_type == "markdown" and title.source.startswith(f"# {number} · "), (
        f"{module_id}: the first cell must be the markdown title `# {number} · Title`"
    )
    missing = [part for part in TITLE_PARTS if part not in title.source]
    assert not missing, f"{module_id}: the title cell lacks {missing} (see CONTRIBUTING.md, step 1)"
    setup = [c for c in nb.cells[1:4] if c.cell_type == "code" and "doctor.check_versions(" in c.source]
    assert setup, f"{module_id}: no setup cell with doctor.check_versions(...) among the first cells"


@pytest.mark.parametrize("module_id", MODULES)
def test_notebook_ends_with_a_summary(module_id):
    """Does the last cell sum up what was learnt and what comes next?"""
    last = _notebook(module_id).cells[-1]
    assert last.cell_type == "markdown" and last.source.startswith("## Summary"), (
        f"{module_id}: the last cell must be a markdown `## Summary`"
    )


@pytest.mark.parametrize("module_id", MODULES)
def test_every_exercise_is_task_answer_and_tests(module_id):
    """Is each exercise a complete task, one documented function to write, and hidden tests behind it?"""
    nb = _notebook(module_id)
    exercises = notebooks.exercises(nb)
    assert MIN_EXERCISES <= len(exercises) <= MAX_EXERCISES, f"{module_id} has {len(exercises)} exercises"
    problems = []
    for number, exercise in enumerate(exercises, start=1):
        if not exercise.endswith(f"-ex{number}"):
            problems.append(f"{exercise}: exercises must be numbered ex1, ex2, ... in notebook order")
        answer_index, answer, tests = _cells_of(nb, exercise)
        task = _task_of(nb, answer_index)
        heading = TASK_HEADING.search(task)
        points = sum(notebooks.nbgrader_meta(t).get("points", 0) for t in tests)
        if not heading:
            problems.append(f"{exercise}: the task above the answer lacks `### Exercise N: title (P points)`")
        elif (int(heading[1]), int(heading[2])) != (number, points):
            problems.append(
                f"{exercise}: the task says exercise {heading[1]} for {heading[2]} points; "
                f"it is exercise {number} and its tests carry {points} points"
            )
        missing = [part for part in TASK_PARTS if part not in task]
        if missing:
            problems.append(f"{exercise}: the task lacks {missing}")
        functions = [n for n in ast.parse(answer.source).body if isinstance(n, ast.FunctionDef)]
        if not functions:
            problems.append(f"{exercise}: the answer cell defines no function to write")
        problems += [
            f"{exercise}: `{f.name}` has no docstring saying what it returns"
            for f in functions
            if not ast.get_docstring(f)
        ]
        if not tests or not any("### BEGIN HIDDEN TESTS" in t.source for t in tests):
            problems.append(f"{exercise}: no hidden tests")
        for test in tests:
            bare = [n.lineno for n in ast.walk(ast.parse(test.source)) if isinstance(n, ast.Assert) and n.msg is None]
            if bare:
                problems.append(f"{exercise}: asserts without a message (lines {bare}) in its test cell")
    assert not problems, f"{module_id}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("module_id", MODULES)
def test_grade_ids_belong_to_the_module(module_id):
    """Does every graded or locked cell carry a grade_id of this module, unique in the notebook?"""
    ids = notebooks.grade_ids(_notebook(module_id))
    foreign = [i for i in ids if not i.startswith(module_id + "-")]
    assert not foreign, f"{module_id}: grade_ids of another module: {foreign}"
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    assert not repeated, f"{module_id}: repeated grade_ids {repeated}"
