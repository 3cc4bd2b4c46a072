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


def version_findings(names: list[str]) -> list[Finding]:
    pins = pinned()
    findings = []
    for name in names:
        want = pins.get(canonical(name))
        have = installed(name)
        if have is None:
            findings.append(Finding(False, f"{name} is not installed (the course pins {want})", FIX))
        elif want is not None and have != want:
            findings.append(Finding(False, f"{name} {have} is installed, the course pins {want}", FIX))
        else:
            findings.append(Finding(True, f"{name} {have}"))
    return findings


def check_versions(*names: str) -> bool:
    """For a notebook's setup cell: one line when all is well, a clear warning per mismatch otherwise."""
    findings = [Finding(sys.version_info >= (3, 11), f"Python {sys.version.split()[0]}", "install Python 3.11+")]
    findings += version_findings(list(names))
    bad = [f for f in findings if not f.ok]
    if not bad:
        print("Environment OK:", ", ".join(f.what for f in findings))
        return True
    for finding in bad:
        print(f"WARNING: {finding.what}; to fix, {finding.fix}. Results may differ from the graded ones.")
    return False
