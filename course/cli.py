"""The `course` command. Thin: it parses flags and calls course.grading, course.release, course.data,
course.syllabus and course.doctor, which hold the logic.

Exit codes: 0 the command ran (for `check`, whatever the score); 1 the command ran and found problems
(`doctor`, `data verify`) or nbgrader itself failed; 2 bad input, with a one-line reason.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import warnings
from pathlib import Path

BAD_INPUT = 2


class BadInput(Exception):
    """Exit 2 with this one-line message."""


def _points(value: float) -> str:
    return f"{value:g}"


def format_report(report) -> str:
    """A table per exercise, ending with the line `score: X / Y`."""
    width = max([len("exercise")] + [len(r.grade_id) for r in report.results])
    lines = [f"{report.module_id}: {report.notebook}", "", f"{'exercise':<{width}}  points   status"]
    for r in report.results:
        status = r.status if r.status in ("passed", "not attempted") or not r.message else f"{r.status}: {r.message}"
        lines.append(f"{r.grade_id:<{width}}  {_points(r.points):>2} / {_points(r.max_points):<3} {status}")
    lines += ["", f"score: {_points(report.score)} / {_points(report.max_score)}"]
    return "\n".join(lines)


@contextlib.contextmanager
def quiet_stderr(enabled: bool):
    """Hide the kernel's and libraries' chatter on stderr (file-descriptor level, so child processes
    are quiet too); replay it if grading fails, so nothing needed for a bug report is lost."""
    if not enabled:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                yield
        except BaseException:
            os.dup2(saved, 2)
            sink.seek(0)
            sys.stderr.write(sink.read().decode(errors="replace"))
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def cmd_modules(args) -> int:
    from course import syllabus

    if args.markdown:
        print(syllabus.course_map())
        return 0
    for m in syllabus.modules():
        print(f"{m.id:<32} {m.status:<8} {m.minutes:>4} min {m.points:>4} pts  {m.title}")
    return 0


def cmd_check(args) -> int:
    from course import grading, notebooks

    path = Path(args.notebook)
    if path.suffix != ".ipynb":
        raise BadInput(f"{path}: not a notebook (expected a .ipynb file)")
    try:
        with quiet_stderr(not args.verbose):
            report = grading.grade(path)
    except notebooks.BadNotebook as error:
        raise BadInput(str(error)) from None
    except grading.GradingError as error:
        print(f"course check: {error}", file=sys.stderr)
        return 1
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_report(report))
    return 0


def cmd_release(args) -> int:
    from course import release

    try:
        with quiet_stderr(True):
            written = release.release(args.modules or None)
    except release.UnknownModule as error:
        raise BadInput(str(error)) from None
    except release.NbgraderFailed as error:
        print(f"course release: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"released {path}")
    return 0


def cmd_doctor(args) -> int:
    from course import doctor

    findings = doctor.diagnose()
    for f in findings:
        print(f"{'ok ' if f.ok else 'FIX'}  {f.what}" + ("" if f.ok else f"\n     -> {f.fix}"))
    bad = sum(not f.ok for f in findings)
    print(f"\n{len(findings) - bad} ok, {bad} to fix")
    return 0 if bad == 0 else 1


def cmd_data(args) -> int:
    from course import data

    if args.action == "list":
        for name in data.names():
            print(name)
        return 0
    problems = data.verify()
    for problem in problems:
        print(problem)
    entries = data.read_registry()
    print(f"{len(entries)} files checked, {len(problems)} problems")
    return 0 if not problems else 1


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="course", description="The ML Engineering course's tools.")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("modules", help="list the course's modules")
    p.add_argument("--markdown", action="store_true", help="print the README's course map table")
    p.set_defaults(run=cmd_modules)

    p = sub.add_parser("check", help="grade your notebook locally, exactly as the instructor would")
    p.add_argument("notebook", help="path to your .ipynb (from assignments/)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--verbose", action="store_true", help="show nbgrader's and the kernel's messages")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("release", help="regenerate assignments/ from solutions/ with nbgrader")
    p.add_argument("modules", nargs="*", help="module ids (default: every module with a source notebook)")
    p.set_defaults(run=cmd_release)

    p = sub.add_parser("doctor", help="check the environment and say what to fix")
    p.set_defaults(run=cmd_doctor)

    p = sub.add_parser("data", help="list or verify the course's data files")
    p.add_argument("action", choices=["verify", "list"])
    p.set_defaults(run=cmd_data)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except BadInput as error:
        print(f"course {args.command}: {error}", file=sys.stderr)
        return BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
