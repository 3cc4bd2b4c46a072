"""The sensor log: the committed file is what the generator makes, and its planted anomalies are there in
the numbers its data card states."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course import data
from course.generators import sensors
from course.paths import datasets_dir


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return data.load("sensors", parse_dates=["timestamp"])


def _events(table: pd.DataFrame) -> pd.DataFrame:
    """One row per planted anomaly: its first row, kind and length in rows."""
    kind = table["anomaly_kind"].fillna("")
    run = (kind != kind.shift()).cumsum()
    runs = (
        table.assign(kind=kind, run=run)
        .groupby("run")
        .agg(start=("kind", lambda s: s.index[0]), kind=("kind", "first"), rows=("kind", "size"))
    )
    return runs[runs["kind"] != ""].reset_index(drop=True)


def test_committed_file_is_the_generators_output(tmp_path):
    """Does `python -m course.generators.sensors` rebuild the shipped file byte for byte?"""
    made = sensors.generate(tmp_path)
    assert made.read_bytes() == (datasets_dir() / "sensors" / sensors.FILE).read_bytes(), (
        "datasets/sensors/sensors.csv differs from the generator's output: regenerate it with "
        "`python -m course.generators.sensors datasets/sensors` and update datasets/registry.txt"
    )


def test_another_seed_gives_another_series(tmp_path):
    """Is the seed really what fixes the series (not a constant hidden elsewhere)?"""
    made = sensors.generate(tmp_path, seed=sensors.SEED + 1)
    assert made.read_bytes() != (datasets_dir() / "sensors" / sensors.FILE).read_bytes()


def test_regular_hourly_series_without_gaps(table):
    """One row per hour for the card's 150 days, the card's columns, and no missing reading?"""
    assert list(table.columns) == sensors.COLUMNS
    assert len(table) == sensors.N_ROWS == 3600
    assert (table["timestamp"].diff().dropna() == pd.Timedelta(hours=1)).all()
    assert table["timestamp"].iloc[0] == pd.Timestamp(sensors.START)
    assert table[sensors.CHANNELS].notna().all().all()


def test_planted_anomalies_match_the_constants(table):
    """Are there exactly the card's anomalies: kinds, counts, lengths, periods, and labels that agree?"""
    events = _events(table)
    assert (events["rows"] == events["kind"].map(sensors.DURATION)).all(), "an anomaly has the wrong length"
    reference = events[events["start"] < sensors.REFERENCE_ROWS]
    monitoring = events[events["start"] >= sensors.REFERENCE_ROWS]
    assert reference["kind"].tolist() == ["spike"] * sensors.REFERENCE_SPIKES
    assert monitoring["kind"].value_counts().to_dict() == sensors.COUNTS
    assert int(table["anomaly"].sum()) == sensors.ANOMALOUS_ROWS == 113
    assert ((table["anomaly"] == 1) == table["anomaly_kind"].notna()).all()
    ends = events["start"] + events["rows"]
    for start, end in zip(events["start"], ends):
        for border in (0, sensors.REFERENCE_ROWS, sensors.N_ROWS):
            assert start >= border + sensors.MARGIN or end <= border - sensors.MARGIN, (
                f"the anomaly at row {start} is within a day of row {border}"
            )


def test_each_anomaly_changes_its_channel_as_the_card_says(table):
    """Spikes lift vibration, level shifts lower pressure, stuck runs repeat one temperature."""
    for start, kind, rows in _events(table).itertuples(index=False):
        part = table.iloc[start : start + rows]
        before = table.iloc[start - 6 : start]
        if kind == "spike":
            assert part["vibration_mm_s"].iloc[0] > before["vibration_mm_s"].max() + 2.5
        elif kind == "level_shift":
            assert part["pressure_bar"].mean() < before["pressure_bar"].mean() - 0.4
        else:
            assert part["temperature_c"].nunique() == 1
            assert part["temperature_c"].iloc[0] == before["temperature_c"].iloc[-1]
    normal = table[table["anomaly"] == 0]
    assert normal["vibration_mm_s"].max() < 3.9 and normal["pressure_bar"].min() > 5.4


def test_the_series_is_forecastable_and_trends_up(table):
    """Is the daily cycle there (yesterday's same hour beats the last value 6 hours ahead), and the trend?"""
    temperature = table["temperature_c"].to_numpy()
    test = temperature[sensors.REFERENCE_ROWS :]
    naive = np.abs(test[6:] - test[:-6]).mean()
    seasonal = np.abs(test[24:] - test[:-24]).mean()
    assert seasonal < 0.5 * naive, f"seasonal naive {seasonal:.2f} vs last value {naive:.2f} six hours ahead"
    by_hour = table.groupby(table["timestamp"].dt.hour)["vibration_mm_s"].median()
    assert by_hour.idxmax() in range(12, 20) and by_hour.idxmin() in range(5), "no afternoon peak"
    reference_mean = temperature[: sensors.REFERENCE_ROWS].mean()
    assert 1.0 < test.mean() - reference_mean < 2.5, "the monitoring period should be warmer (the trend)"
