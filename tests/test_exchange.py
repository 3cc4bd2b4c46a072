"""course.exchange: the instructor releases and collects through nbgrader's exchange; learners are
simulated with nbgrader's own fetch and submit classes, exactly what the Lab extension runs for them."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from course import exchange
from course.release import UnknownModule
from course.settings import config_for

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
ID = "00-orientation"
NOTEBOOK = f"{ID}.ipynb"


@pytest.fixture
def root(tmp_path, monkeypatch):
    """A throwaway class folder holding module 00's source, with its own exchange and gradebook."""
    monkeypatch.setenv("COURSE_EXCHANGE", str(tmp_path / "exchange-area"))
    monkeypatch.delenv("COURSE_GRADEBOOK_URL", raising=False)
    course = tmp_path / "class"
    shutil.copytree(REPO / "solutions" / ID, course / "solutions" / ID)
    return course


def learner_parts(root: Path, learner: str):
    """nbgrader's course directory and authenticator as a learner's `nbgrader submit --student` sees them.

    nbgrader names the submitter after the Unix account (pwd, not USER/LOGNAME); `student_id` is
    nbgrader's own override for that, so three learners can share one test process.
    """
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory

    home = root.parent / "home" / learner
    home.mkdir(parents=True, exist_ok=True)
    config = config_for(root)
    config.Exchange.assignment_dir = str(home)
    config.Exchange.cache = str(home / ".nbgrader-cache")
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id, coursedir.student_id = ID, learner
    return home, {"coursedir": coursedir, "authenticator": Authenticator(config=config), "config": config}


def fetch(root: Path, learner: str) -> Path:
    from nbgrader.exchange.default import ExchangeFetchAssignment

    home, parts = learner_parts(root, learner)
    ExchangeFetchAssignment(**parts).start()
    return home / ID / NOTEBOOK


def submit(root: Path, learner: str, work: bytes) -> None:
    """The learner saves `work` as their notebook and submits it."""
    from nbgrader.exchange.default import ExchangeSubmit

    home, parts = learner_parts(root, learner)
    (home / ID / NOTEBOOK).write_bytes(work)
    ExchangeSubmit(**parts).start()


def submitted(root: Path, learner: str) -> Path:
    return root / "submitted" / learner / ID


def test_release_puts_the_student_version_in_the_exchange(root):
    """Does releasing generate the student version, record its hidden tests, and publish it to the exchange?"""
    from nbgrader.api import Gradebook

    report = exchange.release_assignment(ID, root=root)
    outbound = root.parent / "exchange-area" / "ml-engineering" / "outbound" / ID
    assert (report.destination, report.files, report.replaced) == (outbound, [NOTEBOOK], False)
    assert (outbound / NOTEBOOK).read_bytes() == (root / "assignments" / ID / NOTEBOOK).read_bytes()
    assert b"BEGIN SOLUTION" not in (outbound / NOTEBOOK).read_bytes()
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        cells = gb.find_assignment(ID).notebooks[0].source_cells
        assert any("BEGIN HIDDEN TESTS" in cell.source for cell in cells)
    assert ID in report.to_text()


def test_releasing_again_replaces_the_earlier_release(root):
    """After the instructor edits the source, does a second release replace what learners fetch?"""
    exchange.release_assignment(ID, root=root)
    source = root / "solutions" / ID / NOTEBOOK
    source.write_text(source.read_text().replace("# ", "# Revised: ", 1))
    report = exchange.release_assignment(ID, root=root)
    assert report.replaced and "re-released" in report.to_text()
    assert "Revised: " in (report.destination / NOTEBOOK).read_text()


def test_unknown_module_is_refused_before_touching_the_exchange(root):
    """Does a typo in the module id raise a clear error that lists the modules one can release?"""
    with pytest.raises(UnknownModule, match=r"'00-orientaton'.*modules you can use: 00-orientation"):
        exchange.release_assignment("00-orientaton", root=root)
    with pytest.raises(UnknownModule):
        exchange.collect("00-orientaton", root=root)
    assert not (root.parent / "exchange-area").exists()


def test_collect_before_any_release_says_what_to_do(root):
    """Does collecting from an exchange nobody released to explain itself instead of a critical log?"""
    with pytest.raises(exchange.ExchangeUnavailable, match="Release 00-orientation first"):
        exchange.collect(ID, root=root)


def test_release_and_collect_log_no_error(root, caplog):
    """With the default settings, do release and collect run without nbgrader logging an error or worse?"""
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.INFO, logger="traitlets")
    exchange.release_assignment(ID, root=root)
    exchange.collect(ID, root=root)
    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("Released as: ml-engineering") for m in messages), (
        "nbgrader's log was not captured"
    )
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_learners_submit_and_a_resubmission_replaces_the_earlier_one(root):
    """Do three learners' submissions land in submitted/<learner>/<ID>/ with a timestamp, and does a
    resubmission replace the earlier one on the next collect?"""
    from nbgrader.utils import parse_utc

    exchange.release_assignment(ID, root=root)
    learners = ["alice", "bob", "carol"]
    for n, learner in enumerate(learners, start=1):
        untouched = fetch(root, learner).read_bytes()
        submit(root, learner, untouched + b"\n" * n)  # each copy differs, so a mix-up would show

    first = exchange.collect(ID, root=root)
    assert (first.new, first.updated, first.submitted) == (learners, [], 3)
    for learner in learners:
        folder = submitted(root, learner)
        assert (folder / NOTEBOOK).read_bytes() == (
            root.parent / "home" / learner / ID / NOTEBOOK
        ).read_bytes()
        assert parse_utc((folder / "timestamp.txt").read_text())
    carol_first = parse_utc((submitted(root, "carol") / "timestamp.txt").read_text())

    correct = (root / "solutions" / ID / NOTEBOOK).read_bytes()
    submit(root, "carol", correct)
    second = exchange.collect(ID, root=root)
    assert (second.new, second.updated, second.collected) == ([], ["carol"], ["carol"])
    assert (submitted(root, "carol") / NOTEBOOK).read_bytes() == correct
    assert parse_utc((submitted(root, "carol") / "timestamp.txt").read_text()) > carol_first
    assert "1 updated (carol)" in second.to_text()

    third = exchange.collect(ID, root=root)
    assert (third.new, third.updated, third.submitted) == ([], [], 3)
