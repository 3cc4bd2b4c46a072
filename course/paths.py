"""Where the course lives on disk, so that no notebook or module hard-codes a path."""

from __future__ import annotations

import os
from pathlib import Path


def course_root() -> Path:
    """The course directory (the repository root, also nbgrader's course directory).

    The package is installed in editable mode, so the root is the folder above it; `COURSE_ROOT`
    overrides that for an unusual install.
    """
    root = Path(os.environ.get("COURSE_ROOT") or Path(__file__).resolve().parent.parent)
    if not (root / "datasets" / "registry.txt").is_file():
        raise FileNotFoundError(
            f"{root} does not look like the course folder (no datasets/registry.txt). Install the course "
            "with `make lab` from its folder (editable install), or set COURSE_ROOT to that folder."
        )
    return root


def datasets_dir() -> Path:
    return course_root() / "datasets"


def solutions_dir() -> Path:
    return course_root() / "solutions"


def assignments_dir() -> Path:
    return course_root() / "assignments"
