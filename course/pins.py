"""The course's pinned versions, read from requirements.lock (the single source of the pins)."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from course.paths import course_root

_PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)==([^\s;#]+)\s*(?:;\s*([^#]+))?")


def canonical(name: str) -> str:
    """PEP 503 name normalisation, so `scikit_learn` and `Scikit-Learn` compare equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_pins(text: str) -> dict[str, tuple[str, str | None]]:
    """`name==version [; marker]` lines to {canonical name: (version, marker or None)}."""
    pins = {}
    for line in text.splitlines():
        match = _PIN.match(line)
        if match:
            name, version, marker = match.groups()
            pins[canonical(name)] = (version, marker.strip() if marker else None)
    return pins


def pinned(lock: Path | None = None) -> dict[str, str]:
    """Pins that apply on this platform: {canonical name: version}."""
    from packaging.markers import Marker

    lock = lock or course_root() / "requirements.lock"
    pins = parse_pins(lock.read_text(encoding="utf-8"))
    return {name: version for name, (version, marker) in pins.items() if marker is None or Marker(marker).evaluate()}


def installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
