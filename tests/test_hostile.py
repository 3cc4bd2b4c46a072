"""The class grader against hostile and broken submissions (tests/hostile/cases.py).

ONE class run of module 00 grades every case together with a few honest learners, two at a time, as
an instructor would: each case must get exactly the score and status a fair grader gives, the run must
not raise, the honest learners must get what `course check` gives them alone, and nothing a submission
does may outlive its grading or reach the instructor's files.

The class folder is world-readable, like a checkout in a home folder, so that only the sandbox (the
kernel's own user id, the hidden folders) keeps submissions out of it. Without root or mount
namespaces the sandbox cannot do that, and the cases that need it are neither submitted nor tested.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import shutil
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import nbformat
import pytest

from course import classgrade, gradebook, grading, notebooks
from course.paths import solutions_dir
from course.sandbox import Limits, as_root, sandbox_uid
from tests.hostile import cases

pytestmark = pytest.mark.slow

WORKERS = 2
LIMITS = Limits(cell_timeout=10, total_seconds=90)
GRADED_NOTEBOOK_MAX_BYTES = 1_000_000  # the 10 MB case, once its output is cut
CLONE_NEWNS = 0x00020000


@cache
def isolation_missing() -> str:
    """Why kernels cannot be isolated on this machine; "" when they can."""
    if not as_root():
        return "not root: kernels would run as this user, who may read solutions/ and write the gradebook"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(0 if ctypes.CDLL(None, use_errno=True).unshare(CLONE_NEWNS) == 0 else 1)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return "no mount namespaces here: the instructor's folders cannot be hidden from kernels"
    return ""


def needs_isolation(case: cases.Case) -> None:
    if case.isolation and isolation_missing():
        pytest.skip(f"{case.learner} needs the sandbox's isolation, unavailable here: {isolation_missing()}")


def params(selected):
    """One pytest param per case, an xfail that names the bug for a case a known grader bug breaks."""
    return [
        pytest.param(
            case,
            id=case.learner,
            marks=[pytest.mark.xfail(reason=case.known_bug, strict=True)] if case.known_bug else [],
        )
        for case in selected
    ]


@dataclass
class Run:
    root: Path
    submitted: list[cases.Case]
    report: classgrade.GradingReport | None
    error: BaseException | None
    targets_before: dict[str, str]
    alone: dict[str, float]  # the honest learners' scores from `course check`, each graded alone

    def outcome(self, case: cases.Case) -> classgrade.Outcome:
        if self.report is None:
            pytest.fail(f"the class run raised {self.error!r}")
        found = [o for o in self.report.outcomes if o.learner == case.learner]
        assert found, f"no outcome for {case.learner}"
        return found[0]


def check_alone(path: Path) -> float:
    return grading.grade(path).score


@pytest.fixture(scope="module")
def run():
    root = Path(tempfile.mkdtemp(prefix="course-hostile-"))
    root.chmod(0o755)  # world-readable like most checkouts: only the sandbox keeps kernels out
    try:
        shutil.copytree(solutions_dir() / cases.MODULE, root / "solutions" / cases.MODULE)
        gradebook.seed(root / cases.GRADEBOOK)  # there before the write-outside case aims at it
        submitted = [case for case in cases.CASES if not (case.isolation and isolation_missing())]
        paths = {case.learner: cases.submit(root, case) for case in submitted}
        targets_before = {target: cases.fingerprint(root / target) for target in cases.OVERWRITE_TARGETS}
        try:
            report, error = (
                classgrade.grade_class(cases.MODULE, root=root, workers=WORKERS, limits=LIMITS),
                None,
            )
        except Exception as raised:  # noqa: BLE001 - reported by test_the_class_run_never_raises
            report, error = None, raised
        honest = [case.learner for case in submitted if case.honest]
        with ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("fork")) as pool:
            alone = dict(zip(honest, pool.map(check_alone, [paths[learner] for learner in honest])))
        yield Run(root, submitted, report, error, targets_before, alone)
    finally:
        shutil.rmtree(root, ignore_errors=True)


# --- the case table itself (no grading) ----------------------------------------------------------------


def test_case_scores_add_up_from_the_exercises_they_lose():
    """Is every expected score the full 20 minus exactly the points of the exercises the case loses?"""
    for case in cases.CASES:
        assert set(case.lost) <= set(cases.POINTS), case.learner
        assert case.score == cases.FULL - sum(cases.POINTS[e] for e in case.lost), case.learner


def test_case_table_uses_the_source_notebooks_points():
    """Do the points the cases count with match the grade cells of the source notebook?"""
    source = cases.solution()
    points = {
        notebooks.exercise_of(notebooks.nbgrader_meta(c)["grade_id"]).rsplit("-", 1)[1]: float(
            notebooks.nbgrader_meta(c)["points"]
        )
        for c in source.cells
        if notebooks.nbgrader_meta(c).get("grade")
    }
    assert points == cases.POINTS


def test_every_case_has_its_own_learner_and_a_reason_to_exist():
    """Are learner ids unique, and does every case say why it gets its score?"""
    assert len({case.learner for case in cases.CASES}) == len(cases.CASES)
    assert all(
        case.why and case.status in (cases.GRADED, cases.FLAGGED, cases.FAILED) for case in cases.CASES
    )
    assert len(cases.HOSTILE) >= 22


# --- one class run -----------------------------------------------------------------------------------------


def test_the_class_run_never_raises(run):
    """Does grading a class full of hostile submissions finish without an exception?"""
    assert run.error is None, f"grade_class raised {run.error!r}"


def test_every_learner_has_exactly_one_outcome(run):
    """Does every submitted learner get one outcome, and no one else any?"""
    assert run.report is not None, f"grade_class raised {run.error!r}"
    assert Counter(o.learner for o in run.report.outcomes) == Counter(c.learner for c in run.submitted)


@pytest.mark.parametrize("case", params(cases.CASES))
def test_each_submission_gets_the_fair_score_and_status(run, case):
    """Does each submission get exactly the score and status a fair grader gives (see the case's why)?"""
    needs_isolation(case)
    outcome = run.outcome(case)
    assert (outcome.score, outcome.status) == (case.score, case.status), (
        f"{case.learner}: expected {case.score:g} {case.status} because {case.why}; "
        f"got {outcome.score:g} {outcome.status} ({outcome.reason or 'no reason given'})"
    )


@pytest.mark.parametrize("case", params([c for c in cases.CASES if c.status != cases.FAILED]))
def test_each_exercise_scores_what_the_case_says(run, case):
    """Does each exercise score 0 exactly when the case loses it, and full marks otherwise?"""
    needs_isolation(case)
    outcome = run.outcome(case)
    got = {notebooks.exercise_of(g.grade_id).rsplit("-", 1)[1]: g.score for g in outcome.grades}
    expected = {
        exercise: 0.0 if exercise in case.lost else points for exercise, points in cases.POINTS.items()
    }
    assert got == expected, f"{case.learner}: {case.why}"


@pytest.mark.parametrize("case", params([c for c in cases.CASES if c.reason]))
def test_the_reason_names_what_went_wrong(run, case):
    """Does the outcome tell the instructor what happened (a dead kernel, a timeout, tampering, bad bytes)?"""
    needs_isolation(case)
    assert case.reason in run.outcome(case).reason


@pytest.mark.parametrize("case", params([c for c in cases.CASES if c.honest]))
def test_honest_learners_get_what_course_check_gives_them_alone(run, case):
    """Does an honest learner graded among hostile ones get the score plain nbgrader gives them alone?"""
    assert run.outcome(case).score == run.alone[case.learner] == case.score


def test_writing_outside_the_submission_changes_nothing(run):
    """Are another learner's submission and the solutions unchanged, the gradebook still a database, and
    no file created in the class folder?"""
    needs_isolation(cases.BY_LEARNER["writes-outside"])
    after = {target: cases.fingerprint(run.root / target) for target in cases.OVERWRITE_TARGETS}
    assert after == run.targets_before
    assert (run.root / cases.GRADEBOOK).read_bytes().startswith(b"SQLite format 3\x00")
    assert not (run.root / cases.CREATE_TARGET).exists()


def test_no_process_of_a_submission_outlives_the_run(run):
    """Is every process the kernels started (the fork storm's sleeping children too) gone after the run?"""
    needs_isolation(cases.BY_LEARNER["fork-storm"])
    uids = {sandbox_uid(slot) for slot in range(WORKERS)}
    alive = []
    for status_file in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status_file.read_text().splitlines() if ":" in line)
        except OSError:
            continue  # ended while we looked
        if int(fields["Uid"].split()[0]) in uids and fields["State"].split()[0] not in ("Z", "X"):
            alive.append(f"{status_file.parent.name} {fields['Name'].strip()}")
    assert not alive, f"processes of the sandbox ids {sorted(uids)} still alive: {alive[:10]}"


def test_the_process_cap_stops_a_fork_storm(run):
    """Does the kernel's process cap stop the fork storm before the 300 children it asks for?"""
    needs_isolation(cases.BY_LEARNER["fork-storm"])
    run.outcome(cases.BY_LEARNER["fork-storm"])
    graded = nbformat.read(str(graded_notebook(run, "fork-storm")), as_version=4)
    said = "".join(o.get("text", "") for o in cases.cell_of(graded, "ex6", "answer").outputs)
    assert said.startswith("started "), said
    assert 0 < int(said.split()[1]) < cases.FORK_STORM_CHILDREN


def graded_notebook(run: Run, learner: str) -> Path:
    return run.root / "autograded" / learner / cases.MODULE / f"{cases.MODULE}.ipynb"


def test_ten_megabytes_of_output_leave_a_small_graded_notebook(run):
    """Is a 10 MB print cut at the output cap, so that the graded notebook stays small and says so?"""
    run.outcome(cases.BY_LEARNER["ten-megabytes"])
    graded = graded_notebook(run, "ten-megabytes")
    assert graded.stat().st_size < GRADED_NOTEBOOK_MAX_BYTES
    outputs = [o for c in nbformat.read(str(graded), as_version=4).cells for o in c.get("outputs", [])]
    assert any("output cut by the grader" in o.get("text", "") for o in outputs)
