"""The module list, read from syllabus.toml: the one source for the CLI, the README map and the tests."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

STATUSES = ("ready", "planned")


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    responsibility: str
    objectives: tuple[str, ...]
    minutes: int
    points: int
    status: str

    @property
    def number(self) -> str:
        return self.id[:2]

    @property
    def notebook(self) -> str:
        """The notebook's path relative to solutions/ or assignments/."""
        return f"{self.id}/{self.id}.ipynb"


def parse(text: str) -> list[Module]:
    """Parse and validate the syllabus; a bad entry raises ValueError naming the module and the field."""
    modules = []
    for raw in tomllib.loads(text).get("module", []):
        ident = raw.get("id", "?")
        missing = {"id", "title", "responsibility", "objectives", "minutes", "points", "status"} - raw.keys()
        if missing:
            raise ValueError(f"syllabus: module {ident} lacks {', '.join(sorted(missing))}")
        if raw["status"] not in STATUSES:
            raise ValueError(f"syllabus: module {ident} has status {raw['status']!r}; use one of {STATUSES}")
        modules.append(Module(**{**raw, "objectives": tuple(raw["objectives"])}))
    ids = [m.id for m in modules]
    if len(set(ids)) != len(ids):
        raise ValueError("syllabus: module ids repeat")
    return modules


@cache
def modules() -> tuple[Module, ...]:
    return tuple(parse((Path(__file__).parent / "syllabus.toml").read_text(encoding="utf-8")))


def get(module_id: str) -> Module:
    for module in modules():
        if module.id == module_id:
            return module
    raise KeyError(f"no module {module_id!r}; known: {', '.join(m.id for m in modules())}")


def ready() -> list[Module]:
    return [m for m in modules() if m.status == "ready"]


def course_map() -> str:
    """The README's course map as a Markdown table."""
    rows = [
        "| # | module | what it trains | time | points | status |",
        "|---|---|---|---|---|---|",
    ]
    for m in modules():
        link = f"[{m.title}](assignments/{m.notebook})" if m.status == "ready" else m.title
        rows.append(f"| {m.number} | {link} (`{m.id}`) | {m.responsibility} | {m.minutes} min | {m.points} | {m.status} |")
    return "\n".join(rows)


MAP_BLOCK = re.compile(r"(<!-- course-map:start[^>]*-->\n)(.*?)(\n<!-- course-map:end -->)", re.S)


def readme_map(text: str) -> str | None:
    """The course map currently between the README's markers (None if the markers are missing)."""
    match = MAP_BLOCK.search(text)
    return match[2] if match else None


def update_readme(path: Path) -> bool:
    """Rewrite the course map between the README's markers; return whether anything changed."""
    text = path.read_text(encoding="utf-8")
    if readme_map(text) is None:
        raise ValueError(f"{path} has no <!-- course-map:start --> ... <!-- course-map:end --> markers")
    new = MAP_BLOCK.sub(lambda m: m[1] + course_map() + m[3], text)
    path.write_text(new, encoding="utf-8")
    return new != text
