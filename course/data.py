"""The only way notebooks touch data files: by name, checked against the registry's checksums.

`datasets/registry.txt` holds one `name sha256` line per file (name = path below datasets/). A table is
loaded by that name, by the name without its extension (`shop/customers`), or by its folder when the
folder holds one table of the same name (`penguins`). Every dataset folder carries a CARD.md.
"""

from __future__ import annotations

import difflib
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from course.paths import datasets_dir

REGISTRY = "registry.txt"
CARD = "CARD.md"
_READERS = {".csv", ".jsonl"}


class DataError(Exception):
    """A dataset could not be used; the message names the dataset and the fix."""


class UnknownDataset(DataError, LookupError):
    pass


class MissingDataset(DataError, FileNotFoundError):
    pass


class ChecksumMismatch(DataError):
    pass


@dataclass(frozen=True)
class Entry:
    name: str  # path below datasets/, e.g. "shop/orders.jsonl"
    sha256: str

    @property
    def path(self) -> Path:
        return datasets_dir() / self.name

    @property
    def aliases(self) -> list[str]:
        stem = self.name.rsplit(".", 1)[0]
        folder, _, base = stem.rpartition("/")
        return [stem, folder] if folder and folder == base else [stem]


def read_registry(path: Path | None = None) -> list[Entry]:
    """Parse `name sha256` lines; `#` starts a comment. A malformed line is an error, not skipped."""
    path = path or datasets_dir() / REGISTRY
    entries = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or len(parts[1]) != 64:
            raise DataError(f"{path}:{number}: expected `name sha256`, got {raw!r}")
        entries.append(Entry(parts[0], parts[1].lower()))
    return entries


def names() -> list[str]:
    """The short names a learner can pass to `load` or `connect`."""
    return sorted(alias for entry in read_registry() for alias in entry.aliases[-1:])


def entry(name: str) -> Entry:
    """Find a registry entry by full name or alias; an unknown name lists the known ones, closest first."""
    entries = read_registry()
    for candidate in entries:
        if name == candidate.name or name in candidate.aliases:
            return candidate
    known = names()
    closest = difflib.get_close_matches(name, known, n=len(known), cutoff=0.0)
    raise UnknownDataset(f"No dataset named {name!r}. Known datasets, closest first: {', '.join(closest)}.")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _restore_hint(item: Entry) -> str:
    return (
        f"Restore it with `git checkout -- datasets/{item.name}` from the course folder "
        "(or download the course again), then rerun."
    )


def path(name: str) -> Path:
    """The verified path of a dataset file: present and with the registry's checksum."""
    item = entry(name)
    if not item.path.is_file():
        raise MissingDataset(f"Dataset {item.name!r} is missing: expected it at {item.path}. {_restore_hint(item)}")
    actual = sha256_of(item.path)
    if actual != item.sha256:
        raise ChecksumMismatch(
            f"Dataset {item.name!r} has been altered: expected sha256 {item.sha256}, got {actual}. "
            f"{_restore_hint(item)}"
        )
    return item.path


def load(name: str, **read_options):
    """Load a table (CSV or JSON lines) as a pandas DataFrame, after checking its checksum."""
    import pandas as pd

    file = path(name)
    if file.suffix == ".csv":
        return pd.read_csv(file, **read_options)
    if file.suffix == ".jsonl":
        return pd.read_json(file, lines=True, **read_options)
    if file.suffix == ".sqlite":
        raise DataError(f"Dataset {name!r} is a SQLite database, not a table: open it with data.connect({name!r}).")
    raise DataError(f"Dataset {name!r} has no reader for {file.suffix!r} files; known: {sorted(_READERS)}.")


def connect(name: str) -> sqlite3.Connection:
    """A private in-memory copy of a shipped SQLite database: write to it freely, the file never changes."""
    file = path(name)
    if file.suffix != ".sqlite":
        raise DataError(f"Dataset {name!r} is not a SQLite database: load it with data.load({name!r}).")
    source = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)
    try:
        memory = sqlite3.connect(":memory:")
        source.backup(memory)
    finally:
        source.close()
    return memory


def card(name: str) -> str:
    """The data card (source, licence, columns, quirks) of the dataset folder holding `name`."""
    item = entry(name)
    return (item.path.parent / CARD).read_text(encoding="utf-8")


def verify() -> list[str]:
    """Check every registered file and every card; return one line per problem (empty: all good)."""
    problems = []
    folders = []
    for item in read_registry():
        try:
            path(item.name)
        except DataError as error:
            problems.append(str(error))
        if item.path.parent not in folders:
            folders.append(item.path.parent)
    for folder in folders:
        if not (folder / CARD).is_file():
            problems.append(f"Dataset folder {folder.name!r} has no data card: add {folder / CARD}.")
    return problems
