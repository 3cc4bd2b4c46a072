"""course.report: the hardest exercises and the submissions that need a human, with a plot."""

from __future__ import annotations

import pytest

from course import export, gradebook, report
from course.settings import COURSE_ID
from tests.support import classroom as c

pytestmark = pytest.mark.slow

HARDEST = "00-orientation-ex3-standardize-test"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    return c.shared(tmp_path_factory)


@pytest.fixture(scope="module")
def class_report(room, tmp_path_factory):
    return report.class_report(c.MODULE, root=room.root, out_dir=tmp_path_factory.mktemp("report"))


def test_exercise_the_wrong_answers_hit_ranks_hardest(class_report):
    """Is the exercise two learners got wrong first, with the exact shares of the four graded submissions?"""
    first, *rest = class_report.exercises
    assert (first.grade_id, first.mean_fraction, first.full_marks, first.zero) == (HARDEST, 0.25, 0.25, 0.75)
    assert [(e.mean_fraction, e.full_marks, e.zero) for e in rest] == [(0.75, 0.75, 0.25)] * 5
    assert [e.grade_id for e in rest] == [  # ties keep the notebook's order
        "00-orientation-ex1-accuracy-test",
        "00-orientation-ex2-lifecycle-test",
        "00-orientation-ex4-pairwise-distances-test",
        "00-orientation-ex5-mean-by-species-test",
        "00-orientation-ex6-island-facts-test",
    ]


def test_fractions_are_nbgrader_points_over_the_exercise_maximum(room, class_report):
    """Are the plotted fractions each graded learner's stored points over the exercise's points, failed ones left out?"""
    rows = export.export_grades(root=room.root, assignment_id=c.MODULE)
    graded = [r for r in rows if r.learner in ("ada", "ben", "cy", "dee")]
    for stats in class_report.exercises:
        expected = tuple(
            e.points / e.max_points for r in graded for e in r.exercises if e.grade_id == stats.grade_id
        )
        assert stats.fractions == expected
    assert (class_report.graded_submissions, class_report.learners) == (4, 7)
    assert (class_report.mean_score, class_report.max_score) == ((20 + 0 + 17 + 17) / 4, 20)
    assert class_report.status_counts == {"graded": 2, "flagged": 2, "failed": 2, "missing": 1}


def test_untouched_stub_reads_not_attempted(class_report):
    """Does the untouched student version (one learner in four) count as not attempted on every exercise?"""
    assert [e.not_attempted for e in class_report.exercises] == [0.25] * 6


def test_submissions_needing_a_human_are_listed_with_their_reason(class_report):
    """Are flagged and failed submissions, and nbgrader's manual grades, listed with why?"""
    assert [(h.learner, h.status, h.reason, h.needs_manual_grade) for h in class_report.needs_human] == [
        ("cy", "flagged", c.FLAG_REASON, False),
        ("dee", "flagged", "nbgrader: a grade needs a manual grade", True),
        ("eve", "failed", c.FAIL_REASON, False),
        ("gus", "failed", c.FAIL_REASON, True),
    ]


def test_plot_is_a_real_png_in_the_default_folder(room):
    """Without out_dir, is the plot a non-trivial PNG in <root>/reports/<ID>/, and is its path in the report?"""
    from PIL import Image

    made = report.class_report(c.MODULE, root=room.root)
    assert made.plot == room.root / "reports" / c.MODULE / report.PLOT_NAME
    assert made.plot.read_bytes()[:8] == PNG_SIGNATURE
    assert made.plot.stat().st_size > 10_000
    with Image.open(made.plot) as image:
        width, height = image.size
    assert width >= 600 and height >= 400
    assert str(made.plot) in made.to_text() and made.plot.as_posix() in made.to_markdown()


def test_text_is_an_aligned_table_hardest_first(class_report):
    """Does the terminal text show the exercise table aligned, hardest first, then who needs a human?"""
    lines = class_report.to_text().splitlines()
    start = lines.index(next(line for line in lines if line.startswith("exercise (hardest first)")))
    table = lines[start : start + 7]
    assert len({len(line) for line in table}) == 1, "rows of the exercise table differ in width"
    assert table[1].split() == [HARDEST, "3", "25%", "25%", "75%", "25%"]
    assert "needs a human: 4" in lines
    assert any(line.split()[:3] == ["eve", "failed", "no"] and c.FAIL_REASON in line for line in lines)


def test_markdown_has_both_tables(class_report):
    """Does the Markdown hold the plot and both tables, with a row per exercise and per submission needing a human?"""
    text = class_report.to_markdown()
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + 6 + 1 + 4
    assert rows[1].startswith(f"| {HARDEST} | 3 | 25% |")
    assert f"![score per exercise]({class_report.plot.as_posix()})" in text


def test_assignment_with_no_graded_submission_is_a_clear_error(tmp_path):
    """Does a released but ungraded assignment raise a clear error instead of drawing an empty plot?"""
    from nbgrader.api import Gradebook

    gradebook.seed(tmp_path / "gradebook.db")
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        gb.add_assignment(c.MODULE)
        gb.add_student("ada")
    with pytest.raises(report.ReportError, match=f"no graded submissions of {c.MODULE} yet .*course grade"):
        report.class_report(c.MODULE, root=tmp_path)
    assert not (tmp_path / "reports").exists()
