"""Grade a whole class with nbgrader's autograde: one process per submission, several at a time, each
in its own Sandbox, and one writer for the gradebook.

Why this shape:
- nbgrader grades a class in one process, so one `os._exit` fails the batch and one infinite loop
  holds up every learner behind it. Here each submission is a forked child of a parent that has
  already imported nbgrader (a fresh interpreter would spend ~4 s importing it, longer than module
  00 takes to run); a child that crashes or overruns costs only its own submission.
- Children autograde into a private SQLite copy of the assignment's gradebook; only the parent writes
  the class gradebook, one learner per transaction together with its ledger entry. SQLite never sees
  two writers (nbgrader #1854), PostgreSQL works the same way, and killing the grader at any moment
  leaves each learner either fully recorded or not at all: a rerun grades exactly the missing ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sys
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from course import gradebook, ledger, notebooks, syllabus
from course.paths import course_root
from course.release import NbgraderFailed, run_step
from course.sandbox import SLOTS_PER_GRADER, Limits, Sandbox
from course.settings import COURSE_ID, SOURCE, class_gradebook_url, config_for, exchange_root

GRACE_S = 60  # kernel start and nbgrader's own work, on top of the notebook's time budget
NOTES = {  # error names our preprocessors and nbclient put on cells, and what they mean for a human
    "KernelDied": "the kernel died (os._exit, a crash or the memory cap)",
    "TamperingDetected": "a test's functions were replaced while it ran",
    "NotRun": "cells were not run (the kernel died or hung, or the time budget ran out)",
    "CellTimeoutError": "a cell ran past its time limit",
}
NEEDS_A_HUMAN = ("KernelDied", "TamperingDetected", "NotRun")
RESTORED, RESET = "restored the deleted cell", "reset the metadata of"  # RestoreGradeCells' log lines


class ClassGradingError(RuntimeError):
    """The class cannot be graded at all (unknown module, no source notebook); the message says why."""


@dataclass
class Grade:
    grade_id: str
    score: float
    max_score: float
    needs_manual_grade: bool


@dataclass
class Outcome:
    """What grading one submission concluded."""

    learner: str
    status: str
    reason: str
    score: float
    max_score: float
    seconds: float
    digest: str
    grades: list[Grade] = field(default_factory=list)
    timestamp: str | None = None

    @classmethod
    def failed(
        cls, learner: str, reason: str, max_score: float, digest: str, seconds: float = 0.0
    ) -> Outcome:
        return cls(learner, ledger.FAILED, reason, 0.0, max_score, seconds, digest)


@dataclass
class GradingReport:
    module_id: str
    outcomes: list[Outcome]
    skipped: list[str]
    seconds: float

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    def to_text(self) -> str:
        lines = [
            (
                f"{self.module_id}: {len(self.outcomes)} graded in {self.seconds:.1f} s, "
                f"{len(self.skipped)} already graded (skipped; --force regrades them)"
            )
        ]
        for status in ledger.STATUSES:
            lines.append(f"  {status:<8} {self.count(status)}")
        needing = [o for o in self.outcomes if o.status != ledger.GRADED]
        if needing:
            lines += ["", "need a human:"]
            lines += [f"  {o.learner:<24} {o.status:<8} {o.reason}" for o in needing]
        return "\n".join(lines)


@dataclass
class Job:
    learner: str
    notebook: Path
    digest: str


def digest_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def submissions(root: Path, module_id: str) -> list[Job]:
    """Every learner folder under submitted/ with this assignment, in name order."""
    folder = root / "submitted"
    jobs = []
    for learner_dir in sorted(folder.glob(f"*/{module_id}")) if folder.is_dir() else []:
        notebook = learner_dir / f"{module_id}.ipynb"
        jobs.append(Job(learner_dir.parent.name, notebook, digest_of(notebook)))
    return jobs


def prepare_template(
    root: Path, module_id: str, source: Path, workspace: Path
) -> tuple[Path, dict[str, float]]:
    """A gradebook that knows the assignment (from nbgrader's generate_assignment), copied per child,
    and the points of each grade cell."""
    from nbgrader.api import Gradebook
    from nbgrader.apps import NbGraderAPI

    course = workspace / "template"
    course.mkdir(mode=0o700)  # it holds the hidden tests: never readable by graded code
    (course / SOURCE / module_id).mkdir(parents=True)
    shutil.copyfile(source, course / SOURCE / module_id / f"{module_id}.ipynb")
    gradebook.seed(course / "gradebook.db")
    api = NbGraderAPI(config=config_for(course))  # an exchange folder that exists: nbgrader logs no error
    try:
        run_step(api.generate_assignment(module_id, force=True), f"generate_assignment {module_id}")
    except NbgraderFailed as error:
        raise ClassGradingError(str(error)) from None
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        points = {c.name: float(c.max_score) for c in gb.find_notebook(module_id, module_id).grade_cells}
    return course / "gradebook.db", points


def ensure_assignment(root: Path, module_id: str, db_url: str) -> None:
    """The class gradebook must know the assignment before grades can go in: release it there once."""
    from nbgrader.api import Gradebook, MissingEntry
    from nbgrader.apps import NbGraderAPI

    if db_url.startswith("sqlite:///"):
        gradebook.seed(Path(db_url.removeprefix("sqlite:///")))
    with Gradebook(db_url, COURSE_ID) as gb:
        try:
            gb.find_assignment(module_id)
            return
        except MissingEntry:
            pass
    api = NbGraderAPI(config=config_for(root, db_url=db_url))
    try:
        run_step(api.generate_assignment(module_id, force=True), f"generate_assignment {module_id}")
    except NbgraderFailed as error:
        raise ClassGradingError(str(error)) from None


# --- in the child: grade one submission ---------------------------------------------------------


def nbgrader_config(course: Path, module_id: str, limits: Limits):
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        ClearOutput,
        DeduplicateIds,
        IgnorePattern,
        LimitOutput,
        OverwriteCells,
        OverwriteKernelspec,
        SaveAutoGrades,
    )

    from course.preprocessors import ConfinedExecute, RestoreGradeCells

    c = config_for(course)
    c.Autograde.sanitize_preprocessors = [
        ClearOutput,
        DeduplicateIds,
        OverwriteKernelspec,
        RestoreGradeCells,
        OverwriteCells,
        CheckCellMetadata,
    ]
    c.Autograde.autograde_preprocessors = [
        ConfinedExecute,
        IgnorePattern,
        ClearMetadataPreprocessor,
        LimitOutput,
        SaveAutoGrades,
        AssignLatePenalties,
        CheckCellMetadata,
    ]
    c.RestoreGradeCells.source_notebook = str(course / SOURCE / module_id / f"{module_id}.ipynb")
    c.ConfinedExecute.timeout = limits.cell_timeout
    c.ConfinedExecute.shutdown_kernel = "immediate"  # its processes are killed next anyway: no graceful wait
    c.ConfinedExecute.total_seconds = limits.total_seconds
    c.ConfinedExecute.output_bytes_per_cell = limits.output_bytes_per_cell
    c.ConfinedExecute.output_bytes_total = limits.output_bytes_total
    return c


def notes_from(graded) -> tuple[list[str], bool]:
    """What the error outputs of the graded notebook say about the run, and whether a human should look."""
    seen = Counter()
    for cell in graded.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and output.get("ename") in NOTES:
                seen[output["ename"]] += 1
    notes = [f"{NOTES[name]} ({count} cell{'s' * (count > 1)})" for name, count in seen.items()]
    return notes, any(name in seen for name in NEEDS_A_HUMAN)


def grade_in_sandbox(
    job: Job, module_id: str, source: Path, template: Path, points: dict, sandbox: Sandbox
) -> Outcome:
    """Autograde one submission with nbgrader inside `sandbox`; never raises for a bad submission."""
    from nbgrader.api import Gradebook
    from nbgrader.apps import NbGraderAPI

    started = time.monotonic()
    max_score = sum(points.values())
    if not job.notebook.is_file():
        found = sorted(p.name for p in job.notebook.parent.glob("*.ipynb"))
        return Outcome.failed(
            job.learner,
            f"no {job.notebook.name} in submitted/{job.learner}/{module_id}"
            + (f" (found {', '.join(found)}: rename it)" if found else ""),
            max_score,
            job.digest,
        )
    try:
        submitted = notebooks.read(job.notebook)
    except notebooks.BadNotebook as error:
        return Outcome.failed(job.learner, str(error).split(": ", 1)[-1], max_score, job.digest)
    owner = notebooks.module_of(submitted)
    if owner is not None and owner.id != module_id:
        return Outcome.failed(
            job.learner, f"this is the notebook of {owner.id}, not {module_id}", max_score, job.digest
        )

    course = sandbox.course
    (course / SOURCE / module_id).mkdir(parents=True)
    shutil.copyfile(source, course / SOURCE / module_id / f"{module_id}.ipynb")
    inbox = course / "submitted" / job.learner / module_id
    inbox.mkdir(parents=True)
    shutil.copyfile(job.notebook, inbox / f"{module_id}.ipynb")
    if (job.notebook.parent / "timestamp.txt").is_file():
        shutil.copyfile(job.notebook.parent / "timestamp.txt", inbox / "timestamp.txt")
    shutil.copyfile(template, course / "gradebook.db")

    sandbox.activate()
    api = NbGraderAPI(config=nbgrader_config(course, module_id, sandbox.limits))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = api.autograde(module_id, job.learner, force=True)
    seconds = time.monotonic() - started
    graded_path = course / "autograded" / job.learner / module_id / f"{module_id}.ipynb"
    if not result["success"] or not graded_path.is_file():
        log = ((result.get("log") or "") + (result.get("error") or "")).strip().splitlines()
        errors = [line for line in log if "Error" in line or "error" in line]
        return Outcome.failed(
            job.learner,
            "nbgrader could not grade it: " + (errors or log or ["?"])[-1][:300],
            max_score,
            job.digest,
            seconds,
        )

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        submission = gb.find_submission(module_id, job.learner)
        grades = [
            Grade(g.name, float(g.score or 0), float(g.max_score or 0), bool(g.needs_manual_grade))
            for nb in submission.notebooks
            for g in nb.grades
        ]
        timestamp = submission.timestamp.isoformat() if submission.timestamp else None
    graded = notebooks.read(graded_path)
    notes, needs_human = notes_from(graded)
    log = (result.get("log") or "").splitlines()
    restored = sum(RESTORED in line or RESET in line for line in log)
    if restored:
        notes.append(f"restored from the source: {restored} cell(s) deleted, renamed or edited")
    manual = [g.grade_id for g in grades if g.needs_manual_grade]
    if manual:
        notes.append(f"nbgrader asks for manual grading of {', '.join(manual)}")
    status = ledger.FLAGGED if needs_human or manual else ledger.GRADED
    return Outcome(
        job.learner,
        status,
        "; ".join(notes),
        sum(g.score for g in grades),
        max_score,
        seconds,
        job.digest,
        grades,
        timestamp,
    )


def run_child(
    job: Job,
    module_id: str,
    source: Path,
    template: Path,
    points: dict,
    sandbox: Sandbox,
    root: Path,
    parent: int,
) -> None:
    """Body of a forked child: grade, publish the graded notebook, hand the outcome to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from course.confine import die_with_parent

    die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above: nobody would stop this child
        os._exit(1)
    try:
        outcome = grade_in_sandbox(job, module_id, source, template, points, sandbox)
        graded = sandbox.course / "autograded" / job.learner / module_id
        if graded.is_dir():
            target = root / "autograded" / job.learner / module_id
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(graded, target)
    except BaseException as error:  # noqa: BLE001 - a grader bug is still one learner's outcome, never the batch
        outcome = Outcome.failed(
            job.learner, f"grader error: {type(error).__name__}: {error}", sum(points.values()), job.digest
        )
    finally:
        sandbox.kill_everything()
    (sandbox.root / "runtime" / "outcome.json").write_text(json.dumps(asdict(outcome)))
    os._exit(0)


# --- in the parent: schedule, record ------------------------------------------------------------


def record(db_url: str, module_id: str, outcome: Outcome) -> None:
    """Write one learner's grades and ledger entry in one transaction (nbgrader's own API and schema)."""
    from nbgrader.api import Gradebook
    from nbgrader.utils import parse_utc

    scores = {g.grade_id: g for g in outcome.grades}
    with warnings.catch_warnings(), Gradebook(db_url, COURSE_ID) as gb, gb.engine.connect() as connection:
        warnings.simplefilter("ignore")  # nbgrader's SQLAlchemy session warnings: noise, not news
        # nbgrader commits after the student and again after the submission: a kill in between would
        # leave a submission of zeros and no ledger entry. A session joined to a transaction it does not
        # own only flushes on commit (SQLAlchemy's "join into an external transaction"), so everything
        # below commits once, at the end of `connection.begin()`.
        transaction = connection.begin()
        gb.db.remove()
        gb.db.configure(bind=connection, join_transaction_mode="rollback_only")
        gb.update_or_create_student(outcome.learner)
        timestamp = parse_utc(outcome.timestamp) if outcome.timestamp else None
        submission = gb.update_or_create_submission(module_id, outcome.learner, timestamp=timestamp)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                mine = scores.get(grade.name)
                grade.auto_score = mine.score if mine else 0.0
                grade.needs_manual_grade = (
                    mine.needs_manual_grade if mine else outcome.status != ledger.GRADED
                )
        entry = ledger.Entry(
            module_id,
            outcome.learner,
            outcome.status,
            outcome.reason,
            outcome.score,
            outcome.max_score,
            outcome.digest,
            round(outcome.seconds, 3),
        )
        gb.db.flush()
        ledger.write(connection, entry)
        transaction.commit()


def remove_stale_workspaces() -> None:
    """Workspaces of grader runs that were killed (their pid is gone)."""
    for path in Path(tempfile.gettempdir()).glob("course-grade-run-*"):
        pid = path.name.split("-")[3]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)


def alive(pid: int) -> bool:
    """Whether a process exists (signal 0 checks without sending; works where /proc does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def grade_class(
    module_id: str,
    *,
    root: Path | None = None,
    db_url: str | None = None,
    workers: int | None = None,
    force: bool = False,
    limits: Limits | None = None,
    progress: bool = False,
) -> GradingReport:
    """Autograde every submission of `module_id` in root/submitted; see the module docstring."""
    from tqdm import tqdm

    if os.name != "posix":
        raise ClassGradingError("class grading needs Linux or macOS (it forks and sets resource limits)")
    started = time.monotonic()
    root = Path(root or course_root()).resolve()
    db_url = db_url or class_gradebook_url(root)
    source = (
        root / SOURCE / module_id / f"{module_id}.ipynb"
    )  # the layout of every module (syllabus.Module.notebook)
    if not source.is_file():
        known = ", ".join(m.id for m in syllabus.modules())
        raise ClassGradingError(
            f"no source notebook at {source}: grading needs the instructor's solutions/ (modules: {known})"
        )
    workers = max(1, min(workers or os.cpu_count() or 1, SLOTS_PER_GRADER))
    limits = limits or Limits()

    remove_stale_workspaces()
    workspace = Path(tempfile.mkdtemp(prefix=f"course-grade-run-{os.getpid()}-"))
    workspace.chmod(0o711)  # kernels reach their own sandbox folders through it, and list nothing
    try:
        template, points = prepare_template(root, module_id, source, workspace)
        class_file = Path(db_url.removeprefix("sqlite:///")) if db_url.startswith("sqlite:///") else None
        if class_file is not None and not class_file.exists():
            shutil.copyfile(template, class_file)  # a new class: the template already knows the assignment
        else:
            ensure_assignment(root, module_id, db_url)
        from sqlalchemy import create_engine

        engine = create_engine(db_url, future=True)
        ledger.ensure(engine)
        engine.dispose()
        done = ledger.read(db_url, module_id)
        jobs = submissions(root, module_id)
        todo = [
            j
            for j in jobs
            if force
            or done.get((module_id, j.learner)) is None
            or done[(module_id, j.learner)].digest != j.digest
        ]
        skipped = [j.learner for j in jobs if j not in todo]
        bar = tqdm(total=len(todo), disable=not progress, unit="submission", file=sys.stderr)
        hide = instructor_only(root, db_url)
        outcomes = run_pool(
            todo, module_id, source, template, points, root, db_url, workers, limits, workspace, hide, bar
        )
    finally:
        shutil.rmtree(workspace, ignore_errors=True)
    return GradingReport(module_id, outcomes, skipped, time.monotonic() - started)


def instructor_only(root: Path, db_url: str) -> tuple[Path, ...]:
    """What graded code must not see: solutions and hidden tests (also in git's history and in the
    answer variants of tests/), every learner's work, the gradebook."""
    paths = [root / name for name in (SOURCE, "submitted", "autograded", "feedback", ".git", "tests")]
    paths += [course_root() / name for name in (SOURCE, ".git", "tests")]
    paths.append(exchange_root(root))
    if db_url.startswith("sqlite:///"):
        paths.append(Path(db_url.removeprefix("sqlite:///")))
    return tuple(dict.fromkeys(p.resolve() for p in paths))


def run_pool(
    todo, module_id, source, template, points, root, db_url, workers, limits, workspace, hide, bar
) -> list[Outcome]:
    """Keep `workers` children busy; record each outcome as it arrives.

    A slot goes to the next submission as soon as its child has ended and its sandbox is removed (so
    the slot's user id runs nothing and owns no file); recording the outcome waits until the children
    are started, so that no core idles while the parent writes the gradebook.
    """
    pending = list(todo)
    running: dict[int, tuple[Job, int, Sandbox, float]] = {}
    ended: list[Outcome] = []  # children reaped, not yet recorded
    free = list(range(workers))
    outcomes = []
    deadline_s = limits.total_seconds + GRACE_S
    parent = os.getpid()
    try:
        while pending or running or ended:
            while pending and free:
                job, slot = pending.pop(0), free.pop(0)
                sandbox = Sandbox(slot, limits, parent=workspace, hide=hide)
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:  # pragma: no cover - the child never returns
                    run_child(job, module_id, source, template, points, sandbox, root, parent)
                running[pid] = (job, slot, sandbox, time.monotonic())
            while ended:
                outcome = ended.pop(0)
                record(db_url, module_id, outcome)
                outcomes.append(outcome)
                bar.update(1)
            pid, status = first_ended(running)
            if pid == 0:
                for child, (job, _, _, began) in running.items():
                    if time.monotonic() - began > deadline_s:
                        os.kill(child, signal.SIGKILL)
                time.sleep(0.01)
                continue
            job, slot, sandbox, began = running.pop(pid)
            ended.append(read_outcome(sandbox, job, status, points, time.monotonic() - began, deadline_s))
            sandbox.remove()
            free.append(slot)
    finally:
        for child, (_, _, sandbox, _) in running.items():
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
            sandbox.remove()
        bar.close()
    return outcomes


def first_ended(children) -> tuple[int, int]:
    """The first of `children` that has ended, and its wait status; (0, 0) while all run. Not
    waitpid(-1): that would also reap processes the caller started (a test's database server)."""
    for child in children:
        pid, status = os.waitpid(child, os.WNOHANG)
        if pid:
            return pid, status
    return 0, 0


def read_outcome(
    sandbox: Sandbox, job: Job, status: int, points: dict, seconds: float, deadline_s: float
) -> Outcome:
    path = sandbox.root / "runtime" / "outcome.json"
    if path.is_file():
        data = json.loads(path.read_text())
        data["grades"] = [Grade(**g) for g in data["grades"]]
        return Outcome(**data)
    code = os.waitstatus_to_exitcode(status)
    why = (
        f"stopped after {deadline_s:.0f} s, past the time budget"
        if seconds >= deadline_s
        else f"the grading process ended unexpectedly (exit status {code})"
    )
    return Outcome.failed(job.learner, why, sum(points.values()), job.digest, seconds)
