"""course.grading: a learner's local grade, computed by nbgrader exactly as the instructor's would be."""

from __future__ import annotations

import pytest

from course import gradebook, grading, notebooks
from tests.support import build as b

pytestmark = pytest.mark.slow

DOUBLE = "def double(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION\n"
DOUBLE_TESTS = (
    "assert double(2) == 4, 'double(2) should be 4: multiply, do not add'\n"
    "### BEGIN HIDDEN TESTS\nassert double(-3) == -6, 'double(-3) should be -6'\n### END HIDDEN TESTS\n"
)
HALF = "def half(x):\n    ### BEGIN SOLUTION\n    return x / 2\n    ### END SOLUTION\n"
HALF_TESTS = "assert half(3) == 1.5, 'half(3) should be 1.5: use true division'\n"


def source_notebook():
    return b.notebook(
        b.markdown("# A tiny module"),
        b.answer("99-tiny-ex1-double", DOUBLE),
        b.tests("99-tiny-ex1-double-test", DOUBLE_TESTS, points=2),
        b.answer("99-tiny-ex2-half", HALF),
        b.tests("99-tiny-ex2-half-test", HALF_TESTS, points=3),
    )


@pytest.fixture
def source(tmp_path):
    return b.write(source_notebook(), tmp_path / "source" / "99-tiny.ipynb")


def learner_with(tmp_path, double_body: str, half_body: str):
    nb = source_notebook()
    nb.cells[1].source = double_body
    nb.cells[3].source = half_body
    return b.write(nb, tmp_path / "learner" / "my-work.ipynb")


def test_solution_scores_full_marks_per_exercise(source):
    """Does a correct notebook get every point, reported per graded cell in notebook order?"""
    report = grading.grade_against(source, source, "99-tiny")
    assert [(r.grade_id, r.points, r.max_points, r.status) for r in report.results] == [
        ("99-tiny-ex1-double-test", 2, 2, "passed"),
        ("99-tiny-ex2-half-test", 3, 3, "passed"),
    ]
    assert (report.score, report.max_score) == (5, 5)


def test_wrong_answer_reports_the_first_line_of_its_error(tmp_path, source):
    """Does a failed test say which assertion failed, in one line, and score zero for that exercise only?"""
    learner = learner_with(tmp_path, "def double(x):\n    return x + 2\n", HALF)
    report = grading.grade_against(learner, source, "99-tiny")
    first, second = report.results
    assert (first.points, first.status) == (0, "failed")
    assert first.message == "AssertionError: double(-3) should be -6"
    assert (second.points, second.status) == (3, "passed")


def test_untouched_stub_reads_not_attempted(tmp_path, source):
    """Does an answer that still raises NotImplementedError read 'not attempted', not a traceback?"""
    stub = "def double(x):\n    raise NotImplementedError('not attempted yet')\n"
    report = grading.grade_against(learner_with(tmp_path, stub, HALF), source, "99-tiny")
    assert report.results[0].status == grading.NOT_ATTEMPTED
    assert report.score == 3


def test_syntax_error_is_graded_not_crashed(tmp_path, source):
    """Does a syntax error in one answer cost that exercise only, without crashing the grader?"""
    report = grading.grade_against(learner_with(tmp_path, "def double(x) return 2x\n", HALF), source, "99-tiny")
    assert report.results[0].status == "failed" and report.results[0].points == 0
    assert report.results[1].status == "passed"


def test_learner_file_is_never_modified(tmp_path, source):
    """Is the learner's notebook byte-identical (and untouched on disk) after grading?"""
    learner = learner_with(tmp_path, "def double(x):\n    return x * 2\n", "def half(x):\n    return x // 2\n")
    before, mtime = learner.read_bytes(), learner.stat().st_mtime_ns
    grading.grade_against(learner, source, "99-tiny")
    assert learner.read_bytes() == before and learner.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in learner.parent.iterdir()) == ["my-work.ipynb"], "grading left files beside the notebook"


def test_edited_test_cell_is_replaced_by_the_source_version(tmp_path, source):
    """Does a learner who rewrites a test cell to `pass` still get graded by the real tests?"""
    nb = source_notebook()
    nb.cells[1].source = "def double(x):\n    return 0\n"
    nb.cells[2].source = "pass"
    learner = b.write(nb, tmp_path / "learner" / "99-tiny.ipynb")
    report = grading.grade_against(learner, source, "99-tiny")
    assert report.results[0].points == 0


def test_in_process_gradebook_has_nbgrader_own_schema_revision():
    """Is the seeded gradebook stamped with the revision nbgrader itself would write?"""
    from nbgrader.api import get_alembic_version

    from course.settings import ensure_scripts_on_path

    ensure_scripts_on_path()
    assert gradebook.alembic_head() == get_alembic_version()


def test_module_is_recognised_by_grade_ids_even_when_renamed(tmp_path):
    """Is a renamed notebook still matched to its module by its cells' grade_ids?"""
    nb = b.notebook(b.answer("01-data-gathering-sql-ex1-load", "x = 1"))
    assert notebooks.module_of(nb, tmp_path / "copy of my work.ipynb").id == "01-data-gathering-sql"
    assert notebooks.module_of(b.notebook(b.code("x = 1")), tmp_path / "00-orientation.ipynb").id == "00-orientation"
    assert notebooks.module_of(b.notebook(b.code("x = 1")), tmp_path / "untitled.ipynb") is None
