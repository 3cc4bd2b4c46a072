"""A small graded class of module 00, built once per test process for the export and report tests.

Autograding is the slow part (a kernel per learner), so the class is made once, under pytest's session
base folder, and shared read-only by every test file that asks for it in the same process.

The class, and what each learner stands for:
- ada: the solution notebook; graded by plain nbgrader, no ledger entry (reads `graded`).
- ben: the untouched student version (scores 0); ledger `graded`.
- cy: the solution with a wrong ex3 answer; ledger `flagged` (FLAG_REASON).
- dee: the solution with another wrong ex3 answer; no ledger entry, and one of her grades was
  reopened for a manual grade (reads `flagged` from nbgrader alone).
- eve: ledger `failed` (FAIL_REASON), and no nbgrader submission rows at all.
- fay: in the gradebook, but never submitted (reads `missing`).
- gus: ledger `failed` (FAIL_REASON), with nbgrader rows holding zeros that wait for a manual grade, as
  the class grader records a submission it could not grade (course.classgrade.record).
"""

from __future__ import annotations

import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

import nbformat
from sqlalchemy import create_engine

from course import gradebook, ledger, notebooks
from course.paths import solutions_dir
from course.release import run_step
from course.settings import COURSE_ID, config_for
from tests.support import variants

MODULE = "00-orientation"
WRONG_EXERCISE = "00-orientation-ex3"
MANUAL_CELL = "00-orientation-ex1-accuracy-test"  # the grade reopened for dee
FLAG_REASON = "output over the limit: a human should read it"
FAIL_REASON = "not valid notebook JSON (Expecting value at line 1)"
LEARNERS = ("ada", "ben", "cy", "dee", "eve", "fay", "gus")

_built: dict[Path, Classroom] = {}


@dataclass(frozen=True)
class Classroom:
    root: Path
    db_url: str
    assignment_id: str = MODULE


def _with_answer(nb, exercise: str, code: str):
    """A copy of `nb` whose answer cell of `exercise` holds `code`, as the grader-validity harness swaps it."""
    nb = nbformat.from_dict(nb)
    answers = [
        c
        for c in nb.cells
        if notebooks.nbgrader_meta(c).get("solution")
        and notebooks.exercise_of(str(notebooks.nbgrader_meta(c).get("grade_id", ""))) == exercise
    ]
    assert len(answers) == 1, f"expected one answer cell for {exercise}, found {len(answers)}"
    answers[0].source = code
    return nb


def _submit(root: Path, learner: str, nb) -> None:
    folder = root / "submitted" / learner / MODULE
    folder.mkdir(parents=True)
    nbformat.write(nb, str(folder / f"{MODULE}.ipynb"))


def _record(db_url: str, *entries: ledger.Entry) -> None:
    engine = create_engine(db_url, future=True)
    try:
        ledger.ensure(engine)
        with engine.begin() as connection:
            for entry in entries:
                ledger.write(connection, entry)
    finally:
        engine.dispose()


def _entry(learner: str, status: str, reason: str, score: float) -> ledger.Entry:
    return ledger.Entry(MODULE, learner, status, reason, score, 20.0, digest="0" * 64, seconds=1.0)


def build(root: Path) -> Classroom:
    """Release module 00 in `root`, submit and autograde four learners, and write the ledger entries."""
    from nbgrader.api import Gradebook
    from nbgrader.apps import NbGraderAPI

    shutil.copytree(solutions_dir() / MODULE, root / "solutions" / MODULE)
    gradebook.seed(root / "gradebook.db")
    api = NbGraderAPI(config=config_for(root))
    db_url = api.coursedir.db_url
    solution = nbformat.read(str(root / "solutions" / MODULE / f"{MODULE}.ipynb"), as_version=4)
    release = root / "assignments" / MODULE / f"{MODULE}.ipynb"  # the student version, made below
    wrong = [v for v in variants.for_module(MODULE) if v.exercise == WRONG_EXERCISE and v.kind == "wrong"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_step(api.generate_assignment(MODULE, force=True), "generate_assignment")
        _submit(root, "ada", solution)
        _submit(root, "ben", nbformat.read(str(release), as_version=4))
        _submit(root, "cy", _with_answer(solution, WRONG_EXERCISE, wrong[0].code))
        _submit(root, "dee", _with_answer(solution, WRONG_EXERCISE, wrong[1].code))
        run_step(api.autograde(MODULE, "*", force=True), "autograde")
        with Gradebook(db_url, course_id=COURSE_ID) as gb:
            gb.add_student("fay")
            gb.add_student("gus")
            gb.add_submission(MODULE, "gus")  # every grade: no score, needs a manual grade
            gb.find_grade(MANUAL_CELL, MODULE, MODULE, "dee").needs_manual_grade = True
            gb.db.commit()
    _record(
        db_url,
        _entry("ben", ledger.GRADED, "", 0.0),
        _entry("cy", ledger.FLAGGED, FLAG_REASON, 17.0),
        _entry("eve", ledger.FAILED, FAIL_REASON, 0.0),
        _entry("gus", ledger.FAILED, FAIL_REASON, 0.0),
    )
    return Classroom(root, db_url)


def shared(tmp_path_factory) -> Classroom:
    """The class, built on first use in this test process; tests must only read it."""
    base = tmp_path_factory.getbasetemp()
    if base not in _built:
        _built[base] = build(tmp_path_factory.mktemp("classroom"))
    return _built[base]
