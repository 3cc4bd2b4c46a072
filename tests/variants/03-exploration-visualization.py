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
