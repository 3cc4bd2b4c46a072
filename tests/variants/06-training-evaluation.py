# Answer variants for solutions/06-training-evaluation/06-training-evaluation.ipynb (see CONTRIBUTING.md).
# Each block replaces the whole answer cell of its exercise. The notebook's namespace is available: np, pd,
# the sklearn.metrics functions imported in the setup cell, calibration_curve, make_fraud_data.

# %% 06-training-evaluation-ex1 correct: confusion_matrix with labels=[0, 1], unpacked as TN, FP, FN, TP
def confusion_counts(y_true, y_pred):
    tn, fp, fn, tp = confusion_matrix(np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int),
                                      labels=[0, 1]).ravel()
    return {"tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn)}


# %% 06-training-evaluation-ex1 correct: a plain loop over the pairs, counted in a dict
def confusion_counts(y_true, y_pred):
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for truth, guess in zip(y_true, y_pred):
        if truth == 1 and guess == 1:
            counts["tp"] += 1
        elif truth == 0 and guess == 1:
            counts["fp"] += 1
        elif truth == 1 and guess == 0:
            counts["fn"] += 1
        else:
            counts["tn"] += 1
    return counts


# %% 06-training-evaluation-ex1 wrong: unpacks confusion_matrix(...).ravel() as TP, FP, FN, TN (TN is first)
def confusion_counts(y_true, y_pred):
    tp, fp, fn, tn = confusion_matrix(y_true, y_pred, labels=[0, 1]).ravel()
    return {"tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn)}


# %% 06-training-evaluation-ex1 wrong: false positives and false negatives defined the other way round
def confusion_counts(y_true, y_pred):
    actual = np.asarray(y_true) == 1
    flagged = np.asarray(y_pred) == 1
    return {
        "tp": int(np.sum(actual & flagged)),
        "fp": int(np.sum(actual & ~flagged)),
        "fn": int(np.sum(~actual & flagged)),
        "tn": int(np.sum(~actual & ~flagged)),
    }


# %% 06-training-evaluation-ex1 wrong: no labels=[0, 1], so the matrix shrinks to 1x1 when a class is missing
def confusion_counts(y_true, y_pred):
    tn, fp, fn, tp = confusion_matrix(y_true, y_pred).ravel()
    return {"tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn)}


# %% 06-training-evaluation-ex1 wrong: takes 0 (the majority class) as the positive class
def confusion_counts(y_true, y_pred):
    actual = np.asarray(y_true) == 0
    flagged = np.asarray(y_pred) == 0
    return {
        "tp": int(np.sum(actual & flagged)),
        "fp": int(np.sum(~actual & flagged)),
        "fn": int(np.sum(actual & ~flagged)),
        "tn": int(np.sum(~actual & ~flagged)),
    }


# %% 06-training-evaluation-ex1 wrong: counts every correct prediction as a true positive
def confusion_counts(y_true, y_pred):
    truth, guess = np.asarray(y_true), np.asarray(y_pred)
    correct = truth == guess
    return {
        "tp": int(np.sum(correct)),
        "fp": int(np.sum(~correct & (guess == 1))),
        "fn": int(np.sum(~correct & (guess == 0))),
        "tn": int(np.sum(correct & (truth == 0))),
    }


# %% 06-training-evaluation-ex1 correct: sums of products on integer arrays, TN as what is left
def confusion_counts(y_true, y_pred):
    t = np.asarray(y_true).astype(int)
    p = np.asarray(y_pred).astype(int)
    tp = int((t * p).sum())
    fp = int(p.sum()) - tp
    fn = int(t.sum()) - tp
    return {"tp": tp, "fp": fp, "fn": fn, "tn": len(t) - tp - fp - fn}


# %% 06-training-evaluation-ex1 wrong: compares the lists with == 1 without NumPy, which gives one False
def confusion_counts(y_true, y_pred):
    actual = y_true == 1
    flagged = y_pred == 1
    return {
        "tp": int(np.sum(actual & flagged)),
        "fp": int(np.sum(~actual & flagged)),
        "fn": int(np.sum(actual & ~flagged)),
        "tn": int(np.sum(~actual & ~flagged)),
    }


# %% 06-training-evaluation-ex1 wrong: ~ on integer arrays is a bitwise not (~0 is -1), not a logical one
def confusion_counts(y_true, y_pred):
    t = np.asarray(y_true).astype(int)
    p = np.asarray(y_pred).astype(int)
    return {
        "tp": int(np.sum(t & p)),
        "fp": int(np.sum(~t & p)),
        "fn": int(np.sum(t & ~p)),
        "tn": int(np.sum(~t & ~p)),
    }


# %% 06-training-evaluation-ex1 wrong: labels=np.unique(y_true), so the matrix shrinks when y_true has one class
def confusion_counts(y_true, y_pred):
    matrix = confusion_matrix(y_true, y_pred, labels=np.unique(y_true))
    if matrix.shape == (1, 1):
        return {"tp": 0, "fp": 0, "fn": 0, "tn": int(matrix[0, 0])}
    tn, fp, fn, tp = matrix.ravel()
    return {"tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn)}


# %% 06-training-evaluation-ex1 wrong: confusion_matrix(y_pred, y_true): arguments swapped, so FP and FN trade places
def confusion_counts(y_true, y_pred):
    tn, fp, fn, tp = confusion_matrix(y_pred, y_true, labels=[0, 1]).ravel()
    return {"tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn)}


# %% 06-training-evaluation-ex2 correct: F1 straight from the counts, 2 TP / (2 TP + FP + FN)
def metrics_from_counts(tp, fp, fn, tn):
    def share(numerator, denominator):
        return float(numerator / denominator) if denominator else 0.0

    return {
        "accuracy": share(tp + tn, tp + fp + fn + tn),
        "precision": share(tp, tp + fp),
        "recall": share(tp, tp + fn),
        "f1": share(2 * tp, 2 * tp + fp + fn),
    }


# %% 06-training-evaluation-ex2 correct: rebuilds labels from the counts, asks scikit-learn (zero_division=0)
def metrics_from_counts(tp, fp, fn, tn):
    y_true = np.array([1] * int(tp) + [0] * int(fp) + [1] * int(fn) + [0] * int(tn))
    y_pred = np.array([1] * int(tp) + [1] * int(fp) + [0] * int(fn) + [0] * int(tn))
    return {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "precision": float(precision_score(y_true, y_pred, zero_division=0)),
        "recall": float(recall_score(y_true, y_pred, zero_division=0)),
        "f1": float(f1_score(y_true, y_pred, zero_division=0)),
    }


# %% 06-training-evaluation-ex2 wrong: precision and recall swapped (precision divided by tp + fn)
def metrics_from_counts(tp, fp, fn, tn):
    precision = tp / (tp + fn) if tp + fn else 0.0
    recall = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"accuracy": (tp + tn) / (tp + fp + fn + tn), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}


# %% 06-training-evaluation-ex2 wrong: F1 as the ordinary mean of precision and recall
def metrics_from_counts(tp, fp, fn, tn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"accuracy": (tp + tn) / (tp + fp + fn + tn), "precision": float(precision),
            "recall": float(recall), "f1": float((precision + recall) / 2)}


# %% 06-training-evaluation-ex2 wrong: no guard against a zero denominator (ZeroDivisionError)
def metrics_from_counts(tp, fp, fn, tn):
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return {"accuracy": (tp + tn) / (tp + fp + fn + tn), "precision": precision,
            "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


# %% 06-training-evaluation-ex2 wrong: NumPy division turns 0/0 into nan instead of 0.0
def metrics_from_counts(tp, fp, fn, tn):
    tp, fp, fn, tn = (np.float64(v) for v in (tp, fp, fn, tn))
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
    return {"accuracy": float((tp + tn) / (tp + fp + fn + tn)), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}


# %% 06-training-evaluation-ex2 wrong: accuracy counts only the true positives as right answers
def metrics_from_counts(tp, fp, fn, tn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"accuracy": tp / (tp + fp + fn + tn), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}


# %% 06-training-evaluation-ex2 correct: Python ints first, then try/except ZeroDivisionError
def metrics_from_counts(tp, fp, fn, tn):
    tp, fp, fn, tn = int(tp), int(fp), int(fn), int(tn)

    def ratio(a, b):
        try:
            return a / b
        except ZeroDivisionError:
            return 0.0

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return {"accuracy": ratio(tp + tn, tp + fp + fn + tn), "precision": precision, "recall": recall,
            "f1": ratio(2 * precision * recall, precision + recall)}


# %% 06-training-evaluation-ex2 wrong: try/except ZeroDivisionError, but NumPy counts give nan instead of raising
def metrics_from_counts(tp, fp, fn, tn):
    def ratio(a, b):
        try:
            return float(a / b)
        except ZeroDivisionError:
            return 0.0

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return {"accuracy": ratio(tp + tn, tp + fp + fn + tn), "precision": precision, "recall": recall,
            "f1": ratio(2 * tp, 2 * tp + fp + fn)}


# %% 06-training-evaluation-ex2 wrong: precision 1.0 when nothing is flagged (zero_division=1, not 0)
def metrics_from_counts(tp, fp, fn, tn):
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"accuracy": float((tp + tn) / (tp + fp + fn + tn)), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}


# %% 06-training-evaluation-ex2 wrong: F1 from the counts without the 2 in the denominator
def metrics_from_counts(tp, fp, fn, tn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (tp + fp + fn) if tp + fp + fn else 0.0
    return {"accuracy": float((tp + tn) / (tp + fp + fn + tn)), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}


# %% 06-training-evaluation-ex3 correct: classification_report(output_dict=True) for the averages
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    from sklearn.base import clone

    fitted = clone(model).fit(X_train, y_train)
    scores = fitted.predict_proba(X_test)[:, 1]
    labels = np.where(scores >= threshold, 1, 0)
    report = classification_report(y_test, labels, labels=[0, 1], output_dict=True, zero_division=0)
    return {
        "accuracy": float(accuracy_score(y_test, labels)),
        "precision": report["1"]["precision"],
        "recall": report["1"]["recall"],
        "f1": report["1"]["f1-score"],
        "macro_f1": report["macro avg"]["f1-score"],
        "weighted_f1": report["weighted avg"]["f1-score"],
        "roc_auc": float(roc_auc_score(y_test, scores)),
        "pr_auc": float(average_precision_score(y_test, scores)),
    }


# %% 06-training-evaluation-ex3 correct: per-class F1 averaged by hand, precision and recall from the counts
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores >= threshold).astype(int)
    tn, fp, fn, tp = confusion_matrix(y_test, labels, labels=[0, 1]).ravel()
    per_class = f1_score(y_test, labels, labels=[0, 1], average=None, zero_division=0)
    support = np.array([tn + fp, fn + tp])
    return {
        "accuracy": (tp + tn) / len(labels),
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "f1": float(per_class[1]),
        "macro_f1": float(per_class.mean()),
        "weighted_f1": float(np.average(per_class, weights=support)),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex3 wrong: evaluates on the training data it was fitted on
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_train)[:, 1]
    labels = (scores >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_train, labels),
        "precision": precision_score(y_train, labels, zero_division=0),
        "recall": recall_score(y_train, labels, zero_division=0),
        "f1": f1_score(y_train, labels, zero_division=0),
        "macro_f1": f1_score(y_train, labels, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_train, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_train, scores),
        "pr_auc": average_precision_score(y_train, scores),
    }


# %% 06-training-evaluation-ex3 wrong: ROC AUC and PR AUC computed from the 0/1 labels instead of the scores
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    labels = (model.predict_proba(X_test)[:, 1] >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels, zero_division=0),
        "recall": recall_score(y_test, labels, zero_division=0),
        "f1": f1_score(y_test, labels, zero_division=0),
        "macro_f1": f1_score(y_test, labels, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_test, labels),
        "pr_auc": average_precision_score(y_test, labels),
    }


# %% 06-training-evaluation-ex3 wrong: macro and weighted averaging confused
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels, zero_division=0),
        "recall": recall_score(y_test, labels, zero_division=0),
        "f1": f1_score(y_test, labels, zero_division=0),
        "macro_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="macro", zero_division=0),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex3 wrong: (y_pred, y_true) argument order, which swaps precision and recall
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(labels, y_test),
        "precision": precision_score(labels, y_test, zero_division=0),
        "recall": recall_score(labels, y_test, zero_division=0),
        "f1": f1_score(labels, y_test, zero_division=0),
        "macro_f1": f1_score(labels, y_test, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex3 wrong: applies the threshold to the labels of predict(), not to the scores
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (model.predict(X_test) >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels, zero_division=0),
        "recall": recall_score(y_test, labels, zero_division=0),
        "f1": f1_score(y_test, labels, zero_division=0),
        "macro_f1": f1_score(y_test, labels, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex3 wrong: takes column 0 of predict_proba, the probability of class 0
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 0]
    labels = (scores >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels, zero_division=0),
        "recall": recall_score(y_test, labels, zero_division=0),
        "f1": f1_score(y_test, labels, zero_division=0),
        "macro_f1": f1_score(y_test, labels, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex3 wrong: PR AUC by trapezoids under the PR curve, not the average precision
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    from sklearn.metrics import auc, precision_recall_curve

    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores >= threshold).astype(int)
    precision, recall, _ = precision_recall_curve(y_test, scores)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels, zero_division=0),
        "recall": recall_score(y_test, labels, zero_division=0),
        "f1": f1_score(y_test, labels, zero_division=0),
        "macro_f1": f1_score(y_test, labels, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": auc(recall, precision),
    }


# %% 06-training-evaluation-ex3 correct: precision_recall_fscore_support per class, averages by hand
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    from sklearn.base import clone
    from sklearn.metrics import precision_recall_fscore_support

    fitted = clone(model).fit(X_train, y_train)
    scores = fitted.predict_proba(X_test)[:, 1]
    labels = np.where(scores >= threshold, 1, 0)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_test, labels, labels=[0, 1], zero_division=0)
    return {
        "accuracy": float(np.mean(labels == np.asarray(y_test))),
        "precision": float(precision[1]),
        "recall": float(recall[1]),
        "f1": float(f1[1]),
        "macro_f1": float(f1.mean()),
        "weighted_f1": float(np.sum(f1 * support) / np.sum(support)),
        "roc_auc": float(roc_auc_score(y_test, scores)),
        "pr_auc": float(average_precision_score(y_test, scores)),
    }


# %% 06-training-evaluation-ex3 wrong: flags score > threshold, so scores equal to the threshold are missed
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores > threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels, zero_division=0),
        "recall": recall_score(y_test, labels, zero_division=0),
        "f1": f1_score(y_test, labels, zero_division=0),
        "macro_f1": f1_score(y_test, labels, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex3 wrong: uses predict() when threshold is 0.5, which breaks a tie at 0.5 towards class 0
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = model.predict(X_test) if threshold == 0.5 else (scores >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels, zero_division=0),
        "recall": recall_score(y_test, labels, zero_division=0),
        "f1": f1_score(y_test, labels, zero_division=0),
        "macro_f1": f1_score(y_test, labels, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex3 wrong: leaves out zero_division=0, so scikit-learn warns on 0/0 (and grading reads stderr)
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels),
        "recall": recall_score(y_test, labels),
        "f1": f1_score(y_test, labels),
        "macro_f1": f1_score(y_test, labels, average="macro"),
        "weighted_f1": f1_score(y_test, labels, average="weighted"),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex3 wrong: fits a new LogisticRegression instead of the model it was given
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    fitted = LogisticRegression(max_iter=1000).fit(X_train, y_train)
    scores = fitted.predict_proba(X_test)[:, 1]
    labels = (scores >= threshold).astype(int)
    return {
        "accuracy": accuracy_score(y_test, labels),
        "precision": precision_score(y_test, labels, zero_division=0),
        "recall": recall_score(y_test, labels, zero_division=0),
        "f1": f1_score(y_test, labels, zero_division=0),
        "macro_f1": f1_score(y_test, labels, average="macro", zero_division=0),
        "weighted_f1": f1_score(y_test, labels, average="weighted", zero_division=0),
        "roc_auc": roc_auc_score(y_test, scores),
        "pr_auc": average_precision_score(y_test, scores),
    }


# %% 06-training-evaluation-ex4 correct: roc_curve lists every candidate (largest first, inf included)
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    from sklearn.metrics import roc_curve

    y = np.asarray(y_true)
    fpr, tpr, thresholds = roc_curve(y, np.asarray(scores, dtype=float), drop_intermediate=False)
    fp = np.rint(fpr * np.sum(y == 0))            # rates back to counts
    fn = np.rint((1 - tpr) * np.sum(y == 1))
    costs = cost_fp * fp + cost_fn * fn
    return float(thresholds[np.argmin(costs)])    # argmin takes the first, i.e. the largest threshold


# %% 06-training-evaluation-ex4 correct: all candidates at once by broadcasting, the largest of the cheapest
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    candidates = np.append(np.unique(s), np.inf)
    flagged = s[None, :] >= candidates[:, None]          # one row per candidate
    fp = np.sum(flagged & (y == 0), axis=1)
    fn = np.sum(~flagged & (y == 1), axis=1)
    costs = cost_fp * fp + cost_fn * fn
    return float(candidates[np.flatnonzero(costs == costs.min()).max()])


# %% 06-training-evaluation-ex4 correct: ascending loop keeping ties with <=, so the largest one wins
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    pairs = list(zip(y_true, scores))
    best_t, best_cost = None, None
    for t in sorted({float(s) for s in scores}) + [float("inf")]:
        cost = (sum(cost_fp for y, s in pairs if s >= t and y == 0)
                + sum(cost_fn for y, s in pairs if s < t and y == 1))
        if best_cost is None or cost <= best_cost:
            best_t, best_cost = t, cost
    return best_t


# %% 06-training-evaluation-ex4 wrong: costs swapped (cost_fn charged for false positives and vice versa)
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    best_t, best_cost = None, None
    for t in np.append(np.unique(s), np.inf)[::-1]:
        cost = cost_fn * np.sum((s >= t) & (y == 0)) + cost_fp * np.sum((s < t) & (y == 1))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)


# %% 06-training-evaluation-ex4 wrong: flags score > t instead of score >= t
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    best_t, best_cost = None, None
    for t in np.append(np.unique(s), np.inf)[::-1]:
        cost = cost_fp * np.sum((s > t) & (y == 0)) + cost_fn * np.sum((s <= t) & (y == 1))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)


# %% 06-training-evaluation-ex4 wrong: searches a fixed grid of 101 thresholds instead of the distinct scores
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    grid = np.linspace(0, 1, 101)
    costs = [cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1)) for t in grid]
    return float(grid[int(np.argmin(costs))])


# %% 06-training-evaluation-ex4 wrong: breaks ties towards the smallest threshold (ascending, strict <)
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    best_t, best_cost = None, None
    for t in np.append(np.unique(s), np.inf):
        cost = cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)


# %% 06-training-evaluation-ex4 wrong: forgets the candidate inf, so "flag nothing" is never chosen
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    best_t, best_cost = None, None
    for t in np.unique(s)[::-1]:
        cost = cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)


# %% 06-training-evaluation-ex4 wrong: minimises the number of mistakes and ignores the costs
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    best_t, best_errors = None, None
    for t in np.append(np.unique(s), np.inf)[::-1]:
        errors = np.sum((s >= t) & (y == 0)) + np.sum((s < t) & (y == 1))
        if best_errors is None or errors < best_errors:
            best_t, best_errors = t, errors
    return float(best_t)


# %% 06-training-evaluation-ex4 wrong: sorts the scores in place, misaligning them with the labels
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    candidates = s          # meant as a copy, but it is the same array (for an array input, the caller's)
    candidates.sort()       # so s is sorted too, and no longer lines up with y
    best_t, best_cost = np.inf, cost_fn * np.sum(y == 1)
    for t in candidates[::-1]:
        cost = cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1))
        if cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)


# %% 06-training-evaluation-ex4 correct: counts by searchsorted on the sorted scores of each class
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    negatives, positives = np.sort(s[y == 0]), np.sort(s[y == 1])
    candidates = np.append(np.unique(s), np.inf)[::-1]                     # largest first
    fp = len(negatives) - np.searchsorted(negatives, candidates, side="left")   # negatives >= t
    fn = np.searchsorted(positives, candidates, side="left")                    # positives < t
    costs = cost_fp * fp + cost_fn * fn
    return float(candidates[np.argmin(costs)])                           # first minimum: the largest


# %% 06-training-evaluation-ex4 wrong: tries the midpoints between consecutive scores, not the scores
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    distinct = np.unique(s)
    candidates = np.r_[distinct[0], (distinct[1:] + distinct[:-1]) / 2, np.inf][::-1]
    best_t, best_cost = None, None
    for t in candidates:
        cost = cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)


# %% 06-training-evaluation-ex4 wrong: uses 1.0 as the "flag nothing" candidate, assuming probabilities
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores, dtype=float)
    best_t, best_cost = None, None
    for t in np.append(np.unique(s), 1.0)[::-1]:
        cost = cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)


# %% 06-training-evaluation-ex4 wrong: returns the score as it is, an integer when the scores are integers
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y, s = np.asarray(y_true), np.asarray(scores)
    best_t, best_cost = None, None
    for t in list(np.unique(s))[::-1] if s.dtype.kind in "iu" else np.unique(s.astype(float))[::-1]:
        cost = cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    no_alarm = cost_fn * np.sum(y == 1)
    return float("inf") if no_alarm < best_cost else best_t


# %% 06-training-evaluation-ex5 correct: scikit-learn's compute_sample_weight("balanced", y)
def balanced_sample_weights(y):
    from sklearn.utils.class_weight import compute_sample_weight

    return compute_sample_weight("balanced", np.asarray(y)).astype(float)


# %% 06-training-evaluation-ex5 correct: a dict from class to weight, looked up for each example
def balanced_sample_weights(y):
    labels = list(y)
    counts = pd.Series(labels).value_counts()
    weight_of = {label: len(labels) / (len(counts) * count) for label, count in counts.items()}
    return np.array([weight_of[label] for label in labels], dtype=float)


# %% 06-training-evaluation-ex5 wrong: weights each example by its class's share, so the majority weighs more
def balanced_sample_weights(y):
    labels = np.asarray(y)
    _, index, counts = np.unique(labels, return_inverse=True, return_counts=True)
    return counts[index] / len(labels)


# %% 06-training-evaluation-ex5 wrong: 1 / n_c without the n / k factor, so the weights add up to k, not n
def balanced_sample_weights(y):
    labels = np.asarray(y)
    _, index, counts = np.unique(labels, return_inverse=True, return_counts=True)
    return 1.0 / counts[index]


# %% 06-training-evaluation-ex5 wrong: hard-codes k = 2 classes
def balanced_sample_weights(y):
    labels = np.asarray(y)
    _, index, counts = np.unique(labels, return_inverse=True, return_counts=True)
    return len(labels) / (2 * counts[index].astype(float))


# %% 06-training-evaluation-ex5 wrong: returns the per-class weights (a dict), not one weight per example
def balanced_sample_weights(y):
    classes, counts = np.unique(np.asarray(y), return_counts=True)
    return {c: len(y) / (len(classes) * n) for c, n in zip(classes, counts)}


# %% 06-training-evaluation-ex5 wrong: normalises the weights to add up to 1
def balanced_sample_weights(y):
    labels = np.asarray(y)
    _, index, counts = np.unique(labels, return_inverse=True, return_counts=True)
    weights = 1.0 / counts[index]
    return weights / weights.sum()


# %% 06-training-evaluation-ex5 correct: pandas value_counts mapped back onto the labels
def balanced_sample_weights(y):
    labels = pd.Series(list(y))
    counts = labels.map(labels.value_counts())
    return (len(labels) / (labels.nunique() * counts)).to_numpy(dtype=float)


# %% 06-training-evaluation-ex5 wrong: np.bincount, which counts absent classes in k and fails on strings
def balanced_sample_weights(y):
    labels = np.asarray(y)
    counts = np.bincount(labels)
    return len(labels) / (len(counts) * counts[labels].astype(float))


# %% 06-training-evaluation-ex5 wrong: k as the largest label plus one, as if the classes were 0, 1, ..., k-1
def balanced_sample_weights(y):
    labels = np.asarray(y)
    classes, index, counts = np.unique(labels, return_inverse=True, return_counts=True)
    k = int(labels.max()) + 1
    return len(labels) / (k * counts[index].astype(float))


# %% 06-training-evaluation-ex5 wrong: compute_class_weight's array indexed by the label values, not their positions
def balanced_sample_weights(y):
    from sklearn.utils.class_weight import compute_class_weight

    labels = np.asarray(y)
    per_class = compute_class_weight("balanced", classes=np.unique(labels), y=labels)
    return per_class[labels.astype(int)].astype(float)


# %% 06-training-evaluation-ex6 wrong: np.histogram's edges come from linspace (0.30000000000000004), so 0.3 falls into the bin below
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    counts, _ = np.histogram(p, bins=n_bins, range=(0, 1))
    sum_y, _ = np.histogram(p, bins=n_bins, range=(0, 1), weights=y)
    sum_p, _ = np.histogram(p, bins=n_bins, range=(0, 1), weights=p)
    full = counts > 0
    return float(np.sum(np.abs(sum_y[full] - sum_p[full])) / len(p))


# %% 06-training-evaluation-ex6 wrong: calibration_curve puts a probability on an inner edge into the bin below, and its bins disagree with int(p * n_bins)
def expected_calibration_error(y_true, y_prob, n_bins=10):
    p = np.asarray(y_prob, dtype=float)
    share_positive, mean_prob = calibration_curve(np.asarray(y_true), p, n_bins=n_bins)
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    sizes = np.bincount(bins, minlength=n_bins)
    sizes = sizes[sizes > 0]
    return float(np.sum(sizes / len(p) * np.abs(share_positive - mean_prob)))


# %% 06-training-evaluation-ex6 wrong: bin number int(p * n_bins) is one bin low for some edges (0.57 * 100 = 56.99999999999999)
def expected_calibration_error(y_true, y_prob, n_bins=10):
    df = pd.DataFrame({"y": np.asarray(y_true, dtype=float), "p": np.asarray(y_prob, dtype=float)})
    df["bin"] = (df["p"] * n_bins).astype(int).clip(upper=n_bins - 1)
    per_bin = df.groupby("bin").agg(n=("p", "size"), p=("p", "mean"), y=("y", "mean"))
    return float((per_bin["n"] / len(df) * (per_bin["y"] - per_bin["p"]).abs()).sum())


# %% 06-training-evaluation-ex6 wrong: the plain mean of the bins' gaps, not weighted by the bins' sizes
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y, p = np.asarray(y_true, dtype=float), np.asarray(y_prob, dtype=float)
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    gaps = [abs(y[bins == b].mean() - p[bins == b].mean()) for b in np.unique(bins)]
    return float(np.mean(gaps))


# %% 06-training-evaluation-ex6 wrong: signed gaps, so overestimating and underestimating bins cancel
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y, p = np.asarray(y_true, dtype=float), np.asarray(y_prob, dtype=float)
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    gaps = [np.mean(bins == b) * (y[bins == b].mean() - p[bins == b].mean()) for b in np.unique(bins)]
    return float(sum(gaps))


# %% 06-training-evaluation-ex6 wrong: uses labels thresholded at 0.5 instead of the probabilities
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = (np.asarray(y_prob, dtype=float) >= 0.5).astype(float)
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    gaps = [np.mean(bins == b) * abs(y[bins == b].mean() - p[bins == b].mean()) for b in np.unique(bins)]
    return float(sum(gaps))


# %% 06-training-evaluation-ex6 wrong: forgets that 1.0 belongs to the last bin (it gets a bin of its own)
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y, p = np.asarray(y_true, dtype=float), np.asarray(y_prob, dtype=float)
    bins = np.floor(p * n_bins).astype(int)
    gaps = [np.mean(bins == b) * abs(y[bins == b].mean() - p[bins == b].mean()) for b in np.unique(bins)]
    return float(sum(gaps))


# %% 06-training-evaluation-ex6 wrong: equal-count (quantile) bins instead of equal-width bins
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y, p = np.asarray(y_true, dtype=float), np.asarray(y_prob, dtype=float)
    order = np.argsort(p, kind="stable")
    total = 0.0
    for chunk in np.array_split(order, n_bins):
        if len(chunk):
            total += len(chunk) / len(p) * abs(y[chunk].mean() - p[chunk].mean())
    return float(total)


# %% 06-training-evaluation-ex6 correct: a loop over the bins comparing with the edges k / n_bins
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    ece = 0.0
    for k in range(n_bins):
        upper = (p <= 1.0) if k == n_bins - 1 else (p < (k + 1) / n_bins)
        in_bin = (p >= k / n_bins) & upper
        if in_bin.any():
            ece += in_bin.sum() / len(p) * abs(y[in_bin].mean() - p[in_bin].mean())
    return float(ece)


# %% 06-training-evaluation-ex6 correct: np.digitize on the inner edges k / n_bins, sums with np.bincount
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    bins = np.digitize(p, np.arange(1, n_bins) / n_bins)
    sizes = np.bincount(bins, minlength=n_bins)
    sum_y = np.bincount(bins, weights=y, minlength=n_bins)
    sum_p = np.bincount(bins, weights=p, minlength=n_bins)
    return float(np.sum(np.abs(sum_y - sum_p)[sizes > 0]) / len(p))


# %% 06-training-evaluation-ex6 correct: pd.cut with right=False on the edges k / n_bins, 1.0 put in the last bin
def expected_calibration_error(y_true, y_prob, n_bins=10):
    df = pd.DataFrame({"y": np.asarray(y_true, dtype=float), "p": np.asarray(y_prob, dtype=float)})
    edges = np.arange(n_bins + 1) / n_bins
    df["bin"] = pd.cut(df["p"], edges, right=False, labels=False)
    df.loc[df["p"] == 1.0, "bin"] = n_bins - 1
    per_bin = df.groupby("bin").agg(n=("p", "size"), p=("p", "mean"), y=("y", "mean"))
    return float((per_bin["n"] / len(df) * (per_bin["y"] - per_bin["p"]).abs()).sum())


# %% 06-training-evaluation-ex6 wrong: bins (k / n_bins, (k + 1) / n_bins], so a probability on an edge goes to the bin below
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    ece = 0.0
    for k in range(n_bins):
        lower = (p >= 0.0) if k == 0 else (p > k / n_bins)
        in_bin = lower & (p <= (k + 1) / n_bins)
        if in_bin.any():
            ece += in_bin.mean() * abs(y[in_bin].mean() - p[in_bin].mean())
    return float(ece)


# %% 06-training-evaluation-ex6 wrong: edges from np.linspace, which computes 3/10 as 0.30000000000000004
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    edges = np.linspace(0, 1, n_bins + 1)
    ece = 0.0
    for k in range(n_bins):
        upper = (p <= 1.0) if k == n_bins - 1 else (p < edges[k + 1])
        in_bin = (p >= edges[k]) & upper
        if in_bin.any():
            ece += in_bin.mean() * abs(y[in_bin].mean() - p[in_bin].mean())
    return float(ece)


# %% 06-training-evaluation-ex7 correct: scikit-learn's functions with y_true first
def regression_metrics(y_true, y_pred):
    return {
        "mae": float(mean_absolute_error(y_true, y_pred)),
        "rmse": float(root_mean_squared_error(y_true, y_pred)),
        "r2": float(r2_score(y_true, y_pred)),
    }


# %% 06-training-evaluation-ex7 correct: R2 as 1 - MSE / variance of y_true, RMSE from the norm of the errors
def regression_metrics(y_true, y_pred):
    y = np.array(y_true, dtype=float)
    errors = y - np.array(y_pred, dtype=float)
    mse = np.mean(errors ** 2)
    return {
        "mae": float(np.abs(errors).sum() / len(errors)),
        "rmse": float(np.linalg.norm(errors) / np.sqrt(len(errors))),
        "r2": float(1 - mse / np.var(y)),
    }


# %% 06-training-evaluation-ex7 wrong: RMSE without the square root (that is the MSE)
def regression_metrics(y_true, y_pred):
    y = np.asarray(y_true, dtype=float)
    errors = y - np.asarray(y_pred, dtype=float)
    return {
        "mae": float(np.mean(np.abs(errors))),
        "rmse": float(np.mean(errors ** 2)),
        "r2": float(1 - np.sum(errors ** 2) / np.sum((y - y.mean()) ** 2)),
    }


# %% 06-training-evaluation-ex7 wrong: r2_score(y_pred, y_true), arguments swapped
def regression_metrics(y_true, y_pred):
    return {
        "mae": float(mean_absolute_error(y_true, y_pred)),
        "rmse": float(root_mean_squared_error(y_true, y_pred)),
        "r2": float(r2_score(y_pred, y_true)),
    }


# %% 06-training-evaluation-ex7 wrong: MAE without the absolute value (errors of opposite sign cancel)
def regression_metrics(y_true, y_pred):
    y = np.asarray(y_true, dtype=float)
    errors = y - np.asarray(y_pred, dtype=float)
    return {
        "mae": float(abs(np.mean(errors))),
        "rmse": float(np.sqrt(np.mean(errors ** 2))),
        "r2": float(1 - np.sum(errors ** 2) / np.sum((y - y.mean()) ** 2)),
    }


# %% 06-training-evaluation-ex7 wrong: R2 as the squared correlation, which ignores a constant bias
def regression_metrics(y_true, y_pred):
    y, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    errors = y - p
    return {
        "mae": float(np.mean(np.abs(errors))),
        "rmse": float(np.sqrt(np.mean(errors ** 2))),
        "r2": float(np.corrcoef(y, p)[0, 1] ** 2),
    }


# %% 06-training-evaluation-ex7 wrong: clips R2 at 0, hiding a model that is worse than the mean
def regression_metrics(y_true, y_pred):
    y = np.asarray(y_true, dtype=float)
    errors = y - np.asarray(y_pred, dtype=float)
    return {
        "mae": float(np.mean(np.abs(errors))),
        "rmse": float(np.sqrt(np.mean(errors ** 2))),
        "r2": float(max(0.0, 1 - np.sum(errors ** 2) / np.sum((y - y.mean()) ** 2))),
    }


# %% 06-training-evaluation-ex7 correct: plain Python loops over the pairs
def regression_metrics(y_true, y_pred):
    pairs = [(float(a), float(b)) for a, b in zip(y_true, y_pred)]
    n = len(pairs)
    mean = sum(a for a, _ in pairs) / n
    sse = sum((a - b) ** 2 for a, b in pairs)
    return {
        "mae": sum(abs(a - b) for a, b in pairs) / n,
        "rmse": (sse / n) ** 0.5,
        "r2": 1 - sse / sum((a - mean) ** 2 for a, _ in pairs),
    }


# %% 06-training-evaluation-ex7 wrong: no conversion to float, so 16-bit integer errors overflow when squared
def regression_metrics(y_true, y_pred):
    y = np.asarray(y_true)
    errors = y - np.asarray(y_pred)
    return {
        "mae": float(np.mean(np.abs(errors))),
        "rmse": float(np.sqrt(np.mean(errors ** 2))),
        "r2": float(1 - np.sum(errors ** 2) / np.sum((y - y.mean()) ** 2)),
    }


# %% 06-training-evaluation-ex7 wrong: R2 with pandas' var, the sample variance (ddof=1)
def regression_metrics(y_true, y_pred):
    y = pd.Series(np.asarray(y_true, dtype=float))
    errors = y - np.asarray(y_pred, dtype=float)
    return {
        "mae": float(errors.abs().mean()),
        "rmse": float(np.sqrt((errors ** 2).mean())),
        "r2": float(1 - (errors ** 2).mean() / y.var()),
    }


# %% 06-training-evaluation-ex7 wrong: RMSE as sqrt(sum of squares) / n, the division outside the root
def regression_metrics(y_true, y_pred):
    y = np.asarray(y_true, dtype=float)
    errors = y - np.asarray(y_pred, dtype=float)
    return {
        "mae": float(np.mean(np.abs(errors))),
        "rmse": float(np.sqrt(np.sum(errors ** 2)) / len(errors)),
        "r2": float(1 - np.sum(errors ** 2) / np.sum((y - y.mean()) ** 2)),
    }

# %% 06-training-evaluation-ex2 wrong: a zero denominator gives the int 0 instead of the float 0.0 the task asks for
def metrics_from_counts(tp, fp, fn, tn):
    total = tp + fp + fn + tn
    precision = tp / (tp + fp) if tp + fp > 0 else 0
    recall = tp / (tp + fn) if tp + fn > 0 else 0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0
    return {"accuracy": (tp + tn) / total, "precision": precision, "recall": recall, "f1": f1}

# %% 06-training-evaluation-ex3 wrong: the default threshold changed to 0.3 (the visible test's value) instead of 0.5
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.3):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores >= threshold).astype(int)
    return {
        "accuracy": float(accuracy_score(y_test, labels)),
        "precision": float(precision_score(y_test, labels, zero_division=0)),
        "recall": float(recall_score(y_test, labels, zero_division=0)),
        "f1": float(f1_score(y_test, labels, zero_division=0)),
        "macro_f1": float(f1_score(y_test, labels, average="macro", zero_division=0)),
        "weighted_f1": float(f1_score(y_test, labels, average="weighted", zero_division=0)),
        "roc_auc": float(roc_auc_score(y_test, scores)),
        "pr_auc": float(average_precision_score(y_test, scores)),
    }

# Answers written blind to the graders by an outside tester (issue 12): each wrong one must fail,
# each correct one must pass.

# %% 06-training-evaluation-ex1 wrong: np.bincount without minlength=4, so an absent combination at the end (e.g. no 1 predicted as 1) raises IndexError; violates "A class may be missing from either"
def confusion_counts(y_true, y_pred):
    t = np.asarray(y_true).astype(int)
    p = np.asarray(y_pred).astype(int)
    counts = np.bincount(2 * t + p)
    return {"tn": int(counts[0]), "fp": int(counts[1]), "fn": int(counts[2]), "tp": int(counts[3])}

# %% 06-training-evaluation-ex1 wrong: false positive and false negative masks swapped (actual positive & predicted negative counted as FP); violates the FP/FN definitions
def confusion_counts(y_true, y_pred):
    t = np.asarray(y_true) == 1
    p = np.asarray(y_pred) == 1
    return {"tp": int(np.sum(t & p)), "fp": int(np.sum(t & ~p)),
            "fn": int(np.sum(~t & p)), "tn": int(np.sum(~t & ~p))}

# %% 06-training-evaluation-ex1 correct: a plain Python loop over zipped pairs, with bool() so 0/1 and False/True both work
def confusion_counts(y_true, y_pred):
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for actual, predicted in zip(list(y_true), list(y_pred)):
        actual_pos = bool(actual == 1)
        predicted_pos = bool(predicted == 1)
        if actual_pos and predicted_pos:
            counts["tp"] += 1
        elif predicted_pos:
            counts["fp"] += 1
        elif actual_pos:
            counts["fn"] += 1
        else:
            counts["tn"] += 1
    return counts

# %% 06-training-evaluation-ex2 wrong: only precision is guarded, recall divides by tp + fn unguarded; violates "No nan, no ZeroDivisionError" when there is no positive example
def metrics_from_counts(tp, fp, fn, tn):
    total = tp + fp + fn + tn
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return {"accuracy": float((tp + tn) / total), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}

# %% 06-training-evaluation-ex2 wrong: the zero-division fallbacks are the int 0, not 0.0; violates "each a float"
def metrics_from_counts(tp, fp, fn, tn):
    accuracy = (tp + tn) / (tp + fp + fn + tn)
    precision = tp / (tp + fp) if tp + fp > 0 else 0
    recall = tp / (tp + fn) if tp + fn > 0 else 0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0
    return {"accuracy": accuracy, "precision": precision, "recall": recall, "f1": f1}

# %% 06-training-evaluation-ex2 wrong: F1 from the counts 2TP/(2TP+FP+FN) left unguarded, ZeroDivisionError when only tn > 0; violates "No nan, no ZeroDivisionError"
def metrics_from_counts(tp, fp, fn, tn):
    accuracy = (tp + tn) / (tp + fp + fn + tn)
    precision = tp / (tp + fp) if (tp + fp) > 0 else 0.0
    recall = tp / (tp + fn) if (tp + fn) > 0 else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn)
    return {"accuracy": float(accuracy), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}

# %% 06-training-evaluation-ex2 wrong: F1 as the ordinary mean of precision and recall; violates "F1 = 2 * precision * recall / (precision + recall)"
def metrics_from_counts(tp, fp, fn, tn):
    accuracy = (tp + tn) / (tp + fp + fn + tn)
    precision = tp / (tp + fp) if (tp + fp) > 0 else 0.0
    recall = tp / (tp + fn) if (tp + fn) > 0 else 0.0
    f1 = (precision + recall) / 2
    return {"accuracy": float(accuracy), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}

# %% 06-training-evaluation-ex2 correct: a helper safe_div and F1 from the counts, all cast to float
def metrics_from_counts(tp, fp, fn, tn):
    def safe_div(numerator, denominator):
        return float(numerator) / float(denominator) if denominator != 0 else 0.0
    tp, fp, fn, tn = int(tp), int(fp), int(fn), int(tn)
    return {
        "accuracy": safe_div(tp + tn, tp + fp + fn + tn),
        "precision": safe_div(tp, tp + fp),
        "recall": safe_div(tp, tp + fn),
        "f1": safe_div(2 * tp, 2 * tp + fp + fn),
    }

# %% 06-training-evaluation-ex3 wrong: labels where score > threshold (strict); violates "1 where the score is >= threshold"
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores > threshold).astype(int)
    return {
        "accuracy": float(accuracy_score(y_test, labels)),
        "precision": float(precision_score(y_test, labels, zero_division=0)),
        "recall": float(recall_score(y_test, labels, zero_division=0)),
        "f1": float(f1_score(y_test, labels, zero_division=0)),
        "macro_f1": float(f1_score(y_test, labels, average="macro", zero_division=0)),
        "weighted_f1": float(f1_score(y_test, labels, average="weighted", zero_division=0)),
        "roc_auc": float(roc_auc_score(y_test, scores)),
        "pr_auc": float(average_precision_score(y_test, scores)),
    }

# %% 06-training-evaluation-ex3 wrong: labels from model.predict (its own 0.5 cut-off), ignoring threshold; violates "turn them into labels: 1 where the score is >= threshold"
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = model.predict(X_test)
    return {
        "accuracy": float(accuracy_score(y_test, labels)),
        "precision": float(precision_score(y_test, labels, zero_division=0)),
        "recall": float(recall_score(y_test, labels, zero_division=0)),
        "f1": float(f1_score(y_test, labels, zero_division=0)),
        "macro_f1": float(f1_score(y_test, labels, average="macro", zero_division=0)),
        "weighted_f1": float(f1_score(y_test, labels, average="weighted", zero_division=0)),
        "roc_auc": float(roc_auc_score(y_test, scores)),
        "pr_auc": float(average_precision_score(y_test, scores)),
    }

# %% 06-training-evaluation-ex3 wrong: ROC AUC and PR AUC computed from the 0/1 labels; violates '"roc_auc" and "pr_auc": from the scores'
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    scores = model.predict_proba(X_test)[:, 1]
    labels = (scores >= threshold).astype(int)
    return {
        "accuracy": float(accuracy_score(y_test, labels)),
        "precision": float(precision_score(y_test, labels, zero_division=0)),
        "recall": float(recall_score(y_test, labels, zero_division=0)),
        "f1": float(f1_score(y_test, labels, zero_division=0)),
        "macro_f1": float(f1_score(y_test, labels, average="macro", zero_division=0)),
        "weighted_f1": float(f1_score(y_test, labels, average="weighted", zero_division=0)),
        "roc_auc": float(roc_auc_score(y_test, labels)),
        "pr_auc": float(average_precision_score(y_test, labels)),
    }

# %% 06-training-evaluation-ex3 correct: np.where labels, per-class F1 averaged by hand for macro/weighted, classes located via model.classes_
def evaluate_on_test(model, X_train, y_train, X_test, y_test, threshold=0.5):
    model.fit(X_train, y_train)
    column = list(model.classes_).index(1)
    scores = model.predict_proba(X_test)[:, column]
    y_true = np.asarray(y_test)
    labels = np.where(scores >= threshold, 1, 0)
    per_class = f1_score(y_true, labels, labels=[0, 1], average=None, zero_division=0)
    support = np.array([np.sum(y_true == 0), np.sum(y_true == 1)], dtype=float)
    return {
        "accuracy": float(np.mean(labels == y_true)),
        "precision": float(precision_score(y_true, labels, pos_label=1, zero_division=0)),
        "recall": float(recall_score(y_true, labels, pos_label=1, zero_division=0)),
        "f1": float(per_class[1]),
        "macro_f1": float(per_class.mean()),
        "weighted_f1": float(np.sum(per_class * support) / support.sum()),
        "roc_auc": float(roc_auc_score(y_true, scores)),
        "pr_auc": float(average_precision_score(y_true, scores)),
    }

# %% 06-training-evaluation-ex4 wrong: np.argmin over ascending candidates returns the smallest tied threshold; violates "If several candidates share the lowest cost, return the largest"
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    candidates = np.append(np.unique(s), np.inf)
    costs = [cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1))
             for t in candidates]
    return float(candidates[int(np.argmin(costs))])

# %% 06-training-evaluation-ex4 wrong: candidates are the distinct scores only, inf (flag nothing) is left out; violates "plus float('inf') (flag nothing)"
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    best_t, best_cost = None, None
    for t in np.unique(s)[::-1]:
        cost = cost_fp * np.sum((s >= t) & (y == 0)) + cost_fn * np.sum((s < t) & (y == 1))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)

# %% 06-training-evaluation-ex4 wrong: flags score > t (strict) instead of >= t; violates "a threshold t flags every example with score >= t"
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    best_t, best_cost = np.inf, cost_fn * np.sum(y == 1)
    for t in np.unique(s)[::-1]:
        cost = cost_fp * np.sum((s > t) & (y == 0)) + cost_fn * np.sum((s <= t) & (y == 1))
        if cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)

# %% 06-training-evaluation-ex4 wrong: sorts the caller's score array in place (np.asarray does not copy); violates "Do not change the inputs"
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    scores = np.asarray(scores)
    order = np.argsort(scores, kind="stable")
    y = np.asarray(y_true)[order]
    scores.sort()
    best_t, best_cost = np.inf, cost_fn * np.sum(y == 1)
    for t in np.unique(scores)[::-1]:
        cost = cost_fp * np.sum((scores >= t) & (y == 0)) + cost_fn * np.sum((scores < t) & (y == 1))
        if cost < best_cost:
            best_t, best_cost = t, cost
    return float(best_t)

# %% 06-training-evaluation-ex4 correct: roc_curve(drop_intermediate=False) gives every threshold with FPR/TPR; cost from the rates; ties -> largest via lexsort
def choose_threshold(y_true, scores, cost_fp, cost_fn):
    from sklearn.metrics import roc_curve
    y = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    n_pos, n_neg = int(np.sum(y == 1)), int(np.sum(y == 0))
    fpr, tpr, thresholds = roc_curve(y, s, drop_intermediate=False)
    thresholds = np.asarray(thresholds, dtype=float)
    thresholds[0] = np.inf  # the "flag nothing" candidate
    fp = np.rint(fpr * n_neg)
    fn = n_pos - np.rint(tpr * n_pos)
    costs = cost_fp * fp + cost_fn * fn
    lowest = costs.min()
    return float(max(t for t, c in zip(thresholds, costs) if c == lowest))

# %% 06-training-evaluation-ex5 wrong: k hard-coded to 2 (binary); violates "k the number of distinct classes in y" / "any number of classes"
def balanced_sample_weights(y):
    y = np.asarray(y)
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    return (len(y) / (2 * counts[inverse])).astype(float)

# %% 06-training-evaluation-ex5 wrong: np.bincount on the labels, which fails for string (and negative) labels; violates "(integers or strings)"
def balanced_sample_weights(y):
    y = np.asarray(y)
    counts = np.bincount(y)
    k = np.count_nonzero(counts)
    return len(y) / (k * counts[y].astype(float))

# %% 06-training-evaluation-ex5 wrong: weight 1 / n_c without the n / k factor; violates "n / (k * n_c)"
def balanced_sample_weights(y):
    y = np.asarray(y)
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    return 1.0 / counts[inverse]

# %% 06-training-evaluation-ex5 wrong: returns one weight per class (like compute_class_weight), not per example; violates "a 1-D NumPy array of floats, as long as y"
def balanced_sample_weights(y):
    y = np.asarray(y)
    classes, counts = np.unique(y, return_counts=True)
    return len(y) / (len(classes) * counts.astype(float))

# %% 06-training-evaluation-ex5 correct: collections.Counter and a dict lookup per example
def balanced_sample_weights(y):
    from collections import Counter
    labels = list(y)
    n = len(labels)
    counts = Counter(labels)
    k = len(counts)
    weight_of = {label: n / (k * count) for label, count in counts.items()}
    return np.array([weight_of[label] for label in labels], dtype=float)

# %% 06-training-evaluation-ex6 wrong: bin index int(p * n_bins) (clipped), which misplaces values on an edge such as 0.57 with 100 bins; violates "compare the probabilities with the edges k / n_bins themselves"
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    ece = 0.0
    for b in range(n_bins):
        in_bin = bins == b
        if in_bin.any():
            ece += in_bin.mean() * abs(y[in_bin].mean() - p[in_bin].mean())
    return float(ece)

# %% 06-training-evaluation-ex6 wrong: searchsorted over all edges 1/n..1, so 1.0 gets its own extra bin; violates "1.0 ... is in the last bin"
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    edges = np.arange(1, n_bins + 1) / n_bins
    bins = np.searchsorted(edges, p, side="right")
    ece = 0.0
    for b in np.unique(bins):
        in_bin = bins == b
        ece += in_bin.sum() / len(p) * abs(y[in_bin].mean() - p[in_bin].mean())
    return float(ece)

# %% 06-training-evaluation-ex6 wrong: bins from np.linspace edges with np.digitize, so 0.3 falls below 0.30000000000000004; violates "a probability equal to an inner edge is in the bin above it"
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    edges = np.linspace(0, 1, n_bins + 1)
    bins = np.clip(np.digitize(p, edges[1:-1]), 0, n_bins - 1)
    ece = 0.0
    for b in range(n_bins):
        in_bin = bins == b
        if in_bin.any():
            ece += in_bin.sum() / len(p) * abs(y[in_bin].mean() - p[in_bin].mean())
    return float(ece)

# %% 06-training-evaluation-ex6 wrong: searchsorted side="left" puts an edge value in the bin below; violates "bin k holds [k/n_bins, (k+1)/n_bins)"
def expected_calibration_error(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    bins = np.searchsorted(np.arange(1, n_bins) / n_bins, p, side="left")
    ece = 0.0
    for b in range(n_bins):
        in_bin = bins == b
        if in_bin.any():
            ece += in_bin.sum() / len(p) * abs(y[in_bin].mean() - p[in_bin].mean())
    return float(ece)

# %% 06-training-evaluation-ex6 correct: explicit loop over k comparing with k / n_bins, pandas groupby for the per-bin means
def expected_calibration_error(y_true, y_prob, n_bins=10):
    p = np.array(y_prob, dtype=float)
    y = np.array(y_true, dtype=float)
    bin_of = np.zeros(len(p), dtype=int)
    for k in range(1, n_bins):
        bin_of[p >= k / n_bins] = k
    frame = pd.DataFrame({"bin": bin_of, "y": y, "p": p})
    grouped = frame.groupby("bin").agg(n=("y", "size"), share=("y", "mean"), mean_p=("p", "mean"))
    n = len(frame)
    return float(sum(row.n / n * abs(row.share - row.mean_p) for row in grouped.itertuples()))

# %% 06-training-evaluation-ex7 wrong: R² clipped at 0 ("a score can't be negative"); violates the formula, R² is "negative for a model worse than the mean"
def regression_metrics(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    errors = y_true - y_pred
    r2 = 1 - np.sum(errors ** 2) / np.sum((y_true - y_true.mean()) ** 2)
    return {"mae": float(np.mean(np.abs(errors))), "rmse": float(np.sqrt(np.mean(errors ** 2))),
            "r2": float(max(0.0, r2))}

# %% 06-training-evaluation-ex7 wrong: y_true converted with dtype=int (copied from the classification code), truncating non-integer true values; violates "lists or 1-D NumPy arrays of numbers"
def regression_metrics(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=int)
    y_pred = np.asarray(y_pred, dtype=float)
    errors = y_true - y_pred
    ss_res = np.sum(errors ** 2)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    return {"mae": float(np.mean(np.abs(errors))), "rmse": float(np.sqrt(np.mean(errors ** 2))),
            "r2": float(1 - ss_res / ss_tot)}

# %% 06-training-evaluation-ex7 wrong: r2_score with the arguments swapped; violates "R² compares with the mean of y_true"
def regression_metrics(y_true, y_pred):
    return {"mae": float(mean_absolute_error(y_true, y_pred)),
            "rmse": float(root_mean_squared_error(y_true, y_pred)),
            "r2": float(r2_score(y_pred, y_true))}

# %% 06-training-evaluation-ex7 wrong: R² as the squared correlation between truth and prediction; violates the table's R² formula 1 - SSE/SST
def regression_metrics(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    errors = y_true - y_pred
    r = np.corrcoef(y_true, y_pred)[0, 1]
    return {"mae": float(np.mean(np.abs(errors))), "rmse": float(np.sqrt(np.mean(errors ** 2))),
            "r2": float(r ** 2)}

# %% 06-training-evaluation-ex7 correct: pure-Python sums with math.sqrt
def regression_metrics(y_true, y_pred):
    import math
    truth = [float(v) for v in y_true]
    preds = [float(v) for v in y_pred]
    n = len(truth)
    mean_truth = sum(truth) / n
    abs_sum = sum(abs(t - p) for t, p in zip(truth, preds))
    sq_sum = sum((t - p) ** 2 for t, p in zip(truth, preds))
    tot_sum = sum((t - mean_truth) ** 2 for t in truth)
    return {"mae": abs_sum / n, "rmse": math.sqrt(sq_sum / n), "r2": 1.0 - sq_sum / tot_sum}
