"""Feedback pages for learners, written by nbgrader's own `generate_feedback`, without the hidden tests.

nbgrader puts the whole test cell back into the autograded notebook, so its feedback HTML shows the
hidden tests and the tracebacks that quote them (nbgrader issues #917 and #1363): a leak of what the
hidden tests check, and often of the answer. `HideHiddenTests` is one more preprocessor in
GenerateFeedback's list. It changes only the copy that becomes HTML, never the autograded notebook
(the instructor's record): the hidden block becomes one comment line, a failure raised in hidden code
shows only the exception's name and message, and no output keeps a line of hidden code.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from nbformat.v4 import new_output
from nbgrader.preprocessors import ClearHiddenTests
from traitlets import Unicode
from traitlets.config import Config

from course.release import NbgraderFailed, run_step
from course.settings import class_gradebook_url, config_for

PLACEHOLDER = "# hidden tests: not shown"
HIDDEN_FAILURE = "\x1b[33mFailed in a hidden test (its code is not shown):\x1b[39m"
UNREADABLE = "\x1b[33mTraceback not shown:\x1b[39m"

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
CELL_FRAME = re.compile(r"^\s*Cell In\[(\d+)\], line (\d+)")  # IPython's header of a frame in a cell
CONTEXT_LINE = re.compile(r"^\s*(?:-*>\s*)?(\d+)(?:\s|$)")  # "     22 code" or "---> 26 code"


class FeedbackError(ValueError):
    """Feedback cannot be generated for this module at all; the message says why and what to do."""


# --- what counts as hidden -------------------------------------------------------------------------


def hidden_ranges(source: str, begin: str, end: str) -> list[tuple[int, int]]:
    """1-based, inclusive line ranges of the hidden blocks, markers included, as Python numbers lines.

    A block whose END marker is missing runs to the end of the cell: hiding too much is safe.
    """
    ranges, start = [], None
    lines = source.split("\n")
    for number, line in enumerate(lines, start=1):
        if start is None and begin in line:
            start = number
        elif start is not None and end in line:
            ranges.append((start, number))
            start = None
    if start is not None:
        ranges.append((start, len(lines)))
    return ranges


def _inside(number: int, ranges: list[tuple[int, int]]) -> bool:
    return any(first <= number <= last for first, last in ranges)


def secret_lines(cells, begin: str, end: str) -> frozenset[str]:
    """Hidden lines (stripped) that appear nowhere in the public part of the notebook.

    Lines like `)` also occur in visible code; removing them from outputs would hide nothing.
    """
    hidden, public = set(), set()
    for cell in cells:
        ranges = hidden_ranges(cell.source, begin, end)
        for number, line in enumerate(cell.source.split("\n"), start=1):
            (hidden if _inside(number, ranges) else public).add(line.strip())
    return frozenset(hidden - public - {""})


# --- rewriting one cell ------------------------------------------------------------------------------


def hide_source(source: str, ranges: list[tuple[int, int]], placeholder: str) -> str:
    """The source with each hidden block replaced by the placeholder, indented like its BEGIN marker."""
    lines = source.split("\n")
    kept = []
    for number, line in enumerate(lines, start=1):
        block = next(((first, last) for first, last in ranges if first <= number <= last), None)
        if block is None:
            kept.append(line)
        elif number == block[0]:
            kept.append(line[: len(line) - len(line.lstrip())] + placeholder)
    return "\n".join(kept)


def scrub(text: str, secrets: frozenset[str]) -> str:
    """`text` without the lines that quote hidden code (ANSI colour codes ignored when comparing)."""
    if not secrets:
        return text
    lines = text.split("\n")
    kept = [line for line in lines if not _quotes(ANSI.sub("", line), secrets)]
    return text if len(kept) == len(lines) else "\n".join(kept)


def _quotes(line: str, secrets: frozenset[str]) -> bool:
    return any(secret in line for secret in secrets)


def _cell_frames(traceback: list[str]) -> list[tuple[int, int, int]]:
    """(index in traceback, execution count, line) of each frame that IPython located in a cell."""
    frames = []
    for index, entry in enumerate(traceback):
        match = CELL_FRAME.match(ANSI.sub("", entry))
        if match:
            frames.append((index, int(match[1]), int(match[2])))
    return frames


def _without_hidden_context(entry: str, ranges: list[tuple[int, int]]) -> str:
    """A frame of the test cell without the source lines IPython quotes from its hidden blocks."""
    kept = []
    for line in entry.split("\n"):
        numbered = CONTEXT_LINE.match(ANSI.sub("", line))
        if not (numbered and _inside(int(numbered[1]), ranges)):
            kept.append(line)
    return "\n".join(kept)


def sanitize_error(output, ranges: list[tuple[int, int]], secrets: frozenset[str]):
    """An error output a learner may see.

    Raised in hidden code (or, in a cell with hidden code, a traceback we cannot read: fail closed):
    the exception's name and message only. Otherwise IPython's traceback, minus every hidden line.
    """
    ename, evalue = str(output.get("ename", "Error")), scrub(str(output.get("evalue", "")), secrets)
    traceback = [str(entry) for entry in output.get("traceback", [])]
    frames = _cell_frames(traceback)
    test_cell = frames[0][1] if frames else None  # the executed cell is the outermost frame
    own = {index for index, count, _ in frames if count == test_cell}
    if ranges and (not frames or any(_inside(line, ranges) for index, _, line in frames if index in own)):
        summary = [HIDDEN_FAILURE if frames else UNREADABLE, f"\x1b[31m{ename}\x1b[39m: {evalue}"]
        return new_output("error", ename=ename, evalue=evalue, traceback=summary)
    visible = [
        _without_hidden_context(entry, ranges) if i in own else entry for i, entry in enumerate(traceback)
    ]
    return new_output(
        "error", ename=ename, evalue=evalue, traceback=[scrub(entry, secrets) for entry in visible]
    )


def _last_statement_hidden(source: str, ranges: list[tuple[int, int]]) -> bool:
    """Whether the cell's value (its execute_result) comes from a line of hidden code."""
    lines = source.split("\n")
    for number in range(len(lines), 0, -1):
        stripped = lines[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            return _inside(number, ranges)
    return False


def _scrub_output(output, secrets: frozenset[str]):
    if output.get("output_type") == "stream":
        output["text"] = scrub(str(output.get("text", "")), secrets)
    for mime, value in output.get("data", {}).items():
        if mime.startswith("text/") and isinstance(value, str):
            output["data"][mime] = scrub(value, secrets)
    return output


def visible_outputs(cell, ranges: list[tuple[int, int]], secrets: frozenset[str]) -> list:
    """The outputs of a code cell as the learner may see them (`ranges`: the cell's hidden blocks)."""
    outputs = []
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "error":
            outputs.append(sanitize_error(output, ranges, secrets))
        elif not (kind == "execute_result" and _last_statement_hidden(cell.source, ranges)):
            outputs.append(_scrub_output(output, secrets))
    return outputs


class HideHiddenTests(ClearHiddenTests):
    """GenerateFeedback preprocessor: shows the visible tests and their results, never the hidden ones.

    A subclass of ClearHiddenTests so that it reads the same BEGIN/END markers (and their config).
    """

    placeholder = Unicode(PLACEHOLDER, help="The line shown where a hidden block was").tag(config=True)

    def preprocess(self, nb, resources):
        begin, end = self.begin_test_delimeter, self.end_test_delimeter
        secrets = secret_lines(nb.cells, begin, end)
        for cell in nb.cells:
            ranges = hidden_ranges(cell.source, begin, end)
            if cell.cell_type == "code":
                cell.outputs = visible_outputs(cell, ranges, secrets)
            if ranges:
                cell.source = hide_source(cell.source, ranges, self.placeholder)
        return nb, resources


def configure_feedback(c: Config) -> Config:
    """Add HideHiddenTests to GenerateFeedback's preprocessors: those already configured, else nbgrader's.

    Idempotent, so nbgrader_config.py and generate_feedback() may both apply it.
    """
    from nbgrader.converters import GenerateFeedback

    current = list(c.GenerateFeedback.get("preprocessors", GenerateFeedback.preprocessors.default()))
    if HideHiddenTests not in current:
        c.GenerateFeedback.preprocessors = [*current, HideHiddenTests]
    return c


# --- feedback for a class ------------------------------------------------------------------------------


@dataclass
class FeedbackReport:
    module_id: str
    written: dict[str, Path] = field(default_factory=dict)  # learner -> feedback HTML
    skipped: dict[str, str] = field(default_factory=dict)  # learner -> why no feedback was written

    def to_dict(self) -> dict:
        return {
            "module": self.module_id,
            "written": {learner: str(path) for learner, path in self.written.items()},
            "skipped": dict(self.skipped),
        }

    def to_text(self) -> str:
        lines = [
            f"{self.module_id}: feedback for {len(self.written)} learner(s), {len(self.skipped)} skipped"
        ]
        lines += [f"  wrote   {learner}: {path}" for learner, path in self.written.items()]
        lines += [f"  skipped {learner}: {why}" for learner, why in self.skipped.items()]
        return "\n".join(lines)


def _check_learner_ids(learners: list[str]) -> None:
    bad = [name for name in learners if not name or name in {".", ".."} or "/" in name or "\\" in name]
    if bad:
        raise FeedbackError(
            f"not learner ids: {bad!r}; pass the folder names under submitted/ or autograded/"
        )


def _graded_learners(db_url: str, module_id: str) -> set[str]:
    """Learners with a submission of `module_id` in the gradebook; FeedbackError if it has no such module."""
    from nbgrader.api import Gradebook, MissingEntry

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's SQLAlchemy session warnings: noise, not news
        with Gradebook(db_url) as gb:
            try:
                gb.find_assignment(module_id)
            except MissingEntry:
                raise FeedbackError(
                    f"the gradebook {db_url} has no assignment {module_id}: grade the class first"
                ) from None
            return {submission.student_id for submission in gb.assignment_submissions(module_id)}


def _learners_on_disk(root: Path, module_id: str) -> set[str]:
    return {
        folder.parent.name
        for step in ("submitted", "autograded")
        for folder in (root / step).glob(f"*/{module_id}")
        if folder.is_dir()
    }


def _why_not_ready(root: Path, module_id: str, learner: str, graded: set[str]) -> str:
    """Why `learner` cannot get feedback yet, or "" when they can."""
    notebook = root / "autograded" / learner / module_id / f"{module_id}.ipynb"
    if not notebook.is_file():
        return f"no autograded notebook ({notebook.relative_to(root)}): grade this learner first"
    if learner not in graded:
        return "the gradebook holds no grades for this submission: grade this learner again"
    return ""


def generate_feedback(
    module_id: str, *, root: Path, db_url: str | None = None, learners: list[str] | None = None
) -> FeedbackReport:
    """Write feedback/<learner>/<module>/<module>.html for each learner, hidden tests left out.

    `learners` defaults to everyone who submitted, was autograded or has grades for the module. A
    learner who cannot get feedback (not autograded, or nbgrader fails on their notebook) is reported
    in `skipped` with the reason; the others still get theirs.
    """
    from nbgrader.apps import NbGraderAPI

    root = Path(root).resolve()
    if not root.is_dir():
        raise FeedbackError(
            f"no class folder at {root}: pass the folder that holds submitted/ and autograded/"
        )
    db_url = db_url or class_gradebook_url(root)
    graded = _graded_learners(db_url, module_id)
    chosen = sorted(graded | _learners_on_disk(root, module_id)) if learners is None else list(learners)
    _check_learner_ids(chosen)

    config = configure_feedback(config_for(root, db_url=db_url))
    config.CourseDirectory.notebook_id = module_id  # the module's notebook only, whatever else was handed in
    api = NbGraderAPI(config=config)
    report = FeedbackReport(module_id)
    for learner in chosen:
        reason = _why_not_ready(root, module_id, learner, graded)
        if not reason:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    run_step(
                        api.generate_feedback(module_id, learner, force=True), f"generate_feedback {learner}"
                    )
                except NbgraderFailed as error:
                    reason = str(error)
        page = root / "feedback" / learner / module_id / f"{module_id}.html"
        if not reason and not page.is_file():
            reason = f"nbgrader reported success but wrote no {page.relative_to(root)}"
        if reason:
            report.skipped[learner] = reason
        else:
            report.written[learner] = page
    return report
