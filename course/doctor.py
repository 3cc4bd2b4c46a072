"""Check that the environment is the course's, and say exactly what to fix when it is not."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from course.pins import canonical, installed, pinned

FIX = "run `make lab` (or `pip install -r requirements.lock -e .`) from the course folder"


@dataclass(frozen=True)
class Finding:
    ok: bool
    what: str
    fix: str = ""


# A package imported under one name but installed from a different distribution per platform:
# TensorFlow is `tensorflow-cpu` on Linux and Windows and `tensorflow` on Apple-silicon macOS.
DISTRIBUTIONS = {"tensorflow": ("tensorflow", "tensorflow-cpu")}


def distribution(name: str, pins: dict[str, str]) -> str:
    """The distribution that provides `name` here: the first of its alternatives pinned on this platform."""
    candidates = DISTRIBUTIONS.get(canonical(name), (name,))
    return next((c for c in candidates if canonical(c) in pins), candidates[0])


def version_findings(names: list[str]) -> list[Finding]:
    pins = pinned()
    findings = []
    for name in (distribution(n, pins) for n in names):
        want = pins.get(canonical(name))
        have = installed(name)
        if have is None:
            findings.append(Finding(False, f"{name} is not installed (the course pins {want})", FIX))
        elif want is not None and have != want:
            findings.append(Finding(False, f"{name} {have} is installed, the course pins {want}", FIX))
        else:
            findings.append(Finding(True, f"{name} {have}"))
    return findings


def python_finding() -> Finding:
    return Finding(sys.version_info >= (3, 11), f"Python {sys.version.split()[0]}", "install Python 3.11 or newer")


def check_versions(*names: str) -> bool:
    """For a notebook's setup cell: one line when all is well, a clear warning per mismatch otherwise."""
    findings = [python_finding(), *version_findings(list(names))]
    bad = [f for f in findings if not f.ok]
    if not bad:
        print("Environment OK:", ", ".join(f.what for f in findings))
        return True
    for finding in bad:
        print(f"WARNING: {finding.what}; to fix, {finding.fix}. Results may differ from the graded ones.")
    return False


def _pins_finding() -> Finding:
    pins = sorted(pinned())
    wrong = [f.what for f in version_findings(pins) if not f.ok]
    if not wrong:
        return Finding(True, f"all {len(pins)} pinned packages installed at their pinned versions")
    shown = ", ".join(wrong[:5]) + (f" and {len(wrong) - 5} more" if len(wrong) > 5 else "")
    return Finding(False, f"{len(wrong)} packages differ from requirements.lock: {shown}", FIX)


def _jupyter(*args: str) -> str:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "jupyter", *args], capture_output=True, text=True, timeout=120, check=False
    )
    return done.stdout + done.stderr


def _extension_findings() -> list[Finding]:
    import re

    plain = re.compile(r"\x1b\[[0-9;]*m")
    lab = plain.sub("", _jupyter("labextension", "list"))
    server = plain.sub("", _jupyter("server", "extension", "list"))
    lab_ok = re.search(r"@jupyter/nbgrader\s+v\S+\s+enabled\s+OK", lab) is not None
    wanted = ["formgrader", "validate_assignment", "assignment_list", "course_list"]
    missing = [w for w in wanted if not re.search(rf"nbgrader\.server_extensions\.{w}\s+enabled", server)]
    return [
        Finding(lab_ok, "nbgrader JupyterLab extension enabled" if lab_ok else "nbgrader JupyterLab extension is not enabled",
                "run `.venv/bin/jupyter labextension enable @jupyter/nbgrader`"),
        Finding(not missing, "nbgrader server extensions enabled" if not missing
                else f"nbgrader server extensions not enabled: {', '.join(missing)}",
                "run `.venv/bin/jupyter server extension enable --sys-prefix nbgrader`"),
    ]


def _kernel_finding() -> Finding:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        return Finding(False, "no `python3` Jupyter kernel", "run `.venv/bin/python -m ipykernel install --sys-prefix`")
    program = spec.argv[0]
    uses_this = program in {"python", "python3", sys.executable} or program.startswith(sys.prefix)
    return Finding(uses_this, f"`python3` kernel runs {program}",
                   f"the python3 kernel points at another Python; run `{sys.executable} -m ipykernel install --sys-prefix`")


def _data_findings() -> list[Finding]:
    from course import data

    problems = data.verify()
    if not problems:
        return [Finding(True, f"all {len(data.read_registry())} data files match their checksums")]
    return [Finding(False, p, "restore the file as the message says") for p in problems]


def _exchange_finding() -> Finding:
    import os

    from course.paths import course_root
    from course.settings import exchange_root

    folder = exchange_root(course_root())
    try:
        folder.mkdir(parents=True, exist_ok=True)  # as nbgrader_config.py does when nbgrader starts
    except OSError:
        pass
    ok = folder.is_dir() and os.access(folder, os.W_OK)
    return Finding(ok, f"nbgrader exchange folder {folder} is writable" if ok else f"nbgrader exchange folder {folder} is not writable",
                   f"create it (`mkdir -p {folder}`) or set COURSE_EXCHANGE to a writable folder")


def diagnose() -> list[Finding]:
    """Every check `course doctor` runs, in the order a newcomer should fix them."""
    return [python_finding(), _pins_finding(), *_data_findings(), _kernel_finding(), *_extension_findings(), _exchange_finding()]
