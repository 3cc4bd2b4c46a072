"""The class gradebook on a real PostgreSQL server: what the class grader needs works there as on SQLite."""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, inspect, text

from course import gradebook, ledger, settings
from tests.support import postgres

postgres_server = postgres.postgres_server
postgres_url = postgres.postgres_url
WRITES_PER_PROCESS = 40


def entry(student_id: str, status: str = ledger.GRADED) -> ledger.Entry:
    return ledger.Entry("00-orientation", student_id, status, "", 3.0, 5.0, "0" * 64, 0.5)


def test_each_test_gets_an_empty_database_on_a_private_server(postgres_server, postgres_url):
    """Is each test's database new and empty, on a server reached only through its own socket folder?"""
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.execute(text("SHOW listen_addresses")).scalar() == ""
        socket_folder = connection.execute(text("SHOW unix_socket_directories")).scalar()
    assert socket_folder == str(postgres_server.folder)
    assert inspect(engine).get_table_names() == []
    engine.dispose()
    assert postgres_server.create_database() != postgres_url


def test_stopping_removes_the_server_and_its_files_even_after_a_failure():
    """Does a server stopped by an exception leave no process and no folder behind?"""
    with pytest.raises(RuntimeError, match="a failing test"), postgres.start_postgres_or_skip() as server:
        raise RuntimeError("a failing test")
    assert server.process.poll() is not None
    assert not server.folder.exists()


def test_nbgrader_creates_its_gradebook_and_keeps_students(postgres_url, monkeypatch):
    """Does nbgrader's Gradebook create and stamp its schema on PostgreSQL, and keep what it is given?"""
    import nbgrader.api

    # nbgrader asks `alembic heads` in a subprocess (~4 s); course.gradebook reads the same answer in-process.
    monkeypatch.setattr(nbgrader.api, "get_alembic_version", gradebook.alembic_head)
    with nbgrader.api.Gradebook(postgres_url, course_id=settings.COURSE_ID) as book:
        book.add_student("ada", first_name="Ada", last_name="Lovelace")
        book.add_assignment("00-orientation")
    with nbgrader.api.Gradebook(postgres_url, course_id=settings.COURSE_ID) as book:
        assert book.find_student("ada").last_name == "Lovelace"
        assert [a.name for a in book.assignments] == ["00-orientation"]
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        stamp = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert stamp == gradebook.alembic_head()


def test_ledger_round_trips_and_rolls_back_with_its_transaction(postgres_url):
    """Does an entry written in a committed transaction read back whole, replace the learner's old one,
    and vanish with a transaction that fails?"""
    engine = create_engine(postgres_url)
    ledger.ensure(engine)
    ledger.ensure(engine)  # a second grader run finds the table there
    with engine.begin() as connection:
        ledger.write(connection, entry("ada", ledger.FLAGGED))
    with engine.begin() as connection:
        ledger.write(connection, entry("ada"))
    with pytest.raises(RuntimeError), engine.begin() as connection:
        ledger.write(connection, entry("bob"))
        raise RuntimeError("the grader was stopped before the scores were saved")
    engine.dispose()
    entries = ledger.read(postgres_url, "00-orientation")
    assert list(entries) == [("00-orientation", "ada")]
    written = entries["00-orientation", "ada"]
    assert written.status == ledger.GRADED and written.graded_at
    assert written.to_dict() == entry("ada").to_dict() | {"graded_at": written.graded_at}


def write_entries(url: str, prefix: str, start) -> None:
    """One grader process: a transaction per learner, as the class grader commits them."""
    engine = create_engine(url)
    start.wait()
    for number in range(WRITES_PER_PROCESS):
        with engine.begin() as connection:
            ledger.write(connection, entry(f"{prefix}-{number}"))
    engine.dispose()


def run_writers(url: str, prefixes: tuple[str, ...]) -> list[int]:
    """Exit codes of one process per prefix, all released at the same moment."""
    # spawn: fork is unsafe in a threaded pytest process and absent on Windows
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(prefixes))
    processes = [context.Process(target=write_entries, args=(url, prefix, start)) for prefix in prefixes]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=60)
    return [process.exitcode for process in processes]


def test_two_grader_processes_writing_at_once_lose_no_entry(postgres_url):
    """Do two processes committing entries at the same moment keep every one of them?"""
    engine = create_engine(postgres_url)
    ledger.ensure(engine)
    engine.dispose()
    assert run_writers(postgres_url, ("left", "right")) == [0, 0]
    students = {student for _, student in ledger.read(postgres_url)}
    assert students == {f"{side}-{n}" for side in ("left", "right") for n in range(WRITES_PER_PROCESS)}


def test_creating_the_ledger_while_another_grader_does_succeeds(postgres_url):
    """Does ensure() succeed when another grader process is creating the ledger table at that moment?"""
    engine = create_engine(postgres_url)
    with ThreadPoolExecutor(1) as pool, engine.connect() as other_grader, engine.connect() as watcher:
        other_grader.begin()
        ledger.metadata.create_all(other_grader, tables=[ledger.entries])  # created, not yet committed
        ensured = pool.submit(ledger.ensure, engine)
        deadline = time.monotonic() + 10
        while not ensured.done() and time.monotonic() < deadline:  # until ensure() waits on the other's lock
            if watcher.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                break
            time.sleep(0.01)
        other_grader.commit()
        ensured.result(timeout=30)
    engine.dispose()
