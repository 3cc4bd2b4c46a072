"""How fast `course grade` grades a class, against what the work costs without it (`make bench`).

Three measurements on one synthetic class of N submissions (half the solution, half the solution with
one wrong answer from the grader-validity harness, tests/variants/<module>.py, picked with a seed):
  raw     nbclient runs the solution notebook in a fresh kernel (the floor: kernel start + cells)
  serial  stock `nbgrader autograde` of the whole class in one process (what an instructor gets today)
  class   course.classgrade.grade_class with --workers children, each sandboxed
and it prints each rate, the speed-up of class over serial, and what one submission costs class in
worker-seconds against raw. See bench/README.md for the targets and how to read the numbers.

Usage: .venv/bin/python bench/grading.py [--module 00-orientation] [-n 16] [--workers 2] [--seed 0]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # tests.support.variants: the harness's own wrong answers, not a copy

import nbformat

from course import classgrade, gradebook, notebooks
from course.paths import solutions_dir
from course.release import run_step
from course.settings import CELL_TIMEOUT_S, COURSE_ID, config_for
from tests.support import variants

RAW_RUNS = 3
TARGET_SPEEDUP = 1.8  # class over serial, with 2 workers on 2 cores
TARGET_OVERHEAD = 1.3  # class worker-seconds per submission over one raw notebook run


@dataclass(frozen=True)
class Measure:
    """Wall-clock seconds, and CPU seconds of this process and every process it waited for (kernels,
    grading children): the CPU figure barely moves when other work shares the cores, the wall one does."""

    wall: float
    cpu: float


@contextlib.contextmanager
def measuring(into: list[Measure]):
    def cpu() -> float:
        own, waited = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime

    wall, used = time.monotonic(), cpu()
    yield
    into.append(Measure(time.monotonic() - wall, cpu() - used))


@dataclass
class Bench:
    """What one run of the benchmark measured."""

    module_id: str
    submissions: int
    workers: int
    wrong: int = 0  # submissions with one wrong answer; the others are the solution
    raw: list[Measure] = field(default_factory=list)  # one per run of one notebook
    serial: list[Measure] = field(default_factory=list)  # one, for the whole class
    parallel: list[Measure] = field(default_factory=list)  # one, for the whole class
    child_seconds: list[float] = field(default_factory=list)  # each child's own autograde, from its outcome
    scores_agree: bool | None = None
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after

    def to_text(self) -> str:
        n = self.submissions
        mix = f"{n - self.wrong} correct, {self.wrong} with one wrong answer"
        lines = [
            f"{self.module_id}: {n} submissions ({mix}), {self.workers} workers, {os.cpu_count()} cores",
            f"  {'':<19}{'wall s':>8}{'s/submission':>14}{'submissions/min':>17}{'CPU s/submission':>18}",
        ]
        raw = statistics.mean(m.wall for m in self.raw) if self.raw else None
        rows = [("raw nbclient", self.raw, len(self.raw)), ("serial nbgrader", self.serial, n)]
        rows.append((f"class, {self.workers} workers", self.parallel, n))
        for label, measures, count in rows:
            if measures:
                wall, cpu = sum(m.wall for m in measures), sum(m.cpu for m in measures)
                rates = f"{wall / count:14.2f}{count / wall * 60:17.1f}{cpu / count:18.2f}"
                lines.append(f"  {label:<19}{wall:8.1f}{rates}")
        if self.raw:
            lines.append(
                f"  raw runs: {', '.join(f'{m.wall:.2f}' for m in self.raw)} s (kernel start included)"
            )
        if self.child_seconds:
            lines.append(
                f"  a grading child's own autograde: {statistics.mean(self.child_seconds):.2f} s on average"
            )
        if self.serial and self.parallel:
            speedup = self.serial[0].wall / self.parallel[0].wall
            target = f"target >= {TARGET_SPEEDUP}: {verdict(speedup >= TARGET_SPEEDUP)}"
            lines.append(f"  speed-up serial/class: {speedup:.2f} ({target})")
        if self.serial and self.parallel:
            bound = self.workers * self.serial[0].cpu / self.parallel[0].cpu
            lines.append(
                f"  speed-up if the work were CPU-bound on free cores (workers x CPU ratio): {bound:.2f}"
            )
        if self.parallel and raw:
            cost = self.parallel[0].wall * self.workers / n
            ratio = cost / raw
            lines.append(
                f"  class cost per submission: {cost:.2f} worker-s = {ratio:.2f} x raw "
                f"(target <= {TARGET_OVERHEAD}: {verdict(ratio <= TARGET_OVERHEAD)})"
            )
        if self.scores_agree is not None:
            lines.append(f"  serial and class scores agree: {'yes' if self.scores_agree else 'NO'}")
        lines.append(
            f"  load average {self.load[0]:.1f} before, {self.load[1]:.1f} after "
            f"(above 0 means other work shared the cores: wall-clock figures suffer, CPU ones hardly)"
        )
        return "\n".join(lines)


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


@contextlib.contextmanager
def kernel_chatter_hidden():
    """Kernels started by nbclient write warnings to our stderr (fd 2); they say nothing about speed."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "wb") as devnull:
        os.dup2(devnull.fileno(), 2)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def with_answer(nb, exercise: str, code: str):
    """A copy of `nb` whose answer cell of `exercise` holds `code`, as the grader-validity harness does."""
    nb = nbformat.from_dict(nb)
    answers = [
        cell
        for cell in nb.cells
        if notebooks.nbgrader_meta(cell).get("solution")
        and notebooks.exercise_of(str(notebooks.nbgrader_meta(cell).get("grade_id", ""))) == exercise
    ]
    if len(answers) != 1:
        raise ValueError(
            f"expected one answer cell for {exercise}, found {len(answers)}: is tests/variants stale?"
        )
    answers[0].source = code
    return nb


def build_class(root: Path, module_id: str, count: int, seed: int) -> int:
    """Release the module in a new class folder and hand in `count` submissions: even-numbered learners
    the solution, odd-numbered ones the solution with one of the harness's wrong answers, picked by
    `seed`. Returns how many have a wrong answer."""
    from nbgrader.apps import NbGraderAPI

    shutil.copytree(solutions_dir() / module_id, root / "solutions" / module_id)
    gradebook.seed(root / "gradebook.db")
    run_step(
        NbGraderAPI(config=config_for(root)).generate_assignment(module_id, force=True), "generate_assignment"
    )
    solution = notebooks.read(root / "solutions" / module_id / f"{module_id}.ipynb")
    wrong = [v for v in variants.for_module(module_id) if v.kind == "wrong"]
    rng = random.Random(seed)
    wrong_count = 0
    for number in range(count):
        nb = solution
        if number % 2 and wrong:
            variant = rng.choice(wrong)
            nb, wrong_count = with_answer(solution, variant.exercise, variant.code), wrong_count + 1
        folder = root / "submitted" / f"learner-{number:03d}" / module_id
        folder.mkdir(parents=True)
        nbformat.write(nb, str(folder / f"{module_id}.ipynb"))
    return wrong_count


def run_raw(root: Path, module_id: str) -> None:
    """nbclient runs the solution notebook once, in a new kernel (its start included)."""
    from nbclient import NotebookClient

    nb = notebooks.read(root / "solutions" / module_id / f"{module_id}.ipynb")
    workdir = root / "raw-workdir"
    workdir.mkdir(exist_ok=True)
    NotebookClient(
        nb, timeout=CELL_TIMEOUT_S, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
    ).execute()


def run_serial(root: Path, module_id: str) -> None:
    """Stock `nbgrader autograde` of every submission in one process, with the course's config."""
    from nbgrader.apps import NbGraderAPI

    run_step(NbGraderAPI(config=config_for(root)).autograde(module_id, "*", force=True), "autograde")


def scores(root: Path, module_id: str) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", COURSE_ID) as gb:
        return {s.student_id: s.score for s in gb.assignment_submissions(module_id)}


def run(module_id: str, count: int, workers: int, seed: int, phases: set[str]) -> Bench:
    """Build the class once in a throwaway folder, then measure each phase on its own copy of it."""
    bench = Bench(module_id, count, workers)
    before = os.getloadavg()[0]
    base = Path(tempfile.mkdtemp(prefix="course-bench-"))
    try:
        bench.wrong = build_class(base / "built", module_id, count, seed)
        with kernel_chatter_hidden():
            for _ in range(RAW_RUNS if "raw" in phases else 0):
                with measuring(bench.raw):
                    run_raw(base / "built", module_id)
            if "serial" in phases:
                shutil.copytree(base / "built", base / "serial")
                with measuring(bench.serial):
                    run_serial(base / "serial", module_id)
            if "class" in phases:
                shutil.copytree(base / "built", base / "class")
                with measuring(bench.parallel):
                    report = classgrade.grade_class(
                        module_id,
                        root=base / "class",
                        db_url=f"sqlite:///{base / 'class' / 'gradebook.db'}",
                        workers=workers,
                    )
                bench.child_seconds = [o.seconds for o in report.outcomes]
        if bench.serial and bench.parallel:
            bench.scores_agree = scores(base / "serial", module_id) == scores(base / "class", module_id)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    bench.load = (before, os.getloadavg()[0])
    return bench


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", default="00-orientation", help="module id (default: 00-orientation)")
    parser.add_argument("-n", type=int, default=16, help="submissions in the class (default: 16)")
    parser.add_argument("--workers", type=int, default=2, help="class grader workers (default: 2)")
    parser.add_argument("--seed", type=int, default=0, help="picks the wrong answers (default: 0)")
    parser.add_argument(
        "--phases",
        default="raw,serial,class",
        help="comma-separated subset of raw,serial,class (default: all)",
    )
    args = parser.parse_args(argv)
    phases = set(args.phases.split(","))
    if unknown := phases - {"raw", "serial", "class"}:
        parser.error(f"unknown phase {', '.join(sorted(unknown))}: choose from raw, serial, class")
    if args.n < 1 or args.workers < 1:
        parser.error("-n and --workers must be at least 1")
    print(run(args.module, args.n, args.workers, args.seed, phases).to_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
