"""Read back what a matplotlib Axes shows, so that tests grade a plot by its data, never by its pixels.

A plot made with matplotlib, with pandas' `.plot` or with seaborn ends up as the same kind of objects
("artists") on a matplotlib `Axes`: a line is a `Line2D`, a scatter is a `PathCollection`, a bar or a
histogram bin is a `Rectangle` in a `BarContainer`. Reading those back tells a test *what* the plot
shows (which values, on which axis, in how many groups) whatever colours, markers, sizes or library
the learner chose. Comparing images would punish harmless style and miss a plot of the wrong column
that happens to look alike.

Dates need care, because the three libraries put them on the x axis differently: matplotlib keeps the
datetimes you gave it, seaborn stores matplotlib date numbers (days since 1970-01-01), and pandas
stores *period ordinals* (months since 1970-01 for a monthly series) when the index has a regular
frequency. `lines` and `points` undo all three and give dates back as `datetime64[ns]`.

What is read, and what is not:

- `lines`: `Line2D` artists drawn in data coordinates with a visible line style. Helper lines made
  with `axhline`/`axvline` (drawn in axes coordinates), empty lines and marker-only lines (a scatter
  made with `ax.plot(x, y, "o")`, which `points` reads) are left out.
- `points`: scatter collections (`ax.scatter`, `DataFrame.plot.scatter`, `sns.scatterplot`) and
  marker-only lines, with one colour per point. Points at missing values are not drawn, so not read.
- `bars`, `histograms`: bars in `BarContainer`s (`ax.bar`/`barh`, `plt.hist`, pandas' bar charts and
  histograms, `sns.barplot`/`countplot`/`histplot` with their default bar style). Step histograms and
  bars added one `Rectangle` at a time are not read.
- `labels`, `legend_labels`: the texts a reader sees. seaborn names the axes after the columns it
  plots and pandas after the index, so an axis label is not proof that the learner wrote one.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import numpy as np

__all__ = [
    "Bar", "Histogram", "Labels", "Line", "Points",
    "axes_of", "bars", "histogram", "histograms", "labels", "legend_labels", "lines", "points",
]


@dataclass(frozen=True)
class Labels:
    title: str
    xlabel: str
    ylabel: str


@dataclass(frozen=True)
class Line:
    x: np.ndarray  # datetime64[ns] when the x axis holds dates, else float
    y: np.ndarray
    label: str


@dataclass(frozen=True)
class Points:
    x: np.ndarray
    y: np.ndarray
    colors: np.ndarray  # one RGBA row per point


@dataclass(frozen=True)
class Bar:
    label: str  # the category's tick label at the bar ("" if no tick sits there)
    value: float  # the bar's length: its height (vertical bars) or width (horizontal bars)
    position: float  # the bar's centre along the category axis
    orientation: str  # "vertical" or "horizontal"


@dataclass(frozen=True)
class Histogram:
    edges: np.ndarray  # len(counts) + 1 bin edges, ascending
    counts: np.ndarray  # the bar lengths (counts, or densities if the plot shows densities)


def axes_of(obj):
    """The one Axes a plotting function returned: an Axes, a Figure with one Axes, or a seaborn grid.

    Returns None when there is no single Axes (None, a Figure with several Axes, anything else), so that a
    test can assert on it with a message instead of failing with a TypeError.
    """
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(obj, Axes):
        return obj
    if isinstance(obj, Figure):
        return obj.axes[0] if len(obj.axes) == 1 else None
    if isinstance(obj, np.ndarray) and obj.size == 1:
        return axes_of(obj.item())
    inner = getattr(obj, "ax", None)  # seaborn's FacetGrid and JointGrid keep their main Axes here
    return inner if isinstance(inner, Axes) else None


def labels(ax) -> Labels:
    """The title and axis labels of `ax`, stripped of surrounding spaces.

    The title is the centred one, else the left or right one; on a Figure holding only this Axes a
    `fig.suptitle` counts too (it titles the same single plot).
    """
    title = next((t for t in (ax.get_title(loc).strip() for loc in ("center", "left", "right")) if t), "")
    figure = ax.get_figure()
    if not title and figure is not None and len(figure.axes) == 1:
        title = figure.get_suptitle().strip()
    return Labels(title, ax.get_xlabel().strip(), ax.get_ylabel().strip())


def legend_labels(ax) -> list[str]:
    """The entries of the Axes' legend (seaborn's `hue` levels, matplotlib's `label=`s); [] without one."""
    legend = ax.get_legend()
    return [] if legend is None else [text.get_text() for text in legend.get_texts()]


def _converter(axis):
    getter = getattr(axis, "get_converter", None)  # matplotlib >= 3.10; older versions have an attribute
    return getter() if getter is not None else getattr(axis, "converter", None)


def _as_datetimes(values) -> np.ndarray:
    import pandas as pd

    index = pd.DatetimeIndex(pd.to_datetime(values))
    if index.tz is not None:
        index = index.tz_convert("UTC").tz_localize(None)
    return index.as_unit("ns").to_numpy()


def _is_datetime_like(values: np.ndarray) -> bool:
    if values.dtype.kind == "M":
        return True
    if values.dtype == object and values.size:
        return isinstance(values.flat[0], (_dt.date, np.datetime64))  # datetime and pd.Timestamp included
    return False


def _x_numbers_to_values(ax, numbers: np.ndarray) -> np.ndarray:
    """Turn the numbers matplotlib stores for x back into dates when the x axis holds dates."""
    import matplotlib.dates as mdates

    numbers = np.asarray(numbers, dtype=float)
    converter = _converter(ax.xaxis)
    if type(converter).__name__ == "PeriodConverter" and getattr(ax, "freq", None) is not None:
        # pandas plots a series with a regular DatetimeIndex as periods and remembers the frequency on
        # the Axes: 504 on a monthly axis is the 504th month after January 1970, i.e. January 2012.
        import pandas as pd

        ordinals = np.round(numbers).astype("int64")
        return pd.PeriodIndex.from_ordinals(ordinals, freq=ax.freq).to_timestamp().as_unit("ns").to_numpy()
    # matplotlib's default date converter is a private switch that delegates to a DateConverter.
    dateish = isinstance(converter, mdates.DateConverter) or (
        type(converter).__name__ == "_SwitchableDateConverter"
    )
    if dateish and numbers.size and np.isfinite(numbers).all():
        return _as_datetimes(mdates.num2date(numbers))
    return numbers


def _line_x(ax, line) -> np.ndarray:
    original = np.asarray(line.get_xdata(orig=True))
    if _is_datetime_like(original):
        return _as_datetimes(original)
    return _x_numbers_to_values(ax, np.asarray(line.get_xdata(orig=False), dtype=float))


def _has_line(line) -> bool:
    return line.get_linestyle() not in ("None", "none", "", " ") and line.get_linewidth() > 0


def _has_markers(line) -> bool:
    return line.get_marker() not in (None, "None", "none", "", " ")


def lines(ax) -> list[Line]:
    """The data lines of `ax`, in drawing order, each with its x and y values and its label.

    Left out: lines not drawn in data coordinates (`axhline`, `axvline`), invisible or empty lines, and
    marker-only lines (those are scatters: see `points`). x comes back as datetime64[ns] when the x
    axis holds dates, whichever library drew it.
    """
    found = []
    for line in ax.get_lines():
        if line.get_transform() != ax.transData or not line.get_visible() or not _has_line(line):
            continue
        y = np.asarray(line.get_ydata(orig=False), dtype=float)
        if y.size == 0:
            continue
        found.append(Line(_line_x(ax, line), y, str(line.get_label())))
    return found


def points(ax) -> Points:
    """Every point of every scatter on `ax`: x, y and the RGBA colour each point is filled with.

    Reads scatter collections and marker-only lines; points with a missing coordinate (which are not
    drawn) are left out. Hollow markers report their edge colour. x comes back as dates when the x
    axis holds dates.
    """
    from matplotlib.collections import PathCollection
    from matplotlib.colors import to_rgba

    xs, ys, colours = [], [], []
    for collection in ax.collections:
        if not isinstance(collection, PathCollection) or not collection.get_visible():
            continue
        if collection.get_offset_transform() != ax.transData:
            continue
        offsets = np.ma.filled(np.ma.asarray(collection.get_offsets(), dtype=float), np.nan).reshape(-1, 2)
        fill = collection.get_facecolors()
        if len(fill) == 0:
            fill = collection.get_edgecolors()
        fill = np.asarray(fill, dtype=float).reshape(-1, 4)
        if len(fill) == 0:
            fill = np.zeros((1, 4))
        if len(fill) != len(offsets):
            fill = np.resize(fill, (len(offsets), 4))
        xs.append(offsets[:, 0])
        ys.append(offsets[:, 1])
        colours.append(fill)
    for line in ax.get_lines():
        if line.get_transform() != ax.transData or not line.get_visible():
            continue
        if _has_line(line) or not _has_markers(line):
            continue
        x = np.asarray(line.get_xdata(orig=False), dtype=float)
        face = line.get_markerfacecolor()
        colour = to_rgba(line.get_markeredgecolor() if face in ("none", "None") else face)
        xs.append(x)
        ys.append(np.asarray(line.get_ydata(orig=False), dtype=float))
        colours.append(np.tile(colour, (len(x), 1)))
    if not xs:
        return Points(np.array([]), np.array([]), np.zeros((0, 4)))
    x, y, c = np.concatenate(xs), np.concatenate(ys), np.concatenate(colours)
    drawn = np.isfinite(x) & np.isfinite(y)
    return Points(_x_numbers_to_values(ax, x[drawn]), y[drawn], c[drawn])


def _bar_containers(ax):
    from matplotlib.container import BarContainer

    return [c for c in ax.containers if isinstance(c, BarContainer) and len(c.patches)]


def _tick_label(axis, position: float, half_thickness: float) -> str:
    locations = np.asarray(axis.get_ticklocs(), dtype=float)
    texts = [text.get_text() for text in axis.get_ticklabels()]
    if locations.size == 0 or len(texts) != locations.size:
        return ""
    nearest = int(np.argmin(np.abs(locations - position)))
    return texts[nearest] if abs(locations[nearest] - position) <= half_thickness + 1e-9 else ""


def _span(patch, vertical: bool) -> tuple[float, float, float]:
    """A bar's (start, thickness) along the category axis and its length along the value axis."""
    if vertical:
        return patch.get_x(), patch.get_width(), patch.get_height()
    return patch.get_y(), patch.get_height(), patch.get_width()


def bars(ax) -> list[Bar]:
    """Every bar of the bar charts on `ax`, with the category label it stands at and its length.

    Vertical and horizontal bars are both read (the container knows its orientation); a bar's
    `label` is the tick label of the category axis at its centre, which is where pandas, seaborn and
    matplotlib all write the category names. Sorted by position along the category axis.
    """
    found = []
    for container in _bar_containers(ax):
        vertical = getattr(container, "orientation", "vertical") != "horizontal"
        axis = ax.xaxis if vertical else ax.yaxis
        for patch in container.patches:
            start, thickness, length = _span(patch, vertical)
            centre = float(start + thickness / 2)
            found.append(Bar(_tick_label(axis, centre, abs(thickness) / 2), float(length), centre,
                             "vertical" if vertical else "horizontal"))
    return sorted(found, key=lambda bar: bar.position)


def _histogram_of(container) -> Histogram:
    vertical = getattr(container, "orientation", "vertical") != "horizontal"
    start, width, count = np.array([_span(p, vertical) for p in container.patches], dtype=float).T
    order = np.argsort(start)
    start, width, count = start[order], width[order], count[order]
    end = start + width
    scale = max(float(np.abs(end[-1] - start[0])), 1.0)
    if len(start) == 1 or np.allclose(end[:-1], start[1:], rtol=0, atol=1e-9 * scale):
        edges = np.append(start, end[-1])
    else:
        # Bars narrower than their bins (plt.hist's rwidth, a bar gap): the bins are equally wide,
        # so rebuild the edges from the bar centres, which do not move.
        centres = start + width / 2
        step = float(np.median(np.diff(centres)))
        edges = np.append(centres - step / 2, centres[-1] + step / 2)
    return Histogram(edges, count)


def histograms(ax) -> list[Histogram]:
    """One Histogram per bar container on `ax` (one per `hist`/`histplot` call or per hue level)."""
    return [_histogram_of(container) for container in _bar_containers(ax)]


def histogram(ax) -> Histogram:
    """The single histogram on `ax`; ValueError when there is none or more than one (use `histograms`)."""
    found = histograms(ax)
    if len(found) != 1:
        raise ValueError(f"expected one histogram on the Axes, found {len(found)}")
    return found[0]
