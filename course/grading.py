"""Grade one learner notebook locally, exactly as the instructor's `course grade` would.

Why a temporary class folder: nbgrader grades against the hidden tests kept in its gradebook, which
`generate_assignment` fills from the source notebook. Grading a class of one in a throwaway folder,
with course.classgrade, gives the learner the instructor's grade (same sandbox, same restored cells,
same guard) without touching the learner's file, the repository or any gradebook.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from course import notebooks, syllabus
from course.paths import solutions_dir

LEARNER = "learner"

PASSED, FAILED, NOT_ATTEMPTED, MISSING = "passed", "failed", "not attempted", "missing"


class GradingError(RuntimeError):
    """nbgrader could not grade the notebook at all; the message says why."""


@dataclass
class ExerciseResult:
    grade_id: str
    points: float
    max_points: float
    status: str
    message: str = ""


@dataclass
class Report:
    module_id: str
    notebook: str
    results: list[ExerciseResult] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(r.points for r in self.results)

    @property
    def max_score(self) -> float:
        return sum(r.max_points for r in self.results)

    def to_dict(self) -> dict:
        return {
            "module": self.module_id,
            "notebook": self.notebook,
            "score": self.score,
            "max_score": self.max_score,
            "exercises": [asdict(r) for r in self.results],
        }


def source_notebook(module: syllabus.Module) -> Path:
    path = solutions_dir() / module.notebook
    if not path.is_file():
        raise GradingError(f"module {module.id} has no source notebook at {path}; it is not ready yet")
    return path


def first_error_line(cell) -> tuple[str, str]:
    """(exception name, its first line) from a cell's error output, or ("", "") if it has none."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            name = output.get("ename", "Error")
            value = str(output.get("evalue", "")).strip().splitlines()
            return name, f"{name}: {value[0]}" if value else name
    return "", ""


def _status(points: float, max_points: float, cell) -> tuple[str, str]:
    if cell is None:
        return MISSING, "the test cell is missing from the graded notebook"
    name, line = first_error_line(cell)
    if name == "NotImplementedError":
        return NOT_ATTEMPTED, "not attempted: the answer still raises NotImplementedError"
    if points >= max_points:
        return PASSED, ""
    return FAILED, line or "lost points"


def _results_from(outcome, graded_nb, source_nb) -> list[ExerciseResult]:
    graded_cells = {
        notebooks.nbgrader_meta(c).get("grade_id"): c for c in graded_nb.cells if notebooks.nbgrader_meta(c)
    }
    worth = {
        notebooks.nbgrader_meta(c)["grade_id"]: float(notebooks.nbgrader_meta(c).get("points", 0))
        for c in source_nb.cells
        if notebooks.nbgrader_meta(c).get("grade") and "grade_id" in notebooks.nbgrader_meta(c)
    }
    scores = {g.grade_id: g.score for g in outcome.grades}
    results = []
    for grade_id, max_points in worth.items():  # the source's order and points: a learner cannot change them
        points = scores.get(grade_id, 0.0)
        status, message = _status(points, max_points, graded_cells.get(grade_id))
        results.append(ExerciseResult(grade_id, points, max_points, status, message))
    return results


def grade(notebook: Path) -> Report:
    """Autograde a learner's notebook against its module's source notebook; the file is only read.

    Raises notebooks.BadNotebook for a file that is not a gradable notebook of a known module, and
    GradingError when nbgrader itself fails.
    """
    notebook = Path(notebook)
    module = notebooks.module_of(notebooks.read(notebook), notebook)
    if module is None:
        raise notebooks.BadNotebook(
            f"{notebook}: not a notebook of any course module (no known grade_id or file name); "
            "grade a notebook from assignments/"
        )
    return grade_against(notebook, source_notebook(module), module.id)


def grade_against(notebook: Path, source: Path, assignment_id: str) -> Report:
    """Autograde `notebook` exactly as `course grade` does for the class (same sandbox, same nbgrader
    steps), in a throwaway class folder of one learner whose source is `source`."""
    from course import classgrade, ledger

    notebook, source = Path(notebook), Path(source)
    notebooks.read(notebook)  # a clear BadNotebook before nbgrader sees it
    with tempfile.TemporaryDirectory(prefix="course-check-") as tmp:
        root = Path(tmp)
        name = f"{assignment_id}.ipynb"
        (root / "solutions" / assignment_id).mkdir(parents=True)
        shutil.copyfile(source, root / "solutions" / assignment_id / name)
        submitted = root / "submitted" / LEARNER / assignment_id
        submitted.mkdir(parents=True)
        shutil.copyfile(notebook, submitted / name)
        try:
            report = classgrade.grade_class(
                assignment_id, root=root, db_url=f"sqlite:///{root / 'gradebook.db'}", workers=1
            )
        except classgrade.ClassGradingError as error:
            raise GradingError(str(error)) from None
        outcome = report.outcomes[0]
        if outcome.status == ledger.FAILED:
            raise GradingError(outcome.reason)
        graded = notebooks.read(root / "autograded" / LEARNER / assignment_id / name)
        results = _results_from(outcome, graded, notebooks.read(source))
    return Report(assignment_id, str(notebook), results)
