"""course.figures: does it read the same data back from matplotlib, pandas and seaborn plots?"""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
import seaborn as sns
from matplotlib.colors import to_rgba

from course import figures

MONTHS = pd.date_range("2012-01-31", periods=6, freq="ME")
MONTHLY = pd.Series([5.0, 7.5, 9.0, 14.0, 18.5, 21.0], index=MONTHS.rename("date"), name="temp")
CATS = pd.Series([0.38, 0.12, 0.04], index=pd.Index(["month", "one-year", "two-year"], name="contract"))


@pytest.fixture
def ax():
    fig, axes = plt.subplots()
    yield axes
    plt.close(fig)


def _months(x) -> list[str]:
    return [str(p) for p in pd.DatetimeIndex(x).to_period("M")]


def _draw_dates(how, ax):
    if how == "matplotlib":
        ax.plot(MONTHLY.index, MONTHLY.to_numpy())
    elif how == "pandas, regular index (period ordinals)":
        MONTHLY.plot(ax=ax)
    elif how == "pandas, x_compat (date numbers)":
        MONTHLY.plot(ax=ax, x_compat=True)
    elif how == "pandas, month-start frequency":
        MONTHLY.resample("MS").mean().plot(ax=ax)
    elif how == "pandas, irregular index":
        MONTHLY.drop(MONTHLY.index[2]).plot(ax=ax)
    elif how == "seaborn (date numbers)":
        sns.lineplot(x=MONTHLY.index, y=MONTHLY.to_numpy(), ax=ax)
    elif how == "seaborn, long-form frame":
        sns.lineplot(data=MONTHLY.reset_index(), x="date", y="temp", ax=ax)
    elif how == "python datetimes":
        ax.plot(list(MONTHLY.index.to_pydatetime()), MONTHLY.to_list())


@pytest.mark.parametrize("how", [
    "matplotlib", "pandas, regular index (period ordinals)", "pandas, x_compat (date numbers)",
    "pandas, month-start frequency", "seaborn (date numbers)", "seaborn, long-form frame", "python datetimes",
])
def test_lines_give_dates_back_whichever_library_drew_them(how, ax):
    """Does a monthly line read back as the same months and values from every library?"""
    _draw_dates(how, ax)
    found = figures.lines(ax)
    assert len(found) == 1
    assert found[0].x.dtype == np.dtype("datetime64[ns]")
    assert _months(found[0].x) == ["2012-01", "2012-02", "2012-03", "2012-04", "2012-05", "2012-06"]
    assert np.allclose(found[0].y, MONTHLY.to_numpy())


def test_lines_keep_exact_timestamps_where_the_library_keeps_them(ax):
    """Month-end dates drawn by matplotlib or seaborn come back as the same month-end timestamps."""
    sns.lineplot(x=MONTHLY.index, y=MONTHLY.to_numpy(), ax=ax)
    ax.plot(MONTHLY.index, MONTHLY.to_numpy() + 1)
    for line in figures.lines(ax):
        assert (pd.DatetimeIndex(line.x) == MONTHLY.index).all()


def test_lines_read_an_irregular_pandas_index(ax):
    """pandas falls back to date numbers for an index without a frequency: still dates."""
    _draw_dates("pandas, irregular index", ax)
    (line,) = figures.lines(ax)
    assert _months(line.x) == ["2012-01", "2012-02", "2012-04", "2012-05", "2012-06"]


def test_lines_read_daily_pandas_periods(ax):
    """A daily series plotted by pandas is stored as day ordinals; it reads back as the same days."""
    days = pd.Series(np.arange(10.0), index=pd.date_range("2015-12-22", periods=10, freq="D"))
    days.plot(ax=ax)
    (line,) = figures.lines(ax)
    assert (pd.DatetimeIndex(line.x) == days.index).all()


def test_lines_leave_out_helper_lines_markers_only_lines_and_empty_lines(ax):
    """axhline/axvline, a scatter drawn with plot(..., 'o') and an empty line are not data lines."""
    ax.plot([0, 1, 2], [3, 4, 5], label="data")
    ax.axhline(4)
    ax.axvline(1)
    ax.plot([0, 1], [1, 1], "o")
    ax.plot([], [])
    found = figures.lines(ax)
    assert [line.label for line in found] == ["data"]
    assert np.allclose(found[0].x, [0, 1, 2]) and np.allclose(found[0].y, [3, 4, 5])


def test_lines_keep_a_line_with_markers_and_several_lines_in_order(ax):
    """A line with markers is a line; two lines come back in drawing order with their labels."""
    frame = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [3.0, 2.0, 1.0]})
    frame.plot(ax=ax, marker="o")
    assert [line.label for line in figures.lines(ax)] == ["a", "b"]
    assert np.allclose(figures.lines(ax)[1].y, [3, 2, 1])


@pytest.mark.parametrize("how", ["matplotlib", "pandas", "seaborn", "plot with markers"])
def test_points_read_scatters_from_every_library(how, ax):
    """Does a scatter read back as the same points, missing ones left out?"""
    frame = pd.DataFrame({"x": [1.0, 2.0, np.nan, 4.0], "y": [10.0, 20.0, 30.0, np.nan]})
    if how == "matplotlib":
        ax.scatter(frame["x"], frame["y"])
    elif how == "pandas":
        frame.plot.scatter(x="x", y="y", ax=ax)
    elif how == "seaborn":
        sns.scatterplot(data=frame, x="x", y="y", ax=ax)
    else:
        ax.plot(frame["x"], frame["y"], "o")
    found = figures.points(ax)
    assert np.allclose(found.x, [1, 2]) and np.allclose(found.y, [10, 20])
    assert found.colors.shape == (2, 4)


def test_points_carry_one_colour_per_point_for_a_seaborn_hue_and_for_a_loop(ax):
    """seaborn colours one collection point by point; a loop draws one collection per group."""
    frame = pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0], "y": [1.0, 2.0, 3.0, 4.0], "g": ["a", "b", "a", "b"]})
    sns.scatterplot(data=frame, x="x", y="y", hue="g", ax=ax)
    found = figures.points(ax)
    colour_of = {float(x): tuple(c) for x, c in zip(found.x, found.colors)}
    assert colour_of[1.0] == colour_of[3.0] != colour_of[2.0] == colour_of[4.0]
    assert figures.legend_labels(ax) == ["a", "b"]
    fig, other = plt.subplots()
    for name, group in frame.groupby("g"):
        other.scatter(group["x"], group["y"], color="red" if name == "a" else "blue", label=name)
    other.legend()
    found = figures.points(other)
    assert {tuple(c) for x, c in zip(found.x, found.colors) if x in (1.0, 3.0)} == {to_rgba("red")}
    assert figures.legend_labels(other) == ["a", "b"]
    plt.close(fig)


def test_points_ignore_fill_between_bands_and_read_hollow_markers(ax):
    """A confidence band is not points; a hollow marker reports its edge colour."""
    ax.fill_between([0, 1, 2], [0, 0, 0], [1, 1, 1])
    ax.scatter([5.0], [6.0], facecolors="none", edgecolors="green")
    found = figures.points(ax)
    assert np.allclose(found.x, [5]) and tuple(found.colors[0]) == to_rgba("green")


def test_points_give_dates_back(ax):
    """A scatter over dates reads back as dates."""
    sns.scatterplot(x=MONTHLY.index, y=MONTHLY.to_numpy(), ax=ax)
    assert _months(figures.points(ax).x)[0] == "2012-01"


def test_points_of_an_empty_axes_are_empty(ax):
    assert figures.points(ax).x.size == 0


@pytest.mark.parametrize("how", [
    "pandas bar", "pandas barh", "matplotlib bar", "matplotlib barh", "seaborn barplot", "seaborn horizontal",
])
def test_bars_read_categories_and_lengths_in_either_orientation(how, ax):
    """Does a bar chart read back as (category, length) pairs, vertical or horizontal?"""
    frame = CATS.rename("rate").reset_index()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if how == "pandas bar":
            CATS.plot.bar(ax=ax)
        elif how == "pandas barh":
            CATS.plot.barh(ax=ax)
        elif how == "matplotlib bar":
            ax.bar(CATS.index, CATS.to_numpy())
        elif how == "matplotlib barh":
            ax.barh(CATS.index, CATS.to_numpy())
        elif how == "seaborn barplot":
            sns.barplot(data=frame, x="contract", y="rate", ax=ax)
        else:
            sns.barplot(data=frame, y="contract", x="rate", ax=ax)
    found = figures.bars(ax)
    assert {bar.label: round(bar.value, 6) for bar in found} == CATS.round(6).to_dict()
    horizontal = "barh" in how or "horizontal" in how
    assert {bar.orientation for bar in found} == {"horizontal" if horizontal else "vertical"}


def test_bars_of_a_grouped_chart_repeat_the_category(ax):
    """A countplot with a hue draws one bar per (category, hue level): twice as many bars."""
    frame = pd.DataFrame({"g": list("aabbb"), "h": list("xyxyy")})
    sns.countplot(data=frame, x="g", hue="h", ax=ax)
    found = figures.bars(ax)
    assert len(found) == 4 and sorted(bar.label for bar in found) == ["a", "a", "b", "b"]
    assert sorted(bar.value for bar in found) == [1, 1, 1, 2]


def test_bars_ignore_lines_and_are_empty_without_bars(ax):
    ax.plot([0, 1], [0, 1])
    assert figures.bars(ax) == []


VALUES = np.array([0.0, 0.5, 1.0, 1.2, 2.5, 3.9, 4.0, 7.5, 9.0, 10.0])


@pytest.mark.parametrize(
    "how", ["plt.hist", "plt.hist rwidth", "pandas", "seaborn", "np.histogram + bar", "horizontal"]
)
def test_histogram_reads_edges_and_counts(how, ax):
    """Does a histogram read back as numpy's bin edges and counts, whichever library drew it?"""
    counts, edges = np.histogram(VALUES, bins=4)
    if how == "plt.hist":
        ax.hist(VALUES, bins=4)
    elif how == "plt.hist rwidth":
        ax.hist(VALUES, bins=4, rwidth=0.8)
    elif how == "pandas":
        pd.Series(VALUES).plot.hist(bins=4, ax=ax)
    elif how == "seaborn":
        sns.histplot(VALUES, bins=4, ax=ax)
    elif how == "np.histogram + bar":
        ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge")
    else:
        ax.hist(VALUES, bins=4, orientation="horizontal")
    found = figures.histogram(ax)
    assert np.allclose(found.edges, edges) and np.allclose(found.counts, counts)


def test_histograms_count_one_per_call_and_histogram_refuses_two(ax):
    ax.hist(VALUES, bins=3)
    ax.hist(VALUES + 20, bins=3)
    assert len(figures.histograms(ax)) == 2
    with pytest.raises(ValueError, match="found 2"):
        figures.histogram(ax)


def test_labels_read_title_and_axis_labels_including_seaborn_defaults(ax):
    """seaborn names the axes after the columns; the title is only there if someone set it."""
    frame = pd.DataFrame({"wind": [1.0, 2.0, 3.0]})
    sns.histplot(data=frame, x="wind", ax=ax)
    assert figures.labels(ax) == figures.Labels("", "wind", "Count")
    ax.set_title("  Wind speed  ")
    assert figures.labels(ax).title == "Wind speed"


def test_labels_accept_a_side_title_and_a_suptitle_on_a_single_plot(ax):
    ax.set_title("left title", loc="left")
    assert figures.labels(ax).title == "left title"
    fig, other = plt.subplots()
    fig.suptitle("Figure title")
    assert figures.labels(other).title == "Figure title"
    plt.close(fig)
    fig, (top, _bottom) = plt.subplots(2)
    fig.suptitle("Figure title")
    assert figures.labels(top).title == "", "a suptitle over two panels does not title each panel"
    plt.close(fig)


def test_legend_labels_are_empty_without_a_legend(ax):
    ax.plot([0, 1], [0, 1], label="a")
    assert figures.legend_labels(ax) == []


def test_axes_of_finds_the_single_axes_or_none(ax):
    assert figures.axes_of(ax) is ax
    assert figures.axes_of(ax.figure) is ax
    assert figures.axes_of(np.array([ax])) is ax
    grid = sns.FacetGrid(pd.DataFrame({"x": [1.0, 2.0]}))
    assert figures.axes_of(grid) is grid.ax
    plt.close(grid.figure)
    fig, _ = plt.subplots(2)
    assert figures.axes_of(fig) is None
    assert figures.axes_of(None) is None and figures.axes_of("a plot") is None
    plt.close(fig)
