"""Bring submissions downloaded from an LMS (a folder or a .zip) into submitted/, where nbgrader grades them.

An LMS hands back one file per learner, with the learner in the file name; nbgrader wants
`submitted/<learner>/<ID>/<ID>.ipynb` beside a `timestamp.txt`. Notebooks are copied as bytes, never
parsed: a broken one is still that learner's submission, and the grader reports it as broken. Every
file that is not imported is reported with the reason, so no learner silently goes missing. Paths
inside an archive are only ever reported, never written to: the destination is built from the
module id and a learner id checked to be a plain folder name.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO

from course.exchange import SUBMITTED
from course.release import require_modules

SAFE_LEARNER = re.compile(r"[A-Za-z0-9._@-]+")  # ASCII only: macOS and Windows spell accents differently
SYSTEM_FOLDERS = {"__MACOSX", ".ipynb_checkpoints"}
SYSTEM_FILES = {".DS_Store"}
NEW, REPLACED, UNCHANGED = "new", "replaced", "unchanged"


class BadSource(ValueError):
    """The submissions to import are neither a folder nor a readable .zip file."""


class BadPattern(ValueError):
    """The file-name pattern is not a regular expression with a named group `learner`."""


@dataclass(frozen=True)
class Member:
    """One file of the download: its path there (for the report only), modified time, and contents."""

    name: str
    mtime: float
    open: Callable[[], BinaryIO]


@dataclass
class Duplicate:
    learner: str
    kept: str  # the newest file by modified time; of equally new ones, the last by name
    dropped: list[str]


@dataclass
class ImportReport:
    module_id: str
    source: str
    new: list[str] = field(default_factory=list)  # learners now in submitted/ for the first time
    replaced: list[str] = field(default_factory=list)  # learners whose earlier submission had other bytes
    unchanged: list[str] = field(default_factory=list)  # learners whose submission was already there
    duplicates: list[Duplicate] = field(default_factory=list)
    odd_names: list[str] = field(default_factory=list)  # notebooks whose name gives no usable learner id
    non_notebooks: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # __MACOSX/, .DS_Store, .ipynb_checkpoints/

    @property
    def imported(self) -> list[str]:
        return sorted(self.new + self.replaced + self.unchanged)

    def to_text(self) -> str:
        counts = f"{len(self.new)} new, {len(self.replaced)} replaced, {len(self.unchanged)} unchanged"
        lines = [f"{self.module_id} from {printable(self.source)}: {len(self.imported)} learners ({counts})"]
        if self.odd_names:
            lines.append(
                f"NOT imported, no learner id in the name ({len(self.odd_names)}): {listing(self.odd_names)}; "
                "rename them <learner>_anything.ipynb or give a pattern"
            )
        for d in self.duplicates:
            lines.append(
                f"{d.learner} sent several files: kept {printable(d.kept)}, not {listing(d.dropped)}"
            )
        if self.non_notebooks:
            lines.append(
                f"NOT imported, not a notebook ({len(self.non_notebooks)}): {listing(self.non_notebooks)}"
            )
        if self.ignored:
            lines.append(
                f"ignored {len(self.ignored)} system files (__MACOSX, .DS_Store, .ipynb_checkpoints)"
            )
        return "\n".join(lines)


def printable(name: str) -> str:
    """A file name as text that any terminal can print (undecodable bytes shown as escapes)."""
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def listing(names: list[str]) -> str:
    return ", ".join(printable(n) for n in names)


def compile_pattern(pattern: str | None) -> re.Pattern | None:
    if pattern is None:
        return None
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise BadPattern(f"pattern {pattern!r} is not a valid regular expression: {error}") from None
    if "learner" not in compiled.groupindex:
        raise BadPattern(
            f"pattern {pattern!r} has no group named learner: mark the learner id in the file name "
            r"with (?P<learner>...), e.g. '^(?P<learner>[a-z]+)_\d+_'"
        )
    return compiled


def learner_of(file_name: str, pattern: re.Pattern | None) -> str | None:
    """The learner id in a notebook's file name, or None when there is no safe one.

    Default: the part before the first `_` (the whole stem without one), which also reads Canvas's
    `lastfirst_12345_67890_name.ipynb`; a pattern is searched in the file name (no folders).
    """
    if pattern is None:
        learner = file_name[: -len(".ipynb")].split("_", 1)[0]
    else:
        found = pattern.search(file_name)
        learner = found.group("learner") if found else None
    if learner and SAFE_LEARNER.fullmatch(learner) and learner not in (".", ".."):
        return learner
    return None


def zip_mtime(info: zipfile.ZipInfo) -> float:
    return time.mktime((*info.date_time, 0, 0, -1))  # zip stores local wall-clock time


@contextmanager
def members_of(source: Path) -> Iterator[list[Member]]:
    """Every file in the folder (recursively) or the zip, in a stable order."""
    if source.is_dir():
        paths = [Path(folder, name) for folder, _, names in os.walk(source) for name in names]
        yield [
            Member(p.relative_to(source).as_posix(), p.stat().st_mtime, partial(p.open, "rb"))
            for p in sorted(paths)
        ]
    elif source.is_file() and zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            infos = sorted((i for i in archive.infolist() if not i.is_dir()), key=lambda i: i.filename)
            yield [
                Member(i.filename.replace("\\", "/"), zip_mtime(i), partial(archive.open, i)) for i in infos
            ]
    elif not source.exists():
        raise BadSource(f"{source} does not exist: give the folder or the .zip file downloaded from your LMS")
    elif source.suffix.lower() == ".zip":
        raise BadSource(f"{source} is not a readable zip file (an incomplete download?): download it again")
    else:
        raise BadSource(
            f"{source} is neither a folder nor a .zip file: unzip it, or give the folder or the .zip"
        )


def nbgrader_timestamp(mtime: float) -> str:
    """The time in the format nbgrader's exchange writes to timestamp.txt (so collect can compare)."""
    from nbgrader.exchange.abc import Exchange

    return datetime.fromtimestamp(mtime, UTC).strftime(Exchange.timestamp_format.default_value)


def place(member: Member, destination: Path, module_id: str) -> str:
    """Make `destination` hold exactly this file and its timestamp; staged beside it, then swapped in."""
    staging = destination.parent / f".{module_id}.importing"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        notebook = staging / f"{module_id}.ipynb"
        with member.open() as source, notebook.open("wb") as target:
            shutil.copyfileobj(source, target)
        existing = destination / notebook.name
        if existing.is_file() and filecmp.cmp(existing, notebook, shallow=False):
            return UNCHANGED
        (staging / "timestamp.txt").write_text(nbgrader_timestamp(member.mtime))
        os.utime(notebook, (member.mtime, member.mtime))
        status = REPLACED if destination.exists() else NEW
        shutil.rmtree(destination, ignore_errors=True)
        staging.rename(destination)
        return status
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def import_submissions(
    module_id: str, source: Path, *, root: Path, pattern: str | None = None
) -> ImportReport:
    """Place one notebook per learner from an LMS download into submitted/, reporting every file left out.

    A learner already in submitted/ whose file differs is replaced whatever its age: the download is
    what the instructor chose to grade, and the report names who was replaced.
    """
    root, source = Path(root), Path(source)
    require_modules([module_id], root)
    compiled = compile_pattern(pattern)
    report = ImportReport(module_id, str(source))
    with members_of(source) as members:
        by_learner: dict[str, list[Member]] = {}
        for member in members:
            *folders, file_name = member.name.split("/")
            if SYSTEM_FOLDERS.intersection(folders) or file_name in SYSTEM_FILES:
                report.ignored.append(member.name)
            elif not file_name.lower().endswith(".ipynb"):
                report.non_notebooks.append(member.name)
            elif (learner := learner_of(file_name, compiled)) is None:
                report.odd_names.append(member.name)
            else:
                by_learner.setdefault(learner, []).append(member)
        for learner, files in sorted(by_learner.items()):
            files = sorted(files, key=lambda m: (m.mtime, m.name))
            kept = files[-1]
            if len(files) > 1:
                report.duplicates.append(Duplicate(learner, kept.name, [m.name for m in files[:-1]]))
            status = place(kept, root / SUBMITTED / learner / module_id, module_id)
            {NEW: report.new, REPLACED: report.replaced, UNCHANGED: report.unchanged}[status].append(learner)
    return report
