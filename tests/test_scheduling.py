"""The xdist scheduler's grouping: one work unit per file and module, so modules spread over workers."""

import pytest

from tests.support.scheduling import scope_of


@pytest.mark.parametrize(
    "nodeid, scope",
    [
        ("tests/test_roundtrip.py::test_solution_scores_full_marks[02-data-cleaning]",
         "tests/test_roundtrip.py::02-data-cleaning"),
        ("tests/test_grader_validity.py::test_graders_pass_right_answers_and_catch_mistakes[04-math-for-ml-ex3]",
         "tests/test_grader_validity.py::04-math-for-ml"),
        ("tests/test_grader_validity.py::test_graders_pass_right_answers_and_catch_mistakes[01-data-gathering-sql-ex12]",
         "tests/test_grader_validity.py::01-data-gathering-sql"),
        ("solutions/00-orientation/00-orientation.ipynb::Cell 4", "solutions/00-orientation/00-orientation.ipynb"),
        ("tests/test_data.py::test_unknown_name_lists_known_ones", "tests/test_data.py"),
        ("tests/test_cli.py::test_bad_input[empty]", "tests/test_cli.py"),
    ],
)
def test_tests_of_one_module_and_file_share_a_scope(nodeid, scope):
    """Is each test grouped with its module's tests in the same file, and everything else by file?"""
    assert scope_of(nodeid) == scope


def test_modules_of_one_file_get_different_scopes():
    """Do two modules' round trips land in different work units, so two workers can share them?"""
    first = scope_of("tests/test_roundtrip.py::test_solution_scores_full_marks[00-orientation]")
    second = scope_of("tests/test_roundtrip.py::test_solution_scores_full_marks[01-data-gathering-sql]")
    assert first != second
