"""Spread the slow per-module tests over xdist workers, one module's tests together.

`--dist loadfile` keeps each file on one worker, so the round trip and the grader-validity harness of
every module ran on a single worker. xdist's own `loadgroup` would do better, but with pytest 9.2 it
no longer groups (its rewrite of `item._nodeid` is ignored), so this scheduler groups by file *and* by
the module id in a test's parameters: `tests/test_roundtrip.py::...[02-data-cleaning]` and
`...[02-data-cleaning-ex3]` fall in the scope `tests/test_roundtrip.py::02-data-cleaning`. Tests of
one module and file still share a worker, so a module's live kernel starts once.
"""

from __future__ import annotations

import re

MODULE_PARAMETER = re.compile(r"\[(\d\d-[a-z0-9-]+?)(?:-ex\d+)?\]$")


def scope_of(nodeid: str) -> str:
    """The work unit a test belongs to: its file, narrowed to a module id when it is parametrised by one."""
    file = nodeid.split("::", 1)[0]
    match = MODULE_PARAMETER.search(nodeid)
    return f"{file}::{match.group(1)}" if match else file


def make_scheduler(config, log):
    from xdist.scheduler import LoadFileScheduling

    class ByModuleScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return scope_of(nodeid)

    return ByModuleScheduling(config, log)
