"""course.classgrade at class scale: a grader killed with -9 loses nothing and leaves nothing running, a
rerun grades exactly what is missing or changed, and the class gradebook may be SQLite or PostgreSQL.

Every class here is module 00 (a whole notebook runs in a few seconds): even-numbered learners hand
in the solution (full marks), odd-numbered ones the untouched student version (zero).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from course import classgrade, gradebook, ledger
from course.paths import assignments_dir, solutions_dir
from course.release import run_step
from course.sandbox import SLOTS_PER_GRADER, as_root, sandbox_uid
from course.settings import COURSE_ID, config_for
from tests.support import postgres

pytestmark = pytest.mark.slow
postgres_server = postgres.postgres_server
postgres_url = postgres.postgres_url

MODULE = "00-orientation"
FULL_MARKS = 20.0
CORRECT = solutions_dir() / MODULE / f"{MODULE}.ipynb"
UNTOUCHED = assignments_dir() / MODULE / f"{MODULE}.ipynb"
LEARNERS = {f"learner-{n}": CORRECT if n % 2 == 0 else UNTOUCHED for n in range(8)}
WORKERS = 2
KILL_WITHIN_S = 180  # the first two learners are recorded well before this, even on a busy machine
# Linux delivers the parent-death signals at once; this only absorbs scheduling delays. It must stay
# shorter than a notebook run: a grading child that outlived its parent would finish its notebook and
# exit by itself, and the test could no longer tell it from one that was killed.
SETTLE_S = 2
# A grader in a process of its own, so that the test can kill it with -9 as a crash or an impatient
# instructor would; argv: module, class folder, gradebook URL.
DRIVER = (
    "import sys; from pathlib import Path; from course import classgrade; "
    f"classgrade.grade_class(sys.argv[1], root=Path(sys.argv[2]), db_url=sys.argv[3], workers={WORKERS})"
)


# --- a throwaway class ----------------------------------------------------------------------------


def sqlite_url(root: Path) -> str:
    return f"sqlite:///{root / 'gradebook.db'}"


def submit(root: Path, learner: str, notebook: Path) -> Path:
    folder = root / "submitted" / learner / MODULE
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(notebook, folder / f"{MODULE}.ipynb"))


def make_class(root: Path, learners: dict[str, Path]) -> Path:
    """Module 00 released in a new class folder with its own gradebook, and one submission per learner."""
    from nbgrader.apps import NbGraderAPI

    shutil.copytree(solutions_dir() / MODULE, root / "solutions" / MODULE)
    gradebook.seed(root / "gradebook.db")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_step(
            NbGraderAPI(config=config_for(root)).generate_assignment(MODULE, force=True),
            "generate_assignment",
        )
    for learner, notebook in learners.items():
        submit(root, learner, notebook)
    return root


def expected_scores(learners: dict[str, Path]) -> dict[str, float]:
    return {learner: FULL_MARKS if notebook == CORRECT else 0.0 for learner, notebook in learners.items()}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- what the gradebook holds ---------------------------------------------------------------------


def rows_per_learner(db_url: str) -> tuple[Counter, Counter]:
    """Rows of nbgrader's submitted_assignment and of the ledger, per learner, counted in SQL: the
    Gradebook API and ledger.read would hide a duplicate row, which is what must never exist."""
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            submissions = connection.execute(
                text(
                    "SELECT s.student_id FROM submitted_assignment s "
                    "JOIN assignment a ON a.id = s.assignment_id WHERE a.name = :module"
                ),
                {"module": MODULE},
            )
            nbgrader_rows = Counter(row[0] for row in submissions)
            entries = connection.execute(
                text("SELECT student_id FROM course_grading WHERE assignment_id = :module"),
                {"module": MODULE},
            )
            ledger_rows = Counter(row[0] for row in entries)
    finally:
        engine.dispose()
    return nbgrader_rows, ledger_rows


def grades(db_url: str) -> dict[str, dict[str, float]]:
    """Score of every grade cell of every learner, as nbgrader reports it."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url, COURSE_ID) as gb:
        return {
            submission.student_id: {
                grade.name: grade.score for nb in submission.notebooks for grade in nb.grades
            }
            for submission in gb.assignment_submissions(MODULE)
        }


def assert_graded_once_each(db_url: str, learners: dict[str, Path]) -> None:
    """One nbgrader submission and one ledger entry per learner, with the right score in both."""
    nbgrader_rows, ledger_rows = rows_per_learner(db_url)
    assert nbgrader_rows == Counter(list(learners))
    assert ledger_rows == Counter(list(learners))
    expected = expected_scores(learners)
    assert {learner: sum(cells.values()) for learner, cells in grades(db_url).items()} == expected
    entries = {student: entry for (_, student), entry in ledger.read(db_url, MODULE).items()}
    assert {student: entry.score for student, entry in entries.items()} == expected
    assert {entry.status for entry in entries.values()} == {ledger.GRADED}
    assert {student: entry.digest for student, entry in entries.items()} == {
        learner: sha256(notebook) for learner, notebook in learners.items()
    }


def recorded(db_url: str) -> set[str]:
    """Learners in the ledger now, read (never written: ledger.read would create the table, racing
    the grader that creates it) while another process may be writing."""
    from sqlalchemy.exc import OperationalError

    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            query = text("SELECT student_id FROM course_grading WHERE assignment_id = :module")
            return {row[0] for row in connection.execute(query, {"module": MODULE})}
    except OperationalError:  # no table yet, or the grader holds the write lock
        return set()
    finally:
        engine.dispose()


# --- processes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Process:
    pid: int
    parent: int
    uid: int
    command: str


def processes() -> list[Process]:
    """Every live process (zombies are dead: they only wait to be reaped)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = dict(
                line.split(":", 1) for line in (entry / "status").read_text().splitlines() if ":" in line
            )
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # it ended while being read
            continue
        if status["State"].split()[0] in ("Z", "X"):
            continue
        found.append(Process(int(entry.name), int(status["PPid"]), int(status["Uid"].split()[0]), command))
    return found


def descendants(pid: int) -> list[Process]:
    """The grading children, the kernels they started and anything those started, right now."""
    running = processes()
    found, parents = [], {pid}
    while children := [p for p in running if p.parent in parents and p not in found]:
        found += children
        parents = {p.pid for p in children}
    return found


def leftovers_of(grader_pid: int, seen: set[int] = frozenset()) -> list[Process]:
    """Processes a grader run left behind: ones seen under it, ones running in its workspace, and
    any with the sandbox user ids of its slots (those ids are this grader's alone, see sandbox_uid)."""
    uids = {sandbox_uid(slot, grader_pid) for slot in range(SLOTS_PER_GRADER)} if as_root() else set()
    workspace = f"course-grade-run-{grader_pid}-"
    return [
        p
        for p in processes()
        if p.pid in seen or p.uid in uids or (workspace in p.command and p.pid != os.getpid())
    ]


def wait_for(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while not (result := condition()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return result


def workspaces_of(grader_pid: int) -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob(f"course-grade-run-{grader_pid}-*"))


# --- the tests ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GradedClass:
    root: Path
    db_url: str
    report: classgrade.GradingReport


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory) -> GradedClass:
    """The eight learners graded once by two workers into SQLite; tests only read it, or copy it."""
    root = make_class(tmp_path_factory.mktemp("graded") / "class", LEARNERS)
    report = classgrade.grade_class(MODULE, root=root, db_url=sqlite_url(root), workers=WORKERS)
    return GradedClass(root, sqlite_url(root), report)


def test_two_workers_on_sqlite_record_every_learner_once(graded_class):
    """Do two workers writing one SQLite gradebook record each of eight learners exactly once, with the
    right score, and no 'database is locked' anywhere (only the parent writes the class gradebook)?"""
    report = graded_class.report
    assert sorted(o.learner for o in report.outcomes) == sorted(LEARNERS)
    assert report.skipped == []
    assert [o for o in report.outcomes if o.status != ledger.GRADED] == []
    assert not any("locked" in o.reason for o in report.outcomes)
    assert_graded_once_each(graded_class.db_url, LEARNERS)
    assert sorted(
        p.parent.parent.name for p in (graded_class.root / "autograded").glob(f"*/{MODULE}/*.ipynb")
    ) == sorted(LEARNERS)


def test_a_grader_killed_midway_loses_nothing_and_a_rerun_grades_the_rest(tmp_path):
    """After `kill -9` of a grader halfway through a class, is every learner either fully recorded or
    not at all, is nothing of the dead run left running, and does a rerun grade exactly the learners
    missing, leave each with one submission and one ledger entry, and remove the dead run's folder?"""
    root = make_class(tmp_path / "class", LEARNERS)
    db_url = sqlite_url(root)
    log = tmp_path / "grader.log"
    with open(log, "wb") as stderr:
        grader = subprocess.Popen(
            [sys.executable, "-c", DRIVER, MODULE, str(root), db_url],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + KILL_WITHIN_S
        while True:  # until two learners are recorded and kernels of the next ones are running
            assert grader.poll() is None, f"the grader ended before it could be killed:\n{log.read_text()}"
            assert time.monotonic() < deadline, f"no kill point within {KILL_WITHIN_S} s:\n{log.read_text()}"
            under_grader = descendants(grader.pid)
            if len(recorded(db_url)) >= 2 and any("ipykernel" in p.command for p in under_grader):
                break
            time.sleep(0.1)
    finally:
        os.kill(grader.pid, signal.SIGKILL)
        grader.wait()
    before_rerun = recorded(db_url)
    assert 2 <= len(before_rerun) < len(LEARNERS), "the kill came too late to leave learners ungraded"
    seen = {p.pid for p in under_grader}  # grading children and their kernels, alive at the kill
    assert wait_for(lambda: not leftovers_of(grader.pid, seen), SETTLE_S), leftovers_of(grader.pid, seen)
    assert workspaces_of(grader.pid), "the killed run should have left its workspace for the rerun to clean"
    nbgrader_rows, ledger_rows = rows_per_learner(db_url)
    assert set(nbgrader_rows) == set(ledger_rows) == before_rerun  # whole learners only

    report = classgrade.grade_class(MODULE, root=root, db_url=db_url, workers=WORKERS)

    assert sorted(report.skipped) == sorted(before_rerun)
    assert sorted(o.learner for o in report.outcomes) == sorted(set(LEARNERS) - before_rerun)
    assert_graded_once_each(db_url, LEARNERS)
    assert workspaces_of(grader.pid) == []
    assert leftovers_of(os.getpid()) == []


def test_a_rerun_grades_only_replaced_submissions_unless_forced(graded_class, tmp_path):
    """Does a rerun on an unchanged class grade nothing, regrade a submission whose file was replaced
    (without --force), and regrade everyone with force=True, still one submission per learner?"""
    root = tmp_path / "class"
    shutil.copytree(graded_class.root, root)
    kept = {learner: LEARNERS[learner] for learner in ("learner-0", "learner-1")}
    for folder in (root / "submitted").iterdir():
        if folder.name not in kept:
            shutil.rmtree(folder)
    db_url = sqlite_url(root)

    unchanged = classgrade.grade_class(MODULE, root=root, db_url=db_url, workers=WORKERS)
    assert (unchanged.outcomes, sorted(unchanged.skipped)) == ([], sorted(kept))

    kept["learner-1"] = CORRECT  # learner-1 hands in a finished notebook after the first grading
    submit(root, "learner-1", CORRECT)
    replaced = classgrade.grade_class(MODULE, root=root, db_url=db_url, workers=WORKERS)
    assert [(o.learner, o.score) for o in replaced.outcomes] == [("learner-1", FULL_MARKS)]
    assert replaced.skipped == ["learner-0"]

    forced = classgrade.grade_class(MODULE, root=root, db_url=db_url, workers=WORKERS, force=True)
    assert sorted(o.learner for o in forced.outcomes) == sorted(kept)
    assert forced.skipped == []
    everyone = dict(LEARNERS) | kept  # the learners removed above stay as first graded
    assert_graded_once_each(db_url, everyone)


def test_postgres_gradebook_gets_the_same_grades_as_sqlite(graded_class, postgres_url, tmp_path, monkeypatch):
    """With the class gradebook on PostgreSQL, does every grade cell get the score it gets on SQLite,
    with a ledger entry per learner, and does a second run skip everyone?"""
    import nbgrader.api

    # nbgrader stamps a new gradebook by running `alembic heads` (~4 s); course.gradebook knows the answer
    monkeypatch.setattr(nbgrader.api, "get_alembic_version", gradebook.alembic_head)
    learners = {learner: LEARNERS[learner] for learner in ("learner-0", "learner-1")}  # right; untouched
    root = make_class(tmp_path / "class", learners)

    first = classgrade.grade_class(MODULE, root=root, db_url=postgres_url, workers=WORKERS)
    assert sorted(o.learner for o in first.outcomes) == sorted(learners)
    assert_graded_once_each(postgres_url, learners)
    on_sqlite = grades(graded_class.db_url)
    assert grades(postgres_url) == {learner: on_sqlite[learner] for learner in learners}

    second = classgrade.grade_class(MODULE, root=root, db_url=postgres_url, workers=WORKERS)
    assert (second.outcomes, sorted(second.skipped)) == ([], sorted(learners))


def test_a_learner_is_recorded_whole_or_not_at_all(tmp_path, monkeypatch):
    """If the grader dies while writing a learner (here: the ledger write fails), is nothing of that
    learner left in nbgrader's tables, where a report would read a half-written 0 as a grade?"""
    root = make_class(tmp_path / "class", {})
    db_url = sqlite_url(root)
    engine = create_engine(db_url)
    ledger.ensure(engine)  # as grade_class does before it records anyone
    engine.dispose()
    outcome = classgrade.Outcome("learner-0", ledger.GRADED, "", FULL_MARKS, FULL_MARKS, 1.0, "0" * 64)

    def dies(*args, **kwargs):
        raise KeyboardInterrupt("the grader stops here")

    with monkeypatch.context() as patch:
        patch.setattr(ledger, "write", dies)
        with pytest.raises(KeyboardInterrupt):
            classgrade.record(db_url, MODULE, outcome)
    assert rows_per_learner(db_url) == (Counter(), Counter())

    classgrade.record(db_url, MODULE, outcome)
    assert rows_per_learner(db_url) == (Counter(["learner-0"]), Counter(["learner-0"]))
