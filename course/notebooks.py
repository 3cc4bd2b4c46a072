"""Reading a notebook safely and naming what it is: which module, which exercises, which cells."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat

from course import syllabus

EXERCISE = re.compile(r"^(?P<module>\d\d-[a-z0-9-]+?)-(?P<exercise>ex\d+)(?:-|$)")


class BadNotebook(ValueError):
    """The file cannot be graded as a notebook; the message says why in one line."""


def read(path: Path) -> nbformat.NotebookNode:
    """Read a notebook file, turning every way it can be unreadable into one clear BadNotebook."""
    path = Path(path)
    if not path.exists():
        raise BadNotebook(f"{path}: no such file")
    if not path.is_file():
        raise BadNotebook(f"{path}: is a folder, not a notebook file")
    raw = path.read_bytes()
    if not raw.strip():
        raise BadNotebook(f"{path}: the file is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadNotebook(f"{path}: not UTF-8 text (byte {error.start}); is it really a .ipynb file?") from None
    try:
        content = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadNotebook(f"{path}: not valid notebook JSON ({error.msg} at line {error.lineno})") from None
    if not isinstance(content, dict) or "cells" not in content or "nbformat" not in content:
        raise BadNotebook(f"{path}: JSON, but not a Jupyter notebook (no cells/nbformat)")
    try:
        return nbformat.reads(text, as_version=4)
    except Exception as error:  # nbformat raises several types for malformed notebooks
        raise BadNotebook(f"{path}: not a valid notebook ({type(error).__name__}: {error})") from None


def nbgrader_meta(cell) -> dict:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def grade_ids(nb) -> list[str]:
    return [str(nbgrader_meta(c)["grade_id"]) for c in nb.cells if "grade_id" in nbgrader_meta(c)]


def exercise_of(grade_id: str) -> str | None:
    """`00-orientation-ex2-standardize-test` -> `00-orientation-ex2`."""
    match = EXERCISE.match(grade_id)
    return f"{match['module']}-{match['exercise']}" if match else None


def exercises(nb) -> list[str]:
    """The exercise ids (`NN-slug-exK`) of a notebook, in notebook order."""
    found: list[str] = []
    for grade_id in grade_ids(nb):
        exercise = exercise_of(grade_id)
        if exercise and exercise not in found:
            found.append(exercise)
    return found


def module_of(nb, path: Path | None = None) -> syllabus.Module | None:
    """The module a notebook belongs to: by its cells' grade_ids, else by its file name."""
    known = {m.id: m for m in syllabus.modules()}
    votes: dict[str, int] = {}
    for grade_id in grade_ids(nb):
        for module_id in known:
            if grade_id.startswith(module_id + "-"):
                votes[module_id] = votes.get(module_id, 0) + 1
    if votes:
        return known[max(votes, key=votes.get)]
    if path is not None:
        stem = Path(path).stem
        for module_id, module in known.items():
            if stem == module_id or stem.startswith(module_id):
                return module
    return None
