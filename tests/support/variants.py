"""Answer variants for the grader-validity harness, read from tests/variants/<module-id>.py.

Each block starts with a header line `# %% <exercise-id> correct|wrong: <why>` and holds a whole
replacement for that exercise's answer cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HEADER = re.compile(r"^# %% (?P<exercise>\d\d-[a-z0-9-]+-ex\d+) (?P<kind>correct|wrong): (?P<why>.+)$")
VARIANTS_DIR = Path(__file__).resolve().parent.parent / "variants"


@dataclass(frozen=True)
class Variant:
    exercise: str
    kind: str  # "correct" or "wrong"
    why: str
    code: str
    line: int  # where its header is, for error messages

    def label(self) -> str:
        return f"{self.kind}: {self.why} (tests/variants line {self.line})"


def parse(text: str, source: str = "<variants>") -> list[Variant]:
    variants: list[Variant] = []
    current: dict | None = None
    body: list[str] = []

    def close():
        if current is not None:
            code = "\n".join(body).strip("\n")
            if not code.strip():
                raise ValueError(f"{source}:{current['line']}: variant has no code")
            variants.append(Variant(code=code + "\n", **current))

    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("# %%"):
            match = HEADER.match(line)
            if not match:
                raise ValueError(f"{source}:{number}: bad header {line!r}; expected `# %% <exercise-id> correct|wrong: why`")
            close()
            current, body = {**match.groupdict(), "line": number}, []
        elif current is not None:
            body.append(line)
        elif line.strip() and not line.startswith("#") and not line.startswith('"""'):
            raise ValueError(f"{source}:{number}: code before the first `# %%` header")
    close()
    return variants


def for_module(module_id: str) -> list[Variant]:
    path = VARIANTS_DIR / f"{module_id}.py"
    return parse(path.read_text(encoding="utf-8"), str(path)) if path.exists() else []
