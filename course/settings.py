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


def ensure_scripts_on_path() -> None:
    """nbgrader runs `alembic` by name when it creates a gradebook; put this environment's scripts
    first on PATH so that works when the venv is not activated (`.venv/bin/jupyter lab`, `.venv/bin/course`)."""
    scripts = str(Path(sys.executable).parent)
    if scripts not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")


def configure(c: Config, root: Path, *, create_exchange: bool = True) -> Config:
    """Apply the course's nbgrader settings to a traitlets Config for the course folder `root`."""
    ensure_scripts_on_path()
    c.CourseDirectory.root = str(root)
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
    return c


def config_for(root: Path, **options) -> Config:
    return configure(Config(), root, **options)
