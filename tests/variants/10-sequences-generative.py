# Answer variants for 10-sequences-generative: each block replaces the whole answer cell of its exercise.
# A "correct" block must pass every test cell of that exercise; a "wrong" block must fail one with an
# AssertionError. The notebook's namespace (np, pd, keras, layers, ops, the arrays and models of the
# read-only cells) is available.

# %% 10-sequences-generative-ex1 correct: sliding_window_view, no Python loop
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    runs = np.lib.stride_tricks.sliding_window_view(values, window + horizon, axis=0)  # (n, channels, w + h)
    runs = np.moveaxis(runs, -1, 1)
    return runs[:, :window].copy(), runs[:, window:, target].copy()

# %% 10-sequences-generative-ex1 correct: fancy indexing with a table of row numbers
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values, dtype=float)
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError(f"need at least {window + horizon} rows")
    starts = np.arange(n)[:, None]
    return values[starts + np.arange(window)], values[starts + window + np.arange(horizon), target]

# %% 10-sequences-generative-ex1 wrong: off by one, the last input is also the first target
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window - 1:i + window - 1 + horizon, target] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: loses the last sample (range stops one too early)
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon
    if n < 1:
        raise ValueError("series too short")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window:i + window + horizon, target] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: the targets keep every channel instead of the target channel
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window:i + window + horizon] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: windows that do not overlap (steps by `window`, not by one row)
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    X = np.stack([values[i:i + window] for i in range(0, n, window)])
    y = np.stack([values[i + window:i + window + horizon, target] for i in range(0, n, window)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: a too-short series silently gives empty arrays instead of an error
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values, dtype=float)
    n = max(len(values) - window - horizon + 1, 0)
    X = np.array([values[i:i + window] for i in range(n)]).reshape(n, window, values.shape[1])
    y = np.array([values[i + window:i + window + horizon, target] for i in range(n)]).reshape(n, horizon)
    return X, y

# %% 10-sequences-generative-ex2 correct: pandas, with population standard deviations (ddof=0)
def split_and_scale(values, train_fraction):
    frame = pd.DataFrame(np.asarray(values, dtype=float))
    n_train = int(len(frame) * train_fraction)
    train, test = frame.iloc[:n_train], frame.iloc[n_train:]
    mean, std = train.mean(), train.std(ddof=0)
    scaled_train, scaled_test = ((train - mean) / std).to_numpy(), ((test - mean) / std).to_numpy()
    return scaled_train, scaled_test, mean.to_numpy(), std.to_numpy()

# %% 10-sequences-generative-ex2 correct: scikit-learn's StandardScaler fitted on the training rows only
def split_and_scale(values, train_fraction):
    from sklearn.preprocessing import StandardScaler

    values = np.asarray(values, dtype=float)
    n_train = int(len(values) * train_fraction)
    scaler = StandardScaler().fit(values[:n_train])
    return scaler.transform(values[:n_train]), scaler.transform(values[n_train:]), scaler.mean_, scaler.scale_

# %% 10-sequences-generative-ex2 wrong: statistics of the whole series, test period included
def split_and_scale(values, train_fraction):
    values = np.asarray(values, dtype=float)
    n_train = int(len(values) * train_fraction)
    mean, std = values.mean(axis=0), values.std(axis=0)
    return (values[:n_train] - mean) / std, (values[n_train:] - mean) / std, mean, std

# %% 10-sequences-generative-ex2 wrong: shuffles the rows before splitting, as for tabular data
def split_and_scale(values, train_fraction):
    values = np.asarray(values, dtype=float)
    shuffled = values[np.random.default_rng(0).permutation(len(values))]
    n_train = int(len(values) * train_fraction)
    train, test = shuffled[:n_train], shuffled[n_train:]
    mean, std = train.mean(axis=0), train.std(axis=0)
    return (train - mean) / std, (test - mean) / std, mean, std

# %% 10-sequences-generative-ex2 wrong: scales the test part with its own statistics
def split_and_scale(values, train_fraction):
    values = np.asarray(values, dtype=float)
    n_train = int(len(values) * train_fraction)
    train, test = values[:n_train], values[n_train:]
    mean, std = train.mean(axis=0), train.std(axis=0)
    return (train - mean) / std, (test - test.mean(axis=0)) / test.std(axis=0), mean, std

# %% 10-sequences-generative-ex2 wrong: one mean and one std over all channels together
def split_and_scale(values, train_fraction):
    values = np.asarray(values, dtype=float)
    n_train = int(len(values) * train_fraction)
    train, test = values[:n_train], values[n_train:]
    mean, std = np.full(values.shape[1], train.mean()), np.full(values.shape[1], train.std())
    return (train - mean) / std, (test - mean) / std, mean, std

# %% 10-sequences-generative-ex3 correct: np.repeat the last value over the horizon
def naive_mae(X, y, target=0):
    y = np.asarray(y)
    forecast = np.repeat(np.asarray(X)[:, -1, target][:, None], y.shape[1], axis=1)
    return float(np.abs(forecast - y).mean())

# %% 10-sequences-generative-ex3 correct: a plain loop over samples and steps
def naive_mae(X, y, target=0):
    total, count = 0.0, 0
    for window, targets in zip(X, y):
        for value in targets:
            total += abs(value - window[-1][target])
            count += 1
    return total / count

# %% 10-sequences-generative-ex3 wrong: "the last value" taken from the targets, the first future value (leak)
def naive_mae(X, y, target=0):
    y = np.asarray(y)
    return float(np.abs(y - y[:, :1]).mean())

# %% 10-sequences-generative-ex3 wrong: the first value of the window instead of the last
def naive_mae(X, y, target=0):
    return float(np.abs(np.asarray(y) - np.asarray(X)[:, :1, target]).mean())

# %% 10-sequences-generative-ex3 wrong: the mean of the window, not the last value
def naive_mae(X, y, target=0):
    return float(np.abs(np.asarray(y) - np.asarray(X)[:, :, target].mean(axis=1, keepdims=True)).mean())

# %% 10-sequences-generative-ex3 wrong: always channel 0, whatever the target
def naive_mae(X, y, target=0):
    return float(np.abs(np.asarray(y) - np.asarray(X)[:, -1:, 0]).mean())

# %% 10-sequences-generative-ex3 wrong: root mean squared error instead of the mean absolute error
def naive_mae(X, y, target=0):
    return float(np.sqrt(((np.asarray(y) - np.asarray(X)[:, -1:, target]) ** 2).mean()))

# %% 10-sequences-generative-ex4 correct: an LSTM with the functional API
def build_forecaster(window, n_channels, horizon, units=32):
    inputs = keras.Input(shape=(window, n_channels))
    state = layers.LSTM(units)(inputs)
    model = keras.Model(inputs, layers.Dense(horizon)(state))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mean_squared_error")
    return model

# %% 10-sequences-generative-ex4 correct: a GRU, a small hidden Dense layer, and a loss object
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([
        keras.Input(shape=(window, n_channels)),
        layers.GRU(units),
        layers.Dense(16, activation="relu"),
        layers.Dense(horizon, activation="linear"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss=keras.losses.MeanSquaredError())
    return model

# %% 10-sequences-generative-ex4 wrong: a Dense network on the flattened window, no recurrent layer
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([
        keras.Input(shape=(window, n_channels)), layers.Flatten(), layers.Dense(units, activation="relu"),
        layers.Dense(horizon),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: return_sequences=True, so the model outputs a forecast per input step
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([
        keras.Input(shape=(window, n_channels)),
        layers.GRU(units, return_sequences=True),
        layers.Dense(horizon),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: a relu output layer, which cannot forecast negative scaled values
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([
        keras.Input(shape=(window, n_channels)), layers.GRU(units), layers.Dense(horizon, activation="relu"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: forgets to compile the model
def build_forecaster(window, n_channels, horizon, units=32):
    return keras.Sequential([keras.Input((window, n_channels)), layers.GRU(units), layers.Dense(horizon)])

# %% 10-sequences-generative-ex4 wrong: a SimpleRNN, without the gates of a GRU or an LSTM
def build_forecaster(window, n_channels, horizon, units=32):
    inputs = keras.Input((window, n_channels))
    model = keras.Sequential([inputs, layers.SimpleRNN(units), layers.Dense(horizon)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: one output (the next hour only) instead of `horizon` outputs
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([keras.Input(shape=(window, n_channels)), layers.GRU(units), layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: window and channels swapped in the input shape
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([keras.Input((n_channels, window)), layers.GRU(units), layers.Dense(horizon)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: a classification loss (binary cross-entropy) for a regression
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([keras.Input((window, n_channels)), layers.GRU(units), layers.Dense(horizon)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy")
    return model

# %% 10-sequences-generative-ex4 wrong: Adam's default learning rate, too slow for 10 epochs
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([keras.Input((window, n_channels)), layers.GRU(units), layers.Dense(horizon)])
    model.compile(optimizer="adam", loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: ignores the units argument (always 32)
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([keras.Input(shape=(window, n_channels)), layers.GRU(32), layers.Dense(horizon)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex5 correct: np.mean over every axis but the first
def reconstruction_errors(windows, reconstructions):
    windows, reconstructions = np.asarray(windows, dtype=float), np.asarray(reconstructions, dtype=float)
    return ((windows - reconstructions) ** 2).mean(axis=tuple(range(1, windows.ndim)))

# %% 10-sequences-generative-ex5 correct: one window at a time
def reconstruction_errors(windows, reconstructions):
    return np.array([np.mean((np.asarray(w) - np.asarray(r)) ** 2) for w, r in zip(windows, reconstructions)])

# %% 10-sequences-generative-ex5 wrong: the signed mean difference, so errors of opposite sign cancel
def reconstruction_errors(windows, reconstructions):
    difference = np.asarray(windows, dtype=float) - np.asarray(reconstructions, dtype=float)
    return np.abs(difference.reshape(len(difference), -1).mean(axis=1))

# %% 10-sequences-generative-ex5 wrong: one number for all windows together
def reconstruction_errors(windows, reconstructions):
    return np.array([np.mean((np.asarray(windows) - np.asarray(reconstructions)) ** 2)])

# %% 10-sequences-generative-ex5 wrong: averages only the last axis, one error per time step
def reconstruction_errors(windows, reconstructions):
    difference = np.asarray(windows, dtype=float) - np.asarray(reconstructions, dtype=float)
    return np.mean(difference ** 2, axis=-1)

# %% 10-sequences-generative-ex5 wrong: averages across windows (axis 0), one error per position
def reconstruction_errors(windows, reconstructions):
    difference = np.asarray(windows, dtype=float) - np.asarray(reconstructions, dtype=float)
    return np.mean(difference ** 2, axis=0)

# %% 10-sequences-generative-ex6 correct: np.quantile with a share between 0 and 1
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(np.quantile(np.asarray(train_errors, dtype=float), percentile / 100))
    return threshold, np.array([error > threshold for error in errors], dtype=bool)

# %% 10-sequences-generative-ex6 correct: pandas Series.quantile
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(pd.Series(train_errors).quantile(percentile / 100))
    return threshold, (pd.Series(errors, dtype=float) > threshold).to_numpy()

# %% 10-sequences-generative-ex6 wrong: the maximum training error as the threshold
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(np.max(train_errors))
    return threshold, np.asarray(errors) > threshold

# %% 10-sequences-generative-ex6 wrong: the percentile of the errors being judged, not of the training errors
def flag_anomalies(train_errors, errors, percentile=99):
    errors = np.asarray(errors, dtype=float)
    judged = errors if errors.size else np.asarray(train_errors, dtype=float)
    threshold = float(np.percentile(judged, percentile))
    return threshold, errors > threshold

# %% 10-sequences-generative-ex6 wrong: the percentile passed as a share to np.percentile (0.99, not 99)
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(np.percentile(train_errors, percentile / 100))
    return threshold, np.asarray(errors) > threshold

# %% 10-sequences-generative-ex6 wrong: mean plus three standard deviations instead of the stated percentile
def flag_anomalies(train_errors, errors, percentile=99):
    train_errors = np.asarray(train_errors, dtype=float)
    threshold = float(train_errors.mean() + 3 * train_errors.std())
    return threshold, np.asarray(errors) > threshold

# %% 10-sequences-generative-ex6 wrong: flags the errors below the threshold (the comparison reversed)
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(np.percentile(train_errors, percentile))
    return threshold, np.asarray(errors) < threshold

# %% 10-sequences-generative-ex7 correct: Keras's own seeded normal generator, calling the decoder directly
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = keras.random.normal((n_samples, latent_dim), seed=seed)
    return ops.convert_to_numpy(decoder(codes)) * np.asarray(std) + np.asarray(mean)

# %% 10-sequences-generative-ex7 correct: rng.normal with loc and scale, denormalised channel by channel
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.random.default_rng(seed).normal(0.0, 1.0, size=(n_samples, latent_dim))
    scaled = decoder.predict(codes.astype("float32"), verbose=0)
    samples = np.empty(scaled.shape)
    for channel in range(scaled.shape[-1]):
        samples[..., channel] = scaled[..., channel] * std[channel] + mean[channel]
    return samples

# %% 10-sequences-generative-ex7 wrong: returns the decoder's scaled output, never denormalised
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.random.default_rng(seed).standard_normal((n_samples, latent_dim)).astype("float32")
    return decoder.predict(codes, verbose=0)

# %% 10-sequences-generative-ex7 wrong: one code of shape (latent_dim,) repeated for every sample
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    code = np.random.default_rng(seed).standard_normal(latent_dim).astype("float32")
    return decoder.predict(np.tile(code, (n_samples, 1)), verbose=0) * std + mean

# %% 10-sequences-generative-ex7 wrong: a uniform prior on [0, 1) instead of the standard normal
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.random.default_rng(seed).random((n_samples, latent_dim)).astype("float32")
    return decoder.predict(codes, verbose=0) * std + mean

# %% 10-sequences-generative-ex7 wrong: "denormalises" by scaling again, (x - mean) / std
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.random.default_rng(seed).standard_normal((n_samples, latent_dim)).astype("float32")
    return (decoder.predict(codes, verbose=0) - mean) / std

# %% 10-sequences-generative-ex7 wrong: the decoded mean of the prior only (all codes zero), no sampling
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.zeros((n_samples, latent_dim), dtype="float32")
    return decoder.predict(codes, verbose=0) * std + mean

# %% 10-sequences-generative-ex7 wrong: ignores the seed, so the samples differ on every run
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.random.default_rng().standard_normal((n_samples, latent_dim)).astype("float32")
    return decoder.predict(codes, verbose=0) * std + mean

# %% 10-sequences-generative-ex8 correct: scipy's cdist on the flattened windows
def nearest_distances(samples, reference):
    from scipy.spatial.distance import cdist

    samples, reference = np.asarray(samples, dtype=float), np.asarray(reference, dtype=float)
    return cdist(samples.reshape(len(samples), -1), reference.reshape(len(reference), -1)).min(axis=1)

# %% 10-sequences-generative-ex8 correct: |a - b|^2 = |a|^2 + |b|^2 - 2 a.b, clipped at zero
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    squared = (a ** 2).sum(axis=1)[:, None] + (b ** 2).sum(axis=1)[None, :] - 2 * a @ b.T
    return np.sqrt(np.clip(squared, 0, None).min(axis=1))

# %% 10-sequences-generative-ex8 wrong: squared distances (forgets the square root)
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    return np.array([((b - row) ** 2).sum(axis=1).min() for row in a])

# %% 10-sequences-generative-ex8 wrong: the minimum over the wrong axis, one distance per reference window
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2)).min(axis=0)

# %% 10-sequences-generative-ex8 wrong: the Manhattan distance (sum of absolute differences)
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    return np.array([np.abs(b - row).sum(axis=1).min() for row in a])

# %% 10-sequences-generative-ex8 wrong: the mean distance to the reference windows, not the nearest one
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    return np.array([np.linalg.norm(b - row, axis=1).mean() for row in a])

# %% 10-sequences-generative-ex8 wrong: the nearest other sample, not the nearest reference window
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    distances = np.sqrt(((a[:, None, :] - a[None, :, :]) ** 2).sum(axis=2))
    np.fill_diagonal(distances, np.inf)
    return distances.min(axis=1)
