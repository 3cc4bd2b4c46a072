# Answer variants for solutions/00-orientation/00-orientation.ipynb (see CONTRIBUTING.md).
# Each block replaces the whole answer cell of its exercise; np, pd and data come from the setup cell.

# %% 00-orientation-ex1 correct: NumPy arrays compared element by element, with both checks
def accuracy(y_true, y_pred):
    truth = np.asarray(y_true)
    guess = np.asarray(y_pred)
    if truth.shape != guess.shape or truth.size == 0:
        raise ValueError("y_true and y_pred must have the same, non-zero length")
    return float(np.mean(truth == guess))


# %% 00-orientation-ex1 correct: an explicit counting loop over the indices
def accuracy(y_true, y_pred):
    n = len(y_true)
    if n == 0:
        raise ValueError("no predictions")
    if len(y_pred) != n:
        raise ValueError("lengths differ")
    correct = 0
    for i in range(n):
        if y_true[i] == y_pred[i]:
            correct += 1
    return correct / n


# %% 00-orientation-ex1 wrong: returns the number of correct predictions, not the share
def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred) or len(y_true) == 0:
        raise ValueError("bad lengths")
    return sum(1 for t, p in zip(y_true, y_pred) if t == p)


# %% 00-orientation-ex1 wrong: returns a percentage instead of a share between 0 and 1
def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred) or len(y_true) == 0:
        raise ValueError("bad lengths")
    return 100 * sum(1 for t, p in zip(y_true, y_pred) if t == p) / len(y_true)


# %% 00-orientation-ex1 wrong: trusts zip, which silently truncates sequences of different lengths
def accuracy(y_true, y_pred):
    pairs = list(zip(y_true, y_pred))
    if not pairs:
        raise ValueError("no predictions")
    return sum(1 for t, p in pairs if t == p) / len(pairs)


# %% 00-orientation-ex1 wrong: y_true == y_pred on two lists compares the whole lists, giving 0 or 1
def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred) or len(y_true) == 0:
        raise ValueError("bad lengths")
    return float(np.mean(y_true == y_pred))


# %% 00-orientation-ex1 wrong: forgets the empty case, so [] vs [] raises ZeroDivisionError
def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    return sum(1 for t, p in zip(y_true, y_pred) if t == p) / len(y_true)


# %% 00-orientation-ex1 correct: pandas Series compared element by element, lengths checked first
def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred have different lengths")
    if len(y_true) == 0:
        raise ValueError("no predictions to score")
    same = pd.Series(list(y_true)) == pd.Series(list(y_pred))
    return float(same.mean())


# %% 00-orientation-ex1 wrong: checks emptiness with `not y_true`, which is ambiguous for NumPy arrays
def accuracy(y_true, y_pred):
    if not y_true or len(y_true) != len(y_pred):
        raise ValueError("bad lengths")
    return sum(1 for t, p in zip(y_true, y_pred) if t == p) / len(y_true)


# %% 00-orientation-ex1 wrong: compares labels with `is`, which tests identity, not equality
def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred) or len(y_true) == 0:
        raise ValueError("bad lengths")
    return sum(1 for t, p in zip(y_true, y_pred) if t is p) / len(y_true)


# %% 00-orientation-ex1 wrong: uses assert for the length check, so the error is not a ValueError
def accuracy(y_true, y_pred):
    assert len(y_true) == len(y_pred), "lengths differ"
    if len(y_true) == 0:
        raise ValueError("no predictions")
    return sum(1 for t, p in zip(y_true, y_pred) if t == p) / len(y_true)


# %% 00-orientation-ex1 wrong: returns 0.0 for empty sequences instead of raising
def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    if len(y_true) == 0:
        return 0.0
    return sum(1 for t, p in zip(y_true, y_pred) if t == p) / len(y_true)


# %% 00-orientation-ex1 wrong: compares the labels as strings, so 1 and 1.0 count as different
def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred) or len(y_true) == 0:
        raise ValueError("bad lengths")
    return sum(1 for t, p in zip(y_true, y_pred) if str(t) == str(p)) / len(y_true)


# %% 00-orientation-ex2 correct: built from a stage -> items table, then inverted
def assign_stages():
    by_stage = {
        "gather": ["b"],
        "clean": ["d", "j"],
        "explore": ["a"],
        "train": ["e", "i"],
        "evaluate": ["f"],
        "deploy": ["g"],
        "monitor": ["c"],
        "improve": ["h"],
    }
    return {item: stage for stage, items in by_stage.items() for item in items}


# %% 00-orientation-ex2 correct: zips the sorted letters with a list of stages, indexing STAGES
def assign_stages():
    order = [2, 0, 6, 1, 3, 4, 5, 7, 3, 1]  # positions in STAGES for a..j
    return dict(zip("abcdefghij", (STAGES[k] for k in order)))


# %% 00-orientation-ex2 wrong: calls spotting odd points "clean" and feature preparation "train"
def assign_stages():
    return {
        "a": "clean", "b": "gather", "c": "monitor", "d": "clean", "e": "train",
        "f": "evaluate", "g": "deploy", "h": "improve", "i": "train", "j": "train",
    }


# %% 00-orientation-ex2 wrong: treats cross-validated model selection as evaluation
def assign_stages():
    return {
        "a": "explore", "b": "gather", "c": "monitor", "d": "clean", "e": "evaluate",
        "f": "evaluate", "g": "deploy", "h": "improve", "i": "evaluate", "j": "clean",
    }


# %% 00-orientation-ex2 wrong: folds monitoring into deployment and retraining into training
def assign_stages():
    return {
        "a": "explore", "b": "gather", "c": "deploy", "d": "clean", "e": "train",
        "f": "evaluate", "g": "deploy", "h": "train", "i": "train", "j": "clean",
    }


# %% 00-orientation-ex2 wrong: right stages but capitalised names, which are not in STAGES
def assign_stages():
    return {
        "a": "Explore", "b": "Gather", "c": "Monitor", "d": "Clean", "e": "Train",
        "f": "Evaluate", "g": "Deploy", "h": "Improve", "i": "Train", "j": "Clean",
    }


# %% 00-orientation-ex2 correct: starts from one stage for every item and corrects the exceptions
def assign_stages():
    plan = dict.fromkeys("abcdefghij", "clean")
    plan.update(a="explore", b="gather", c="monitor", e="train", f="evaluate", g="deploy", h="improve", i="train")
    return plan


# %% 00-orientation-ex2 wrong: calls the drift alert "improve", though noticing a problem is monitoring
def assign_stages():
    return {
        "a": "explore", "b": "gather", "c": "improve", "d": "clean", "e": "train",
        "f": "evaluate", "g": "deploy", "h": "improve", "i": "train", "j": "clean",
    }


# %% 00-orientation-ex2 wrong: counts the search over settings as "improve" rather than train and select
def assign_stages():
    return {
        "a": "explore", "b": "gather", "c": "monitor", "d": "clean", "e": "train",
        "f": "evaluate", "g": "deploy", "h": "improve", "i": "improve", "j": "clean",
    }


# %% 00-orientation-ex2 wrong: counts combining the sources into one table as cleaning
def assign_stages():
    return {
        "a": "explore", "b": "clean", "c": "monitor", "d": "clean", "e": "train",
        "f": "evaluate", "g": "deploy", "h": "improve", "i": "train", "j": "clean",
    }


# %% 00-orientation-ex3 correct: pandas with the population std (ddof=0), back to NumPy
def standardize(values):
    s = pd.Series(np.array(values, dtype=float))
    return ((s - s.mean()) / s.std(ddof=0)).to_numpy()


# %% 00-orientation-ex3 correct: mean and std written out on the non-missing values via a mask
def standardize(values):
    x = np.array(values, dtype=float)
    present = x[~np.isnan(x)]
    mean = present.sum() / present.size
    std = np.sqrt(((present - mean) ** 2).sum() / present.size)
    return (x - mean) / std


# %% 00-orientation-ex3 wrong: pandas' default std is the sample std (ddof=1)
def standardize(values):
    s = pd.Series(np.array(values, dtype=float))
    return ((s - s.mean()) / s.std()).to_numpy()


# %% 00-orientation-ex3 wrong: np.mean and np.std do not skip NaN, so everything becomes NaN
def standardize(values):
    x = np.asarray(values, dtype=float)
    return (x - np.mean(x)) / np.std(x)


# %% 00-orientation-ex3 wrong: in-place operators change the caller's array
def standardize(values):
    x = np.asarray(values, dtype=float)
    x -= np.nanmean(x)
    x /= np.nanstd(x)
    return x


# %% 00-orientation-ex3 wrong: divides by the std but forgets to subtract the mean
def standardize(values):
    x = np.asarray(values, dtype=float)
    return x / np.nanstd(x)


# %% 00-orientation-ex3 wrong: drops the NaNs instead of keeping them in place
def standardize(values):
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    return (x - x.mean()) / x.std()


# %% 00-orientation-ex3 correct: a masked array ignores the NaNs, then fills them back in
def standardize(values):
    masked = np.ma.masked_invalid(np.array(values, dtype=float))
    return ((masked - masked.mean()) / masked.std()).filled(np.nan)


# %% 00-orientation-ex3 wrong: centres on the median instead of the mean
def standardize(values):
    x = np.asarray(values, dtype=float)
    return (x - np.nanmedian(x)) / np.nanstd(x)


# %% 00-orientation-ex3 wrong: divides the sum of squares by every position, missing ones included
def standardize(values):
    x = np.asarray(values, dtype=float)
    mean = np.nanmean(x)
    std = np.sqrt(np.nansum((x - mean) ** 2) / len(x))
    return (x - mean) / std


# %% 00-orientation-ex3 wrong: fills the gaps with the mean first, so they are no longer NaN
def standardize(values):
    x = np.asarray(values, dtype=float)
    x = np.where(np.isnan(x), np.nanmean(x), x)
    return (x - x.mean()) / x.std()


# %% 00-orientation-ex3 wrong: np.nanstd with ddof=1, the sample standard deviation
def standardize(values):
    x = np.asarray(values, dtype=float)
    return (x - np.nanmean(x)) / np.nanstd(x, ddof=1)


# %% 00-orientation-ex4 correct: np.linalg.norm over the last axis of the broadcast differences
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.linalg.norm(a[:, None, :] - b[None, :, :], axis=-1)


# %% 00-orientation-ex4 correct: |x|^2 + |y|^2 - 2 x.y, clipped at 0 before the square root
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    squared = (a ** 2).sum(axis=1)[:, None] + (b ** 2).sum(axis=1)[None, :] - 2 * a @ b.T
    return np.sqrt(np.clip(squared, 0.0, None))


# %% 00-orientation-ex4 correct: a double loop is slow but right for these sizes
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    out = np.empty((a.shape[0], b.shape[0]))
    for i in range(a.shape[0]):
        for j in range(b.shape[0]):
            out[i, j] = np.sqrt(np.sum((a[i] - b[j]) ** 2))
    return out


# %% 00-orientation-ex4 wrong: forgets the square root (squared distances)
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return ((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=-1)


# %% 00-orientation-ex4 wrong: puts the new axes the other way round, giving shape (m, n)
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.sqrt(((b[:, None, :] - a[None, :, :]) ** 2).sum(axis=-1))


# %% 00-orientation-ex4 wrong: sums over the wrong axis (the points of b, not the coordinates)
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=1))


# %% 00-orientation-ex4 wrong: Manhattan distance (sum of absolute differences) instead of Euclidean
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.abs(a[:, None, :] - b[None, :, :]).sum(axis=-1)


# %% 00-orientation-ex4 correct: scipy's cdist on float arrays
def pairwise_distances(a, b):
    from scipy.spatial.distance import cdist

    return cdist(np.asarray(a, dtype=float), np.asarray(b, dtype=float))


# %% 00-orientation-ex4 correct: einsum over the coordinate axis of the broadcast differences
def pairwise_distances(a, b):
    diff = np.asarray(a, dtype=float)[:, None, :] - np.asarray(b, dtype=float)[None, :, :]
    return np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))


# %% 00-orientation-ex4 wrong: takes the square root before summing, which gives the Manhattan distance
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.sqrt((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=-1)


# %% 00-orientation-ex4 wrong: the largest coordinate difference (Chebyshev), not the Euclidean distance
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.abs(a[:, None, :] - b[None, :, :]).max(axis=-1)


# %% 00-orientation-ex4 wrong: converts to integers, truncating fractional coordinates
def pairwise_distances(a, b):
    a = np.asarray(a, dtype=int)
    b = np.asarray(b, dtype=int)
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=-1))


# %% 00-orientation-ex4 wrong: indexes with new axes without converting, so nested lists fail
def pairwise_distances(a, b):
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=-1))


# %% 00-orientation-ex4 wrong: no conversion to float, so unsigned 8-bit pixels wrap around when subtracted
def pairwise_distances(a, b):
    a = np.asarray(a)
    b = np.asarray(b)
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=-1))


# %% 00-orientation-ex5 correct: query with a local variable, then agg("mean")
def mean_by_species(df, column, sex):
    return df.query("sex == @sex").groupby("species")[column].agg("mean")


# %% 00-orientation-ex5 correct: a loop over the species with boolean masks
def mean_by_species(df, column, sex):
    result = {}
    of_sex = df[df["sex"] == sex]
    for species in of_sex["species"].unique():
        result[species] = of_sex.loc[of_sex["species"] == species, column].mean()
    return pd.Series(result, name=column, dtype=float)


# %% 00-orientation-ex5 correct: a pivot table, one column per sex, then the wanted column
def mean_by_species(df, column, sex):
    table = df.pivot_table(index="species", columns="sex", values=column, aggfunc="mean")
    return table[sex].dropna().rename(column)


# %% 00-orientation-ex5 wrong: groups by island instead of species
def mean_by_species(df, column, sex):
    return df[df["sex"] == sex].groupby("island")[column].mean()


# %% 00-orientation-ex5 wrong: double brackets return a DataFrame, not a Series
def mean_by_species(df, column, sex):
    return df[df["sex"] == sex].groupby("species")[[column]].mean()


# %% 00-orientation-ex5 wrong: forgets to keep only the birds of the given sex
def mean_by_species(df, column, sex):
    return df.groupby("species")[column].mean()


# %% 00-orientation-ex5 wrong: fills missing values with 0 before averaging
def mean_by_species(df, column, sex):
    chosen = df[df["sex"] == sex]
    return chosen[column].fillna(0).groupby(chosen["species"]).mean()


# %% 00-orientation-ex5 wrong: adds a helper column to the caller's DataFrame (mutates it)
def mean_by_species(df, column, sex):
    df["_keep"] = df["sex"] == sex
    return df[df["_keep"]].groupby("species")[column].mean()


# %% 00-orientation-ex5 correct: group by species and sex, then take the cross-section of one sex
def mean_by_species(df, column, sex):
    means = df.groupby(["species", "sex"])[column].mean()
    return means.xs(sex, level="sex").rename(column)


# %% 00-orientation-ex5 wrong: str.contains("male") also matches "female"
def mean_by_species(df, column, sex):
    chosen = df[df["sex"].str.contains(sex, na=False)]
    return chosen.groupby("species")[column].mean()


# %% 00-orientation-ex5 wrong: dropna() on the whole table also drops birds with a gap in another column
def mean_by_species(df, column, sex):
    clean = df.dropna()
    return clean[clean["sex"] == sex].groupby("species")[column].mean()


# %% 00-orientation-ex5 wrong: unstacking the sexes keeps species with no bird of that sex, as NaN
def mean_by_species(df, column, sex):
    return df.groupby(["species", "sex"])[column].mean().unstack()[sex].rename(column)


# %% 00-orientation-ex5 wrong: the median, not the mean
def mean_by_species(df, column, sex):
    return df[df["sex"] == sex].groupby("species")[column].median()


# %% 00-orientation-ex6 correct: DataFrame.join on the island column keeps the index by itself
def add_island_facts(birds, facts):
    return birds.join(facts.set_index("island"), on="island", validate="many_to_one")


# %% 00-orientation-ex6 correct: map each fact column on a copy, after checking the keys are unique
def add_island_facts(birds, facts):
    lookup = facts.set_index("island", verify_integrity=True)
    out = birds.copy()
    for name in lookup.columns:
        out[name] = out["island"].map(lookup[name])
    return out


# %% 00-orientation-ex6 correct: merge with set_axis, keeping the original index
def add_island_facts(birds, facts):
    return pd.merge(birds, facts, how="left", on="island", validate="m:1").set_axis(birds.index)


# %% 00-orientation-ex6 wrong: inner join (the default) drops the birds of islands missing in facts
def add_island_facts(birds, facts):
    merged = birds.merge(facts, on="island", validate="many_to_one")
    return merged.set_axis(birds.index[birds["island"].isin(facts["island"])])


# %% 00-orientation-ex6 wrong: left merge without putting the index of birds back
def add_island_facts(birds, facts):
    return birds.merge(facts, on="island", how="left", validate="many_to_one")


# %% 00-orientation-ex6 wrong: no validate, so a duplicated island silently duplicates birds
def add_island_facts(birds, facts):
    return birds.join(facts.set_index("island"), on="island")


# %% 00-orientation-ex6 wrong: facts on the left, so birds become the lookup (order and rows change)
def add_island_facts(birds, facts):
    merged = facts.merge(birds, on="island", how="left")
    return merged[list(birds.columns) + [c for c in facts.columns if c != "island"]]


# %% 00-orientation-ex6 wrong: adds the columns to the caller's birds DataFrame in place
def add_island_facts(birds, facts):
    lookup = facts.set_index("island")
    for name in lookup.columns:
        birds[name] = birds["island"].map(lookup[name])
    return birds


# %% 00-orientation-ex6 correct: carries the index through the merge as a column, then puts it back
def add_island_facts(birds, facts):
    merged = birds.reset_index().merge(facts, on="island", how="left", validate="many_to_one")
    return merged.set_index("index").rename_axis(birds.index.name)


# %% 00-orientation-ex6 wrong: an outer join adds rows for islands no bird comes from
def add_island_facts(birds, facts):
    merged = birds.merge(facts, on="island", how="outer", validate="many_to_one")
    return merged.iloc[: len(birds)].set_axis(birds.index)


# %% 00-orientation-ex6 wrong: detects duplicated islands by the row count, missing those no bird uses
def add_island_facts(birds, facts):
    merged = birds.merge(facts, on="island", how="left")
    if len(merged) != len(birds):
        raise ValueError("facts lists an island twice")
    return merged.set_axis(birds.index)


# %% 00-orientation-ex6 wrong: silently drops duplicated islands instead of raising
def add_island_facts(birds, facts):
    unique = facts.drop_duplicates("island")
    return birds.merge(unique, on="island", how="left", validate="many_to_one").set_axis(birds.index)


# %% 00-orientation-ex6 wrong: sort=True reorders the rows by island before the index is put back
def add_island_facts(birds, facts):
    merged = birds.merge(facts, on="island", how="left", validate="many_to_one", sort=True)
    return merged.set_axis(birds.index)

# Answers written blind to the graders by an outside tester (issue 12): each wrong one must fail,
# each correct one must pass.

# %% 00-orientation-ex1 wrong: no check for empty input, so accuracy([], []) raises ZeroDivisionError instead of "raise a ValueError ... if they are empty"
def accuracy(y_true, y_pred):
    """Share of examples whose predicted label equals the true label, as a float in [0, 1]."""
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred must have the same length")
    correct = sum(1 for t, p in zip(y_true, y_pred) if t == p)
    return correct / len(y_true)

# %% 00-orientation-ex1 wrong: no length check, zip silently truncates to the shorter sequence; violates "raise a ValueError if the two sequences have different lengths"
def accuracy(y_true, y_pred):
    """Share of examples whose predicted label equals the true label, as a float in [0, 1]."""
    pairs = list(zip(y_true, y_pred))
    if not pairs:
        raise ValueError("no predictions")
    correct = sum(1 for t, p in pairs if t == p)
    return correct / len(pairs)

# %% 00-orientation-ex1 wrong: uses assert (AssertionError) for the checks instead of "raise a ValueError"
def accuracy(y_true, y_pred):
    """Share of examples whose predicted label equals the true label, as a float in [0, 1]."""
    assert len(y_true) == len(y_pred), "lengths differ"
    assert len(y_true) > 0, "no examples"
    correct = 0
    for t, p in zip(y_true, y_pred):
        if t == p:
            correct += 1
    return correct / len(y_true)

# %% 00-orientation-ex1 wrong: returns 0.0 for empty input instead of raising ValueError ("or if they are empty")
def accuracy(y_true, y_pred):
    """Share of examples whose predicted label equals the true label, as a float in [0, 1]."""
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred must have the same length")
    if len(y_true) == 0:
        return 0.0
    correct = sum(1 for t, p in zip(y_true, y_pred) if t == p)
    return correct / len(y_true)

# %% 00-orientation-ex1 correct: map(operator.eq) over the pairs, explicit float()
def accuracy(y_true, y_pred):
    """Share of examples whose predicted label equals the true label, as a float in [0, 1]."""
    import operator

    n_true, n_pred = len(y_true), len(y_pred)
    if n_true != n_pred:
        raise ValueError(f"y_true has {n_true} labels but y_pred has {n_pred}")
    if n_true == 0:
        raise ValueError("accuracy of zero predictions is undefined")
    hits = sum(bool(eq) for eq in map(operator.eq, y_true, y_pred))
    return float(hits) / float(n_true)

# %% 00-orientation-ex2 wrong: model comparison with cross-validation (e) put in "evaluate"; the table says cross-validation used to choose between models belongs to "train"
def assign_stages():
    """Return a dict mapping each letter of WORK_ITEMS to its lifecycle stage, one of STAGES."""
    return {"a": "explore", "b": "gather", "c": "monitor", "d": "clean", "e": "evaluate",
            "f": "evaluate", "g": "deploy", "h": "improve", "i": "train", "j": "clean"}

# %% 00-orientation-ex2 wrong: retraining after the drift alert (h) put in "monitor"; the task says doing something about a problem is "improve"
def assign_stages():
    """Return a dict mapping each letter of WORK_ITEMS to its lifecycle stage, one of STAGES."""
    return {"a": "explore", "b": "gather", "c": "monitor", "d": "clean", "e": "train",
            "f": "evaluate", "g": "deploy", "h": "monitor", "i": "train", "j": "clean"}

# %% 00-orientation-ex2 wrong: scaling and one-hot encoding (j) put in "train"; the table puts scaling and encoding in "clean"
def assign_stages():
    """Return a dict mapping each letter of WORK_ITEMS to its lifecycle stage, one of STAGES."""
    return {"a": "explore", "b": "gather", "c": "monitor", "d": "clean", "e": "train",
            "f": "evaluate", "g": "deploy", "h": "improve", "i": "train", "j": "train"}

# %% 00-orientation-ex2 wrong: hyper-parameter search (i) put in "evaluate"; the table says tuning settings and picking one is "train"
def assign_stages():
    """Return a dict mapping each letter of WORK_ITEMS to its lifecycle stage, one of STAGES."""
    return {"a": "explore", "b": "gather", "c": "monitor", "d": "clean", "e": "train",
            "f": "evaluate", "g": "deploy", "h": "improve", "i": "evaluate", "j": "clean"}

# %% 00-orientation-ex2 correct: built from per-stage lists of letters
def assign_stages():
    """Return a dict mapping each letter of WORK_ITEMS to its lifecycle stage, one of STAGES."""
    by_stage = {
        "gather": "b",
        "clean": "dj",
        "explore": "a",
        "train": "ei",
        "evaluate": "f",
        "deploy": "g",
        "monitor": "c",
        "improve": "h",
    }
    return {letter: stage for stage, letters in by_stage.items() for letter in letters}

# %% 00-orientation-ex3 wrong: sample standard deviation (ddof=1) instead of the stated population std (divide by n)
def standardize(values):
    """Return the z-scores of `values` as a new float array (population std, NaN ignored and kept)."""
    x = np.asarray(values, dtype=float)
    return (x - np.nanmean(x)) / np.nanstd(x, ddof=1)

# %% 00-orientation-ex3 wrong: in-place -= and /= on np.asarray(values): a float array passed in is changed; violates "a new NumPy array" and "Do not change values"
def standardize(values):
    """Return the z-scores of `values` as a new float array (population std, NaN ignored and kept)."""
    x = np.asarray(values, dtype=float)
    mean = np.nanmean(x)
    std = np.nanstd(x)
    x -= mean
    x /= std
    return x

# %% 00-orientation-ex3 wrong: np.array(values) without dtype=float, z-scores written back into an int array get truncated; violates "a new NumPy array of floats"
def standardize(values):
    """Return the z-scores of `values` as a new float array (population std, NaN ignored and kept)."""
    x = np.array(values)
    known = ~np.isnan(x)
    x[known] = (x[known] - x[known].mean()) / x[known].std()
    return x

# %% 00-orientation-ex3 wrong: centres on the median (np.nanmedian) instead of the mean; violates "(x - mean) / std"
def standardize(values):
    """Return the z-scores of `values` as a new float array (population std, NaN ignored and kept)."""
    x = np.asarray(values, dtype=float)
    return (x - np.nanmedian(x)) / np.nanstd(x)

# %% 00-orientation-ex3 correct: pandas Series (mean skips NaN), std with ddof=0
def standardize(values):
    """Return the z-scores of `values` as a new float array (population std, NaN ignored and kept)."""
    s = pd.Series(np.array(values, dtype=float, copy=True))
    z = (s - s.mean(skipna=True)) / s.std(ddof=0, skipna=True)
    return z.to_numpy(dtype=float, copy=True)

# %% 00-orientation-ex4 wrong: no np.asarray, so nested lists (allowed by "an array (or nested list)") raise TypeError on slicing
def pairwise_distances(a, b):
    """Return the (n, m) array of Euclidean distances between the rows of a (n, d) and b (m, d)."""
    diff = a[:, np.newaxis, :] - b[np.newaxis, :, :]
    return np.sqrt((diff ** 2).sum(axis=-1))

# %% 00-orientation-ex4 wrong: Python list comprehension ("with no Python loop"), and for n = 0 it returns shape (0,) instead of the stated (0, m)
def pairwise_distances(a, b):
    """Return the (n, m) array of Euclidean distances between the rows of a (n, d) and b (m, d)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.array([[np.sqrt(((p - q) ** 2).sum()) for q in b] for p in a])

# %% 00-orientation-ex4 wrong: |a|^2 + |b|^2 - 2ab expansion without clipping; rounding gives tiny negatives -> NaN (or non-zero self-distances) instead of the Euclidean distance
def pairwise_distances(a, b):
    """Return the (n, m) array of Euclidean distances between the rows of a (n, d) and b (m, d)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    sq = (a ** 2).sum(axis=1)[:, None] + (b ** 2).sum(axis=1)[None, :] - 2 * a @ b.T
    return np.sqrt(sq)

# %% 00-orientation-ex4 wrong: forgets the square root; returns squared distances, violates "the square root of the sum"
def pairwise_distances(a, b):
    """Return the (n, m) array of Euclidean distances between the rows of a (n, d) and b (m, d)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return ((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=-1)

# %% 00-orientation-ex4 correct: np.linalg.norm over the last axis of the broadcast difference, shapes fixed with reshape
def pairwise_distances(a, b):
    """Return the (n, m) array of Euclidean distances between the rows of a (n, d) and b (m, d)."""
    A = np.array(a, dtype=float)
    B = np.array(b, dtype=float)
    n, m = A.shape[0], B.shape[0]
    d = B.shape[1] if B.ndim == 2 else (A.shape[1] if A.ndim == 2 else 0)
    A = A.reshape(n, 1, d)
    B = B.reshape(1, m, d)
    return np.linalg.norm(A - B, axis=-1).reshape(n, m).astype(float)

# %% 00-orientation-ex5 wrong: sex filtered with str.contains, so "male" also matches "female"; violates "whose sex equals sex"
def mean_by_species(df, column, sex):
    """Return a Series, indexed by species and named `column`: the mean of `column` for the birds of `sex`."""
    mask = df["sex"].str.contains(sex, na=False)
    return df[mask].groupby("species")[column].mean()

# %% 00-orientation-ex5 wrong: dropna(inplace=True) on the caller's DataFrame; violates "Do not change df"
def mean_by_species(df, column, sex):
    """Return a Series, indexed by species and named `column`: the mean of `column` for the birds of `sex`."""
    df.dropna(subset=[column, "sex"], inplace=True)
    return df[df["sex"] == sex].groupby("species")[column].mean()

# %% 00-orientation-ex5 wrong: fills missing values with 0 before averaging; violates "Missing values of column are left out of the mean (not counted as 0)"
def mean_by_species(df, column, sex):
    """Return a Series, indexed by species and named `column`: the mean of `column` for the birds of `sex`."""
    rows = df[df["sex"] == sex]
    return rows[column].fillna(0).groupby(rows["species"]).mean()

# %% 00-orientation-ex5 wrong: double brackets return a one-column DataFrame, not the stated "pandas Series (not a DataFrame)"
def mean_by_species(df, column, sex):
    """Return a Series, indexed by species and named `column`: the mean of `column` for the birds of `sex`."""
    rows = df.loc[df["sex"] == sex]
    return rows.groupby("species")[[column]].mean()

# %% 00-orientation-ex5 correct: explicit loop over species with Series.mean, result built as a named Series
def mean_by_species(df, column, sex):
    """Return a Series, indexed by species and named `column`: the mean of `column` for the birds of `sex`."""
    chosen = df.loc[(df["sex"] == sex).fillna(False).astype(bool), ["species", column]]
    means = {}
    for species in pd.unique(chosen["species"]):
        vals = chosen.loc[chosen["species"] == species, column]
        means[species] = vals.mean(skipna=True)
    out = pd.Series(means, name=column, dtype=float)
    out.index.name = "species"
    return out

# %% 00-orientation-ex6 wrong: left merge without validate="many_to_one": a duplicated island silently duplicates birds; violates "if facts lists an island more than once, raise an error"
def add_island_facts(birds, facts):
    """Return a new DataFrame: `birds` (same rows, order and index) plus the fact columns of `facts`."""
    out = birds.merge(facts, on="island", how="left")
    if len(out) == len(birds):
        out.index = birds.index
    return out

# %% 00-orientation-ex6 wrong: stores the index in a helper column of the caller's birds before merging; violates "Do not change birds"
def add_island_facts(birds, facts):
    """Return a new DataFrame: `birds` (same rows, order and index) plus the fact columns of `facts`."""
    birds["_row"] = birds.index
    out = birds.merge(facts, on="island", how="left", validate="many_to_one")
    out = out.set_index("_row")
    out.index.name = birds.index.name
    return out

# %% 00-orientation-ex6 wrong: default inner join drops birds whose island is missing in facts; violates "same rows as birds" / "gets NaN"
def add_island_facts(birds, facts):
    """Return a new DataFrame: `birds` (same rows, order and index) plus the fact columns of `facts`."""
    out = birds.reset_index().merge(facts, on="island", validate="many_to_one")
    return out.set_index("index").rename_axis(birds.index.name)

# %% 00-orientation-ex6 wrong: keeps merge's fresh 0..n-1 index; violates "with the same index"
def add_island_facts(birds, facts):
    """Return a new DataFrame: `birds` (same rows, order and index) plus the fact columns of `facts`."""
    return birds.merge(facts, on="island", how="left", validate="many_to_one")

# %% 00-orientation-ex6 correct: explicit duplicate check, then map each fact column through an island-indexed lookup
def add_island_facts(birds, facts):
    """Return a new DataFrame: `birds` (same rows, order and index) plus the fact columns of `facts`."""
    if facts["island"].duplicated().any():
        raise pd.errors.MergeError("facts lists an island more than once")
    lookup = facts.set_index("island")
    out = birds.copy()
    for col in lookup.columns:
        out[col] = birds["island"].map(lookup[col])
    return out
