"""The shared checks that notebooks' test cells import: each catches its mistake and passes honest code."""

from __future__ import annotations

import random
import sqlite3

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from course import checks  # noqa: E402


def test_describe_never_raises_and_hides_tables():
    class Hostile:
        def __repr__(self):
            raise RuntimeError("no")

    assert checks.describe(Hostile()) == "a Hostile"
    assert checks.describe(pd.DataFrame({"a": [1, 2]})) == "a DataFrame of shape (2, 1)"
    assert checks.describe(float("nan")) == "nan"
    assert checks.describe([np.nan, "a", 1]) == "a list of length 3"
    assert len(checks.describe("x" * 500)) == 60


@pytest.mark.parametrize(
    "actual, expected, words",
    [
        (1.0, 1.0 + 1e-12, None),
        (float("nan"), float("nan"), None),
        (np.float64(2.0), 2.0, None),
        (2, 2.0, None),
        (True, 1.0, "where a number is expected"),
        (1.5, 2.0, "wrong number"),
        ([1, 2], (1, 2), None),
        ([1, 2], [1, 2, 3], "2 items instead of 3"),
        (np.array([1.0, np.nan]), np.array([1.0, np.nan]), None),
        (np.array([1.0, 2.0]), np.array([1.0, np.nan]), "missing values"),
        (np.array([1.0, 2.0]), np.array([[1.0, 2.0]]), "shape"),
        ([1.0, 2.0], np.array([1.0, 2.0]), "where a NumPy array is expected"),
        (pd.Series([1.0], index=["a"], name="x"), pd.Series([1.0], index=["a"], name="x"), None),
        (pd.Series([1.0], index=["a"], name="y"), pd.Series([1.0], index=["a"], name="x"), "wrong name"),
        (pd.Series([1.0], index=["b"], name="x"), pd.Series([1.0], index=["a"], name="x"), "index"),
        (pd.DataFrame({"a": ["x", None]}), pd.DataFrame({"a": ["x", np.nan]}), None),
        (pd.DataFrame({"b": [1]}), pd.DataFrame({"a": [1]}), "columns"),
        ({"a": 1, "b": [1, 2]}, {"b": [1, 2], "a": 1}, None),
        ({"a": 1}, {"a": 2}, "at key 'a'"),
        ("x", "y", "wrong string"),
        (None, 1, "where a number is expected"),
    ],
)
def test_difference_names_the_kind_of_difference_only(actual, expected, words):
    problem = checks.difference(actual, expected)
    if words is None:
        assert problem is None, problem
    else:
        assert problem and words in problem, problem


def test_difference_with_exact_type():
    assert "float is expected" in checks.difference(2, 2.0, exact_type=True)
    assert checks.difference(np.float64(2.0), 2.0, exact_type=True) is None


def test_differs_from_reference_names_the_case_and_catches_mutation():
    def reference(values):
        return sorted(values)

    def in_place(values):
        values.sort()
        return values

    def wrong_at_ties(values):
        return sorted(set(values))

    cases = [checks.Case("three distinct numbers", ([3, 1, 2],)), ("a tie", ([2, 1, 2],))]
    checks.differs_from_reference(reference, reference, cases)
    with pytest.raises(AssertionError, match="changed its argument 1 in place on three distinct numbers"):
        checks.differs_from_reference(in_place, reference, cases)
    with pytest.raises(AssertionError, match="wrong on a tie: returned 2 items instead of 3") as info:
        checks.differs_from_reference(wrong_at_ties, reference, cases)
    assert "[1, 2, 2]" not in str(info.value)


def test_differs_from_reference_on_exceptions():
    def reference(x):
        if x < 0:
            raise ValueError("negative")
        return x

    def crashes(x):
        return [][x]

    def never_raises(x):
        return x

    with pytest.raises(AssertionError, match="raised IndexError on zero: list index out of range"):
        checks.differs_from_reference(crashes, reference, [("zero", (0,))])
    with pytest.raises(AssertionError, match="should raise ValueError on a negative"):
        checks.differs_from_reference(never_raises, reference, [("a negative", (-1,))])
    checks.differs_from_reference(reference, reference, [("a negative", (-1,))])


def test_unchanged_catches_inplace_edits():
    frame = pd.DataFrame({"a": [1.0, np.nan]})
    with checks.unchanged(frame, names=["frame"]):
        frame.fillna(0.0)
    with pytest.raises(AssertionError, match="changed the frame"):
        with checks.unchanged(frame, names=["frame"]):
            frame.fillna(0.0, inplace=True)
    values = {"k": [1]}
    with pytest.raises(AssertionError, match="argument 1"):
        with checks.unchanged(values):
            values["k"].append(2)


def test_global_random_state():
    with checks.global_random_state_untouched():
        np.random.default_rng(0).random(3)
    with pytest.raises(AssertionError, match="NumPy's global"):
        with checks.global_random_state_untouched():
            np.random.seed(0)
    with pytest.raises(AssertionError, match="Python's global"):
        with checks.global_random_state_untouched():
            random.random()


def test_global_random_state_catches_a_reseed_to_the_same_seed_and_restores_the_state():
    np.random.seed(0)
    state = np.random.get_state()
    with pytest.raises(AssertionError, match="NumPy's global"):
        with checks.global_random_state_untouched():
            np.random.seed(0)  # the state it had before the check: still a use of the global generator
    assert np.array_equal(np.random.get_state()[1], state[1]) and np.random.get_state()[2] == state[2]


def test_rng_respected():
    checks.rng_respected(lambda seed: np.random.default_rng(seed).random(3))
    with pytest.raises(AssertionError, match="whatever the rng"):
        checks.rng_respected(lambda seed: np.random.default_rng(0).random(3))
    state = np.random.RandomState(5)
    with pytest.raises(AssertionError, match="different results for the same seed"):
        checks.rng_respected(lambda seed: state.random_sample(3))


def test_draws_only_on():
    figure, (left, right) = plt.subplots(1, 2)
    try:
        with checks.draws_only_on(left):
            left.plot([1, 2], [3, 4])
        with pytest.raises(AssertionError, match="current matplotlib Axes"):
            with checks.draws_only_on(right):
                plt.plot([1, 2], [3, 4])
        with pytest.raises(AssertionError, match="another Axes of the same figure"):
            with checks.draws_only_on(right):
                left.bar([1], [2])
        with pytest.raises(AssertionError, match="a new figure"):
            with checks.draws_only_on(right):
                plt.subplots()[1].plot([1], [1])
        with pytest.raises(AssertionError, match="drew nothing"):
            with checks.draws_only_on(right):
                pass
        with checks.draws_only_on(right):
            pd.Series([1.0, 2.0, 2.0, 3.0]).hist(ax=right)
        assert len(figure.axes) == 2, "the decoy Axes must be removed afterwards"
    finally:
        plt.close("all")


def test_draws_only_on_with_a_box_plot_open():
    import seaborn as sns

    figure, (left, right) = plt.subplots(1, 2)
    try:
        sns.boxplot(x=[1.0, 2.0, 3.0], ax=left)
        with checks.draws_only_on(right):
            right.plot([1, 2], [1, 2])
    finally:
        plt.close("all")


def _shop():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (name TEXT, n INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [("a", 1), ("b", 2)])
    return conn


def test_tables_unchanged():
    conn = _shop()
    with checks.tables_unchanged(conn):
        conn.execute("CREATE TEMP TABLE scratch AS SELECT * FROM t")
        conn.execute("DROP TABLE scratch")
    with pytest.raises(AssertionError, match="left scratch"):
        with checks.tables_unchanged(conn):
            conn.execute("CREATE TEMP TABLE scratch AS SELECT * FROM t")
    conn.execute("DROP TABLE scratch")
    with pytest.raises(AssertionError, match="rows added or deleted"):
        with checks.tables_unchanged(conn):
            conn.execute("DELETE FROM t WHERE n = 1")


def test_recording_connection_sees_sql_as_written_through_pandas():
    conn = checks.recording_connection(_shop())
    frame = pd.read_sql_query("SELECT * FROM t WHERE name = ?", conn, params=("b",))
    assert len(frame) == 1
    checks.assert_parameterised(conn, "b")
    conn.statements.clear()
    pd.read_sql_query("SELECT * FROM t WHERE name = 'b'", conn)
    with pytest.raises(AssertionError, match="as parameters"):
        checks.assert_parameterised(conn, "b")
    conn.statements.clear()
    with pytest.raises(AssertionError, match="ran no SQL"):
        checks.assert_parameterised(conn, "b")


def test_a_generator_argument_may_advance_and_both_sides_draw_the_same():
    def reference(n, rng):
        return rng.random(n)

    checks.differs_from_reference(reference, reference, [("three draws", (3, np.random.default_rng(0)))])
    with pytest.raises(AssertionError, match="wrong on three draws"):
        checks.differs_from_reference(lambda n, rng: np.random.default_rng(1).random(n), reference,
                                      [("three draws", (3, np.random.default_rng(0)))])


def test_exact_type_tells_integer_arrays_from_float_ones():
    assert "where floats are expected" in checks.difference(np.array([1, 2]), np.array([1.0, 2.0]), exact_type=True)
    assert checks.difference(np.array([1, 2]), np.array([1.0, 2.0])) is None


def test_check_unchanged_can_name_the_arguments_to_check():
    def fit_and_count(model, rows):
        model.append(len(rows))
        return len(rows)

    checks.differs_from_reference(fit_and_count, fit_and_count, [("a list", ([], [1, 2]))], check_unchanged=[1])
    with pytest.raises(AssertionError, match="changed its argument 1"):
        checks.differs_from_reference(fit_and_count, fit_and_count, [("a list", ([], [1, 2]))])


def test_an_untouched_estimator_argument_is_unchanged_and_a_fitted_one_is_not():
    from sklearn.linear_model import LinearRegression

    def predict_with_copy(model, X, y):
        from sklearn.base import clone

        return clone(model).fit(X, y).predict(X)

    def fit_in_place(model, X, y):
        return model.fit(X, y).predict(X)

    X, y = np.arange(6.0).reshape(3, 2), np.array([1.0, 2.0, 4.0])
    checks.differs_from_reference(predict_with_copy, predict_with_copy, [("three rows", (LinearRegression(), X, y))])
    with pytest.raises(AssertionError, match="changed its argument 1"):
        checks.differs_from_reference(fit_in_place, predict_with_copy, [("three rows", (LinearRegression(), X, y))])


def test_an_uncopyable_argument_does_not_stop_the_others_being_copied():
    conn = sqlite3.connect(":memory:")
    rows = [1, 2]
    copied = checks.snapshot((conn, rows))
    assert copied[0] is conn and copied[1] == rows and copied[1] is not rows
