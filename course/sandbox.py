"""The place one submission is graded in.

A Sandbox is a folder per submission: a copy of the course folder nbgrader needs (source, submission,
gradebook) that only the grader can read, the kernel's own HOME, temp, working and private folders, and
a kernelspec that starts the kernel through course.confine with the Limits below. The nbgrader steps
that enforce the limits during execution are in course.preprocessors.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from course.confine import processes_of
from course.settings import CELL_TIMEOUT_S

GiB = 2**30
UID_BASE = int(os.environ.get("COURSE_SANDBOX_UID_BASE", "2000000"))  # far above any real account
SLOTS_PER_GRADER = 64  # the most workers one grader runs; its ids never overlap another grader's


def sandbox_uid(slot: int, grader_pid: int | None = None) -> int:
    """A user id per (grader process, slot): two graders on one machine (two instructors, two test
    workers) must never count each other's processes against the cap, nor kill each other's kernels."""
    if not 0 <= slot < SLOTS_PER_GRADER:
        raise ValueError(f"slot {slot}: at most {SLOTS_PER_GRADER} workers per grader")
    return UID_BASE + (grader_pid or os.getpid()) * SLOTS_PER_GRADER + slot


@dataclass(frozen=True)
class Limits:
    """What one submission may use. The defaults fit the heaviest module (TensorFlow maps ~2.5 GB of
    address space) with room to spare, and keep a few hundred submissions inside an afternoon."""

    cell_timeout: int = CELL_TIMEOUT_S
    total_seconds: int = 600
    memory_bytes: int = 6 * GiB  # address space per process (RLIMIT_AS)
    processes: int = 256  # processes and threads of the submission (RLIMIT_NPROC)
    output_bytes_per_cell: int = 100_000
    output_bytes_total: int = 1_000_000
    file_bytes: int = 200 * 2**20  # largest file the kernel may write (RLIMIT_FSIZE)

    def to_dict(self) -> dict:
        return asdict(self)


def as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


class Sandbox:
    """Folders for grading one submission; `slot` picks the kernel's user id when running as root."""

    def __init__(self, slot: int, limits: Limits, parent: Path | None = None, hide: tuple[Path, ...] = ()):
        self.limits = limits
        self.uid = sandbox_uid(slot) if as_root() else None
        self.root = Path(tempfile.mkdtemp(prefix="course-grade-", dir=parent))
        self.root.chmod(0o711)  # the kernel may pass through to its own folders, not list or read the rest
        self.course = self.root / "course"  # nbgrader's course folder: source, submission, gradebook
        self.private = self.root / "private"  # the kernel's copy of its connection file
        self.home, self.tmp, self.work = self.root / "home", self.root / "tmp", self.root / "work"
        for folder in (self.course, self.root / "runtime", self.root / "share"):
            folder.mkdir(mode=0o700)
        for folder in (self.home, self.tmp, self.work, self.private):
            folder.mkdir(mode=0o700)
            if self.uid is not None:
                os.chown(folder, self.uid, self.uid)
        self._write_kernelspec(hide)

    def _write_kernelspec(self, hide: tuple[Path, ...]) -> None:
        settings = {
            "uid": self.uid,
            "home": str(self.home),
            "tmp": str(self.tmp),
            "workdir": str(self.work),
            "private": str(self.private),
            "runtime": str(self.root / "runtime"),
            "hide": [str(p) for p in hide],
            "memory_bytes": self.limits.memory_bytes,
            "processes": self.limits.processes,
            "file_bytes": self.limits.file_bytes,
            "environment": {"PATH": os.pathsep.join([str(Path(sys.executable).parent), "/usr/bin", "/bin"])},
        }
        settings_path = self.root / "runtime" / "confine.json"
        settings_path.write_text(json.dumps(settings))
        spec = self.root / "share" / "kernels" / "python3"
        spec.mkdir(parents=True)
        argv = [sys.executable, "-m", "course.confine", str(settings_path), "{connection_file}", "--"]
        argv += [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        spec.joinpath("kernel.json").write_text(
            json.dumps({"argv": argv, "display_name": "Python 3 (graded)", "language": "python"})
        )

    def activate(self) -> None:
        """Point jupyter_client at the confined kernelspec (call in the grading process only)."""
        os.environ["JUPYTER_PATH"] = str(self.root / "share")
        os.environ["JUPYTER_RUNTIME_DIR"] = str(self.root / "runtime")
        os.environ["COURSE_GRADING_PID"] = str(os.getpid())  # course.confine: exit if this process is gone

    def kill_everything(self) -> None:
        """End every process the submission started, including a fork storm's orphans."""
        if self.uid is not None:
            kill_user(self.uid)

    def remove(self) -> None:
        self.kill_everything()
        shutil.rmtree(self.root, ignore_errors=True)


def kill_user(uid: int, rounds: int = 20) -> None:
    """SIGKILL every process of `uid`: a child takes the id and calls kill(-1), which Linux delivers to
    all processes of that id but the caller, and repeats while a fork storm still makes new ones. /proc
    says when none is left: kill(-1) reports success whenever the machine has any other process."""
    for _ in range(rounds):
        if not has_processes(uid):
            return
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            try:
                os.setgid(uid)
                os.setuid(uid)
                os.kill(-1, signal.SIGKILL)
                os._exit(0)
            except BaseException:  # noqa: BLE001 - a forked child must exit, never return
                os._exit(1)
        os.waitpid(pid, 0)
        time.sleep(0.02)


def has_processes(uid: int) -> bool:
    """Whether a live (not zombie) process of `uid` exists; True where /proc cannot tell."""
    if not os.path.isdir("/proc"):
        return True
    return any(state not in ("Z", "X") for state, _ in processes_of(uid))
