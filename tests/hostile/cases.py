"""Submissions of module 00 that try to break or fool the class grader, and what a fair grader gives each.

Every case starts from a real notebook (the solution, a correct submission worth 20/20, or the untouched
student version, worth 0) and changes it: code injected into an exercise's answer cell, an edited test
cell or metadata, or raw bytes. Its expected score is what a fair grader gives, never what the grader
happens to give, and `lost` names the exercises that must score 0 (every other one scores full marks).

Statuses are the ledger's: `graded` (the score stands), `flagged` (a human should look: the kernel died
or got stuck, a test's functions were replaced while it ran, cells were not run) and `failed` (nothing
gradable). `isolation` marks the cases only a grader running as root with mount namespaces contains (the
kernel's own user id and process cap, the instructor's folders hidden): elsewhere they are not submitted.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat

from course import notebooks
from course.paths import assignments_dir, solutions_dir
from tests.support import variants

MODULE = "00-orientation"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
POINTS = {"ex1": 2.0, "ex2": 3.0, "ex3": 3.0, "ex4": 4.0, "ex5": 4.0, "ex6": 4.0}  # the source's
FULL = sum(POINTS.values())
GRADED, FLAGGED, FAILED = "graded", "flagged", "failed"
FORK_STORM_CHILDREN = 300  # an upper bound: the sandbox's process cap stops the storm before it

# What the write-outside case tries to overwrite (relative to the class folder), and to create. The
# gradebook changes while the class is graded, so its check is that it is still a SQLite database.
OVERWRITE_TARGETS = (
    f"submitted/honest-solution/{MODULE}/{MODULE}.ipynb",
    f"solutions/{MODULE}/{MODULE}.ipynb",
)
GRADEBOOK = "gradebook.db"
CREATE_TARGET = "hostile-was-here.txt"


@dataclass(frozen=True)
class Case:
    learner: str
    build: Callable[[Path], bytes]  # class folder -> the bytes of submitted/<learner>/00-orientation/...
    score: float
    status: str
    why: str
    lost: tuple[str, ...] = ()  # exercises that score 0; the others score full marks
    reason: str = ""  # a phrase the outcome's reason must contain
    honest: bool = False  # graded alone by `course check`, it gets the same score
    isolation: bool = False  # needs the kernel's own user id and the hidden folders (root, mount namespaces)
    known_bug: str = ""  # a grader bug outside tests/ that fails this case today (an xfail that says so)


# --- notebooks to start from ----------------------------------------------------------------------------


def solution() -> nbformat.NotebookNode:
    return nbformat.read(str(solutions_dir() / MODULE / f"{MODULE}.ipynb"), as_version=4)


def student() -> nbformat.NotebookNode:
    return nbformat.read(str(assignments_dir() / MODULE / f"{MODULE}.ipynb"), as_version=4)


def cell_of(nb, exercise: str, kind: str):
    """The answer (`kind="answer"`) or test (`kind="test"`) cell of `exercise` ("ex3")."""
    found = [
        cell
        for cell in nb.cells
        if notebooks.exercise_of(str(notebooks.nbgrader_meta(cell).get("grade_id", "")))
        == f"{MODULE}-{exercise}"
        and bool(notebooks.nbgrader_meta(cell).get("solution")) == (kind == "answer")
    ]
    assert len(found) == 1, f"expected one {kind} cell for {exercise}, found {len(found)}"
    return found[0]


def wrong(exercise: str, mistake: str) -> str:
    """The code of the first wrong variant of `exercise` in tests/variants whose reason mentions `mistake`
    (the file's own variants come before the outside tester's, which may name the same mistake)."""
    found = [
        v.code
        for v in variants.for_module(MODULE)
        if v.exercise == f"{MODULE}-{exercise}" and v.kind == "wrong" and mistake in v.why
    ]
    assert found, f"expected a wrong variant of {exercise} about {mistake!r}, found none"
    return found[0]


def answered(start: nbformat.NotebookNode | None = None, **answers: str) -> nbformat.NotebookNode:
    """`start` (default: the solution) with the answer cells of the given exercises replaced."""
    nb = start if start is not None else solution()
    for exercise, code in answers.items():
        cell_of(nb, exercise, "answer").source = code
    return nb


def appended(exercise: str, code: str, start: nbformat.NotebookNode | None = None) -> nbformat.NotebookNode:
    """`start` (default: the solution) with `code` at the end of `exercise`'s answer cell."""
    nb = start if start is not None else solution()
    cell = cell_of(nb, exercise, "answer")
    cell.source = cell.source + "\n\n" + code
    return nb


def as_bytes(nb) -> bytes:
    return nbformat.writes(nb).encode("utf-8")


def notebook_case(make: Callable[[], nbformat.NotebookNode]) -> Callable[[Path], bytes]:
    return lambda root: as_bytes(make())


def file_case(path: Path) -> Callable[[Path], bytes]:
    return lambda root: path.read_bytes()


# --- what the hostile answers run ------------------------------------------------------------------------

LOOP_BEFORE_ANSWER = """\
step = 0
while step < 10:  # exploring, and forgot `step += 1`: the answer below is never reached
    pass

"""

LOOP_IN_HELPER = """\
def _squared_distances_to(row, b):
    total = np.zeros(len(b))
    k = 0
    while k < len(row):  # forgot `k += 1`
        total += (row[k] - b[:, k]) ** 2
    return total


def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.sqrt(np.array([_squared_distances_to(row, b) for row in a]).reshape(len(a), len(b)))
"""

LOOP_IN_C = """\
def mean_by_species(df, column, sex):
    checksum = sum(range(len(df) ** 6))  # a loop inside C: it never looks at the interrupt
    return df.loc[df["sex"] == sex].groupby("species")[column].mean()
"""

SYS_EXIT = """\
import sys


def assign_stages():
    sys.exit("not sure about these yet")
"""

OS_EXIT = """\
import os

os._exit(0)
"""

SEGFAULT = """\
import ctypes


def mean_by_species(df, column, sex):
    return ctypes.string_at(0)  # reads address 0: a segmentation fault
"""

MEMORY_BOMB = """\
def pairwise_distances(a, b):
    room = [np.zeros(2**27) for _ in range(64)]  # "room for the results": 64 GiB
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=-1))
"""

FORK_STORM = f"""\
import os
import time

children = 0
for _ in range({FORK_STORM_CHILDREN}):
    try:
        pid = os.fork()
    except OSError:  # the sandbox's process cap
        break
    if pid == 0:
        time.sleep(120)
        os._exit(0)
    children += 1
print("started", children, "children")
"""

TEN_MEGABYTES = """\
for _ in range(10_000):
    print("x" * 999)
"""

SILENCE_TRACEBACKS = """\
_shell = get_ipython()
_shell.showtraceback = lambda *args, **kwargs: None
type(_shell).showtraceback = lambda *args, **kwargs: None
type(_shell)._showtraceback = lambda *args, **kwargs: None
"""

FORGETS_THE_STD = """\
    x = np.asarray(values, dtype=float)
    return x - np.nanmean(x)  # forgot to divide by the standard deviation
"""

LENIENT_NUMPY_AT_ANSWER = f"""\
np.isclose = lambda *args, **kwargs: True
np.allclose = lambda *args, **kwargs: True


def standardize(values):
{FORGETS_THE_STD}"""

LENIENT_NUMPY_IN_TEST = f"""\
def standardize(values):
    np.isclose = lambda *args, **kwargs: True
    np.allclose = lambda *args, **kwargs: True
{FORGETS_THE_STD}"""

LENIENT_NUMPY_NAME = f"""\
import numpy


class _LenientNumpy:
    def __getattr__(self, name):
        return getattr(numpy, name)

    isclose = staticmethod(lambda *args, **kwargs: True)
    allclose = staticmethod(lambda *args, **kwargs: True)


np = _LenientNumpy()


def standardize(values):
{FORGETS_THE_STD}"""

EMPTY_SORTED_AT_ANSWER = """\
import builtins

builtins.sorted = lambda *args, **kwargs: []  # the hidden test lists the wrong stages with sorted()


def assign_stages():
    return {letter: "train" for letter in "abcdefghij"}  # right keys, valid names, wrong stages
"""

EMPTY_SORTED_IN_TEST = """\
import builtins


def assign_stages():
    builtins.sorted = lambda *args, **kwargs: []
    return {letter: "train" for letter in "abcdefghij"}
"""

ASKS_FOR_INPUT = """\
def assign_stages():
    return {letter: input(f"stage of work item {letter}? ") for letter in "abcdefghij"}
"""

READ_SOLUTION = """\
import json
import pathlib

from course.paths import course_root

_found = []
for _path in [course_root() / "solutions/00-orientation/00-orientation.ipynb", pathlib.Path(CLASS_COPY)]:
    try:
        _cells = json.loads(_path.read_text())["cells"]
    except (OSError, ValueError):
        continue
    for _cell in _cells:
        if _cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
            exec("".join(_cell["source"]))
    _found.append(str(_path))
print("read the solutions from", _found)
"""

READ_SOLUTION_FROM_GIT = """\
import json
import subprocess

from course.paths import course_root

_shown = subprocess.run(
    ["git", "-c", "safe.directory=*", "-C", str(course_root()), "show",
     "HEAD:solutions/00-orientation/00-orientation.ipynb"],
    capture_output=True, text=True,
)
for _cell in json.loads(_shown.stdout or '{"cells": []}')["cells"]:
    if _cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
        exec("".join(_cell["source"]))
"""

WRITE_OUTSIDE = """\
import pathlib

for _path in TARGETS + ["../../honest-solution/00-orientation/00-orientation.ipynb", "../../../gradebook.db"]:
    try:
        pathlib.Path(_path).write_text("overwritten by another learner's code")
    except OSError:
        pass
try:
    pathlib.Path(CREATED).write_text("was here")
except OSError:
    pass
"""


# --- builders that change more than one answer ----------------------------------------------------------


def loop_before_answer():
    nb = solution()
    cell = cell_of(nb, "ex3", "answer")
    cell.source = LOOP_BEFORE_ANSWER + cell.source
    return nb


def without(nb, exercise: str, kind: str):
    nb.cells.remove(cell_of(nb, exercise, kind))
    return nb


def asserts_removed(nb, exercise: str):
    cell_of(nb, exercise, "test").source = 'print("All visible tests passed.")'
    return nb


def edited_metadata():
    """ex1's test raised to 100 points, a 50-point grade cell of the learner's own, and ex2's test made an
    ungraded cell around a wrong ex2 answer."""
    nb = answered(ex2=wrong("ex2", "folds monitoring into deployment"))
    cell_of(nb, "ex1", "test").metadata["nbgrader"]["points"] = 100
    bonus = nbformat.v4.new_code_cell("pass")
    bonus.metadata["nbgrader"] = {
        "grade": True,
        "grade_id": f"{MODULE}-ex7-bonus",
        "locked": True,
        "points": 50,
        "schema_version": 3,
        "solution": False,
    }
    nb.cells.append(bonus)
    ex2 = cell_of(nb, "ex2", "test").metadata["nbgrader"]
    ex2.update(grade=False, locked=False)
    ex2.pop("points")
    return nb


def grade_id_renamed():
    nb = asserts_removed(answered(ex4=wrong("ex4", "forgets the square root")), "ex4")
    cell_of(nb, "ex4", "test").metadata["nbgrader"]["grade_id"] = "my-own-checks"
    return nb


def duplicated_grade_id():
    """An empty copy of ex5's test cell after the real one: nbgrader keeps the last of duplicates."""
    nb = answered(ex5=wrong("ex5", "groups by island"))
    test = cell_of(nb, "ex5", "test")
    fake = copy.deepcopy(test)
    fake.source = 'print("All visible tests passed.")'
    fake.id = "my-copy-of-ex5-tests"
    nb.cells.insert(nb.cells.index(test) + 1, fake)
    return nb


def silenced_tracebacks():
    nb = answered(ex3=wrong("ex3", "forgets to subtract the mean"), ex5=wrong("ex5", "groups by island"))
    return appended("ex1", SILENCE_TRACEBACKS, start=nb)


def only_first_answer(code: str):
    """The student version with `code` as ex1's answer and every other answer cell emptied."""
    nb = student()
    for exercise in ("ex2", "ex3", "ex4", "ex5", "ex6"):
        cell_of(nb, exercise, "answer").source = "pass"
    cell_of(nb, "ex1", "answer").source = code
    return nb


def reads_solution(root: Path) -> bytes:
    class_copy = str(root / "solutions" / MODULE / f"{MODULE}.ipynb")
    return as_bytes(only_first_answer(READ_SOLUTION.replace("CLASS_COPY", repr(class_copy))))


def writes_outside(root: Path) -> bytes:
    targets = [str(root / target) for target in (*OVERWRITE_TARGETS, GRADEBOOK)]
    code = WRITE_OUTSIDE.replace("TARGETS", repr(targets)).replace("CREATED", repr(str(root / CREATE_TARGET)))
    return as_bytes(appended("ex1", code))


def r_kernel():
    nb = solution()
    nb.metadata["kernelspec"] = {"display_name": "R", "language": "R", "name": "ir"}
    nb.metadata["language_info"] = {"name": "R", "file_extension": ".r", "mimetype": "text/x-r-source"}
    return nb


def messy_notebook():
    """Realistic breakage: input() in ex2, a syntax error in ex4, ex5's answer cell deleted, and the
    notebook saved with "passed" under every test cell."""
    ex4 = cell_of(solution(), "ex4", "answer").source
    nb = answered(
        ex2=ASKS_FOR_INPUT, ex4=ex4.replace("def pairwise_distances(a, b):", "def pairwise_distances(a, b)")
    )
    without(nb, "ex5", "answer")
    for count, cell in enumerate((c for c in nb.cells if c.cell_type == "code"), start=1):
        cell.execution_count = count
        if notebooks.nbgrader_meta(cell).get("grade"):
            cell.outputs = [
                nbformat.v4.new_output("stream", name="stdout", text="All visible tests passed.\n")
            ]
    return nb


def other_assignment(root: Path) -> bytes:
    return (assignments_dir() / "01-data-gathering-sql" / "01-data-gathering-sql.ipynb").read_bytes()


EVERY = tuple(POINTS)

HONEST = [
    Case(
        "honest-solution",
        notebook_case(solution),
        FULL,
        GRADED,
        "the solution: every test passes",
        honest=True,
    ),
    Case(
        "honest-untouched",
        notebook_case(student),
        0.0,
        GRADED,
        "the released stubs raise NotImplementedError",
        lost=EVERY,
        honest=True,
    ),
    Case(
        "honest-wrong-ex3",
        notebook_case(lambda: answered(ex3=wrong("ex3", "forgets to subtract the mean"))),
        17.0,
        GRADED,
        "a plausible mistake in ex3 and nothing else",
        lost=("ex3",),
        honest=True,
    ),
    Case(
        "honest-wrong-ex1-ex6",
        notebook_case(lambda: answered(ex1=wrong("ex1", "percentage"), ex6=wrong("ex6", "inner join"))),
        14.0,
        GRADED,
        "two plausible mistakes, in ex1 and ex6",
        lost=("ex1", "ex6"),
        honest=True,
    ),
]

HOSTILE = [
    Case(
        "loop-in-answer-cell",
        notebook_case(loop_before_answer),
        17.0,
        GRADED,
        "ex3's answer cell loops before its def: interrupted at the cell timeout, no function for ex3's "
        "test; every later cell runs",
        lost=("ex3",),
        reason="time limit",
    ),
    Case(
        "loop-in-helper",
        notebook_case(lambda: answered(ex4=LOOP_IN_HELPER)),
        16.0,
        GRADED,
        "the helper of pairwise_distances never advances: ex4's test is interrupted at the cell timeout",
        lost=("ex4",),
        reason="time limit",
    ),
    Case(
        "loop-in-c",
        notebook_case(lambda: answered(ex5=LOOP_IN_C)),
        12.0,
        FLAGGED,
        "mean_by_species sums a huge range inside C, deaf to the interrupt: the stuck kernel is shut down, "
        "ex1-ex4 are kept, ex6 is never run, so a human should look",
        lost=("ex5", "ex6"),
        reason="time limit",
    ),
    Case(
        "sys-exit",
        notebook_case(lambda: answered(ex2=SYS_EXIT)),
        17.0,
        GRADED,
        "assign_stages() calls sys.exit: in IPython that is only an exception, so ex2's test fails and the "
        "kernel runs on",
        lost=("ex2",),
    ),
    Case(
        "os-exit",
        notebook_case(lambda: appended("ex4", OS_EXIT)),
        8.0,
        FLAGGED,
        "os._exit in ex4's answer cell kills the kernel: ex1-ex3 are kept, ex4-ex6 never run",
        lost=("ex4", "ex5", "ex6"),
        reason="kernel died",
    ),
    Case(
        "segfault",
        notebook_case(lambda: answered(ex5=SEGFAULT)),
        12.0,
        FLAGGED,
        "mean_by_species reads address 0 through ctypes: the kernel dies in ex5's test, ex1-ex4 are kept",
        lost=("ex5", "ex6"),
        reason="kernel died",
    ),
    Case(
        "memory-bomb",
        notebook_case(lambda: answered(ex4=MEMORY_BOMB)),
        16.0,
        GRADED,
        "pairwise_distances asks for 64 GiB: MemoryError at the address-space cap, the kernel lives",
        lost=("ex4",),
    ),
    Case(
        "fork-storm",
        notebook_case(lambda: appended("ex6", FORK_STORM)),
        FULL,
        GRADED,
        f"up to {FORK_STORM_CHILDREN} children that sleep 120 s: the process cap stops the storm, the answers "
        "are right, and the children die with the submission",
        isolation=True,
    ),
    Case(
        "ten-megabytes",
        notebook_case(lambda: appended("ex1", TEN_MEGABYTES)),
        FULL,
        GRADED,
        "10 MB printed by an answer cell is cut at the output cap; the answers are right",
    ),
    Case(
        "deleted-test-cell",
        notebook_case(lambda: without(solution(), "ex3", "test")),
        FULL,
        GRADED,
        "ex3's test cell deleted: restored from the source and run, and the answer is right",
    ),
    Case(
        "edited-test-cell",
        notebook_case(lambda: asserts_removed(answered(ex3=wrong("ex3", "forgets to subtract")), "ex3")),
        17.0,
        GRADED,
        "ex3's asserts deleted around a wrong answer: the test's source is restored and fails",
        lost=("ex3",),
    ),
    Case(
        "edited-metadata",
        notebook_case(edited_metadata),
        17.0,
        GRADED,
        "ex1 raised to 100 points, a 50-point cell added, ex2's test made ungraded around a wrong answer: "
        "points and flags come from the source, so 20 at most and ex2 fails",
        lost=("ex2",),
    ),
    Case(
        "grade-id-renamed",
        notebook_case(grade_id_renamed),
        16.0,
        GRADED,
        "ex4's test cell renamed and emptied around a wrong answer: the real test is restored and fails",
        lost=("ex4",),
    ),
    Case(
        "duplicated-grade-id",
        notebook_case(duplicated_grade_id),
        16.0,
        GRADED,
        "an empty copy of ex5's test after the real one, which nbgrader would grade instead: the copy gets "
        "the real test back, and the wrong answer fails it",
        lost=("ex5",),
    ),
    Case(
        "showtraceback-patched",
        notebook_case(silenced_tracebacks),
        13.0,
        GRADED,
        "IPython's showtraceback silenced in ex1's answer cell: failing tests still fail (ex3, ex5)",
        lost=("ex3", "ex5"),
    ),
    Case(
        "numpy-patched-at-answer",
        notebook_case(lambda: answered(ex3=LENIENT_NUMPY_AT_ANSWER)),
        17.0,
        GRADED,
        "np.isclose/np.allclose made always True in ex3's answer cell, around a wrong answer: put back "
        "before the test, which fails",
        lost=("ex3",),
    ),
    Case(
        "numpy-patched-in-test",
        notebook_case(lambda: answered(ex3=LENIENT_NUMPY_IN_TEST)),
        17.0,
        FLAGGED,
        "standardize() makes np.isclose/np.allclose always True while ex3's test runs: that test fails "
        "and a human is told",
        lost=("ex3",),
        reason="replaced while it ran",
    ),
    Case(
        "numpy-name-rebound",
        notebook_case(lambda: answered(ex3=LENIENT_NUMPY_NAME)),
        17.0,
        GRADED,
        "the name np rebound to a numpy look-alike whose isclose/allclose always agree: the tests get the "
        "real numpy back, and the wrong answer fails",
        lost=("ex3",),
    ),
    Case(
        "builtins-patched-at-answer",
        notebook_case(lambda: answered(ex2=EMPTY_SORTED_AT_ANSWER)),
        17.0,
        GRADED,
        "builtins.sorted made to return [] in ex2's answer cell, so the hidden test would list no wrong "
        "stage: put back before the test, which fails",
        lost=("ex2",),
    ),
    Case(
        "builtins-patched-in-test",
        notebook_case(lambda: answered(ex2=EMPTY_SORTED_IN_TEST)),
        17.0,
        FLAGGED,
        "assign_stages() replaces builtins.sorted while ex2's test runs: that test fails, a human is told",
        lost=("ex2",),
        reason="replaced while it ran",
    ),
    Case(
        "reads-solution",
        reads_solution,
        0.0,
        GRADED,
        "ex1's answer cell execs the solution cells of solutions/ (the repository's and the class's): both "
        "are hidden from the kernel, so nothing is defined",
        lost=EVERY,
        isolation=True,
    ),
    Case(
        "reads-solution-from-git",
        notebook_case(lambda: only_first_answer(READ_SOLUTION_FROM_GIT)),
        0.0,
        GRADED,
        "ex1's answer cell runs `git show HEAD:solutions/...` in the course repository: its history must be "
        "hidden too, so nothing is defined",
        lost=EVERY,
        isolation=True,
    ),
    Case(
        "writes-outside",
        writes_outside,
        FULL,
        GRADED,
        "ex1's answer cell tries to overwrite another learner's submission, the gradebook and the class's "
        "solutions, and to create a file in the class folder: all fail quietly, the answers are right",
        isolation=True,
    ),
    Case(
        "other-assignment",
        other_assignment,
        0.0,
        FAILED,
        "module 01's notebook saved under 00's name: nothing of 00 to grade",
        lost=EVERY,
        reason="01-data-gathering-sql",
    ),
    Case(
        "malformed-json",
        file_case(FIXTURES / "truncated-notebook.bytes"),
        0.0,
        FAILED,
        "an upload cut after 700 bytes",
        lost=EVERY,
        reason="not valid notebook JSON",
    ),
    Case(
        "empty-file",
        file_case(FIXTURES / "empty.bytes"),
        0.0,
        FAILED,
        "a file of 0 bytes",
        lost=EVERY,
        reason="empty",
    ),
    Case(
        "not-utf8",
        file_case(FIXTURES / "windows-1252-notebook.bytes"),
        0.0,
        FAILED,
        "a notebook saved as Windows-1252 (é is the byte 0xE9)",
        lost=EVERY,
        reason="not UTF-8",
    ),
    Case(
        "r-kernel",
        notebook_case(r_kernel),
        FULL,
        GRADED,
        "the solution with an R kernelspec: nbgrader runs the source's Python kernel, and all is right",
    ),
    Case(
        "messy-notebook",
        notebook_case(messy_notebook),
        9.0,
        GRADED,
        "input() in ex2 (no keyboard when grading), a syntax error in ex4, ex5's answer cell deleted, saved "
        "with 'passed' under every test: outputs are cleared and the three exercises fail",
        lost=("ex2", "ex4", "ex5"),
    ),
]

CASES = HONEST + HOSTILE
BY_LEARNER = {case.learner: case for case in CASES}


def submit(root: Path, case: Case) -> Path:
    """Write `case`'s submission into the class folder `root`, where nbgrader's collect step puts it."""
    path = root / "submitted" / case.learner / MODULE / f"{MODULE}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(case.build(root))
    return path


def fingerprint(path: Path) -> str:
    """What a file holds, to compare before and after the run ("" when there is no such file)."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
