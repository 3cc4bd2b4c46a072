"""Checks that the course's test cells share, so every exercise is graded the same careful way.

A hidden test compares the learner's function with the reference implementation kept in the hidden
cell, on many generated inputs (`differs_from_reference`), and checks what must not happen: the input
changed (`unchanged`), a plot drawn anywhere but on the given Axes (`draws_only_on`), NumPy's or
Python's global random state touched (`global_random_state_untouched`), an `rng` argument ignored
(`rng_respected`), scratch tables left in a database (`tables_unchanged`), SQL built from values
instead of parameters (`recording_connection`, `assert_parameterised`), a layer without its
non-linearity (`effective_activations`).

Every failure is an AssertionError whose message says what kind of input broke the answer and what
to look at, never the expected value; building a message never raises, whatever the answer returned
(`describe` is safe on NaN, mixed types and objects whose repr fails).
"""

from __future__ import annotations

import contextlib
import copy
import math
import random
import sqlite3
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = [
    "Case", "assert_parameterised", "describe", "difference", "differs_from_reference",
    "draws_only_on", "effective_activations", "global_random_state_untouched", "recording_connection",
    "rng_respected", "snapshot", "tables_unchanged", "unchanged",
]

RTOL, ATOL = 1e-7, 1e-9  # the default tolerance of a numeric comparison with the reference


# --------------------------------------------------------------------------------------- messages

def describe(value: Any, limit: int = 60) -> str:
    """A short, safe description of any value for a message: never raises, never prints a whole table."""
    try:
        kind = type(value).__name__
        shape = getattr(value, "shape", None)
        if shape is not None and not np.isscalar(value):
            return f"a {kind} of shape {tuple(shape)}"
        if isinstance(value, (list, tuple, set, dict)):
            return f"a {kind} of length {len(value)}"
        text = repr(value)
    except Exception:  # a hostile or broken object: say only its type
        try:
            return f"a {type(value).__name__}"
        except Exception:
            return "an object"
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ----------------------------------------------------------------------------------- comparison

def difference(actual: Any, expected: Any, *, rtol: float = RTOL, atol: float = ATOL,
               exact_type: bool = False) -> str | None:
    """How `actual` differs from `expected`, in words that never reveal the expected values; None if alike.

    NaN equals NaN; numbers compare within rtol/atol; a list may stand for a tuple and a NumPy scalar
    for a Python one unless `exact_type`; pandas objects compare index, columns, name and values.
    """
    try:
        return _difference(actual, expected, rtol, atol, exact_type)
    except Exception as error:  # comparing must never crash a test: report it as a difference
        return f"its result could not be compared ({type(error).__name__})"


def _difference(actual, expected, rtol, atol, exact_type) -> str | None:
    import pandas as pd

    if expected is None:
        return None if actual is None else f"returned {describe(actual)} where None is expected"
    if isinstance(expected, pd.DataFrame):
        if not isinstance(actual, pd.DataFrame):
            return f"returned {describe(actual)} where a DataFrame is expected"
        if actual.shape != expected.shape:
            return f"returned a DataFrame of shape {actual.shape} instead of {expected.shape}"
        if list(map(str, actual.columns)) != list(map(str, expected.columns)):
            return "the DataFrame's columns (names or order) differ"
        if not _same_index(actual.index, expected.index):
            return "the DataFrame's index (labels or order) differs"
        for column_a, column_e in zip(actual.columns, expected.columns):
            problem = _values(actual[column_a].to_numpy(), expected[column_e].to_numpy(), rtol, atol)
            if problem:
                return f"column {str(column_e)!r} {problem}"
        return None
    if isinstance(expected, pd.Series):
        if not isinstance(actual, pd.Series):
            return f"returned {describe(actual)} where a Series is expected"
        if len(actual) != len(expected):
            return f"returned a Series of length {len(actual)} instead of {len(expected)}"
        if not _same_index(actual.index, expected.index):
            return "the Series' index (labels or order) differs"
        if str(actual.name) != str(expected.name):
            return "the Series has the wrong name"
        problem = _values(actual.to_numpy(), expected.to_numpy(), rtol, atol)
        return f"the Series {problem}" if problem else None
    if isinstance(expected, pd.Index):
        return None if _same_index(actual, expected) else "the index differs"
    if isinstance(expected, np.ndarray):
        if not isinstance(actual, np.ndarray):
            return f"returned {describe(actual)} where a NumPy array is expected"
        if actual.shape != expected.shape:
            return f"returned an array of shape {actual.shape} instead of {expected.shape}"
        if exact_type and expected.dtype.kind == "f" and actual.dtype.kind != "f":
            return f"returned an array of {actual.dtype} where floats are expected"
        problem = _values(actual, expected, rtol, atol)
        return f"the array {problem}" if problem else None
    if isinstance(expected, Mapping):
        if not isinstance(actual, Mapping):
            return f"returned {describe(actual)} where a dict is expected"
        if set(map(repr, actual)) != set(map(repr, expected)):
            return "the dict has the wrong keys"
        by_repr = {repr(k): v for k, v in actual.items()}
        for key, value in expected.items():
            problem = _difference(by_repr[repr(key)], value, rtol, atol, exact_type)
            if problem:
                return f"at key {describe(key)}: {problem}"
        return None
    if isinstance(expected, (set, frozenset)):
        if not isinstance(actual, (set, frozenset)):
            return f"returned {describe(actual)} where a set is expected"
        return None if actual == expected else "the set holds the wrong elements"
    if isinstance(expected, (list, tuple)):
        if not isinstance(actual, (list, tuple)) or (exact_type and type(actual) is not type(expected)):
            return f"returned {describe(actual)} where a {type(expected).__name__} is expected"
        if len(actual) != len(expected):
            return f"returned {len(actual)} items instead of {len(expected)}"
        for index, (a, e) in enumerate(zip(actual, expected)):
            problem = _difference(a, e, rtol, atol, exact_type)
            if problem:
                return f"item {index}: {problem}"
        return None
    if isinstance(expected, (bool, np.bool_)):
        if not isinstance(actual, (bool, np.bool_)):
            return f"returned {describe(actual)} where True or False is expected"
        return None if bool(actual) == bool(expected) else "returned the wrong truth value"
    if isinstance(expected, (int, float, np.integer, np.floating)):
        if isinstance(actual, (bool, np.bool_)) or not isinstance(actual, (int, float, np.integer, np.floating)):
            return f"returned {describe(actual)} where a number is expected"
        if exact_type and isinstance(expected, (float, np.floating)) and not isinstance(actual, (float, np.floating)):
            return f"returned an {type(actual).__name__} where a float is expected"
        if exact_type and isinstance(expected, (int, np.integer)) and not isinstance(actual, (int, np.integer)):
            return f"returned a {type(actual).__name__} where an integer is expected"
        return None if _close(float(actual), float(expected), rtol, atol) else "returned the wrong number"
    if isinstance(expected, str):
        if not isinstance(actual, str):
            return f"returned {describe(actual)} where a string is expected"
        return None if actual == expected else "returned the wrong string"
    if type(expected).__eq__ is object.__eq__ and hasattr(expected, "__dict__"):
        # an object compared by identity (a scikit-learn estimator): compare its attributes instead
        if type(actual) is not type(expected):
            return f"returned {describe(actual)} where a {type(expected).__name__} is expected"
        problem = _difference(vars(actual), vars(expected), rtol, atol, exact_type)
        return None if problem is None else f"a {type(expected).__name__} whose attributes differ ({problem})"
    equal = actual == expected
    return None if bool(equal) else f"returned {describe(actual)}, which is not the expected value"


def _close(a: float, b: float, rtol: float, atol: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=rtol, abs_tol=atol)


def _same_index(a, b) -> bool:
    import pandas as pd

    if not isinstance(a, pd.Index) or len(a) != len(b) or a.nlevels != b.nlevels:
        return False
    return list(map(repr, a.tolist())) == list(map(repr, b.tolist())) or bool(a.equals(b))


def _values(actual: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> str | None:
    """None when two arrays of one shape hold the same values (NaN and None count as missing)."""
    import pandas as pd

    actual, expected = np.asarray(actual), np.asarray(expected)
    if actual.shape != expected.shape:
        return f"has shape {actual.shape} instead of {expected.shape}"
    numeric = "biuf"
    if expected.dtype.kind in numeric and actual.dtype.kind in numeric:
        a, e = actual.astype(float), expected.astype(float)
        if not np.array_equal(np.isnan(a), np.isnan(e)):
            return "has missing values (NaN) in the wrong places"
        return None if np.allclose(a, e, rtol=rtol, atol=atol, equal_nan=True) else "holds wrong values"
    if expected.dtype.kind == "M" or actual.dtype.kind == "M":
        if actual.dtype.kind != expected.dtype.kind:
            return "holds values of the wrong kind (dates expected)" if expected.dtype.kind == "M" else "holds dates"
        return None if np.array_equal(actual, expected, equal_nan=True) else "holds wrong dates"
    missing_a = np.asarray(pd.isna(actual), dtype=bool).reshape(actual.shape)
    missing_e = np.asarray(pd.isna(expected), dtype=bool).reshape(expected.shape)
    if not np.array_equal(missing_a, missing_e):
        return "has missing values in the wrong places"
    for a, e in zip(actual[~missing_e].ravel(), expected[~missing_e].ravel()):
        if _difference(a, e, rtol, atol, False):
            return "holds wrong values"
    return None


# ----------------------------------------------------------------------------- the input unchanged

def snapshot(value: Any) -> Any:
    """A deep copy to compare with later (pandas objects copied deeply, arrays with their dtype)."""
    import pandas as pd

    if isinstance(value, (pd.DataFrame, pd.Series, pd.Index)):
        return value.copy(deep=True)
    if isinstance(value, np.ndarray):
        return value.copy()
    if type(value) in (tuple, list):
        return type(value)(snapshot(item) for item in value)  # one uncopyable item spoils no other
    if type(value) is dict:
        return {key: snapshot(item) for key, item in value.items()}
    try:
        return copy.deepcopy(value)
    except Exception:
        return value  # not copyable (a connection): not compared


def _changed(before: Any, after: Any) -> bool:
    import pandas as pd

    if isinstance(before, (np.random.Generator, np.random.RandomState, random.Random)):
        return False  # a generator is meant to advance when it is drawn from
    if before is after and not isinstance(after, (np.ndarray, pd.DataFrame, pd.Series)):
        return False  # an object that could not be copied
    if isinstance(before, (pd.DataFrame, pd.Series)):
        if type(after) is not type(before) or before.shape != after.shape:
            return True
        if isinstance(before, pd.DataFrame) and list(before.dtypes) != list(after.dtypes):
            return True
        return difference(after, before, rtol=0, atol=0) is not None
    if isinstance(before, np.ndarray):
        return not isinstance(after, np.ndarray) or before.dtype != after.dtype or difference(after, before, rtol=0, atol=0) is not None
    return difference(after, before, rtol=0, atol=0) is not None


@contextlib.contextmanager
def unchanged(*values: Any, names: Sequence[str] | None = None, who: str = "your function") -> Iterator[None]:
    """Fail if the code run inside changes any of `values` (a DataFrame, array, list, dict...).

    with checks.unchanged(df, names=["df"]):
        clean(df)
    """
    names = list(names) if names else [f"argument {i + 1}" for i in range(len(values))]
    befores = [snapshot(value) for value in values]
    yield
    for name, before, value in zip(names, befores, values):
        if _changed(before, value):
            raise AssertionError(
                f"{who} changed the {name} passed to it (in place: inplace=True, an assignment to a column "
                "or an element, sort or append on the caller's object): work on a copy and return a new object"
            )


# ------------------------------------------------------------------------- differential testing

@dataclass(frozen=True)
class Case:
    """One generated input: `label` says in words what kind of input it is (it goes into the message)."""

    label: str
    args: tuple = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)


def differs_from_reference(func: Callable, reference: Callable, cases: Iterable[Case | tuple], *,
                           name: str | None = None, rtol: float = RTOL, atol: float = ATOL,
                           exact_type: bool = False, check_unchanged: bool | Iterable[int | str] = True,
                           compare: Callable[[Any, Any], str | None] | None = None) -> None:
    """Call `func` and `reference` on every case and fail on the first case where they disagree.

    Each call gets its own deep copy of the inputs, so an answer that changes its input cannot change
    what the reference sees; with `check_unchanged` that change fails the test too (a random generator
    argument is copied too, so both draw the same numbers, and may advance). A case is a `Case`
    or a tuple (label, args) or (label, args, kwargs). When the reference raises, the answer must
    raise an exception of the same type. `check_unchanged` may name the arguments to check, by position
    (0-based) or keyword, when another one is meant to change (a model the answer fits).
    `compare(actual, expected)` replaces `difference` and returns
    None or a short reason. The message names the case's label and the kind of difference, never the
    expected value. Warnings raised by either side are silenced: an edge case may rightly warn (an
    all-NaN slice), and nbgrader scores a test cell that writes to stderr 0.
    """
    name = name or getattr(func, "__name__", "your function")
    for case in cases:
        if not isinstance(case, Case):
            case = Case(*case)
        args_ref, kwargs_ref = snapshot(tuple(case.args)), snapshot(dict(case.kwargs))
        args, kwargs = snapshot(tuple(case.args)), snapshot(dict(case.kwargs))
        args_before, kwargs_before = snapshot(args), snapshot(kwargs)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                expected, expected_error = reference(*args_ref, **kwargs_ref), None
        except Exception as error:  # the task says the function raises on this input
            expected, expected_error = None, error
        try:
            with warnings.catch_warnings():  # a warning is not a wrong value; written to stderr, nbgrader would score 0
                warnings.simplefilter("ignore")
                actual = func(*args, **kwargs)
        except Exception as error:
            if expected_error is not None and isinstance(error, type(expected_error)):
                continue
            if expected_error is not None:
                raise AssertionError(
                    f"{name} raised {type(error).__name__} on {case.label}, where the task asks for "
                    f"{type(expected_error).__name__}"
                ) from None
            raise AssertionError(
                f"{name} raised {type(error).__name__} on {case.label}: {_first_line(error)}"
            ) from None
        if expected_error is not None:
            raise AssertionError(
                f"{name} should raise {type(expected_error).__name__} on {case.label}, but it returned {describe(actual)}"
            )
        if check_unchanged:
            chosen = None if check_unchanged is True else set(check_unchanged)
            for index, (before, after) in enumerate(zip(args_before, args)):
                if (chosen is None or index in chosen) and _changed(before, after):
                    raise AssertionError(
                        f"{name} changed its argument {index + 1} in place on {case.label}: work on a copy"
                    )
            for key, before in kwargs_before.items():
                if (chosen is None or key in chosen) and _changed(before, kwargs[key]):
                    raise AssertionError(f"{name} changed its argument `{key}` in place on {case.label}: work on a copy")
        if compare is not None:
            try:
                problem = compare(actual, expected)
            except Exception as error:
                problem = f"its result could not be checked ({type(error).__name__})"
        else:
            problem = difference(actual, expected, rtol=rtol, atol=atol, exact_type=exact_type)
        if problem:
            raise AssertionError(f"{name} is wrong on {case.label}: {problem}")


def _first_line(error: BaseException) -> str:
    try:
        text = str(error).strip().splitlines()
    except Exception:
        return "(its message could not be read)"
    return (text[0][:150] if text else "(no message)")


# ------------------------------------------------------------------------------- random state

_PROBE_SEED = 987654321  # the global generators are set to this seed, advanced, while a check runs


@contextlib.contextmanager
def global_random_state_untouched(who: str = "your function") -> Iterator[None]:
    """Fail if the code inside draws from or reseeds NumPy's or Python's global random generator.

    The global generators are first moved to a probe state (a seed, then a few draws), which no call of
    `np.random.seed` or `random.seed` can land on again: an answer that reseeds them on every call
    would otherwise look untouched on its second call. The caller's state is put back afterwards.
    """
    numpy_original, python_original = np.random.get_state(), random.getstate()
    np.random.seed(_PROBE_SEED)
    np.random.random_sample(7)
    random.seed(_PROBE_SEED)
    random.random()
    numpy_before, python_before = np.random.get_state(), random.getstate()
    try:
        yield
        numpy_after = np.random.get_state()
        same_numpy = numpy_before[0] == numpy_after[0] and np.array_equal(numpy_before[1], numpy_after[1]) and all(
            a == b for a, b in zip(numpy_before[2:], numpy_after[2:])
        )
        if not same_numpy:
            raise AssertionError(
                f"{who} used NumPy's global random generator (np.random.seed, np.random.rand, a model "
                "without random_state...): draw only from the `rng` or seed you are given"
            )
        if random.getstate() != python_before:
            raise AssertionError(
                f"{who} used Python's global `random` module: draw only from the `rng` or seed you are given"
            )
    finally:
        np.random.set_state(numpy_original)
        random.setstate(python_original)


def rng_respected(call: Callable[[int], Any], *, seeds: Sequence[int] = (0, 1, 2, 3), who: str = "your function",
                  compare: Callable[[Any, Any], str | None] | None = None) -> None:
    """Fail unless `call(seed)` gives the same result for one seed twice and not always the same across seeds.

    `call` builds its own generator, e.g. `lambda seed: sample(data, rng=np.random.default_rng(seed))`.
    """
    same = compare or (lambda a, b: difference(a, b, rtol=0, atol=0))
    first = call(seeds[0])
    if same(call(seeds[0]), first) is not None:
        raise AssertionError(f"{who} gave different results for the same seed: draw only from the rng you are given")
    if all(same(call(seed), first) is None for seed in seeds[1:]):
        raise AssertionError(
            f"{who} gave the same result whatever the rng: use the rng you are given, not a fixed seed or the global one"
        )


# ------------------------------------------------------------------------------------- plotting

def _size(container) -> int:
    try:
        return len(container)
    except TypeError:  # seaborn's BoxPlotContainer and other containers without a length
        return 1


def _fingerprint(ax) -> tuple:
    legend = ax.get_legend()
    return (
        len(ax.lines), len(ax.patches), len(ax.collections), len(ax.images), len(ax.texts), len(ax.tables),
        ax.get_title(), ax.get_xlabel(), ax.get_ylabel(), legend is not None,
        tuple(_size(c) for c in ax.containers),
    )


def _empty(ax) -> bool:
    return _fingerprint(ax) == (0, 0, 0, 0, 0, 0, "", "", "", False, ())


@contextlib.contextmanager
def draws_only_on(ax, who: str = "your function") -> Iterator[None]:
    """Fail unless the code inside draws on `ax`, and on no other Axes or figure.

    A tiny decoy Axes is added to `ax`'s own figure and made current, so code that draws with
    `plt.plot` or `plt.gca()` instead of the `ax` it was given lands there and is caught, while
    library calls that check `ax` belongs to the current figure (`Series.hist(ax=ax)`) still work.
    The decoy is removed afterwards.
    """
    import matplotlib.pyplot as plt

    figure = ax.figure
    before = {id(a): _fingerprint(a) for number in plt.get_fignums() for a in plt.figure(number).axes}
    numbers_before = set(plt.get_fignums())
    if getattr(figure, "number", None) in numbers_before:
        plt.figure(figure.number)
    decoy = figure.add_axes((0.0, 0.0, 0.01, 0.01))
    plt.sca(decoy)
    target_before = _fingerprint(ax)
    try:
        yield
        if not _empty(decoy):
            raise AssertionError(
                f"{who} drew on the current matplotlib Axes (plt.plot, plt.title, plt.gca()...) instead of the "
                "`ax` it was given: call the drawing methods of `ax` (ax.plot, ax.set_title...) or pass ax=ax"
            )
        for number in plt.get_fignums():
            other_figure = plt.figure(number)
            for other in other_figure.axes:
                if other is ax or other is decoy:
                    continue
                if (id(other) not in before and not _empty(other)) or (
                    id(other) in before and before[id(other)] != _fingerprint(other)
                ):
                    where = "a new figure" if number not in numbers_before else "another Axes"
                    if other_figure is figure and number in numbers_before:
                        where = "another Axes of the same figure"
                    raise AssertionError(f"{who} drew on {where} instead of only the `ax` it was given")
        if _fingerprint(ax) == target_before:
            raise AssertionError(f"{who} drew nothing on the `ax` it was given")
    finally:
        decoy.remove()


# ----------------------------------------------------------------------------------- databases

def _catalogue(conn: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    """The schema objects of both schemas (main and temp), and the row count of every table."""
    objects = conn.execute("SELECT 'main', type, name, sql FROM sqlite_master").fetchall()
    objects += conn.execute("SELECT 'temp', type, name, sql FROM sqlite_temp_master").fetchall()
    counts = []
    for schema, kind, name, _ in objects:
        if kind == "table" and not name.startswith("sqlite_"):
            quoted = '"' + name.replace('"', '""') + '"'
            counts.append((schema, name, conn.execute(f"SELECT COUNT(*) FROM {schema}.{quoted}").fetchone()[0]))
    return sorted(map(tuple, objects)), sorted(counts)


@contextlib.contextmanager
def tables_unchanged(conn: sqlite3.Connection, who: str = "your function") -> Iterator[None]:
    """Fail if the code inside leaves the database with other tables, views, indexes or row counts.

    A query may use temporary tables or views if it drops them again; it must not leave scratch
    tables behind nor change the tables it reads.
    """
    objects_before, counts_before = _catalogue(conn)
    yield
    objects_after, counts_after = _catalogue(conn)
    added = sorted({row[2] for row in objects_after} - {row[2] for row in objects_before})
    if added:
        raise AssertionError(
            f"{who} left {', '.join(map(str, added))} in the database it was given: a query should read the "
            "tables, not leave scratch tables behind (drop them, or use a subquery or WITH)"
        )
    if objects_after != objects_before or counts_after != counts_before:
        raise AssertionError(
            f"{who} changed the tables of the database it was given (dropped, altered, or rows added or "
            "deleted): a query should only read them"
        )


class RecordingCursor(sqlite3.Cursor):
    """A cursor that records every statement it is asked to run, with its parameters, as written."""

    def execute(self, sql, parameters=(), /):
        self.connection.statements.append((sql, parameters))
        return super().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        seq_of_parameters = list(seq_of_parameters)
        self.connection.statements.append((sql, seq_of_parameters))
        return super().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script, /):
        self.connection.statements.append((sql_script, ()))
        return super().executescript(sql_script)


class RecordingConnection(sqlite3.Connection):
    """A sqlite3 connection (pandas treats it as one) that records each statement before SQLite expands it.

    `set_trace_callback` cannot tell a parameterised query from a formatted one: since Python 3.11 it
    shows statements with their parameters already substituted. This connection sees the SQL text as
    the learner's code wrote it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.statements: list[tuple[str, Any]] = []

    def cursor(self, factory=RecordingCursor):
        return super().cursor(factory)

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)


def recording_connection(source: sqlite3.Connection) -> RecordingConnection:
    """A private in-memory copy of `source` whose `.statements` lists the SQL run on it, as written."""
    conn = sqlite3.connect(":memory:", factory=RecordingConnection)
    if source.in_transaction:  # backup would wait forever for the source's own write lock
        conn.executescript("\n".join(source.iterdump()))
    else:
        source.backup(conn)
    conn.statements.clear()
    return conn


def assert_parameterised(conn: RecordingConnection, *values: Any, who: str = "your function") -> None:
    """Fail if any statement run on `conn` holds one of `values` in its SQL text instead of as a parameter."""
    if not conn.statements:
        raise AssertionError(f"{who} ran no SQL on the connection it was given: query the database with it")
    for sql, _ in conn.statements:
        text = str(sql)
        for value in values:
            if str(value) and str(value) in text:
                raise AssertionError(
                    f"{who} wrote a value into the SQL text: pass values as parameters (`?` placeholders "
                    "and params=...), never with f-strings, + or format"
                )


# ------------------------------------------------------------------------------------- networks

_ACTIVATION_LAYERS = {"ReLU": "relu", "Softmax": "softmax", "LeakyReLU": "leaky_relu", "ELU": "elu", "PReLU": "prelu"}


def _flat_layers(model) -> list:
    flat = []
    for layer in getattr(model, "layers", []):
        if hasattr(layer, "layers") and layer.__class__.__name__ in {"Sequential", "Functional", "Model"}:
            flat.extend(_flat_layers(layer))
        else:
            flat.append(layer)
    return flat


def _activation_name(layer) -> str:
    activation = getattr(layer, "activation", None)
    name = getattr(activation, "__name__", None) or str(activation)
    return {"linear": "linear", "None": "linear"}.get(name, name)


def effective_activations(model) -> list[tuple[str, str]]:
    """(layer class name, effective activation) for every layer with weights (Dense, Conv*), in order.

    The activation counts however it is written: `Dense(8, activation="relu")`, or a linear layer
    followed (before the next layer with weights) by `Activation("relu")` or `ReLU()`. So a correct
    network written either way reads the same, and two linear layers followed by one ReLU read as a
    linear layer then a ReLU one.
    """
    layers = _flat_layers(model)
    found = []
    for index, layer in enumerate(layers):
        kind = layer.__class__.__name__
        if not (kind == "Dense" or kind.startswith("Conv")):
            continue
        name = _activation_name(layer)
        if name == "linear":
            for later in layers[index + 1:]:
                later_kind = later.__class__.__name__
                if later_kind == "Dense" or later_kind.startswith("Conv"):
                    break
                if later_kind == "Activation":
                    name = _activation_name(later)
                    break
                if later_kind in _ACTIVATION_LAYERS:
                    name = _ACTIVATION_LAYERS[later_kind]
                    break
        found.append((kind, name))
    return found
