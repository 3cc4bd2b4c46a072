"""Start a kernel confined: resource limits, a clean environment, its own HOME and working folder and,
when the grader runs as root, an unprivileged user id of its own.

This is the kernel's launcher while grading (the kernelspec's argv starts with `python -m course.confine
SETTINGS`): everything below happens in the kernel's own process, after jupyter_client forks it and
before the kernel's code exists, so no learner code ever runs without the limits. Standard library
only, because it runs before every kernel.

Why a user id per grading slot: RLIMIT_NPROC counts the processes of a *user*, and root ignores it. A
fork storm under its own id stops at the cap without touching the other learner graded next to it,
and when the submission is done every process of that id can be killed at once (see sandbox.py). The
same id keeps the kernel out of the instructor's files: solutions, other learners' work, the gradebook.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import sys

PR_SET_PDEATHSIG = 1
CLONE_NEWNS = 0x00020000
MS_BIND, MS_REC, MS_PRIVATE = 4096, 16384, 1 << 18
SAFE_ENVIRONMENT = ("PATH", "LANG", "LC_ALL", "TZ", "NBGRADER_EXECUTION", "COURSE_ROOT")


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies, so that a grader killed with -9 leaves no
    kernel behind (the setting survives exec, not a change of user id: call it after dropping)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def processes_of(uid: int):
    """(state, threads) of each process of `uid` now, from /proc; nothing where /proc is absent."""
    for entry in os.scandir("/proc") if os.path.isdir("/proc") else ():
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/status") as status:
                    fields = dict(line.split(":", 1) for line in status if ":" in line)
                if int(fields["Uid"].split()[0]) == uid:
                    yield fields["State"].split()[0], int(fields["Threads"])
            except (OSError, KeyError, ValueError):
                continue


def tasks_of(uid: int) -> int:
    """Threads and processes of `uid` right now (RLIMIT_NPROC counts both); 0 where /proc is absent."""
    return sum(threads for _, threads in processes_of(uid))


def limit(kind: int, value: int) -> None:
    """Soft and hard limit both: learner code cannot raise a hard limit again."""
    hard = resource.getrlimit(kind)[1]
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, value))


def environment(settings: dict) -> dict[str, str]:
    """Only what a kernel needs: no tokens, passwords or cloud keys of whoever runs the grader."""
    env = {name: os.environ[name] for name in SAFE_ENVIRONMENT if name in os.environ}
    env.update(
        HOME=settings["home"],
        TMPDIR=settings["tmp"],
        MPLCONFIGDIR=os.path.join(settings["home"], ".matplotlib"),
        JUPYTER_PLATFORM_DIRS="1",
        PYTHONDONTWRITEBYTECODE="1",
        LANG=env.get("LANG", "C.UTF-8"),
    )
    env.update(settings.get("environment", {}))
    return env


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _mount(source: str, target: str, flags: int) -> None:
    if _libc().mount(source.encode(), target.encode(), None, flags, None) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"mount {source} on {target}: {os.strerror(error)}")


def blocked_ancestor(path: str, uid: int) -> tuple[str, str] | None:
    """The first folder above `path` that `uid` may not pass through, and the next name below it:
    ("/root", ".pyenv") when Python is installed under root's home, as pyenv does."""
    parts = os.path.realpath(path).split(os.sep)[1:]
    current = os.sep
    for name in parts[:-1]:
        status = os.stat(current)
        if status.st_uid != uid and not status.st_mode & 0o001:
            return current, name
        current = os.path.join(current, name)
    return None


def private_view(settings: dict, uid: int) -> None:
    """In a mount namespace of the kernel's own: hide the instructor's folders behind empty ones, and
    let `uid` reach the Python installation even where it lives in a folder closed to it."""
    if _libc().unshare(CLONE_NEWNS) != 0:
        raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNS)")
    _mount("none", "/", MS_REC | MS_PRIVATE)
    empty = os.path.join(settings["runtime"], "empty")
    os.makedirs(empty, mode=0o700, exist_ok=True)
    for path in settings.get("hide", []):
        if os.path.exists(path):
            _mount("/dev/null" if os.path.isfile(path) else empty, path, MS_BIND)
    openings = {blocked_ancestor(p, uid) for p in (sys.executable, sys.base_prefix, sys.prefix)} - {None}
    for index, (folder, name) in enumerate(sorted(openings)):
        view = os.path.join(settings["runtime"], f"view-{index}")
        os.makedirs(os.path.join(view, name), exist_ok=True)
        os.chmod(view, 0o711)
        _mount(os.path.join(folder, name), os.path.join(view, name), MS_BIND | MS_REC)
        _mount(view, folder, MS_BIND | MS_REC)


def hand_over_connection_file(argv: list[str], path: str, uid: int, folder: str) -> list[str]:
    """jupyter_client writes the connection file readable by root alone; give the kernel its own copy."""
    copy = os.path.join(folder, "kernel-connection.json")
    with open(path, "rb") as original:
        content = original.read()
    descriptor = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    os.chown(copy, uid, uid)
    return [copy if arg == path else arg for arg in argv]


def main(argv: list[str]) -> None:
    # The grading process that starts this kernel; if it dies before die_with_parent(), nobody would stop us.
    parent = int(os.environ.get("COURSE_GRADING_PID") or os.getppid())
    settings_path, connection_file, separator, *kernel = argv
    if separator != "--" or not kernel:
        raise SystemExit("usage: python -m course.confine SETTINGS CONNECTION_FILE -- KERNEL_ARGV...")
    with open(settings_path) as handle:
        settings = json.load(handle)
    uid = settings.get("uid")
    if uid is not None:
        kernel = hand_over_connection_file(kernel, connection_file, uid, settings["private"])
        try:
            private_view(settings, uid)
        except OSError as error:  # no mount namespaces here: the folders stay as their modes allow
            print(f"course.confine: no private view ({error})", file=sys.stderr)

    limit(resource.RLIMIT_AS, settings["memory_bytes"])
    limit(resource.RLIMIT_CORE, 0)
    limit(resource.RLIMIT_FSIZE, settings["file_bytes"])
    if hasattr(resource, "RLIMIT_NPROC"):
        already = 0 if uid is not None else tasks_of(os.getuid())  # a shared id: cap what comes on top
        limit(resource.RLIMIT_NPROC, already + settings["processes"])

    log = os.open(
        os.path.join(settings["runtime"], "kernel.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600
    )
    os.dup2(log, 1)  # the kernel's own chatter; learner output travels over ZMQ into the notebook
    os.dup2(log, 2)
    os.chdir(settings["workdir"])
    if uid is not None:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    die_with_parent()
    if os.getppid() != parent:  # the grader died while this kernel was starting: never start orphaned
        os._exit(1)
    os.umask(0o077)
    os.execve(kernel[0], kernel, environment(settings))


if __name__ == "__main__":
    main(sys.argv[1:])
