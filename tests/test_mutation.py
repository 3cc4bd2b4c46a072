"""Grader strength: the tests of every exercise kill at least 90 % of the automatic mutants of its
reference answer that are not listed as equivalent (with a reason) in tests/mutants/<module>.toml.

Each module's solution notebook runs once in a live kernel (course.authoring.mutation); every mutant
replaces the answer cell, the cells between it and its tests run again, then the tests. A module
whose notebook and equivalents list are unchanged since `make mutation` recorded its scores
(tests/mutants/<module>.json) is checked from that record: the suite reruns only the modules a change
touches.
"""

from __future__ import annotations

import pytest

from course import notebooks, syllabus
from course.authoring import mutation
from course.paths import solutions_dir
from course.release import releasable


def _exercises(module_id: str) -> list[str]:
    return notebooks.exercises(notebooks.read(solutions_dir() / syllabus.get(module_id).notebook))


CASES = [
    pytest.param(module_id, exercise, id=exercise)
    for module_id in releasable()
    for exercise in _exercises(module_id)
]


@pytest.fixture(scope="module")
def live_module():
    opened: dict[str, mutation._Module] = {}

    def open_module(module_id: str) -> mutation._Module:
        if module_id not in opened:
            opened[module_id] = mutation._Module(module_id)
        return opened[module_id]

    yield open_module
    for module in opened.values():
        module.close()


@pytest.mark.slow
@pytest.mark.parametrize("module_id, exercise", CASES)
def test_tests_kill_the_mutants_of_the_reference(module_id, exercise, live_module):
    """Do the exercise's tests catch >= 90 % of the small edits of its reference that change behaviour?"""
    record = mutation.current_record(module_id)
    if record is not None and exercise in record:
        entry = record[exercise]
        assert entry["ok"], (
            f"{exercise}: recorded by `make mutation`, the tests kill {entry['score']:.1%} of the non-equivalent "
            f"mutants (target {mutation.TARGET:.0%}); survivors: {[s['mutant'] for s in entry['survivors']]}"
        )
        return
    listed = mutation.load_equivalents(module_id).get(exercise, {})
    report = mutation.analyse_exercise(live_module(module_id), exercise, listed)
    assert report.ok, (
        f"{exercise}: the tests kill {report.score:.1%} of the non-equivalent mutants (target "
        f"{mutation.TARGET:.0%}); strengthen the hidden tests, or list a truly equivalent mutant with "
        f"its reason in tests/mutants/{module_id}.toml:\n" + mutation.format_report([report])
    )


@pytest.mark.parametrize("module_id", releasable())
def test_equivalent_mutant_lists_are_well_formed(module_id):
    """Does each listed equivalent mutant name a real exercise and give a reason?"""
    listed = mutation.load_equivalents(module_id)
    known = set(_exercises(module_id))
    assert set(listed) <= known, f"tests/mutants/{module_id}.toml names unknown exercises: {sorted(set(listed) - known)}"
