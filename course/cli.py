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
        status = (
            r.status
            if r.status in ("passed", "not attempted") or not r.message
            else f"{r.status}: {r.message}"
        )
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


def cmd_generate(args) -> int:
    from course import release

    try:
        with quiet_stderr(True):
            written = release.release(args.modules or None)
    except release.UnknownModule as error:
        raise BadInput(str(error)) from None
    except release.NbgraderFailed as error:
        print(f"course generate: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"generated {path}")
    return 0


def class_folder(args) -> tuple[Path, str]:
    """The class folder (nbgrader's course directory) and its gradebook URL, from --root/--gradebook."""
    from course.paths import course_root
    from course.settings import class_gradebook_url

    root = Path(args.root).resolve() if args.root else course_root()
    if not root.is_dir():
        raise BadInput(f"{root}: no such class folder (--root)")
    return root, args.gradebook or class_gradebook_url(root)


def instructor_verb(run):
    """Map the instructor modules' errors to exit codes: bad input 2, nbgrader's own failure 1."""
    from course import classgrade, exchange, export, intake, release

    bad_input = (release.UnknownModule, exchange.ExchangeUnavailable, intake.BadSource, intake.BadPattern)
    bad_input += (export.ExportError, classgrade.ClassGradingError)

    def wrapped(args) -> int:
        try:
            text = run(args, *class_folder(args))
            if text:
                print(text)
        except bad_input as error:
            raise BadInput(str(error)) from None
        except release.NbgraderFailed as error:
            print(f"course {args.command}: {error}", file=sys.stderr)
            return 1
        return 0

    return wrapped


def cmd_release(args, root, db_url) -> str:
    from course import exchange

    with quiet_stderr(not args.verbose):
        return exchange.release_assignment(args.module, root=root, db_url=db_url).to_text()


def cmd_collect(args, root, db_url) -> str:
    from course import exchange

    with quiet_stderr(not args.verbose):
        return exchange.collect(args.module, root=root, db_url=db_url).to_text()


def cmd_import(args, root, db_url) -> str:
    from course import intake

    return intake.import_submissions(
        args.module, Path(args.source), root=root, pattern=args.pattern
    ).to_text()


def cmd_grade(args, root, db_url) -> str:
    from course import classgrade
    from course.sandbox import Limits

    limits = Limits(cell_timeout=args.cell_timeout, total_seconds=args.budget)
    report = classgrade.grade_class(
        args.module,
        root=root,
        db_url=db_url,
        workers=args.workers,
        force=args.force,
        limits=limits,
        progress=True,
    )
    return report.to_text()


def cmd_feedback(args, root, db_url) -> str:
    from course import feedback

    with quiet_stderr(not args.verbose):
        return feedback.generate_feedback(
            args.module, root=root, db_url=db_url, learners=args.learners or None
        ).to_text()


def cmd_export(args, root, db_url) -> str:
    from course import export

    rows = export.export_grades(root=root, db_url=db_url, assignment_id=args.module)
    if args.output:
        export.write(rows, Path(args.output), format=args.format)
        return f"wrote {len(rows)} rows to {args.output}"
    export.write(rows, sys.stdout, format=args.format)
    return ""


def cmd_report(args, root, db_url) -> str:
    from course import report

    result = report.class_report(
        args.module, root=root, db_url=db_url, out_dir=Path(args.out_dir) if args.out_dir else None
    )
    return (result.to_markdown() if args.markdown else result.to_text()) + f"\n\nplot: {result.plot}"


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
    from course.sandbox import Limits

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

    p = sub.add_parser("generate", help="regenerate assignments/ from solutions/ with nbgrader (maintainers)")
    p.add_argument("modules", nargs="*", help="module ids (default: every module with a source notebook)")
    p.set_defaults(run=cmd_generate)

    def instructor(name: str, help: str, run) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument(
            "module", nargs="?" if name == "export" else None, help="module id, e.g. 00-orientation"
        )
        p.add_argument("--root", help="the class folder (nbgrader's course directory; default: this course)")
        p.add_argument(
            "--gradebook", help="gradebook URL (default: COURSE_GRADEBOOK_URL, else ROOT/gradebook.db)"
        )
        p.add_argument("--verbose", action="store_true", help="show nbgrader's own messages")
        p.set_defaults(run=instructor_verb(run))
        return p

    instructor("release", "publish a module to learners through nbgrader's exchange", cmd_release)
    instructor("collect", "collect learners' submissions from the exchange into submitted/", cmd_collect)
    p = instructor(
        "import", "place submissions downloaded from an LMS (folder or .zip) into submitted/", cmd_import
    )
    p.add_argument(
        "source", help="folder or .zip with one notebook per learner, the learner id in the file name"
    )
    p.add_argument(
        "--pattern", help="regex with a named group 'learner' for file names (default: up to the first _)"
    )
    p = instructor("grade", "autograde every submission of a module, in parallel and sandboxed", cmd_grade)
    p.add_argument("--workers", type=int, help="submissions graded at once (default: the machine's cores)")
    p.add_argument("--force", action="store_true", help="regrade learners already graded")
    p.add_argument(
        "--cell-timeout", type=int, default=Limits.cell_timeout, help="seconds per cell (default %(default)s)"
    )
    p.add_argument(
        "--budget", type=int, default=Limits.total_seconds, help="seconds per notebook (default %(default)s)"
    )
    p = instructor("feedback", "feedback HTML per learner, hidden tests never shown", cmd_feedback)
    p.add_argument("learners", nargs="*", help="only these learners (default: all graded)")
    p = instructor("export", "grades per learner and exercise (all modules, or one)", cmd_export)
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--output", "-o", help="file to write (default: standard output)")
    p = instructor(
        "report", "per-exercise score distributions (PNG and table) and who needs a human", cmd_report
    )
    p.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    p.add_argument("--out-dir", help="where the PNG goes (default: ROOT/reports/ID)")

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
