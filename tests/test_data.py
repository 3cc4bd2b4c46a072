"""course.data: loading by name, and the errors a learner sees when something is off."""

from __future__ import annotations

import shutil
import sqlite3

import pandas as pd
import pytest

from course import data
from course.paths import course_root


@pytest.fixture
def course_copy(tmp_path, monkeypatch):
    """A private copy of the course's datasets, so tests can break files without harm."""
    shutil.copytree(course_root() / "datasets", tmp_path / "datasets")
    monkeypatch.setenv("COURSE_ROOT", str(tmp_path))
    return tmp_path


def test_every_registered_file_matches_its_checksum_and_has_a_card():
    """Do all shipped data files match the registry, and does each dataset have a card?"""
    assert data.verify() == []


def test_every_data_file_in_datasets_is_registered():
    """Is any data file shipped without a registry line (and so without a checksum)?"""
    folder = course_root() / "datasets"
    registered = {e.name for e in data.read_registry()}
    shipped = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name not in {"registry.txt", "CARD.md"} and "__pycache__" not in p.parts
    }
    assert shipped <= registered, f"unregistered data files: {sorted(shipped - registered)}"


def test_load_returns_the_penguins_table():
    """Does load('penguins') give the 344-row table its card describes?"""
    penguins = data.load("penguins")
    assert isinstance(penguins, pd.DataFrame)
    assert penguins.shape == (344, 8)
    assert penguins["sex"].isna().sum() == 11


def test_unknown_name_lists_known_names_closest_first():
    """Does a typo get the known names back, the closest first?"""
    with pytest.raises(data.UnknownDataset) as caught:
        data.load("pengiuns")
    message = str(caught.value)
    assert "'pengiuns'" in message
    assert message.split("closest first: ")[1].startswith("penguins")


def test_missing_file_names_the_dataset_and_how_to_restore_it(course_copy):
    """Does a deleted file raise an error naming the dataset, where it should be, and the fix?"""
    (course_copy / "datasets" / "penguins" / "penguins.csv").unlink()
    with pytest.raises(data.MissingDataset) as caught:
        data.load("penguins")
    assert "penguins/penguins.csv" in str(caught.value)
    assert "git checkout -- datasets/penguins/penguins.csv" in str(caught.value)


def test_altered_file_reports_expected_and_actual_checksums(course_copy):
    """Does an edited file raise with both checksums and how to restore it?"""
    target = course_copy / "datasets" / "penguins" / "penguins.csv"
    target.write_bytes(target.read_bytes() + b"Adelie,Dream,1,1,1,1,male,2009\n")
    with pytest.raises(data.ChecksumMismatch) as caught:
        data.load("penguins")
    message = str(caught.value)
    expected = data.entry("penguins").sha256
    assert f"expected sha256 {expected}" in message
    assert f"got {data.sha256_of(target)}" in message
    assert "git checkout" in message


def test_verify_reports_every_problem_instead_of_stopping_at_the_first(course_copy):
    """Does `course data verify` list a missing card and an altered file together?"""
    (course_copy / "datasets" / "penguins" / "CARD.md").unlink()
    target = course_copy / "datasets" / "penguins" / "penguins.csv"
    target.write_bytes(b"changed\n")
    problems = data.verify()
    assert any("altered" in p for p in problems) and any("no data card" in p for p in problems)


def test_malformed_registry_line_is_an_error_not_skipped(course_copy):
    """Is a broken registry line reported with its line number?"""
    registry = course_copy / "datasets" / "registry.txt"
    registry.write_text(registry.read_text() + "broken-line-without-checksum\n")
    with pytest.raises(data.DataError, match=r"registry.txt:\d+: expected `name sha256`"):
        data.names()


def test_loading_a_database_as_a_table_says_to_use_connect(course_copy):
    """Does load() on a SQLite file point the learner to connect()?"""
    db = course_copy / "datasets" / "penguins" / "tiny.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
    conn.close()
    registry = course_copy / "datasets" / "registry.txt"
    registry.write_text(registry.read_text() + f"penguins/tiny.sqlite {data.sha256_of(db)}\n")
    with pytest.raises(data.DataError, match=r"connect\('penguins/tiny'\)"):
        data.load("penguins/tiny")
    copy = data.connect("penguins/tiny")
    copy.execute("INSERT INTO t VALUES (1)")
    copy.commit()
    assert data.path("penguins/tiny") == db, "writing to the connection must not alter the shipped file"
