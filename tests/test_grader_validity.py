"""Grader validity: do the tests of every exercise pass right answers and catch real mistakes?

The solution notebook runs once in a live kernel; each variant from tests/variants/<module>.py then
replaces the exercise's answer cell, the cells between the answer and its tests are rerun as grading
runs them (a locked cell may train the learner's model), then the exercise's test cells (visible and
hidden), and the solution is restored. Seconds per module, not a notebook run per variant.
"""

from __future__ import annotations

import pytest

from course import notebooks, syllabus
from course.paths import solutions_dir
from course.release import releasable
from tests.support import variants
from tests.support.live import LiveNotebook

MIN_CORRECT, MIN_WRONG = 1, 2


def _exercises(module_id: str) -> list[str]:
    return notebooks.exercises(notebooks.read(solutions_dir() / syllabus.get(module_id).notebook))


CASES = [
    pytest.param(module_id, exercise, id=exercise)
    for module_id in releasable()
    for exercise in _exercises(module_id)
]


@pytest.fixture(scope="module")
def live_notebook():
    opened: dict[str, LiveNotebook] = {}

    def open_module(module_id: str) -> LiveNotebook:
        if module_id not in opened:
            live = LiveNotebook(solutions_dir() / syllabus.get(module_id).notebook)
            opened[module_id] = live
            failures = live.run_all()
            assert not failures, f"the solution notebook of {module_id} raised: " + "; ".join(
                f"cell {index}: {outcome.describe()}" for index, outcome in failures
            )
        return opened[module_id]

    yield open_module
    for live in opened.values():
        live.close()


def _judge(variant, own, results, tests_results=()) -> str | None:
    """What is wrong with how the tests treated this variant, or None if they judged it right."""
    if variant.kind == "correct":
        if not own.ok:
            return f"the correct answer's own cell raised {own.describe()}"
        failed = [r for r in results if not r.ok]
        if failed:
            return f"a correct answer fails the tests with {failed[0].describe()}"
        noisy = [r for r in tests_results if r.stderr.strip()]
        if noisy:
            last = noisy[0].stderr.strip().splitlines()[-1][:160]
            return f"a test cell writes to stderr for a correct answer ({last}); nbgrader scores such a cell 0"
        return None
    if not own.ok:
        return f"the wrong answer's own cell raised {own.describe()}; a plausible mistake should run and be caught by the tests"
    if all(r.ok for r in results):
        return "a wrong answer passes every test: the graders miss this mistake"
    caught = [r for r in results if r.ename == "AssertionError" and r.evalue.strip()]
    if not caught:
        return f"a wrong answer fails with {next(r for r in results if not r.ok).describe()} instead of an assertion message that says what to fix"
    return None


@pytest.mark.slow
@pytest.mark.parametrize("module_id, exercise", CASES)
def test_graders_pass_right_answers_and_catch_mistakes(module_id, exercise, live_notebook):
    """Does every correct variant score full points and every wrong variant lose points?"""
    live = live_notebook(module_id)
    answers, tests = live.cells_of(exercise)
    between = live.between(exercise)
    assert len(answers) == 1 and tests, f"{exercise}: expected one answer cell and at least one test cell"
    mine = [v for v in variants.for_module(module_id) if v.exercise == exercise]
    correct = [v for v in mine if v.kind == "correct"]
    wrong = [v for v in mine if v.kind == "wrong"]
    assert len(correct) >= MIN_CORRECT and len(wrong) >= MIN_WRONG, (
        f"{exercise} has {len(correct)} correct and {len(wrong)} wrong variants in tests/variants/{module_id}.py; "
        f"it needs at least {MIN_CORRECT} correct and {MIN_WRONG} wrong"
    )
    problems = []
    for variant in mine:
        own = live.run(variant.code)
        before_tests = [live.run(cell.source) for cell in between]
        tests_results = [live.run(cell.source) for cell in tests]
        problem = _judge(variant, own, before_tests + tests_results, tests_results)
        if problem:
            problems.append(f"{variant.label()}: {problem}")
        restored = live.run(answers[0].source)
        assert restored.ok, f"{exercise}: the solution cell fails when rerun: {restored.describe()}"
        for cell in between:
            rerun = live.run(cell.source)
            assert rerun.ok, f"{exercise}: a cell between the answer and its tests fails after the solution is restored: {rerun.describe()}"
    after = [live.run(cell.source) for cell in tests]
    assert all(r.ok for r in after), f"{exercise}: after the variants the solution fails its tests; a variant changed shared state"
    assert not problems, f"{exercise}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("module_id", releasable())
def test_every_variant_names_an_exercise_of_its_module(module_id):
    """Does each variant header name a real exercise (a typo would silently skip it)?"""
    known = set(_exercises(module_id))
    stray = sorted({v.exercise for v in variants.for_module(module_id)} - known)
    assert not stray, f"tests/variants/{module_id}.py names exercises the notebook lacks: {stray}; known: {sorted(known)}"
