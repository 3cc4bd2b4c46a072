"""Regenerate student versions (assignments/) from the source notebooks (solutions/) with nbgrader."""

from __future__ import annotations

import logging
from pathlib import Path

from course import gradebook, syllabus
from course.paths import course_root
from course.settings import RELEASE, SOURCE, config_for


class NbgraderFailed(RuntimeError):
    """An nbgrader step failed; the message carries nbgrader's own last log lines."""


class UnknownModule(ValueError):
    """Asked to release a module that has no source notebook."""


def releasable(root: Path | None = None) -> list[str]:
    """Modules of the syllabus that have a source notebook in `root`/solutions."""
    root = root or course_root()
    return [m.id for m in syllabus.modules() if (root / SOURCE / m.notebook).is_file()]


def require_modules(module_ids: list[str], root: Path) -> None:
    """UnknownModule, listing the modules that can be used, unless each id has a source notebook."""
    available = releasable(root)
    unknown = [i for i in module_ids if i not in available]
    if unknown:
        raise UnknownModule(
            f"unknown module {', '.join(map(repr, unknown))}: no source notebook for it in {root / SOURCE}; "
            f"modules you can use: {', '.join(available) or 'none'}"
        )


def run_step(outcome: dict, what: str) -> None:
    """Turn an NbGraderAPI result dict into NbgraderFailed carrying nbgrader's own last log lines."""
    if not outcome["success"]:
        detail = (outcome.get("log") or "") + (outcome.get("error") or "")
        raise NbgraderFailed(f"nbgrader {what} failed:\n" + "\n".join(detail.strip().splitlines()[-15:]))


def release(module_ids: list[str] | None = None, root: Path | None = None) -> list[Path]:
    """Run `nbgrader generate_assignment` for each module; return the student notebooks written."""
    from nbgrader.apps import NbGraderAPI

    root = root or course_root()
    ids = list(module_ids or releasable(root))
    require_modules(ids, root)
    gradebook.seed(root / "gradebook.db")
    api = NbGraderAPI(config=config_for(root))
    api.log.setLevel(logging.ERROR)
    written = []
    for module_id in ids:
        run_step(api.generate_assignment(module_id, force=True), f"generate_assignment {module_id}")
        written.append(root / RELEASE / syllabus.get(module_id).notebook)
    return written
