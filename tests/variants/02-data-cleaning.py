# Answer variants for 02-data-cleaning: each block replaces the whole answer cell of its exercise.
# A "correct" block must pass every test cell of that exercise; a "wrong" block must fail one with an
# AssertionError. The notebook's namespace (np, pd, data, the scikit-learn names imported in the setup cell,
# load_clean_churn, validation_auc, BASELINE) is available.

# %% 02-data-cleaning-ex1 correct: vectorised, one Series per report column, numeric min/max reindexed
def quality_report(df):
    numeric = df.select_dtypes("number")
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str),
        "n_missing": df.isna().sum(),
        "share_missing": df.isna().mean(),
        "n_unique": df.nunique(),
        "min": numeric.min().reindex(df.columns),
        "max": numeric.max().reindex(df.columns),
    })
    return report, int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 correct: a list of records, dtype objects kept, None for text, another column order
def quality_report(df):
    records = []
    for name in df.columns:
        col = df[name]
        is_number = pd.api.types.is_numeric_dtype(col)
        missing = len(col) - col.count()
        records.append({
            "column": name,
            "max": col.max() if is_number else None,
            "min": col.min() if is_number else None,
            "n_unique": len(col.dropna().unique()),
            "n_missing": missing,
            "share_missing": missing / len(col),
            "dtype": col.dtype,
        })
    return pd.DataFrame(records).set_index("column"), len(df) - len(df.drop_duplicates())

# %% 02-data-cleaning-ex1 wrong: share_missing as a percentage instead of a fraction
def quality_report(df):
    numeric = df.select_dtypes("number")
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str),
        "n_missing": df.isna().sum(),
        "share_missing": df.isna().mean() * 100,
        "n_unique": df.nunique(),
        "min": numeric.min().reindex(df.columns),
        "max": numeric.max().reindex(df.columns),
    })
    return report, int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: n_unique counts a missing value as one more distinct value (dropna=False)
def quality_report(df):
    numeric = df.select_dtypes("number")
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str),
        "n_missing": df.isna().sum(),
        "share_missing": df.isna().mean(),
        "n_unique": df.nunique(dropna=False),
        "min": numeric.min().reindex(df.columns),
        "max": numeric.max().reindex(df.columns),
    })
    return report, int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: duplicated(keep=False) counts the first copy of each duplicated row too
def quality_report(df):
    numeric = df.select_dtypes("number")
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str),
        "n_missing": df.isna().sum(),
        "share_missing": df.isna().mean(),
        "n_unique": df.nunique(),
        "min": numeric.min().reindex(df.columns),
        "max": numeric.max().reindex(df.columns),
    })
    return report, int(df.duplicated(keep=False).sum())

# %% 02-data-cleaning-ex1 wrong: built on describe(), which silently leaves out the text columns
def quality_report(df):
    summary = df.describe().T
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str)[summary.index],
        "n_missing": df.isna().sum()[summary.index],
        "share_missing": df.isna().mean()[summary.index],
        "n_unique": df.nunique()[summary.index],
        "min": summary["min"],
        "max": summary["max"],
    })
    return report, int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: n_missing from count(), which counts the values that are present
def quality_report(df):
    numeric = df.select_dtypes("number")
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str),
        "n_missing": df.count(),
        "share_missing": df.isna().mean(),
        "n_unique": df.nunique(),
        "min": numeric.min().reindex(df.columns),
        "max": numeric.max().reindex(df.columns),
    })
    return report, int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: min and max of text columns too (alphabetical), not only numeric ones
def quality_report(df):
    rows = {}
    for column in df.columns:
        values = df[column]
        rows[column] = {
            "dtype": str(values.dtype),
            "n_missing": int(values.isna().sum()),
            "share_missing": float(values.isna().mean()),
            "n_unique": int(values.nunique()),
            "min": values.min(),
            "max": values.max(),
        }
    return pd.DataFrame.from_dict(rows, orient="index"), int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 correct: df.apply builds one Series per column, numeric by dtype.kind, then transposed
def quality_report(df):
    def describe_column(col):
        numeric = col.dtype.kind in "iuf"
        return pd.Series({
            "dtype": str(col.dtype),
            "n_missing": col.isna().sum(),
            "share_missing": col.isna().sum() / len(col),
            "n_unique": col.dropna().nunique(),
            "min": col.min() if numeric else np.nan,
            "max": col.max() if numeric else np.nan,
        })

    return df.apply(describe_column).T, df.duplicated().sum()

# %% 02-data-cleaning-ex1 wrong: counts the duplicates by dropping them in place, which changes the caller's table
def quality_report(df):
    numeric = df.select_dtypes("number")
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str),
        "n_missing": df.isna().sum(),
        "share_missing": df.isna().mean(),
        "n_unique": df.nunique(),
        "min": numeric.min().reindex(df.columns),
        "max": numeric.max().reindex(df.columns),
    })
    before = len(df)
    df.drop_duplicates(inplace=True)
    return report, before - len(df)

# %% 02-data-cleaning-ex1 wrong: gives date columns a range too, though only numeric columns have min and max
def quality_report(df):
    rows = {}
    for column in df.columns:
        values = df[column]
        ranged = pd.api.types.is_numeric_dtype(values) or pd.api.types.is_datetime64_any_dtype(values)
        rows[column] = {
            "dtype": str(values.dtype),
            "n_missing": int(values.isna().sum()),
            "share_missing": float(values.isna().mean()),
            "n_unique": int(values.nunique()),
            "min": values.min() if ranged else np.nan,
            "max": values.max() if ranged else np.nan,
        }
    return pd.DataFrame.from_dict(rows, orient="index"), int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: np.min and np.max on the array, which give NaN as soon as one value is missing
def quality_report(df):
    rows = {}
    for column in df.columns:
        values = df[column]
        numeric = pd.api.types.is_numeric_dtype(values)
        rows[column] = {
            "dtype": str(values.dtype),
            "n_missing": int(values.isna().sum()),
            "share_missing": float(values.isna().mean()),
            "n_unique": int(values.nunique()),
            "min": np.min(values.to_numpy(dtype=float)) if numeric else np.nan,
            "max": np.max(values.to_numpy(dtype=float)) if numeric else np.nan,
        }
    return pd.DataFrame.from_dict(rows, orient="index"), int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: counts duplicates with a groupby over every column, which skips rows with a gap
def quality_report(df):
    numeric = df.select_dtypes("number")
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str),
        "n_missing": df.isna().sum(),
        "share_missing": df.isna().mean(),
        "n_unique": df.nunique(),
        "min": numeric.min().reindex(df.columns),
        "max": numeric.max().reindex(df.columns),
    })
    copies = df.groupby(list(df.columns)).size()
    return report, int((copies - 1).sum())

# %% 02-data-cleaning-ex1 wrong: rounds share_missing to four decimals, as a report would display it
def quality_report(df):
    numeric = df.select_dtypes("number")
    report = pd.DataFrame({
        "dtype": df.dtypes.astype(str),
        "n_missing": df.isna().sum(),
        "share_missing": df.isna().mean().round(4),
        "n_unique": df.nunique(),
        "min": numeric.min().reindex(df.columns),
        "max": numeric.max().reindex(df.columns),
    })
    return report, int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: "numeric" tested as float64 or int64 only, so nullable Int64 and int32 columns get no range
def quality_report(df):
    rows = {}
    for column in df.columns:
        values = df[column]
        numeric = values.dtype in (np.float64, np.int64)
        rows[column] = {"dtype": str(values.dtype), "n_missing": values.isna().sum(),
                        "share_missing": values.isna().mean(), "n_unique": values.nunique(),
                        "min": values.min() if numeric else np.nan, "max": values.max() if numeric else np.nan}
    return pd.DataFrame.from_dict(rows, orient="index"), df.duplicated().sum()

# %% 02-data-cleaning-ex2 correct: a boolean mask of first occurrences, then a fresh index
def deduplicate(df):
    out = df.copy()
    out["customer_id"] = out["customer_id"].str.strip().str.upper()
    return out[~out.duplicated(keep="first")].reset_index(drop=True)

# %% 02-data-cleaning-ex2 correct: removes every whitespace character with a regex, ignore_index=True
def deduplicate(df):
    ids = df["customer_id"].str.replace(r"\s+", "", regex=True).str.upper()
    return df.assign(customer_id=ids).drop_duplicates(ignore_index=True)

# %% 02-data-cleaning-ex2 wrong: drops the exact duplicates without normalising the ids first
def deduplicate(df):
    return df.drop_duplicates().reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: upper case only, the trailing spaces stay
def deduplicate(df):
    return df.assign(customer_id=df["customer_id"].str.upper()).drop_duplicates().reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: deduplicates on the id alone, so conflicting rows are silently dropped
def deduplicate(df):
    out = df.assign(customer_id=df["customer_id"].str.strip().str.upper())
    return out.drop_duplicates(subset="customer_id").reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: keep="last" changes which copy survives and the order of the rows
def deduplicate(df):
    out = df.assign(customer_id=df["customer_id"].str.strip().str.upper())
    return out.drop_duplicates(keep="last").reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: forgets to reset the index after dropping rows
def deduplicate(df):
    return df.assign(customer_id=df["customer_id"].str.strip().str.upper()).drop_duplicates()

# %% 02-data-cleaning-ex2 wrong: normalises the ids in the caller's DataFrame (changes the input)
def deduplicate(df):
    df["customer_id"] = df["customer_id"].str.strip().str.upper()
    return df.drop_duplicates().reset_index(drop=True)

# %% 02-data-cleaning-ex2 correct: positions as the index, a stable sort by id, then sort_index restores the order
def deduplicate(df):
    out = df.reset_index(drop=True)
    out["customer_id"] = [text.strip().upper() for text in out["customer_id"]]
    grouped = out.sort_values("customer_id", kind="stable")
    return grouped[~grouped.duplicated()].sort_index().reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: restores the order with sort_index, which is the row order only if the index is sorted
def deduplicate(df):
    out = df.copy()
    out["customer_id"] = [text.strip().upper() for text in out["customer_id"]]
    grouped = out.sort_values("customer_id", kind="stable")
    return grouped[~grouped.duplicated()].sort_index().reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: keeps the latest copy (keep="last"), then sorts the index back into order
def deduplicate(df):
    out = df.assign(customer_id=df["customer_id"].str.strip().str.upper())
    return out.drop_duplicates(keep="last").sort_index().reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: normalises every text column, not only the id, so rows that differ merge
def deduplicate(df):
    out = df.copy()
    for column in out.select_dtypes(["object", "string"]).columns:
        out[column] = out[column].str.strip().str.upper()
    return out.drop_duplicates().reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: sorts the rows by id before dropping duplicates, so the original order is lost
def deduplicate(df):
    out = df.assign(customer_id=df["customer_id"].str.strip().str.upper())
    return out.sort_values("customer_id").drop_duplicates().reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: uses the normalised ids to find duplicates but returns the rows as written
def deduplicate(df):
    normalised = df["customer_id"].str.strip().str.upper()
    copies = df.assign(customer_id=normalised).duplicated()
    return df[~copies].reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: reset_index() without drop=True adds the old labels as an "index" column
def deduplicate(df):
    out = df.assign(customer_id=df["customer_id"].str.strip().str.upper())
    return out.drop_duplicates().reset_index()

# %% 02-data-cleaning-ex3 correct: a copy changed with .loc, dates parsed per format by a mask
def fix_values(df):
    out = df.copy()
    out.loc[(out["age"] < 18) | (out["age"] > 100), "age"] = np.nan
    out.loc[out["monthly_charges"] == 9999.0, "monthly_charges"] = np.nan
    out["total_charges"] = out["total_charges"].str.strip().replace("", "0").astype(float)
    out["region"] = out["region"].str.strip().str.title()
    written = out["signup_date"]
    day_first = written.str.contains("/")
    dates = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
    dates[~day_first] = pd.to_datetime(written[~day_first], format="%Y-%m-%d")
    dates[day_first] = pd.to_datetime(written[day_first], format="%d/%m/%Y")
    out["signup_date"] = dates
    return out

# %% 02-data-cleaning-ex3 correct: rewrites DD/MM/YYYY as ISO text with a regex, then parses one format
def fix_values(df):
    iso_text = df["signup_date"].str.replace(r"^(\d{2})/(\d{2})/(\d{4})$", r"\3-\2-\1", regex=True)
    charges = df["monthly_charges"]
    return df.assign(
        age=np.where(df["age"].between(18, 100), df["age"], np.nan),
        monthly_charges=charges.where(charges != 9999.0),
        total_charges=pd.to_numeric(df["total_charges"].replace(" ", "0.0")),
        region=df["region"].str.strip().str.lower().str.capitalize(),
        signup_date=pd.to_datetime(iso_text, format="%Y-%m-%d"),
    )

# %% 02-data-cleaning-ex3 wrong: format="mixed" with dayfirst=True also reads the ISO dates day first
def fix_values(df):
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=pd.to_datetime(df["signup_date"], format="mixed", dayfirst=True),
    )

# %% 02-data-cleaning-ex3 wrong: lets pandas guess mixed formats (DD/MM dates read as MM/DD)
def fix_values(df):
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=pd.to_datetime(df["signup_date"], format="mixed"),
    )

# %% 02-data-cleaning-ex3 wrong: coerces total_charges but leaves the blanks missing instead of 0.0
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce"),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(day_first),
    )

# %% 02-data-cleaning-ex3 wrong: only removes the ages above 100, the zeros stay
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].mask(df["age"] > 100),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(day_first),
    )

# %% 02-data-cleaning-ex3 wrong: capitalises the region without stripping the spaces first
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.capitalize(),
        signup_date=iso.fillna(day_first),
    )

# %% 02-data-cleaning-ex3 wrong: drops the rows with impossible values instead of making them missing
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    out = df.assign(
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(day_first),
    )
    bad = ((out["age"] < 18) | (out["age"] > 100)) | (out["monthly_charges"] == 9999.0)
    return out[~bad]

# %% 02-data-cleaning-ex3 wrong: replaces the sentinel with the median charge (imputes too early)
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    charges = df["monthly_charges"]
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=charges.mask(charges == 9999.0, charges.median()),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(day_first),
    )

# %% 02-data-cleaning-ex3 correct: value by value with plain Python (strptime per format, float of the text)
def fix_values(df):
    from datetime import datetime

    def parse_date(text):
        layout = "%d/%m/%Y" if "/" in text else "%Y-%m-%d"
        return datetime.strptime(text, layout)

    def parse_total(text):
        return 0.0 if text.strip() == "" else float(text)

    out = df.copy()
    out["age"] = [age if 18 <= age <= 100 else np.nan for age in df["age"]]
    out["monthly_charges"] = [np.nan if charge == 9999.0 else charge for charge in df["monthly_charges"]]
    out["total_charges"] = [parse_total(text) for text in df["total_charges"]]
    out["region"] = [text.strip().title() for text in df["region"]]
    out["signup_date"] = pd.to_datetime([parse_date(text) for text in df["signup_date"]])
    return out

# %% 02-data-cleaning-ex3 wrong: treats every charge of 9999 or more as the sentinel, so real large charges vanish
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] >= 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(day_first),
    )

# %% 02-data-cleaning-ex3 wrong: exclusive age limits (18 and 100 are possible ages, the task says inclusive)
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    age = df["age"]
    return df.assign(
        age=age.where((age > 18) & (age < 100)),
        monthly_charges=df["monthly_charges"].replace(9999.0, np.nan),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(day_first),
    )

# %% 02-data-cleaning-ex3 wrong: replace(..., inplace=True) turns the sentinel into NaN in the caller's table too
def fix_values(df):
    df.replace({"monthly_charges": {9999.0: np.nan}}, inplace=True)
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(day_first),
    )

# %% 02-data-cleaning-ex3 wrong: lets pandas infer one date format with dayfirst=True, which fails on the other one
def fix_values(df):
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=pd.to_datetime(df["signup_date"], dayfirst=True),
    )

# %% 02-data-cleaning-ex3 wrong: reads DD/MM/YYYY as month first (%m/%d/%Y), so only days above 12 fail loudly
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    other = pd.to_datetime(df["signup_date"], format="%m/%d/%Y", errors="coerce")
    swapped = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(other).fillna(swapped),
    )

# %% 02-data-cleaning-ex3 correct: mask for the ages, format="ISO8601" then day first, title case before stripping
def fix_values(df):
    iso = pd.to_datetime(df["signup_date"], format="ISO8601", errors="coerce")
    day_first = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].mask((df["age"] < 18) | (df["age"] > 100)),
        monthly_charges=df["monthly_charges"].replace(9999.0, np.nan),
        total_charges=df["total_charges"].str.strip().replace("", "0").astype(float),
        region=df["region"].str.title().str.strip(),
        signup_date=day_first.fillna(iso),
    )

# %% 02-data-cleaning-ex4 correct: a loop over the groups of df, with the reference's values per group
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    overall = ref[column].median()
    out = df.copy()
    for group, rows in out.groupby(by):
        values = ref.loc[ref[by] == group, column]
        median = values.median() if values.notna().any() else overall
        gaps = rows.index[rows[column].isna()]
        out.loc[gaps, column] = median
    return out

# %% 02-data-cleaning-ex4 correct: a dict of group medians and a row-wise function
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    medians = {group: values.median() for group, values in ref.groupby(by)[column]}
    overall = ref[column].median()

    def fill(row):
        if pd.notna(row[column]):
            return row[column]
        median = medians.get(row[by], np.nan)
        return overall if pd.isna(median) else median

    return df.assign(**{column: df.apply(fill, axis=1).astype(float)})

# %% 02-data-cleaning-ex4 wrong: fills with the group mean, which the right-skew pulls upwards
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    fill = df[by].map(ref.groupby(by)[column].mean()).fillna(ref[column].mean())
    return df.assign(**{column: df[column].fillna(fill)})

# %% 02-data-cleaning-ex4 wrong: one global median for every gap, ignoring the group
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    return df.assign(**{column: df[column].fillna(ref[column].median())})

# %% 02-data-cleaning-ex4 wrong: ignores the reference and learns the medians from df itself
def impute_by_group(df, column, by, reference=None):
    fill = df.groupby(by)[column].transform("median").fillna(df[column].median())
    return df.assign(**{column: df[column].fillna(fill)})

# %% 02-data-cleaning-ex4 wrong: fills the gaps with 0
def impute_by_group(df, column, by, reference=None):
    return df.assign(**{column: df[column].fillna(0.0)})

# %% 02-data-cleaning-ex4 wrong: drops the rows with a gap instead of imputing
def impute_by_group(df, column, by, reference=None):
    return df.dropna(subset=[column])

# %% 02-data-cleaning-ex4 wrong: no fallback, so a group the reference never saw keeps its gaps
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    return df.assign(**{column: df[column].fillna(df[by].map(ref.groupby(by)[column].median()))})

# %% 02-data-cleaning-ex4 correct: a left merge with the table of medians, then np.where on the gaps
def impute_by_group(df, column, by, reference=None):
    source = df if reference is None else reference
    medians = source.groupby(by)[column].median().rename("group_median")
    looked_up = df[[by]].merge(medians, left_on=by, right_index=True, how="left")["group_median"]
    looked_up = looked_up.reindex(df.index).fillna(source[column].median())
    out = df.copy()
    out[column] = np.where(df[column].isna(), looked_up, df[column])
    return out

# %% 02-data-cleaning-ex4 wrong: a group the reference lacks gets the median of the group medians, not of all values
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    medians = ref.groupby(by)[column].median()
    fill = df[by].map(medians).fillna(medians.median())
    return df.assign(**{column: df[column].fillna(fill)})

# %% 02-data-cleaning-ex4 wrong: LEAK: learns the medians from the reference and df together
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else pd.concat([reference, df])
    fill = df[by].map(ref.groupby(by)[column].median()).fillna(ref[column].median())
    return df.assign(**{column: df[column].fillna(fill)})

# %% 02-data-cleaning-ex4 wrong: the fallback for an unseen group is df's own median, not the reference's
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    fill = df[by].map(ref.groupby(by)[column].median()).fillna(df[column].median())
    return df.assign(**{column: df[column].fillna(fill)})

# %% 02-data-cleaning-ex4 wrong: the middle value of the sorted group, which is the upper median for an even count
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference

    def middle(values):
        ordered = sorted(values.dropna())
        return ordered[len(ordered) // 2] if ordered else np.nan

    medians = ref.groupby(by)[column].agg(middle)
    fill = df[by].map(medians).fillna(middle(ref[column]))
    return df.assign(**{column: df[column].fillna(fill)})

# %% 02-data-cleaning-ex4 wrong: fills the caller's column in place and returns it
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    fill = df[by].map(ref.groupby(by)[column].median()).fillna(ref[column].median())
    df[column] = df[column].fillna(fill)
    return df

# %% 02-data-cleaning-ex4 wrong: transform("median") on the reference, aligned with df by index labels
def impute_by_group(df, column, by, reference=None):
    ref = df if reference is None else reference
    per_row = ref.groupby(by)[column].transform("median")
    return df.assign(**{column: df[column].fillna(per_row).fillna(ref[column].median())})

# %% 02-data-cleaning-ex5 correct: NumPy's nan-aware percentiles, mean and std (np.nanstd uses ddof=0)
def flag_outliers(values, method="iqr", cutoff=None):
    x = values.to_numpy(dtype=float)
    if method == "iqr":
        q1, q3 = np.nanpercentile(x, [25, 75])
        k = 1.5 if cutoff is None else cutoff
        flags = (x < q1 - k * (q3 - q1)) | (x > q3 + k * (q3 - q1))
    elif method == "zscore":
        z = np.abs(x - np.nanmean(x)) / np.nanstd(x)
        flags = z > (3.0 if cutoff is None else cutoff)
    else:
        raise ValueError(f"unknown method {method!r}")
    return pd.Series(flags, index=values.index)

# %% 02-data-cleaning-ex5 correct: scipy.stats.zscore with nan_policy="omit", and between() for the fences
def flag_outliers(values, method="iqr", cutoff=None):
    from scipy import stats

    if method == "zscore":
        z = stats.zscore(values.astype(float), nan_policy="omit")
        return pd.Series(np.abs(np.asarray(z)) > (3.0 if cutoff is None else cutoff), index=values.index)
    if method != "iqr":
        raise ValueError("method must be 'iqr' or 'zscore'")
    k = 1.5 if cutoff is None else cutoff
    q1, q3 = values.quantile([0.25, 0.75])
    inside = values.between(q1 - k * (q3 - q1), q3 + k * (q3 - q1))
    return ~inside & values.notna()

# %% 02-data-cleaning-ex5 wrong: pandas' std() with its default ddof=1 (the sample standard deviation)
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std()
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: forgets the absolute value, so values far below the mean are missed
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: the 10th and 90th percentiles instead of the quartiles
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.10), values.quantile(0.90)
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: a value on the fence counts as an outlier (<= and >= instead of < and >)
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        return (values <= q1 - k * (q3 - q1)) | (values >= q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: np.mean and np.std on an array with gaps give NaN, so nothing is flagged
def flag_outliers(values, method="iqr", cutoff=None):
    x = values.to_numpy(dtype=float)
    if method == "iqr":
        q1, q3 = np.percentile(x, [25, 75])
        k = 1.5 if cutoff is None else cutoff
        return pd.Series((x < q1 - k * (q3 - q1)) | (x > q3 + k * (q3 - q1)), index=values.index)
    if method == "zscore":
        z = np.abs(x - np.mean(x)) / np.std(x)
        return pd.Series(z > (3.0 if cutoff is None else cutoff), index=values.index)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: "not between the fences" is also true for a missing value
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        return ~values.between(q1 - k * (q3 - q1), q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 correct: StandardScaler for the z-scores (population std, gaps ignored), quantile([...])
def flag_outliers(values, method="iqr", cutoff=None):
    from sklearn.preprocessing import StandardScaler

    if method not in ("iqr", "zscore"):
        raise ValueError("unknown method")
    numbers = values.astype(float)
    if method == "zscore":
        z = StandardScaler().fit_transform(numbers.to_frame())[:, 0]
        limit = 3.0 if cutoff is None else cutoff
        return pd.Series(np.abs(np.nan_to_num(z, nan=0.0)) > limit, index=values.index)
    q1, q3 = numbers.quantile([0.25, 0.75]).tolist()
    k = 1.5 if cutoff is None else cutoff
    low, high = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
    return numbers.lt(low) | numbers.gt(high)

# %% 02-data-cleaning-ex5 wrong: `cutoff or 1.5` takes a cutoff of 0 for "no cutoff given"
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = cutoff or 1.5
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (cutoff or 3.0)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: quartiles from statistics.quantiles, whose default method is not pandas' linear one
def flag_outliers(values, method="iqr", cutoff=None):
    import statistics

    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, _, q3 = statistics.quantiles(values.dropna().tolist(), n=4)
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: Tukey's hinges (medians of the lower and upper halves) instead of values.quantile
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        ordered = np.sort(values.dropna().to_numpy(dtype=float))
        half = (len(ordered) + 1) // 2
        q1, q3 = np.median(ordered[:half]), np.median(ordered[-half:])
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: |z| >= cutoff flags a value that sits exactly on the cutoff
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() >= (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: fills the gaps with the mean first, which shrinks the standard deviation
def flag_outliers(values, method="iqr", cutoff=None):
    filled = values.fillna(values.mean())
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (filled - filled.mean()) / np.std(filled)
        return (z.abs() > (3.0 if cutoff is None else cutoff)) & values.notna()
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: fences around the median (median +- cutoff * IQR) instead of beyond Q1 and Q3
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        spread = values.quantile(0.75) - values.quantile(0.25)
        return (values - values.median()).abs() > k * spread
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: sorts the caller's Series in place to read off the quartiles
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        values.sort_values(inplace=True)
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        flags = (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
        return flags.sort_index()
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex5 wrong: quartiles with interpolation="midpoint" instead of pandas' default linear one
def flag_outliers(values, method="iqr", cutoff=None):
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile([0.25, 0.75], interpolation="midpoint")
        return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))
    if method == "zscore":
        z = (values - values.mean()) / values.std(ddof=0)
        return z.abs() > (3.0 if cutoff is None else cutoff)
    raise ValueError(method)

# %% 02-data-cleaning-ex6 correct: NumPy where/select, and an explicit copy
def add_features(df):
    out = df.copy()
    tenure = out["tenure_months"]
    out["avg_monthly_billed"] = np.where(tenure > 0, out["total_charges"] / tenure.where(tenure > 0), np.nan)
    out["signup_year"] = out["signup_date"].dt.year
    out["tenure_band"] = np.select([tenure <= 5, tenure <= 23], ["0-5", "6-23"], default="24+")
    out["contract_months"] = out["contract"].replace(
        {"month-to-month": "1", "one-year": "12", "two-year": "24"}).astype(int)
    out["calls_x_month_to_month"] = np.where(out["contract"] == "month-to-month", out["support_calls"], 0)
    return out

# %% 02-data-cleaning-ex6 correct: pd.cut with right=False gives categorical bands, the ratio via a mask
def add_features(df):
    bands = pd.cut(df["tenure_months"], bins=[0, 6, 24, np.inf], right=False, labels=["0-5", "6-23", "24+"])
    return df.assign(
        avg_monthly_billed=(df["total_charges"] / df["tenure_months"]).mask(df["tenure_months"] == 0),
        signup_year=df["signup_date"].dt.year,
        tenure_band=bands,
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"].where(df["contract"] == "month-to-month", 0),
    )

# %% 02-data-cleaning-ex6 wrong: avoids dividing by zero by counting a new customer as one month (0, not NaN)
def add_features(df):
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"].clip(lower=1),
        signup_year=df["signup_date"].dt.year,
        tenure_band=pd.cut(df["tenure_months"], bins=[-1, 5, 23, np.inf], labels=["0-5", "6-23", "24+"]),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"] * (df["contract"] == "month-to-month"),
    )

# %% 02-data-cleaning-ex6 wrong: bins [-1, 6, 24, inf] closed on the right: 6 lands in "0-5", 24 in "6-23"
def add_features(df):
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"].replace(0, np.nan),
        signup_year=df["signup_date"].dt.year,
        tenure_band=pd.cut(df["tenure_months"], bins=[-1, 6, 24, np.inf], labels=["0-5", "6-23", "24+"]),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"] * (df["contract"] == "month-to-month"),
    )

# %% 02-data-cleaning-ex6 wrong: contract_months from category codes (0, 1, 2) instead of the lengths
def add_features(df):
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"].replace(0, np.nan),
        signup_year=df["signup_date"].dt.year,
        tenure_band=pd.cut(df["tenure_months"], bins=[-1, 5, 23, np.inf], labels=["0-5", "6-23", "24+"]),
        contract_months=df["contract"].astype("category").cat.codes,
        calls_x_month_to_month=df["support_calls"] * (df["contract"] == "month-to-month"),
    )

# %% 02-data-cleaning-ex6 wrong: the interaction multiplies calls by the contract length, not by "is monthly"
def add_features(df):
    months = df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24})
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"].replace(0, np.nan),
        signup_year=df["signup_date"].dt.year,
        tenure_band=pd.cut(df["tenure_months"], bins=[-1, 5, 23, np.inf], labels=["0-5", "6-23", "24+"]),
        contract_months=months,
        calls_x_month_to_month=df["support_calls"] * months,
    )

# %% 02-data-cleaning-ex6 wrong: signup_year as text ("2023") from strftime, not an integer
def add_features(df):
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"].replace(0, np.nan),
        signup_year=df["signup_date"].dt.strftime("%Y"),
        tenure_band=pd.cut(df["tenure_months"], bins=[-1, 5, 23, np.inf], labels=["0-5", "6-23", "24+"]),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"] * (df["contract"] == "month-to-month"),
    )

# %% 02-data-cleaning-ex6 wrong: adds the columns to the caller's DataFrame (changes the input)
def add_features(df):
    df["avg_monthly_billed"] = df["total_charges"] / df["tenure_months"].replace(0, np.nan)
    df["signup_year"] = df["signup_date"].dt.year
    df["tenure_band"] = pd.cut(df["tenure_months"], bins=[-1, 5, 23, np.inf], labels=["0-5", "6-23", "24+"])
    df["contract_months"] = df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24})
    df["calls_x_month_to_month"] = df["support_calls"] * (df["contract"] == "month-to-month")
    return df

# %% 02-data-cleaning-ex6 correct: the ratio's inf replaced by NaN, pd.cut with bins and .astype(str), a 0/1 product
def add_features(df):
    ratio = df["total_charges"] / df["tenure_months"]
    bands = pd.cut(df["tenure_months"], bins=[-np.inf, 5, 23, np.inf], labels=["0-5", "6-23", "24+"])
    is_monthly = (df["contract"] == "month-to-month").astype(int)
    return df.assign(
        avg_monthly_billed=ratio.replace([np.inf, -np.inf], np.nan),
        signup_year=df["signup_date"].dt.year.astype("int64"),
        tenure_band=bands.astype(str),
        contract_months=df["contract"].replace({"month-to-month": 1, "one-year": 12, "two-year": 24}).astype(int),
        calls_x_month_to_month=df["support_calls"] * is_monthly,
    )

# %% 02-data-cleaning-ex6 wrong: the ISO calendar year, which differs from the signup year around New Year
def add_features(df):
    tenure = df["tenure_months"]
    return df.assign(
        avg_monthly_billed=df["total_charges"] / tenure.replace(0, np.nan),
        signup_year=df["signup_date"].dt.isocalendar().year.astype("int64"),
        tenure_band=np.select([tenure <= 5, tenure <= 23], ["0-5", "6-23"], default="24+"),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"].where(df["contract"] == "month-to-month", 0),
    )

# %% 02-data-cleaning-ex6 wrong: bins [0, 5, 23, inf] are open on the left, so a tenure of 0 gets no band
def add_features(df):
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"].replace(0, np.nan),
        signup_year=df["signup_date"].dt.year,
        tenure_band=pd.cut(df["tenure_months"], bins=[0, 5, 23, np.inf], labels=["0-5", "6-23", "24+"]),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"].where(df["contract"] == "month-to-month", 0),
    )

# %% 02-data-cleaning-ex6 wrong: where() without its second argument leaves NaN, not 0, for the other contracts
def add_features(df):
    tenure = df["tenure_months"]
    return df.assign(
        avg_monthly_billed=df["total_charges"] / tenure.replace(0, np.nan),
        signup_year=df["signup_date"].dt.year,
        tenure_band=np.select([tenure <= 5, tenure <= 23], ["0-5", "6-23"], default="24+"),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"].where(df["contract"] == "month-to-month"),
    )

# %% 02-data-cleaning-ex6 wrong: rounds the average bill to cents, which is no longer total_charges / tenure_months
def add_features(df):
    tenure = df["tenure_months"]
    return df.assign(
        avg_monthly_billed=(df["total_charges"] / tenure.replace(0, np.nan)).round(2),
        signup_year=df["signup_date"].dt.year,
        tenure_band=np.select([tenure <= 5, tenure <= 23], ["0-5", "6-23"], default="24+"),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"].where(df["contract"] == "month-to-month", 0),
    )

# %% 02-data-cleaning-ex6 wrong: a new customer's average set to 0.0 instead of missing (inf and NaN replaced by 0)
def add_features(df):
    tenure = df["tenure_months"]
    ratio = (df["total_charges"] / tenure).replace([np.inf, -np.inf], np.nan).fillna(0.0)
    return df.assign(
        avg_monthly_billed=ratio,
        signup_year=df["signup_date"].dt.year,
        tenure_band=np.select([tenure <= 5, tenure <= 23], ["0-5", "6-23"], default="24+"),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"].where(df["contract"] == "month-to-month", 0),
    )

# %% 02-data-cleaning-ex6 correct: the year read from the date as text, bands with strict < against the next band's start
def add_features(df):
    tenure = df["tenure_months"]
    return df.assign(
        avg_monthly_billed=df["total_charges"] / tenure.replace(0, np.nan),
        signup_year=df["signup_date"].dt.strftime("%Y").astype(int),
        tenure_band=np.select([tenure < 6, tenure < 24], ["0-5", "6-23"], default="24+"),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"].where(df["contract"] == "month-to-month", 0),
    )

# %% 02-data-cleaning-ex7 correct: make_column_transformer; the one-hot encoder treats missing as a category
def make_preprocessor(numeric, ordinal, nominal):
    from sklearn.compose import make_column_transformer

    return make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        (OrdinalEncoder(categories=list(ordinal.values())), list(ordinal.keys())),
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False), nominal),
    )

# %% 02-data-cleaning-ex7 correct: most-frequent imputation, one OrdinalEncoder per column, pandas output
def make_preprocessor(numeric, ordinal, nominal):
    steps = [("numbers", Pipeline([("fill", SimpleImputer(strategy="median")), ("scale", StandardScaler())]),
              numeric)]
    for column, order in ordinal.items():
        steps.append((f"rank_{column}", OrdinalEncoder(categories=[order]), [column]))
    steps.append(("labels", Pipeline([
        ("fill", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
    ]), nominal))
    return ColumnTransformer(steps, remainder="drop").set_output(transform="pandas")

# %% 02-data-cleaning-ex7 wrong: OneHotEncoder without handle_unknown="ignore" crashes on a new region
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"), OneHotEncoder()),
         nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: one-hot encodes the ordinal plan with the nominal columns, losing its order
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), list(ordinal) + list(nominal)),
    ])

# %% 02-data-cleaning-ex7 wrong: OrdinalEncoder without categories= ranks alphabetically, like LabelEncoder
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("ord", OrdinalEncoder(), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: MinMaxScaler instead of standardising the numbers
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), MinMaxScaler()), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: no imputer for the numbers, so the gaps come out as NaN
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", StandardScaler(), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: mean imputation for the numbers, where the task asks for the median
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="mean"), StandardScaler()), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: remainder="passthrough" sends ids, dates and the label to the model
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ], remainder="passthrough")

# %% 02-data-cleaning-ex7 correct: ranks by a FunctionTransformer that maps each category to its position
def make_preprocessor(numeric, ordinal, nominal):
    from sklearn.preprocessing import FunctionTransformer

    orders = {column: {value: rank for rank, value in enumerate(values)} for column, values in ordinal.items()}

    def to_ranks(frame):
        return np.column_stack([frame[column].map(orders[column]).to_numpy(dtype=float) for column in orders])

    parts = [
        ("numbers", Pipeline([("median", SimpleImputer(strategy="median")), ("z", StandardScaler())]), numeric),
        ("categories", Pipeline([("fill", SimpleImputer(strategy="constant", fill_value="missing")),
                                 ("onehot", OneHotEncoder(handle_unknown="ignore"))]), nominal),
    ]
    if orders:
        parts.insert(1, ("ranks", FunctionTransformer(to_ranks), list(orders)))
    return ColumnTransformer(parts, remainder="drop")

# %% 02-data-cleaning-ex7 wrong: standardises the ordinal ranks too, so they are no longer 0, 1, 2, ...
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("ord", make_pipeline(OrdinalEncoder(categories=list(ordinal.values())), StandardScaler()), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: the ordinal columns in sorted order, but their categories in the dict's order
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), sorted(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: scales first and imputes after, so the gaps get the median of scaled values
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(StandardScaler(), SimpleImputer(strategy="median")), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: one-hot with drop="first" drops a category column of each nominal feature
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore", drop="first")), nominal),
    ])

# %% 02-data-cleaning-ex7 wrong: ranks counted from 1 (basic 1, standard 2, premium 3) instead of from 0
def make_preprocessor(numeric, ordinal, nominal):
    from sklearn.preprocessing import FunctionTransformer

    def ranks(frame):
        return np.column_stack([frame[c].map({v: i + 1 for i, v in enumerate(ordinal[c])}).to_numpy(dtype=float)
                                for c in ordinal])

    parts = [("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
             ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                                   OneHotEncoder(handle_unknown="ignore")), nominal)]
    if ordinal:
        parts.append(("ord", FunctionTransformer(ranks), list(ordinal)))
    return ColumnTransformer(parts)

# %% 02-data-cleaning-ex7 wrong: the numeric imputer adds "was missing" indicator columns nobody asked for
def make_preprocessor(numeric, ordinal, nominal):
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler()), numeric),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), nominal),
    ])

# %% 02-data-cleaning-ex8 wrong: AUC from decision_function, not step 3's predict_proba(X_test)[:, 1]: ranks like it for a logistic regression, but fails for a classifier without decision_function (a tree, k-NN), and the task allows any classifier
def fit_on_training_split(X, y, preprocessor, classifier):
    from sklearn.base import clone

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = make_pipeline(clone(preprocessor), clone(classifier)).fit(X_train, y_train)
    return pipeline, float(roc_auc_score(y_test, pipeline.decision_function(X_test)))

# %% 02-data-cleaning-ex8 correct: StratifiedShuffleSplit gives the same rows as train_test_split
def fit_on_training_split(X, y, preprocessor, classifier):
    from sklearn.model_selection import StratifiedShuffleSplit

    splitter = StratifiedShuffleSplit(n_splits=1, test_size=0.25, random_state=42)
    train_rows, test_rows = next(splitter.split(X, y))
    pipeline = Pipeline([("preprocess", preprocessor), ("classify", classifier)])
    pipeline.fit(X.iloc[train_rows], y.iloc[train_rows])
    scores = pipeline.predict_proba(X.iloc[test_rows])[:, 1]
    return pipeline, roc_auc_score(y.iloc[test_rows], scores)

# %% 02-data-cleaning-ex8 wrong: LEAK: fits the preprocessor (imputer and scaler) on all rows, then splits
def fit_on_training_split(X, y, preprocessor, classifier):
    prepared = preprocessor.fit_transform(X)          # "it is only scaling"
    P_train, P_test, y_train, y_test = train_test_split(prepared, y, test_size=0.25, random_state=42,
                                                        stratify=y)
    classifier.fit(P_train, y_train)
    test_auc = roc_auc_score(y_test, classifier.predict_proba(P_test)[:, 1])
    return Pipeline([("prep", preprocessor), ("model", classifier)]), test_auc

# %% 02-data-cleaning-ex8 wrong: LEAK: fills the gaps with medians of all rows before splitting
def fit_on_training_split(X, y, preprocessor, classifier):
    filled = X.fillna(X.median(numeric_only=True))
    X_train, X_test, y_train, y_test = train_test_split(filled, y, test_size=0.25, random_state=42,
                                                        stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])

# %% 02-data-cleaning-ex8 wrong: LEAK: fits the whole pipeline on all rows, then scores the test split
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X, y)
    return pipeline, roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])

# %% 02-data-cleaning-ex8 wrong: refits the preprocessor on the test rows to "prepare" them before scoring
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    X_test_ready = pipeline.named_steps["prep"].fit_transform(X_test)
    return pipeline, roc_auc_score(y_test, pipeline.named_steps["model"].predict_proba(X_test_ready)[:, 1])

# %% 02-data-cleaning-ex8 wrong: scores the training rows instead of the test rows
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, roc_auc_score(y_train, pipeline.predict_proba(X_train)[:, 1])

# %% 02-data-cleaning-ex8 wrong: splits without stratify=y, so the rows differ from the split asked for
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])

# %% 02-data-cleaning-ex8 wrong: returns the accuracy (pipeline.score) instead of the ROC AUC
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, pipeline.score(X_test, y_test)

# %% 02-data-cleaning-ex8 correct: X and y split by two calls with the same seed and stratify, which pick the same rows
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test = train_test_split(X, test_size=0.25, random_state=42, stratify=y)
    y_train, y_test = train_test_split(y, test_size=0.25, random_state=42, stratify=y)
    model = Pipeline(steps=[("preprocessor", preprocessor), ("classifier", classifier)])
    model.fit(X_train, y_train)
    return model, float(roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))

# %% 02-data-cleaning-ex8 wrong: builds its own LogisticRegression() instead of using the classifier it was given
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", LogisticRegression(max_iter=1000))]).fit(X_train, y_train)
    return pipeline, roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])

# %% 02-data-cleaning-ex8 wrong: the AUC of the predicted labels (predict) instead of the probabilities
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, roc_auc_score(y_test, pipeline.predict(X_test))

# %% 02-data-cleaning-ex8 wrong: the probability of the first class (column 0) instead of the positive class
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 0])

# %% 02-data-cleaning-ex8 wrong: test_size=0.2, the scikit-learn habit, instead of the 0.25 asked for
def fit_on_training_split(X, y, preprocessor, classifier):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])

# %% 02-data-cleaning-ex8 wrong: LEAK and a side effect: fills the caller's X in place with medians of all rows
def fit_on_training_split(X, y, preprocessor, classifier):
    X.fillna(X.median(numeric_only=True), inplace=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])

# Answers written by an outside tester, blind to the graders.

# %% 02-data-cleaning-ex1 wrong: min/max computed for every non-text column, so datetime columns get a range; violates "missing (NaN) for any other column (text, dates, categories)"
def quality_report(df):
    """One row per column of `df`: dtype, n_missing, share_missing, n_unique, min, max (numeric only)."""
    rows = {}
    for col in df.columns:
        s = df[col]
        has_range = not (pd.api.types.is_string_dtype(s) or pd.api.types.is_object_dtype(s)
                         or isinstance(s.dtype, pd.CategoricalDtype))
        rows[col] = {
            "dtype": str(s.dtype),
            "n_missing": int(s.isna().sum()),
            "share_missing": s.isna().sum() / len(df),
            "n_unique": s.nunique(),
            "min": s.min() if has_range and s.notna().any() else np.nan,
            "max": s.max() if has_range and s.notna().any() else np.nan,
        }
    report = pd.DataFrame.from_dict(rows, orient="index")
    return report, int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: numeric test is dtype.kind in "if", so unsigned integer columns get no min/max; violates "for a numeric column (integers or floats: pd.api.types.is_numeric_dtype)"
def quality_report(df):
    """One row per column of `df`: dtype, n_missing, share_missing, n_unique, min, max (numeric only)."""
    report = pd.DataFrame(index=df.columns)
    report["dtype"] = [str(df[c].dtype) for c in df.columns]
    report["n_missing"] = df.isna().sum()
    report["share_missing"] = df.isna().sum() / len(df)
    report["n_unique"] = df.nunique()
    mins, maxs = [], []
    for c in df.columns:
        if getattr(df[c].dtype, "kind", "O") in "if" and df[c].notna().any():
            mins.append(df[c].min())
            maxs.append(df[c].max())
        else:
            mins.append(np.nan)
            maxs.append(np.nan)
    report["min"] = mins
    report["max"] = maxs
    return report, int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: n_unique counts NaN as a value (nunique(dropna=False)); violates "the number of distinct non-missing values"
def quality_report(df):
    """One row per column of `df`: dtype, n_missing, share_missing, n_unique, min, max (numeric only)."""
    records = []
    for col in df.columns:
        s = df[col]
        numeric = pd.api.types.is_numeric_dtype(s) and s.notna().any()
        records.append({
            "column": col,
            "dtype": str(s.dtype),
            "n_missing": int(s.isna().sum()),
            "share_missing": float(s.isna().mean()),
            "n_unique": s.nunique(dropna=False),
            "min": s.min() if numeric else np.nan,
            "max": s.max() if numeric else np.nan,
        })
    return pd.DataFrame(records).set_index("column"), int(df.duplicated().sum())

# %% 02-data-cleaning-ex1 wrong: duplicated(keep=False) counts every copy, the first included; violates "rows that are an exact copy of an earlier row"
def quality_report(df):
    """One row per column of `df`: dtype, n_missing, share_missing, n_unique, min, max (numeric only)."""
    records = []
    for col in df.columns:
        s = df[col]
        numeric = pd.api.types.is_numeric_dtype(s) and s.notna().any()
        records.append({
            "column": col,
            "dtype": str(s.dtype),
            "n_missing": int(s.isna().sum()),
            "share_missing": float(s.isna().mean()),
            "n_unique": s.nunique(),
            "min": s.min() if numeric else np.nan,
            "max": s.max() if numeric else np.nan,
        })
    return pd.DataFrame(records).set_index("column"), int(df.duplicated(keep=False).sum())

# %% 02-data-cleaning-ex1 correct: column-wise Series built with DataFrame methods and select_dtypes, duplicates by drop_duplicates length
def quality_report(df):
    """One row per column of `df`: dtype, n_missing, share_missing, n_unique, min, max (numeric only)."""
    n_rows = len(df)
    missing = df.isna().sum()
    numeric_cols = [c for c in df.columns
                    if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])]
    mins = pd.Series(np.nan, index=df.columns, dtype=object)
    maxs = pd.Series(np.nan, index=df.columns, dtype=object)
    for c in numeric_cols:
        present = df[c].dropna()
        if len(present):
            mins[c] = present.min()
            maxs[c] = present.max()
    report = pd.DataFrame({
        "dtype": pd.Series({c: str(df[c].dtype) for c in df.columns}),
        "n_missing": missing,
        "share_missing": missing / n_rows,
        "n_unique": pd.Series({c: df[c].nunique(dropna=True) for c in df.columns}),
        "min": mins,
        "max": maxs,
    }, index=df.columns)
    n_duplicates = n_rows - len(df.drop_duplicates(keep="first"))
    return report, int(n_duplicates)

# %% 02-data-cleaning-ex2 wrong: drop_duplicates(subset="customer_id") silently drops rows that share an id but differ elsewhere; violates "Rows that share an id but differ in another column are not duplicates: keep them both"
def deduplicate(df):
    """Normalise customer_id (strip, upper case), then drop rows equal in every column to an earlier row."""
    out = df.assign(customer_id=df["customer_id"].str.strip().str.upper())
    return out.drop_duplicates(subset="customer_id").reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: also normalises region before comparing; violates "no other column is normalised"
def deduplicate(df):
    """Normalise customer_id (strip, upper case), then drop rows equal in every column to an earlier row."""
    out = df.copy()
    out["customer_id"] = out["customer_id"].str.strip().str.upper()
    if "region" in out.columns:
        out["region"] = out["region"].str.strip().str.title()
    return out.drop_duplicates().reset_index(drop=True)

# %% 02-data-cleaning-ex2 wrong: keeps the original index labels; violates "number them 0, 1, 2, ..."
def deduplicate(df):
    """Normalise customer_id (strip, upper case), then drop rows equal in every column to an earlier row."""
    out = df.assign(customer_id=df["customer_id"].str.strip().str.upper())
    return out.drop_duplicates()

# %% 02-data-cleaning-ex2 wrong: normalises to lower case; violates "upper case"
def deduplicate(df):
    """Normalise customer_id (strip, upper case), then drop rows equal in every column to an earlier row."""
    out = df.assign(customer_id=df["customer_id"].str.strip().str.lower())
    return out.drop_duplicates().reset_index(drop=True)

# %% 02-data-cleaning-ex2 correct: boolean mask from duplicated() on a normalised copy, then iloc and a fresh RangeIndex
def deduplicate(df):
    """Normalise customer_id (strip, upper case), then drop rows equal in every column to an earlier row."""
    out = df.copy(deep=True)
    out["customer_id"] = [s.strip().upper() if isinstance(s, str) else s for s in out["customer_id"]]
    keep = ~out.duplicated(keep="first").to_numpy()
    out = out.iloc[np.flatnonzero(keep)]
    out.index = pd.RangeIndex(len(out))
    return out

# %% 02-data-cleaning-ex3 wrong: only the known bad ages 0 and 150 are made missing; violates "an age outside 18 to 100 (inclusive) is impossible: make it missing"
def fix_values(df):
    """Fix age, monthly_charges, total_charges, region and signup_date in a copy of df."""
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    dmy = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].mask(df["age"].isin([0, 150])),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(dmy),
    )

# %% 02-data-cleaning-ex3 wrong: replaces 9999.0 in the whole table, not only monthly_charges; violates "five columns fixed and everything else unchanged"
def fix_values(df):
    """Fix age, monthly_charges, total_charges, region and signup_date in a copy of df."""
    out = df.replace(9999.0, np.nan)
    iso = pd.to_datetime(out["signup_date"], format="%Y-%m-%d", errors="coerce")
    dmy = pd.to_datetime(out["signup_date"], format="%d/%m/%Y", errors="coerce")
    out["age"] = out["age"].where(out["age"].between(18, 100))
    out["total_charges"] = pd.to_numeric(out["total_charges"], errors="coerce").fillna(0.0)
    out["region"] = out["region"].str.strip().str.title()
    out["signup_date"] = iso.fillna(dmy)
    return out

# %% 02-data-cleaning-ex3 wrong: any monthly charge of 1000 or more is treated as the sentinel; violates "the sentinel 9999.0 ... make it missing" and "everything else unchanged"
def fix_values(df):
    """Fix age, monthly_charges, total_charges, region and signup_date in a copy of df."""
    iso = pd.to_datetime(df["signup_date"], format="%Y-%m-%d", errors="coerce")
    dmy = pd.to_datetime(df["signup_date"], format="%d/%m/%Y", errors="coerce")
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].where(df["monthly_charges"] < 1000),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=iso.fillna(dmy),
    )

# %% 02-data-cleaning-ex3 wrong: dates parsed with format="mixed", dayfirst=True, which reads ISO dates day first; violates "both must be read correctly"
def fix_values(df):
    """Fix age, monthly_charges, total_charges, region and signup_date in a copy of df."""
    return df.assign(
        age=df["age"].where(df["age"].between(18, 100)),
        monthly_charges=df["monthly_charges"].mask(df["monthly_charges"] == 9999.0),
        total_charges=pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0),
        region=df["region"].str.strip().str.title(),
        signup_date=pd.to_datetime(df["signup_date"], format="mixed", dayfirst=True),
    )

# %% 02-data-cleaning-ex3 correct: explicit per-value parsing with regex branches and np.where
def fix_values(df):
    """Fix age, monthly_charges, total_charges, region and signup_date in a copy of df."""
    out = df.copy()
    age = out["age"].astype(float)
    out["age"] = age.where((age >= 18) & (age <= 100), np.nan)
    charges = out["monthly_charges"].astype(float)
    out["monthly_charges"] = charges.where(charges != 9999.0, np.nan)
    text = out["total_charges"].astype(str)
    blank = text == " "
    out["total_charges"] = np.where(blank, 0.0, pd.to_numeric(out["total_charges"].where(~blank, "0"),
                                                              errors="coerce")).astype(float)
    out["region"] = out["region"].map(lambda r: r.strip().title() if isinstance(r, str) else r)
    written = out["signup_date"].astype(str)
    is_iso = written.str.fullmatch(r"\d{4}-\d{2}-\d{2}")
    parsed_iso = pd.to_datetime(written.where(is_iso), format="%Y-%m-%d", errors="coerce")
    parsed_dmy = pd.to_datetime(written.where(~is_iso), format="%d/%m/%Y", errors="coerce")
    out["signup_date"] = parsed_iso.where(is_iso, parsed_dmy)
    return out

# %% 02-data-cleaning-ex4 wrong: no fallback for a group the reference never saw (its gaps stay NaN); violates "use the median of column over all of reference"
def impute_by_group(df, column, by, reference=None):
    """Fill missing `column` values in a copy of `df` with the median of their `by` group in `reference`."""
    if reference is None:
        reference = df
    medians = reference.groupby(by)[column].median()
    out = df.copy()
    out[column] = out[column].fillna(out[by].map(medians))
    return out

# %% 02-data-cleaning-ex4 wrong: the fallback is the overall median of df, not of reference; violates "use the median of column over all of reference"
def impute_by_group(df, column, by, reference=None):
    """Fill missing `column` values in a copy of `df` with the median of their `by` group in `reference`."""
    if reference is None:
        reference = df
    medians = reference.groupby(by)[column].median()
    fill = df[by].map(medians).fillna(df[column].median())
    out = df.copy()
    out[column] = out[column].fillna(fill)
    return out

# %% 02-data-cleaning-ex4 wrong: the fallback is the median of the group medians; violates "the median of column over all of reference"
def impute_by_group(df, column, by, reference=None):
    """Fill missing `column` values in a copy of `df` with the median of their `by` group in `reference`."""
    ref = df if reference is None else reference
    medians = ref.groupby(by)[column].median()
    fill = df[by].map(medians).fillna(medians.median())
    return df.assign(**{column: df[column].fillna(fill)})

# %% 02-data-cleaning-ex4 wrong: fills with the group mean; violates "the median of column among the rows of reference that have the same value of by"
def impute_by_group(df, column, by, reference=None):
    """Fill missing `column` values in a copy of `df` with the median of their `by` group in `reference`."""
    ref = df if reference is None else reference
    means = ref.groupby(by)[column].mean()
    fill = df[by].map(means).fillna(ref[column].mean())
    return df.assign(**{column: df[column].fillna(fill)})

# %% 02-data-cleaning-ex4 correct: explicit dict of medians and a row loop over the gaps
def impute_by_group(df, column, by, reference=None):
    """Fill missing `column` values in a copy of `df` with the median of their `by` group in `reference`."""
    ref = df if reference is None else reference
    overall = ref[column].median()
    group_median = {}
    for key, part in ref.groupby(by, sort=False):
        values = part[column].dropna()
        if len(values):
            group_median[key] = values.median()
    out = df.copy()
    filled = out[column].copy()
    for label in filled.index[filled.isna()]:
        filled.at[label] = group_median.get(out.at[label, by], overall)
    out[column] = filled
    return out

# %% 02-data-cleaning-ex5 wrong: z-score with pandas' default sample std (ddof=1); violates "the population standard deviation (ddof=0)"
def flag_outliers(values, method="iqr", cutoff=None):
    """True where a value of `values` is an outlier by the IQR rule or by its z-score; False if missing."""
    if method == "iqr":
        cutoff = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        iqr = q3 - q1
        return ((values < q1 - cutoff * iqr) | (values > q3 + cutoff * iqr)).astype(bool)
    if method == "zscore":
        cutoff = 3.0 if cutoff is None else cutoff
        std = values.std()
        if not std > 0:
            return pd.Series(False, index=values.index)
        return ((values - values.mean()).abs() / std > cutoff).astype(bool)
    raise ValueError(f"unknown method {method!r}")

# %% 02-data-cleaning-ex5 wrong: >= at the fences and the cutoff instead of strictly; violates "strictly below ... strictly above ... strictly greater than cutoff"
def flag_outliers(values, method="iqr", cutoff=None):
    """True where a value of `values` is an outlier by the IQR rule or by its z-score; False if missing."""
    if method == "iqr":
        cutoff = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        iqr = q3 - q1
        flags = (values <= q1 - cutoff * iqr) | (values >= q3 + cutoff * iqr)
    elif method == "zscore":
        cutoff = 3.0 if cutoff is None else cutoff
        std = values.std(ddof=0)
        if not std > 0:
            return pd.Series(False, index=values.index)
        flags = (values - values.mean()).abs() / std >= cutoff
    else:
        raise ValueError(f"unknown method {method!r}")
    return flags.fillna(False).astype(bool)

# %% 02-data-cleaning-ex5 wrong: `cutoff or default` turns cutoff=0 into the default; violates "cutoff, a number (0 included)"
def flag_outliers(values, method="iqr", cutoff=None):
    """True where a value of `values` is an outlier by the IQR rule or by its z-score; False if missing."""
    if method == "iqr":
        cutoff = cutoff or 1.5
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        iqr = q3 - q1
        return ((values < q1 - cutoff * iqr) | (values > q3 + cutoff * iqr)).astype(bool)
    if method == "zscore":
        cutoff = cutoff or 3.0
        std = values.std(ddof=0)
        if not std > 0:
            return pd.Series(False, index=values.index)
        return ((values - values.mean()).abs() / std > cutoff).astype(bool)
    raise ValueError(f"unknown method {method!r}")

# %% 02-data-cleaning-ex5 wrong: any method other than "iqr" is treated as z-score, no ValueError; violates "any other method raises a ValueError"
def flag_outliers(values, method="iqr", cutoff=None):
    """True where a value of `values` is an outlier by the IQR rule or by its z-score; False if missing."""
    if method == "iqr":
        k = 1.5 if cutoff is None else cutoff
        q1, q3 = values.quantile(0.25), values.quantile(0.75)
        low, high = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
        return ((values < low) | (values > high)).astype(bool)
    k = 3.0 if cutoff is None else cutoff
    std = values.std(ddof=0)
    if not std > 0:
        return pd.Series(False, index=values.index)
    return ((values - values.mean()).abs() / std > k).astype(bool)

# %% 02-data-cleaning-ex5 correct: NumPy on the non-missing values (np.quantile linear, np.std ddof=0), written back into a False Series
def flag_outliers(values, method="iqr", cutoff=None):
    """True where a value of `values` is an outlier by the IQR rule or by its z-score; False if missing."""
    if method not in ("iqr", "zscore"):
        raise ValueError(f"method must be 'iqr' or 'zscore', got {method!r}")
    flags = pd.Series(False, index=values.index, dtype=bool)
    present = values.notna().to_numpy()
    x = values.to_numpy(dtype=float, na_value=np.nan)[present]
    if x.size == 0:
        return flags
    if method == "iqr":
        k = 1.5 if cutoff is None else float(cutoff)
        q1, q3 = np.quantile(x, [0.25, 0.75], method="linear")
        iqr = q3 - q1
        hit = (x < q1 - k * iqr) | (x > q3 + k * iqr)
    else:
        k = 3.0 if cutoff is None else float(cutoff)
        sd = np.std(x, ddof=0)
        if sd == 0:
            return flags
        hit = np.abs(x - np.mean(x)) / sd > k
    flags.iloc[np.flatnonzero(present)] = hit
    return flags

# %% 02-data-cleaning-ex6 wrong: tenure bins end at 72 (the data's maximum), so tenures above 72 get no band; violates '"24+" for 24 and more'
def add_features(df):
    """A copy of `df` with avg_monthly_billed, signup_year, tenure_band, contract_months and
    calls_x_month_to_month added."""
    month_to_month = (df["contract"] == "month-to-month").astype(int)
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"].replace(0, np.nan),
        signup_year=df["signup_date"].dt.year,
        tenure_band=pd.cut(df["tenure_months"], bins=[-1, 5, 23, 72], labels=["0-5", "6-23", "24+"]).astype(str),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"] * month_to_month,
    )

# %% 02-data-cleaning-ex6 wrong: new columns built as pd.Series from NumPy arrays with a fresh 0..n-1 index, so they misalign on a frame with another index; violates "every row" / a copy of df with five new columns
def add_features(df):
    """A copy of `df` with avg_monthly_billed, signup_year, tenure_band, contract_months and
    calls_x_month_to_month added."""
    out = df.copy()
    tenure = out["tenure_months"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(tenure == 0, np.nan, out["total_charges"].to_numpy() / tenure)
    out["avg_monthly_billed"] = pd.Series(ratio)
    out["signup_year"] = out["signup_date"].dt.year
    out["tenure_band"] = pd.Series(np.select([tenure <= 5, tenure <= 23], ["0-5", "6-23"], "24+"))
    out["contract_months"] = out["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24})
    is_m2m = (out["contract"] == "month-to-month").to_numpy()
    out["calls_x_month_to_month"] = pd.Series(np.where(is_m2m, out["support_calls"].to_numpy(), 0))
    return out

# %% 02-data-cleaning-ex6 wrong: plain division, tenure 0 gives inf whenever total_charges is not 0 (0/0 happens to be NaN); violates "missing (NaN) when tenure_months is 0 (never inf)"
def add_features(df):
    """A copy of `df` with avg_monthly_billed, signup_year, tenure_band, contract_months and
    calls_x_month_to_month added."""
    month_to_month = (df["contract"] == "month-to-month").astype(int)
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"],
        signup_year=df["signup_date"].dt.year,
        tenure_band=pd.cut(df["tenure_months"], bins=[-1, 5, 23, np.inf], labels=["0-5", "6-23", "24+"]).astype(str),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"] * month_to_month,
    )

# %% 02-data-cleaning-ex6 wrong: pd.cut bins start at 0 (right-closed), so tenure 0 gets no band; violates '"0-5" for 0 to 5 months'
def add_features(df):
    """A copy of `df` with avg_monthly_billed, signup_year, tenure_band, contract_months and
    calls_x_month_to_month added."""
    month_to_month = (df["contract"] == "month-to-month").astype(int)
    return df.assign(
        avg_monthly_billed=df["total_charges"] / df["tenure_months"].replace(0, np.nan),
        signup_year=df["signup_date"].dt.year,
        tenure_band=pd.cut(df["tenure_months"], bins=[0, 5, 23, np.inf], labels=["0-5", "6-23", "24+"]),
        contract_months=df["contract"].map({"month-to-month": 1, "one-year": 12, "two-year": 24}),
        calls_x_month_to_month=df["support_calls"] * month_to_month,
    )

# %% 02-data-cleaning-ex6 correct: row-wise helper functions with apply, index kept
def add_features(df):
    """A copy of `df` with avg_monthly_billed, signup_year, tenure_band, contract_months and
    calls_x_month_to_month added."""
    def band(months):
        if months <= 5:
            return "0-5"
        if months <= 23:
            return "6-23"
        return "24+"

    lengths = {"month-to-month": 1, "one-year": 12, "two-year": 24}
    out = df.copy()
    tenure = out["tenure_months"]
    out["avg_monthly_billed"] = (out["total_charges"] / tenure.where(tenure != 0)).astype(float)
    out["signup_year"] = out["signup_date"].dt.year.astype("int64")
    out["tenure_band"] = tenure.apply(band)
    out["contract_months"] = out["contract"].map(lengths)
    out["calls_x_month_to_month"] = out["support_calls"].where(out["contract"] == "month-to-month", 0)
    return out

# %% 02-data-cleaning-ex7 wrong: ordinal categories hard-coded to the plan example; violates "ordinal ... one column each, with the values 0, 1, 2, ... in the order given"
def make_preprocessor(numeric, ordinal, nominal):
    """An unfitted ColumnTransformer: numeric, ordinal and nominal columns; other columns dropped."""
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), list(numeric)),
        ("ord", OrdinalEncoder(categories=[["basic", "standard", "premium"]]), list(ordinal)),
        ("nom", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), list(nominal)),
    ], remainder="drop")

# %% 02-data-cleaning-ex7 wrong: only the first ordinal column is encoded (and an empty dict crashes); violates "ordinal columns (a dict ...): one column each" and "(possibly empty)"
def make_preprocessor(numeric, ordinal, nominal):
    """An unfitted ColumnTransformer: numeric, ordinal and nominal columns; other columns dropped."""
    ord_column, ord_categories = next(iter(ordinal.items()))
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), list(numeric)),
        ("ord", OrdinalEncoder(categories=[ord_categories]), [ord_column]),
        ("nom", make_pipeline(SimpleImputer(strategy="most_frequent"),
                              OneHotEncoder(handle_unknown="ignore")), list(nominal)),
    ])

# %% 02-data-cleaning-ex7 wrong: OrdinalEncoder without categories= sorts alphabetically; violates "with the values 0, 1, 2, ... in the order given"
def make_preprocessor(numeric, ordinal, nominal):
    """An unfitted ColumnTransformer: numeric, ordinal and nominal columns; other columns dropped."""
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), list(numeric)),
        ("ord", OrdinalEncoder(), list(ordinal)),
        ("nom", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder(handle_unknown="ignore")), list(nominal)),
    ])

# %% 02-data-cleaning-ex7 wrong: OneHotEncoder without handle_unknown="ignore" raises on a new category; violates "A category never seen in fitting must not raise an error"
def make_preprocessor(numeric, ordinal, nominal):
    """An unfitted ColumnTransformer: numeric, ordinal and nominal columns; other columns dropped."""
    return ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), list(numeric)),
        ("ord", OrdinalEncoder(categories=list(ordinal.values())), list(ordinal)),
        ("nom", make_pipeline(SimpleImputer(strategy="constant", fill_value="unknown"),
                              OneHotEncoder()), list(nominal)),
    ])

# %% 02-data-cleaning-ex7 correct: one OrdinalEncoder per ordinal column, Pipeline objects with named steps, OneHotEncoder treating NaN as its own category
def make_preprocessor(numeric, ordinal, nominal):
    """An unfitted ColumnTransformer: numeric, ordinal and nominal columns; other columns dropped."""
    steps = [
        ("numbers", Pipeline([("median", SimpleImputer(strategy="median")), ("scale", StandardScaler())]),
         list(numeric)),
    ]
    for name, order in ordinal.items():
        steps.append((f"rank_{name}", OrdinalEncoder(categories=[list(order)]), [name]))
    steps.append(("onehot", OneHotEncoder(handle_unknown="ignore"), list(nominal)))
    return ColumnTransformer(steps, remainder="drop")

# %% 02-data-cleaning-ex8 wrong: scores with decision_function instead of predict_proba(X_test)[:, 1], which breaks for classifiers without it; violates step 3's stated computation
def fit_on_training_split(X, y, preprocessor, classifier):
    """Split, fit Pipeline(preprocessor, classifier) on the training rows only, return (pipeline, test AUC)."""
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, float(roc_auc_score(y_test, pipeline.decision_function(X_test)))

# %% 02-data-cleaning-ex8 wrong: builds its own LogisticRegression(max_iter=1000) instead of using the given classifier; violates "chain preprocessor and classifier in a Pipeline"
def fit_on_training_split(X, y, preprocessor, classifier):
    """Split, fit Pipeline(preprocessor, classifier) on the training rows only, return (pipeline, test AUC)."""
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", LogisticRegression(max_iter=1000))])
    pipeline.fit(X_train, y_train)
    test_auc = roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])
    return pipeline, float(test_auc)

# %% 02-data-cleaning-ex8 wrong: fits the preprocessor on all rows before splitting ("it is only scaling"); violates "Nothing may be fitted ... on all rows"
def fit_on_training_split(X, y, preprocessor, classifier):
    """Split, fit Pipeline(preprocessor, classifier) on the training rows only, return (pipeline, test AUC)."""
    preprocessor.fit(X)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    classifier.fit(preprocessor.transform(X_train), y_train)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)])
    test_auc = roc_auc_score(y_test, pipeline.predict_proba(X_test)[:, 1])
    return pipeline, float(test_auc)

# %% 02-data-cleaning-ex8 wrong: AUC computed on the training rows; violates "compute the fitted pipeline's ROC AUC on the test rows"
def fit_on_training_split(X, y, preprocessor, classifier):
    """Split, fit Pipeline(preprocessor, classifier) on the training rows only, return (pipeline, test AUC)."""
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    pipeline = Pipeline([("prep", preprocessor), ("model", classifier)]).fit(X_train, y_train)
    return pipeline, float(roc_auc_score(y_train, pipeline.predict_proba(X_train)[:, 1]))

# %% 02-data-cleaning-ex8 correct: make_pipeline, positive-class column looked up in classes_
def fit_on_training_split(X, y, preprocessor, classifier):
    """Split, fit Pipeline(preprocessor, classifier) on the training rows only, return (pipeline, test AUC)."""
    parts = train_test_split(X, y, test_size=0.25, random_state=42, stratify=y)
    X_train, X_test, y_train, y_test = parts
    pipeline = make_pipeline(preprocessor, classifier)
    pipeline.fit(X_train, y_train)
    positive = list(pipeline.classes_).index(1)
    scores = pipeline.predict_proba(X_test)[:, positive]
    return pipeline, float(roc_auc_score(y_test, scores))
