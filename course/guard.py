"""Runs inside the graded kernel: keeps learner code from rebinding what the tests rely on.

A submission that sets `np.allclose = lambda *a, **k: True`, replaces `builtins.isinstance`, binds
the name `np` to a look-alike of numpy or silences IPython's `showtraceback` would pass tests it fails.
The grader calls `install()` before the first cell, `check()` before each test cell (restoring quietly
whatever an answer cell rebound, so the tests run on the genuine functions) and `check()` after it: a
change made *while* the test ran (by the learner's function the test called) fails that test cell.

It is a guard against plausible tampering, not a security boundary: code in the same process can
always find and disable it. Isolation from the instructor's files and machine is the sandbox's job.
"""

from __future__ import annotations

import importlib
import sys

# The builtins this module calls, bound at import (before any learner code runs): a learner who
# replaces builtins.sorted must not blind the very check that would catch it.
from builtins import delattr, getattr, set, setattr, sorted, type, vars

MODULES = ("builtins", "math", "numpy", "numpy.testing", "pandas", "pandas.testing", "course.checks", "course")
ALIASES = {"np": "numpy", "pd": "pandas"}  # names the course's tests use in the notebook's namespace
CLASSES = (("pandas", "DataFrame"), ("pandas", "Series"), ("pandas", "Index"))
COMPARISONS = (
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__bool__",
    "__len__",
    "__contains__",
)
SHELL_METHODS = (
    "showtraceback",
    "_showtraceback",
    "showsyntaxerror",
    "run_cell",
    "run_cell_async",
    "run_code",
    "run_ast_nodes",
    "transform_cell",
)
_MISSING = object()
_saved: dict = {}


def _shell():
    from IPython import get_ipython

    return get_ipython()


def install() -> None:
    """Remember the genuine objects. Modules not importable here are simply not watched."""
    _saved.clear()
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        _saved[("module", name)] = (module, {k: v for k, v in vars(module).items() if not k.startswith("_")})
    for module_name, class_name in CLASSES:
        module = sys.modules.get(module_name)
        if module is not None:
            cls = getattr(module, class_name)
            watched = {k: v for k, v in vars(cls).items() if not k.startswith("_") or k in COMPARISONS}
            _saved[("class", f"{module_name}.{class_name}")] = (cls, watched)
    shell = _shell()
    if shell is not None:
        _saved[("shell", "")] = (shell, {m: getattr(type(shell), m, _MISSING) for m in SHELL_METHODS})
        _saved[("names", "")] = (shell.user_ns, ALIASES)
    _saved[("hook", "sys.excepthook")] = (sys, {"excepthook": sys.excepthook})


def check() -> list[str]:
    """Names rebound since the last check; each is put back as it was."""
    changed = []
    for (kind, label), (owner, originals) in _saved.items():
        if kind == "shell":
            for method, original in originals.items():
                if method in vars(owner):  # patched on the instance
                    changed.append(f"IPython shell.{method}")
                    delattr(owner, method)
                if getattr(type(owner), method, _MISSING) is not original:
                    changed.append(f"IPython {type(owner).__name__}.{method}")
                    setattr(type(owner), method, original)
            continue
        if kind == "names":
            for alias, module_name in originals.items():
                module = sys.modules.get(module_name)
                if alias in owner and module is not None and owner[alias] is not module:
                    changed.append(f"the name {alias} (not {module_name})")
                    owner[alias] = module
            continue
        current = vars(owner)
        names = set(originals)
        if kind == "class":
            names |= {k for k in COMPARISONS if k in current}
        for name in sorted(names):
            original = originals.get(name, _MISSING)
            if current.get(name, _MISSING) is not original:
                changed.append(f"{label}.{name}")
                if original is _MISSING:
                    delattr(owner, name)
                else:
                    setattr(owner, name, original)
    return changed
