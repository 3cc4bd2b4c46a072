"""course.export: one row per learner and assignment, scores from nbgrader, status from the ledger."""

from __future__ import annotations

import csv
import json

import pytest

from course import export, gradebook, notebooks
from course.paths import solutions_dir
from course.settings import COURSE_ID
from tests.support import classroom as c

pytestmark = pytest.mark.slow

TEST_CELLS = [
    "00-orientation-ex1-accuracy-test",
    "00-orientation-ex2-lifecycle-test",
    "00-orientation-ex3-standardize-test",
    "00-orientation-ex4-pairwise-distances-test",
    "00-orientation-ex5-mean-by-species-test",
    "00-orientation-ex6-island-facts-test",
]


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    return c.shared(tmp_path_factory)


@pytest.fixture(scope="module")
def rows(room):
    return export.export_grades(root=room.root, assignment_id=c.MODULE)


def test_every_learner_gets_one_row_with_status_and_score(rows):
    """Does each learner get one row, in learner order, whose status reads the ledger first and nbgrader after?"""
    assert [(r.learner, r.status, r.reason, r.score, r.max_score, r.needs_manual_grade) for r in rows] == [
        ("ada", "graded", "", 20, 20, False),  # plain nbgrader autograde, no ledger entry
        ("ben", "graded", "", 0, 20, False),
        ("cy", "flagged", c.FLAG_REASON, 17, 20, False),
        ("dee", "flagged", "nbgrader: a grade needs a manual grade", 17, 20, True),
        ("eve", "failed", c.FAIL_REASON, 0, 20, False),
        ("fay", "missing", "", 0, 20, False),
        ("gus", "failed", c.FAIL_REASON, 0, 20, True),
    ]


def test_exercise_points_equal_what_nbgrader_stored(room, rows):
    """Is every exercise's points exactly the grade in nbgrader's gradebook, and the total their sum?"""
    from nbgrader.api import Gradebook

    with Gradebook(room.db_url, course_id=COURSE_ID) as gb:
        for row in rows[:4]:
            stored = {g: gb.find_grade(g, c.MODULE, c.MODULE, row.learner).score for g in TEST_CELLS}
            assert {e.grade_id: e.points for e in row.exercises} == stored
            assert row.score == gb.find_submission(c.MODULE, row.learner).score == sum(stored.values())
    wrong = {r.learner: [e.points for e in r.exercises] for r in rows if r.learner in ("cy", "dee")}
    assert wrong == {"cy": [2, 3, 0, 4, 4, 4], "dee": [2, 3, 0, 4, 4, 4]}
    assert [e.max_points for e in rows[0].exercises] == [2, 3, 3, 4, 4, 4]


def test_exercise_columns_follow_the_source_notebook(rows):
    """Are the exercise columns the grade cells' grade_ids in the source notebook's order?"""
    source = notebooks.read(solutions_dir() / c.MODULE / f"{c.MODULE}.ipynb")
    graded = [
        str(notebooks.nbgrader_meta(cell)["grade_id"])
        for cell in source.cells
        if notebooks.nbgrader_meta(cell).get("grade")
    ]
    assert graded == TEST_CELLS
    assert all([e.grade_id for e in row.exercises] == TEST_CELLS for row in rows)


def test_failed_learner_without_nbgrader_rows_still_gets_a_zero(room, rows):
    """Does a learner the ledger marks failed, unknown to nbgrader, get a row scoring 0 with no exercise points?"""
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(room.db_url, course_id=COURSE_ID) as gb, pytest.raises(MissingEntry):
        gb.find_student("eve")
    eve = next(r for r in rows if r.learner == "eve")
    assert (eve.status, eve.score) == ("failed", 0)
    assert [e.points for e in eve.exercises] == [None] * 6


def test_failed_learner_with_nbgrader_rows_keeps_what_nbgrader_stored(rows):
    """Does a failed submission the grader recorded in nbgrader export nbgrader's zeros, waiting for a human?"""
    gus = next(r for r in rows if r.learner == "gus")
    assert (gus.status, gus.score, gus.needs_manual_grade) == ("failed", 0, True)
    assert [e.points for e in gus.exercises] == [0] * 6


def test_whole_gradebook_export_orders_by_assignment_then_learner(room, rows):
    """Without an assignment id, does the export hold every assignment's rows, in (assignment, learner) order?"""
    everything = export.export_grades(root=room.root)
    assert everything == rows
    order = [(r.assignment, r.learner) for r in everything]
    assert order == sorted(order)


def test_csv_round_trips_through_dictreader(tmp_path, rows):
    """Does the CSV read back with csv.DictReader into the documented columns and the same values?"""
    path = tmp_path / "grades.csv"
    export.write_csv(rows, path)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        records = list(reader)
    assert reader.fieldnames == [*export.COLUMNS, *TEST_CELLS]
    assert [(r["learner"], r["status"], float(r["score"]), r["needs_manual_grade"]) for r in records] == [
        (row.learner, row.status, row.score, "true" if row.needs_manual_grade else "false") for row in rows
    ]
    assert records[2]["reason"] == c.FLAG_REASON
    assert [records[2][g] for g in TEST_CELLS] == ["2", "3", "0", "4", "4", "4"]
    assert [records[4][g] for g in TEST_CELLS] == [""] * 6  # eve: nbgrader stored no grade


def test_json_keeps_points_and_maximum_per_exercise(tmp_path, rows):
    """Does the JSON export give each exercise its points and its maximum?"""
    path = tmp_path / "grades.json"
    export.write(rows, path, format="json")
    records = json.loads(path.read_text(encoding="utf-8"))
    assert [r["learner"] for r in records] == list(c.LEARNERS)
    assert records[0]["exercises"][2] == {"grade_id": TEST_CELLS[2], "points": 3.0, "max_points": 3.0}
    with pytest.raises(export.ExportError, match="choose one of: csv, json"):
        export.write(rows, path, format="xlsx")


def test_missing_gradebook_is_a_clear_error_and_is_not_created(tmp_path):
    """Does exporting a folder with no gradebook say so and how to fix it, instead of creating an empty one?"""
    with pytest.raises(export.ExportError, match="no gradebook at .*gradebook.db: grade the class first"):
        export.export_grades(root=tmp_path)
    assert not (tmp_path / "gradebook.db").exists()


def test_unknown_assignment_names_the_ones_the_gradebook_has(tmp_path):
    """Does asking for an assignment the gradebook lacks name the assignments it does have?"""
    from nbgrader.api import Gradebook

    gradebook.seed(tmp_path / "gradebook.db")
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        gb.add_assignment("00-orientation")
    with pytest.raises(export.ExportError, match=r"no assignment '99-nope' .*\(it has: 00-orientation\)"):
        export.export_grades(root=tmp_path, assignment_id="99-nope")
