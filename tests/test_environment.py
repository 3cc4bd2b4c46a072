"""The environment files agree: requirements.lock (pip), environment.yml (conda), pyproject.toml."""

from __future__ import annotations

import re

from course.paths import course_root
from course.pins import canonical, parse_pins

ROOT = course_root()


def _yml_pins() -> dict[str, tuple[str, str | None]]:
    """The pip section of environment.yml, parsed like the lock."""
    lines = ROOT.joinpath("environment.yml").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "- pip:")
    pip_lines = []
    for line in lines[start + 1:]:
        if not line.startswith("      - "):
            break
        pip_lines.append(line.strip()[2:].strip())
    return parse_pins("\n".join(pip_lines))


def test_environment_yml_pins_equal_requirements_lock():
    """Does a conda user get exactly the pins (and markers) that `make` installs?"""
    lock = parse_pins(ROOT.joinpath("requirements.lock").read_text())
    yml = _yml_pins()
    assert yml == lock, (
        f"only in the lock: {sorted(lock.keys() - yml.keys())}; only in environment.yml: {sorted(yml.keys() - lock.keys())}; "
        f"different: {sorted(k for k in lock.keys() & yml.keys() if lock[k] != yml[k])}"
    )


def test_environment_yml_python_is_the_supported_one():
    """Does the conda environment ask for a Python the course supports (3.11 or newer)?"""
    text = ROOT.joinpath("environment.yml").read_text()
    match = re.search(r"- python\s*=\s*?=?(\d+)\.(\d+)", text)
    assert match and (int(match[1]), int(match[2])) >= (3, 11)


def test_lock_holds_only_exact_pins_and_no_index_urls():
    """Is every lock line an exact `name==version` pin, with no URL a mirror would need?"""
    for line in ROOT.joinpath("requirements.lock").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        assert re.match(r"^[A-Za-z0-9_.\-]+==[\w.+]+( ; .+)?$", line), f"not an exact pin: {line!r}"
        assert "://" not in line and "--" not in line, f"index option or URL in the lock: {line!r}"


def test_the_stack_the_issue_asks_for_is_pinned():
    """Are the course's core tools pinned, including a TensorFlow for every platform that has one?"""
    lock = parse_pins(ROOT.joinpath("requirements.lock").read_text())
    for name in ["jupyterlab", "nbgrader", "scikit-learn", "pandas", "matplotlib", "seaborn", "pytest", "nbval",
                 "pytest-xdist", "tensorflow-cpu", "tensorflow", "keras"]:
        assert canonical(name) in lock, f"{name} is not pinned"
    assert lock["nbgrader"][0].startswith("0.9.") and lock["jupyterlab"][0].startswith("4.")
    assert "darwin" in lock["tensorflow"][1] and "darwin" in lock["tensorflow-cpu"][1]
