"""The class's grades as one table: a row per learner and assignment, for a spreadsheet or a registrar.

nbgrader's own `nbgrader export` gives totals only, and cannot tell a learner who submitted nothing
from one whose notebook could not be graded. Here the scores come from nbgrader's gradebook and the
status from the class grader's ledger (course.ledger), which sits in the same database.

Columns (stable; `COLUMNS` then one per grade cell):

- `learner`, `assignment`: nbgrader's student and assignment ids.
- `status`: `graded`; `flagged` (graded, but a human should look: the ledger says so, or nbgrader marks
  a grade as needing a manual grade); `failed` (the class grader could not grade it); `missing` (the
  learner is in the gradebook but has no submission of this assignment). A submission nbgrader graded
  without a ledger entry (plain `nbgrader autograde`) reads `graded`, or `flagged` if it needs a manual grade.
- `reason`: why, for flagged and failed (from the ledger); else empty.
- `score`, `max_score`: points; a failed or missing submission scores 0, because that is its grade.
- `needs_manual_grade`: `true` if nbgrader holds a grade still waiting for a human, else `false`.
- then one column per grade cell, named by its grade_id, in the source notebook's order: the points
  nbgrader stored; empty where it stored none (failed, missing, or another assignment's cell).
"""

from __future__ import annotations

import csv
import json
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from course import ledger, notebooks
from course.settings import COURSE_ID, SOURCE, class_gradebook_url

MISSING = "missing"
COLUMNS = ("learner", "assignment", "status", "reason", "score", "max_score", "needs_manual_grade")
FORMATS = ("csv", "json")


class ExportError(ValueError):
    """The grades cannot be read as asked; the message says why and what to do."""


@dataclass(frozen=True)
class ExerciseScore:
    grade_id: str
    points: float | None  # None: nbgrader stored no grade for this cell
    max_points: float


@dataclass(frozen=True)
class GradeRow:
    learner: str
    assignment: str
    status: str
    reason: str
    score: float
    max_score: float
    needs_manual_grade: bool
    exercises: tuple[ExerciseScore, ...]

    def to_dict(self) -> dict:
        return asdict(self)


def check_gradebook_exists(db_url: str) -> None:
    """Opening nbgrader's Gradebook creates an empty database where there is none: refuse instead, since
    an export of a gradebook that does not exist is a wrong path, not an empty class."""
    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    is_file = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
    if is_file and not Path(url.database).is_file():
        raise ExportError(
            f"no gradebook at {url.database}: grade the class first (`course grade ID`), "
            "or point COURSE_GRADEBOOK_URL at the class gradebook"
        )


def graded_cells(root: Path, assignment_id: str, notebook) -> list:
    """The notebook's graded cells (grade cells, then any task cells) in the source notebook's order.

    nbgrader's gradebook keeps no cell order (Notebook.grade_cells filters an unordered relationship):
    rows come back in insertion order only by accident of storage, and a cell added later comes last.
    The source notebook is the authority; cells it does not hold keep the gradebook's order after it.
    """
    cells = [*notebook.grade_cells, *notebook.task_cells]
    source = Path(root) / SOURCE / assignment_id / f"{notebook.name}.ipynb"
    try:
        position = {grade_id: i for i, grade_id in enumerate(notebooks.grade_ids(notebooks.read(source)))}
    except notebooks.BadNotebook:
        return cells
    return sorted(cells, key=lambda cell: position.get(cell.name, len(position)))


def _status(entry: ledger.Entry | None, submission) -> tuple[str, str]:
    if entry is not None:
        return entry.status, entry.reason
    if submission is None:
        return MISSING, ""
    if submission.needs_manual_grade:
        return ledger.FLAGGED, "nbgrader: a grade needs a manual grade"
    return ledger.GRADED, ""


def _assignment_rows(gb, root: Path, assignment, entries: dict) -> list[GradeRow]:
    cells = [c for nb in assignment.notebooks for c in graded_cells(root, assignment.name, nb)]
    submissions = {s.student_id: s for s in assignment.submissions}
    stored = {
        (s.student_id, grade.cell_id): float(grade.score)
        for s in submissions.values()
        for nb in s.notebooks
        for grade in nb.grades
    }
    learners = {student.id for student in gb.students} | {
        learner for (assignment_id, learner) in entries if assignment_id == assignment.name
    }
    rows = []
    for learner in sorted(learners):
        submission = submissions.get(learner)
        status, reason = _status(entries.get((assignment.name, learner)), submission)
        rows.append(
            GradeRow(
                learner=learner,
                assignment=assignment.name,
                status=status,
                reason=reason,
                score=float(submission.score) if submission is not None else 0.0,
                max_score=float(assignment.max_score),
                needs_manual_grade=bool(submission is not None and submission.needs_manual_grade),
                exercises=tuple(
                    ExerciseScore(cell.name, stored.get((learner, cell.id)), float(cell.max_score))
                    for cell in cells
                ),
            )
        )
    return rows


def export_grades(
    *, root: Path, db_url: str | None = None, assignment_id: str | None = None
) -> list[GradeRow]:
    """Every learner's grade for one assignment (or all), ordered by assignment, then learner.

    `db_url` defaults to the class gradebook of `root` (course.settings.class_gradebook_url).
    """
    from nbgrader.api import Gradebook

    root = Path(root)
    db_url = db_url or class_gradebook_url(root)
    check_gradebook_exists(db_url)
    entries = ledger.read(db_url, assignment_id)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's SQLAlchemy session warnings: noise, not news
        with Gradebook(db_url, course_id=COURSE_ID) as gb:
            assignments = sorted(gb.assignments, key=lambda a: a.name)
            if assignment_id is not None:
                assignments = [a for a in assignments if a.name == assignment_id]
                if not assignments:
                    known = ", ".join(sorted(a.name for a in gb.assignments)) or "none"
                    raise ExportError(
                        f"no assignment {assignment_id!r} in the gradebook {db_url} (it has: {known}); "
                        f"release and grade it first (`course grade {assignment_id}`)"
                    )
            return [row for a in assignments for row in _assignment_rows(gb, root, a, entries)]


def _points(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def csv_columns(rows: list[GradeRow]) -> list[str]:
    """COLUMNS, then every grade_id in the order the rows first show it."""
    exercise_columns = dict.fromkeys(e.grade_id for row in rows for e in row.exercises)
    return [*COLUMNS, *exercise_columns]


def _csv_record(row: GradeRow) -> dict[str, str]:
    record = {
        "learner": row.learner,
        "assignment": row.assignment,
        "status": row.status,
        "reason": row.reason,
        "score": _points(row.score),
        "max_score": _points(row.max_score),
        "needs_manual_grade": "true" if row.needs_manual_grade else "false",
    }
    return record | {e.grade_id: _points(e.points) for e in row.exercises}


def _write_to(out: TextIO | Path, write) -> None:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            write(handle)
    else:
        write(out)


def write_csv(rows: list[GradeRow], out: TextIO | Path) -> None:
    """Write the rows as CSV (header first; columns as in the module docstring) to a file or a stream."""

    def write(handle: TextIO) -> None:
        writer = csv.DictWriter(handle, fieldnames=csv_columns(rows), restval="", lineterminator="\n")
        writer.writeheader()
        writer.writerows(_csv_record(row) for row in rows)

    _write_to(out, write)


def write_json(rows: list[GradeRow], out: TextIO | Path) -> None:
    """Write the rows as a JSON list, each exercise with its points and maximum."""
    _write_to(out, lambda handle: handle.write(json.dumps([row.to_dict() for row in rows], indent=2) + "\n"))


def write(rows: list[GradeRow], out: TextIO | Path, *, format: str = "csv") -> None:
    """Write the rows in one of FORMATS."""
    writers = {"csv": write_csv, "json": write_json}
    if format not in writers:
        raise ExportError(f"unknown export format {format!r}; choose one of: {', '.join(FORMATS)}")
    writers[format](rows, out)
