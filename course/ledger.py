"""What `course grade` concluded about each submission, kept in the class gradebook's own database.

nbgrader's tables hold the scores; they cannot say that a submission was unreadable, that its kernel
died, or which bytes were graded. This one table does, and because it lives in the same database it
is written in the same transaction as the scores: a learner is either graded, with both, or not yet,
with neither, whatever moment the grader is killed at. The digest of the graded file lets a rerun
skip work already done and regrade a submission replaced since.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy import Column, Float, MetaData, String, Table, Text, create_engine, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

GRADED, FLAGGED, FAILED = "graded", "flagged", "failed"
STATUSES = (GRADED, FLAGGED, FAILED)

metadata = MetaData()
entries = Table(
    "course_grading",
    metadata,
    Column("assignment_id", String(128), primary_key=True),
    Column("student_id", String(128), primary_key=True),
    Column("status", String(16), nullable=False),  # graded | flagged (needs a human) | failed (not gradable)
    Column("reason", Text, nullable=False, default=""),
    Column("score", Float, nullable=False),
    Column("max_score", Float, nullable=False),
    Column("digest", String(64), nullable=False),  # sha256 of the submitted notebook's bytes
    Column("seconds", Float, nullable=False),
    Column("graded_at", String(40), nullable=False),
)


@dataclass(frozen=True)
class Entry:
    assignment_id: str
    student_id: str
    status: str
    reason: str
    score: float
    max_score: float
    digest: str
    seconds: float
    graded_at: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ensure(engine: Engine) -> None:
    """Create the table if the gradebook has none yet (nbgrader ignores tables it does not know).
    Another grader may create it at the same moment; PostgreSQL then rejects our CREATE TABLE."""
    try:
        metadata.create_all(engine, tables=[entries])
    except DBAPIError:
        if not inspect(engine).has_table(entries.name):
            raise


def write(connection: Connection, entry: Entry) -> None:
    """Replace the learner's entry inside the caller's transaction."""
    row = entry.to_dict() | {"graded_at": entry.graded_at or now()}
    connection.execute(
        entries.delete().where(
            (entries.c.assignment_id == entry.assignment_id) & (entries.c.student_id == entry.student_id)
        )
    )
    connection.execute(entries.insert().values(**row))


def read(db_url: str, assignment_id: str | None = None) -> dict[tuple[str, str], Entry]:
    """Every entry (or one assignment's), keyed by (assignment_id, student_id)."""
    engine = create_engine(db_url, future=True)
    try:
        ensure(engine)
        query = select(entries)
        if assignment_id is not None:
            query = query.where(entries.c.assignment_id == assignment_id)
        with engine.connect() as connection:
            return {(r.assignment_id, r.student_id): Entry(**r._asdict()) for r in connection.execute(query)}
    finally:
        engine.dispose()
