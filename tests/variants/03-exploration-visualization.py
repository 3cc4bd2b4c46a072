# Answer variants for 03-exploration-visualization: each block replaces the whole answer cell of its exercise.
# A "correct" block must pass every test cell of that exercise; a "wrong" block must fail one with an
# AssertionError. The notebook's namespace (np, pd, plt, sns, itertools, data, figures, clean_churn)
# is available.

# %% 03-exploration-visualization-ex1 correct: seaborn's histplot, which names both axes itself
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    sns.histplot(data=df, x=column, bins=bins, color="tab:orange", ax=ax)
    ax.set_title(f"How {column} is distributed")
    return ax

# %% 03-exploration-visualization-ex1 correct: pandas .plot.hist with white edges, returns the Figure
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    df[column].plot.hist(bins=bins, ax=ax, edgecolor="white", title=f"{column}: histogram")
    ax.set_xlabel(column)
    return ax.figure

# %% 03-exploration-visualization-ex1 correct: np.histogram, then bars drawn by hand, narrower than the bins
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    counts, edges = np.histogram(df[column].dropna(), bins=bins)
    centres = (edges[:-1] + edges[1:]) / 2
    ax.bar(centres, counts, width=np.diff(edges) * 0.9, color="gray")
    ax.set(title=f"{column}, {bins} bins", xlabel=column, ylabel="rows")
    return ax

# %% 03-exploration-visualization-ex1 wrong: always plots precipitation, whatever column is asked for
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    ax.hist(df["precipitation"].dropna(), bins=bins)
    ax.set(title="Distribution of precipitation", xlabel="precipitation", ylabel="days")
    return ax

# %% 03-exploration-visualization-ex1 wrong: ignores `bins`, so matplotlib's default 10 bins are drawn
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    ax.hist(df[column].dropna())
    ax.set(title=f"Distribution of {column}", xlabel=column, ylabel="count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: density=True, so the bars are densities, not counts
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    ax.hist(df[column].dropna(), bins=bins, density=True)
    ax.set(title=f"Distribution of {column}", xlabel=column, ylabel="density")
    return ax

# %% 03-exploration-visualization-ex1 wrong: seaborn with stat="percent": bars add up to 100, not to the rows
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    sns.histplot(data=df, x=column, bins=bins, stat="percent", ax=ax)
    ax.set_title(f"Distribution of {column}")
    return ax

# %% 03-exploration-visualization-ex1 wrong: no title (seaborn labels the axes, but the title is missing)
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    sns.histplot(data=df, x=column, bins=bins, ax=ax)
    return ax

# %% 03-exploration-visualization-ex1 wrong: treats zeros (and so negative values) as missing and drops them
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    values = df[column]
    ax.hist(values[values > 0], bins=bins)
    ax.set(title=f"Distribution of {column}", xlabel=column, ylabel="count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: ignores the `ax` it is given and always makes a new figure
def plot_histogram(df, column, bins=30, ax=None):
    fig, new_ax = plt.subplots()
    new_ax.hist(df[column].dropna(), bins=bins)
    new_ax.set(title=f"Distribution of {column}", xlabel=column, ylabel="count")
    return new_ax

# %% 03-exploration-visualization-ex1 correct: Series.hist with explicit bin edges from np.histogram_bin_edges
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        ax = plt.figure().add_subplot()
    values = df[column].dropna()
    values.hist(bins=np.histogram_bin_edges(values, bins=bins), ax=ax, grid=False)
    ax.set_title("Histogram of " + column)
    ax.set_xlabel(column)
    ax.set_ylabel("rows")
    return ax

# %% 03-exploration-visualization-ex1 wrong: plt.hist and plt.title draw on the current Axes, not on the `ax` given
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    plt.hist(df[column].dropna(), bins=bins)
    plt.title(f"Distribution of {column}")
    plt.xlabel(column)
    plt.ylabel("count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: counts with pd.cut, whose bins are closed on the right, drawn as bars
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    values = df[column].dropna()
    edges = np.linspace(values.min(), values.max(), bins + 1)
    counts = pd.cut(values, edges, include_lowest=True).value_counts(sort=False)
    ax.bar(edges[:-1], counts.to_numpy(), width=np.diff(edges), align="edge")
    ax.set(title=f"Distribution of {column}", xlabel=column, ylabel="count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: bins counted from 0 (range=(0, max)), not from the column's minimum
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    values = df[column].dropna()
    ax.hist(values, bins=bins, range=(min(0, values.min()), values.max()))
    ax.set(title=f"Distribution of {column}", xlabel=column, ylabel="count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: df.dropna() drops the rows with a missing value in any column
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    ax.hist(df.dropna()[column], bins=bins)
    ax.set(title=f"Distribution of {column}", xlabel=column, ylabel="count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: without `ax`, seaborn draws on the current Axes (plt.gca()) instead of a new figure
def plot_histogram(df, column, bins=30, ax=None):
    ax = sns.histplot(data=df, x=column, bins=bins, ax=ax)
    ax.set_title(f"Distribution of {column}")
    return ax

# %% 03-exploration-visualization-ex1 wrong: bins of a fixed width (range / bins) from np.arange, which drops the maximum
def plot_histogram(df, column, bins=30, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    values = df[column].dropna()
    width = (values.max() - values.min()) / bins
    edges = values.min() + width * np.arange(bins + 1)
    counts = [((values >= lo) & (values < hi)).sum() for lo, hi in zip(edges[:-1], edges[1:])]
    ax.bar(edges[:-1], counts, width=width, align="edge")
    ax.set(title=f"Distribution of {column}", xlabel=column, ylabel="count")
    return ax

# %% 03-exploration-visualization-ex2 correct: numpy's nanpercentile for the quartiles
def iqr_outliers(values, k=1.5):
    q1, q3 = np.nanpercentile(values.to_numpy(dtype=float), [25, 75])
    low, high = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
    return (values < low) | (values > high)

# %% 03-exploration-visualization-ex2 correct: outside Series.between, but only where a value exists
def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile([0.25, 0.75])
    inside = values.between(q1 - k * (q3 - q1), q3 + k * (q3 - q1))
    return values.notna() & ~inside

# %% 03-exploration-visualization-ex2 wrong: the z-score rule (mean and standard deviation), not the quartiles
def iqr_outliers(values, k=1.5):
    z = (values - values.mean()) / values.std()
    return z.abs() > k

# %% 03-exploration-visualization-ex2 wrong: only looks for values above the upper fence
def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    return values > q3 + k * (q3 - q1)

# %% 03-exploration-visualization-ex2 wrong: a value exactly on a fence is flagged (<= and >=)
def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    return (values <= q1 - k * (q3 - q1)) | (values >= q3 + k * (q3 - q1))

# %% 03-exploration-visualization-ex2 wrong: "not between the fences" flags every missing value too
def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    return ~values.between(q1 - k * (q3 - q1), q3 + k * (q3 - q1))

# %% 03-exploration-visualization-ex2 wrong: np.percentile with a NaN gives NaN fences: nothing flagged
def iqr_outliers(values, k=1.5):
    q1, q3 = np.percentile(values, [25, 75])
    return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))

# %% 03-exploration-visualization-ex2 wrong: returns the outlying values instead of one flag per value
def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    return values[(values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))]

# %% 03-exploration-visualization-ex2 correct: fences from describe(), flags on the non-missing values reindexed back
def iqr_outliers(values, k=1.5):
    summary = values.describe()
    q1, q3 = summary["25%"], summary["75%"]
    present = values.dropna()
    flagged = (present < q1 - k * (q3 - q1)) | (present > q3 + k * (q3 - q1))
    return flagged.reindex(values.index, fill_value=False).astype(bool)

# %% 03-exploration-visualization-ex2 correct: a loop over the values with NumPy's linear quantiles
def iqr_outliers(values, k=1.5):
    present = values.to_numpy(dtype=float)
    present = present[~np.isnan(present)]
    if len(present) == 0:
        return pd.Series(False, index=values.index)
    q1, q3 = np.quantile(present, 0.25), np.quantile(present, 0.75)
    low, high = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
    flags = [bool(v < low or v > high) for v in values]
    return pd.Series(flags, index=values.index, dtype=bool)

# %% 03-exploration-visualization-ex2 wrong: statistics.quantiles (its default "exclusive" method) for the quartiles
def iqr_outliers(values, k=1.5):
    import statistics
    q1, _, q3 = statistics.quantiles(values.dropna(), n=4)
    return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))

# %% 03-exploration-visualization-ex2 wrong: Tukey's hinges (medians of the lower and upper halves) as the quartiles
def iqr_outliers(values, k=1.5):
    present = values.dropna().sort_values().to_numpy()
    half = len(present) // 2
    q1, q3 = np.median(present[:half]), np.median(present[-half:])
    return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))

# %% 03-exploration-visualization-ex2 wrong: quartiles with method="midpoint", not linear interpolation
def iqr_outliers(values, k=1.5):
    q1, q3 = np.nanpercentile(values, [25, 75], method="midpoint")
    return (values < q1 - k * (q3 - q1)) | (values > q3 + k * (q3 - q1))

# %% 03-exploration-visualization-ex2 wrong: the quartiles' spread times k is added to the median, not to Q1 and Q3
def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    middle = values.median()
    return (values < middle - k * (q3 - q1)) | (values > middle + k * (q3 - q1))

# %% 03-exploration-visualization-ex2 wrong: flags are compared after fillna(median), but returned for a reset index
def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    filled = values.fillna(values.median()).reset_index(drop=True)
    return (filled < q1 - k * (q3 - q1)) | (filled > q3 + k * (q3 - q1))

# %% 03-exploration-visualization-ex2 wrong: k is ignored, the usual 1.5 is always used
def iqr_outliers(values, k=1.5):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    return (values < q1 - 1.5 * (q3 - q1)) | (values > q3 + 1.5 * (q3 - q1))

# %% 03-exploration-visualization-ex3 correct: groupby on monthly periods, PeriodIndex kept
def monthly_weather(weather):
    month = weather["date"].dt.to_period("M").rename("month")
    grouped = weather.assign(wet=weather["precipitation"] > 0).groupby(month)
    return pd.DataFrame({
        "precipitation": grouped["precipitation"].sum(),
        "wet_days": grouped["wet"].sum(),
        "temp_max": grouped["temp_max"].mean(),
        "temp_min": grouped["temp_min"].mean(),
    }).sort_index()

# %% 03-exploration-visualization-ex3 correct: pd.Grouper with month ends and named aggregations
def monthly_weather(weather):
    frame = weather.assign(wet_days=(weather["precipitation"] > 0).astype(int))
    return frame.groupby(pd.Grouper(key="date", freq="ME")).agg(
        precipitation=("precipitation", "sum"),
        wet_days=("wet_days", "sum"),
        temp_max=("temp_max", "mean"),
        temp_min=("temp_min", "mean"),
    )

# %% 03-exploration-visualization-ex3 wrong: groups by the month number, pooling the four years into 12 rows
def monthly_weather(weather):
    month = weather["date"].dt.month
    grouped = weather.groupby(month)
    return pd.DataFrame({
        "precipitation": grouped["precipitation"].sum(),
        "wet_days": (weather["precipitation"] > 0).groupby(month).sum(),
        "temp_max": grouped["temp_max"].mean(),
        "temp_min": grouped["temp_min"].mean(),
    })

# %% 03-exploration-visualization-ex3 wrong: averages precipitation too (mm per day, not the total)
def monthly_weather(weather):
    daily = weather.set_index("date")
    months = daily.resample("MS")
    return pd.DataFrame({
        "precipitation": months["precipitation"].mean(),
        "wet_days": (daily["precipitation"] > 0).resample("MS").sum(),
        "temp_max": months["temp_max"].mean(),
        "temp_min": months["temp_min"].mean(),
    })

# %% 03-exploration-visualization-ex3 wrong: wet_days counts every day of the month (count, not a sum of True)
def monthly_weather(weather):
    months = weather.set_index("date").resample("MS")
    return pd.DataFrame({
        "precipitation": months["precipitation"].sum(),
        "wet_days": months["precipitation"].count(),
        "temp_max": months["temp_max"].mean(),
        "temp_min": months["temp_min"].mean(),
    })

# %% 03-exploration-visualization-ex3 wrong: temp_min as the month's coldest low, not the mean of the lows
def monthly_weather(weather):
    daily = weather.set_index("date")
    months = daily.resample("MS")
    return pd.DataFrame({
        "precipitation": months["precipitation"].sum(),
        "wet_days": (daily["precipitation"] > 0).resample("MS").sum(),
        "temp_max": months["temp_max"].mean(),
        "temp_min": months["temp_min"].min(),
    })

# %% 03-exploration-visualization-ex3 wrong: set_index(..., inplace=True) changes the caller's DataFrame
def monthly_weather(weather):
    weather.set_index("date", inplace=True)
    months = weather.resample("MS")
    return pd.DataFrame({
        "precipitation": months["precipitation"].sum(),
        "wet_days": (weather["precipitation"] > 0).resample("MS").sum(),
        "temp_max": months["temp_max"].mean(),
        "temp_min": months["temp_min"].mean(),
    })

# %% 03-exploration-visualization-ex3 correct: a loop over the (year, month) groups, rows built one month at a time
def monthly_weather(weather):
    rows, labels = [], []
    for (year, month), days in weather.groupby([weather["date"].dt.year, weather["date"].dt.month]):
        labels.append(pd.Period(year=year, month=month, freq="M"))
        rows.append({
            "precipitation": days["precipitation"].sum(),
            "wet_days": int((days["precipitation"] > 0).sum()),
            "temp_max": days["temp_max"].mean(),
            "temp_min": days["temp_min"].mean(),
        })
    return pd.DataFrame(rows, index=pd.PeriodIndex(labels, freq="M"))

# %% 03-exploration-visualization-ex3 wrong: wet days counted with astype(bool), so a missing precipitation counts as wet
def monthly_weather(weather):
    daily = weather.set_index("date")
    months = daily.resample("MS")
    return pd.DataFrame({
        "precipitation": months["precipitation"].sum(),
        "wet_days": daily["precipitation"].astype(bool).resample("MS").sum(),
        "temp_max": months["temp_max"].mean(),
        "temp_min": months["temp_min"].mean(),
    })

# %% 03-exploration-visualization-ex3 wrong: a wet day needs at least 0.1 mm (precipitation >= 0.1), not above 0
def monthly_weather(weather):
    daily = weather.set_index("date")
    months = daily.resample("MS")
    return pd.DataFrame({
        "precipitation": months["precipitation"].sum(),
        "wet_days": (daily["precipitation"] >= 0.1).resample("MS").sum(),
        "temp_max": months["temp_max"].mean(),
        "temp_min": months["temp_min"].mean(),
    })

# %% 03-exploration-visualization-ex3 wrong: wet days only counted on the wet rows, so a dry month is missing
def monthly_weather(weather):
    daily = weather.set_index("date")
    months = daily.resample("MS")
    wet = daily[daily["precipitation"] > 0]
    return pd.DataFrame({
        "precipitation": months["precipitation"].sum(),
        "wet_days": wet.groupby(wet.index.to_period("M").to_timestamp())["precipitation"].count(),
        "temp_max": months["temp_max"].mean(),
        "temp_min": months["temp_min"].mean(),
    })

# %% 03-exploration-visualization-ex3 wrong: means as the monthly sum divided by the days of the month (missing days count as 0)
def monthly_weather(weather):
    daily = weather.set_index("date")
    months = daily.resample("MS")
    days = months["temp_max"].sum().index.days_in_month
    return pd.DataFrame({
        "precipitation": months["precipitation"].sum(),
        "wet_days": (daily["precipitation"] > 0).resample("MS").sum(),
        "temp_max": months["temp_max"].sum() / days,
        "temp_min": months["temp_min"].sum() / days,
    })

# %% 03-exploration-visualization-ex3 wrong: months hard-coded from January 2012 (pd.date_range), right only for this data
def monthly_weather(weather):
    daily = weather.set_index("date").sort_index()
    months = daily.resample("MS")
    result = pd.DataFrame({
        "precipitation": months["precipitation"].sum().to_numpy(),
        "wet_days": (daily["precipitation"] > 0).resample("MS").sum().to_numpy(),
        "temp_max": months["temp_max"].mean().to_numpy(),
        "temp_min": months["temp_min"].mean().to_numpy(),
    })
    result.index = pd.date_range("2012-01-01", periods=len(result), freq="MS")
    return result

# %% 03-exploration-visualization-ex4 correct: a time window of `window` days that must be full
def trailing_mean(weather, column, window):
    series = weather.set_index("date")[column].sort_index()
    return series.rolling(f"{window}D", min_periods=window).mean()

# %% 03-exploration-visualization-ex4 correct: running sums with NumPy, differences of cumulative sums
def trailing_mean(weather, column, window):
    ordered = weather.sort_values("date")
    values = ordered[column].to_numpy(dtype=float)
    totals = np.concatenate([[0.0], np.cumsum(values)])
    means = np.full(len(values), np.nan)
    means[window - 1:] = (totals[window:] - totals[:-window]) / window
    return pd.Series(means, index=pd.DatetimeIndex(ordered["date"]), name=column)

# %% 03-exploration-visualization-ex4 wrong: a centred window, which uses days after each day
def trailing_mean(weather, column, window):
    return weather.sort_values("date").set_index("date")[column].rolling(window, center=True).mean()

# %% 03-exploration-visualization-ex4 wrong: min_periods=1, the first days get values from partial windows
def trailing_mean(weather, column, window):
    return weather.sort_values("date").set_index("date")[column].rolling(window, min_periods=1).mean()

# %% 03-exploration-visualization-ex4 wrong: rolls over the rows in the order given, then sorts by date
def trailing_mean(weather, column, window):
    return weather.set_index("date")[column].rolling(window).mean().sort_index()

# %% 03-exploration-visualization-ex4 wrong: shift(1) leaves the day itself out (the window days before it)
def trailing_mean(weather, column, window):
    return weather.sort_values("date").set_index("date")[column].rolling(window).mean().shift(1)

# %% 03-exploration-visualization-ex4 wrong: a time window "7D", which lets partial windows through
def trailing_mean(weather, column, window):
    return weather.sort_values("date").set_index("date")[column].rolling(f"{window}D").mean()

# %% 03-exploration-visualization-ex4 correct: a plain loop over the sorted days, NaN until the window is full
def trailing_mean(weather, column, window):
    ordered = weather.sort_values("date")
    values = list(ordered[column])
    means = []
    for i in range(len(values)):
        means.append(np.nan if i + 1 < window else sum(values[i + 1 - window:i + 1]) / window)
    return pd.Series(means, index=pd.DatetimeIndex(ordered["date"]), name=column)

# %% 03-exploration-visualization-ex4 wrong: window + 1 rows: the day and `window` days before it
def trailing_mean(weather, column, window):
    series = weather.sort_values("date").set_index("date")[column]
    return series.rolling(window + 1).mean()

# %% 03-exploration-visualization-ex4 wrong: an exponentially weighted mean (ewm with span=window), not a window mean
def trailing_mean(weather, column, window):
    series = weather.sort_values("date").set_index("date")[column]
    return series.ewm(span=window, min_periods=window).mean()

# %% 03-exploration-visualization-ex4 wrong: the rolling median instead of the rolling mean
def trailing_mean(weather, column, window):
    series = weather.sort_values("date").set_index("date")[column]
    return series.rolling(window).median()

# %% 03-exploration-visualization-ex4 wrong: drops every row with a missing value first (dropna on the whole table)
def trailing_mean(weather, column, window):
    series = weather.dropna().sort_values("date").set_index("date")[column]
    return series.rolling(window).mean()

# %% 03-exploration-visualization-ex4 wrong: sort_values(inplace=True) reorders the caller's DataFrame
def trailing_mean(weather, column, window):
    weather.sort_values("date", inplace=True)
    return weather.set_index("date")[column].rolling(window).mean()

# %% 03-exploration-visualization-ex5 correct: seaborn lines on resampled frames, markers and colours
def plot_monthly_overview(weather):
    daily = weather.set_index("date")
    highs = daily["temp_max"].resample("ME").mean()
    rain = daily["precipitation"].resample("ME").sum()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    sns.lineplot(x=highs.index, y=highs.to_numpy(), marker="o", color="tab:red", ax=top)
    top.set(title="Mean daily high, by month", ylabel="°C")
    sns.lineplot(x=rain.index, y=rain.to_numpy(), color="tab:blue", ax=bottom)
    bottom.set(title="Total precipitation, by month", ylabel="mm", xlabel="month")
    return fig

# %% 03-exploration-visualization-ex5 correct: matplotlib on monthly periods turned back into timestamps
def plot_monthly_overview(weather):
    month = weather["date"].dt.to_period("M")
    highs = weather.groupby(month)["temp_max"].mean()
    rain = weather.groupby(month)["precipitation"].sum()
    fig, axes = plt.subplots(2, 1, sharex=True, figsize=(8, 5))
    axes[0].plot(highs.index.to_timestamp(), highs.to_numpy(), "-o", markersize=3)
    axes[0].set_title("temp_max, monthly mean")
    axes[0].set_ylabel("temp_max (°C)")
    axes[1].plot(rain.index.to_timestamp(), rain.to_numpy(), linestyle="--")
    axes[1].set_title("precipitation, monthly total")
    axes[1].set_ylabel("precipitation (mm)")
    axes[1].set_xlabel("date")
    return fig

# %% 03-exploration-visualization-ex5 correct: pandas' subplots=True on one monthly table
def plot_monthly_overview(weather):
    months = weather.set_index("date").sort_index().resample("MS")
    table = pd.DataFrame({"temp_max": months["temp_max"].mean(),
                          "precipitation": months["precipitation"].sum()})
    axes = table.plot(subplots=True, sharex=True, legend=False,
                      title=["Monthly mean of daily highs", "Monthly total precipitation"])
    axes[0].set_ylabel("°C")
    axes[1].set_ylabel("mm")
    axes[1].set_xlabel("month")
    return axes[0].figure

# %% 03-exploration-visualization-ex5 wrong: the top panel shows the daily lows (temp_min), not the highs
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    daily["temp_min"].resample("MS").mean().plot(ax=top)
    top.set(title="Monthly mean temperature", ylabel="°C")
    daily["precipitation"].resample("MS").sum().plot(ax=bottom)
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex5 wrong: averages precipitation per month instead of adding it up
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    daily["temp_max"].resample("MS").mean().plot(ax=top)
    top.set(title="Monthly mean of the daily high", ylabel="°C")
    daily["precipitation"].resample("MS").mean().plot(ax=bottom)
    bottom.set(title="Monthly precipitation", xlabel="month", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex5 wrong: plots the daily values, no resampling to months
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    daily["temp_max"].plot(ax=top)
    top.set(title="Daily high", ylabel="°C")
    daily["precipitation"].plot(ax=bottom)
    bottom.set(title="Daily precipitation", xlabel="date", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex5 wrong: groups by month number (a seasonal profile), not a timeline
def plot_monthly_overview(weather):
    month = weather["date"].dt.month
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    weather.groupby(month)["temp_max"].mean().plot(ax=top)
    top.set(title="Mean daily high by month", ylabel="°C")
    weather.groupby(month)["precipitation"].sum().plot(ax=bottom)
    bottom.set(title="Total precipitation by month", xlabel="month", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex5 wrong: the panels are the wrong way round (precipitation on top)
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    daily["precipitation"].resample("MS").sum().plot(ax=top)
    top.set(title="Monthly total precipitation", ylabel="mm")
    daily["temp_max"].resample("MS").mean().plot(ax=bottom)
    bottom.set(title="Monthly mean of the daily high", xlabel="month", ylabel="°C")
    return fig

# %% 03-exploration-visualization-ex5 wrong: right lines, but matplotlib with no titles or axis labels at all
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    highs = daily["temp_max"].resample("MS").mean()
    rain = daily["precipitation"].resample("MS").sum()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    top.plot(highs.index, highs.to_numpy())
    bottom.plot(rain.index, rain.to_numpy())
    return fig

# %% 03-exploration-visualization-ex5 wrong: returns the top Axes instead of the Figure
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    daily["temp_max"].resample("MS").mean().plot(ax=top)
    top.set(title="Monthly mean of the daily high", ylabel="°C")
    daily["precipitation"].resample("MS").sum().plot(ax=bottom)
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="mm")
    return top

# %% 03-exploration-visualization-ex5 correct: seaborn lineplots on two stacked Axes from plt.figure's add_subplot
def plot_monthly_overview(weather):
    fig = plt.figure(figsize=(8, 5))
    top = fig.add_subplot(2, 1, 1)
    bottom = fig.add_subplot(2, 1, 2, sharex=top)
    month = weather["date"].dt.to_period("M").dt.to_timestamp()
    highs = weather.groupby(month)["temp_max"].mean()
    rain = weather.groupby(month)["precipitation"].sum()
    sns.lineplot(x=highs.index, y=highs.to_numpy(), ax=top)
    sns.lineplot(x=rain.index, y=rain.to_numpy(), ax=bottom)
    top.set(title="Mean daily high per month", ylabel="°C")
    bottom.set(title="Precipitation per month", ylabel="mm", xlabel="month")
    return fig

# %% 03-exploration-visualization-ex5 wrong: the two panels side by side (plt.subplots(1, 2)), not one above the other
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(1, 2, sharex=True, figsize=(12, 3))
    daily["temp_max"].resample("MS").mean().plot(ax=top)
    top.set(title="Monthly mean of the daily high", ylabel="°C")
    daily["precipitation"].resample("MS").sum().plot(ax=bottom)
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex5 wrong: the panels do not share the x axis (no sharex)
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1)
    daily["temp_max"].resample("MS").mean().plot(ax=top)
    top.set(title="Monthly mean of the daily high", ylabel="°C")
    daily["precipitation"].resample("MS").sum().plot(ax=bottom)
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex5 wrong: the months placed with pd.date_range from January 2012, right only for this data
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    highs = daily["temp_max"].resample("MS").mean().to_numpy()
    rain = daily["precipitation"].resample("MS").sum().to_numpy()
    months = pd.date_range("2012-01-01", periods=len(highs), freq="MS")
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    top.plot(months, highs)
    top.set(title="Monthly mean of the daily high", ylabel="°C")
    bottom.plot(months, rain)
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex5 wrong: precipitation as a 30-day rolling sum read on each month's last day, not the month's own total
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    daily["temp_max"].resample("MS").mean().plot(ax=top)
    top.set(title="Monthly mean of the daily high", ylabel="°C")
    daily["precipitation"].rolling(30, min_periods=1).sum().resample("MS").last().plot(ax=bottom)
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex5 wrong: the top series plotted with .plot() without ax=, so it lands on the bottom panel
def plot_monthly_overview(weather):
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    daily["temp_max"].resample("MS").mean().plot()
    top.set(title="Monthly mean of the daily high", ylabel="°C")
    daily["precipitation"].resample("MS").sum().plot(ax=bottom)
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="mm")
    return fig

# %% 03-exploration-visualization-ex6 correct: matplotlib markers-only lines, one per group, and a legend
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    if hue is None:
        ax.plot(df[x], df[y], "o", markersize=3, alpha=0.6)
    else:
        for name, group in df.groupby(hue):
            ax.plot(group[x], group[y], "o", markersize=3, label=name)
        ax.legend(title=hue)
    ax.set(title=f"{x} vs {y}", xlabel=x, ylabel=y)
    return ax

# %% 03-exploration-visualization-ex6 correct: ax.scatter with explicit colours from a palette
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    if hue is None:
        ax.scatter(df[x], df[y], s=8, color="black")
    else:
        names = sorted(df[hue].dropna().unique())
        palette = dict(zip(names, sns.color_palette("colorblind", len(names))))
        for name in names:
            rows = df[df[hue] == name]
            ax.scatter(rows[x], rows[y], s=8, color=palette[name], label=name, edgecolors="none")
        ax.legend()
    ax.set_title("Relationship")
    ax.set_xlabel(x)
    ax.set_ylabel(y)
    return ax

# %% 03-exploration-visualization-ex6 wrong: x and y swapped
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    sns.scatterplot(data=df, x=y, y=x, hue=hue, ax=ax)
    ax.set_title(f"{y} against {x}")
    return ax

# %% 03-exploration-visualization-ex6 wrong: a line through the rows instead of markers
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    ax.plot(df[x], df[y])
    ax.set(title=f"{y} against {x}", xlabel=x, ylabel=y)
    return ax

# %% 03-exploration-visualization-ex6 wrong: ignores hue, so every group gets the same colour and no legend
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    sns.scatterplot(data=df, x=x, y=y, ax=ax)
    ax.set_title(f"{y} against {x}")
    return ax

# %% 03-exploration-visualization-ex6 wrong: one scatter per group, but no legend naming the groups
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    if hue is None:
        ax.scatter(df[x], df[y], s=8)
    else:
        for name, group in df.groupby(hue):
            ax.scatter(group[x], group[y], s=8, label=name)
    ax.set(title=f"{y} against {x}", xlabel=x, ylabel=y)
    return ax

# %% 03-exploration-visualization-ex6 wrong: no title
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    sns.scatterplot(data=df, x=x, y=y, hue=hue, ax=ax)
    return ax

# %% 03-exploration-visualization-ex6 correct: pandas' DataFrame.plot.scatter, one call per group, missing hue skipped
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    if hue is None:
        df.plot.scatter(x=x, y=y, ax=ax, s=10)
    else:
        colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        for i, (name, group) in enumerate(df.dropna(subset=[hue]).groupby(hue)):
            group.plot.scatter(x=x, y=y, ax=ax, s=10, color=colours[i % len(colours)], label=str(name))
        ax.legend(title=hue)
    ax.set_title(f"{y} by {x}")
    ax.set_xlabel(x)
    ax.set_ylabel(y)
    return ax

# %% 03-exploration-visualization-ex6 wrong: plt.scatter and plt.title draw on the current Axes, not on the `ax` given
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    if hue is None:
        plt.scatter(df[x], df[y], s=8)
    else:
        for name, group in df.groupby(hue):
            plt.scatter(group[x], group[y], s=8, label=name)
        plt.legend()
    plt.title(f"{y} against {x}")
    plt.xlabel(x)
    plt.ylabel(y)
    return ax

# %% 03-exploration-visualization-ex6 wrong: a missing hue becomes a group of its own ("unknown") in the legend
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    colour_by = df[hue].fillna("unknown") if hue is not None else None
    sns.scatterplot(x=df[x], y=df[y], hue=colour_by, ax=ax)
    ax.set_title(f"{y} against {x}")
    return ax

# %% 03-exploration-visualization-ex6 wrong: df.dropna() drops rows with a missing value in any column, even unplotted ones
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    sns.scatterplot(data=df.dropna(), x=x, y=y, hue=hue, ax=ax)
    ax.set_title(f"{y} against {x}")
    return ax

# %% 03-exploration-visualization-ex6 wrong: seaborn with ax=ax only when one is given, else the current Axes (plt.gca())
def plot_scatter(df, x, y, hue=None, ax=None):
    ax = sns.scatterplot(data=df, x=x, y=y, hue=hue, ax=ax)
    ax.set_title(f"{y} against {x}")
    return ax

# %% 03-exploration-visualization-ex6 wrong: one colour per group from a loop over unique(), which gives NaN its own empty group
def plot_scatter(df, x, y, hue=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    if hue is None:
        ax.scatter(df[x], df[y], s=8)
    else:
        for name in df[hue].unique():
            rows = df[df[hue] == name]
            ax.scatter(rows[x], rows[y], s=8, label=str(name))
        ax.legend()
    ax.set(title=f"{y} against {x}", xlabel=x, ylabel=y)
    return ax

# %% 03-exploration-visualization-ex7 correct: itertools.combinations with SciPy's correlation functions
def strongest_correlations(df, method="spearman", top=3):
    from scipy import stats

    numeric = df.select_dtypes("number")
    measure = stats.spearmanr if method == "spearman" else stats.pearsonr
    rows = []
    for a, b in itertools.combinations(numeric.columns, 2):
        if numeric[a].nunique() > 1 and numeric[b].nunique() > 1:
            rows.append({"column_1": a, "column_2": b, "r": float(measure(numeric[a], numeric[b])[0])})
    result = pd.DataFrame(rows, columns=["column_1", "column_2", "r"])
    result = result.reindex(result["r"].abs().sort_values(ascending=False).index)
    return result.head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 correct: the matrix's upper triangle; Spearman as Pearson on ranks
def strongest_correlations(df, method="spearman", top=3):
    numeric = df.select_dtypes("number")
    matrix = (numeric.rank() if method == "spearman" else numeric).corr()
    upper = matrix.where(np.triu(np.ones(matrix.shape, dtype=bool), k=1))
    pairs = upper.stack().dropna().rename("r").reset_index()
    pairs.columns = ["column_1", "column_2", "r"]
    pairs["strength"] = pairs["r"].abs()
    return pairs.nlargest(top, "strength")[["column_1", "column_2", "r"]].reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: ignores `method` and always uses Pearson's r
def strongest_correlations(df, method="spearman", top=3):
    matrix = df.select_dtypes("number").corr()
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna()
    return pairs.reindex(pairs["r"].abs().sort_values(ascending=False).index).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: sorts by r itself, so strong negative correlations sink
def strongest_correlations(df, method="spearman", top=3):
    matrix = df.select_dtypes("number").corr(method=method)
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna()
    return pairs.sort_values("r", ascending=False).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: pairs with a <= b, which pairs each column with itself
def strongest_correlations(df, method="spearman", top=3):
    matrix = df.select_dtypes("number").corr(method=method)
    columns = list(matrix.columns)
    rows = [(a, b, matrix.loc[a, b]) for a in columns for b in columns if a <= b]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna()
    return pairs.reindex(pairs["r"].abs().sort_values(ascending=False).index).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: both halves of the matrix, so every pair appears twice
def strongest_correlations(df, method="spearman", top=3):
    matrix = df.select_dtypes("number").corr(method=method)
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.permutations(matrix.columns, 2)]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna()
    return pairs.reindex(pairs["r"].abs().sort_values(ascending=False).index).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: reports |r|, losing the sign of the negative correlations
def strongest_correlations(df, method="spearman", top=3):
    matrix = df.select_dtypes("number").corr(method=method).abs()
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna()
    return pairs.sort_values("r", ascending=False).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: keeps pairs whose correlation is undefined (a constant column)
def strongest_correlations(df, method="spearman", top=3):
    matrix = df.select_dtypes("number").corr(method=method)
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"])
    order = pairs["r"].abs().sort_values(ascending=False, na_position="last").index
    return pairs.loc[order].head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 correct: pandas' Series.corr for each pair, sorted with sorted() and a key
def strongest_correlations(df, method="spearman", top=3):
    numeric = df.select_dtypes(include="number")
    names = list(numeric.columns)
    found = []
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            r = numeric[names[i]].corr(numeric[names[j]], method=method)
            if not np.isnan(r):
                found.append((names[i], names[j], r))
    found = sorted(found, key=lambda row: -abs(row[2]))[:top]
    return pd.DataFrame(found, columns=["column_1", "column_2", "r"])

# %% 03-exploration-visualization-ex7 wrong: corr(numeric_only=True), which counts a True/False column as numeric
def strongest_correlations(df, method="spearman", top=3):
    matrix = df.corr(method=method, numeric_only=True)
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna()
    return pairs.reindex(pairs["r"].abs().sort_values(ascending=False).index).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: Spearman as Pearson on rank(method="first"), which breaks ties by position
def strongest_correlations(df, method="spearman", top=3):
    numeric = df.select_dtypes("number")
    matrix = (numeric.rank(method="first") if method == "spearman" else numeric).corr()
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna()
    return pairs.reindex(pairs["r"].abs().sort_values(ascending=False).index).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: drops the diagonal by keeping |r| < 1, which also drops perfectly related pairs
def strongest_correlations(df, method="spearman", top=3):
    pairs = df.select_dtypes("number").corr(method=method).stack().rename("r").reset_index()
    pairs.columns = ["column_1", "column_2", "r"]
    pairs = pairs[pairs["r"].abs() < 1 - 1e-12]
    pairs = pairs[pairs["column_1"] < pairs["column_2"]]
    return pairs.reindex(pairs["r"].abs().sort_values(ascending=False).index).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: de-duplicates the pairs on r (drop_duplicates), so different pairs with the same r are lost
def strongest_correlations(df, method="spearman", top=3):
    pairs = df.select_dtypes("number").corr(method=method).stack().rename("r").reset_index()
    pairs.columns = ["column_1", "column_2", "r"]
    pairs = pairs[pairs["column_1"] != pairs["column_2"]].dropna().drop_duplicates(subset="r")
    return pairs.reindex(pairs["r"].abs().sort_values(ascending=False).index).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: keeps one row too many (head(top + 1))
def strongest_correlations(df, method="spearman", top=3):
    matrix = df.select_dtypes("number").corr(method=method)
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    pairs = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna()
    ordered = pairs.reindex(pairs["r"].abs().sort_values(ascending=False).index)
    return ordered.head(top + 1).reset_index(drop=True)

# %% 03-exploration-visualization-ex8 correct: seaborn's barplot of the True/False column, no error bars
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    left = customers["churned"].eq("yes").rename("churned")
    sns.barplot(x=customers[by], y=left, errorbar=None, ax=ax)
    ax.set(title=f"Share of customers who left, by {by}", ylabel="churn rate")
    return ax

# %% 03-exploration-visualization-ex8 correct: horizontal bars in percent, from a normalised cross-table
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    shares = pd.crosstab(customers[by], customers["churned"], normalize="index")
    (shares["yes"] * 100).sort_values().plot.barh(ax=ax, color="tab:red")
    ax.set(title=f"Churn by {by}", xlabel="churned (%)", ylabel=by)
    return ax

# %% 03-exploration-visualization-ex8 correct: matplotlib bars with a value label on each bar
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    rate = customers.assign(left=customers["churned"] == "yes").groupby(by)["left"].mean()
    container = ax.bar(rate.index.astype(str), rate.to_numpy(), color="slateblue")
    ax.bar_label(container, fmt="%.2f")
    ax.set_title("Churn rate")
    ax.set_xlabel(by)
    ax.set_ylabel("share churned")
    return ax

# %% 03-exploration-visualization-ex8 wrong: counts the churners in each group instead of their share
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    (customers["churned"] == "yes").groupby(customers[by]).sum().plot.bar(ax=ax)
    ax.set(title=f"Churn by {by}", xlabel=by, ylabel="churned customers")
    return ax

# %% 03-exploration-visualization-ex8 wrong: countplot with hue="churned", two count bars per group
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    sns.countplot(data=customers, x=by, hue="churned", ax=ax)
    ax.set_title(f"Churn by {by}")
    return ax

# %% 03-exploration-visualization-ex8 wrong: each group's share of all churners, not its churn rate
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    churners = customers[customers["churned"] == "yes"]
    churners[by].value_counts(normalize=True).plot.bar(ax=ax)
    ax.set(title=f"Churners by {by}", xlabel=by, ylabel="share of churners")
    return ax

# %% 03-exploration-visualization-ex8 wrong: the share who stayed (churned == "no"), not the share who left
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    (customers["churned"] == "no").groupby(customers[by]).mean().plot.bar(ax=ax)
    ax.set(title=f"Churn by {by}", xlabel=by, ylabel="rate")
    return ax

# %% 03-exploration-visualization-ex8 wrong: pandas names the x axis, but the y axis is left without a label
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    (customers["churned"] == "yes").groupby(customers[by]).mean().plot.bar(ax=ax, title=f"Churn rate by {by}")
    return ax

# %% 03-exploration-visualization-ex8 correct: counts of each group from value_counts, divided, drawn with ax.barh in percent
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        ax = plt.figure().add_subplot()
    totals = customers[by].value_counts()
    left = customers.loc[customers["churned"] == "yes", by].value_counts()
    rate = (left.reindex(totals.index, fill_value=0) / totals * 100).sort_values()
    ax.barh([str(name) for name in rate.index], rate.to_numpy())
    ax.set_title(f"Customers who left, by {by} (%)")
    ax.set_xlabel("churn rate (%)")
    ax.set_ylabel(by)
    return ax

# %% 03-exploration-visualization-ex8 wrong: plt.bar and plt.title draw on the current Axes, not on the `ax` given
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    rates = (customers["churned"] == "yes").groupby(customers[by]).mean()
    plt.bar(rates.index.astype(str), rates.to_numpy())
    plt.title(f"Churn rate by {by}")
    plt.xlabel(by)
    plt.ylabel("churn rate")
    return ax

# %% 03-exploration-visualization-ex8 wrong: a missing group kept as "unknown" (fillna), an extra bar
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    groups = customers[by].fillna("unknown")
    (customers["churned"] == "yes").groupby(groups).mean().plot.bar(ax=ax)
    ax.set(title=f"Churn rate by {by}", xlabel=by, ylabel="churn rate")
    return ax

# %% 03-exploration-visualization-ex8 wrong: churners per group divided by the group's size, but a group with no churner gets NaN and its bar is dropped
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    churners = customers[customers["churned"] == "yes"].groupby(by).size()
    rates = churners / customers.groupby(by).size()
    rates.dropna().plot.bar(ax=ax)
    ax.set(title=f"Churn rate by {by}", xlabel=by, ylabel="churn rate")
    return ax

# %% 03-exploration-visualization-ex8 wrong: bars sorted by rate, but the tick labels set from the unsorted group names
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    rates = (customers["churned"] == "yes").groupby(customers[by]).mean()
    ax.bar(range(len(rates)), rates.sort_values(ascending=False).to_numpy())
    ax.set_xticks(range(len(rates)))
    ax.set_xticklabels(rates.index)
    ax.set(title=f"Churn rate by {by}", xlabel=by, ylabel="churn rate")
    return ax

# %% 03-exploration-visualization-ex8 wrong: each group's churners divided by all customers (a share of the whole table)
def plot_churn_rate(customers, by, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    rates = (customers["churned"] == "yes").groupby(customers[by]).sum() / len(customers)
    rates.plot.bar(ax=ax)
    ax.set(title=f"Churn rate by {by}", xlabel=by, ylabel="churn rate")
    return ax

# Answers written blind to the graders by an outside tester (issue 12): each wrong one must fail,
# each correct one must pass.

# %% 03-exploration-visualization-ex1 wrong: draws with plt.hist/plt.title on the "current" Axes, so a given ax stays empty; violates "draw on ax if one is given"
def plot_histogram(df, column, bins=30, ax=None):
    """Histogram of df[column]: `bins` equal-width bins over its range, counts, missing values left out."""
    if ax is None:
        fig, ax = plt.subplots()
    plt.hist(df[column].dropna(), bins=bins)
    plt.title(f"Distribution of {column}")
    plt.xlabel(column)
    plt.ylabel("count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: missing values filled with 0 and counted; violates "missing values are left out"
def plot_histogram(df, column, bins=30, ax=None):
    """Histogram of df[column]: `bins` equal-width bins over its range, counts, missing values left out."""
    if ax is None:
        fig, ax = plt.subplots()
    ax.hist(df[column].fillna(0), bins=bins)
    ax.set_title(f"Distribution of {column}")
    ax.set_xlabel(column)
    ax.set_ylabel("count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: dropna(inplace=True) on the caller's DataFrame; violates "do not change df"
def plot_histogram(df, column, bins=30, ax=None):
    """Histogram of df[column]: `bins` equal-width bins over its range, counts, missing values left out."""
    if ax is None:
        fig, ax = plt.subplots()
    df.dropna(subset=[column], inplace=True)
    df[column].plot.hist(bins=bins, ax=ax)
    ax.set_title(f"Distribution of {column}")
    ax.set_xlabel(column)
    ax.set_ylabel("count")
    return ax

# %% 03-exploration-visualization-ex1 wrong: density=True draws a density instead of counts; violates "bar heights are counts"
def plot_histogram(df, column, bins=30, ax=None):
    """Histogram of df[column]: `bins` equal-width bins over its range, counts, missing values left out."""
    if ax is None:
        fig, ax = plt.subplots()
    ax.hist(df[column].dropna(), bins=bins, density=True)
    ax.set_title(f"Distribution of {column}")
    ax.set_xlabel(column)
    ax.set_ylabel("density")
    return ax

# %% 03-exploration-visualization-ex1 correct: np.histogram then ax.bar with the bin widths
def plot_histogram(df, column, bins=30, ax=None):
    """Histogram of df[column]: `bins` equal-width bins over its range, counts, missing values left out."""
    if ax is None:
        _, ax = plt.subplots()
    values = df[column].dropna().to_numpy(dtype=float)
    counts, edges = np.histogram(values, bins=bins)
    ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", edgecolor="white")
    ax.set(title=f"Histogram of {column} ({bins} bins)", xlabel=column, ylabel="number of rows")
    return ax

# %% 03-exploration-visualization-ex2 wrong: k is ignored (always 1.5); violates "Q1 - k*IQR ... Q3 + k*IQR"
def iqr_outliers(values, k=1.5):
    """Boolean Series, True where a value lies strictly outside [Q1 - k*IQR, Q3 + k*IQR]."""
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    iqr = q3 - q1
    return (values < q1 - 1.5 * iqr) | (values > q3 + 1.5 * iqr)

# %% 03-exploration-visualization-ex2 wrong: fills the NaNs in the caller's Series in place (with the median) before flagging; violates "do not change values"
def iqr_outliers(values, k=1.5):
    """Boolean Series, True where a value lies strictly outside [Q1 - k*IQR, Q3 + k*IQR]."""
    values.fillna(values.median(), inplace=True)
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    iqr = q3 - q1
    return (values < q1 - k * iqr) | (values > q3 + k * iqr)

# %% 03-exploration-visualization-ex2 wrong: quartiles with interpolation="midpoint"; violates "computed the way Series.quantile does by default (linear interpolation)"
def iqr_outliers(values, k=1.5):
    """Boolean Series, True where a value lies strictly outside [Q1 - k*IQR, Q3 + k*IQR]."""
    q1 = values.quantile(0.25, interpolation="midpoint")
    q3 = values.quantile(0.75, interpolation="midpoint")
    iqr = q3 - q1
    return (values < q1 - k * iqr) | (values > q3 + k * iqr)

# %% 03-exploration-visualization-ex2 wrong: <= and >= flag values exactly on a fence; violates "strictly below ... strictly above (a value exactly on a fence is not an outlier)"
def iqr_outliers(values, k=1.5):
    """Boolean Series, True where a value lies strictly outside [Q1 - k*IQR, Q3 + k*IQR]."""
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    iqr = q3 - q1
    return (values <= q1 - k * iqr) | (values >= q3 + k * iqr)

# %% 03-exploration-visualization-ex2 correct: np.nanquantile (linear) and a list comprehension with NaN check
def iqr_outliers(values, k=1.5):
    """Boolean Series, True where a value lies strictly outside [Q1 - k*IQR, Q3 + k*IQR]."""
    arr = values.to_numpy(dtype=float, na_value=np.nan)
    q1, q3 = np.nanquantile(arr, [0.25, 0.75])
    low, high = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
    flags = [bool(not np.isnan(v) and (v < low or v > high)) for v in arr]
    return pd.Series(flags, index=values.index, dtype=bool)

# %% 03-exploration-visualization-ex3 wrong: set_index(..., inplace=True) on the caller's weather; violates "Do not change weather (careful with inplace=True)"
def monthly_weather(weather):
    """One row per calendar month: precipitation (total), wet_days, temp_max (mean), temp_min (mean)."""
    weather.set_index("date", inplace=True)
    weather.sort_index(inplace=True)
    months = weather.resample("MS")
    return pd.DataFrame({
        "precipitation": months["precipitation"].sum(),
        "wet_days": (weather["precipitation"] > 0).resample("MS").sum(),
        "temp_max": months["temp_max"].mean(),
        "temp_min": months["temp_min"].mean(),
    })

# %% 03-exploration-visualization-ex3 wrong: wet days counted with != 0, so a missing precipitation counts as wet; violates "a day whose precipitation is missing is not a wet day"
def monthly_weather(weather):
    """One row per calendar month: precipitation (total), wet_days, temp_max (mean), temp_min (mean)."""
    daily = weather.set_index("date").sort_index()
    return pd.DataFrame({
        "precipitation": daily["precipitation"].resample("MS").sum(),
        "wet_days": daily["precipitation"].ne(0).resample("MS").sum(),
        "temp_max": daily["temp_max"].resample("MS").mean(),
        "temp_min": daily["temp_min"].resample("MS").mean(),
    })

# %% 03-exploration-visualization-ex3 wrong: fills missing values with 0 before the means; violates "Missing values are left out of the sums and means"
def monthly_weather(weather):
    """One row per calendar month: precipitation (total), wet_days, temp_max (mean), temp_min (mean)."""
    daily = weather.set_index("date").sort_index()[["precipitation", "temp_max", "temp_min"]].fillna(0)
    out = daily.resample("MS").agg({"precipitation": "sum", "temp_max": "mean", "temp_min": "mean"})
    out.insert(1, "wet_days", (daily["precipitation"] > 0).resample("MS").sum())
    return out

# %% 03-exploration-visualization-ex3 wrong: precipitation averaged per month instead of summed; violates "precipitation: the month's total precipitation"
def monthly_weather(weather):
    """One row per calendar month: precipitation (total), wet_days, temp_max (mean), temp_min (mean)."""
    daily = weather.set_index("date").sort_index()
    return pd.DataFrame({
        "precipitation": daily["precipitation"].resample("MS").mean(),
        "wet_days": (daily["precipitation"] > 0).resample("MS").sum(),
        "temp_max": daily["temp_max"].resample("MS").mean(),
        "temp_min": daily["temp_min"].resample("MS").mean(),
    })

# %% 03-exploration-visualization-ex3 correct: groupby on a monthly Period key with named aggregations
def monthly_weather(weather):
    """One row per calendar month: precipitation (total), wet_days, temp_max (mean), temp_min (mean)."""
    month = weather["date"].dt.to_period("M").rename("month")
    helper = weather.assign(_wet=(weather["precipitation"] > 0).astype(int))
    out = helper.groupby(month, sort=True).agg(
        precipitation=("precipitation", "sum"),
        wet_days=("_wet", "sum"),
        temp_max=("temp_max", "mean"),
        temp_min=("temp_min", "mean"),
    )
    return out[["precipitation", "wet_days", "temp_max", "temp_min"]]

# %% 03-exploration-visualization-ex4 wrong: rows not sorted by date before rolling; violates "its rows may be in any order" (a window of rows is then not the previous days)
def trailing_mean(weather, column, window):
    """Mean of `column` over each day and the window - 1 days before it, indexed by date (ascending)."""
    series = weather.set_index("date")[column]
    return series.rolling(window).mean().sort_index()

# %% 03-exploration-visualization-ex4 wrong: sort_values(inplace=True) on the caller's weather; violates "Do not change weather"
def trailing_mean(weather, column, window):
    """Mean of `column` over each day and the window - 1 days before it, indexed by date (ascending)."""
    weather.sort_values("date", inplace=True)
    return weather.set_index("date")[column].rolling(window).mean()

# %% 03-exploration-visualization-ex4 wrong: center=True uses days after the day; violates "that day and the window - 1 days before it"
def trailing_mean(weather, column, window):
    """Mean of `column` over each day and the window - 1 days before it, indexed by date (ascending)."""
    series = weather.sort_values("date").set_index("date")[column]
    return series.rolling(window, center=True).mean()

# %% 03-exploration-visualization-ex4 wrong: min_periods=1 gives values before the window is full; violates "NaN for the first window - 1 days"
def trailing_mean(weather, column, window):
    """Mean of `column` over each day and the window - 1 days before it, indexed by date (ascending)."""
    series = weather.sort_values("date").set_index("date")[column]
    return series.rolling(window, min_periods=1).mean()

# %% 03-exploration-visualization-ex4 correct: cumulative-sum differences on the sorted values
def trailing_mean(weather, column, window):
    """Mean of `column` over each day and the window - 1 days before it, indexed by date (ascending)."""
    ordered = weather[["date", column]].sort_values("date", kind="stable")
    values = ordered[column].to_numpy(dtype=float)
    sums = np.concatenate([[0.0], np.cumsum(values)])
    means = np.full(len(values), np.nan)
    if len(values) >= window:
        means[window - 1:] = (sums[window:] - sums[:-window]) / window
    return pd.Series(means, index=pd.DatetimeIndex(ordered["date"]), name=column)

# %% 03-exploration-visualization-ex5 wrong: plt.subplots(2, 1) without sharex=True; violates "sharing the x axis"
def plot_monthly_overview(weather):
    """Two stacked panels sharing x: monthly mean temp_max (top), monthly total precipitation (bottom)."""
    daily = weather.set_index("date").sort_index()
    fig, (top, bottom) = plt.subplots(2, 1)
    highs = daily["temp_max"].resample("MS").mean()
    rain = daily["precipitation"].resample("MS").sum()
    top.plot(highs.index, highs.to_numpy())
    top.set(title="Monthly mean of the daily highs", ylabel="temp_max (°C)")
    bottom.plot(rain.index, rain.to_numpy())
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="precipitation (mm)")
    return fig

# %% 03-exploration-visualization-ex5 wrong: panels side by side (1 row, 2 columns); violates "two Axes, one above the other"
def plot_monthly_overview(weather):
    """Two stacked panels sharing x: monthly mean temp_max (top), monthly total precipitation (bottom)."""
    daily = weather.set_index("date").sort_index()
    fig, (left, right) = plt.subplots(1, 2, sharex=True, figsize=(12, 3))
    daily["temp_max"].resample("MS").mean().plot(ax=left)
    left.set(title="Monthly mean of the daily highs", ylabel="temp_max (°C)")
    daily["precipitation"].resample("MS").sum().plot(ax=right)
    right.set(title="Monthly total precipitation", xlabel="month", ylabel="precipitation (mm)")
    return fig

# %% 03-exploration-visualization-ex5 wrong: set_index(..., inplace=True) on the caller's weather; violates "do not change weather"
def plot_monthly_overview(weather):
    """Two stacked panels sharing x: monthly mean temp_max (top), monthly total precipitation (bottom)."""
    weather.set_index("date", inplace=True)
    weather.sort_index(inplace=True)
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    highs = weather["temp_max"].resample("MS").mean()
    rain = weather["precipitation"].resample("MS").sum()
    top.plot(highs.index, highs.to_numpy())
    top.set(title="Monthly mean of the daily highs", ylabel="temp_max (°C)")
    bottom.plot(rain.index, rain.to_numpy())
    bottom.set(title="Monthly total precipitation", xlabel="month", ylabel="precipitation (mm)")
    return fig

# %% 03-exploration-visualization-ex5 wrong: bottom panel shows the monthly mean precipitation; violates "bottom: the monthly total precipitation"
def plot_monthly_overview(weather):
    """Two stacked panels sharing x: monthly mean temp_max (top), monthly total precipitation (bottom)."""
    monthly = weather.set_index("date").sort_index()[["temp_max", "precipitation"]].resample("MS").mean()
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True)
    top.plot(monthly.index, monthly["temp_max"].to_numpy())
    top.set(title="Monthly mean of the daily highs", ylabel="temp_max (°C)")
    bottom.plot(monthly.index, monthly["precipitation"].to_numpy())
    bottom.set(title="Monthly precipitation", xlabel="month", ylabel="precipitation (mm)")
    return fig

# %% 03-exploration-visualization-ex5 correct: seaborn lineplot on a Period-grouped table, Figure from plt.figure + add_subplot with sharex
def plot_monthly_overview(weather):
    """Two stacked panels sharing x: monthly mean temp_max (top), monthly total precipitation (bottom)."""
    month = weather["date"].dt.to_period("M")
    table = pd.DataFrame({
        "temp_max": weather["temp_max"].groupby(month).mean(),
        "precipitation": weather["precipitation"].groupby(month).sum(),
    }).sort_index()
    starts = table.index.to_timestamp()
    fig = plt.figure(figsize=(9, 5))
    top = fig.add_subplot(2, 1, 1)
    bottom = fig.add_subplot(2, 1, 2, sharex=top)
    sns.lineplot(x=starts, y=table["temp_max"].to_numpy(), ax=top)
    top.set_title("Monthly mean of the daily high temperature")
    top.set_ylabel("temp_max (°C)")
    sns.lineplot(x=starts, y=table["precipitation"].to_numpy(), ax=bottom)
    bottom.set_title("Monthly total precipitation")
    bottom.set_ylabel("precipitation (mm)")
    bottom.set_xlabel("month")
    return fig

# %% 03-exploration-visualization-ex6 wrong: plt.scatter/plt.legend draw on the "current" Axes, not the given ax; violates "draw on ax if one is given"
def plot_scatter(df, x, y, hue=None, ax=None):
    """Scatter plot of df[y] against df[x], coloured by df[hue] with a legend when hue is given."""
    if ax is None:
        fig, ax = plt.subplots()
    if hue is None:
        plt.scatter(df[x], df[y], s=10)
    else:
        for name, group in df.groupby(hue):
            plt.scatter(group[x], group[y], s=10, label=name)
        plt.legend(title=hue)
    plt.title(f"{y} against {x}")
    plt.xlabel(x)
    plt.ylabel(y)
    return ax

# %% 03-exploration-visualization-ex6 wrong: missing hue values become an "unknown" group; violates "rows with a missing hue belong to no group and are left out"
def plot_scatter(df, x, y, hue=None, ax=None):
    """Scatter plot of df[y] against df[x], coloured by df[hue] with a legend when hue is given."""
    if ax is None:
        fig, ax = plt.subplots()
    if hue is None:
        sns.scatterplot(data=df, x=x, y=y, ax=ax)
    else:
        groups = df[hue].astype(object).fillna("unknown")
        sns.scatterplot(x=df[x], y=df[y], hue=groups, ax=ax)
    ax.set(title=f"{y} against {x}", xlabel=x, ylabel=y)
    return ax

# %% 03-exploration-visualization-ex6 wrong: dropna(inplace=True) on the caller's DataFrame; violates "do not change df"
def plot_scatter(df, x, y, hue=None, ax=None):
    """Scatter plot of df[y] against df[x], coloured by df[hue] with a legend when hue is given."""
    if ax is None:
        fig, ax = plt.subplots()
    df.dropna(subset=[x, y] + ([hue] if hue else []), inplace=True)
    sns.scatterplot(data=df, x=x, y=y, hue=hue, ax=ax)
    ax.set(title=f"{y} against {x}", xlabel=x, ylabel=y)
    return ax

# %% 03-exploration-visualization-ex6 wrong: df.dropna() on every column drops rows missing an unrelated column; violates "when hue is None ... every row with an x and a y is drawn"
def plot_scatter(df, x, y, hue=None, ax=None):
    """Scatter plot of df[y] against df[x], coloured by df[hue] with a legend when hue is given."""
    if ax is None:
        fig, ax = plt.subplots()
    rows = df.dropna()
    sns.scatterplot(data=rows, x=x, y=y, hue=hue, ax=ax)
    ax.set(title=f"{y} against {x}", xlabel=x, ylabel=y)
    return ax

# %% 03-exploration-visualization-ex6 correct: plain matplotlib, one scatter per group with explicit tab10 colours
def plot_scatter(df, x, y, hue=None, ax=None):
    """Scatter plot of df[y] against df[x], coloured by df[hue] with a legend when hue is given."""
    if ax is None:
        _, ax = plt.subplots()
    if hue is None:
        ax.scatter(df[x], df[y], s=10, alpha=0.7)
    else:
        palette = plt.get_cmap("tab10")
        groups = [g for g in pd.unique(df[hue]) if not pd.isna(g)]
        for i, group in enumerate(groups):
            part = df[df[hue] == group]
            ax.scatter(part[x], part[y], s=10, alpha=0.7, color=palette(i % 10), label=str(group))
        ax.legend(title=hue)
    ax.set_title(f"{y} against {x}" + (f" by {hue}" if hue else ""))
    ax.set_xlabel(x)
    ax.set_ylabel(y)
    return ax

# %% 03-exploration-visualization-ex7 wrong: corr(numeric_only=True) keeps True/False columns; violates "True/False, text and date columns are ignored"
def strongest_correlations(df, method="spearman", top=3):
    """The `top` pairs of different numeric columns with the largest |r|, strongest first."""
    matrix = df.corr(method=method, numeric_only=True)
    rows = []
    for a, b in itertools.combinations(matrix.columns, 2):
        rows.append({"column_1": a, "column_2": b, "r": matrix.loc[a, b]})
    out = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna(subset=["r"])
    out = out.reindex(out["r"].abs().sort_values(ascending=False).index)
    return out.head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: undefined (NaN) correlations are kept; violates "pairs whose correlation is undefined (NaN ...) are left out"
def strongest_correlations(df, method="spearman", top=3):
    """The `top` pairs of different numeric columns with the largest |r|, strongest first."""
    matrix = df.select_dtypes("number").corr(method=method)
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    out = pd.DataFrame(rows, columns=["column_1", "column_2", "r"])
    out = out.iloc[out["r"].abs().argsort()[::-1]]
    return out.head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: sorted by signed r, so strong negative correlations rank last; violates "sorted by strength, the largest |r| first"
def strongest_correlations(df, method="spearman", top=3):
    """The `top` pairs of different numeric columns with the largest |r|, strongest first."""
    matrix = df.select_dtypes("number").corr(method=method)
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    out = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna(subset=["r"])
    return out.sort_values("r", ascending=False).head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 wrong: dropna(inplace=True) on the caller's df before correlating; violates "do not change df"
def strongest_correlations(df, method="spearman", top=3):
    """The `top` pairs of different numeric columns with the largest |r|, strongest first."""
    df.dropna(inplace=True)
    matrix = df.select_dtypes("number").corr(method=method)
    rows = [(a, b, matrix.loc[a, b]) for a, b in itertools.combinations(matrix.columns, 2)]
    out = pd.DataFrame(rows, columns=["column_1", "column_2", "r"]).dropna(subset=["r"])
    out = out.assign(_s=out["r"].abs()).sort_values("_s", ascending=False).drop(columns="_s")
    return out.head(top).reset_index(drop=True)

# %% 03-exploration-visualization-ex7 correct: pair-by-pair Series.corr over the upper triangle, sorted with a key
def strongest_correlations(df, method="spearman", top=3):
    """The `top` pairs of different numeric columns with the largest |r|, strongest first."""
    numeric = df.select_dtypes("number")
    names = list(numeric.columns)
    found = []
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            r = numeric[names[i]].corr(numeric[names[j]], method=method)
            if not pd.isna(r):
                found.append((names[i], names[j], float(r)))
    found.sort(key=lambda item: abs(item[2]), reverse=True)
    return pd.DataFrame(found[:top], columns=["column_1", "column_2", "r"])

# %% 03-exploration-visualization-ex8 wrong: plt.bar/plt.title draw on the "current" Axes, not the given ax; violates "draw on ax if one is given"
def plot_churn_rate(customers, by, ax=None):
    """Bar chart of the churn rate (share of churned == "yes") of each group of customers[by]."""
    if ax is None:
        fig, ax = plt.subplots()
    rates = (customers["churned"] == "yes").groupby(customers[by]).mean()
    plt.bar([str(name) for name in rates.index], rates.to_numpy())
    plt.title(f"Churn rate by {by}")
    plt.xlabel(by)
    plt.ylabel("churn rate")
    return ax

# %% 03-exploration-visualization-ex8 wrong: groupby(dropna=False) keeps a bar for rows with a missing group; violates "rows with a missing by are left out"
def plot_churn_rate(customers, by, ax=None):
    """Bar chart of the churn rate (share of churned == "yes") of each group of customers[by]."""
    if ax is None:
        fig, ax = plt.subplots()
    rates = (customers["churned"] == "yes").groupby(customers[by], dropna=False).mean()
    rates.plot.bar(ax=ax, rot=0)
    ax.set(title=f"Churn rate by {by}", xlabel=by, ylabel="churn rate")
    return ax

# %% 03-exploration-visualization-ex8 wrong: adds a helper column to the caller's DataFrame; violates "do not change customers"
def plot_churn_rate(customers, by, ax=None):
    """Bar chart of the churn rate (share of churned == "yes") of each group of customers[by]."""
    if ax is None:
        fig, ax = plt.subplots()
    customers["is_churned"] = (customers["churned"] == "yes").astype(int)
    rates = customers.groupby(by)["is_churned"].mean()
    rates.plot.bar(ax=ax, rot=0)
    ax.set(title=f"Churn rate by {by}", xlabel=by, ylabel="churn rate")
    return ax

# %% 03-exploration-visualization-ex8 wrong: divides each group's churners by all churners (share of churn), not by the group's customers; violates "the share of its customers with churned == yes"
def plot_churn_rate(customers, by, ax=None):
    """Bar chart of the churn rate (share of churned == "yes") of each group of customers[by]."""
    if ax is None:
        fig, ax = plt.subplots()
    churners = customers[customers["churned"] == "yes"]
    rates = churners[by].value_counts(normalize=True)
    rates.plot.bar(ax=ax, rot=0)
    ax.set(title=f"Churn rate by {by}", xlabel=by, ylabel="churn rate")
    return ax

# %% 03-exploration-visualization-ex8 correct: horizontal bars in percent via crosstab(normalize="index")
def plot_churn_rate(customers, by, ax=None):
    """Bar chart of the churn rate (share of churned == "yes") of each group of customers[by]."""
    if ax is None:
        _, ax = plt.subplots()
    table = pd.crosstab(customers[by], customers["churned"] == "yes", normalize="index")
    percent = 100 * (table[True] if True in table.columns else pd.Series(0.0, index=table.index))
    ax.barh([str(name) for name in percent.index], percent.to_numpy(dtype=float))
    ax.set_title(f"Churn rate by {by}")
    ax.set_xlabel("churn rate (% of the group's customers)")
    ax.set_ylabel(by)
    return ax
