"""Seeded generators for the course's synthetic data sets.

Each module writes one data set folder below `datasets/` and can be run as
`python -m course.generators.NAME OUTDIR`. Runs are deterministic: the same seed gives byte-identical
text files (CSV, JSON lines) and a SQLite database with identical content.
"""
