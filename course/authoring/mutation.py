"""Mutation analysis of the graders: how many automatic mutants of each reference answer do the tests kill?

Variants in tests/variants/ are the mistakes their authors imagined; mutants are every small edit an
operator can make (`course.authoring.mutants`), so a surviving mutant shows an input the tests never
try. The solution notebook runs once in a live kernel; each mutant replaces the exercise's answer
cell, the cells between the answer and its tests run again (as grading runs them), then the
exercise's test cells. A mutant is killed when any of them raises. A survivor is either a gap in the
tests or an equivalent mutant (it behaves like the reference on every valid input), which must be
listed with a one-line reason in tests/mutants/<module>.toml:

    [[equivalent]]
    exercise = "04-math-for-ml-ex3"
    mutant = "L7C15 compare > -> >="
    reason = "the weights are never exactly zero here"

Target: every exercise kills at least 90 % of its non-equivalent mutants.

A whole-module run also writes tests/mutants/<module>.json: the scores, and a digest of what they
were computed from (the solution notebook and the equivalents list). The test suite reruns the
analysis of a module only when that digest changed (the modules a commit touches), and otherwise
checks the recorded scores; `make mutation` reruns everything (after changing course.checks or the
operators, run it).

    python -m course.authoring.mutation [MODULE ...] [--exercise ID] [--json FILE]
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from course import paths, syllabus
from course.authoring import mutants as operators
from course.authoring.live import LiveNotebook, Outcome

TARGET = 0.90
HIDDEN = "### BEGIN HIDDEN TESTS"
HARD_CODED = "hard-coded visible examples"


class MutationError(Exception):
    """Mutation analysis cannot run (unknown module, a solution that fails, a bad equivalents list)."""


@dataclass(frozen=True)
class Result:
    mutant: str
    operator: str
    line: int
    before: str
    killed: bool
    how: str  # "AssertionError in a test cell", "its own cell raised NameError", "survived"...
    change: str  # the mutated line(s), for the report


@dataclass
class ExerciseReport:
    exercise: str
    results: list[Result] = field(default_factory=list)
    equivalent: dict[str, str] = field(default_factory=dict)  # mutant id -> reason, as listed
    seconds: float = 0.0

    @property
    def made(self) -> int:
        return len(self.results)

    @property
    def killed(self) -> int:
        return sum(r.killed for r in self.results)

    @property
    def survivors(self) -> list[Result]:
        return [r for r in self.results if not r.killed and r.mutant not in self.equivalent]

    @property
    def equivalent_survivors(self) -> list[Result]:
        return [r for r in self.results if not r.killed and r.mutant in self.equivalent]

    @property
    def stale(self) -> list[str]:
        """Listed as equivalent, but no such mutant is made any more (the reference changed)."""
        made = {r.mutant for r in self.results}
        return sorted(m for m in self.equivalent if m not in made)

    @property
    def wrongly_listed(self) -> list[str]:
        """Listed as equivalent, yet the tests kill it: it was not equivalent, or is no longer needed."""
        return sorted(r.mutant for r in self.results if r.killed and r.mutant in self.equivalent)

    @property
    def unexplained(self) -> list[Result]:
        """Killed by an exception other than an assertion inside a test cell: the learner would see a
        bare library error or a message that itself raised, not advice (worth a look, not a failure)."""
        return [r for r in self.results if r.killed and r.how.endswith("in a test cell")
                and not r.how.startswith("AssertionError")]

    @property
    def score(self) -> float:
        counted = self.made - len(self.equivalent_survivors)
        return self.killed / counted if counted else 1.0

    @property
    def ok(self) -> bool:
        return self.score >= TARGET and not self.stale and not self.wrongly_listed

    def summary(self) -> dict:
        return {
            "exercise": self.exercise, "made": self.made, "killed": self.killed,
            "equivalent": len(self.equivalent_survivors), "survived": len(self.survivors),
            "score": round(self.score, 4), "ok": self.ok, "seconds": round(self.seconds, 1),
            "survivors": [asdict(r) for r in self.survivors],
            "killed_without_an_assertion": len(self.unexplained),
            "stale_equivalents": self.stale, "wrongly_listed_equivalents": self.wrongly_listed,
        }


# ------------------------------------------------------------------------------ equivalents list

def equivalents_file(module_id: str) -> Path:
    return paths.course_root() / "tests" / "mutants" / f"{module_id}.toml"


def load_equivalents(module_id: str) -> dict[str, dict[str, str]]:
    """{exercise: {mutant id: reason}} from tests/mutants/<module>.toml (empty when there is none)."""
    path = equivalents_file(module_id)
    if not path.exists():
        return {}
    try:
        content = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise MutationError(f"{path}: not valid TOML ({error}); fix the file") from None
    listed: dict[str, dict[str, str]] = {}
    for number, entry in enumerate(content.get("equivalent", []), start=1):
        missing = [key for key in ("exercise", "mutant", "reason") if not str(entry.get(key, "")).strip()]
        if missing:
            raise MutationError(f"{path}: entry {number} lacks {', '.join(missing)}; each needs exercise, mutant and reason")
        listed.setdefault(entry["exercise"], {})[entry["mutant"]] = entry["reason"]
    return listed


# ------------------------------------------------------------------------------ recorded scores

def record_file(module_id: str) -> Path:
    return paths.course_root() / "tests" / "mutants" / f"{module_id}.json"


def digest(module_id: str) -> str:
    """What a module's scores depend on that changes with the module: its solution notebook and its
    equivalents list (shared code, course.checks and the operators, is rechecked by `make mutation`)."""
    sha = hashlib.sha256()
    for path in (paths.solutions_dir() / syllabus.get(module_id).notebook, equivalents_file(module_id)):
        sha.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return sha.hexdigest()


def write_record(module_id: str, reports: list[ExerciseReport]) -> Path:
    path = record_file(module_id)
    content = {
        "module": module_id,
        "digest": digest(module_id),
        "note": "written by `make mutation`; tests/test_mutation.py reruns the module when the digest changes",
        "exercises": [
            {key: value for key, value in r.summary().items() if key != "seconds"} for r in reports
        ],
    }
    path.write_text(json.dumps(content, indent=1) + "\n", encoding="utf-8")
    return path


def current_record(module_id: str) -> dict[str, dict] | None:
    """{exercise: recorded summary} when the record matches the module as it is now, else None."""
    path = record_file(module_id)
    if not path.exists():
        return None
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return None
    if content.get("digest") != digest(module_id):
        return None
    return {entry["exercise"]: entry for entry in content.get("exercises", [])}


SCORES_BLOCK_START = "<!-- mutation-scores:start (generated from tests/mutants/*.json by `make readme`) -->"
SCORES_BLOCK_END = "<!-- mutation-scores:end -->"


def scores_table() -> str:
    """The README's table of recorded mutation scores, one row per module with a record."""
    from course.release import releasable

    rows = ["| module | exercises | mutants | killed | equivalent | survived | killed of non-equivalent | lowest exercise |",
            "|---|---|---|---|---|---|---|---|"]
    for module_id in releasable():
        path = record_file(module_id)
        if not path.exists():
            rows.append(f"| {module_id} | | | | | | not yet analysed | |")
            continue
        entries = json.loads(path.read_text(encoding="utf-8"))["exercises"]
        made = sum(e["made"] for e in entries)
        killed = sum(e["killed"] for e in entries)
        equivalent = sum(e["equivalent"] for e in entries)
        survived = sum(e["survived"] for e in entries)
        counted = made - equivalent
        lowest = min(entries, key=lambda e: e["score"])
        rows.append(
            f"| {module_id} | {len(entries)} | {made} | {killed} | {equivalent} | {survived} | "
            f"{killed / counted if counted else 1:.1%} | {lowest['score']:.1%} ({lowest['exercise'].rsplit('-', 1)[1]}) |"
        )
    return "\n".join(rows) + "\n"


def update_readme(path: Path) -> bool:
    """Rewrite the mutation-score table between the README's markers; return whether it changed."""
    text = path.read_text(encoding="utf-8")
    start, end = text.find(SCORES_BLOCK_START), text.find(SCORES_BLOCK_END)
    if start < 0 or end < start:
        raise MutationError(f"{path} lacks the {SCORES_BLOCK_START} ... {SCORES_BLOCK_END} markers")
    new = text[: start + len(SCORES_BLOCK_START)] + "\n" + scores_table() + text[end:]
    path.write_text(new, encoding="utf-8")
    return new != text


def readme_scores(text: str) -> str | None:
    start, end = text.find(SCORES_BLOCK_START), text.find(SCORES_BLOCK_END)
    return None if start < 0 or end < start else text[start + len(SCORES_BLOCK_START) + 1: end]


# ----------------------------------------------------------------------------- the hard-coded cheat

_RECORD = '''
import copy as __mutation_copy, pickle as __mutation_pickle
__mutation_seen = {}
def __mutation_key(args, kwargs):
    try:
        return __mutation_pickle.dumps((args, sorted(kwargs.items())))
    except Exception:
        return repr((args, sorted(kwargs.items())))
def __mutation_record(name, function):
    def recorded(*args, **kwargs):
        key = __mutation_key(args, kwargs)
        result = function(*args, **kwargs)
        try:
            kept = __mutation_copy.deepcopy(result)
        except Exception:
            kept = result
        __mutation_seen.setdefault(name, []).append((key, kept))
        return result
    return recorded
'''

_LOOKUP = '''
def __mutation_lookup(name):
    table = __mutation_seen.get(name, [])
    def hard_coded(*args, **kwargs):
        key = __mutation_key(args, kwargs)
        for seen, result in table:
            if seen == key:
                break
        else:
            if not table:
                return None
            result = table[0][1]
        try:
            return __mutation_copy.deepcopy(result)
        except Exception:
            return result
    return hard_coded
'''


def _visible_part(source: str) -> str:
    return source.split(HIDDEN, 1)[0]


# ------------------------------------------------------------------------------------- running

class _Module:
    """One solution notebook in a live kernel, rebuilt from scratch when a mutant breaks the kernel."""

    def __init__(self, module_id: str):
        self.module_id = module_id
        self.path = paths.solutions_dir() / syllabus.get(module_id).notebook
        self.live = LiveNotebook(self.path)
        self._run_all()

    def _run_all(self) -> None:
        failures = self.live.run_all()
        if failures:
            index, outcome = failures[0]
            raise MutationError(f"{self.path}: the solution notebook fails at cell {index}: {outcome.describe()}")

    def rebuild(self) -> None:
        self.live.restart()
        self._run_all()

    def close(self) -> None:
        self.live.close()


def _changed_lines(original: str, mutated: str) -> str:
    diff = difflib.unified_diff(original.splitlines(), mutated.splitlines(), lineterm="", n=0)
    changed = [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    return "\n".join(changed[:6])


def _run_cells(live: LiveNotebook, between: list, tests: list, timeout: float) -> tuple[bool, str]:
    """Run the cells after an answer; (all passed, how the first failure happened)."""
    for cell in between + tests:
        outcome: Outcome = live.run(cell.source, timeout=timeout)
        if not outcome.ok:
            where = "a test cell" if cell in tests else "a cell between the answer and its tests"
            return False, f"{outcome.ename} in {where}"
    return True, "survived"


def analyse_exercise(module: _Module, exercise: str, equivalent: dict[str, str],
                     on_result: Callable[[Result], None] | None = None) -> ExerciseReport:
    live = module.live
    answers, tests = live.cells_of(exercise)
    if len(answers) != 1 or not tests:
        raise MutationError(f"{exercise}: expected one answer cell and at least one test cell")
    answer, between = answers[0], live.between(exercise)
    report = ExerciseReport(exercise, equivalent=dict(equivalent))
    started = time.perf_counter()

    def restore() -> bool:
        if not live.alive():
            return False
        if not live.run(answer.source, timeout=60).ok:
            return False
        return _run_cells(live, between, [], timeout=600)[0]

    def baseline() -> float:
        begin = time.perf_counter()
        if not live.run(answer.source).ok or not _run_cells(live, between, tests, timeout=600)[0]:
            raise MutationError(f"{exercise}: the reference answer fails its own tests in the live kernel")
        return time.perf_counter() - begin

    seconds = baseline()
    timeout = max(30.0, 5 * seconds)
    careful = seconds < 3  # cheap enough to check after every killed mutant that shared state is intact
    original = _normalised(answer.source)

    def judge(code: str) -> tuple[bool, str]:
        own = live.run(code, timeout=timeout)
        if not own.ok:
            return True, f"its own cell raised {own.ename}"
        passed, how = _run_cells(live, between, tests, timeout)
        return not passed, how

    made = operators.make(answer.source)
    for mutant in made:
        killed, how = judge(mutant.code)
        _record(report, Result(mutant.id, mutant.operator, mutant.line, mutant.before, killed, how,
                               _changed_lines(original, mutant.code)), on_result)
        if not restore() or (killed and careful and not _run_cells(live, [], tests, timeout)[0]):
            module.rebuild()
    names = operators.function_names(answer.source)
    if names:
        killed, how = _hard_coded(live, answer.source, names, between, tests, timeout)
        _record(report, Result(HARD_CODED, "hard-coded", 0, "", killed, how,
                               "returns the reference's results for the visible tests' inputs only"), on_result)
        if not restore():
            module.rebuild()
    try:
        baseline()
    except MutationError:
        module.rebuild()  # shared state was broken by a mutant: the next exercise starts clean
    report.seconds = time.perf_counter() - started
    return report


def _hard_coded(live: LiveNotebook, source: str, names: list[str], between: list, tests: list,
                timeout: float) -> tuple[bool, str]:
    wrap = "".join(f"{name} = __mutation_record({name!r}, {name})\n" for name in names)
    if not live.run(_RECORD + wrap).ok:
        return True, "could not be prepared"
    for cell in between:
        live.run(cell.source, timeout=timeout)
    for cell in tests:
        live.run(_visible_part(cell.source), timeout=timeout)
    swap = "".join(f"{name} = __mutation_lookup({name!r})\n" for name in names)
    if not live.run(_LOOKUP + swap).ok:
        return True, "could not be prepared"
    passed, how = _run_cells(live, between, tests, timeout)
    return not passed, how


def _normalised(source: str) -> str:
    import ast

    return ast.unparse(ast.parse(source))


def _record(report: ExerciseReport, result: Result, on_result) -> None:
    report.results.append(result)
    if on_result:
        on_result(result)


def analyse_module(module_id: str, exercises: list[str] | None = None,
                   on_result: Callable[[Result], None] | None = None) -> list[ExerciseReport]:
    """Mutation analysis of a module's exercises (all, or those named), in notebook order."""
    from course import notebooks

    known = [m.id for m in syllabus.modules()]
    if module_id not in known:
        raise MutationError(f"unknown module {module_id!r}; known: {', '.join(known)}")
    path = paths.solutions_dir() / syllabus.get(module_id).notebook
    if not path.is_file():
        raise MutationError(f"{module_id} has no solution notebook yet ({path})")
    all_exercises = notebooks.exercises(notebooks.read(path))
    chosen = exercises or all_exercises
    unknown = [e for e in chosen if e not in all_exercises]
    if unknown:
        raise MutationError(f"{', '.join(unknown)}: not an exercise of {module_id}; known: {', '.join(all_exercises)}")
    listed = load_equivalents(module_id)
    stray = sorted(set(listed) - set(all_exercises))
    if stray:
        raise MutationError(f"{equivalents_file(module_id)} names exercises the notebook lacks: {', '.join(stray)}")
    module = _Module(module_id)
    try:
        return [analyse_exercise(module, e, listed.get(e, {}), on_result) for e in chosen]
    finally:
        module.close()


# ----------------------------------------------------------------------------------- reporting

def format_report(reports: list[ExerciseReport], show_survivors: bool = True) -> str:
    width = max([len("exercise")] + [len(r.exercise) for r in reports])
    lines = [f"{'exercise':<{width}}  made  killed  equiv  survived   score"]
    for r in reports:
        mark = "ok" if r.ok else "BELOW TARGET" if r.score < TARGET else "CHECK LIST"
        lines.append(f"{r.exercise:<{width}}  {r.made:>4}  {r.killed:>6}  {len(r.equivalent_survivors):>5}  "
                     f"{len(r.survivors):>8}  {r.score:>6.1%}  {mark}")
        if show_survivors:
            for s in r.survivors:
                lines.append(f"    survived: {s.mutant}")
                lines.extend(f"        {line}" for line in s.change.splitlines())
            if r.unexplained:
                lines.append(f"    killed by a bare error in a test cell, not an assertion: {len(r.unexplained)} "
                             f"({', '.join(sorted({u.how.split(' ')[0] for u in r.unexplained}))})")
            for m in r.stale:
                lines.append(f"    listed as equivalent but no longer made: {m}")
            for m in r.wrongly_listed:
                lines.append(f"    listed as equivalent but killed by the tests: {m}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course.authoring.mutation", description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="module ids (default: every module with a solution notebook)")
    parser.add_argument("--exercise", action="append", default=[], help="only this exercise id (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the reports as JSON to this file")
    parser.add_argument("--quiet", action="store_true", help="no line per mutant while running")
    args = parser.parse_args(argv)
    from course.release import releasable

    modules = args.modules or releasable()
    if args.json is not None and not args.json.parent.is_dir():
        print(f"error: {args.json.parent} is not a folder; give --json a file in an existing folder", file=sys.stderr)
        return 2
    unmatched = [e for e in args.exercise if not any(e.startswith(m + "-") for m in modules)]
    if unmatched:
        print(f"error: {', '.join(unmatched)} belongs to none of the modules given ({', '.join(modules)}): "
              "name its module too, or leave the modules out", file=sys.stderr)
        return 2
    everything: dict[str, list[dict]] = {}
    all_ok = True
    try:
        for module_id in modules:
            exercises = [e for e in args.exercise if e.startswith(module_id + "-")] or None
            if args.exercise and not exercises:
                continue

            def progress(result: Result) -> None:
                if not args.quiet:
                    print(f"  {'killed  ' if result.killed else 'SURVIVED'} {result.mutant}  ({result.how})", flush=True)

            print(f"{module_id}:", flush=True)
            reports = analyse_module(module_id, exercises, progress)
            print(format_report(reports), flush=True)
            if exercises is None:
                write_record(module_id, reports)
            everything[module_id] = [r.summary() for r in reports]
            all_ok &= all(r.ok for r in reports)
    except MutationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.json is not None:
        args.json.write_text(json.dumps(everything, indent=1) + "\n", encoding="utf-8")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
