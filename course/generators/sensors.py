"""The sensor log of module 10: one machine's temperature, vibration and pressure, read every hour.

    python -m course.generators.sensors OUTDIR [--seed N]

writes `sensors.csv` into OUTDIR: 150 days of hourly readings (3,600 rows) from three sensors on one
(fictional) production machine, with every planted anomaly marked. Module 10 windows it into
supervised samples, forecasts it, flags its anomalies by reconstruction error and learns a generative
model of its days. What is in it, on purpose (datasets/sensors/CARD.md gives the exact numbers):

- a daily cycle: the machine works harder from morning to evening, so all three channels follow one
  smooth daily load profile (temperature and vibration rise with the load, pressure dips slightly);
- a slow upward trend in temperature (wear), and a slow wave in pressure;
- autocorrelated noise (an AR(1) process) on top of small measurement noise, so the next hours are
  predictable from the last ones, but never exactly;
- planted anomalies, each row marked `anomaly` = 1 and its kind named in `anomaly_kind`: `spike` (one
  vibration reading jumps up: a mechanical shock), `level_shift` (pressure drops for 12 hours: a leak,
  then repaired) and `stuck` (the temperature sensor repeats one value for 24 hours). The first 105 days
  are the reference period, normal but for one spike; the last 45 days are the monitoring period, which
  holds all the other anomalies, each kind spread over it. Anomalies never overlap and stay a day away
  from the start, the end and the border of the two periods.

The forecastable structure is real: a model that knows the daily cycle beats "the last value" clearly
a few hours ahead. The file is byte-identical on every run with the same seed.
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from course.generators import command_line

SEED = 2026
START = datetime(2025, 3, 3)  # a Monday, 00:00
N_DAYS = 150
STEPS_PER_DAY = 24  # one reading per hour
N_ROWS = N_DAYS * STEPS_PER_DAY
FILE = "sensors.csv"
CHANNELS = ["temperature_c", "vibration_mm_s", "pressure_bar"]
COLUMNS = ["timestamp", *CHANNELS, "anomaly", "anomaly_kind"]
KINDS = ("spike", "level_shift", "stuck")

# The first REFERENCE_DAYS are the reference period (the machine ran normally, but for one shock); the
# rest is the monitoring period, where the faults happen. Module 10 trains on the reference period.
REFERENCE_DAYS = 105
REFERENCE_ROWS = REFERENCE_DAYS * STEPS_PER_DAY
# How many of each planted anomaly, and how long each lasts in rows (the card states the same numbers;
# a test checks them).
REFERENCE_SPIKES = 1
SPIKES = 4  # in the monitoring period
LEVEL_SHIFTS = 3
STUCK_RUNS = 3
DURATION = {"spike": 1, "level_shift": 12, "stuck": 24}
COUNTS = {"spike": SPIKES, "level_shift": LEVEL_SHIFTS, "stuck": STUCK_RUNS}
ANOMALOUS_ROWS = REFERENCE_SPIKES * DURATION["spike"] + sum(COUNTS[kind] * DURATION[kind] for kind in KINDS)
MARGIN = STEPS_PER_DAY  # no anomaly in the first and last day of each period
SPIKE_MM_S = (4.0, 7.0)  # a spike adds this much vibration (uniform between the two)
LEAK_BAR = (0.6, 0.9)  # a level shift lowers the pressure by this much

# The shape of the signal.
TEMPERATURE_BASE, TEMPERATURE_LOAD, TEMPERATURE_TREND = 58.0, 9.0, 3.0  # °C; trend over the 150 days
VIBRATION_BASE, VIBRATION_LOAD = 1.6, 1.8  # mm/s
PRESSURE_BASE, PRESSURE_LOAD, PRESSURE_DRIFT = 6.0, -0.35, 0.15  # bar; drift: amplitude of a slow wave
AR_PHI = 0.85  # the AR(1) noise's memory from one hour to the next
AR_SD = {"temperature_c": 0.45, "vibration_mm_s": 0.12, "pressure_bar": 0.04}
WHITE_SD = {"temperature_c": 0.15, "vibration_mm_s": 0.05, "pressure_bar": 0.015}
DECIMALS = {"temperature_c": 2, "vibration_mm_s": 3, "pressure_bar": 3}


def load_profile() -> np.ndarray:
    """The machine's load in each hour of the day, from 0 (night) to 1 (afternoon peak): smooth, periodic."""
    angle = 2 * np.pi * np.arange(STEPS_PER_DAY) / STEPS_PER_DAY
    raw = -np.cos(angle - 2 * np.pi * 2 / 24) - 0.3 * np.cos(2 * angle - 2 * np.pi * 2 / 24)
    return (raw - raw.min()) / np.ptp(raw)


def _ar1(rng: np.random.Generator, n: int, sd: float) -> np.ndarray:
    shocks = rng.normal(0.0, sd * np.sqrt(1 - AR_PHI**2), size=n)
    out = np.empty(n)
    out[0] = rng.normal(0.0, sd)
    for i in range(1, n):
        out[i] = AR_PHI * out[i - 1] + shocks[i]
    return out


def _signals(rng: np.random.Generator) -> dict[str, np.ndarray]:
    t = np.arange(N_ROWS)
    hours = t % STEPS_PER_DAY
    load = load_profile()[hours]
    progress = t / (N_ROWS - 1)
    base = {
        "temperature_c": TEMPERATURE_BASE + TEMPERATURE_LOAD * load + TEMPERATURE_TREND * progress,
        "vibration_mm_s": VIBRATION_BASE + VIBRATION_LOAD * load,
        "pressure_bar": PRESSURE_BASE
        + PRESSURE_LOAD * load
        + PRESSURE_DRIFT * np.sin(2 * np.pi * progress * 1.5),
    }
    return {
        name: base[name] + _ar1(rng, N_ROWS, AR_SD[name]) + rng.normal(0.0, WHITE_SD[name], size=N_ROWS)
        for name in CHANNELS
    }


def _spread(rng: np.random.Generator, kinds: list[str], first: int, last: int) -> list[tuple[str, int]]:
    """(kind, first row) for `kinds` placed between rows `first` and `last`: one equal slot each, a
    random start inside it, so anomalies never overlap."""
    slot = (last - first) // len(kinds)
    return [
        (kind, first + number * slot + int(rng.integers(0, slot - DURATION[kind])))
        for number, kind in enumerate(kinds)
    ]


def _events(rng: np.random.Generator) -> list[tuple[str, int]]:
    """(kind, first row) of every anomaly. In the monitoring period each kind is spread evenly (its j-th
    of c events belongs near the fraction (j + 0.5) / c of the period), so every part holds each kind."""
    ideal = [((j + 0.5) / COUNTS[kind], rng.random(), kind) for kind in KINDS for j in range(COUNTS[kind])]
    monitoring = [kind for _, _, kind in sorted(ideal)]
    reference = ["spike"] * REFERENCE_SPIKES
    return [
        *_spread(rng, reference, MARGIN, REFERENCE_ROWS - MARGIN),
        *_spread(rng, monitoring, REFERENCE_ROWS + MARGIN, N_ROWS - MARGIN),
    ]


def _plant(rng: np.random.Generator, signals: dict[str, np.ndarray]) -> list[str]:
    kind_of_row = [""] * N_ROWS
    for kind, start in _events(rng):
        rows = slice(start, start + DURATION[kind])
        if kind == "spike":
            signals["vibration_mm_s"][rows] += rng.uniform(*SPIKE_MM_S)
        elif kind == "level_shift":
            signals["pressure_bar"][rows] -= rng.uniform(*LEAK_BAR)
        else:  # stuck: the sensor repeats its last good reading
            signals["temperature_c"][rows] = signals["temperature_c"][start - 1]
        kind_of_row[rows] = [kind] * DURATION[kind]
    return kind_of_row


def generate(out_dir: Path, seed: int = SEED) -> Path:
    """Write `sensors.csv` into `out_dir` (created if needed); return its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    signals = _signals(rng)
    kinds = _plant(rng, signals)
    path = out_dir / FILE
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for i in range(N_ROWS):
            stamp = (START + timedelta(hours=i)).strftime("%Y-%m-%d %H:%M:%S")
            values = [f"{signals[name][i]:.{DECIMALS[name]}f}" for name in CHANNELS]
            writer.writerow([stamp, *values, int(bool(kinds[i])), kinds[i]])
    return path


def main(argv: list[str] | None = None) -> None:
    command_line(__doc__, generate, SEED, "sensors.csv", argv)


if __name__ == "__main__":
    main()
