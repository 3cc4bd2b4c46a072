"""course.feedback: nbgrader's feedback pages, showing the visible tests and never the hidden ones."""

from __future__ import annotations

import hashlib
import re
import shutil
import warnings
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_output

from course import feedback, gradebook
from course.paths import assignments_dir, solutions_dir
from course.release import run_step
from course.settings import config_for
from tests.support import build as b

pytestmark = pytest.mark.slow

ID = "00-orientation"
HIDDEN_BLOCK = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.DOTALL)

# Answers that pass every visible test of their exercise and fail a hidden one. The first two are the
# wrong variants of tests/variants/00-orientation.py; the last two fail with a non-assertion error
# raised in the learner's code when a hidden test calls it.
PASSES_VISIBLE_ONLY = {
    f"{ID}-ex1-accuracy": """def accuracy(y_true, y_pred):
    pairs = list(zip(y_true, y_pred))
    if not pairs:
        raise ValueError("no predictions")
    return sum(1 for t, p in pairs if t == p) / len(pairs)
""",
    f"{ID}-ex3-standardize": """def standardize(values):
    x = np.asarray(values, dtype=float)
    x -= np.nanmean(x)
    x /= np.nanstd(x)
    return x
""",
    f"{ID}-ex4-pairwise-distances": """def pairwise_distances(a, b):
    differences = a[:, np.newaxis, :] - b[np.newaxis, :, :]
    return np.sqrt((differences ** 2).sum(axis=-1))
""",
    f"{ID}-ex5-mean-by-species": """def mean_by_species(df, column, sex):
    chosen = df.loc[df["sex"] == sex, ["species", "body_mass_g"]]
    return chosen.groupby("species")[column].mean()
""",
}
HIDDEN_FAILURES = [
    "AssertionError: accuracy should raise ValueError on sequences of different lengths (y_true longer), but it returned 1.0",
    "AssertionError: standardize changed its argument 1 in place on a missing value first: work on a copy",
    "AssertionError: pairwise_distances raised TypeError on the task's example given as nested lists of integers: "
    "list indices must be integers or slices, not tuple",
    "AssertionError: mean_by_species raised KeyError on penguins, flipper length of males: 'Column not found: flipper_length_mm'",
]


def grade_id(cell) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id", "")


def text_of(html: str) -> str:
    """What a reader sees: the page's text, without tags (the code is split into highlighting spans)."""
    parser = HTMLParser()
    parts: list[str] = []
    parser.handle_data = parts.append
    parser.feed(html)
    return "".join(parts)


def submissions() -> dict[str, nbformat.NotebookNode]:
    correct = nbformat.read(solutions_dir() / ID / f"{ID}.ipynb", as_version=4)
    hidden_only = nbformat.read(solutions_dir() / ID / f"{ID}.ipynb", as_version=4)
    for cell in hidden_only.cells:
        cell.source = PASSES_VISIBLE_ONLY.get(grade_id(cell), cell.source)
    untouched = nbformat.read(assignments_dir() / ID / f"{ID}.ipynb", as_version=4)
    return {"correct": correct, "hidden-only": hidden_only, "untouched": untouched}


class GradedClass:
    """A throwaway class folder: module 00 autograded for three learners, one more submitted only."""

    def __init__(self, root: Path):
        from nbgrader.apps import NbGraderAPI
        from nbgrader.converters import GenerateFeedback

        self.root = root
        self.db_url = f"sqlite:///{root / 'gradebook.db'}"  # explicit: COURSE_GRADEBOOK_URL must not matter
        shutil.copytree(solutions_dir() / ID, root / "solutions" / ID)
        gradebook.seed(root / "gradebook.db")
        api = NbGraderAPI(config=config_for(root))
        run_step(api.generate_assignment(ID, force=True), "generate_assignment")
        self.submitted = submissions()
        for learner, nb in {**self.submitted, "late": self.submitted["untouched"]}.items():
            b.write(nb, root / "submitted" / learner / ID / f"{ID}.ipynb")
        for learner in self.submitted:
            run_step(api.autograde(ID, learner, force=True), f"autograde {learner}")
        self.digests = self.autograded_digests()

        self.report = feedback.generate_feedback(ID, root=root, db_url=self.db_url)

        plain = config_for(root)  # nbgrader's own preprocessors, even once the course config adds ours
        plain.GenerateFeedback.preprocessors = GenerateFeedback.preprocessors.default()
        plain.CourseDirectory.feedback_directory = "plain-feedback"
        run_step(NbGraderAPI(config=plain).generate_feedback(ID), "plain generate_feedback")

    def autograded_digests(self) -> dict[str, str]:
        folder = self.root / "autograded"
        return {
            p.parent.parent.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob(f"*/{ID}/*")
        }

    def page(self, learner: str, folder: str = "feedback") -> str:
        return (self.root / folder / learner / ID / f"{ID}.html").read_text(encoding="utf-8")

    def score(self, learner: str) -> tuple[float, float]:
        from nbgrader.api import Gradebook

        with Gradebook(self.db_url) as gb:
            submission = gb.find_submission(ID, learner)
            return submission.score, submission.max_score


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> GradedClass:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's SQLAlchemy session warnings while autograding
        return GradedClass(tmp_path_factory.mktemp("class"))


def secret_lines(learner_nb) -> list[str]:
    """Every non-blank hidden line of every test cell of the source notebook, except those a learner
    sees anyway (in the released notebook or in their own answers, like `)`)."""
    source = nbformat.read(solutions_dir() / ID / f"{ID}.ipynb", as_version=4)
    released = nbformat.read(assignments_dir() / ID / f"{ID}.ipynb", as_version=4)
    answers = [c for c in learner_nb.cells if c.metadata.get("nbgrader", {}).get("solution")]
    public = "\n".join(c.source for c in released.cells + answers)
    hidden = [
        line.strip()
        for cell in source.cells
        if cell.metadata.get("nbgrader", {}).get("grade")
        for block in HIDDEN_BLOCK.findall(cell.source)
        for line in block.splitlines()
        if line.strip()
    ]
    return [line for line in hidden if line not in public]


def test_report_names_who_got_feedback_and_who_was_skipped(graded):
    """Does the report list the graded learners as written and a submitted-but-ungraded one as skipped?"""
    report = graded.report
    assert sorted(report.written) == ["correct", "hidden-only", "untouched"]
    assert list(report.skipped) == ["late"]
    assert (
        "no autograded notebook" in report.skipped["late"]
        and "grade this learner first" in report.skipped["late"]
    )
    assert all(path.is_file() for path in report.written.values())
    assert "skipped late: no autograded notebook" in report.to_text()


@pytest.mark.parametrize("learner", ["correct", "hidden-only", "untouched"])
def test_page_shows_visible_tests_own_code_and_score(graded, learner):
    """Does each page show every visible test line, the learner's own answers and their final score?"""
    text = text_of(graded.page(learner))
    released = nbformat.read(assignments_dir() / ID / f"{ID}.ipynb", as_version=4)
    visible = [c for c in released.cells if c.metadata.get("nbgrader", {}).get("grade")]
    assert len(visible) == 6
    lines = {line.strip() for line in text.splitlines()}
    missing = [line.strip() for c in visible for line in c.source.splitlines() if line.strip() not in lines]
    assert not missing, f"visible test lines missing from the feedback: {missing[:3]}"
    answers = [c for c in graded.submitted[learner].cells if c.metadata.get("nbgrader", {}).get("solution")]
    assert all(line.strip() in lines for c in answers for line in c.source.splitlines())
    score, max_score = graded.score(learner)
    assert max_score == 20 and f"(Score: {round(score, 2)} / {round(max_score, 2)})" in text
    assert feedback.PLACEHOLDER in lines


@pytest.mark.parametrize("learner", ["correct", "hidden-only", "untouched"])
def test_page_never_shows_a_hidden_line(graded, learner):
    """Is no hidden line of any test cell, nor a marker, anywhere in the page, in code or in tracebacks?"""
    page = graded.page(learner)
    secrets = secret_lines(graded.submitted[learner])
    assert len(secrets) > 100, "the check must cover the hidden tests, not an empty list"
    text = text_of(page)
    assert [line for line in secrets if line in text] == []
    assert "HIDDEN TESTS" not in page and "HIDDEN TESTS" not in text


def test_plain_nbgrader_would_leak_the_same_hidden_lines(graded):
    """Does nbgrader's own feedback, on the same data, show the hidden tests (so the check above matters)?"""
    for learner in ["correct", "hidden-only", "untouched"]:
        page = graded.page(learner, folder="plain-feedback")
        text = text_of(page)
        assert "BEGIN HIDDEN TESTS" in text
        secrets = secret_lines(graded.submitted[learner])
        assert [line for line in secrets if line not in text] == []
    plain = text_of(graded.page("hidden-only", folder="plain-feedback"))
    assert "---> 95 checks.differs_from_reference(mean_by_species, _reference_mean_by_species" in plain, (
        "the hidden line in a traceback"
    )


def test_hidden_failure_shows_its_message_and_no_traceback(graded):
    """Does a learner failing only hidden tests read each failure's message, with no frame or source line?"""
    text = text_of(graded.page("hidden-only"))
    for message in HIDDEN_FAILURES:
        assert message in text
    assert text.count("Failed in a hidden test") == len(HIDDEN_FAILURES)
    assert "Traceback (most recent call last)" not in text, "every failure was in hidden code"
    assert "Cell In[" not in text and "site-packages" not in text
    score, _ = graded.score("hidden-only")
    assert score == 20 - 2 - 3 - 4 - 4


def test_visible_failure_keeps_the_usual_traceback(graded):
    """Does an untouched notebook still show IPython's traceback of the visible line that failed?"""
    text = text_of(graded.page("untouched"))
    assert text.count("Traceback (most recent call last)") == 6
    # IPython's "Cell In[N], line L" headers are dropped by the scrub since the hidden tests grew (a
    # short hidden line matches them): cosmetic, and on the safe side; the quoted lines stay.
    assert '----> 8     raise NotImplementedError("not attempted yet' in text and "Failed in a hidden test" not in text
    assert "NotImplementedError: not attempted yet: replace this line with your answer" in text


def test_autograded_notebooks_are_left_untouched(graded):
    """Are the autograded notebooks (the instructor's record) byte-identical after feedback?"""
    assert graded.autograded_digests() == graded.digests
    autograded = (graded.root / "autograded" / "hidden-only" / ID / f"{ID}.ipynb").read_text(encoding="utf-8")
    assert "BEGIN HIDDEN TESTS" in autograded


def test_missing_learner_is_reported_not_fatal(graded):
    """Does asking for a learner with no autograded notebook skip them with a reason, and serve the rest?"""
    report = feedback.generate_feedback(
        ID, root=graded.root, db_url=graded.db_url, learners=["ghost", "correct"]
    )
    assert list(report.written) == ["correct"]
    assert report.skipped["ghost"].startswith("no autograded notebook (autograded/ghost/00-orientation/")


def test_bad_requests_raise_clear_errors(graded, tmp_path):
    """Do an unknown module, a learner id that is a path and a missing class folder raise FeedbackError?"""
    with pytest.raises(feedback.FeedbackError, match="no assignment 99-nothing"):
        feedback.generate_feedback("99-nothing", root=graded.root, db_url=graded.db_url)
    with pytest.raises(feedback.FeedbackError, match="not learner ids"):
        feedback.generate_feedback(ID, root=graded.root, db_url=graded.db_url, learners=["../correct"])
    with pytest.raises(feedback.FeedbackError, match="no class folder"):
        feedback.generate_feedback(ID, root=tmp_path / "nowhere")


# --- the preprocessor alone, on notebooks built by hand (no kernel) ---------------------------------------

TESTS = (
    "_r = total([1, 2])\n"  # 1
    "assert _r == 3, 'total([1, 2]) should be 3'\n"  # 2
    "\n"  # 3
    "### BEGIN HIDDEN TESTS\n"  # 4
    "_r = total([1, 2])\n"  # 5: the same text as a visible line; only its number says it is hidden
    "_secret = {'key': 41}\n"  # 6
    "assert total([_secret['key'], 1]) == 42, 'total of two numbers is wrong'\n"  # 7
    "### END HIDDEN TESTS\n"  # 8
)
SECRETS = ["_secret = {'key': 41}", "assert total([_secret['key'], 1]) == 42"]


def frame(count: int, arrow: int, lines: dict[int, str]) -> str:
    """One traceback entry as IPython 9 colours it: a header, then numbered source lines."""
    head = f"\x1b[36mCell\x1b[39m\x1b[36m \x1b[39m\x1b[32mIn[{count}]\x1b[39m\x1b[32m, line {arrow}\x1b[39m"
    body = [
        f"\x1b[32m{'---> ' if n == arrow else '     '}\x1b[39m\x1b[32m{n}\x1b[39m "
        + source.replace("assert", "\x1b[38;5;28;01massert\x1b[39;00m")
        for n, source in lines.items()
    ]
    return "\n".join([head, *body])


def error(ename: str, evalue: str, *frames: str):
    return new_output(
        "error",
        ename=ename,
        evalue=evalue,
        traceback=[
            "\x1b[31m" + "-" * 75 + "\x1b[39m",
            f"\x1b[31m{ename}\x1b[39m                            Traceback (most recent call last)",
            *frames,
            f"\x1b[31m{ename}\x1b[39m: {evalue}",
        ],
    )


def sanitized(*outputs, source: str = TESTS):
    cell = b.tests("99-tiny-ex1-total-test", source)
    cell.outputs, cell.execution_count = list(outputs), 7
    nb = b.notebook(b.answer("99-tiny-ex1-total", "def total(xs):\n    return sum(xs)\n"), cell)
    nb, _ = feedback.HideHiddenTests().preprocess(nb, {})
    return nb.cells[1]


def shown(cell) -> str:
    parts = [cell.source]
    for output in cell.outputs:
        parts += [output.get("text", ""), *output.get("traceback", []), *output.get("data", {}).values()]
    return feedback.ANSI.sub("", "\n".join(map(str, parts)))


def test_hidden_block_becomes_one_comment_line():
    """Is the hidden block replaced by the placeholder, and a passing cell's output kept as it was?"""
    cell = sanitized(new_output("stream", name="stdout", text="visible tests passed\n"))
    assert cell.source == "\n".join(TESTS.splitlines()[:3] + [feedback.PLACEHOLDER, ""])
    assert cell.outputs[0].text == "visible tests passed\n"


def test_cell_without_hidden_tests_is_unchanged():
    """Is a test cell with no hidden block (and its visible failure's traceback) left exactly as it was?"""
    source = "_r = total([1, 2])\nassert _r == 3, 'total([1, 2]) should be 3'\n"
    failure = error(
        "AssertionError", "total([1, 2]) should be 3", frame(7, 2, {1: "_r = total([1, 2])", 2: "x"})
    )
    cell = sanitized(failure, source=source)
    assert cell.source == source
    assert cell.outputs[0].traceback == failure.traceback


def test_hidden_non_assertion_error_shows_name_and_message_only():
    """Does a KeyError raised on a hidden line show only `KeyError: 'key'`, no frame, no source line?"""
    hidden_frame = frame(7, 7, {n: TESTS.splitlines()[n - 1] for n in range(3, 9)})
    cell = sanitized(error("KeyError", "'key'", hidden_frame, frame(3, 2, {2: "return sum(xs)"})))
    (output,) = cell.outputs
    assert feedback.ANSI.sub("", "\n".join(output.traceback)).splitlines() == [
        "Failed in a hidden test (its code is not shown):",
        "KeyError: 'key'",
    ]
    assert not any(secret in shown(cell) for secret in SECRETS)


def test_visible_failure_drops_the_hidden_lines_its_colored_context_quotes():
    """Does a visible failure keep its traceback but lose the ANSI-coloured hidden lines IPython quotes?"""
    context = {n: TESTS.splitlines()[n - 1] for n in range(1, 9)}
    cell = sanitized(error("AssertionError", "total([1, 2]) should be 3", frame(7, 2, context)))
    text = shown(cell)
    assert "---> 2 assert _r == 3, 'total([1, 2]) should be 3'" in text
    assert "1 _r = total([1, 2])" in text and "Traceback (most recent call last)" in text
    assert not re.search(r"^\s*[4-8] ", text, re.MULTILINE), "a source line numbered inside the hidden block"
    assert not any(secret in text for secret in SECRETS) and "HIDDEN TESTS" not in text


def test_unreadable_traceback_fails_closed():
    """Is a traceback with no frame we can place (another format, truncated) reduced to the message?"""
    odd = new_output("error", ename="AssertionError", evalue="boom", traceback=[f"  {SECRETS[1]}", "boom"])
    (output,) = sanitized(odd).outputs
    assert feedback.ANSI.sub("", "\n".join(output.traceback)).endswith("AssertionError: boom")
    assert SECRETS[1] not in "\n".join(output.traceback)


def test_odd_learner_outputs_are_kept_but_never_quote_hidden_lines():
    """Is a huge output kept, a learner's print of the hidden source removed, and a hidden result dropped?"""
    huge = "x" * 2_000_000
    printed_source = new_output("stream", name="stdout", text=f"{huge}\n{TESTS}done\n")
    long_message = error("AssertionError", "y" * 100_000, frame(7, 2, {2: "assert _r == 3"}))
    cell = sanitized(printed_source, long_message)
    assert cell.outputs[0].text.startswith(huge) and cell.outputs[0].text.endswith("done\n")
    assert cell.outputs[1].evalue == "y" * 100_000
    assert not any(secret in shown(cell) for secret in SECRETS)

    ends_hidden = TESTS.replace("### END", "_secret\n### END")
    value = new_output("execute_result", data={"text/plain": "{'key': 41}"}, execution_count=7)
    assert sanitized(value, source=ends_hidden).outputs == []


def test_unclosed_hidden_block_hides_to_the_end_of_the_cell():
    """Does a BEGIN marker without its END hide everything after it, rather than show it?"""
    source = TESTS.replace("### END HIDDEN TESTS\n", "")
    cell = sanitized(source=source)
    assert cell.source.splitlines()[-1] == feedback.PLACEHOLDER
    assert not any(secret in cell.source for secret in SECRETS)
