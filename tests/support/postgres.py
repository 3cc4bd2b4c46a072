"""A throwaway PostgreSQL server for tests: the class gradebook may live in PostgreSQL
(COURSE_GRADEBOOK_URL), and only a real server shows that the grader works there.

Each pytest process (each xdist worker) starts its own server in its own temporary folder. The server
listens only on a Unix socket in that folder (no TCP port, so workers never clash), trusts local
connections and skips fsync: initdb and start take about a second. PostgreSQL refuses to run as root,
and CI runs as root, so there the server runs as `nobody`.

Use the fixtures by naming them in a test module, e.g. `postgres_url = postgres.postgres_url`
(an import would read as unused to ruff), then asking for `postgres_url` in a test's arguments.
"""

from __future__ import annotations

import ctypes
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import pytest

INSTALL_HINT = (
    "install the server: `apt-get install postgresql` (Debian, Ubuntu) or `brew install postgresql`"
)
DEBIAN_BIN_DIRS = Path("/usr/lib/postgresql")  # Debian keeps initdb and postgres here, off PATH
SUPERUSER = "postgres"
PORT = 5432  # only names the socket file: listen_addresses='' opens no TCP port
MAX_SOCKET_PATH = 100  # a Unix socket path longer than ~107 bytes cannot be bound
START_TIMEOUT_S = 30
STOP_TIMEOUT_S = 10
LEFTOVER_AGE_S = 600  # a folder this old with no server running in it was left by a killed test run
SERVER_SETTINGS = {
    "listen_addresses": "",
    "port": str(PORT),
    "fsync": "off",  # a test database need not survive a power cut
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "50",
}


class PostgresUnavailable(RuntimeError):
    """This machine cannot run a PostgreSQL server (no binaries, or no unprivileged user to run them as)."""


@dataclass(frozen=True)
class Binaries:
    initdb: Path
    postgres: Path


def find_binaries() -> Binaries:
    """initdb and postgres from PATH, else from the newest /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("initdb"), shutil.which("postgres")
    if all(on_path):
        return Binaries(*(Path(p) for p in on_path))
    debian = [
        d for d in DEBIAN_BIN_DIRS.glob("*/bin") if (d / "initdb").exists() and (d / "postgres").exists()
    ]
    if not debian:
        raise PostgresUnavailable(
            f"no PostgreSQL initdb/postgres on PATH or in {DEBIAN_BIN_DIRS}: {INSTALL_HINT}"
        )
    newest = max(debian, key=lambda d: [int(part) for part in d.parent.name.split(".") if part.isdigit()])
    return Binaries(newest / "initdb", newest / "postgres")


def _unprivileged() -> dict:
    """Popen arguments that drop root to `nobody` (postgres refuses root); nothing to do for other users."""
    if os.geteuid() != 0:
        return {}
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        raise PostgresUnavailable("running as root, and no `nobody` user to run PostgreSQL as") from None
    return {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


def _die_with_parent():
    """A preexec_fn: on Linux, stop the server if the test process dies without cleaning up (kill -9,
    pytest-timeout's os._exit), so no server outlives its tests. It runs after the switch to `nobody`,
    which would otherwise clear the setting."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1
    return lambda: prctl(pr_set_pdeathsig, signal.SIGINT)  # SIGINT: postgres's fast shutdown


def _environment() -> dict:
    """The caller's environment without PG* variables (PGDATA, PGHOST... would redirect the tools);
    TZ set so initdb need not scan the zoneinfo folder to guess the time zone."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    return env | {"TZ": "UTC", "LC_ALL": "C"}


def _remove_leftovers(parent: Path) -> None:
    """Delete the folders of servers whose test process was killed before it could clean up: the server
    then stopped (see _die_with_parent) and removed its postmaster.pid, leaving ~40 MB of data behind."""
    for folder in parent.glob("course-pg-*"):
        try:
            stale = time.time() - folder.stat().st_mtime > LEFTOVER_AGE_S
            if stale and not (folder / "data" / "postmaster.pid").exists():
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _new_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="course-pg-"))
    if len(str(folder / f".s.PGSQL.{PORT}")) > MAX_SOCKET_PATH:  # a long TMPDIR (macOS): /tmp is short
        shutil.rmtree(folder)
        folder = Path(tempfile.mkdtemp(prefix="course-pg-", dir="/tmp"))
    _remove_leftovers(folder.parent)
    return folder


@dataclass
class PostgresServer:
    """A running server; `folder` holds its data directory, its socket and server.log."""

    folder: Path
    process: subprocess.Popen

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of `database`, reached through the server's Unix socket."""
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.folder}&port={PORT}"

    def connect(self, database: str = "postgres", **options):
        import psycopg

        return psycopg.connect(host=str(self.folder), port=PORT, user=SUPERUSER, dbname=database, **options)

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database (a few tens of milliseconds) and return its SQLAlchemy URL."""
        name = name or f"test_{uuid.uuid4().hex[:12]}"
        with self.connect(autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def stop(self) -> None:
        """Fast shutdown (SIGINT), a kill if that hangs, then delete every file the server wrote."""
        try:
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGINT)
                try:
                    self.process.wait(timeout=STOP_TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _initdb(binaries: Binaries, folder: Path, run_as: dict) -> Path:
    data = folder / "data"
    options = ["-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]
    done = subprocess.run(
        [str(binaries.initdb), "-D", str(data), *options],
        check=False,
        cwd=folder,
        env=_environment(),
        capture_output=True,
        text=True,
        **run_as,
    )
    if done.returncode != 0:
        raise RuntimeError(f"initdb failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    return data


def _wait_until_ready(server: PostgresServer) -> None:
    import psycopg

    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(f"PostgreSQL stopped (exit {server.process.returncode}):\n{server.log_tail()}")
        try:
            server.connect(connect_timeout=2).close()
            return
        except psycopg.OperationalError as error:
            if time.monotonic() > deadline:
                waited = f"PostgreSQL did not accept connections within {START_TIMEOUT_S} s ({error})"
                raise RuntimeError(f"{waited}:\n{server.log_tail()}") from None
        time.sleep(0.05)


def start_postgres() -> PostgresServer:
    """Start a fresh server in a new temporary folder; raises PostgresUnavailable when it cannot run here."""
    binaries = find_binaries()
    run_as = _unprivileged()
    folder = _new_folder()
    try:
        if run_as:
            os.chown(folder, run_as["user"], run_as["group"])
        data = _initdb(binaries, folder, run_as)
        settings = SERVER_SETTINGS | {"unix_socket_directories": str(folder)}
        command = [
            str(binaries.postgres),
            "-D",
            str(data),
            *(f"-c{key}={value}" for key, value in settings.items()),
        ]
        with open(folder / "server.log", "wb") as log:
            process = subprocess.Popen(
                command,
                cwd=folder,
                env=_environment(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent(),  # noqa: PLW1509 (one libc call, nothing that can deadlock)
                **run_as,
            )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    server = PostgresServer(folder, process)
    try:
        _wait_until_ready(server)
    except BaseException:
        server.stop()
        raise
    return server


def start_postgres_or_skip() -> PostgresServer:
    """start_postgres(), or skip the test, saying how to install PostgreSQL, when it cannot run here."""
    try:
        return start_postgres()
    except PostgresUnavailable as reason:
        pytest.skip(str(reason))


@pytest.fixture(scope="session")
def postgres_server():
    """One server per test process (per xdist worker), stopped and deleted at the end of the session."""
    with start_postgres_or_skip() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The SQLAlchemy URL of a new, empty database for this test alone."""
    return postgres_server.create_database()
