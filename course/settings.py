"""The one nbgrader configuration, shared by the instructor's nbgrader_config.py and `course check`,
so that a learner's local grade is computed exactly as the instructor's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from traitlets.config import Config

COURSE_ID = "ml-engineering"
SOURCE = "solutions"
RELEASE = "assignments"
CELL_TIMEOUT_S = 60  # per cell; every solution runs whole in well under 45 s
MAX_OUTPUT_LINES = 1000
MAX_TRACEBACK_LINES = 100
STUB = '# YOUR CODE HERE\nraise NotImplementedError("not attempted yet: replace this line with your answer")'


def exchange_root(root: Path) -> Path:
    """nbgrader's exchange folder: COURSE_EXCHANGE if set, else exchange/ in the course folder.

    nbgrader's default (/srv/nbgrader/exchange) does not exist on a learner's machine and makes the
    server log critical errors; a folder that exists and is writable keeps it quiet.
    """
    return Path(os.environ.get("COURSE_EXCHANGE") or root / "exchange")


def class_gradebook_url(root: Path) -> str:
    """The class gradebook's SQLAlchemy URL: COURSE_GRADEBOOK_URL if set (PostgreSQL when a class
    outgrows one machine, e.g. postgresql+psycopg://grader@db/course), else gradebook.db in `root`."""
    return os.environ.get("COURSE_GRADEBOOK_URL") or f"sqlite:///{Path(root).resolve() / 'gradebook.db'}"


def ensure_scripts_on_path() -> None:
    """nbgrader runs `alembic` by name when it creates a gradebook; put this environment's scripts
    first on PATH so that works when the venv is not activated (`.venv/bin/jupyter lab`, `.venv/bin/course`)."""
    scripts = str(Path(sys.executable).parent)
    if scripts not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")


def configure(c: Config, root: Path, *, create_exchange: bool = True, db_url: str | None = None) -> Config:
    """Apply the course's nbgrader settings to a traitlets Config for the course folder `root`.

    `db_url` defaults to gradebook.db in `root`: `course check` grades in a throwaway folder and must
    never touch the class gradebook; the instructor's tools pass class_gradebook_url(root).
    """
    ensure_scripts_on_path()
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.db_url = db_url or f"sqlite:///{Path(root).resolve() / 'gradebook.db'}"
    c.CourseDirectory.course_id = COURSE_ID
    c.CourseDirectory.source_directory = SOURCE
    c.CourseDirectory.release_directory = RELEASE
    exchange = exchange_root(root)
    if create_exchange:
        exchange.mkdir(parents=True, exist_ok=True)
    c.Exchange.root = str(exchange)
    c.Execute.timeout = CELL_TIMEOUT_S
    c.Execute.interrupt_on_timeout = True
    c.LimitOutput.max_lines = MAX_OUTPUT_LINES
    c.LimitOutput.max_traceback = MAX_TRACEBACK_LINES
    c.ClearSolutions.code_stub = {"python": STUB}
    from course.feedback import configure_feedback  # here: course.feedback imports this module

    configure_feedback(c)  # formgrader's and nbgrader's own feedback never show hidden tests either
    return c


def config_for(root: Path, **options) -> Config:
    return configure(Config(), root, **options)
