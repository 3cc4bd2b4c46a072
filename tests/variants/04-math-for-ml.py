# Answer variants for solutions/04-math-for-ml/04-math-for-ml.ipynb (see CONTRIBUTING.md).
# Each block replaces the whole answer cell of its exercise; np and the notebook's worked names
# (sigmoid, numerical_gradient, REG_X1, ...) come from the cells above it.

# %% 04-math-for-ml-ex1 correct: an explicit double loop over pairs of centred columns
def covariance_matrix(X):
    X = np.array(X, dtype=float)
    n, d = X.shape
    means = [sum(X[:, j]) / n for j in range(d)]
    out = np.zeros((d, d))
    for j in range(d):
        for k in range(d):
            out[j, k] = sum((X[i, j] - means[j]) * (X[i, k] - means[k]) for i in range(n)) / (n - 1)
    return out


# %% 04-math-for-ml-ex1 correct: np.cov with rowvar=False, kept 2-D for a single feature
def covariance_matrix(X):
    return np.atleast_2d(np.cov(np.asarray(X, dtype=float), rowvar=False))


# %% 04-math-for-ml-ex1 correct: einsum over the examples axis of the centred matrix
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0, keepdims=True)
    return np.einsum("ij,ik->jk", centred, centred) / (len(X) - 1)


# %% 04-math-for-ml-ex1 wrong: np.cov's default rowvar=True takes the rows as the variables (transposed)
def covariance_matrix(X):
    return np.cov(np.asarray(X, dtype=float))


# %% 04-math-for-ml-ex1 wrong: the transposed product Xc @ Xc.T compares examples, not features
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    return centred @ centred.T / (len(X) - 1)


# %% 04-math-for-ml-ex1 wrong: forgets to centre the columns (X.T @ X is not a covariance)
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    return X.T @ X / (len(X) - 1)


# %% 04-math-for-ml-ex1 wrong: divides by n (population) instead of n - 1
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    return centred.T @ centred / len(X)


# %% 04-math-for-ml-ex1 wrong: centres each row by its own mean (axis=1) instead of each column
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=1, keepdims=True)
    return centred.T @ centred / (len(X) - 1)


# %% 04-math-for-ml-ex1 wrong: centres in place with -=, changing the caller's array
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    X -= X.mean(axis=0)
    return X.T @ X / (len(X) - 1)


# %% 04-math-for-ml-ex1 wrong: np.cov(X, rowvar=False) returns a 0-d array when X has one column
def covariance_matrix(X):
    return np.cov(np.asarray(X, dtype=float), rowvar=False)


# %% 04-math-for-ml-ex2 correct: np.linalg.lstsq on the design matrix, keeping only the solution
def normal_equation(X, y):
    A = np.column_stack([np.ones(len(X)), np.asarray(X, dtype=float)])
    solution, _, _, _ = np.linalg.lstsq(A, np.asarray(y, dtype=float), rcond=None)
    return solution


# %% 04-math-for-ml-ex2 correct: the textbook inverse (A^T A)^-1 A^T y
def normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    A = np.hstack([np.ones((X.shape[0], 1)), X])
    return np.linalg.inv(A.T @ A) @ A.T @ np.asarray(y, dtype=float)


# %% 04-math-for-ml-ex2 correct: features as rows (vstack), with the products transposed to match
def normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    B = np.vstack([np.ones(len(X)), X.T])            # shape (d + 1, n): one row per weight
    return np.linalg.solve(B @ B.T, B @ np.asarray(y, dtype=float))


# %% 04-math-for-ml-ex2 correct: the pseudo-inverse of the design matrix
def normal_equation(X, y):
    A = np.column_stack([np.ones(len(X)), np.asarray(X, dtype=float)])
    return np.linalg.pinv(A) @ np.asarray(y, dtype=float)


# %% 04-math-for-ml-ex2 wrong: forgets the column of ones, so there is no intercept
def normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    return np.linalg.solve(X.T @ X, X.T @ np.asarray(y, dtype=float))


# %% 04-math-for-ml-ex2 wrong: puts the column of ones last, so the intercept is the last weight
def normal_equation(X, y):
    A = np.column_stack([np.asarray(X, dtype=float), np.ones(len(X))])
    return np.linalg.solve(A.T @ A, A.T @ np.asarray(y, dtype=float))


# %% 04-math-for-ml-ex2 wrong: element-wise * instead of the matrix product @ for A^T y
def normal_equation(X, y):
    A = np.column_stack([np.ones(len(X)), np.asarray(X, dtype=float)])
    return np.linalg.inv(A.T @ A) @ (A.T * np.asarray(y, dtype=float))


# %% 04-math-for-ml-ex2 wrong: returns lstsq's whole tuple (solution, residuals, rank, singular values)
def normal_equation(X, y):
    A = np.column_stack([np.ones(len(X)), np.asarray(X, dtype=float)])
    return np.linalg.lstsq(A, np.asarray(y, dtype=float), rcond=None)


# %% 04-math-for-ml-ex2 wrong: one simple regression per feature (cov / var), ignoring the other features
def normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    slopes = np.array([np.cov(X[:, j], y)[0, 1] / np.var(X[:, j], ddof=1) for j in range(X.shape[1])])
    intercept = y.mean() - slopes @ X.mean(axis=0)
    return np.r_[intercept, slopes]


# %% 04-math-for-ml-ex3 correct: a loop over the examples that accumulates 2 r_i x_i, then averages
def mse_gradient(w, X, y):
    total = np.zeros(X.shape[1])
    for x_i, y_i in zip(X, y):
        total += 2 * (x_i @ w - y_i) * x_i
    return total / len(y)


# %% 04-math-for-ml-ex3 correct: broadcasting, the mean over the examples of 2 r_i x_ij
def mse_gradient(w, X, y):
    r = X @ w - y
    return np.mean(2 * r[:, np.newaxis] * X, axis=0)


# %% 04-math-for-ml-ex3 correct: the expanded form 2/n (X^T X w - X^T y)
def mse_gradient(w, X, y):
    return 2 * (X.T @ X @ w - X.T @ y) / X.shape[0]


# %% 04-math-for-ml-ex3 wrong: the missing 1/n (the gradient of the sum, not of the mean)
def mse_gradient(w, X, y):
    return 2 * X.T @ (X @ w - y)


# %% 04-math-for-ml-ex3 wrong: sign error, residual written as target minus prediction
def mse_gradient(w, X, y):
    return 2 * X.T @ (y - X @ w) / len(y)


# %% 04-math-for-ml-ex3 wrong: drops the factor 2 (the gradient of half the MSE)
def mse_gradient(w, X, y):
    return X.T @ (X @ w - y) / len(y)


# %% 04-math-for-ml-ex3 wrong: divides by the number of weights (X.shape[1]) instead of the examples
def mse_gradient(w, X, y):
    return 2 * X.T @ (X @ w - y) / X.shape[1]


# %% 04-math-for-ml-ex3 wrong: returns the loss itself instead of its gradient
def mse_gradient(w, X, y):
    return np.mean((X @ w - y) ** 2)


# %% 04-math-for-ml-ex4 correct: a numerically stable sigmoid, exp(-log(1 + exp(-z)))
def logistic_gradient(w, X, y):
    p = np.exp(-np.logaddexp(0.0, -(X @ w)))
    return X.T @ (p - y) / X.shape[0]


# %% 04-math-for-ml-ex4 correct: the worked example's sigmoid and a mean over the examples
def logistic_gradient(w, X, y):
    p = sigmoid(X @ w)
    return np.mean((p - y)[:, np.newaxis] * X, axis=0)


# %% 04-math-for-ml-ex4 correct: a loop over the examples
def logistic_gradient(w, X, y):
    total = np.zeros(len(w))
    for x_i, y_i in zip(X, y):
        total += (1 / (1 + np.exp(-(x_i @ w))) - y_i) * x_i
    return total / len(X)


# %% 04-math-for-ml-ex4 wrong: sign error, y - p instead of p - y
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (y - p) / len(y)


# %% 04-math-for-ml-ex4 wrong: the missing 1/n
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (p - y)


# %% 04-math-for-ml-ex4 wrong: the linear-regression gradient, without the sigmoid
def logistic_gradient(w, X, y):
    return X.T @ (X @ w - y) / len(y)


# %% 04-math-for-ml-ex4 wrong: differentiates the squared error of the probabilities (extra p (1 - p))
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ ((p - y) * p * (1 - p)) / len(y)


# %% 04-math-for-ml-ex4 wrong: keeps the factor 2 copied from the squared-error gradient
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return 2 * X.T @ (p - y) / len(y)


# %% 04-math-for-ml-ex4 wrong: a sign slip inside the sigmoid, 1 / (1 + exp(z)), which is 1 - p
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(X @ w))
    return X.T @ (p - y) / len(y)


# %% 04-math-for-ml-ex5 correct: a while loop with a step counter
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.asarray(w0, dtype=float).copy()
    step = 0
    while step < n_steps:
        w = w - learning_rate * np.asarray(gradient(w))
        step += 1
    return w


# %% 04-math-for-ml-ex5 correct: in-place updates, but on its own copy of w0
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.array(w0, dtype=float, copy=True)
    for _ in range(n_steps):
        w -= learning_rate * gradient(w.copy())
    return w


# %% 04-math-for-ml-ex5 wrong: sign error in the update, w + eta * gradient climbs the loss
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.array(w0, dtype=float)
    for _ in range(n_steps):
        w = w + learning_rate * gradient(w)
    return w


# %% 04-math-for-ml-ex5 wrong: off by one, takes n_steps - 1 steps
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.array(w0, dtype=float)
    for _ in range(1, n_steps):
        w = w - learning_rate * gradient(w)
    return w


# %% 04-math-for-ml-ex5 wrong: np.asarray does not copy a float array, so -= changes the caller's w0
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.asarray(w0, dtype=float)
    for _ in range(n_steps):
        w -= learning_rate * gradient(w)
    return w


# %% 04-math-for-ml-ex5 wrong: evaluates the gradient once, at w0, before the loop
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.array(w0, dtype=float)
    g = gradient(w)
    for _ in range(n_steps):
        w = w - learning_rate * g
    return w


# %% 04-math-for-ml-ex5 wrong: returns the whole path (a list of weight vectors), not the final weights
def gradient_descent(gradient, w0, learning_rate, n_steps):
    path = [np.array(w0, dtype=float)]
    for _ in range(n_steps):
        path.append(path[-1] - learning_rate * gradient(path[-1]))
    return path


# %% 04-math-for-ml-ex6 correct: natural frequencies in a population of 100,000 people
def screening_posterior(prior, sensitivity, specificity, positive):
    people = 100_000
    sick = people * prior
    healthy = people - sick
    if positive:
        sick_with_result, healthy_with_result = sick * sensitivity, healthy * (1 - specificity)
    else:
        sick_with_result, healthy_with_result = sick * (1 - sensitivity), healthy * specificity
    return sick_with_result / (sick_with_result + healthy_with_result)


# %% 04-math-for-ml-ex6 correct: P(result) by the law of total probability, then Bayes' rule
def screening_posterior(prior, sensitivity, specificity, positive):
    p_result_if_sick = sensitivity if positive else 1.0 - sensitivity
    p_result_if_healthy = 1.0 - specificity if positive else specificity
    p_result = p_result_if_sick * prior + p_result_if_healthy * (1.0 - prior)
    return p_result_if_sick * prior / p_result


# %% 04-math-for-ml-ex6 wrong: the base-rate fallacy, P(disease | +) taken to be P(+ | disease)
def screening_posterior(prior, sensitivity, specificity, positive):
    return sensitivity if positive else 1 - specificity


# %% 04-math-for-ml-ex6 wrong: ignores the prior, as if half the people were sick
def screening_posterior(prior, sensitivity, specificity, positive):
    if positive:
        return sensitivity / (sensitivity + (1 - specificity))
    return (1 - sensitivity) / ((1 - sensitivity) + specificity)


# %% 04-math-for-ml-ex6 wrong: uses the specificity as the false-positive rate
def screening_posterior(prior, sensitivity, specificity, positive):
    if positive:
        return sensitivity * prior / (sensitivity * prior + specificity * (1 - prior))
    return (1 - sensitivity) * prior / ((1 - sensitivity) * prior + (1 - specificity) * (1 - prior))


# %% 04-math-for-ml-ex6 wrong: after a negative test returns 1 - P(disease | +)
def screening_posterior(prior, sensitivity, specificity, positive):
    p_pos = sensitivity * prior / (sensitivity * prior + (1 - specificity) * (1 - prior))
    return p_pos if positive else 1 - p_pos


# %% 04-math-for-ml-ex6 wrong: ignores the test result, always computing P(disease | +)
def screening_posterior(prior, sensitivity, specificity, positive):
    return sensitivity * prior / (sensitivity * prior + (1 - specificity) * (1 - prior))


# %% 04-math-for-ml-ex7 correct: rng.choice with replacement, then np.percentile in percents
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample)
    stats = [statistic(rng.choice(sample, size=len(sample), replace=True)) for _ in range(n_resamples)]
    alpha = 100 * (1 - confidence)
    return tuple(np.percentile(stats, [alpha / 2, 100 - alpha / 2]))


# %% 04-math-for-ml-ex7 correct: one matrix of random indices, one resample per row
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.array(sample, dtype=float)
    indices = rng.integers(0, len(sample), size=(n_resamples, len(sample)))
    stats = np.array([statistic(row) for row in sample[indices]])
    low, high = np.quantile(stats, [(1 - confidence) / 2, (1 + confidence) / 2])
    return low, high


# %% 04-math-for-ml-ex7 correct: np.apply_along_axis over a matrix of resamples drawn with rng.choice
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    resamples = rng.choice(sample, size=(n_resamples, sample.size), replace=True)
    stats = np.apply_along_axis(statistic, 1, resamples)
    return float(np.quantile(stats, (1 - confidence) / 2)), float(np.quantile(stats, (1 + confidence) / 2))


# %% 04-math-for-ml-ex7 wrong: samples without replacement, so every resample is a shuffle (zero width)
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    stats = [statistic(rng.choice(sample, size=len(sample), replace=False)) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.quantile(stats, [tail, 1 - tail]))


# %% 04-math-for-ml-ex7 wrong: takes the 5th and 95th percentiles for a 95% interval
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    stats = [statistic(rng.choice(sample, size=len(sample))) for _ in range(n_resamples)]
    tail = 100 * (1 - confidence)
    return tuple(np.percentile(stats, [tail, 100 - tail]))


# %% 04-math-for-ml-ex7 wrong: gives np.percentile fractions (0.025, 0.975) where it expects percents
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    stats = [statistic(rng.choice(sample, size=len(sample))) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.percentile(stats, [tail, 1 - tail]))


# %% 04-math-for-ml-ex7 wrong: hard-codes 2.5 and 97.5, ignoring the confidence argument
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    stats = [statistic(rng.choice(sample, size=len(sample))) for _ in range(n_resamples)]
    return tuple(np.percentile(stats, [2.5, 97.5]))


# %% 04-math-for-ml-ex7 wrong: draws from NumPy's global generator instead of rng (not reproducible)
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    stats = [statistic(np.random.choice(sample, size=len(sample))) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.quantile(stats, [tail, 1 - tail]))


# %% 04-math-for-ml-ex7 wrong: takes the percentiles of the sample itself, not of the bootstrap statistics
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    for _ in range(n_resamples):
        statistic(rng.choice(sample, size=len(sample)))
    tail = (1 - confidence) / 2
    return tuple(np.quantile(sample, [tail, 1 - tail]))
