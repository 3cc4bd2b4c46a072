"""Build nbgrader notebooks in code, as nbgrader's own tests do: small, explicit, one cell per call."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _meta(**nbgrader) -> dict:
    return {"nbgrader": {"schema_version": 3, "task": False, **nbgrader}}


def markdown(text: str):
    return new_markdown_cell(text)


def code(source: str):
    return new_code_cell(source)


def answer(grade_id: str, source: str):
    """An autograded answer cell: the solution goes between BEGIN/END SOLUTION in `source`."""
    return new_code_cell(source, metadata=_meta(grade=False, solution=True, locked=False, grade_id=grade_id))


def tests(grade_id: str, source: str, points: float = 1):
    """A locked autograder test cell worth `points`."""
    return new_code_cell(
        source, metadata=_meta(grade=True, solution=False, locked=True, points=points, grade_id=grade_id)
    )


def notebook(*cells):
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = KERNELSPEC
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def write(nb, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path
