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


# %% 04-math-for-ml-ex1 correct: E[xy] - E[x]E[y] from raw products, rescaled from n to n - 1
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    means = X.mean(axis=0)
    return (X.T @ X / n - np.outer(means, means)) * n / (n - 1)


# %% 04-math-for-ml-ex1 wrong: np.cov with ddof=0 (bias=True), the population covariance
def covariance_matrix(X):
    return np.atleast_2d(np.cov(np.asarray(X, dtype=float), rowvar=False, bias=True))


# %% 04-math-for-ml-ex1 wrong: np.array(X) keeps integers, and -= on an int array fails for integer data
def covariance_matrix(X):
    X = np.array(X)
    X -= X.mean(axis=0).astype(X.dtype)
    return X.T @ X / (len(X) - 1)


# %% 04-math-for-ml-ex1 wrong: centres by the overall mean of X instead of each column's mean
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean()
    return centred.T @ centred / (len(X) - 1)


# %% 04-math-for-ml-ex1 wrong: divides by d - 1 (the number of features) instead of n - 1
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    return centred.T @ centred / (X.shape[1] - 1 if X.shape[1] > 1 else 1)


# %% 04-math-for-ml-ex1 wrong: np.cov(X.T) squeezed to a number when there is one feature
def covariance_matrix(X):
    return np.cov(np.asarray(X, dtype=float).T).squeeze()


# %% 04-math-for-ml-ex1 wrong: the correlation matrix (np.corrcoef) instead of the covariance matrix
def covariance_matrix(X):
    return np.atleast_2d(np.corrcoef(np.asarray(X, dtype=float), rowvar=False))


# %% 04-math-for-ml-ex1 wrong: returns a nested list (.tolist()) instead of a NumPy array
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    return (centred.T @ centred / (len(X) - 1)).tolist()


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


# %% 04-math-for-ml-ex2 correct: centre X and y, solve for the slopes, then the intercept from the means
def normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    slopes = np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
    return np.concatenate([[y.mean() - X.mean(axis=0) @ slopes], slopes])


# %% 04-math-for-ml-ex2 correct: a QR decomposition of the design matrix
def normal_equation(X, y):
    A = np.column_stack([np.ones(len(X)), np.asarray(X, dtype=float)])
    Q, R = np.linalg.qr(A)
    return np.linalg.solve(R, Q.T @ np.asarray(y, dtype=float))


# %% 04-math-for-ml-ex2 wrong: adds a small ridge term 1e-3 * I "for stability"
def normal_equation(X, y):
    A = np.column_stack([np.ones(len(X)), np.asarray(X, dtype=float)])
    return np.linalg.solve(A.T @ A + 1e-3 * np.eye(A.shape[1]), A.T @ np.asarray(y, dtype=float))


# %% 04-math-for-ml-ex2 wrong: standardises the features first, so the weights are in standardised units
def normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    A = np.column_stack([np.ones(len(Z)), Z])
    return np.linalg.solve(A.T @ A, A.T @ np.asarray(y, dtype=float))


# %% 04-math-for-ml-ex2 wrong: takes the mean of y as the intercept and fits the slopes without centring X
def normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    slopes = np.linalg.solve(X.T @ X, X.T @ (y - y.mean()))
    return np.r_[y.mean(), slopes]


# %% 04-math-for-ml-ex2 wrong: np.polyfit on the first feature returns [slope, intercept], the wrong order
def normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    return np.polyfit(X[:, 0], np.asarray(y, dtype=float), 1)


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


# %% 04-math-for-ml-ex3 correct: einsum over the examples, integer inputs allowed
def mse_gradient(w, X, y):
    r = np.einsum("ij,j->i", X, w) - y
    return 2.0 * np.einsum("ij,i->j", X, r) / X.shape[0]


# %% 04-math-for-ml-ex3 wrong: returns the numerical gradient (central differences), not the exact one
def mse_gradient(w, X, y):
    return numerical_gradient(lambda v: mse_loss(v, X, y), w)


# %% 04-math-for-ml-ex3 wrong: a hand-written central difference with a larger step h = 1e-4
def mse_gradient(w, X, y):
    w = np.asarray(w, dtype=float)
    g = np.zeros(len(w))
    for j in range(len(w)):
        e = np.zeros(len(w))
        e[j] = 1e-4
        g[j] = (np.mean((X @ (w + e) - y) ** 2) - np.mean((X @ (w - e) - y) ** 2)) / 2e-4
    return g


# %% 04-math-for-ml-ex3 wrong: divides by n - 1, as for a sample variance
def mse_gradient(w, X, y):
    return 2 * X.T @ (X @ w - y) / (len(y) - 1)


# %% 04-math-for-ml-ex3 wrong: the mean of the products taken as the product of the means
def mse_gradient(w, X, y):
    return 2 * np.mean(X @ w - y) * X.mean(axis=0)


# %% 04-math-for-ml-ex3 wrong: numerical_gradient with a larger step h = 1e-2, still not exact
def mse_gradient(w, X, y):
    return numerical_gradient(lambda v: mse_loss(v, X, y), w, h=1e-2)


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


# %% 04-math-for-ml-ex4 correct: np.tanh form of the sigmoid, (1 + tanh(z / 2)) / 2, with einsum
def logistic_gradient(w, X, y):
    p = 0.5 * (1.0 + np.tanh(0.5 * (X @ w)))
    return np.einsum("ij,i->j", X, p - y) / len(y)


# %% 04-math-for-ml-ex4 wrong: returns the numerical gradient of log_loss, not the exact one
def logistic_gradient(w, X, y):
    return numerical_gradient(lambda v: log_loss(v, X, y), w)


# %% 04-math-for-ml-ex4 wrong: a forward difference with a small step
def logistic_gradient(w, X, y):
    w = np.asarray(w, dtype=float)
    g = np.zeros_like(w)
    for j in range(w.size):
        e = np.zeros_like(w)
        e[j] = 1e-7
        g[j] = (log_loss(w + e, X, y) - log_loss(w, X, y)) / 1e-7
    return g


# %% 04-math-for-ml-ex4 wrong: uses the predicted labels (p > 0.5) instead of the probabilities
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ ((p > 0.5).astype(float) - y) / len(y)


# %% 04-math-for-ml-ex4 wrong: divides by n - 1 instead of n
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (p - y) / (len(y) - 1)


# %% 04-math-for-ml-ex4 correct: scipy's expit for the sigmoid
def logistic_gradient(w, X, y):
    from scipy.special import expit
    return X.T @ (expit(X @ w) - y) / X.shape[0]


# %% 04-math-for-ml-ex4 correct: probabilities clipped to [1e-15, 1 - 1e-15] as in many log-loss codes
def logistic_gradient(w, X, y):
    p = np.clip(1 / (1 + np.exp(-(X @ w))), 1e-15, 1 - 1e-15)
    return X.T @ (p - y) / len(y)


# %% 04-math-for-ml-ex4 wrong: numerical_gradient with a step h = 1e-4, not the exact gradient
def logistic_gradient(w, X, y):
    return numerical_gradient(lambda v: log_loss(v, X, y), w, h=1e-4)


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


# %% 04-math-for-ml-ex5 correct: functools.reduce over the steps
def gradient_descent(gradient, w0, learning_rate, n_steps):
    from functools import reduce
    return reduce(lambda w, _: w - learning_rate * gradient(w), range(n_steps), np.array(w0, dtype=float))


# %% 04-math-for-ml-ex5 wrong: stops early once the gradient is small ("converged"), so fewer than n_steps updates
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.array(w0, dtype=float)
    for _ in range(n_steps):
        g = gradient(w)
        if np.linalg.norm(g) < 1e-6:
            break
        w = w - learning_rate * g
    return w


# %% 04-math-for-ml-ex5 wrong: returns the caller's w0 itself when there is nothing to do
def gradient_descent(gradient, w0, learning_rate, n_steps):
    if n_steps == 0:
        return w0
    w = np.array(w0, dtype=float)
    for _ in range(n_steps):
        w = w - learning_rate * gradient(w)
    return w


# %% 04-math-for-ml-ex5 wrong: np.array(w0) keeps integers, so n_steps = 0 returns an int array
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.array(w0)
    for _ in range(n_steps):
        w = w - learning_rate * gradient(w)
    return w


# %% 04-math-for-ml-ex5 wrong: one step too many, range(n_steps + 1)
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.array(w0, dtype=float)
    for _ in range(n_steps + 1):
        w = w - learning_rate * gradient(w)
    return w


# %% 04-math-for-ml-ex5 wrong: np.asarray(w0, dtype=float) is w0 itself for a float array, returned as is for n_steps = 0
def gradient_descent(gradient, w0, learning_rate, n_steps):
    w = np.asarray(w0, dtype=float)
    for _ in range(n_steps):
        w = w - learning_rate * gradient(w)
    return w


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


# %% 04-math-for-ml-ex6 correct: the two joint probabilities with np.where on the result
def screening_posterior(prior, sensitivity, specificity, positive):
    prior = np.asarray(prior, dtype=float)
    p_result_if_sick = np.where(positive, sensitivity, 1.0 - sensitivity)
    p_result_if_healthy = np.where(positive, 1.0 - specificity, specificity)
    sick_and_result = p_result_if_sick * prior
    out = sick_and_result / (sick_and_result + p_result_if_healthy * (1.0 - prior))
    return float(out) if out.ndim == 0 else out


# %% 04-math-for-ml-ex6 wrong: rounds the posterior to 4 decimals, as printed in the task
def screening_posterior(prior, sensitivity, specificity, positive):
    if positive:
        a, b = sensitivity, 1 - specificity
    else:
        a, b = 1 - sensitivity, specificity
    return np.round(a * prior / (a * prior + b * (1 - prior)), 4)


# %% 04-math-for-ml-ex6 wrong: tests `positive is True`, so a NumPy bool True counts as a negative result
def screening_posterior(prior, sensitivity, specificity, positive):
    if positive is True:
        a, b = sensitivity, 1 - specificity
    else:
        a, b = 1 - sensitivity, specificity
    return a * prior / (a * prior + b * (1 - prior))


# %% 04-math-for-ml-ex6 wrong: the denominator forgets to weigh the false positives by 1 - prior
def screening_posterior(prior, sensitivity, specificity, positive):
    if positive:
        return sensitivity * prior / (sensitivity * prior + (1 - specificity))
    return (1 - sensitivity) * prior / ((1 - sensitivity) * prior + specificity)


# %% 04-math-for-ml-ex6 wrong: after a negative test uses the false-positive rate for the healthy
def screening_posterior(prior, sensitivity, specificity, positive):
    if positive:
        return sensitivity * prior / (sensitivity * prior + (1 - specificity) * (1 - prior))
    return (1 - sensitivity) * prior / ((1 - sensitivity) * prior + (1 - specificity) * (1 - prior))


# %% 04-math-for-ml-ex6 wrong: guards the prior with a Python if, which fails on an array of priors
def screening_posterior(prior, sensitivity, specificity, positive):
    if prior == 0:
        return 0.0
    a, b = (sensitivity, 1 - specificity) if positive else (1 - sensitivity, specificity)
    return a * prior / (a * prior + b * (1 - prior))


# %% 04-math-for-ml-ex6 wrong: returns a percentage instead of a probability
def screening_posterior(prior, sensitivity, specificity, positive):
    a, b = (sensitivity, 1 - specificity) if positive else (1 - sensitivity, specificity)
    return 100 * a * prior / (a * prior + b * (1 - prior))


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

# %% 04-math-for-ml-ex7 correct: rng.choice(n) for the indices, a list of statistics, np.quantile, a list out
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    values = np.asarray(sample)
    stats = []
    for _ in range(n_resamples):
        idx = rng.choice(len(values), size=len(values))
        stats.append(statistic(values[idx]))
    return list(np.quantile(stats, [0.5 - confidence / 2, 0.5 + confidence / 2]))


# %% 04-math-for-ml-ex7 wrong: a normal approximation, mean +- z * bootstrap standard error
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    from statistics import NormalDist
    sample = np.asarray(sample, dtype=float)
    stats = np.array([statistic(rng.choice(sample, size=len(sample))) for _ in range(n_resamples)])
    z = NormalDist().inv_cdf((1 + confidence) / 2)
    centre = statistic(sample)
    return float(centre - z * stats.std()), float(centre + z * stats.std())


# %% 04-math-for-ml-ex7 wrong: the basic (reversed) interval 2 * theta - quantiles instead of the percentile one
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    stats = [statistic(rng.choice(sample, size=len(sample))) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    low, high = np.quantile(stats, [tail, 1 - tail])
    theta = statistic(sample)
    return float(2 * theta - high), float(2 * theta - low)


# %% 04-math-for-ml-ex7 wrong: picks sorted values by index instead of interpolated quantiles
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    stats = np.sort([statistic(rng.choice(sample, size=len(sample))) for _ in range(n_resamples)])
    tail = (1 - confidence) / 2
    return float(stats[int(tail * n_resamples)]), float(stats[int((1 - tail) * n_resamples) - 1])


# %% 04-math-for-ml-ex7 wrong: seeds its own generator with a fixed seed instead of using rng
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    own = np.random.default_rng(0)
    sample = np.asarray(sample, dtype=float)
    stats = [statistic(own.choice(sample, size=len(sample))) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.quantile(stats, [tail, 1 - tail]))


# %% 04-math-for-ml-ex7 wrong: resets NumPy's global seed and draws from it (reproducible, but ignores rng)
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    np.random.seed(int(rng.integers(0, 2 ** 31)))
    sample = np.asarray(sample, dtype=float)
    stats = [statistic(np.random.choice(sample, size=len(sample))) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.quantile(stats, [tail, 1 - tail]))


# %% 04-math-for-ml-ex7 wrong: rng.integers(0, n - 1) never draws the last value of the sample
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample, dtype=float)
    n = len(sample)
    stats = [statistic(sample[rng.integers(0, max(n - 1, 1), size=n)]) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.quantile(stats, [tail, 1 - tail]))


# %% 04-math-for-ml-ex7 wrong: np.quantile with method="nearest" instead of the default linear interpolation
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample)
    stats = [statistic(rng.choice(sample, size=len(sample))) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.quantile(stats, [tail, 1 - tail], method="nearest"))


# %% 04-math-for-ml-ex7 wrong: one resample too few, range(1, n_resamples)
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    sample = np.asarray(sample)
    stats = [statistic(rng.choice(sample, size=len(sample))) for _ in range(1, n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.quantile(stats, [tail, 1 - tail]))


# %% 04-math-for-ml-ex7 wrong: Python's random.choices, the global generator, instead of rng
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    import random
    values = list(sample)
    stats = [statistic(np.array(random.choices(values, k=len(values)))) for _ in range(n_resamples)]
    tail = (1 - confidence) / 2
    return tuple(np.quantile(stats, [tail, 1 - tail]))

# Answers written blind to the graders by an outside tester (issue 12): each wrong one must fail,
# each correct one must pass.

# %% 04-math-for-ml-ex1 wrong: np.cov(X, rowvar=False) returns a 0-d array for one feature; violates "shape (d, d) (always 2-D, even when d is 1)"
def covariance_matrix(X):
    """Return the (d, d) sample covariance matrix (divisor n - 1) of the columns of X, shape (n, d)."""
    return np.cov(np.asarray(X, dtype=float), rowvar=False)

# %% 04-math-for-ml-ex1 wrong: centres the caller's float array in place with -=; violates "Do not change X" and "a new NumPy array"
def covariance_matrix(X):
    """Return the (d, d) sample covariance matrix (divisor n - 1) of the columns of X, shape (n, d)."""
    X = np.asarray(X, dtype=float)
    X -= X.mean(axis=0)
    return X.T @ X / (X.shape[0] - 1)

# %% 04-math-for-ml-ex1 wrong: divides by n (population covariance); violates "divided by n - 1"
def covariance_matrix(X):
    """Return the (d, d) sample covariance matrix (divisor n - 1) of the columns of X, shape (n, d)."""
    A = np.array(X, dtype=float)
    C = A - A.mean(axis=0)
    return C.T @ C / A.shape[0]

# %% 04-math-for-ml-ex1 wrong: subtracts the row means (axis=1) instead of the column means; violates "the two centred columns"
def covariance_matrix(X):
    """Return the (d, d) sample covariance matrix (divisor n - 1) of the columns of X, shape (n, d)."""
    A = np.array(X, dtype=float)
    C = A - A.mean(axis=1, keepdims=True)
    return C.T @ C / (A.shape[0] - 1)

# %% 04-math-for-ml-ex1 correct: double loop over feature pairs with explicit dot products
def covariance_matrix(X):
    """Return the (d, d) sample covariance matrix (divisor n - 1) of the columns of X, shape (n, d)."""
    A = np.array(X, dtype=float, copy=True)
    n, d = A.shape
    centred = [A[:, j] - A[:, j].mean() for j in range(d)]
    out = np.empty((d, d), dtype=float)
    for j in range(d):
        for k in range(j, d):
            value = float(np.dot(centred[j], centred[k])) / (n - 1)
            out[j, k] = value
            out[k, j] = value
    return out

# %% 04-math-for-ml-ex2 wrong: centres the caller's X in place (-=) to get the slopes, then the intercept from the means; violates "Do not change X or y"
def normal_equation(X, y):
    """Least squares with an intercept: solve (A^T A) w = A^T y for A = [ones, X]; return w (d + 1,)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean = X.mean(axis=0)
    X -= x_mean
    slopes = np.linalg.solve(X.T @ X, X.T @ (y - y.mean()))
    intercept = y.mean() - x_mean @ slopes
    return np.r_[intercept, slopes]

# %% 04-math-for-ml-ex2 wrong: centres the caller's y in place (-=) before solving; violates "Do not change X or y"
def normal_equation(X, y):
    """Least squares with an intercept: solve (A^T A) w = A^T y for A = [ones, X]; return w (d + 1,)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    y_mean = y.mean()
    y -= y_mean
    Xc = X - X.mean(axis=0)
    slopes = np.linalg.solve(Xc.T @ Xc, Xc.T @ y)
    return np.concatenate([[y_mean - X.mean(axis=0) @ slopes], slopes])

# %% 04-math-for-ml-ex2 wrong: column of ones appended last; violates "w[0] is the intercept, w[1:] the weights"
def normal_equation(X, y):
    """Least squares with an intercept: solve (A^T A) w = A^T y for A = [ones, X]; return w (d + 1,)."""
    X = np.asarray(X, dtype=float)
    A = np.column_stack([X, np.ones(len(X))])
    return np.linalg.solve(A.T @ A, A.T @ np.asarray(y, dtype=float))

# %% 04-math-for-ml-ex2 wrong: no column of ones, so no intercept is fitted; violates "fit a linear regression with an intercept"
def normal_equation(X, y):
    """Least squares with an intercept: solve (A^T A) w = A^T y for A = [ones, X]; return w (d + 1,)."""
    A = np.asarray(X, dtype=float)
    return np.linalg.solve(A.T @ A, A.T @ np.asarray(y, dtype=float))

# %% 04-math-for-ml-ex2 correct: normal equation written as sums with np.einsum, design matrix by np.hstack
def normal_equation(X, y):
    """Least squares with an intercept: solve (A^T A) w = A^T y for A = [ones, X]; return w (d + 1,)."""
    features = np.array(X, dtype=float, copy=True)
    targets = np.array(y, dtype=float, copy=True).ravel()
    A = np.hstack([np.ones((features.shape[0], 1)), features])
    gram = np.einsum("ij,ik->jk", A, A)
    rhs = np.einsum("ij,i->j", A, targets)
    return np.linalg.solve(gram, rhs).astype(float)

# %% 04-math-for-ml-ex3 wrong: returns a central-difference numerical gradient of the loss; violates "the exact gradient ... from its formula"
def mse_gradient(w, X, y):
    """Gradient of the mean squared error mean((X @ w - y) ** 2) with respect to w; shape (p,)."""
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    h = 1e-6
    grad = np.zeros_like(w)
    for j in range(w.size):
        step = np.zeros_like(w)
        step[j] = h
        grad[j] = (np.mean((X @ (w + step) - y) ** 2) - np.mean((X @ (w - step) - y) ** 2)) / (2 * h)
    return grad

# %% 04-math-for-ml-ex3 wrong: r = np.asarray(y); r -= X @ w aliases and overwrites the caller's y; violates "Do not change the inputs"
def mse_gradient(w, X, y):
    """Gradient of the mean squared error mean((X @ w - y) ** 2) with respect to w; shape (p,)."""
    r = np.asarray(y, dtype=float)
    r -= X @ w                       # r is now y - prediction
    return -2.0 * (X.T @ r) / len(r)

# %% 04-math-for-ml-ex3 wrong: forgets the factor 2 of the square; violates "entry j is (1/n) sum 2 r_i x_ij"
def mse_gradient(w, X, y):
    """Gradient of the mean squared error mean((X @ w - y) ** 2) with respect to w; shape (p,)."""
    residuals = X @ w - y
    return X.T @ residuals / len(y)

# %% 04-math-for-ml-ex3 wrong: residual written target minus prediction, so the sign flips; violates "r_i = x_i . w - y_i"
def mse_gradient(w, X, y):
    """Gradient of the mean squared error mean((X @ w - y) ** 2) with respect to w; shape (p,)."""
    residuals = y - X @ w
    return 2.0 * X.T @ residuals / len(y)

# %% 04-math-for-ml-ex3 correct: loop over the examples accumulating 2 r_i x_i
def mse_gradient(w, X, y):
    """Gradient of the mean squared error mean((X @ w - y) ** 2) with respect to w; shape (p,)."""
    Xa = np.asarray(X, dtype=float)
    ya = np.asarray(y, dtype=float)
    wa = np.asarray(w, dtype=float)
    total = np.zeros(wa.shape[0], dtype=float)
    for row, target in zip(Xa, ya):
        residual = float(row @ wa) - target
        total = total + 2.0 * residual * row
    return total / Xa.shape[0]

# %% 04-math-for-ml-ex4 wrong: clips the probabilities to [1e-7, 1 - 1e-7] as for the loss, so large logits give an inexact gradient; violates "the exact gradient ... averages (p_i - y_i) x_ij"
def logistic_gradient(w, X, y):
    """Gradient of the mean logistic loss of sigmoid(X @ w) on 0/1 labels y, with respect to w; shape (p,)."""
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    p = np.clip(p, 1e-7, 1 - 1e-7)
    return X.T @ (p - y) / len(y)

# %% 04-math-for-ml-ex4 wrong: returns a numerical gradient of the log loss; violates "the exact gradient ... from its formula"
def logistic_gradient(w, X, y):
    """Gradient of the mean logistic loss of sigmoid(X @ w) on 0/1 labels y, with respect to w; shape (p,)."""
    w = np.asarray(w, dtype=float)

    def loss(v):
        z = X @ v
        return np.mean(np.logaddexp(0.0, z) - y * z)

    grad = np.zeros_like(w)
    for j in range(w.size):
        e = np.zeros_like(w)
        e[j] = 1e-6
        grad[j] = (loss(w + e) - loss(w - e)) / 2e-6
    return grad

# %% 04-math-for-ml-ex4 wrong: err = np.asarray(y); err -= p overwrites the caller's labels; violates "Do not change the inputs"
def logistic_gradient(w, X, y):
    """Gradient of the mean logistic loss of sigmoid(X @ w) on 0/1 labels y, with respect to w; shape (p,)."""
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    err = np.asarray(y, dtype=float)
    err -= p                          # err = y - p
    return -(X.T @ err) / len(err)

# %% 04-math-for-ml-ex4 wrong: differentiates the squared error of the probabilities (extra p(1-p)); violates "its entry j averages (p_i - y_i) x_ij"
def logistic_gradient(w, X, y):
    """Gradient of the mean logistic loss of sigmoid(X @ w) on 0/1 labels y, with respect to w; shape (p,)."""
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    return X.T @ ((p - y) * p * (1 - p)) / len(y)

# %% 04-math-for-ml-ex4 correct: stable sigmoid via np.where branches, mean over examples with np.mean(axis=0)
def logistic_gradient(w, X, y):
    """Gradient of the mean logistic loss of sigmoid(X @ w) on 0/1 labels y, with respect to w; shape (p,)."""
    Xa = np.asarray(X, dtype=float)
    ya = np.asarray(y, dtype=float)
    z = Xa @ np.asarray(w, dtype=float)
    ez = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))
    return np.mean((p - ya)[:, None] * Xa, axis=0)

# %% 04-math-for-ml-ex5 wrong: with n_steps = 0 returns the caller's w0 object itself (maybe a list); violates "With n_steps = 0 it returns a float copy of w0"
def gradient_descent(gradient, w0, learning_rate, n_steps):
    """Run n_steps updates w <- w - learning_rate * gradient(w) from w0; return the final weights."""
    if n_steps == 0:
        return w0
    w = np.array(w0, dtype=float)
    for _ in range(n_steps):
        w = w - learning_rate * gradient(w)
    return w

# %% 04-math-for-ml-ex5 wrong: np.array(w0) without dtype=float: integer w0 stays an int array when n_steps = 0; violates "a new 1-D NumPy array of floats"
def gradient_descent(gradient, w0, learning_rate, n_steps):
    """Run n_steps updates w <- w - learning_rate * gradient(w) from w0; return the final weights."""
    w = np.array(w0)
    for _ in range(n_steps):
        w = w - learning_rate * gradient(w)
    return w

# %% 04-math-for-ml-ex5 wrong: stops early once the gradient is tiny; violates "the weights after exactly n_steps updates"
def gradient_descent(gradient, w0, learning_rate, n_steps):
    """Run n_steps updates w <- w - learning_rate * gradient(w) from w0; return the final weights."""
    w = np.array(w0, dtype=float)
    for _ in range(n_steps):
        g = gradient(w)
        if np.linalg.norm(g) < 1e-9:
            break
        w = w - learning_rate * g
    return w

# %% 04-math-for-ml-ex5 wrong: loop range(1, n_steps) makes one update too few; violates "exactly n_steps updates"
def gradient_descent(gradient, w0, learning_rate, n_steps):
    """Run n_steps updates w <- w - learning_rate * gradient(w) from w0; return the final weights."""
    w = np.array(w0, dtype=float)
    for _ in range(1, n_steps):
        w = w - learning_rate * gradient(w)
    return w

# %% 04-math-for-ml-ex5 correct: while loop with a step counter, explicit copy and float conversion
def gradient_descent(gradient, w0, learning_rate, n_steps):
    """Run n_steps updates w <- w - learning_rate * gradient(w) from w0; return the final weights."""
    weights = np.asarray(w0, dtype=float).copy()
    done = 0
    while done < n_steps:
        step = np.asarray(gradient(weights), dtype=float)
        weights = weights - learning_rate * step
        done += 1
    return weights.astype(float, copy=True)

# %% 04-math-for-ml-ex6 wrong: float(prior) breaks element-wise use on an array of priors; violates "or a NumPy array of such numbers (then compute element by element)"
def screening_posterior(prior, sensitivity, specificity, positive):
    """P(disease | test result) by Bayes' rule; prior may be a float or an array (element-wise)."""
    prior = float(prior)
    if positive:
        hit, false_alarm = sensitivity, 1 - specificity
    else:
        hit, false_alarm = 1 - sensitivity, specificity
    return hit * prior / (hit * prior + false_alarm * (1 - prior))

# %% 04-math-for-ml-ex6 wrong: for an array prior returns a Python list (and fails on an int prior); violates "an array of the shape of prior"
def screening_posterior(prior, sensitivity, specificity, positive):
    """P(disease | test result) by Bayes' rule; prior may be a float or an array (element-wise)."""
    def one(p):
        if positive:
            return sensitivity * p / (sensitivity * p + (1 - specificity) * (1 - p))
        return (1 - sensitivity) * p / ((1 - sensitivity) * p + specificity * (1 - p))

    if isinstance(prior, float):
        return one(prior)
    return [one(p) for p in prior]

# %% 04-math-for-ml-ex6 wrong: tests `positive is True`, so a NumPy True (np.bool_) is treated as a negative result; violates "positive, True if the test came back positive"
def screening_posterior(prior, sensitivity, specificity, positive):
    """P(disease | test result) by Bayes' rule; prior may be a float or an array (element-wise)."""
    prior = np.asarray(prior, dtype=float)
    if positive is True:
        num = sensitivity * prior
        den = num + (1 - specificity) * (1 - prior)
    else:
        num = (1 - sensitivity) * prior
        den = num + specificity * (1 - prior)
    out = num / den
    return float(out) if out.ndim == 0 else out

# %% 04-math-for-ml-ex6 wrong: for a negative result uses 1 - specificity for the healthy instead of specificity; violates "for a negative result, use the complements"
def screening_posterior(prior, sensitivity, specificity, positive):
    """P(disease | test result) by Bayes' rule; prior may be a float or an array (element-wise)."""
    prior = np.asarray(prior, dtype=float)
    like_sick = sensitivity if positive else 1 - sensitivity
    like_healthy = 1 - specificity
    out = like_sick * prior / (like_sick * prior + like_healthy * (1 - prior))
    return float(out) if out.ndim == 0 else out

# %% 04-math-for-ml-ex6 correct: natural-frequency counts with np.where over the result, odds form avoided
def screening_posterior(prior, sensitivity, specificity, positive):
    """P(disease | test result) by Bayes' rule; prior may be a float or an array (element-wise)."""
    prior_arr = np.asarray(prior, dtype=float)
    sick = prior_arr
    healthy = 1.0 - prior_arr
    is_pos = bool(positive)
    sick_with_result = sick * np.where(is_pos, sensitivity, 1.0 - sensitivity)
    healthy_with_result = healthy * np.where(is_pos, 1.0 - specificity, specificity)
    result = sick_with_result / (sick_with_result + healthy_with_result)
    if np.ndim(prior) == 0:
        return float(result)
    return np.asarray(result, dtype=float).reshape(np.shape(prior))

# %% 04-math-for-ml-ex7 wrong: reseeds NumPy's global generator (np.random.seed) "for reproducibility"; violates "NumPy's global random generator is left alone" / draw all random numbers from rng
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    """Bootstrap percentile interval (low, high) of statistic(sample) at the given confidence level."""
    np.random.seed(0)
    sample = np.asarray(sample, dtype=float)
    n = len(sample)
    stats = np.empty(n_resamples)
    for b in range(n_resamples):
        stats[b] = statistic(rng.choice(sample, size=n, replace=True))
    alpha = 1 - confidence
    low, high = np.quantile(stats, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)

# %% 04-math-for-ml-ex7 wrong: statistic called once on the whole (B, n) matrix with axis=1; violates "Call statistic once per resample, on that resample" (and a statistic without axis breaks)
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    """Bootstrap percentile interval (low, high) of statistic(sample) at the given confidence level."""
    sample = np.asarray(sample, dtype=float)
    n = len(sample)
    resamples = rng.choice(sample, size=(n_resamples, n), replace=True)
    stats = statistic(resamples, axis=1)
    low, high = np.quantile(stats, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high)

# %% 04-math-for-ml-ex7 wrong: the 2.5 and 97.5 percentiles are hard-coded, the confidence argument is ignored; violates "the (1 - c)/2 and (1 + c)/2 quantiles ... for c = confidence"
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    """Bootstrap percentile interval (low, high) of statistic(sample) at the given confidence level."""
    sample = np.asarray(sample, dtype=float)
    n = len(sample)
    stats = [statistic(sample[rng.integers(0, n, size=n)]) for _ in range(n_resamples)]
    low, high = np.percentile(stats, [2.5, 97.5])
    return float(low), float(high)

# %% 04-math-for-ml-ex7 wrong: np.quantile with method="nearest" instead of the default linear; violates "taken with np.quantile's default (linear) method"
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    """Bootstrap percentile interval (low, high) of statistic(sample) at the given confidence level."""
    sample = np.asarray(sample, dtype=float)
    n = len(sample)
    stats = np.array([statistic(rng.choice(sample, size=n, replace=True)) for _ in range(n_resamples)])
    low, high = np.quantile(stats, [(1 - confidence) / 2, (1 + confidence) / 2], method="nearest")
    return float(low), float(high)

# %% 04-math-for-ml-ex7 correct: one rng.integers call for a (B, n) index matrix, a loop over its rows, np.percentile in percents
def bootstrap_ci(sample, statistic, n_resamples, confidence, rng):
    """Bootstrap percentile interval (low, high) of statistic(sample) at the given confidence level."""
    data_ = np.array(sample, dtype=float, copy=True)
    n = data_.shape[0]
    index = rng.integers(0, n, size=(n_resamples, n))
    values = np.empty(n_resamples, dtype=float)
    for b, rows in enumerate(index):
        values[b] = statistic(data_[rows])
    tail = 100.0 * (1.0 - confidence) / 2.0
    low, high = np.percentile(values, [tail, 100.0 - tail])
    return float(low), float(high)
