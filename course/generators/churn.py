"""The dirty churn table: a telecom's customer export, with the faults real exports have.

    python -m course.generators.churn OUTDIR [--seed N]

writes `churn.csv` into OUTDIR: one row per customer of a mobile and broadband provider on
2024-12-31, and whether they left in the following quarter (`churned`). Modules 02 (cleaning) and 03
(exploration) work on it as it is; later modules train on its cleaned form. The faults are planted on
purpose, in known numbers (datasets/churn/CARD.md lists them all):

- exact duplicate rows, and near duplicates whose `customer_id` differs only in case or spaces;
- missing values: completely at random (`age`, `monthly_charges`, `payment_method`) and at random
  given the plan (`data_usage_gb` is missing more often for the basic plan);
- impossible ages (0 and 150) and a legacy billing sentinel (`monthly_charges` = 9999.0);
- `total_charges` written as text, blank (a space) for customers in their first month;
- `region` spelt inconsistently (`North`, `north`, ` NORTH`); `signup_date` mostly ISO, some `DD/MM/YYYY`.

The churn signal is real and learnable (month-to-month contracts, short tenure, many support calls and
high charges raise the risk), so a model trained on the cleaned table does clearly better than chance.
The file is byte-identical on every run with the same seed.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from course.generators import command_line

SEED = 2025
N_CUSTOMERS = 3000
SNAPSHOT = date(2024, 12, 31)
FILE = "churn.csv"
COLUMNS = [
    "customer_id", "signup_date", "age", "region", "plan", "contract", "payment_method", "tenure_months",
    "monthly_charges", "total_charges", "data_usage_gb", "support_calls", "churned",
]

REGIONS = ["North", "South", "East", "West"]
PLANS = ["basic", "standard", "premium"]
PLAN_PRICE = {"basic": 20.0, "standard": 45.0, "premium": 80.0}
PLAN_USAGE_GB = {"basic": 4.0, "standard": 12.0, "premium": 30.0}
CONTRACTS = ["month-to-month", "one-year", "two-year"]
CONTRACT_TENURE = {"month-to-month": 14.0, "one-year": 28.0, "two-year": 45.0}
PAYMENTS = ["card", "bank transfer", "paypal", "invoice"]

# How many of each planted fault (the card states the same numbers; a test checks them).
EXACT_DUPLICATES = 24
NEAR_DUPLICATES = 8
AGE_ZERO, AGE_150 = 6, 3
CHARGE_SENTINELS = 7
MISSING_SHARE = {"age": 0.04, "monthly_charges": 0.03, "payment_method": 0.02}
USAGE_MISSING = {"basic": 0.12, "standard": 0.03, "premium": 0.03}
MESSY_REGION_SHARE = 0.05
DMY_DATE_SHARE = 0.03


def _customers(rng: np.random.Generator) -> list[dict]:
    n = N_CUSTOMERS
    plan = rng.choice(PLANS, size=n, p=[0.45, 0.35, 0.20])
    contract = rng.choice(CONTRACTS, size=n, p=[0.55, 0.25, 0.20])
    payment = rng.choice(PAYMENTS, size=n, p=[0.40, 0.30, 0.18, 0.12])
    region = rng.choice(REGIONS, size=n, p=[0.30, 0.25, 0.25, 0.20])
    age = np.clip(np.rint(rng.normal(42, 13, size=n)), 18, 85).astype(int)
    tenure = np.array([min(72, int(rng.exponential(CONTRACT_TENURE[c]))) for c in contract])
    usage = np.array([rng.lognormal(np.log(PLAN_USAGE_GB[p]), 0.5) for p in plan])
    monthly = np.array([PLAN_PRICE[p] for p in plan]) + 0.4 * usage + rng.normal(0, 6, size=n)
    monthly = np.round(np.clip(monthly, 9.99, None), 2)
    calls = rng.poisson(np.where(rng.random(n) < 0.2, 4.0, 1.0))

    logit = (
        -2.3
        + 1.4 * (contract == "month-to-month")
        - 0.8 * (contract == "two-year")
        - 0.03 * tenure
        + 0.38 * calls
        + 0.015 * (monthly - 45)
        + 0.5 * (payment == "invoice")
        - 0.01 * (age - 42)
    )
    churned = rng.random(n) < 1 / (1 + np.exp(-logit))

    rows = []
    for i in range(n):
        signup = SNAPSHOT - timedelta(days=int(tenure[i] * 30.44) + int(rng.integers(0, 30)))
        total = monthly[i] * tenure[i] * rng.uniform(0.95, 1.05)
        rows.append({
            "customer_id": f"CU-{i + 1:05d}",
            "signup_date": signup.isoformat(),
            "age": str(age[i]),
            "region": str(region[i]),
            "plan": str(plan[i]),
            "contract": str(contract[i]),
            "payment_method": str(payment[i]),
            "tenure_months": str(tenure[i]),
            "monthly_charges": f"{monthly[i]:.2f}",
            "total_charges": f"{total:.2f}" if tenure[i] > 0 else " ",
            "data_usage_gb": f"{usage[i]:.1f}",
            "support_calls": str(calls[i]),
            "churned": "yes" if churned[i] else "no",
        })
    return rows


def _pick(rng: np.random.Generator, rows: list[dict], count: int, taken: set[int]) -> list[int]:
    """`count` row indices not used by an earlier fault, so every fault is counted exactly once."""
    free = [i for i in range(len(rows)) if i not in taken]
    chosen = sorted(int(i) for i in rng.choice(free, size=count, replace=False))
    taken.update(chosen)
    return chosen


def _dirty(rng: np.random.Generator, rows: list[dict]) -> list[dict]:
    taken: set[int] = set()
    for i in _pick(rng, rows, AGE_ZERO, taken):
        rows[i]["age"] = "0"
    for i in _pick(rng, rows, AGE_150, taken):
        rows[i]["age"] = "150"
    for i in _pick(rng, rows, CHARGE_SENTINELS, taken):
        rows[i]["monthly_charges"] = "9999.00"
    for column, share in MISSING_SHARE.items():
        for i in _pick(rng, rows, round(share * len(rows)), taken):
            rows[i][column] = ""
    for row in rows:
        if rng.random() < USAGE_MISSING[row["plan"]]:
            row["data_usage_gb"] = ""
        if rng.random() < MESSY_REGION_SHARE:
            row["region"] = [row["region"].lower(), " " + row["region"].upper(), row["region"] + " "][
                int(rng.integers(0, 3))
            ]
        if rng.random() < DMY_DATE_SHARE:
            row["signup_date"] = date.fromisoformat(row["signup_date"]).strftime("%d/%m/%Y")

    copies = [dict(rows[i]) for i in rng.choice(len(rows), size=EXACT_DUPLICATES, replace=False)]
    near = []
    for i in rng.choice(len(rows), size=NEAR_DUPLICATES, replace=False):
        copy = dict(rows[i])
        copy["customer_id"] = copy["customer_id"].lower() if i % 2 else copy["customer_id"] + " "
        near.append(copy)
    for copy in copies + near:
        rows.insert(int(rng.integers(0, len(rows) + 1)), copy)
    return rows


def generate(out_dir: Path, seed: int = SEED) -> Path:
    """Write `churn.csv` into `out_dir` (created if needed); return its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    rows = _dirty(rng, _customers(rng))
    path = out_dir / FILE
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def main(argv: list[str] | None = None) -> None:
    command_line(__doc__, generate, SEED, "churn.csv", argv)


if __name__ == "__main__":
    main()
