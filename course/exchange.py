"""The instructor's half of nbgrader's exchange: release a module to the learners, collect their work.

The exchange is a shared folder (`c.Exchange.root`, set by course.settings from COURSE_EXCHANGE):
releasing copies the student version into `<exchange>/<course>/outbound/<ID>`, learners fetch and
submit with nbgrader (the Lab extension or `nbgrader fetch_assignment` / `submit`), and collecting
copies each learner's newest submission into `submitted/<learner>/<ID>/`, where the class grader
finds it. nbgrader's exchange does not run on Windows; course.intake takes LMS downloads instead.
"""

from __future__ import annotations

import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from course import gradebook
from course.release import require_modules, run_step
from course.settings import class_gradebook_url, config_for

SUBMITTED = "submitted"  # nbgrader's CourseDirectory.submitted_directory, unchanged by course.settings


class ExchangeUnavailable(RuntimeError):
    """nbgrader's exchange cannot serve this request: Windows, or nothing was ever released to it."""


@dataclass
class ReleaseReport:
    module_id: str
    destination: Path  # <exchange>/<course>/outbound/<ID>: what learners fetch
    files: list[str] = field(default_factory=list)  # relative to destination
    replaced: bool = False  # an earlier release of the module was overwritten

    def to_text(self) -> str:
        verb = "re-released (the earlier release was replaced)" if self.replaced else "released"
        return f"{self.module_id} {verb}: {', '.join(self.files) or 'no files'} in {self.destination}"


@dataclass
class CollectReport:
    module_id: str
    inbound: Path  # <exchange>/<course>/inbound: where learners' submissions wait
    new: list[str] = field(default_factory=list)  # learners collected for the first time
    updated: list[str] = field(default_factory=list)  # a newer submission replaced the earlier one
    submitted: int = 0  # learners with a submission of the module in submitted/ after collecting

    @property
    def collected(self) -> list[str]:
        return sorted(self.new + self.updated)

    def to_text(self) -> str:
        def named(learners: list[str]) -> str:
            return f" ({', '.join(learners)})" if learners else ""

        return (
            f"{self.module_id}: collected {len(self.new)} new{named(self.new)} and "
            f"{len(self.updated)} updated{named(self.updated)} from {self.inbound}; "
            f"{self.submitted} learners now in {SUBMITTED}/"
        )


def seed_local_gradebook(db_url: str) -> None:
    """Create an SQLite gradebook in-process (course.gradebook) so nbgrader does not spend seconds on alembic."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database:
        gradebook.seed(Path(url.database))


def nbgrader_api(root: Path, db_url: str | None):
    """nbgrader's API on the class folder, with the course settings; a release replaces an earlier one."""
    from nbgrader.apps import NbGraderAPI

    if sys.platform == "win32":
        raise ExchangeUnavailable(
            "nbgrader's exchange does not run on Windows: collect submissions through your LMS and "
            "bring them in with course.intake.import_submissions"
        )
    url = db_url or class_gradebook_url(root)
    seed_local_gradebook(url)
    config = config_for(root, db_url=url)
    config.ExchangeReleaseAssignment.force = True
    return NbGraderAPI(config=config)


def release_assignment(module_id: str, *, root: Path, db_url: str | None = None) -> ReleaseReport:
    """Regenerate the student version (so the gradebook holds this version's hidden tests), then put it
    in the exchange for learners to fetch, replacing any earlier release."""
    root = Path(root)
    require_modules([module_id], root)
    api = nbgrader_api(root, db_url)
    destination = Path(api.exchange_root) / api.coursedir.course_id / "outbound" / module_id
    replaced = destination.is_dir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's SQLAlchemy session warnings: noise, not news
        run_step(api.generate_assignment(module_id, force=True), f"generate_assignment {module_id}")
        run_step(api.release_assignment(module_id), f"release_assignment {module_id}")
    files = sorted(p.relative_to(destination).as_posix() for p in destination.rglob("*") if p.is_file())
    return ReleaseReport(module_id, destination, files, replaced)


def submission_timestamps(root: Path, module_id: str) -> dict[str, str | None]:
    """Each learner in submitted/ with this module, and the text of its timestamp.txt (None without one)."""
    found = {}
    for folder in sorted((root / SUBMITTED).glob(f"*/{module_id}")):
        stamp = folder / "timestamp.txt"
        found[folder.parent.name] = stamp.read_text().strip() if stamp.is_file() else None
    return found


def collect(module_id: str, *, root: Path, db_url: str | None = None) -> CollectReport:
    """Copy each learner's newest submission from the exchange into submitted/; a submission newer
    than the one collected before replaces it, so the grader always sees the learner's latest work."""
    root = Path(root)
    require_modules([module_id], root)
    api = nbgrader_api(root, db_url)
    inbound = Path(api.exchange_root) / api.coursedir.course_id / "inbound"
    if not inbound.is_dir():  # nbgrader would log a critical "Course not found" and fail
        raise ExchangeUnavailable(
            f"nothing to collect: {inbound} does not exist. Release {module_id} first, or point "
            "COURSE_EXCHANGE at the exchange folder your learners submit to"
        )
    before = submission_timestamps(root, module_id)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_step(api.collect(module_id, update=True), f"collect {module_id}")
    after = submission_timestamps(root, module_id)
    new = [learner for learner in after if learner not in before]
    updated = [learner for learner in after if learner in before and after[learner] != before[learner]]
    return CollectReport(module_id, inbound, new, updated, len(after))
