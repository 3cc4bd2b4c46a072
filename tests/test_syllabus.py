"""course.syllabus: the one list of modules that the CLI, the README and the tests read."""

from __future__ import annotations

import pytest

from course import syllabus
from course.paths import assignments_dir, solutions_dir

DESIGN_IDS = [
    "00-orientation", "01-data-gathering-sql", "02-data-cleaning", "03-exploration-visualization",
    "04-math-for-ml", "05-algorithm-selection", "06-training-evaluation", "07-tuning-experiments",
    "08-unsupervised", "09-deep-learning-cnn", "10-sequences-generative", "11-reinforcement-learning",
    "12-ml-software-engineering", "13-deployment", "14-monitoring", "15-communication", "16-capstone",
]


def test_all_seventeen_modules_in_lifecycle_order():
    """Does the syllabus list the 17 modules of the design, in order, numbered 00 to 16?"""
    assert [m.id for m in syllabus.modules()] == DESIGN_IDS
    assert [m.number for m in syllabus.modules()] == [f"{i:02d}" for i in range(17)]


def test_every_module_is_fully_described():
    """Does each module state objectives, a sensible time and points?"""
    for m in syllabus.modules():
        assert m.title and m.responsibility and len(m.objectives) >= 2, m.id
        assert 30 <= m.minutes <= 240 and m.points > 0, m.id


@pytest.mark.parametrize("module", syllabus.modules(), ids=lambda m: m.id)
def test_status_matches_the_notebooks_on_disk(module):
    """Is a module 'ready' exactly when its source and student notebooks exist?"""
    on_disk = (solutions_dir() / module.notebook).is_file() and (assignments_dir() / module.notebook).is_file()
    assert (module.status == "ready") == on_disk, (
        f"{module.id} is '{module.status}' in course/syllabus.toml but its notebooks "
        f"{'exist' if on_disk else 'do not exist'}"
    )


def test_bad_entries_are_rejected_with_the_module_and_field():
    """Does a syllabus entry with a missing field or a bad status fail loudly?"""
    with pytest.raises(ValueError, match="module 99-x lacks"):
        syllabus.parse('[[module]]\nid = "99-x"\ntitle = "X"\n')
    entry = ('[[module]]\nid = "99-x"\ntitle = "X"\nresponsibility = "r"\nobjectives = ["a"]\n'
             'minutes = 30\npoints = 1\nstatus = "someday"\n')
    with pytest.raises(ValueError, match="status 'someday'"):
        syllabus.parse(entry)
