# Answer variants for solutions/05-algorithm-selection/05-algorithm-selection.ipynb (see CONTRIBUTING.md).
# Each block replaces the whole answer cell of its exercise. A "correct" block must pass every test cell of
# that exercise; a "wrong" block must fail one with an AssertionError. The notebook's namespace (np, pd,
# time, pickle, clone, the scikit-learn classes and the data) is available.

# %% 05-algorithm-selection-ex1 correct: a lookup table, the "prior" strategy and cross_val_score
def baseline_score(X, y, task, cv):
    from sklearn.model_selection import cross_val_score

    choices = {
        "classification": (DummyClassifier(strategy="prior"), "accuracy"),
        "regression": (DummyRegressor(), "neg_mean_absolute_error"),
    }
    if task not in choices:
        raise ValueError(f"unknown task {task!r}")
    model, scoring = choices[task]
    return float(abs(cross_val_score(model, X, y, cv=cv, scoring=scoring).mean()))


# %% 05-algorithm-selection-ex1 correct: no dummy at all, the folds of cv walked by hand with NumPy
def baseline_score(X, y, task, cv):
    if task not in ("classification", "regression"):
        raise ValueError(task)
    y = np.asarray(y)
    scores = []
    for train, test in cv.split(X, y):
        if task == "classification":
            values, counts = np.unique(y[train], return_counts=True)
            scores.append(np.mean(y[test] == values[np.argmax(counts)]))
        else:
            scores.append(np.mean(np.abs(y[test] - y[train].mean())))
    return float(np.mean(scores))


# %% 05-algorithm-selection-ex1 wrong: the "stratified" dummy guesses at random, a weaker bar
def baseline_score(X, y, task, cv):
    if task == "classification":
        model, scoring, sign = DummyClassifier(strategy="stratified", random_state=0), "accuracy", 1
    elif task == "regression":
        model, scoring, sign = DummyRegressor(), "neg_mean_absolute_error", -1
    else:
        raise ValueError(task)
    return float(sign * cross_validate(model, X, y, cv=cv, scoring=scoring)["test_score"].mean())


# %% 05-algorithm-selection-ex1 wrong: returns the negative MAE as the scorer gives it
def baseline_score(X, y, task, cv):
    if task == "classification":
        model, scoring = DummyClassifier(strategy="most_frequent"), "accuracy"
    elif task == "regression":
        model, scoring = DummyRegressor(strategy="mean"), "neg_mean_absolute_error"
    else:
        raise ValueError(task)
    return float(cross_validate(model, X, y, cv=cv, scoring=scoring)["test_score"].mean())


# %% 05-algorithm-selection-ex1 wrong: keeps the default scorer, so regression reports R squared, not the MAE
def baseline_score(X, y, task, cv):
    if task == "classification":
        model = DummyClassifier(strategy="most_frequent")
    elif task == "regression":
        model = DummyRegressor(strategy="mean")
    else:
        raise ValueError(task)
    return float(cross_validate(model, X, y, cv=cv)["test_score"].mean())


# %% 05-algorithm-selection-ex1 wrong: ignores the splitter it is given and uses cv=5
def baseline_score(X, y, task, cv):
    if task == "classification":
        model, scoring, sign = DummyClassifier(strategy="most_frequent"), "accuracy", 1
    elif task == "regression":
        model, scoring, sign = DummyRegressor(strategy="mean"), "neg_mean_absolute_error", -1
    else:
        raise ValueError(task)
    return float(sign * cross_validate(model, X, y, cv=5, scoring=scoring)["test_score"].mean())


# %% 05-algorithm-selection-ex1 wrong: the training score: fits on all the rows and scores the same rows
def baseline_score(X, y, task, cv):
    if task == "classification":
        return float(DummyClassifier(strategy="most_frequent").fit(X, y).score(X, y))
    if task == "regression":
        from sklearn.metrics import mean_absolute_error

        predictions = DummyRegressor(strategy="mean").fit(X, y).predict(X)
        return float(mean_absolute_error(y, predictions))
    raise ValueError(task)


# %% 05-algorithm-selection-ex1 wrong: the median dummy for regression instead of the mean
def baseline_score(X, y, task, cv):
    if task == "classification":
        model, scoring, sign = DummyClassifier(strategy="most_frequent"), "accuracy", 1
    elif task == "regression":
        model, scoring, sign = DummyRegressor(strategy="median"), "neg_mean_absolute_error", -1
    else:
        raise ValueError(task)
    return float(sign * cross_validate(model, X, y, cv=cv, scoring=scoring)["test_score"].mean())


# %% 05-algorithm-selection-ex1 wrong: returns the array of fold scores instead of their mean
def baseline_score(X, y, task, cv):
    if task == "classification":
        model, scoring, sign = DummyClassifier(strategy="most_frequent"), "accuracy", 1
    elif task == "regression":
        model, scoring, sign = DummyRegressor(strategy="mean"), "neg_mean_absolute_error", -1
    else:
        raise ValueError(task)
    return sign * cross_validate(model, X, y, cv=cv, scoring=scoring)["test_score"]


# %% 05-algorithm-selection-ex1 correct: cross_val_score with a positive MAE scorer made by make_scorer, the default dummy classifier
def baseline_score(X, y, task, cv):
    from sklearn.metrics import make_scorer, mean_absolute_error
    from sklearn.model_selection import cross_val_score

    if task == "regression":
        scores = cross_val_score(DummyRegressor(), X, y, cv=cv, scoring=make_scorer(mean_absolute_error))
    elif task == "classification":
        scores = cross_val_score(DummyClassifier(), X, y, cv=cv, scoring="accuracy")
    else:
        raise ValueError("task must be 'classification' or 'regression'")
    return float(np.mean(scores))


# %% 05-algorithm-selection-ex1 wrong: pools the out-of-fold predictions (cross_val_predict) instead of averaging the fold scores
def baseline_score(X, y, task, cv):
    from sklearn.metrics import mean_absolute_error
    from sklearn.model_selection import cross_val_predict

    if task == "classification":
        return float(accuracy_score(y, cross_val_predict(DummyClassifier(strategy="most_frequent"), X, y, cv=cv)))
    if task == "regression":
        return float(mean_absolute_error(y, cross_val_predict(DummyRegressor(strategy="mean"), X, y, cv=cv)))
    raise ValueError(task)


# %% 05-algorithm-selection-ex1 wrong: the root mean squared error instead of the mean absolute error
def baseline_score(X, y, task, cv):
    if task == "classification":
        model, scoring = DummyClassifier(strategy="most_frequent"), "accuracy"
    elif task == "regression":
        model, scoring = DummyRegressor(strategy="mean"), "neg_root_mean_squared_error"
    else:
        raise ValueError(task)
    return float(abs(cross_validate(model, X, y, cv=cv, scoring=scoring)["test_score"].mean()))


# %% 05-algorithm-selection-ex1 wrong: fits the dummy once on all the rows, then scores it on each held-out fold
def baseline_score(X, y, task, cv):
    from sklearn.metrics import mean_absolute_error

    if task not in ("classification", "regression"):
        raise ValueError(task)
    y = np.asarray(y)
    model = DummyClassifier(strategy="most_frequent") if task == "classification" else DummyRegressor()
    model.fit(X, y)
    scores = []
    for _, test in cv.split(X, y):
        predictions = model.predict(np.zeros((len(test), 1)))
        if task == "classification":
            scores.append(accuracy_score(y[test], predictions))
        else:
            scores.append(mean_absolute_error(y[test], predictions))
    return float(np.mean(scores))


# %% 05-algorithm-selection-ex1 wrong: the median absolute error scorer instead of the mean absolute error
def baseline_score(X, y, task, cv):
    if task == "classification":
        model, scoring = DummyClassifier(strategy="most_frequent"), "accuracy"
    elif task == "regression":
        model, scoring = DummyRegressor(strategy="mean"), "neg_median_absolute_error"
    else:
        raise ValueError(task)
    return -float(cross_validate(model, X, y, cv=cv, scoring=scoring)["test_score"].mean()) * (1 if task == "regression" else -1)


# %% 05-algorithm-selection-ex2 correct: make_pipeline and the defaults of cross_validate
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    folds = StratifiedKFold(n_splits, shuffle=True, random_state=seed)
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=folds,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 correct: the folds walked by hand, one cloned pipeline per fold
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    y = np.asarray(y)
    rows = (lambda idx: X.iloc[idx]) if isinstance(X, pd.DataFrame) else (lambda idx: np.asarray(X)[idx])
    out = {"test_score": [], "train_score": [], "estimator": []}
    for train, test in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(X, y):
        pipeline = Pipeline([("scale", StandardScaler()), ("model", clone(model))])
        pipeline.fit(rows(train), y[train])
        out["test_score"].append(accuracy_score(y[test], pipeline.predict(rows(test))))
        out["train_score"].append(accuracy_score(y[train], pipeline.predict(rows(train))))
        out["estimator"].append(pipeline)
    out["test_score"], out["train_score"] = np.array(out["test_score"]), np.array(out["train_score"])
    return out


# %% 05-algorithm-selection-ex2 wrong: scales all of X before the split, so the scaler sees the held-out folds
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    X_scaled = StandardScaler().fit_transform(X)
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(model, X_scaled, y, cv=folds, return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: scales X up front "to be safe" and also puts a scaler in the pipeline
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    X_scaled = StandardScaler().fit_transform(X)
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(make_pipeline(StandardScaler(), model), X_scaled, y, cv=folds,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: plain KFold, not stratified
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    folds = KFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=folds,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: passes cv=n_splits, which stratifies but never shuffles
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=n_splits,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: a hard-coded random_state=0 instead of the seed argument
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=0)
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=folds,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: forgets to ask for the training scores
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=folds, return_estimator=True)


# %% 05-algorithm-selection-ex2 correct: the splits passed as a list of index pairs, a make_scorer accuracy
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    from sklearn.metrics import make_scorer

    splits = list(StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(X, y))
    steps = Pipeline(steps=[("standardise", StandardScaler()), ("classifier", model)])
    return cross_validate(steps, X, y, cv=splits, scoring=make_scorer(accuracy_score),
                          return_estimator=True, return_train_score=True)


# %% 05-algorithm-selection-ex2 wrong: a MinMaxScaler instead of the StandardScaler
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    from sklearn.preprocessing import MinMaxScaler

    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(make_pipeline(MinMaxScaler(), model), X, y, cv=folds,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: seeds NumPy's global generator and leaves the splitter's random_state unset
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    np.random.seed(seed)
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True)
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=folds,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: balanced accuracy instead of accuracy
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=folds, scoring="balanced_accuracy",
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: StratifiedShuffleSplit, whose test parts overlap and leave rows out
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    from sklearn.model_selection import StratifiedShuffleSplit

    folds = StratifiedShuffleSplit(n_splits=n_splits, test_size=1 / n_splits, random_state=seed)
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=folds,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: the splitter always has 5 folds, whatever n_splits says
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    return cross_validate(make_pipeline(StandardScaler(), model), X, y, cv=folds,
                          return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex2 wrong: fits the model passed in once "to check it works" before cross-validating
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    pipeline = make_pipeline(StandardScaler(), model)
    pipeline.fit(X, y)
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(pipeline, X, y, cv=folds, return_train_score=True, return_estimator=True)


# %% 05-algorithm-selection-ex3 correct: a named multi-metric scorer, a dict of columns, nsmallest to sort
def compare_regressors(models, X, y, cv):
    columns = {c: [] for c in ["model", "cv_mae", "cv_mae_std", "train_mae", "fit_time_s",
                               "predict_ms_per_row", "size_bytes"]}
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring={"mae": "neg_mean_absolute_error"},
                           return_train_score=True)
        columns["model"].append(name)
        columns["cv_mae"].append(float(np.mean(np.abs(s["test_mae"]))))
        columns["cv_mae_std"].append(float(pd.Series(s["test_mae"]).std()))
        columns["train_mae"].append(float(np.mean(np.abs(s["train_mae"]))))
        columns["fit_time_s"].append(float(np.mean(s["fit_time"])))
        columns["predict_ms_per_row"].append(1000 * float(np.sum(s["score_time"])) / len(y))
        columns["size_bytes"].append(len(pickle.dumps(clone(model).fit(X, y))))
    table = pd.DataFrame(columns)
    return table.nsmallest(len(table), "cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 correct: the folds walked by hand, timed with perf_counter
def compare_regressors(models, X, y, cv):
    from sklearn.metrics import mean_absolute_error

    y = np.asarray(y)
    take = (lambda idx: X.iloc[idx]) if isinstance(X, pd.DataFrame) else (lambda idx: np.asarray(X)[idx])
    rows = []
    for name, model in models.items():
        test_mae, train_mae, fit_s, predict_s = [], [], [], []
        for train, test in cv.split(X, y):
            fitted = clone(model)
            start = time.perf_counter()
            fitted.fit(take(train), y[train])
            fit_s.append(time.perf_counter() - start)
            start = time.perf_counter()
            predictions = fitted.predict(take(test))
            predict_s.append(time.perf_counter() - start)
            test_mae.append(mean_absolute_error(y[test], predictions))
            train_mae.append(mean_absolute_error(y[train], fitted.predict(take(train))))
        rows.append({"model": name, "cv_mae": np.mean(test_mae), "cv_mae_std": np.std(test_mae),
                     "train_mae": np.mean(train_mae), "fit_time_s": np.mean(fit_s),
                     "predict_ms_per_row": 1000 * np.sum(predict_s) / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae", ignore_index=True)


# %% 05-algorithm-selection-ex3 wrong: keeps the scorer's sign, so every MAE is negative
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: reports the training MAE as the CV MAE
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["train_score"].mean(), "cv_mae_std": s["train_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: the default scorer (R squared) flipped as if it were an error
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: sorts highest first, as one would for an accuracy
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae", ascending=False).reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: pickles the unfitted model, so k-NN looks as small as a linear model
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(model))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: sys.getsizeof measures the Python object header, not the model
def compare_regressors(models, X, y, cv):
    import sys

    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": sys.getsizeof(clone(model).fit(X, y))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: fits the caller's models in place to measure their size
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(model.fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: ignores the splitter and uses cv=5
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=5, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 correct: cross_validate's dict as a DataFrame, statistics.stdev (ddof=1), sorted() on the rows
def compare_regressors(models, X, y, cv):
    import statistics

    rows = []
    for name, model in models.items():
        folds = pd.DataFrame(cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error",
                                            return_train_score=True))
        test_mae = (-folds["test_score"]).tolist()
        rows.append({
            "model": name,
            "cv_mae": statistics.fmean(test_mae),
            "cv_mae_std": statistics.stdev(test_mae) if len(test_mae) > 1 else 0.0,
            "train_mae": -folds["train_score"].mean(),
            "fit_time_s": folds["fit_time"].mean(),
            "predict_ms_per_row": folds["score_time"].sum() * 1000 / len(y),
            "size_bytes": len(pickle.dumps(clone(model).fit(X, y))),
        })
    rows = sorted(rows, key=lambda row: row["cv_mae"])
    return pd.DataFrame(rows, columns=["model", "cv_mae", "cv_mae_std", "train_mae", "fit_time_s",
                                       "predict_ms_per_row", "size_bytes"])


# %% 05-algorithm-selection-ex3 wrong: fit_time_s sums the folds' fit times instead of averaging them
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].sum(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: predict_ms_per_row from the mean score_time of a fold instead of the sum over all folds
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].mean() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: predict_ms_per_row left in seconds per row
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: fit_time_s timed on the final fit on all the rows, not the folds' fits
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        start = time.perf_counter()
        fitted = clone(model).fit(X, y)
        fit_seconds = time.perf_counter() - start
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": fit_seconds,
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(fitted))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: cv_mae pooled over the out-of-fold predictions (cross_val_predict) instead of the mean of the folds' MAEs
def compare_regressors(models, X, y, cv):
    from sklearn.metrics import mean_absolute_error
    from sklearn.model_selection import cross_val_predict

    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        pooled = mean_absolute_error(y, cross_val_predict(model, X, y, cv=cv))
        rows.append({"model": name, "cv_mae": pooled, "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: size_bytes of the last fold's fitted model (return_estimator), not one fitted on all the rows
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True,
                           return_estimator=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(s["estimator"][-1]))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: sorted but the old index kept (no reset_index)
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae")


# %% 05-algorithm-selection-ex3 wrong: cv_mae_std is the spread of the training MAEs
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["train_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: fit_time_s includes the scoring time
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": (s["fit_time"] + s["score_time"]).mean(),
                     "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 wrong: divides the score time by the held-out rows of each fold and averages
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        sizes = np.array([len(t) for _, t in cv.split(X, y)])
        rows.append({"model": name, "cv_mae": -s["test_score"].mean(), "cv_mae_std": s["test_score"].std(),
                     "train_mae": -s["train_score"].mean(), "fit_time_s": s["fit_time"].mean(),
                     "predict_ms_per_row": 1000 * np.mean(s["score_time"] / sizes),
                     "size_bytes": len(pickle.dumps(clone(model).fit(X, y)))})
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)


# %% 05-algorithm-selection-ex3 correct: one cross_validate with return_estimator, sorted with sort_values(ignore_index=True)
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True, return_estimator=True)
        rows.append([name, float(np.mean(-s["test_score"])), float(np.std(-s["test_score"])), float(np.mean(-s["train_score"])),
                     float(np.mean(s["fit_time"])), float(np.sum(s["score_time"]) * 1000 / X.shape[0]),
                     len(pickle.dumps(clone(model).fit(X, y)))])
    table = pd.DataFrame(rows, columns=["model", "cv_mae", "cv_mae_std", "train_mae", "fit_time_s", "predict_ms_per_row", "size_bytes"])
    return table.sort_values(by="cv_mae", ignore_index=True)


# %% 05-algorithm-selection-ex4 correct: np.quantile on a comprehension, X.iloc[[i]] for a DataFrame
def latency_profile(model, X, clock=time.perf_counter):
    def timed(rows):
        start = clock()
        model.predict(rows)
        return clock() - start

    is_frame = isinstance(X, pd.DataFrame)
    single = np.array([timed(X.iloc[[i]] if is_frame else X[[i]]) for i in range(len(X))]) * 1000
    return {"mean_ms": float(single.mean()), "p95_ms": float(np.quantile(single, 0.95)),
            "batch_ms_per_row": 1000 * timed(X) / len(X)}


# %% 05-algorithm-selection-ex4 correct: an untimed warm-up call first, pandas' quantile (also linear)
def latency_profile(model, X, clock=time.perf_counter):
    take = (lambda i: X.iloc[i:i + 1]) if hasattr(X, "iloc") else (lambda i: X[i:i + 1])
    model.predict(take(0))                      # warm-up: caches, lazy imports; not timed
    durations = []
    for i in range(len(X)):
        row = take(i)
        before = clock()
        model.predict(row)
        after = clock()
        durations.append((after - before) * 1000)
    series = pd.Series(durations)
    before = clock()
    model.predict(X)
    batch = (clock() - before) * 1000
    return {"mean_ms": series.mean(), "p95_ms": series.quantile(0.95), "batch_ms_per_row": batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: reports the mean as the p95
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    mean_ms = 1000 * float(np.mean(durations))
    return {"mean_ms": mean_ms, "p95_ms": mean_ms, "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: the maximum instead of the 95th percentile
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(durations_ms.max()),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: leaves the durations in seconds
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    return {"mean_ms": float(np.mean(durations)), "p95_ms": float(np.percentile(durations, 95)),
            "batch_ms_per_row": batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: np.percentile(durations, 0.95) is the 0.95th percentile, not the 95th
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(np.percentile(durations_ms, 0.95)),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: ignores the clock argument and reads time.perf_counter directly
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = time.perf_counter()
        model.predict(row)
        durations.append(time.perf_counter() - start)
    start = time.perf_counter()
    model.predict(X)
    batch = time.perf_counter() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(np.percentile(durations_ms, 95)),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: predicts X[i], a 1-D row, instead of a one-row 2-D slice
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i] if isinstance(X, pd.DataFrame) else X[i]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(np.percentile(durations_ms, 95)),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: batch_ms_per_row is the whole batch's time, not divided by the rows
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(np.percentile(durations_ms, 95)),
            "batch_ms_per_row": 1000 * batch}


# %% 05-algorithm-selection-ex4 wrong: turns X into an array, so a DataFrame's rows lose their column names
def latency_profile(model, X, clock=time.perf_counter):
    values = np.asarray(X)
    durations = []
    for i in range(len(values)):
        start = clock()
        model.predict(values[i:i + 1])
        durations.append(clock() - start)
    start = clock()
    model.predict(values)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(np.percentile(durations_ms, 95)),
            "batch_ms_per_row": 1000 * batch / len(values)}


# %% 05-algorithm-selection-ex4 correct: one clock reading between consecutive calls, np.diff for the durations
def latency_profile(model, X, clock=time.perf_counter):
    n = X.shape[0]
    rows = [X.iloc[i:i + 1] for i in range(n)] if isinstance(X, pd.DataFrame) else [X[i:i + 1] for i in range(n)]
    stamps = [clock()]
    for row in rows:
        model.predict(row)
        stamps.append(clock())
    single_ms = np.diff(np.array(stamps)) * 1e3
    before = clock()
    model.predict(X)
    after = clock()
    return {"mean_ms": float(np.mean(single_ms)), "p95_ms": float(np.quantile(single_ms, 0.95, method="linear")),
            "batch_ms_per_row": float((after - before) * 1e3 / n)}


# %% 05-algorithm-selection-ex4 wrong: the nearest-rank 95th percentile (sorted durations at ceil(0.95 n)) instead of NumPy's default
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(1000 * (clock() - start))
    start = clock()
    model.predict(X)
    batch = clock() - start
    ordered = np.sort(durations)
    return {"mean_ms": float(np.mean(durations)), "p95_ms": float(ordered[int(np.ceil(0.95 * len(ordered))) - 1]),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: statistics.quantiles (the "exclusive" method) for the p95
def latency_profile(model, X, clock=time.perf_counter):
    import statistics

    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(1000 * (clock() - start))
    start = clock()
    model.predict(X)
    batch = clock() - start
    p95 = statistics.quantiles(durations, n=20)[-1] if len(durations) > 1 else durations[0]
    return {"mean_ms": statistics.mean(durations), "p95_ms": p95, "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: np.percentile with method="nearest"
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(np.percentile(durations_ms, 95, method="nearest")),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: treats the first call as a warm-up and leaves it out of the statistics
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    kept = 1000 * np.array(durations[1:] if len(durations) > 1 else durations)
    return {"mean_ms": float(kept.mean()), "p95_ms": float(np.percentile(kept, 95)),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: starts the clock once before the loop, so each duration includes all earlier calls
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    start = clock()
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(np.percentile(durations_ms, 95)),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 wrong: the batch call gets X.to_numpy(), so a DataFrame's batch loses its column names
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    values = np.asarray(X)
    start = clock()
    model.predict(values)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(durations_ms.mean()), "p95_ms": float(np.percentile(durations_ms, 95)),
            "batch_ms_per_row": 1000 * batch / len(values)}


# %% 05-algorithm-selection-ex4 wrong: the median of the single-row durations as mean_ms
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations_ms = 1000 * np.array(durations)
    return {"mean_ms": float(np.median(durations_ms)), "p95_ms": float(np.percentile(durations_ms, 95)),
            "batch_ms_per_row": 1000 * batch / len(X)}


# %% 05-algorithm-selection-ex4 correct: DataFrame rows with X[i:i+1] (row slicing works on both)
def latency_profile(model, X, clock=time.perf_counter):
    d = []
    for i in range(len(X)):
        s = clock(); model.predict(X[i:i + 1]); d.append(clock() - s)
    s = clock(); model.predict(X); b = clock() - s
    d = np.array(d) * 1000
    return {"mean_ms": d.mean(), "p95_ms": np.percentile(d, 95), "batch_ms_per_row": 1000 * b / len(X)}


# %% 05-algorithm-selection-ex5 correct: plain Python over the records, min() with a tuple key
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    records = results.to_dict("records")
    bars = [r["cv_accuracy"] for r in records if r["model"] == baseline]
    if not bars:
        raise ValueError(f"no baseline row {baseline!r}")
    limit = float("inf") if max_size_bytes is None else max_size_bytes
    ok = [r for r in records
          if r["model"] != baseline and r["cv_accuracy"] > bars[0]
          and r["p95_latency_ms"] <= max_p95_latency_ms and r["size_bytes"] <= limit]
    if not ok:
        raise ValueError("no model meets the constraints and beats the baseline")
    return min(ok, key=lambda r: (-r["cv_accuracy"], r["size_bytes"], r["p95_latency_ms"]))["model"]


# %% 05-algorithm-selection-ex5 correct: DataFrame.query, then sort and take the first row
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    base = results.query("model == @baseline")
    if base.empty:
        raise ValueError("the baseline row is missing")
    bar = base["cv_accuracy"].iloc[0]
    size_limit = np.inf if max_size_bytes is None else max_size_bytes
    ok = results.query("model != @baseline and cv_accuracy > @bar and p95_latency_ms <= @max_p95_latency_ms "
                       "and size_bytes <= @size_limit")
    if len(ok) == 0:
        raise ValueError("nothing fits")
    best = ok.sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"], ascending=[False, True, True])
    return best.iloc[0]["model"]


# %% 05-algorithm-selection-ex5 wrong: ignores the latency budget and takes the most accurate model
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if not (results["model"] == baseline).any():
        raise ValueError("no baseline")
    bar = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    ok = (results["model"] != baseline) & (results["cv_accuracy"] > bar)
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes"], ascending=[False, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: checks the budget against the mean latency instead of the p95
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if not (results["model"] == baseline).any():
        raise ValueError("no baseline")
    bar = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    latency = results["mean_latency_ms"] if "mean_latency_ms" in results else results["p95_latency_ms"]
    ok = (results["model"] != baseline) & (results["cv_accuracy"] > bar) & (latency <= max_p95_latency_ms)
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"],
                                     ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: never compares with the baseline: the dummy wins when nothing else fits
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    ok = results["p95_latency_ms"] <= max_p95_latency_ms
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"],
                                     ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: returns None when no model qualifies, instead of raising
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if not (results["model"] == baseline).any():
        raise ValueError("no baseline")
    bar = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    ok = ((results["model"] != baseline) & (results["cv_accuracy"] > bar)
          & (results["p95_latency_ms"] <= max_p95_latency_ms))
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        return None
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"],
                                     ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: strict budgets (<), so a model exactly at the limit is refused
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if not (results["model"] == baseline).any():
        raise ValueError("no baseline")
    bar = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    ok = ((results["model"] != baseline) & (results["cv_accuracy"] > bar)
          & (results["p95_latency_ms"] < max_p95_latency_ms))
    if max_size_bytes is not None:
        ok &= results["size_bytes"] < max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"],
                                     ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: idxmax keeps the first tied model in row order, ignoring size and speed
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if not (results["model"] == baseline).any():
        raise ValueError("no baseline")
    bar = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    ok = ((results["model"] != baseline) & (results["cv_accuracy"] > bar)
          & (results["p95_latency_ms"] <= max_p95_latency_ms))
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    return str(results.loc[results[ok]["cv_accuracy"].idxmax(), "model"])


# %% 05-algorithm-selection-ex5 wrong: returns the row's index label (from idxmax) instead of the model's name
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if not (results["model"] == baseline).any():
        raise ValueError("no baseline")
    bar = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    ok = ((results["model"] != baseline) & (results["cv_accuracy"] > bar)
          & (results["p95_latency_ms"] <= max_p95_latency_ms))
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    return results[ok]["cv_accuracy"].idxmax()


# %% 05-algorithm-selection-ex5 wrong: ">=" the baseline, so a model that only equals the dummy can be chosen
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if not (results["model"] == baseline).any():
        raise ValueError("no baseline")
    bar = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    ok = ((results["model"] != baseline) & (results["cv_accuracy"] >= bar)
          & (results["p95_latency_ms"] <= max_p95_latency_ms))
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"],
                                     ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: sorts the caller's table in place (and so changes it)
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if not (results["model"] == baseline).any():
        raise ValueError("no baseline")
    bar = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    results.sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"], ascending=[False, True, True],
                        inplace=True)
    for _, row in results.iterrows():
        if (row["model"] != baseline and row["cv_accuracy"] > bar
                and row["p95_latency_ms"] <= max_p95_latency_ms
                and (max_size_bytes is None or row["size_bytes"] <= max_size_bytes)):
            return str(row["model"])
    raise ValueError("nothing fits")


# %% 05-algorithm-selection-ex5 correct: one pass over itertuples, keeping the best key seen so far
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    bar = None
    for row in results.itertuples(index=False):
        if row.model == baseline:
            bar = row.cv_accuracy if bar is None else max(bar, row.cv_accuracy)
    if bar is None:
        raise ValueError(f"the results have no row named {baseline!r}")
    best, best_key = None, None
    for row in results.itertuples(index=False):
        if row.model == baseline or not row.cv_accuracy > bar:
            continue
        if row.p95_latency_ms > max_p95_latency_ms:
            continue
        if max_size_bytes is not None and row.size_bytes > max_size_bytes:
            continue
        key = (-row.cv_accuracy, row.size_bytes, row.p95_latency_ms)
        if best_key is None or key < best_key:
            best, best_key = row.model, key
    if best is None:
        raise ValueError("no model beats the baseline within the budgets")
    return str(best)


# %% 05-algorithm-selection-ex5 wrong: `if max_size_bytes:` treats a size budget of 0 as "no limit"
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    is_baseline = results["model"] == baseline
    if not is_baseline.any():
        raise ValueError("no baseline")
    bar = results.loc[is_baseline, "cv_accuracy"].max()
    ok = ~is_baseline & (results["cv_accuracy"] > bar) & (results["p95_latency_ms"] <= max_p95_latency_ms)
    if max_size_bytes:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"], ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: breaks ties on latency first, then on size
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    is_baseline = results["model"] == baseline
    if not is_baseline.any():
        raise ValueError("no baseline")
    bar = results.loc[is_baseline, "cv_accuracy"].max()
    ok = ~is_baseline & (results["cv_accuracy"] > bar) & (results["p95_latency_ms"] <= max_p95_latency_ms)
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "p95_latency_ms", "size_bytes"], ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: takes the first row's accuracy as the bar, as if the baseline always came first
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if baseline not in set(results["model"]):
        raise ValueError("no baseline")
    bar = results["cv_accuracy"].iloc[0]
    ok = (results["model"] != baseline) & (results["cv_accuracy"] > bar) & (results["p95_latency_ms"] <= max_p95_latency_ms)
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"], ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: a missing baseline raises KeyError (from .loc) instead of ValueError
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    bar = results.set_index("model").loc[baseline, "cv_accuracy"]
    ok = (results["model"] != baseline) & (results["cv_accuracy"] > bar) & (results["p95_latency_ms"] <= max_p95_latency_ms)
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"], ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: ties on accuracy broken by size only, never by latency
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    is_baseline = results["model"] == baseline
    if not is_baseline.any():
        raise ValueError("no baseline")
    bar = results.loc[is_baseline, "cv_accuracy"].max()
    ok = ~is_baseline & (results["cv_accuracy"] > bar) & (results["p95_latency_ms"] <= max_p95_latency_ms)
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes"], ascending=[False, True], kind="stable")
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex5 wrong: excludes the row named "dummy" instead of the `baseline` it is given
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    is_baseline = results["model"] == baseline
    if not is_baseline.any():
        raise ValueError("no baseline")
    bar = results.loc[is_baseline, "cv_accuracy"].max()
    ok = (results["model"] != "dummy") & (results["cv_accuracy"] >= bar) & (results["p95_latency_ms"] <= max_p95_latency_ms)
    if max_size_bytes is not None:
        ok &= results["size_bytes"] <= max_size_bytes
    ok &= results["cv_accuracy"] > bar
    if not ok.any():
        raise ValueError("nothing fits")
    ranked = results[ok].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"], ascending=[False, True, True])
    return str(ranked["model"].iloc[0])


# %% 05-algorithm-selection-ex6 correct: the model's own score method
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model)
    fitted.fit(X_train, y_train)
    return fitted, float(fitted.score(X_test, y_test))


# %% 05-algorithm-selection-ex6 correct: predictions compared with NumPy
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model).fit(X_train, y_train)
    predictions = fitted.predict(X_test)
    return (fitted, float(np.mean(np.asarray(predictions) == np.asarray(y_test))))


# %% 05-algorithm-selection-ex6 wrong: fits on the training and test rows together
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model).fit(np.concatenate([X_train, X_test]), np.concatenate([y_train, y_test]))
    return fitted, float(accuracy_score(y_test, fitted.predict(X_test)))


# %% 05-algorithm-selection-ex6 wrong: reports the training accuracy
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model).fit(X_train, y_train)
    return fitted, float(accuracy_score(y_train, fitted.predict(X_train)))


# %% 05-algorithm-selection-ex6 wrong: fits on the test part (the arguments mixed up)
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model).fit(X_test, y_test)
    return fitted, float(accuracy_score(y_test, fitted.predict(X_test)))


# %% 05-algorithm-selection-ex6 wrong: cross-validates on the test part, fitting models on test rows
def evaluate_once(model, X_train, y_train, X_test, y_test):
    from sklearn.model_selection import cross_val_score

    fitted = clone(model).fit(X_train, y_train)
    return fitted, float(cross_val_score(clone(model), X_test, y_test, cv=3).mean())


# %% 05-algorithm-selection-ex6 wrong: refits on train + test after scoring, returning a model never scored
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model).fit(X_train, y_train)
    accuracy = float(accuracy_score(y_test, fitted.predict(X_test)))
    final = clone(model).fit(np.concatenate([X_train, X_test]), np.concatenate([y_train, y_test]))
    return final, accuracy


# %% 05-algorithm-selection-ex6 correct: a deep copy of the unfitted model, predictions compared with pandas
def evaluate_once(model, X_train, y_train, X_test, y_test):
    import copy

    fitted = copy.deepcopy(model)
    fitted.fit(X_train, y_train)
    hits = pd.Series(np.asarray(fitted.predict(X_test)) == np.asarray(y_test))
    return fitted, float(hits.mean())


# %% 05-algorithm-selection-ex6 wrong: fits the model passed in instead of a clone
def evaluate_once(model, X_train, y_train, X_test, y_test):
    model.fit(X_train, y_train)
    return model, float(accuracy_score(y_test, model.predict(X_test)))


# %% 05-algorithm-selection-ex6 wrong: predicts the test rows, then calls score on them too: two looks at the test set
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model).fit(X_train, y_train)
    predictions = fitted.predict(X_test)
    print(f"{np.mean(predictions == np.asarray(y_test)):.3f} of the test rows right")
    return fitted, float(fitted.score(X_test, y_test))


# %% 05-algorithm-selection-ex6 wrong: a sanity-check cross-validation on the training part first, which fits five more models
def evaluate_once(model, X_train, y_train, X_test, y_test):
    from sklearn.model_selection import cross_val_score

    cross_val_score(clone(model), X_train, y_train, cv=5)
    fitted = clone(model).fit(X_train, y_train)
    return fitted, float(accuracy_score(y_test, fitted.predict(X_test)))


# %% 05-algorithm-selection-ex6 wrong: rebuilds the model from get_params, so a pipeline's steps are shared and get fitted
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = type(model)(**model.get_params(deep=False)).fit(X_train, y_train)
    return fitted, float(accuracy_score(y_test, fitted.predict(X_test)))


# %% 05-algorithm-selection-ex6 wrong: balanced accuracy instead of accuracy
def evaluate_once(model, X_train, y_train, X_test, y_test):
    from sklearn.metrics import balanced_accuracy_score

    fitted = clone(model).fit(X_train, y_train)
    return fitted, float(balanced_accuracy_score(y_test, fitted.predict(X_test)))


# %% 05-algorithm-selection-ex6 wrong: keeps a validation slice of the training part and fits on the rest only
def evaluate_once(model, X_train, y_train, X_test, y_test):
    keep = int(0.8 * len(X_train))
    fitted = clone(model).fit(X_train[:keep], y_train[:keep])
    return fitted, float(accuracy_score(y_test, fitted.predict(X_test)))

# Answers written by an outside tester, blind to the graders.

# %% 05-algorithm-selection-ex1 wrong: any task other than "classification" is treated as regression; violates "raise a ValueError for any other task"
def baseline_score(X, y, task, cv):
    if task == "classification":
        scores = cross_validate(DummyClassifier(strategy="most_frequent"), X, y, cv=cv, scoring="accuracy")
        return float(scores["test_score"].mean())
    scores = cross_validate(DummyRegressor(strategy="mean"), X, y, cv=cv, scoring="neg_mean_absolute_error")
    return float(-scores["test_score"].mean())

# %% 05-algorithm-selection-ex1 wrong: rebuilds the splitter with the notebook's SEED instead of using the given cv; violates "cv ... to be used as the folds"
def baseline_score(X, y, task, cv):
    n = cv.get_n_splits()
    if task == "classification":
        folds = StratifiedKFold(n_splits=n, shuffle=True, random_state=42)
        scores = cross_validate(DummyClassifier(strategy="most_frequent"), X, y, cv=folds, scoring="accuracy")
        return float(scores["test_score"].mean())
    elif task == "regression":
        folds = KFold(n_splits=n, shuffle=True, random_state=42)
        scores = cross_validate(DummyRegressor(strategy="mean"), X, y, cv=folds, scoring="neg_mean_absolute_error")
        return float(-scores["test_score"].mean())
    raise ValueError(f"unknown task {task!r}")

# %% 05-algorithm-selection-ex1 wrong: regression dummy uses strategy="median" (median minimises MAE); violates 'DummyRegressor(strategy="mean")'
def baseline_score(X, y, task, cv):
    if task == "classification":
        dummy, scoring, sign = DummyClassifier(strategy="most_frequent"), "accuracy", 1
    elif task == "regression":
        dummy, scoring, sign = DummyRegressor(strategy="median"), "neg_mean_absolute_error", -1
    else:
        raise ValueError(f"task must be 'classification' or 'regression', got {task!r}")
    return float(sign * cross_validate(dummy, X, y, cv=cv, scoring=scoring)["test_score"].mean())

# %% 05-algorithm-selection-ex1 wrong: pooled score over all out-of-fold predictions (cross_val_predict) instead of the mean over the held-out folds; violates "the mean, over the held-out folds of cv"
def baseline_score(X, y, task, cv):
    from sklearn.model_selection import cross_val_predict
    from sklearn.metrics import mean_absolute_error
    if task == "classification":
        pred = cross_val_predict(DummyClassifier(strategy="most_frequent"), X, y, cv=cv)
        return float(accuracy_score(y, pred))
    if task == "regression":
        pred = cross_val_predict(DummyRegressor(strategy="mean"), X, y, cv=cv)
        return float(mean_absolute_error(y, pred))
    raise ValueError(f"unknown task {task!r}")

# %% 05-algorithm-selection-ex1 correct: explicit loop over cv.split, cloning and scoring each fold by hand
def baseline_score(X, y, task, cv):
    from sklearn.metrics import mean_absolute_error
    if task == "classification":
        template = DummyClassifier(strategy="most_frequent")
        metric = accuracy_score
    elif task == "regression":
        template = DummyRegressor(strategy="mean")
        metric = mean_absolute_error
    else:
        raise ValueError(f"task must be 'classification' or 'regression', got {task!r}")
    X, y = np.asarray(X), np.asarray(y)
    fold_scores = []
    for train_rows, test_rows in cv.split(X, y):
        fitted = clone(template).fit(X[train_rows], y[train_rows])
        fold_scores.append(metric(y[test_rows], fitted.predict(X[test_rows])))
    return float(np.mean(fold_scores))

# %% 05-algorithm-selection-ex2 wrong: also fits the caller's model (pipeline.fit at the end, the pipeline holds `model` itself); violates "Do not fit model itself"
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    pipeline = make_pipeline(StandardScaler(), model)
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    result = cross_validate(pipeline, X, y, cv=folds, scoring="accuracy",
                            return_train_score=True, return_estimator=True)
    pipeline.fit(X, y)   # keep a fitted version around
    return result

# %% 05-algorithm-selection-ex2 wrong: default seed=42 (the notebook's SEED) instead of the stated seed=0; violates the signature leak_free_cv(model, X, y, n_splits=5, seed=0)
def leak_free_cv(model, X, y, n_splits=5, seed=42):
    pipeline = make_pipeline(StandardScaler(), model)
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(pipeline, X, y, cv=folds, scoring="accuracy",
                          return_train_score=True, return_estimator=True)

# %% 05-algorithm-selection-ex2 wrong: StratifiedKFold without shuffle=True; violates "StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)"
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    pipeline = make_pipeline(StandardScaler(), model)
    folds = StratifiedKFold(n_splits=n_splits)
    return cross_validate(pipeline, X, y, cv=folds, scoring="accuracy",
                          return_train_score=True, return_estimator=True)

# %% 05-algorithm-selection-ex2 wrong: scales all of X before cross-validating (leakage), pipeline scaler then sees pre-scaled data; violates "X ... not scaled" / "scale nothing yourself"
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    X_scaled = StandardScaler().fit_transform(X)
    pipeline = make_pipeline(StandardScaler(), model)
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    return cross_validate(pipeline, X_scaled, y, cv=folds, scoring="accuracy",
                          return_train_score=True, return_estimator=True)

# %% 05-algorithm-selection-ex2 correct: explicit named Pipeline on a clone, splitter built first
def leak_free_cv(model, X, y, n_splits=5, seed=0):
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    pipeline = Pipeline(steps=[("scaler", StandardScaler()), ("estimator", clone(model))])
    result = cross_validate(
        pipeline, X, y, cv=splitter, scoring="accuracy",
        return_train_score=True, return_estimator=True,
    )
    return dict(result)

# %% 05-algorithm-selection-ex3 wrong: sorts but keeps the old index (no reset_index); violates "with a fresh index 0, 1, 2, ..."
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({
            "model": name,
            "cv_mae": -s["test_score"].mean(),
            "cv_mae_std": s["test_score"].std(),
            "train_mae": -s["train_score"].mean(),
            "fit_time_s": s["fit_time"].mean(),
            "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
            "size_bytes": len(pickle.dumps(clone(model).fit(X, y))),
        })
    return pd.DataFrame(rows).sort_values("cv_mae")

# %% 05-algorithm-selection-ex3 wrong: fits the caller's models themselves for the size (model.fit, no clone); violates "Do not fit the models in models themselves"
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        model.fit(X, y)
        rows.append({
            "model": name,
            "cv_mae": -s["test_score"].mean(),
            "cv_mae_std": s["test_score"].std(),
            "train_mae": -s["train_score"].mean(),
            "fit_time_s": s["fit_time"].mean(),
            "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
            "size_bytes": len(pickle.dumps(model)),
        })
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)

# %% 05-algorithm-selection-ex3 wrong: predict_ms_per_row uses the mean of score_time instead of its sum; violates "1000 * sum(score_time) / len(y)"
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({
            "model": name,
            "cv_mae": -s["test_score"].mean(),
            "cv_mae_std": s["test_score"].std(),
            "train_mae": -s["train_score"].mean(),
            "fit_time_s": s["fit_time"].mean(),
            "predict_ms_per_row": 1000 * s["score_time"].mean() / len(y),
            "size_bytes": len(pickle.dumps(clone(model).fit(X, y))),
        })
    return pd.DataFrame(rows).sort_values("cv_mae").reset_index(drop=True)

# %% 05-algorithm-selection-ex3 wrong: sorts on the negated scores (descending MAE, worst first); violates "sorted by cv_mae, best (lowest) first"
def compare_regressors(models, X, y, cv):
    rows = []
    for name, model in models.items():
        s = cross_validate(model, X, y, cv=cv, scoring="neg_mean_absolute_error", return_train_score=True)
        rows.append({
            "model": name,
            "cv_mae": -s["test_score"].mean(),
            "cv_mae_std": s["test_score"].std(),
            "train_mae": -s["train_score"].mean(),
            "fit_time_s": s["fit_time"].mean(),
            "predict_ms_per_row": 1000 * s["score_time"].sum() / len(y),
            "size_bytes": len(pickle.dumps(clone(model).fit(X, y))),
        })
    return pd.DataFrame(rows).sort_values("cv_mae", ascending=False).reset_index(drop=True)

# %% 05-algorithm-selection-ex3 correct: column lists built in a loop, pandas std (ddof=1), stable sort
def compare_regressors(models, X, y, cv):
    columns = {c: [] for c in ["model", "cv_mae", "cv_mae_std", "train_mae", "fit_time_s",
                               "predict_ms_per_row", "size_bytes"]}
    for name in models:
        scores = cross_validate(clone(models[name]), X, y, cv=cv, scoring="neg_mean_absolute_error",
                                return_train_score=True)
        test_mae = pd.Series(-scores["test_score"])
        columns["model"].append(name)
        columns["cv_mae"].append(test_mae.mean())
        columns["cv_mae_std"].append(test_mae.std())
        columns["train_mae"].append(float(np.mean(-scores["train_score"])))
        columns["fit_time_s"].append(float(np.mean(scores["fit_time"])))
        columns["predict_ms_per_row"].append(1000.0 * float(np.sum(scores["score_time"])) / len(y))
        fitted_copy = clone(models[name]).fit(X, y)
        columns["size_bytes"].append(len(pickle.dumps(fitted_copy)))
    table = pd.DataFrame(columns)
    return table.sort_values("cv_mae", kind="stable", ignore_index=True)

# %% 05-algorithm-selection-ex4 wrong: converts X to a NumPy array before slicing, so a DataFrame's rows lose their column names; violates "a 2-D slice of the same type as X"
def latency_profile(model, X, clock=time.perf_counter):
    values = np.asarray(X)
    durations = []
    for i in range(len(values)):
        start = clock()
        model.predict(values[i:i + 1])
        durations.append(clock() - start)
    start = clock()
    model.predict(values)
    batch = clock() - start
    durations = 1000 * np.array(durations)
    return {"mean_ms": float(durations.mean()), "p95_ms": float(np.percentile(durations, 95)),
            "batch_ms_per_row": float(1000 * batch / len(values))}

# %% 05-algorithm-selection-ex4 wrong: times only the first 100 rows like the worked example's single_row_ms; violates "for every row of X"
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(min(100, len(X))):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations = 1000 * np.array(durations)
    return {"mean_ms": float(durations.mean()), "p95_ms": float(np.percentile(durations, 95)),
            "batch_ms_per_row": float(1000 * batch / len(X))}

# %% 05-algorithm-selection-ex4 wrong: p95 with method="nearest" instead of NumPy's default (linear); violates "np.percentile(durations, 95) (NumPy's default method)"
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = clock()
    model.predict(X)
    batch = clock() - start
    durations = 1000 * np.array(durations)
    return {"mean_ms": float(durations.mean()),
            "p95_ms": float(np.percentile(durations, 95, method="nearest")),
            "batch_ms_per_row": float(1000 * batch / len(X))}

# %% 05-algorithm-selection-ex4 wrong: the batch call is timed with time.perf_counter instead of clock; violates "Read the time only through clock"
def latency_profile(model, X, clock=time.perf_counter):
    durations = []
    for i in range(len(X)):
        row = X.iloc[i:i + 1] if isinstance(X, pd.DataFrame) else X[i:i + 1]
        start = clock()
        model.predict(row)
        durations.append(clock() - start)
    start = time.perf_counter()
    model.predict(X)
    batch = time.perf_counter() - start
    durations = 1000 * np.array(durations)
    return {"mean_ms": float(durations.mean()), "p95_ms": float(np.percentile(durations, 95)),
            "batch_ms_per_row": float(1000 * batch / len(X))}

# %% 05-algorithm-selection-ex4 correct: pandas Series of durations, quantile(0.95) (linear interpolation, same as np.percentile default)
def latency_profile(model, X, clock=time.perf_counter):
    is_frame = isinstance(X, pd.DataFrame)
    n_rows = X.shape[0]
    seconds = []
    i = 0
    while i < n_rows:
        one_row = X.iloc[i:i + 1] if is_frame else X[i:i + 1]
        t0 = clock()
        model.predict(one_row)
        t1 = clock()
        seconds.append(t1 - t0)
        i += 1
    t0 = clock()
    model.predict(X)
    t1 = clock()
    ms = pd.Series(seconds, dtype=float) * 1000.0
    return {
        "mean_ms": float(ms.mean()),
        "p95_ms": float(ms.quantile(0.95)),
        "batch_ms_per_row": float((t1 - t0) * 1000.0 / n_rows),
    }

# %% 05-algorithm-selection-ex5 wrong: strict "<" on the latency budget; violates "p95_latency_ms <= max_p95_latency_ms" (both inclusive)
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if baseline not in set(results["model"]):
        raise ValueError(f"no baseline row named {baseline!r}")
    base_acc = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    mask = ((results["model"] != baseline) & (results["cv_accuracy"] > base_acc)
            & (results["p95_latency_ms"] < max_p95_latency_ms))
    if max_size_bytes is not None:
        mask &= results["size_bytes"] <= max_size_bytes
    if not mask.any():
        raise ValueError("no model meets the constraints")
    ranked = results[mask].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"],
                                       ascending=[False, True, True])
    return str(ranked["model"].iloc[0])

# %% 05-algorithm-selection-ex5 wrong: ties broken by latency before size; violates "ties broken by the smaller size_bytes, then the lower p95_latency_ms"
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if baseline not in set(results["model"]):
        raise ValueError(f"no baseline row named {baseline!r}")
    base_acc = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    mask = ((results["model"] != baseline) & (results["cv_accuracy"] > base_acc)
            & (results["p95_latency_ms"] <= max_p95_latency_ms))
    if max_size_bytes is not None:
        mask &= results["size_bytes"] <= max_size_bytes
    if not mask.any():
        raise ValueError("no model meets the constraints")
    ranked = results[mask].sort_values(["cv_accuracy", "p95_latency_ms", "size_bytes"],
                                       ascending=[False, True, True])
    return str(ranked["model"].iloc[0])

# %% 05-algorithm-selection-ex5 wrong: sorts the caller's table in place; violates "Do not change results"
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    if baseline not in set(results["model"]):
        raise ValueError(f"no baseline row named {baseline!r}")
    base_acc = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    results.sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"],
                        ascending=[False, True, True], inplace=True)
    for _, row in results.iterrows():
        if row["model"] == baseline or row["cv_accuracy"] <= base_acc:
            continue
        if row["p95_latency_ms"] > max_p95_latency_ms:
            continue
        if max_size_bytes is not None and row["size_bytes"] > max_size_bytes:
            continue
        return str(row["model"])
    raise ValueError("no model meets the constraints")

# %% 05-algorithm-selection-ex5 wrong: a missing baseline row raises IndexError from .iloc[0], not a ValueError; violates "raise a ValueError ... if results has no row named baseline"
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    base_acc = results.loc[results["model"] == baseline, "cv_accuracy"].iloc[0]
    mask = ((results["model"] != baseline) & (results["cv_accuracy"] > base_acc)
            & (results["p95_latency_ms"] <= max_p95_latency_ms))
    if max_size_bytes is not None:
        mask &= results["size_bytes"] <= max_size_bytes
    if not mask.any():
        raise ValueError("no model meets the constraints")
    ranked = results[mask].sort_values(["cv_accuracy", "size_bytes", "p95_latency_ms"],
                                       ascending=[False, True, True])
    return str(ranked["model"].iloc[0])

# %% 05-algorithm-selection-ex5 correct: plain Python loop over records with a min() key, no pandas sorting
def choose_model(results, max_p95_latency_ms, max_size_bytes=None, baseline="dummy"):
    records = results.to_dict("records")
    base = [r for r in records if r["model"] == baseline]
    if not base:
        raise ValueError(f"results has no baseline row named {baseline!r}")
    bar = base[0]["cv_accuracy"]
    candidates = []
    for r in records:
        if r["model"] == baseline:
            continue
        if not r["cv_accuracy"] > bar:
            continue
        if not r["p95_latency_ms"] <= max_p95_latency_ms:
            continue
        if max_size_bytes is not None and not r["size_bytes"] <= max_size_bytes:
            continue
        candidates.append(r)
    if not candidates:
        raise ValueError("no model beats the baseline within the latency and size budgets")
    best = min(candidates, key=lambda r: (-r["cv_accuracy"], r["size_bytes"], r["p95_latency_ms"]))
    return str(best["model"])

# %% 05-algorithm-selection-ex6 wrong: fits the caller's model itself, no clone; violates "fits a copy of model (made with clone)"
def evaluate_once(model, X_train, y_train, X_test, y_test):
    model.fit(X_train, y_train)
    return model, float(accuracy_score(y_test, model.predict(X_test)))

# %% 05-algorithm-selection-ex6 wrong: predicts the test rows twice (once to keep predictions, once for score); violates "predicts the test rows once"
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model).fit(X_train, y_train)
    predictions = fitted.predict(X_test)
    print(f"{np.mean(predictions == y_test):.3f} of the test rows right")
    return fitted, float(fitted.score(X_test, y_test))

# %% 05-algorithm-selection-ex6 wrong: reports the accuracy on the training rows; violates "predicts the test rows ... computes the accuracy against y_test"
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted = clone(model).fit(X_train, y_train)
    return fitted, float(accuracy_score(y_train, fitted.predict(X_train)))

# %% 05-algorithm-selection-ex6 wrong: fits on training and test rows together ("final model on all data"); violates "on the training part only ... nothing on the test rows"
def evaluate_once(model, X_train, y_train, X_test, y_test):
    X_all = np.concatenate([np.asarray(X_train), np.asarray(X_test)])
    y_all = np.concatenate([np.asarray(y_train), np.asarray(y_test)])
    fitted = clone(model).fit(X_all, y_all)
    return fitted, float(accuracy_score(y_test, fitted.predict(X_test)))

# %% 05-algorithm-selection-ex6 correct: the estimator's own score method, accuracy cast to float
def evaluate_once(model, X_train, y_train, X_test, y_test):
    fitted_model = clone(model)
    fitted_model.fit(X_train, y_train)
    test_accuracy = float(fitted_model.score(X_test, y_test))
    return (fitted_model, test_accuracy)
