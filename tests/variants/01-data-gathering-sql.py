# Answer variants for 01-data-gathering-sql: each block replaces the whole answer cell of its exercise.
# A "correct" block must pass every test cell of that exercise; a "wrong" block must fail one with an
# AssertionError. The notebook's namespace (pd, sqlite3, data, shop_connection) is available.

# %% 01-data-gathering-sql-ex1 correct: converts the date after loading, builds products from a cursor
def load_sources():
    customers = data.load("shop/customers")
    customers["signup_date"] = pd.to_datetime(customers["signup_date"])
    orders = data.load("shop/orders")
    db = data.connect("shop/products")
    cursor = db.execute("SELECT * FROM products")
    products = pd.DataFrame(cursor.fetchall(), columns=[d[0] for d in cursor.description])
    products = products.sort_values("sku").reset_index(drop=True)
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 correct: a list, turned into a tuple at the end
def load_sources():
    frames = [
        data.load("shop/customers", parse_dates=["signup_date"]),
        data.load("shop/orders"),
        pd.read_sql_query("SELECT sku, name, category, price_eur FROM products ORDER BY sku",
                          data.connect("shop/products")),
    ]
    return tuple(frames)

# %% 01-data-gathering-sql-ex1 wrong: leaves signup_date as text
def load_sources():
    customers = data.load("shop/customers")
    orders = data.load("shop/orders")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: reads the categories table instead of products
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    products = pd.read_sql_query("SELECT * FROM categories", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: keeps the LIMIT used while exploring the table
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku LIMIT 10", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: products sorted by price, not by sku
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY price_eur", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: "cleans" the orders' SKUs while loading, so orders are not as loaded
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    orders["sku"] = orders["sku"].str.strip().str.upper()
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex2 correct: named placeholders with a dict
def products_in_category(conn, category, max_price_eur):
    query = (
        "SELECT sku, name, price_eur FROM products "
        "WHERE category = :category AND price_eur <= :limit ORDER BY price_eur ASC, sku ASC"
    )
    return conn.execute(query, {"category": category, "limit": max_price_eur}).fetchall()

# %% 01-data-gathering-sql-ex2 correct: pandas with params, rows turned into plain tuples
def products_in_category(conn, category, max_price_eur):
    frame = pd.read_sql_query(
        "SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur <= ?",
        conn,
        params=(category, max_price_eur),
    ).sort_values(["price_eur", "sku"])
    return [(sku, name, float(price)) for sku, name, price in frame.itertuples(index=False, name=None)]

# %% 01-data-gathering-sql-ex2 wrong: builds the query with an f-string (breaks on "Kids' toys", injectable)
def products_in_category(conn, category, max_price_eur):
    query = f"""
        SELECT sku, name, price_eur FROM products
        WHERE category = '{category}' AND price_eur <= {max_price_eur}
        ORDER BY price_eur, sku
    """
    return conn.execute(query).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: "at most" written as a strict inequality
def products_in_category(conn, category, max_price_eur):
    query = "SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur < ? ORDER BY price_eur, sku"
    return conn.execute(query, (category, max_price_eur)).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: LIKE instead of =, so the category is matched ignoring case
def products_in_category(conn, category, max_price_eur):
    query = "SELECT sku, name, price_eur FROM products WHERE category LIKE ? AND price_eur <= ? ORDER BY price_eur, sku"
    return conn.execute(query, (category, max_price_eur)).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: sorted by sku instead of by price
def products_in_category(conn, category, max_price_eur):
    query = "SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur <= ? ORDER BY sku"
    return conn.execute(query, (category, max_price_eur)).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: returns the cursor instead of the rows
def products_in_category(conn, category, max_price_eur):
    query = "SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur <= ? ORDER BY price_eur, sku"
    return conn.execute(query, (category, max_price_eur))

# %% 01-data-gathering-sql-ex3 correct: a loop over the two tables, counts read with pandas
def add_tables(conn, customers, orders):
    counts = {}
    for table, frame in (("customers", customers), ("orders", orders)):
        frame.to_sql(table, conn, index=False, if_exists="replace")
    counts["customers"] = int(pd.read_sql_query("SELECT COUNT(*) AS n FROM customers", conn)["n"].iloc[0])
    counts["orders"] = int(pd.read_sql_query("SELECT COUNT(*) AS n FROM orders", conn)["n"].iloc[0])
    return counts

# %% 01-data-gathering-sql-ex3 correct: drops the old tables itself, then lets to_sql create them
def add_tables(conn, customers, orders):
    conn.execute("DROP TABLE IF EXISTS customers")
    conn.execute("DROP TABLE IF EXISTS orders")
    customers.to_sql("customers", conn, index=False)
    orders.to_sql("orders", conn, index=False)
    (n_customers,) = conn.execute("SELECT COUNT(*) FROM customers").fetchone()
    (n_orders,) = conn.execute("SELECT COUNT(*) FROM orders").fetchone()
    return {"customers": n_customers, "orders": n_orders}

# %% 01-data-gathering-sql-ex3 wrong: writes the DataFrame index as an extra column
def add_tables(conn, customers, orders):
    customers.to_sql("customers", conn, if_exists="replace")
    orders.to_sql("orders", conn, if_exists="replace")
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 wrong: appends, so a second call doubles the rows
def add_tables(conn, customers, orders):
    customers.to_sql("customers", conn, if_exists="append", index=False)
    orders.to_sql("orders", conn, if_exists="append", index=False)
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 wrong: keeps to_sql's default if_exists="fail", so a second call raises
def add_tables(conn, customers, orders):
    customers.to_sql("customers", conn, index=False)
    orders.to_sql("orders", conn, index=False)
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 wrong: returns the DataFrames' lengths, not what the (appended) tables hold
def add_tables(conn, customers, orders):
    customers.to_sql("customers", conn, if_exists="append", index=False)
    orders.to_sql("orders", conn, if_exists="append", index=False)
    return {"customers": len(customers), "orders": len(orders)}

# %% 01-data-gathering-sql-ex4 correct: converts "C0175" to 175 in Python and passes the integer
def customer_order_lines(conn, customer_id):
    number = int(customer_id.strip().lstrip("Cc"))
    return pd.read_sql_query(
        """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku, p.name AS product_name,
               p.category AS category, cat.department AS department, o.quantity
        FROM orders o
        LEFT JOIN products p ON UPPER(TRIM(o.sku)) = p.sku
        LEFT JOIN categories cat ON p.category = cat.category
        WHERE o.customer_id = ?
        ORDER BY 2, 1, 3
        """,
        conn,
        params=(number,),
    )

# %% 01-data-gathering-sql-ex4 correct: pandas merges on tables read from the database
def customer_order_lines(conn, customer_id):
    orders = pd.read_sql_query(
        "SELECT order_id, ordered_at, sku, quantity FROM orders WHERE printf('C%04d', customer_id) = ?",
        conn, params=(customer_id,),
    )
    orders["sku"] = orders["sku"].str.strip().str.upper()
    orders = orders.drop_duplicates()
    products = pd.read_sql_query("SELECT sku, name AS product_name, category FROM products", conn)
    categories = pd.read_sql_query("SELECT category, department FROM categories", conn)
    lines = orders.merge(products, on="sku", how="left").merge(categories, on="category", how="left")
    lines = lines.sort_values(["ordered_at", "order_id", "sku"]).reset_index(drop=True)
    return lines[["order_id", "ordered_at", "sku", "product_name", "category", "department", "quantity"]]

# %% 01-data-gathering-sql-ex4 wrong: INNER JOIN drops the lines whose product is not in the catalogue
def customer_order_lines(conn, customer_id):
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: matches the SKU as written, so "Off-004" finds no product
def customer_order_lines(conn, customer_id):
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = o.sku
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: no DISTINCT, so duplicated order lines come back twice
def customer_order_lines(conn, customer_id):
    query = """
        SELECT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: compares the orders' integer key with "C0175" as given
def customer_order_lines(conn, customer_id):
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE o.customer_id = ?
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex5 correct: the year as text from strftime, the alias used in HAVING
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE strftime('%Y', ordered_at) = ?
        GROUP BY customer_id
        HAVING n_orders >= ?
        ORDER BY n_orders DESC, customer_id ASC
    """
    return pd.read_sql_query(query, conn, params=(str(year), min_orders))

# %% 01-data-gathering-sql-ex5 correct: pandas groupby on the orders table
def frequent_customers(conn, year, min_orders):
    orders = pd.read_sql_query("SELECT customer_id, order_id, ordered_at FROM orders", conn)
    orders = orders[pd.to_datetime(orders["ordered_at"]).dt.year == year]
    counts = orders.groupby("customer_id")["order_id"].nunique().reset_index(name="n_orders")
    counts = counts[counts["n_orders"] >= min_orders]
    return counts.sort_values(["n_orders", "customer_id"], ascending=[False, True]).reset_index(drop=True)

# %% 01-data-gathering-sql-ex5 wrong: COUNT(*) counts order lines, not orders
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(*) AS n_orders
        FROM orders
        WHERE ordered_at >= ? AND ordered_at < ?
        GROUP BY customer_id
        HAVING COUNT(*) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year + 1}-01-01", min_orders))

# %% 01-data-gathering-sql-ex5 wrong: the threshold itself is excluded (> instead of >=)
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE ordered_at >= ? AND ordered_at < ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) > ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year + 1}-01-01", min_orders))

# %% 01-data-gathering-sql-ex5 wrong: the row filter (year) put in HAVING, where it sees one arbitrary row per group
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ? AND strftime('%Y', ordered_at) = ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(min_orders, str(year)))

# %% 01-data-gathering-sql-ex5 wrong: compares strftime's text year with the integer year (never equal)
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE strftime('%Y', ordered_at) = ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(year, min_orders))

# %% 01-data-gathering-sql-ex5 wrong: forgets the year, counting orders of every year
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(min_orders,))

# %% 01-data-gathering-sql-ex6 correct: pandas cumcount and diff instead of SQL windows
def order_history(conn):
    orders = pd.read_sql_query("SELECT customer_id, order_id, ordered_at FROM orders", conn)
    orders["ordered_at"] = pd.to_datetime(orders["ordered_at"])
    history = orders.drop_duplicates().sort_values(["customer_id", "ordered_at", "order_id"]).reset_index(drop=True)
    by_customer = history.groupby("customer_id")
    history["order_number"] = by_customer.cumcount() + 1
    history["days_since_previous"] = by_customer["ordered_at"].diff() / pd.Timedelta(days=1)
    return history

# %% 01-data-gathering-sql-ex6 correct: GROUP BY instead of DISTINCT, inline windows with the order_id tie-break
def order_history(conn):
    query = """
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY ordered_at, order_id) AS order_number,
               julianday(ordered_at)
                 - julianday(LAG(ordered_at, 1) OVER (PARTITION BY customer_id ORDER BY ordered_at, order_id))
                 AS days_since_previous
        FROM (SELECT customer_id, order_id, MIN(ordered_at) AS ordered_at FROM orders GROUP BY customer_id, order_id)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: the window is partitioned by order, so every order is number 1
def order_history(conn):
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY order_id ORDER BY ordered_at)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: numbers order lines, not orders
def order_history(conn):
    query = """
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM orders
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at, order_id)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: LAG without PARTITION BY takes the previous order of any customer
def order_history(conn):
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY ordered_at) AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER (ORDER BY ordered_at)) AS days_since_previous
        FROM per_order
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: orders newest first, so order 1 is the latest
def order_history(conn):
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(LAG(ordered_at) OVER w) - julianday(ordered_at) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at DESC)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: no PARTITION BY at all, one numbering over the whole table
def order_history(conn):
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM per_order
        WINDOW w AS (ORDER BY ordered_at)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex7 correct: SQL in a scratch database, the given connection untouched
def tidy_order_lines(customers, orders, conn):
    scratch = sqlite3.connect(":memory:")
    orders.to_sql("orders", scratch, index=False)
    customers[["customer_id"]].to_sql("customers", scratch, index=False)
    pd.read_sql_query("SELECT sku, category FROM products", conn).to_sql("products", scratch, index=False)
    query = """
        WITH clean AS (
            SELECT DISTINCT order_id, printf('C%04d', customer_id) AS customer_id, ordered_at,
                   UPPER(TRIM(sku)) AS sku, quantity, unit_price_cents
            FROM orders
        ),
        flagged AS (
            SELECT clean.*, p.category,
                   c.customer_id IS NULL AS no_customer, p.sku IS NULL AS no_product
            FROM clean
            LEFT JOIN customers AS c ON c.customer_id = clean.customer_id
            LEFT JOIN products AS p ON p.sku = clean.sku
        )
        SELECT * FROM flagged ORDER BY order_id, sku
    """
    flagged = pd.read_sql_query(query, scratch)
    scratch.close()
    ok = (flagged["no_customer"] == 0) & (flagged["no_product"] == 0)
    lines = flagged[ok].copy()
    lines["ordered_at"] = pd.to_datetime(lines["ordered_at"])
    lines["unit_price_eur"] = lines["unit_price_cents"].astype(float) / 100.0
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity",
                   "unit_price_eur", "line_total_eur"]].reset_index(drop=True)
    bad = flagged[~ok].copy()
    reasons = {(1, 0): "unknown customer", (0, 1): "unknown product", (1, 1): "unknown customer and product"}
    bad["reason"] = [reasons[(int(a), int(b))] for a, b in zip(bad["no_customer"], bad["no_product"])]
    orphans = bad[["order_id", "customer_id", "sku", "reason"]].reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 correct: pandas merges with indicator=True
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.copy()
    clean["customer_id"] = "C" + clean["customer_id"].astype(str).str.zfill(4)
    clean["sku"] = clean["sku"].str.strip().str.upper()
    clean = clean.drop_duplicates()
    merged = (
        clean.merge(customers[["customer_id"]].assign(_c=1), on="customer_id", how="left")
        .merge(products, on="sku", how="left", indicator=True)
    )
    no_customer = merged["_c"].isna()
    no_product = merged["_merge"] == "left_only"
    merged["reason"] = ""
    merged.loc[no_product, "reason"] = "unknown product"
    merged.loc[no_customer, "reason"] = "unknown customer"
    merged.loc[no_customer & no_product, "reason"] = "unknown customer and product"
    orphans = merged.loc[no_customer | no_product, ["order_id", "customer_id", "sku", "reason"]]
    orphans = orphans.sort_values(["order_id", "sku"], ignore_index=True)
    lines = merged[~(no_customer | no_product)].copy()
    lines["unit_price_eur"] = lines["unit_price_cents"] * 0.01
    lines["line_total_eur"] = lines["unit_price_eur"] * lines["quantity"]
    lines = lines.sort_values(["order_id", "sku"], ignore_index=True)
    return lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity",
                  "unit_price_eur", "line_total_eur"]], orphans

# %% 01-data-gathering-sql-ex7 wrong: leaves the prices in cents
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}"),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates()
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason).sort_values(
        ["order_id", "sku"]).reset_index(drop=True)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"].astype(float)
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: inner joins silently drop the orphans, and none are reported
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}"),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates()
    lines = clean.merge(customers[["customer_id"]], on="customer_id").merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, pd.DataFrame(columns=["order_id", "customer_id", "sku", "reason"])

# %% 01-data-gathering-sql-ex7 wrong: removes duplicates before normalising the SKU, so copies typed differently survive
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.drop_duplicates()
    clean = clean.assign(customer_id=clean["customer_id"].map(lambda n: f"C{n:04d}"),
                         sku=clean["sku"].str.strip().str.upper())
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason).sort_values(
        ["order_id", "sku"]).reset_index(drop=True)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: takes the catalogue price instead of the price paid in the order
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category, price_eur FROM products", conn)
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}"),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates()
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason).sort_values(
        ["order_id", "sku"]).reset_index(drop=True)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["price_eur"]
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: keeps the orphans in the tidy table too, with empty categories
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}"),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates()
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason).sort_values(
        ["order_id", "sku"]).reset_index(drop=True)
    lines = clean.merge(products, on="sku", how="left")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: normalises the keys in place, changing the caller's orders DataFrame
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    orders["sku"] = orders["sku"].str.strip().str.upper()
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}")).drop_duplicates()
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason).sort_values(
        ["order_id", "sku"]).reset_index(drop=True)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex2 correct: filters by category in SQL, then the price and the order in Python
def products_in_category(conn, category, max_price_eur):
    rows = conn.execute("SELECT sku, name, price_eur FROM products WHERE category = ?", [category]).fetchall()
    rows = [row for row in rows if row[2] is not None and row[2] <= max_price_eur]
    rows.sort(key=lambda row: (row[2], row[0]))
    return rows

# %% 01-data-gathering-sql-ex2 wrong: no tie-break, so products at the same price come back in table order
def products_in_category(conn, category, max_price_eur):
    query = "SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur <= ? ORDER BY price_eur"
    return conn.execute(query, (category, max_price_eur)).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: breaks ties by name instead of by sku
def products_in_category(conn, category, max_price_eur):
    query = "SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur <= ? ORDER BY price_eur, name"
    return conn.execute(query, (category, max_price_eur)).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: the category is a parameter but the price is formatted into the SQL
def products_in_category(conn, category, max_price_eur):
    query = f"SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur <= {max_price_eur} ORDER BY price_eur, sku"
    return conn.execute(query, (category,)).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: escapes quotes by hand instead of using a placeholder
def products_in_category(conn, category, max_price_eur):
    safe = category.replace("'", "''")
    query = f"SELECT sku, name, price_eur FROM products WHERE category = '{safe}' AND price_eur <= ? ORDER BY price_eur, sku"
    return conn.execute(query, (max_price_eur,)).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: compares categories ignoring case (COLLATE NOCASE)
def products_in_category(conn, category, max_price_eur):
    query = ("SELECT sku, name, price_eur FROM products WHERE category = ? COLLATE NOCASE AND price_eur <= ? "
             "ORDER BY price_eur, sku")
    return conn.execute(query, (category, max_price_eur)).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: pandas str.contains matches the category as a substring, not exactly
def products_in_category(conn, category, max_price_eur):
    frame = pd.read_sql_query("SELECT sku, name, category, price_eur FROM products", conn)
    frame = frame[frame["category"].str.contains(category, regex=False) & (frame["price_eur"] <= max_price_eur)]
    frame = frame.sort_values(["price_eur", "sku"])
    return list(frame[["sku", "name", "price_eur"]].itertuples(index=False, name=None))

# %% 01-data-gathering-sql-ex2 wrong: keeps a LIMIT 10 from exploring the data
def products_in_category(conn, category, max_price_eur):
    query = ("SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur <= ? "
             "ORDER BY price_eur, sku LIMIT 10")
    return conn.execute(query, (category, max_price_eur)).fetchall()

# %% 01-data-gathering-sql-ex5 correct: julianday bounds and a subquery of distinct orders, counted with COUNT(*)
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(*) AS n_orders
        FROM (SELECT DISTINCT customer_id, order_id FROM orders
              WHERE julianday(ordered_at) >= julianday(:start) AND julianday(ordered_at) < julianday(:end))
        GROUP BY customer_id
        HAVING COUNT(*) >= :least
        ORDER BY COUNT(*) DESC, customer_id ASC
    """
    bounds = {"start": f"{year:04d}-01-01", "end": f"{year + 1:04d}-01-01", "least": min_orders}
    return pd.read_sql_query(query, conn, params=bounds)

# %% 01-data-gathering-sql-ex5 wrong: BETWEEN the first and the last day misses orders placed during December 31
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE ordered_at BETWEEN ? AND ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year}-12-31", min_orders))

# %% 01-data-gathering-sql-ex5 wrong: the upper bound includes midnight of the next New Year (<= with a full timestamp)
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE ordered_at >= ? AND ordered_at <= ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year + 1}-01-01 00:00:00", min_orders))

# %% 01-data-gathering-sql-ex5 wrong: no tie-break, customers with equal counts come back in any order
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE ordered_at >= ? AND ordered_at < ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year + 1}-01-01", min_orders))

# %% 01-data-gathering-sql-ex5 wrong: the year formatted into the SQL text instead of passed as a parameter
def frequent_customers(conn, year, min_orders):
    query = f"""
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE strftime('%Y', ordered_at) = '{year}'
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(min_orders,))

# %% 01-data-gathering-sql-ex5 wrong: the lower bound excludes midnight on January 1 (> instead of >=)
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE ordered_at > ? AND ordered_at < ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01 00:00:00", f"{year + 1}-01-01", min_orders))

# %% 01-data-gathering-sql-ex5 wrong: pandas, counts order lines per customer after dropping repeated lines
def frequent_customers(conn, year, min_orders):
    orders = pd.read_sql_query("SELECT * FROM orders", conn).drop_duplicates()
    orders = orders[orders["ordered_at"].str[:4] == str(year)]
    counts = orders.groupby("customer_id").size().reset_index(name="n_orders")
    counts = counts[counts["n_orders"] >= min_orders]
    return counts.sort_values(["n_orders", "customer_id"], ascending=[False, True]).reset_index(drop=True)

# %% 01-data-gathering-sql-ex6 correct: pandas, seconds from the epoch differenced per customer
def order_history(conn):
    orders = pd.read_sql_query("SELECT DISTINCT customer_id, order_id, ordered_at FROM orders", conn)
    history = orders.sort_values(["customer_id", "ordered_at", "order_id"], kind="mergesort", ignore_index=True)
    seconds = (pd.to_datetime(history["ordered_at"]) - pd.Timestamp("1970-01-01")).dt.total_seconds()
    history["order_number"] = history.groupby("customer_id").cumcount() + 1
    history["days_since_previous"] = seconds.groupby(history["customer_id"]).diff() / 86400.0
    return history

# %% 01-data-gathering-sql-ex6 wrong: RANK gives two orders placed in the same second the same number
def order_history(conn):
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               RANK() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at)
        ORDER BY customer_id, order_number, order_id
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: numbers orders by order_id, assuming ids follow time
def order_history(conn):
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY customer_id ORDER BY order_id)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: no tie-break, so two orders placed in the same second come in any order
def order_history(conn):
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: whole days only (date() drops the time of day)
def order_history(conn):
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(date(ordered_at)) - julianday(date(LAG(ordered_at) OVER w)) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at, order_id)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex4 correct: a CTE of the customer's distinct normalised lines, then the two LEFT JOINs
def customer_order_lines(conn, customer_id):
    query = """
        WITH mine AS (
            SELECT DISTINCT order_id, ordered_at, UPPER(TRIM(sku)) AS sku, quantity
            FROM orders
            WHERE customer_id = CAST(SUBSTR(:customer, 2) AS INTEGER) AND :customer GLOB 'C[0-9][0-9][0-9][0-9]'
        )
        SELECT m.order_id, m.ordered_at, m.sku, p.name AS product_name, p.category, c.department, m.quantity
        FROM mine AS m
        LEFT JOIN products AS p ON p.sku = m.sku
        LEFT JOIN categories AS c ON c.category = p.category
        ORDER BY m.ordered_at ASC, m.order_id ASC, m.sku ASC
    """
    return pd.read_sql_query(query, conn, params={"customer": customer_id})

# %% 01-data-gathering-sql-ex4 wrong: joins products to categories with an INNER JOIN first, losing products whose category is unknown
def customer_order_lines(conn, customer_id):
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               pc.name AS product_name, pc.category, pc.department, o.quantity
        FROM orders AS o
        LEFT JOIN (SELECT p.sku, p.name, p.category, c.department
                   FROM products AS p JOIN categories AS c ON c.category = p.category) AS pc
               ON pc.sku = UPPER(TRIM(o.sku))
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: strips "C" and zeros from both ends, so C0100 becomes customer 1
def customer_order_lines(conn, customer_id):
    number = int(customer_id.strip("C0") or 0)
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE o.customer_id = ?
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn, params=(number,))

# %% 01-data-gathering-sql-ex4 wrong: sorts by order_id first, assuming ids follow time
def customer_order_lines(conn, customer_id):
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.order_id, o.ordered_at, sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: breaks ties by the SKU as typed in the orders, not the normalised one
def customer_order_lines(conn, customer_id):
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, o.sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: DISTINCT on the order lines as typed, so lines differing only in SKU spelling stay twice
def customer_order_lines(conn, customer_id):
    query = """
        WITH mine AS (SELECT DISTINCT order_id, ordered_at, sku, quantity FROM orders
                      WHERE printf('C%04d', customer_id) = ?)
        SELECT m.order_id, m.ordered_at, UPPER(TRIM(m.sku)) AS sku,
               p.name AS product_name, p.category, c.department, m.quantity
        FROM mine AS m
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(m.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        ORDER BY m.ordered_at, m.order_id, 3
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: the customer id formatted into the SQL text
def customer_order_lines(conn, customer_id):
    number = int(customer_id[1:])
    query = f"""
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE o.customer_id = {number}
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex7 correct: plain Python sets and a list of rows, DataFrames built at the end
def tidy_order_lines(customers, orders, conn):
    category_of = dict(conn.execute("SELECT sku, category FROM products").fetchall())
    known_customers = set(customers["customer_id"])
    seen, kept, bad = set(), [], []
    columns = list(orders.columns)
    for values in orders.itertuples(index=False, name=None):
        row = dict(zip(columns, values))
        row["customer_id"] = "C" + str(int(row["customer_id"])).rjust(4, "0")
        row["sku"] = row["sku"].strip().upper()
        key = tuple(row[c] for c in columns)
        if key in seen:
            continue
        seen.add(key)
        customer_ok, product_ok = row["customer_id"] in known_customers, row["sku"] in category_of
        if customer_ok and product_ok:
            euros = row["unit_price_cents"] / 100
            kept.append([row["order_id"], row["customer_id"], row["ordered_at"], row["sku"], category_of[row["sku"]],
                         row["quantity"], euros, row["quantity"] * euros])
        else:
            reason = ("unknown customer and product" if not (customer_ok or product_ok)
                      else "unknown customer" if not customer_ok else "unknown product")
            bad.append([row["order_id"], row["customer_id"], row["sku"], reason])
    lines = pd.DataFrame(kept, columns=["order_id", "customer_id", "ordered_at", "sku", "category", "quantity",
                                        "unit_price_eur", "line_total_eur"])
    lines = lines.astype({"order_id": "int64", "quantity": "int64", "unit_price_eur": "float64",
                          "line_total_eur": "float64", "ordered_at": "datetime64[ns]"})
    orphans = pd.DataFrame(bad, columns=["order_id", "customer_id", "sku", "reason"]).astype({"order_id": "int64"})
    return (lines.sort_values(["order_id", "sku"], ignore_index=True),
            orphans.sort_values(["order_id", "sku"], ignore_index=True))

# %% 01-data-gathering-sql-ex7 wrong: "C0" and three digits, which is only four digits below 1000
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.assign(customer_id="C0" + orders["customer_id"].astype(str).str.zfill(3),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates()
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason[~(kc & kp)]).sort_values(
        ["order_id", "sku"]).reset_index(drop=True)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: duplicates judged on (order_id, sku) only, so a discounted copy of a line is lost
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}"),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates(["order_id", "sku"])
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason[~(kc & kp)]).sort_values(
        ["order_id", "sku"]).reset_index(drop=True)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: the reasons are checked in the wrong order, so "both unknown" reads "unknown customer"
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}"),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates()
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = (pd.Series("unknown product", index=clean.index)
              .mask(~kc & ~kp, "unknown customer and product")
              .mask(~kc, "unknown customer"))
    orphans = clean.assign(reason=reason).loc[~(kc & kp), ["order_id", "customer_id", "sku", "reason"]]
    orphans = orphans.sort_values(["order_id", "sku"]).reset_index(drop=True)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: orphans sorted by order_id only, lines of one order left in input order
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}"),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates()
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason[~(kc & kp)]).sort_values(
        "order_id", kind="stable").reset_index(drop=True)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: does the work in SQL on the given connection and leaves its tables there
def tidy_order_lines(customers, orders, conn):
    orders.to_sql("raw_orders", conn, index=False, if_exists="replace")
    customers[["customer_id"]].to_sql("crm", conn, index=False, if_exists="replace")
    flagged = pd.read_sql_query("""
        WITH clean AS (SELECT DISTINCT order_id, printf('C%04d', customer_id) AS customer_id, ordered_at,
                              UPPER(TRIM(sku)) AS sku, quantity, unit_price_cents FROM raw_orders)
        SELECT clean.*, p.category, c.customer_id IS NULL AS no_customer, p.sku IS NULL AS no_product
        FROM clean LEFT JOIN crm AS c ON c.customer_id = clean.customer_id
        LEFT JOIN products AS p ON p.sku = clean.sku
        ORDER BY order_id, sku""", conn)
    ok = (flagged["no_customer"] == 0) & (flagged["no_product"] == 0)
    lines = flagged[ok].copy()
    lines["ordered_at"] = pd.to_datetime(lines["ordered_at"])
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].reset_index(drop=True)
    bad = flagged[~ok].copy()
    bad["reason"] = ["unknown customer and product" if a and b else "unknown customer" if a else "unknown product"
                     for a, b in zip(bad["no_customer"], bad["no_product"])]
    return lines, bad[["order_id", "customer_id", "sku", "reason"]].reset_index(drop=True)

# %% 01-data-gathering-sql-ex7 wrong: sorts but keeps the old row labels (no fresh index)
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    clean = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{n:04d}"),
                          sku=orders["sku"].str.strip().str.upper()).drop_duplicates()
    kc = clean["customer_id"].isin(customers["customer_id"])
    kp = clean["sku"].isin(products["sku"])
    reason = pd.Series("unknown product", index=clean.index).mask(~kc, "unknown customer").mask(
        ~kc & ~kp, "unknown customer and product")
    orphans = clean.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=reason[~(kc & kp)]).sort_values(
        ["order_id", "sku"])
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines["unit_price_cents"] / 100
    lines["line_total_eur"] = lines["quantity"] * lines["unit_price_eur"]
    lines = lines[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur",
                   "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex3 correct: a dict loop with chunksize, counts read with pandas and .item()
def add_tables(conn, customers, orders):
    for name, frame in {"customers": customers, "orders": orders}.items():
        frame.to_sql(name, conn, if_exists="replace", index=False, chunksize=500)
    return {name: pd.read_sql_query(f"SELECT COUNT(*) AS n FROM {name}", conn)["n"].item()
            for name in ("customers", "orders")}

# %% 01-data-gathering-sql-ex3 wrong: empties the old table and appends, so old columns stay (or the append fails)
def add_tables(conn, customers, orders):
    for name, frame in (("customers", customers), ("orders", orders)):
        exists = conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()[0]
        if exists:
            conn.execute(f"DELETE FROM {name}")
        try:
            frame.to_sql(name, conn, if_exists="append", index=False)
        except Exception:
            pass
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 wrong: resets the index first, so the old row labels become a column
def add_tables(conn, customers, orders):
    customers.reset_index().to_sql("customers", conn, if_exists="replace", index=False)
    orders.reset_index(drop=True).to_sql("orders", conn, if_exists="replace", index=False)
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 wrong: writes through a staging table that it never drops
def add_tables(conn, customers, orders):
    for name, frame in (("customers", customers), ("orders", orders)):
        frame.to_sql(f"staging_{name}", conn, if_exists="replace", index=False)
        conn.execute(f"DROP TABLE IF EXISTS {name}")
        conn.execute(f"CREATE TABLE {name} AS SELECT * FROM staging_{name}")
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 wrong: "replace" on the first call only, "append" afterwards, so repeated calls double the rows
def add_tables(conn, customers, orders):
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    mode = "append" if {"customers", "orders"} <= tables else "replace"
    customers.to_sql("customers", conn, if_exists=mode, index=False)
    orders.to_sql("orders", conn, if_exists=mode, index=False)
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex1 correct: ISO dates converted explicitly, products sorted in Python from the cursor's rows
def load_sources():
    customers = data.load("shop/customers")
    customers = customers.assign(signup_date=pd.to_datetime(customers["signup_date"], format="%Y-%m-%d"))
    orders = data.load("shop/orders")
    db = data.connect("shop/products")
    cursor = db.execute("SELECT sku, name, category, price_eur FROM products")
    names = [column[0] for column in cursor.description]
    rows = sorted(cursor.fetchall(), key=lambda row: row[0])
    db.close()
    return customers, orders, pd.DataFrame.from_records(rows, columns=names)

# %% 01-data-gathering-sql-ex1 wrong: no ORDER BY, trusting that the table happens to be stored in sku order
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    products = pd.read_sql_query("SELECT * FROM products", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: sorted by category, then sku (the same as sku order only while sku prefixes follow category names)
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY category, sku", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: sorts the customers by id, so they are no longer in file order
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"]).sort_values("customer_id", ignore_index=True)
    orders = data.load("shop/orders")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: LIMIT 40 written from the row count seen while exploring
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku LIMIT 40", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: drops the orders' repeated lines while loading (cleaning belongs later)
def load_sources():
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders").drop_duplicates(ignore_index=True)
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku", data.connect("shop/products"))
    return customers, orders, products

# %% 01-data-gathering-sql-ex4 wrong: breaks ties by the catalogue's sku, which is NULL (sorted first) for unknown products
def customer_order_lines(conn, customer_id):
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku,
               p.name AS product_name, p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, p.sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex5 wrong: tidies up by closing the connection it was given
def frequent_customers(conn, year, min_orders):
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE ordered_at >= ? AND ordered_at < ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    try:
        return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year + 1}-01-01", min_orders))
    finally:
        conn.close()

# %% 01-data-gathering-sql-ex3 wrong: starts clean by dropping every table except the catalogue's
def add_tables(conn, customers, orders):
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if name not in ("products", "categories"):
            conn.execute(f'DROP TABLE "{name}"')
    customers.to_sql("customers", conn, index=False)
    orders.to_sql("orders", conn, index=False)
    return {"customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
            "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]}

# %% 01-data-gathering-sql-ex7 wrong: orphans flagged on the raw lines, so a repeated orphan line is reported twice
def tidy_order_lines(customers, orders, conn):
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    raw = orders.assign(customer_id=orders["customer_id"].map(lambda n: f"C{int(n):04d}"), sku=orders["sku"].str.strip().str.upper())
    clean = raw.drop_duplicates()
    def flag(f):
        kc = f.customer_id.isin(customers.customer_id); kp = f.sku.isin(products.sku)
        return kc, kp
    kc, kp = flag(raw)
    r = pd.Series("unknown product", index=raw.index).mask(~kc, "unknown customer").mask(~kc & ~kp, "unknown customer and product")
    orphans = raw.loc[~(kc & kp), ["order_id", "customer_id", "sku"]].assign(reason=r[~(kc & kp)]).sort_values(["order_id", "sku"]).reset_index(drop=True)
    kc, kp = flag(clean)
    lines = clean[kc & kp].merge(products, on="sku")
    lines["unit_price_eur"] = lines.unit_price_cents / 100
    lines["line_total_eur"] = lines.quantity * lines.unit_price_eur
    cols = ["order_id", "customer_id", "ordered_at", "sku", "category", "quantity", "unit_price_eur", "line_total_eur"]
    return lines[cols].sort_values(["order_id", "sku"]).reset_index(drop=True), orphans

# %% 01-data-gathering-sql-ex5 wrong: returns the customer key in the CRM's C0041 form instead of the orders' integer
def frequent_customers(conn, year, min_orders):
    q = """SELECT printf('C%04d', customer_id) AS customer_id, COUNT(DISTINCT order_id) AS n_orders FROM orders
           WHERE ordered_at >= ? AND ordered_at < ? GROUP BY 1 HAVING n_orders >= ? ORDER BY n_orders DESC, 1"""
    return pd.read_sql_query(q, conn, params=(f"{year}-01-01", f"{year+1}-01-01", min_orders))

# Answers written by an outside tester, blind to the graders.

# %% 01-data-gathering-sql-ex1 wrong: signup_date left as text (no parse_dates); violates "with signup_date parsed as a datetime column (not text)"
def load_sources():
    """Load the shop's customers (CSV), orders (JSON lines) and products (SQLite table)."""
    customers = data.load("shop/customers")
    orders = data.load("shop/orders")
    conn = data.connect("shop/products")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku", conn)
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: cleans the orders' SKUs already; violates "orders ... exactly as data.load returns it (we clean it later)"
def load_sources():
    """Load the shop's customers (CSV), orders (JSON lines) and products (SQLite table)."""
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    orders["sku"] = orders["sku"].str.strip().str.upper()
    conn = data.connect("shop/products")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku", conn)
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: sorts customers by signup date; violates "every row and column, in file order"
def load_sources():
    """Load the shop's customers (CSV), orders (JSON lines) and products (SQLite table)."""
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    customers = customers.sort_values("signup_date").reset_index(drop=True)
    orders = data.load("shop/orders")
    conn = data.connect("shop/products")
    products = pd.read_sql_query("SELECT * FROM products ORDER BY sku", conn)
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 wrong: products ordered by name instead of sku; violates "in sku order"
def load_sources():
    """Load the shop's customers (CSV), orders (JSON lines) and products (SQLite table)."""
    customers = data.load("shop/customers", parse_dates=["signup_date"])
    orders = data.load("shop/orders")
    conn = data.connect("shop/products")
    products = pd.read_sql_query("SELECT sku, name, category, price_eur FROM products ORDER BY name", conn)
    return customers, orders, products

# %% 01-data-gathering-sql-ex1 correct: pd.to_datetime after loading; products via cursor rows + description, sorted in pandas
def load_sources():
    """Load the shop's customers (CSV), orders (JSON lines) and products (SQLite table)."""
    customers = data.load("shop/customers")
    customers["signup_date"] = pd.to_datetime(customers["signup_date"])
    orders = data.load("shop/orders")
    conn = data.connect("shop/products")
    cursor = conn.execute("SELECT * FROM products")
    columns = [d[0] for d in cursor.description]
    products = pd.DataFrame(cursor.fetchall(), columns=columns)
    products = products.sort_values("sku", kind="stable").reset_index(drop=True)
    return customers, orders, products

# %% 01-data-gathering-sql-ex2 wrong: category pasted into the SQL with an f-string (breaks on "Kids' toys", injectable); violates "pass them as query parameters"
def products_in_category(conn, category, max_price_eur):
    """Products whose category is exactly `category` and price_eur is at most `max_price_eur`."""
    query = (
        f"SELECT sku, name, price_eur FROM products "
        f"WHERE category = '{category}' AND price_eur <= {max_price_eur} "
        f"ORDER BY price_eur, sku"
    )
    return conn.execute(query).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: strict < excludes a product priced exactly at the limit; violates "at most max_price_eur"
def products_in_category(conn, category, max_price_eur):
    """Products whose category is exactly `category` and price_eur is at most `max_price_eur`."""
    return conn.execute(
        "SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur < ? ORDER BY price_eur, sku",
        (category, max_price_eur),
    ).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: ORDER BY price only, no tie-break; violates "cheapest first (ties broken by sku)"
def products_in_category(conn, category, max_price_eur):
    """Products whose category is exactly `category` and price_eur is at most `max_price_eur`."""
    return conn.execute(
        "SELECT sku, name, price_eur FROM products WHERE category = ? AND price_eur <= ? ORDER BY price_eur",
        (category, max_price_eur),
    ).fetchall()

# %% 01-data-gathering-sql-ex2 wrong: LIKE instead of = (case-insensitive, % and _ are wildcards); violates "whose category is exactly category"
def products_in_category(conn, category, max_price_eur):
    """Products whose category is exactly `category` and price_eur is at most `max_price_eur`."""
    return conn.execute(
        "SELECT sku, name, price_eur FROM products WHERE category LIKE ? AND price_eur <= ? ORDER BY price_eur, sku",
        (category, max_price_eur),
    ).fetchall()

# %% 01-data-gathering-sql-ex2 correct: named placeholders, rows sorted in Python by (price, sku)
def products_in_category(conn, category, max_price_eur):
    """Products whose category is exactly `category` and price_eur is at most `max_price_eur`."""
    rows = conn.execute(
        "SELECT sku, name, price_eur FROM products WHERE category = :cat AND price_eur <= :top",
        {"cat": category, "top": max_price_eur},
    ).fetchall()
    return sorted((tuple(row) for row in rows), key=lambda row: (row[2], row[0]))

# %% 01-data-gathering-sql-ex3 wrong: to_sql without index=False writes the index as an extra column; violates "no extra index column"
def add_tables(conn, customers, orders):
    """Write `customers` and `orders` into `conn` as tables "customers" and "orders" (replacing them)."""
    customers.to_sql("customers", conn, if_exists="replace")
    orders.to_sql("orders", conn, if_exists="replace")
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 wrong: if_exists="append" doubles the rows on a second call; violates "it is replaced ... must not double the rows"
def add_tables(conn, customers, orders):
    """Write `customers` and `orders` into `conn` as tables "customers" and "orders" (replacing them)."""
    customers.to_sql("customers", conn, index=False, if_exists="append")
    orders.to_sql("orders", conn, index=False, if_exists="append")
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 wrong: returns len() of the DataFrames; violates "returns how many rows each table holds, counted in the database with SQL"
def add_tables(conn, customers, orders):
    """Write `customers` and `orders` into `conn` as tables "customers" and "orders" (replacing them)."""
    customers.to_sql("customers", conn, index=False, if_exists="replace")
    orders.to_sql("orders", conn, index=False, if_exists="replace")
    return {"customers": len(customers), "orders": len(orders)}

# %% 01-data-gathering-sql-ex3 wrong: turns datetime columns into text in the caller's DataFrames before writing; violates "The DataFrames themselves are not changed"
def add_tables(conn, customers, orders):
    """Write `customers` and `orders` into `conn` as tables "customers" and "orders" (replacing them)."""
    for frame in (customers, orders):
        for col in frame.columns:
            if pd.api.types.is_datetime64_any_dtype(frame[col]):
                frame[col] = frame[col].dt.strftime("%Y-%m-%d %H:%M:%S")
    customers.to_sql("customers", conn, index=False, if_exists="replace")
    orders.to_sql("orders", conn, index=False, if_exists="replace")
    return {
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "orders": conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0],
    }

# %% 01-data-gathering-sql-ex3 correct: explicit DROP TABLE IF EXISTS, then to_sql; both counts in one SQL query
def add_tables(conn, customers, orders):
    """Write `customers` and `orders` into `conn` as tables "customers" and "orders" (replacing them)."""
    for name, frame in (("customers", customers), ("orders", orders)):
        conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        frame.to_sql(name, conn, index=False)
    conn.commit()
    n_customers, n_orders = conn.execute(
        "SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM orders)"
    ).fetchone()
    return {"customers": int(n_customers), "orders": int(n_orders)}

# %% 01-data-gathering-sql-ex4 wrong: no DISTINCT, so lines duplicated in the orders table come back twice; violates "return each distinct line once"
def customer_order_lines(conn, customer_id):
    """Distinct order lines of the customer `customer_id` ("C0175"), with product name, category, department."""
    query = """
        SELECT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku, p.name AS product_name,
               p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: customer id pasted into the SQL with an f-string; violates "Pass customer_id as a query parameter"
def customer_order_lines(conn, customer_id):
    """Distinct order lines of the customer `customer_id` ("C0175"), with product name, category, department."""
    number = int(customer_id[1:])
    query = f"""
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku, p.name AS product_name,
               p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE o.customer_id = {number}
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex4 wrong: last sort key is the raw o.sku (as typed), not the normalised sku; violates "sorted by ordered_at, then order_id, then sku" (of the returned, normalised SKU)
def customer_order_lines(conn, customer_id):
    """Distinct order lines of the customer `customer_id` ("C0175"), with product name, category, department."""
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku, p.name AS product_name,
               p.category, c.department, o.quantity
        FROM orders AS o
        LEFT JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, o.sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 wrong: INNER JOIN to products drops lines whose product is not in the catalogue; violates "Keep lines whose product is not in the catalogue"
def customer_order_lines(conn, customer_id):
    """Distinct order lines of the customer `customer_id` ("C0175"), with product name, category, department."""
    query = """
        SELECT DISTINCT o.order_id, o.ordered_at, UPPER(TRIM(o.sku)) AS sku, p.name AS product_name,
               p.category, c.department, o.quantity
        FROM orders AS o
        JOIN products AS p ON p.sku = UPPER(TRIM(o.sku))
        LEFT JOIN categories AS c ON c.category = p.category
        WHERE printf('C%04d', o.customer_id) = ?
        ORDER BY o.ordered_at, o.order_id, sku
    """
    return pd.read_sql_query(query, conn, params=(customer_id,))

# %% 01-data-gathering-sql-ex4 correct: pandas merges (left) after a parameterised fetch of the customer's raw lines
def customer_order_lines(conn, customer_id):
    """Distinct order lines of the customer `customer_id` ("C0175"), with product name, category, department."""
    columns = ["order_id", "ordered_at", "sku", "product_name", "category", "department", "quantity"]
    raw = pd.read_sql_query(
        "SELECT order_id, ordered_at, sku, quantity FROM orders WHERE printf('C%04d', customer_id) = ?",
        conn,
        params=(customer_id,),
    )
    products = pd.read_sql_query("SELECT sku, name AS product_name, category FROM products", conn)
    categories = pd.read_sql_query("SELECT category, department FROM categories", conn)
    raw = raw.assign(sku=raw["sku"].astype(str).str.strip().str.upper())
    out = (
        raw.merge(products, on="sku", how="left")
        .merge(categories, on="category", how="left")
        [columns]
        .drop_duplicates()
        .sort_values(["ordered_at", "order_id", "sku"], kind="stable")
        .reset_index(drop=True)
    )
    return out

# %% 01-data-gathering-sql-ex5 wrong: COUNT(*) counts order lines, not orders; violates "at least min_orders orders (not order lines)"
def frequent_customers(conn, year, min_orders):
    """Customers with at least `min_orders` different orders placed in calendar year `year`."""
    query = """
        SELECT customer_id, COUNT(*) AS n_orders
        FROM orders
        WHERE ordered_at >= ? AND ordered_at < ?
        GROUP BY customer_id
        HAVING COUNT(*) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year + 1}-01-01", min_orders))

# %% 01-data-gathering-sql-ex5 wrong: year and threshold formatted into the SQL text; violates "Use parameters for year and min_orders"
def frequent_customers(conn, year, min_orders):
    """Customers with at least `min_orders` different orders placed in calendar year `year`."""
    query = f"""
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE strftime('%Y', ordered_at) = '{year}'
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= {min_orders}
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex5 wrong: upper bound "<= YYYY-12-31" compares text and drops orders placed during 31 December; violates "in a given calendar year"
def frequent_customers(conn, year, min_orders):
    """Customers with at least `min_orders` different orders placed in calendar year `year`."""
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE ordered_at BETWEEN ? AND ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) >= ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year}-12-31", min_orders))

# %% 01-data-gathering-sql-ex5 wrong: HAVING uses > so customers with exactly min_orders are dropped; violates "n_orders >= min_orders"
def frequent_customers(conn, year, min_orders):
    """Customers with at least `min_orders` different orders placed in calendar year `year`."""
    query = """
        SELECT customer_id, COUNT(DISTINCT order_id) AS n_orders
        FROM orders
        WHERE ordered_at >= ? AND ordered_at < ?
        GROUP BY customer_id
        HAVING COUNT(DISTINCT order_id) > ?
        ORDER BY n_orders DESC, customer_id
    """
    return pd.read_sql_query(query, conn, params=(f"{year}-01-01", f"{year + 1}-01-01", min_orders))

# %% 01-data-gathering-sql-ex5 correct: CTE of distinct (customer, order) pairs in the year, CAST(strftime) to integer, parameters
def frequent_customers(conn, year, min_orders):
    """Customers with at least `min_orders` different orders placed in calendar year `year`."""
    query = """
        WITH in_year AS (
            SELECT DISTINCT customer_id, order_id
            FROM orders
            WHERE CAST(strftime('%Y', ordered_at) AS INTEGER) = :year
        )
        SELECT customer_id, COUNT(*) AS n_orders
        FROM in_year
        GROUP BY customer_id
        HAVING COUNT(*) >= :min_orders
        ORDER BY COUNT(*) DESC, customer_id ASC
    """
    return pd.read_sql_query(query, conn, params={"year": int(year), "min_orders": int(min_orders)})

# %% 01-data-gathering-sql-ex6 wrong: window ordered by ordered_at only, no order_id tie-break; violates "two orders ... at the same time are numbered by order_id"
def order_history(conn):
    """One row per order: customer_id, order_id, ordered_at, order_number, days_since_previous."""
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: result sorted by order_id; violates "sorted by customer_id, then order_number"
def order_history(conn):
    """One row per order: customer_id, order_id, ordered_at, order_number, days_since_previous."""
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at, order_id)
        ORDER BY order_id
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: window over order lines (no DISTINCT per order); violates "one row per order (not per order line)"
def order_history(conn):
    """One row per order: customer_id, order_id, ordered_at, order_number, days_since_previous."""
    query = """
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS days_since_previous
        FROM orders
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at, order_id)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 wrong: CAST of the day difference to INTEGER drops the fraction; violates "in days as a float (fractions of a day included)"
def order_history(conn):
    """One row per order: customer_id, order_id, ordered_at, order_number, days_since_previous."""
    query = """
        WITH per_order AS (SELECT DISTINCT customer_id, order_id, ordered_at FROM orders)
        SELECT customer_id, order_id, ordered_at,
               ROW_NUMBER() OVER w AS order_number,
               CAST(julianday(ordered_at) - julianday(LAG(ordered_at) OVER w) AS INTEGER) AS days_since_previous
        FROM per_order
        WINDOW w AS (PARTITION BY customer_id ORDER BY ordered_at, order_id)
        ORDER BY customer_id, order_number
    """
    return pd.read_sql_query(query, conn)

# %% 01-data-gathering-sql-ex6 correct: pandas groupby cumcount and diff on the distinct orders
def order_history(conn):
    """One row per order: customer_id, order_id, ordered_at, order_number, days_since_previous."""
    raw = pd.read_sql_query("SELECT customer_id, order_id, ordered_at FROM orders", conn)
    per_order = raw.drop_duplicates().copy()
    per_order["_t"] = pd.to_datetime(per_order["ordered_at"])
    per_order = per_order.sort_values(["customer_id", "_t", "order_id"], kind="stable")
    grouped = per_order.groupby("customer_id", sort=False)
    per_order["order_number"] = grouped.cumcount() + 1
    per_order["days_since_previous"] = grouped["_t"].diff() / pd.Timedelta(days=1)
    per_order["days_since_previous"] = per_order["days_since_previous"].astype(float)
    out = per_order[["customer_id", "order_id", "ordered_at", "order_number", "days_since_previous"]]
    return out.sort_values(["customer_id", "order_number"]).reset_index(drop=True)

# %% 01-data-gathering-sql-ex7 wrong: unit_price_eur taken from the catalogue's price_eur; violates "the price paid, from the order's unit_price_cents, in euros"
def tidy_order_lines(customers, orders, conn):
    """Reconcile customers, orders and the products table into (lines, orphans)."""
    o = orders.assign(
        customer_id=orders["customer_id"].map(lambda n: f"C{int(n):04d}"),
        sku=orders["sku"].str.strip().str.upper(),
    ).drop_duplicates()
    products = pd.read_sql_query("SELECT sku, category, price_eur FROM products", conn)
    known_c = o["customer_id"].isin(customers["customer_id"])
    known_p = o["sku"].isin(products["sku"])
    good = o[known_c & known_p].merge(products, on="sku", how="left")
    good["unit_price_eur"] = good["price_eur"].astype(float)
    good["line_total_eur"] = good["quantity"] * good["unit_price_eur"]
    lines = good[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity",
                  "unit_price_eur", "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    bad = o[~(known_c & known_p)].copy()
    bad["reason"] = "unknown customer and product"
    bad.loc[known_c[bad.index], "reason"] = "unknown product"
    bad.loc[known_p[bad.index], "reason"] = "unknown customer"
    orphans = bad[["order_id", "customer_id", "sku", "reason"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: if/elif on the customer first, so "unknown customer and product" is never reported; violates the reason values stated
def tidy_order_lines(customers, orders, conn):
    """Reconcile customers, orders and the products table into (lines, orphans)."""
    o = orders.assign(
        customer_id=orders["customer_id"].map(lambda n: f"C{int(n):04d}"),
        sku=orders["sku"].str.strip().str.upper(),
    ).drop_duplicates()
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    known_c = o["customer_id"].isin(customers["customer_id"])
    known_p = o["sku"].isin(products["sku"])
    good = o[known_c & known_p].merge(products, on="sku", how="left")
    good["unit_price_eur"] = good["unit_price_cents"] / 100
    good["line_total_eur"] = good["quantity"] * good["unit_price_eur"]
    lines = good[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity",
                  "unit_price_eur", "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    reasons = []
    bad = o[~(known_c & known_p)]
    for idx in bad.index:
        if not known_c[idx]:
            reasons.append("unknown customer")
        elif not known_p[idx]:
            reasons.append("unknown product")
    bad = bad.assign(reason=reasons)
    orphans = bad[["order_id", "customer_id", "sku", "reason"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: rewrites customer_id and sku directly in the caller's orders DataFrame; violates "on a copy of the orders (never change the inputs)"
def tidy_order_lines(customers, orders, conn):
    """Reconcile customers, orders and the products table into (lines, orphans)."""
    orders["customer_id"] = orders["customer_id"].map(lambda n: f"C{int(n):04d}")
    orders["sku"] = orders["sku"].str.strip().str.upper()
    o = orders.drop_duplicates()
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)
    known_c = o["customer_id"].isin(customers["customer_id"])
    known_p = o["sku"].isin(products["sku"])
    good = o[known_c & known_p].merge(products, on="sku", how="left")
    good["unit_price_eur"] = good["unit_price_cents"] / 100
    good["line_total_eur"] = good["quantity"] * good["unit_price_eur"]
    lines = good[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity",
                  "unit_price_eur", "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    bad = o[~(known_c & known_p)].copy()
    bad["reason"] = "unknown customer and product"
    bad.loc[known_c[bad.index], "reason"] = "unknown product"
    bad.loc[known_p[bad.index], "reason"] = "unknown customer"
    orphans = bad[["order_id", "customer_id", "sku", "reason"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 wrong: writes a scratch table "tidy_orders" into the given conn and leaves it there; violates "do not change the database you are given"
def tidy_order_lines(customers, orders, conn):
    """Reconcile customers, orders and the products table into (lines, orphans)."""
    o = orders.assign(
        customer_id=orders["customer_id"].map(lambda n: f"C{int(n):04d}"),
        sku=orders["sku"].str.strip().str.upper(),
    ).drop_duplicates()
    o.to_sql("tidy_orders", conn, index=False, if_exists="replace")
    customers[["customer_id"]].to_sql("known_customers", conn, index=False, if_exists="replace")
    joined = pd.read_sql_query(
        """
        SELECT t.order_id, t.customer_id, t.ordered_at, t.sku, p.category, t.quantity,
               t.unit_price_cents / 100.0 AS unit_price_eur,
               t.quantity * (t.unit_price_cents / 100.0) AS line_total_eur,
               k.customer_id IS NOT NULL AS known_c, p.sku IS NOT NULL AS known_p
        FROM tidy_orders AS t
        LEFT JOIN products AS p ON p.sku = t.sku
        LEFT JOIN known_customers AS k ON k.customer_id = t.customer_id
        """,
        conn,
    )
    joined["ordered_at"] = pd.to_datetime(joined["ordered_at"])
    ok = (joined["known_c"] == 1) & (joined["known_p"] == 1)
    lines = joined.loc[ok, ["order_id", "customer_id", "ordered_at", "sku", "category", "quantity",
                            "unit_price_eur", "line_total_eur"]]
    lines = lines.sort_values(["order_id", "sku"]).reset_index(drop=True)
    bad = joined.loc[~ok].copy()
    bad["reason"] = "unknown customer and product"
    bad.loc[bad["known_c"] == 1, "reason"] = "unknown product"
    bad.loc[bad["known_p"] == 1, "reason"] = "unknown customer"
    orphans = bad[["order_id", "customer_id", "sku", "reason"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans

# %% 01-data-gathering-sql-ex7 correct: scratch in-memory SQLite database with CASE for the reason, types fixed in pandas
def tidy_order_lines(customers, orders, conn):
    """Reconcile customers, orders and the products table into (lines, orphans)."""
    import sqlite3

    o = orders.copy()
    o["customer_id"] = [f"C{int(n):04d}" for n in o["customer_id"]]
    o["sku"] = [str(s).strip().upper() for s in o["sku"]]
    o = o.drop_duplicates()
    products = pd.read_sql_query("SELECT sku, category FROM products", conn)

    scratch = sqlite3.connect(":memory:")
    try:
        o.assign(_row=range(len(o))).to_sql("o", scratch, index=False)
        products.to_sql("p", scratch, index=False)
        customers[["customer_id"]].drop_duplicates().to_sql("c", scratch, index=False)
        tagged = pd.read_sql_query(
            """
            SELECT o._row, p.category,
                   CASE
                       WHEN c.customer_id IS NULL AND p.sku IS NULL THEN 'unknown customer and product'
                       WHEN c.customer_id IS NULL THEN 'unknown customer'
                       WHEN p.sku IS NULL THEN 'unknown product'
                   END AS reason
            FROM o
            LEFT JOIN p ON p.sku = o.sku
            LEFT JOIN c ON c.customer_id = o.customer_id
            ORDER BY o._row
            """,
            scratch,
        )
    finally:
        scratch.close()

    o = o.reset_index(drop=True)
    o["category"] = tagged["category"].to_numpy()
    o["reason"] = tagged["reason"].to_numpy()
    good = o[o["reason"].isna()].copy()
    good["order_id"] = good["order_id"].astype(int)
    good["quantity"] = good["quantity"].astype(int)
    good["ordered_at"] = pd.to_datetime(good["ordered_at"])
    good["unit_price_eur"] = good["unit_price_cents"].astype(float) / 100.0
    good["line_total_eur"] = good["quantity"] * good["unit_price_eur"]
    lines = good[["order_id", "customer_id", "ordered_at", "sku", "category", "quantity",
                  "unit_price_eur", "line_total_eur"]].sort_values(["order_id", "sku"]).reset_index(drop=True)
    orphans = o.loc[o["reason"].notna(), ["order_id", "customer_id", "sku", "reason"]]
    orphans = orphans.sort_values(["order_id", "sku"]).reset_index(drop=True)
    return lines, orphans
