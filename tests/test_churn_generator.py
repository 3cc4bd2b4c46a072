"""The churn table: the committed file is what the generator makes, and its planted faults are there
in the numbers its data card states."""

from __future__ import annotations

import pandas as pd
import pytest

from course import data
from course.generators import churn
from course.paths import datasets_dir

REGIONS = set(churn.REGIONS)


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return data.load("churn")


def test_committed_file_is_the_generators_output(tmp_path):
    """Does `python -m course.generators.churn` rebuild the shipped file byte for byte?"""
    made = churn.generate(tmp_path)
    assert made.read_bytes() == (datasets_dir() / "churn" / churn.FILE).read_bytes(), (
        "datasets/churn/churn.csv differs from the generator's output: regenerate it with "
        "`python -m course.generators.churn datasets/churn` and update datasets/registry.txt"
    )


def test_another_seed_gives_another_table(tmp_path):
    """Is the seed really what fixes the table (not a constant hidden elsewhere)?"""
    made = churn.generate(tmp_path, seed=churn.SEED + 1)
    assert made.read_bytes() != (datasets_dir() / "churn" / churn.FILE).read_bytes()


def test_duplicates_are_the_planted_ones(table):
    """Are there exactly the card's 24 exact and 8 near duplicates over 3,000 customers?"""
    assert list(table.columns) == churn.COLUMNS
    assert len(table) == churn.N_CUSTOMERS + churn.EXACT_DUPLICATES + churn.NEAR_DUPLICATES
    assert table.duplicated().sum() == churn.EXACT_DUPLICATES
    normalised = table["customer_id"].str.strip().str.upper()
    assert (normalised != table["customer_id"]).sum() == churn.NEAR_DUPLICATES
    assert normalised.nunique() == churn.N_CUSTOMERS


def test_impossible_values_and_sentinels_are_planted(table):
    """Do the ages 0 and 150 and the 9999.00 charge sentinel appear in the card's numbers?"""
    assert (table["age"] == 0).sum() == churn.AGE_ZERO
    assert (table["age"] == 150).sum() == churn.AGE_150
    assert (table["monthly_charges"] == 9999).sum() == churn.CHARGE_SENTINELS
    plausible = table["age"].between(1, 149)
    assert table.loc[plausible, "age"].between(18, 85).all()


def test_missing_values_follow_their_mechanism(table):
    """Is data usage missing more often for the basic plan (MAR), and the others near their share?"""
    share = table.groupby("plan")["data_usage_gb"].apply(lambda s: s.isna().mean())
    assert share["basic"] > 2.5 * max(share["standard"], share["premium"])
    for column, expected in churn.MISSING_SHARE.items():
        assert abs(table[column].isna().mean() - expected) < 0.005, column


def test_text_numbers_and_messy_spellings(table):
    """Are total charges text with a blank for first-month customers, and regions spelt inconsistently?"""
    blank = table["total_charges"] == " "
    assert blank.sum() > 0 and (table.loc[blank, "tenure_months"] == 0).all()
    assert pd.to_numeric(table.loc[~blank, "total_charges"]).notna().all()
    cleaned = table["region"].str.strip().str.title()
    assert set(cleaned) == REGIONS
    assert 0 < (~table["region"].isin(REGIONS)).sum() < 0.1 * len(table)
    day_first = table["signup_date"].str.contains("/")
    assert 0 < day_first.sum() < 0.05 * len(table)
    assert pd.to_datetime(table.loc[day_first, "signup_date"], format="%d/%m/%Y").notna().all()
    assert pd.to_datetime(table.loc[~day_first, "signup_date"], format="%Y-%m-%d").notna().all()


def test_churn_signal_is_learnable():
    """Does a plain model beat chance clearly, so modules that train on it teach something real?"""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    table = data.load("churn").drop_duplicates()
    table = table[table["monthly_charges"] < 1000].dropna(subset=["monthly_charges"])
    features = pd.get_dummies(
        table[["tenure_months", "monthly_charges", "support_calls", "contract"]].astype({"contract": object}),
        dtype=float,
    )
    target = table["churned"] == "yes"
    model = LogisticRegression(max_iter=1000)
    auc = cross_val_score(model, features, target, scoring="roc_auc", cv=5).mean()
    assert 0.7 < auc < 0.9, f"cross-validated ROC AUC {auc:.3f} is outside the card's 'learnable, not trivial' band"
