"""The shop data set: the committed files are what the generator makes, and its planted quirks are there."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from course import data
from course.generators import shop
from course.paths import datasets_dir

SHOP = "shop"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("shop")
    paths = shop.generate(out)
    assert [p.name for p in paths] == list(shop.FILES)
    return out


@pytest.fixture(scope="module")
def customers() -> pd.DataFrame:
    return data.load("shop/customers")


@pytest.fixture(scope="module")
def orders() -> pd.DataFrame:
    return data.load("shop/orders")


@pytest.fixture(scope="module")
def products() -> pd.DataFrame:
    db = data.connect("shop/products")
    try:
        return pd.read_sql_query("SELECT * FROM products", db)
    finally:
        db.close()


def _dump(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def _normalised(orders: pd.DataFrame) -> pd.DataFrame:
    return orders.assign(sku=orders["sku"].str.strip().str.upper())


# --- reproducibility ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["customers.csv", "orders.jsonl"])
def test_text_files_are_reproduced_byte_for_byte(generated, name):
    """Does the generator reproduce the committed customers and orders byte for byte?"""
    committed = (datasets_dir() / SHOP / name).read_bytes()
    assert (generated / name).read_bytes() == committed, (
        f"datasets/shop/{name} differs from what `python -m course.generators.shop` makes: regenerate it "
        "and update datasets/registry.txt, or revert the generator change"
    )


def test_database_is_reproduced_by_content(generated):
    """Does the generator reproduce the committed products database, compared by its SQL dump?"""
    assert _dump(generated / "products.sqlite") == _dump(datasets_dir() / SHOP / "products.sqlite")


def test_two_runs_are_identical(generated, tmp_path):
    """Does a second run with the same seed write the same text files and the same database content?"""
    shop.generate(tmp_path)
    for name in ("customers.csv", "orders.jsonl"):
        assert (tmp_path / name).read_bytes() == (generated / name).read_bytes()
    assert _dump(tmp_path / "products.sqlite") == _dump(generated / "products.sqlite")


def test_another_seed_gives_other_data(tmp_path):
    """Does the seed actually drive the data (a different seed, different orders)?"""
    shop.generate(tmp_path, seed=shop.SEED + 1)
    assert (tmp_path / "orders.jsonl").read_bytes() != (datasets_dir() / SHOP / "orders.jsonl").read_bytes()


def test_text_files_use_unix_line_endings_and_sorted_keys():
    """Are the text files written with `\\n` line endings and JSON keys in sorted order?"""
    for name in ("customers.csv", "orders.jsonl"):
        assert b"\r" not in (datasets_dir() / SHOP / name).read_bytes()
    for line in (datasets_dir() / SHOP / "orders.jsonl").read_text(encoding="utf-8").splitlines():
        keys = list(json.loads(line))
        assert keys == sorted(keys), line


def test_registered_and_verified():
    """Are the three shop files registered with matching checksums, and does the folder have its card?"""
    names = {entry.name for entry in data.read_registry()}
    assert {"shop/customers.csv", "shop/orders.jsonl", "shop/products.sqlite"} <= names
    assert not [problem for problem in data.verify() if "shop/" in problem]
    assert "CC0" in data.card("shop/orders")


# --- shape ---------------------------------------------------------------------------------------


def test_sizes(customers, orders, products):
    """Do the files hold 200 customers, 1,677 order lines in 906 orders, and 40 products in 10 categories?"""
    assert customers.shape == (200, 5)
    assert orders.shape == (1677, 6)
    assert orders["order_id"].nunique() == 906
    assert products.shape == (40, 4)
    db = data.connect("shop/products")
    assert db.execute("SELECT COUNT(*) FROM categories").fetchone()[0] == 10
    db.close()
    for name in shop.FILES:
        assert (datasets_dir() / SHOP / name).stat().st_size < 1_000_000


def test_columns_and_types(customers, orders, products):
    """Do the columns and types match the data card?"""
    assert list(customers.columns) == ["customer_id", "name", "email", "country", "signup_date"]
    assert sorted(orders.columns) == list(orders.columns)
    assert list(orders.columns) == [
        "customer_id", "order_id", "ordered_at", "quantity", "sku", "unit_price_cents"]
    assert list(products.columns) == ["sku", "name", "category", "price_eur"]
    for column in ["customer_id", "order_id", "quantity", "unit_price_cents"]:
        assert pd.api.types.is_integer_dtype(orders[column]), column
    assert pd.api.types.is_datetime64_any_dtype(orders["ordered_at"])
    assert customers["customer_id"].str.fullmatch(r"C\d{4}").all() and customers["customer_id"].is_unique
    assert products["sku"].str.fullmatch(r"[A-Z]{3}-\d{3}").all()
    assert int(customers["email"].isna().sum()) == 15


# --- the planted quirks the notebook relies on ---------------------------------------------------


def test_customer_keys_differ_between_sources(customers, orders):
    """Do orders write the customer key as an integer where the CRM writes 'C0042' (no raw match)?"""
    assert not set(orders["customer_id"].astype(str)) & set(customers["customer_id"])
    translated = orders["customer_id"].map(lambda n: f"C{n:04d}")
    assert translated.isin(customers["customer_id"]).mean() > 0.99


def test_skus_are_sometimes_misspelt(orders, products):
    """Are some order SKUs in other case or padded, matching the catalogue only once normalised?"""
    raw_match = orders["sku"].isin(products["sku"])
    normal_match = _normalised(orders)["sku"].isin(products["sku"])
    assert (~raw_match & normal_match).sum() == 145
    assert (orders["sku"] != orders["sku"].str.strip()).any()
    assert (orders["sku"].str.strip() == orders["sku"].str.strip().str.lower()).any()


def test_prices_are_cents_in_orders_and_euros_in_products(orders, products):
    """Are order prices integer cents (with some discounted lines) where the catalogue has euros?"""
    lines = _normalised(orders).merge(products, on="sku")
    paid = lines["unit_price_cents"] / 100
    assert (paid <= lines["price_eur"] + 1e-9).all()
    assert (abs(paid - lines["price_eur"]) < 1e-9).mean() > 0.8
    assert (paid < lines["price_eur"] - 0.01).sum() == 216
    assert orders["unit_price_cents"].min() > products["price_eur"].max() * 2, "order prices should be cents"


def test_orphans(customers, orders, products):
    """Are there order lines for unknown customers (201-203) and unknown products, 15 in all, one both?"""
    clean = _normalised(orders).drop_duplicates()
    unknown_customer = ~clean["customer_id"].map(lambda n: f"C{n:04d}").isin(customers["customer_id"])
    unknown_product = ~clean["sku"].isin(products["sku"])
    assert sorted(clean.loc[unknown_customer, "customer_id"].unique()) == [201, 202, 203]
    assert sorted(clean.loc[unknown_product, "sku"].unique()) == ["ELE-092", "GAR-090", "KID-091"]
    assert int(unknown_customer.sum()) == 10 and int(unknown_product.sum()) == 6
    assert int((unknown_customer & unknown_product).sum()) == 1
    assert int((unknown_customer | unknown_product).sum()) == 15


def test_duplicates(orders):
    """Are there 12 exact duplicate lines, and 3 more that are duplicates only once SKUs are normalised?"""
    assert int(orders.duplicated().sum()) == 12
    normal = _normalised(orders)
    assert int(normal.duplicated().sum()) == 15
    assert int(normal.duplicated(["order_id", "sku"]).sum()) == 15


def test_quotes_and_empty_category(products):
    """Does a category name contain a quote ("Kids' toys"), and does 'Gift cards' have no products?"""
    assert "Kids' toys" in set(products["category"])
    assert (products["name"] == "Chef's knife").any()
    db = data.connect("shop/products")
    categories = {row[0] for row in db.execute("SELECT category FROM categories")}
    db.close()
    assert "Gift cards" in categories and "Gift cards" not in set(products["category"])
    assert set(products["category"]) <= categories


def test_orders_follow_signup_and_timestamps_are_unique(customers, orders):
    """Does every known customer order after signing up, with one distinct timestamp per order?"""
    per_order = orders[["order_id", "customer_id", "ordered_at"]].drop_duplicates()
    assert per_order["order_id"].is_unique and per_order["ordered_at"].is_unique
    numbers = customers["customer_id"].str[1:].astype(int)
    signup = customers.assign(number=numbers).set_index("number")["signup_date"]
    known = per_order[per_order["customer_id"].isin(signup.index)]
    assert (known["ordered_at"] >= pd.to_datetime(known["customer_id"].map(signup))).all()
    assert per_order.sort_values("order_id")["ordered_at"].is_monotonic_increasing


def test_notebook_examples(orders):
    """Are the facts quoted in module 01's examples still true (C0175's lines, 2024's top customers)?"""
    c175 = orders[orders["customer_id"] == 175]
    assert c175["sku"].tolist() == ["Off-004", "KID-091", "BOO-002"]
    in_2024 = orders[orders["ordered_at"].dt.year == 2024].groupby("customer_id")["order_id"].nunique()
    top = in_2024[in_2024 >= 14].sort_values(ascending=False)
    expected = [(41, 25), (164, 25), (137, 15), (17, 14), (192, 14)]
    assert sorted(top.items(), key=lambda kv: (-kv[1], kv[0])) == expected
