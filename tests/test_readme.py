"""The README: the two commands come first and the course map is the syllabus's."""

from __future__ import annotations

import re

from course import syllabus
from course.authoring import mutation
from course.paths import course_root

README = course_root() / "README.md"


def test_course_map_matches_the_syllabus():
    """Is the README's course map exactly what `course modules --markdown` prints now?"""
    current = syllabus.readme_map(README.read_text())
    assert current is not None, "README.md lacks the course-map markers"
    assert current == syllabus.course_map(), "README course map is stale: run `make readme` and commit README.md"


def test_mutation_scores_match_the_records():
    """Is the README's table of mutation scores the one `make readme` makes from tests/mutants/*.json?"""
    current = mutation.readme_scores(README.read_text())
    assert current is not None, "README.md lacks the mutation-scores markers"
    assert current == mutation.scores_table(), "README mutation scores are stale: run `make readme` and commit README.md"


def test_the_two_commands_come_first():
    """Does the README show `make lab` and `make test` before anything else that is code?"""
    first_block = re.search(r"```bash\n(.*?)```", README.read_text(), re.S)[1]
    assert first_block.splitlines()[0].startswith("make lab") and first_block.splitlines()[1].startswith("make test")


def test_ci_runs_exactly_the_readme_test_command():
    """Does .ci/run end with `make test`, run no other test command, and only install system packages
    before it (PostgreSQL, which the gradebook tests start themselves)?"""
    commands = [
        line.strip() for line in (course_root() / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#") and not line.startswith(("set ", "cd "))
    ]
    assert commands[-1] == "make test"
    before = "\n".join(commands[:-1])
    assert "pytest" not in before and "make " not in before, "only set-up may come before `make test`"
