"""The synthetic online shop of module 01: customers (CSV), orders (JSON lines), products (SQLite).

    python -m course.generators.shop OUTDIR [--seed N]

writes `customers.csv`, `orders.jsonl` and `products.sqlite` into OUTDIR. The three sources disagree
the way real systems do, on purpose (see datasets/shop/CARD.md for the full list):

- orders carry the customer key as an integer (42) where customers.csv has "C0042";
- some order SKUs are lower case or padded with spaces, where the products table has "KID-004";
- orders store prices in integer cents, the products table in euros (and some lines were discounted);
- a few orders belong to customers missing from customers.csv, a few lines name products missing
  from the products table (orphans);
- a few order lines appear twice: exact copies, and copies whose SKU differs only in case or spaces.

The text files are byte-identical on every run with the same seed (sorted JSON keys, fixed column
order, `\\n` line endings, prices as integers). The SQLite file's bytes may vary with the SQLite
library version; compare databases by content (`sqlite3.Connection.iterdump`).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

from course.generators import command_line

SEED = 2024
N_CUSTOMERS = 200
N_ORDERS = 900
FILES = ("customers.csv", "orders.jsonl", "products.sqlite")

FIRST_NAMES = [
    "Anna", "Ben", "Chloe", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Lars",
    "Marta", "Nico", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tess", "Umar", "Vera", "Wim", "Yara",
    "Zoe", "Liam", "Noor", "Mateo", "Sofia", "Emil",
]
LAST_NAMES = [
    "Müller", "Dubois", "de Vries", "Peeters", "Rossi", "García", "O'Brien", "Silva", "Nowak", "Huber",
    "Schmidt", "Martin", "Jansen", "Janssens", "Bianchi", "López", "Murphy", "Costa", "Kowalski", "Gruber",
    "D'Angelo", "Bakker", "Lefebvre", "Fernández", "Walsh",
]
COUNTRIES = ["DE", "FR", "NL", "BE", "IT", "ES", "IE", "PT", "PL", "AT"]
COUNTRY_WEIGHTS = [0.22, 0.17, 0.12, 0.08, 0.1, 0.1, 0.06, 0.05, 0.05, 0.05]

# (category, department, SKU prefix, [(product name, price in whole euros)]); "Gift cards" has no products.
CATALOGUE = [
    ("Books", "Media", "BOO", [("Field guide to birds", 24), ("Cooking for one", 18), ("Atlas of rivers", 32),
                               ("Poems of the sea", 12), ("Learning SQL", 39)]),
    ("Music", "Media", "MUS", [("Vinyl: night drive", 26), ("Vinyl: city lights", 24),
                               ("Ukulele strings", 7)]),
    ("Electronics", "Tech", "ELE", [("USB-C cable", 9), ("Wireless mouse", 22), ("Desk lamp", 34),
                                    ("Power bank", 29), ("Bluetooth speaker", 59), ("Headphones", 89)]),
    ("Office", "Tech", "OFF", [("Notebook A5", 4), ("Gel pens (10)", 8), ("Stapler", 11),
                               ("Desk organiser", 19)]),
    ("Garden", "Home", "GAR", [("Watering can", 14), ("Seed mix", 4), ("Pruning shears", 21),
                               ("Plant pots (3)", 16), ("Garden gloves", 9)]),
    ("Kitchen", "Home", "KIT", [("Chef's knife", 45), ("Cutting board", 19), ("Tea towels (2)", 8),
                                ("Espresso pot", 27), ("Measuring cups", 10)]),
    ("Kids' toys", "Family", "KID", [("Wooden blocks", 24), ("Puzzle 100 pieces", 12), ("Toy train", 39),
                                     ("Kite", 17), ("Crayons (24)", 6)]),
    ("Baby care", "Family", "BAB", [("Baby blanket", 29), ("Bath thermometer", 9), ("Soft bib (3)", 12)]),
    ("Sports", "Leisure", "SPO", [("Yoga mat", 25), ("Jump rope", 8), ("Water bottle", 14),
                                  ("Tennis balls (4)", 6)]),
    ("Gift cards", "Leisure", "GIF", []),
]
# Products that were sold but later removed from the catalogue: their order lines are orphans.
DISCONTINUED = ["GAR-090", "KID-091", "ELE-092"]
UNKNOWN_CUSTOMERS = [201, 202, 203]  # accounts deleted from the CRM export, orders kept

ORDERS_FROM = datetime(2023, 1, 1)
ORDERS_TO = datetime(2024, 12, 31, 23, 59, 59)


def _customers(rng: np.random.Generator) -> list[dict]:
    rows = []
    start = date(2021, 1, 1)
    span = (date(2024, 6, 30) - start).days
    for number in range(1, N_CUSTOMERS + 1):
        first = FIRST_NAMES[int(rng.integers(len(FIRST_NAMES)))]
        last = LAST_NAMES[int(rng.integers(len(LAST_NAMES)))]
        local = (first + "." + last).lower().replace("'", "").replace(" ", "")
        local = local.translate(str.maketrans("üéáíóú", "ueaiou"))
        email = f"{local}{number}@example.com" if rng.random() > 0.05 else ""
        rows.append({
            "customer_id": f"C{number:04d}",
            "name": f"{first} {last}",
            "email": email,
            "country": COUNTRIES[int(rng.choice(len(COUNTRIES), p=COUNTRY_WEIGHTS))],
            "signup_date": (start + timedelta(days=int(rng.integers(span + 1)))).isoformat(),
        })
    return rows


def _products(rng: np.random.Generator) -> list[dict]:
    rows = []
    for category, _department, prefix, items in CATALOGUE:
        for number, (name, euros) in enumerate(items, start=1):
            cents = euros * 100 + int(rng.choice([0, 49, 50, 90, 95, 99])) - (100 if euros > 4 else 0)
            rows.append({"sku": f"{prefix}-{number:03d}", "name": name, "category": category, "cents": cents})
    return rows


def _messy(sku: str, rng: np.random.Generator) -> str:
    """The SKU as a careless upstream system wrote it: case changed and/or padded with spaces."""
    kind = int(rng.integers(5))
    return [sku.lower(), " " + sku, sku + " ", sku.capitalize(), " " + sku.lower() + "  "][kind]


def _orders(rng: np.random.Generator, customers: list[dict], products: list[dict]) -> list[dict]:
    # About 8% of customers never order; the others order at very different rates.
    buyers = [c for c in customers if rng.random() > 0.08]
    activity = rng.lognormal(0.0, 0.8, size=len(buyers))
    activity /= activity.sum()
    popularity = rng.lognormal(0.0, 0.6, size=len(products))
    popularity /= popularity.sum()
    price = {p["sku"]: p["cents"] for p in products}

    span = int((ORDERS_TO - ORDERS_FROM).total_seconds())
    seconds: set[int] = set()
    orders = []  # (timestamp, customer number, [(sku, quantity, cents)])

    def new_time(earliest: datetime) -> datetime:
        low = max(0, int((earliest - ORDERS_FROM).total_seconds()))
        while True:  # unique timestamps: no two orders at the same second
            second = int(rng.integers(low, span))
            if second not in seconds:
                seconds.add(second)
                return ORDERS_FROM + timedelta(seconds=second)

    def new_lines(count: int) -> list[tuple[str, int, int]]:
        picks = rng.choice(len(products), size=count, replace=False, p=popularity)
        lines = []
        for index in sorted(int(i) for i in picks):
            sku = products[index]["sku"]
            quantity = int(rng.choice([1, 2, 3, 4], p=[0.62, 0.25, 0.09, 0.04]))
            cents = price[sku]
            if rng.random() < 0.12:  # a promotion: the price paid is below the catalogue price
                cents = int(round(cents * float(rng.choice([0.8, 0.9]))))
            lines.append((sku, quantity, cents))
        return lines

    for _ in range(N_ORDERS):
        buyer = buyers[int(rng.choice(len(buyers), p=activity))]
        signup = datetime.fromisoformat(buyer["signup_date"])
        count = int(rng.choice([1, 2, 3, 4], p=[0.45, 0.3, 0.17, 0.08]))
        orders.append((new_time(signup), int(buyer["customer_id"][1:]), new_lines(count)))

    # Orphans, kind 1: orders of customers missing from customers.csv.
    for number in UNKNOWN_CUSTOMERS:
        for _ in range(2):
            orders.append((new_time(ORDERS_FROM), number, new_lines(int(rng.integers(1, 3)))))
    orders.sort(key=lambda order: order[0])
    # Orphans, kind 2: lines for products no longer in the catalogue (one of them in an unknown
    # customer's order, so that one line is an orphan on both counts).
    known = [i for i, order in enumerate(orders) if order[1] not in UNKNOWN_CUSTOMERS]
    unknown = [i for i, order in enumerate(orders) if order[1] in UNKNOWN_CUSTOMERS]
    targets = [int(i) for i in rng.choice(known, size=5, replace=False)] + [unknown[0]]
    for n, index in enumerate(targets):
        sku = DISCONTINUED[n % len(DISCONTINUED)]
        orders[index][2].append((sku, 1, int(rng.integers(5, 40)) * 100 + 99))

    records = []
    for order_id, (when, customer, lines) in enumerate(orders, start=100001):
        for sku, quantity, cents in lines:
            written = _messy(sku, rng) if rng.random() < 0.08 else sku
            records.append({
                "customer_id": customer,
                "order_id": order_id,
                "ordered_at": when.isoformat(timespec="seconds"),
                "quantity": quantity,
                "sku": written,
                "unit_price_cents": cents,
            })

    # Duplicates: 12 exact copies and 3 copies whose SKU differs only in case or spaces, each written
    # a few lines after the original (a retried upload). Inserted from the end so indices stay valid.
    picks = sorted((int(i) for i in rng.choice(len(records), size=15, replace=False)), reverse=True)
    for n, index in enumerate(picks):
        copy = dict(records[index])
        if n % 5 == 0:
            canonical = copy["sku"].strip().upper()
            copy["sku"] = _messy(canonical, rng) if copy["sku"] == canonical else canonical
        records.insert(min(index + 1 + int(rng.integers(0, 4)), len(records)), copy)
    return records


def _write_products(path: Path, products: list[dict]) -> None:
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path)
    try:
        db.executescript(
            """
            CREATE TABLE categories (
                category   TEXT PRIMARY KEY,
                department TEXT NOT NULL
            );
            CREATE TABLE products (
                sku       TEXT PRIMARY KEY,
                name      TEXT NOT NULL,
                category  TEXT NOT NULL REFERENCES categories (category),
                price_eur REAL NOT NULL
            );
            """
        )
        db.executemany(
            "INSERT INTO categories (category, department) VALUES (?, ?)",
            sorted((category, department) for category, department, *_ in CATALOGUE),
        )
        db.executemany(
            "INSERT INTO products (sku, name, category, price_eur) VALUES (?, ?, ?, ?)",
            [(p["sku"], p["name"], p["category"], p["cents"] / 100)
             for p in sorted(products, key=lambda p: p["sku"])],
        )
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()


def generate(out_dir: Path, seed: int = SEED) -> list[Path]:
    """Write the three shop files into `out_dir` (created if needed); return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    customers = _customers(rng)
    products = _products(rng)
    orders = _orders(rng, customers, products)

    paths = [out_dir / name for name in FILES]
    with open(paths[0], "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(customers[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(customers)
    with open(paths[1], "w", encoding="utf-8", newline="\n") as handle:
        for record in orders:
            handle.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
    _write_products(paths[2], products)
    return paths


def main(argv: list[str] | None = None) -> None:
    command_line(__doc__, generate, SEED, "the three files", argv)


if __name__ == "__main__":
    main()
