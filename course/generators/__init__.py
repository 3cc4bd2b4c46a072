"""Seeded generators for the course's synthetic data sets.

Each module writes one data set folder below `datasets/` and can be run as
`python -m course.generators.NAME OUTDIR`. Runs are deterministic: the same seed gives byte-identical
text files (CSV, JSON lines) and a SQLite database with identical content.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def command_line(doc: str, generate: Callable, seed: int, what: str, argv: list[str] | None = None) -> None:
    """The `python -m course.generators.NAME OUTDIR [--seed N]` command every generator shares."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help=f"folder to write {what} into")
    parser.add_argument("--seed", type=int, default=seed, help=f"random seed (default {seed})")
    args = parser.parse_args(argv)
    written = generate(args.out_dir, args.seed)
    for path in written if isinstance(written, list) else [written]:
        print(path)
