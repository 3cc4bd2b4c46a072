"""The grader-validity harness itself: does it notice a grader that passes a mistake?"""

from __future__ import annotations

import pytest

from tests.support import build as b
from tests.support import variants
from tests.support.live import LiveNotebook, Outcome
from tests.test_grader_validity import _judge

GOOD = Outcome(True)
ASSERTION = Outcome(False, "AssertionError", "double(2) should be 4")


def variant(kind: str) -> variants.Variant:
    return variants.Variant("99-x-ex1", kind, "why", "def f(): pass\n", 1)


def test_parse_reads_blocks_with_exercise_kind_and_reason():
    """Does the parser split blocks on headers and keep each block's code?"""
    text = "# %% 99-x-ex1 correct: uses a loop\ndef f():\n    return 1\n\n# %% 99-x-ex1 wrong: off by one\ndef f():\n    return 2\n"
    first, second = variants.parse(text)
    assert (first.exercise, first.kind, first.why, first.line) == ("99-x-ex1", "correct", "uses a loop", 1)
    assert second.kind == "wrong" and second.code == "def f():\n    return 2\n"


@pytest.mark.parametrize(
    "text, message",
    [
        ("# %% 99-x-ex1 right: typo in kind\nx = 1\n", "bad header"),
        ("x = 1\n# %% 99-x-ex1 wrong: w\nx = 2\n", "code before the first"),
        ("# %% 99-x-ex1 wrong: empty\n\n", "has no code"),
    ],
)
def test_parse_rejects_malformed_files_with_the_line(text, message):
    """Is a malformed variants file an error naming the line, rather than silently fewer variants?"""
    with pytest.raises(ValueError, match=message):
        variants.parse(text, "v.py")


def test_judge_accepts_right_verdicts():
    """Is a correct answer that passes, and a wrong one caught by an assertion, judged fine?"""
    assert _judge(variant("correct"), GOOD, [GOOD]) is None
    assert _judge(variant("wrong"), GOOD, [GOOD, ASSERTION]) is None


@pytest.mark.parametrize(
    "kind, own, results, complaint",
    [
        ("wrong", GOOD, [GOOD], "graders miss this mistake"),
        ("correct", GOOD, [ASSERTION], "a correct answer fails"),
        ("wrong", GOOD, [Outcome(False, "NameError", "name 'x' is not defined")], "instead of an assertion message"),
        ("wrong", GOOD, [Outcome(False, "AssertionError", "")], "instead of an assertion message"),
        ("wrong", Outcome(False, "SyntaxError", "bad"), [ASSERTION], "own cell raised"),
    ],
)
def test_judge_flags_graders_that_misjudge(kind, own, results, complaint):
    """Does the harness complain when a mistake passes, a right answer fails, or a failure has no message?"""
    assert complaint in _judge(variant(kind), own, results)


def test_judge_flags_a_test_cell_that_writes_to_stderr_for_a_correct_answer():
    """nbgrader scores a test cell with stderr output 0, so a correct answer that makes one warn loses points."""
    noisy = Outcome(True, stderr="RuntimeWarning: All-NaN slice encountered\n")
    assert "writes to stderr" in _judge(variant("correct"), GOOD, [noisy], [noisy])
    assert _judge(variant("correct"), GOOD, [noisy], []) is None, "a cell before the tests is not scored"


@pytest.mark.slow
def test_live_notebook_swaps_an_answer_and_reruns_its_tests(tmp_path):
    """Does a live kernel run the notebook, find an exercise's cells, and judge a swapped answer?"""
    nb = b.notebook(
        b.answer("99-x-ex1-double", "def double(x):\n    return 2 * x\n"),
        b.tests("99-x-ex1-double-test", "assert double(2) == 4, 'double(2) should be 4'"),
    )
    live = LiveNotebook(b.write(nb, tmp_path / "x.ipynb"))
    try:
        assert live.run_all() == []
        assert live.exercises() == ["99-x-ex1"]
        answers, tests = live.cells_of("99-x-ex1")
        assert len(answers) == 1 and len(tests) == 1
        assert live.run("def double(x):\n    return x + 2\n").ok
        assert live.run(tests[0].source).ok, "x + 2 happens to give 4 for 2: this test alone misses the mistake"
        assert live.run("def double(x):\n    return x * 3\n").ok
        assert live.run(tests[0].source).ename == "AssertionError"
        assert live.run("import sys; sys.stderr.write('careful')").stderr == "careful"
    finally:
        live.close()
