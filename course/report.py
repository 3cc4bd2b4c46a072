"""How a class did on one assignment: which exercises were hardest, and which submissions need a human.

Built from the same rows as `course export` (nbgrader's grades plus the class grader's ledger), so the
report and the spreadsheet never disagree. Exercises are compared as fractions of their points, since
a 4-point exercise and a 2-point one are otherwise not on one scale.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from course import export, ledger, notebooks
from course.grading import first_error_line

PLOT_NAME = "scores.png"
# Whose points describe the exercises: a failed submission's zeros (if nbgrader holds any) say nothing
# about how hard an exercise is, only that the notebook could not be graded; it is listed for a human.
GRADED_WORK = (ledger.GRADED, ledger.FLAGGED)
EXERCISE_HEADER = ["exercise (hardest first)", "points", "mean", "full marks", "zero", "not attempted"]
HUMAN_HEADER = ["learner", "status", "manual grade", "reason"]


class ReportError(ValueError):
    """There is nothing to report on; the message says why and what to do."""


@dataclass(frozen=True)
class ExerciseStats:
    grade_id: str
    max_points: float
    fractions: tuple[float, ...]  # each graded submission's points / max_points, by learner
    mean_fraction: float
    full_marks: float  # share of graded submissions with every point
    zero: float  # share with no point
    not_attempted: float  # share whose autograded notebook still raises NotImplementedError here


@dataclass(frozen=True)
class NeedsHuman:
    learner: str
    status: str
    reason: str
    needs_manual_grade: bool


@dataclass(frozen=True)
class ClassReport:
    assignment_id: str
    learners: int
    graded_submissions: int  # graded or flagged submissions nbgrader holds grades for
    status_counts: dict[str, int]
    mean_score: float  # over graded submissions
    max_score: float
    exercises: tuple[ExerciseStats, ...]  # hardest first
    needs_human: tuple[NeedsHuman, ...]
    plot: Path

    def to_dict(self) -> dict:
        return asdict(self) | {"plot": str(self.plot)}

    def _summary(self) -> list[str]:
        counts = ", ".join(f"{status} {n}" for status, n in self.status_counts.items())
        return [
            f"{self.assignment_id}: {self.learners} learners ({counts})",
            f"graded submissions: {self.graded_submissions}, mean score {self.mean_score:.4g} / {self.max_score:g}",
        ]

    def _exercise_rows(self) -> list[list[str]]:
        return [
            [e.grade_id, f"{e.max_points:g}", *(f"{share:.0%}" for share in _shares(e))]
            for e in self.exercises
        ]

    def _human_rows(self) -> list[list[str]]:
        return [
            [h.learner, h.status, "yes" if h.needs_manual_grade else "no", h.reason] for h in self.needs_human
        ]

    def to_text(self) -> str:
        """Plain aligned tables for a terminal."""
        lines = [*self._summary(), f"plot: {self.plot}", ""]
        lines += _aligned(EXERCISE_HEADER, self._exercise_rows(), numeric_from=1)
        lines += ["", f"needs a human: {len(self.needs_human) or 'none'}"]
        if self.needs_human:
            lines += _aligned(HUMAN_HEADER, self._human_rows(), numeric_from=None)
        return "\n".join(lines)

    def to_markdown(self) -> str:
        lines = [f"# Class report: {self.assignment_id}", "", *(f"- {line}" for line in self._summary()), ""]
        lines += [f"![score per exercise]({self.plot.as_posix()})", "", "## Exercises, hardest first", ""]
        lines += _markdown_table(EXERCISE_HEADER, self._exercise_rows())
        lines += ["", "## Submissions that need a human", ""]
        lines += _markdown_table(HUMAN_HEADER, self._human_rows()) if self.needs_human else ["None."]
        return "\n".join(lines) + "\n"


def _shares(e: ExerciseStats) -> tuple[float, ...]:
    return e.mean_fraction, e.full_marks, e.zero, e.not_attempted


def _aligned(header: list[str], rows: list[list[str]], *, numeric_from: int | None) -> list[str]:
    """Columns padded to their widest cell; columns from `numeric_from` on are right-aligned."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = [
            cell.rjust(w) if numeric_from is not None and i >= numeric_from else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths))
        ]
        return "  ".join(cells).rstrip()

    return [line(header), *(line(row) for row in rows)]


def _markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    def line(row: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |"

    return [line(header), "|" + "---|" * len(header), *(line(row) for row in rows)]


def not_attempted_exercises(root: Path, learner: str, assignment_id: str) -> set[str]:
    """Exercises (`NN-slug-exK`, else the grade_id) whose cells in the learner's autograded notebooks
    raised NotImplementedError: the stub left in place, as course.grading reads it too."""
    found: set[str] = set()
    for path in sorted((Path(root) / "autograded" / learner / assignment_id).glob("*.ipynb")):
        try:
            nb = notebooks.read(path)
        except notebooks.BadNotebook:
            continue
        for cell in nb.cells:
            grade_id = str(notebooks.nbgrader_meta(cell).get("grade_id", ""))
            if grade_id and first_error_line(cell)[0] == "NotImplementedError":
                found.add(notebooks.exercise_of(grade_id) or grade_id)
    return found


def _exercise_stats(graded: list[export.GradeRow], root: Path, assignment_id: str) -> list[ExerciseStats]:
    skipped = {row.learner: not_attempted_exercises(root, row.learner, assignment_id) for row in graded}
    stats = []
    for index, first in enumerate(graded[0].exercises):
        points = [row.exercises[index].points or 0.0 for row in graded]
        fractions = tuple(p / first.max_points if first.max_points else 1.0 for p in points)
        n = len(fractions)
        exercise = notebooks.exercise_of(first.grade_id) or first.grade_id
        not_attempted = sum(exercise in skipped[row.learner] for row in graded)
        stats.append(
            ExerciseStats(
                grade_id=first.grade_id,
                max_points=first.max_points,
                fractions=fractions,
                mean_fraction=sum(fractions) / n,
                full_marks=sum(f >= 1.0 for f in fractions) / n,
                zero=sum(f <= 0.0 for f in fractions) / n,
                not_attempted=not_attempted / n,
            )
        )
    return stats


def plot_scores(assignment_id: str, exercises: list[ExerciseStats], path: Path) -> Path:
    """A box and the individual points per exercise, in notebook order, as a PNG at `path`.

    Built on a bare Figure (Agg canvas, no pyplot), so it needs no display and leaves no global state.
    """
    import numpy as np
    from matplotlib.figure import Figure

    jitter = np.random.default_rng(0)  # fixed: the same grades draw the same picture
    labels = [e.grade_id.removeprefix(f"{assignment_id}-") for e in exercises]
    figure = Figure(figsize=(8, 1.5 + 0.6 * len(exercises)), layout="constrained")
    axes = figure.add_subplot()
    positions = np.arange(len(exercises), 0, -1)  # first exercise on top
    axes.boxplot(
        [e.fractions for e in exercises],
        positions=positions,
        orientation="horizontal",
        widths=0.5,
        showfliers=False,  # every submission is drawn as a point below
        showmeans=True,  # the mean is what the table ranks by
    )
    for y, e in zip(positions, exercises):
        offsets = jitter.uniform(-0.18, 0.18, len(e.fractions))
        axes.scatter(e.fractions, y + offsets, s=14, color="tab:blue", alpha=0.5, zorder=3)
    axes.set_yticks(positions, labels)
    axes.set_xlim(-0.05, 1.05)
    axes.set_xlabel("fraction of the exercise's points (triangle: mean)")
    axes.set_ylabel("exercise")
    axes.set_title(f"{assignment_id}: score per exercise ({len(exercises[0].fractions)} graded submissions)")
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    return path


def class_report(
    assignment_id: str, *, root: Path, db_url: str | None = None, out_dir: Path | None = None
) -> ClassReport:
    """Summarise one assignment's grades and draw their plot into `out_dir` (default <root>/reports/<ID>/).

    Raises export.ExportError for a missing gradebook or assignment, ReportError when nothing is graded yet.
    """
    root = Path(root)
    rows = export.export_grades(root=root, db_url=db_url, assignment_id=assignment_id)
    graded = [
        row for row in rows if row.status in GRADED_WORK and any(e.points is not None for e in row.exercises)
    ]
    if not graded:
        raise ReportError(
            f"no graded submissions of {assignment_id} yet ({len(rows)} learners in the gradebook): "
            f"grade them first (`course grade {assignment_id}`), then ask for the report"
        )
    in_order = _exercise_stats(graded, root, assignment_id)
    plot = plot_scores(assignment_id, in_order, Path(out_dir or root / "reports" / assignment_id) / PLOT_NAME)
    # sorted() is stable: exercises that tie keep the notebook's order
    hardest_first = sorted(in_order, key=lambda e: (e.mean_fraction, e.full_marks))
    statuses = [row.status for row in rows]
    return ClassReport(
        assignment_id=assignment_id,
        learners=len(rows),
        graded_submissions=len(graded),
        status_counts={s: statuses.count(s) for s in (*ledger.STATUSES, export.MISSING) if s in statuses},
        mean_score=sum(row.score for row in graded) / len(graded),
        max_score=rows[0].max_score,
        exercises=tuple(hardest_first),
        needs_human=tuple(
            NeedsHuman(row.learner, row.status, row.reason, row.needs_manual_grade)
            for row in rows
            if row.status in (ledger.FLAGGED, ledger.FAILED) or row.needs_manual_grade
        ),
        plot=plot,
    )
