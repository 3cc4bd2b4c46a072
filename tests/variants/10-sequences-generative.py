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

# %% 10-sequences-generative-ex1 correct: preallocated arrays filled in a loop, targets of any dtype kept
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = values.shape[0] - window - horizon + 1
    if n < 1:
        raise ValueError("not enough rows for one sample")
    X = np.empty((n, window, values.shape[1]), dtype=values.dtype)
    y = np.empty((n, horizon), dtype=values.dtype)
    for i in range(n):
        X[i] = values[i:i + window]
        y[i] = values[i + window:i + window + horizon, target]
    return X, y

# %% 10-sequences-generative-ex1 wrong: drops the target channel from the inputs, thinking it would leak
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    inputs = np.delete(values, target, axis=1) if values.shape[1] > 1 else values
    X = np.stack([inputs[i:i + window] for i in range(n)])
    y = np.stack([values[i + window:i + window + horizon, target] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: sliding_window_view without moving the window axis, X is (n, channels, window)
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    X = np.lib.stride_tricks.sliding_window_view(values[:n + window - 1], window, axis=0)
    X = X.reshape(n, window, values.shape[1])
    y = np.stack([values[i + window:i + window + horizon, target] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: leaves a gap of one row between the window and its targets
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon
    if n < 1:
        raise ValueError("series too short")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window + 1:i + window + 1 + horizon, target] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: refuses a series just long enough for one sample (n <= 1 raises)
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon + 1
    if n <= 1:
        raise ValueError("series too short")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window:i + window + horizon, target] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: always forecasts channel 0, whatever `target` says
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window:i + window + horizon, 0] for i in range(n)])
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

# %% 10-sequences-generative-ex2 correct: the population std from its definition, one channel at a time
def split_and_scale(values, train_fraction):
    values = np.array(values, dtype=float)
    n_train = int(len(values) * train_fraction)
    train, test = values[:n_train].copy(), values[n_train:].copy()
    mean, std = np.zeros(values.shape[1]), np.zeros(values.shape[1])
    for channel in range(values.shape[1]):
        column = values[:n_train, channel]
        mean[channel] = column.sum() / len(column)
        std[channel] = np.sqrt(((column - mean[channel]) ** 2).sum() / len(column))
        train[:, channel] = (train[:, channel] - mean[channel]) / std[channel]
        test[:, channel] = (test[:, channel] - mean[channel]) / std[channel]
    return train, test, mean, std

# %% 10-sequences-generative-ex2 wrong: the sample standard deviation (ddof=1), as pandas' .std() gives it
def split_and_scale(values, train_fraction):
    values = np.asarray(values, dtype=float)
    n_train = int(len(values) * train_fraction)
    train, test = values[:n_train], values[n_train:]
    mean, std = train.mean(axis=0), train.std(axis=0, ddof=1)
    return (train - mean) / std, (test - mean) / std, mean, std

# %% 10-sequences-generative-ex2 wrong: rounds the number of training rows instead of int()
def split_and_scale(values, train_fraction):
    values = np.asarray(values, dtype=float)
    n_train = round(len(values) * train_fraction)
    train, test = values[:n_train], values[n_train:]
    mean, std = train.mean(axis=0), train.std(axis=0)
    return (train - mean) / std, (test - mean) / std, mean, std

# %% 10-sequences-generative-ex2 wrong: train_test_split(shuffle=False) with test_size = 1 - fraction, which rounds the test part up
def split_and_scale(values, train_fraction):
    from sklearn.model_selection import train_test_split

    values = np.asarray(values, dtype=float)
    train, test = train_test_split(values, test_size=1 - train_fraction, shuffle=False)
    mean, std = train.mean(axis=0), train.std(axis=0)
    return (train - mean) / std, (test - mean) / std, mean, std

# %% 10-sequences-generative-ex2 wrong: scales the training rows in place, changing the caller's array
def split_and_scale(values, train_fraction):
    values = np.asarray(values)
    n_train = int(len(values) * train_fraction)
    train, test = values[:n_train], values[n_train:]
    mean, std = train.mean(axis=0), train.std(axis=0)
    train -= mean
    train /= std
    return train, (test - mean) / std, mean, std

# %% 10-sequences-generative-ex2 wrong: the training part is the last rows, the test part the first ones
def split_and_scale(values, train_fraction):
    values = np.asarray(values, dtype=float)
    n_train = int(len(values) * train_fraction)
    train, test = values[len(values) - n_train:], values[:len(values) - n_train]
    mean, std = train.mean(axis=0), train.std(axis=0)
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

# %% 10-sequences-generative-ex3 correct: one step of the horizon at a time, then the mean of the per-step errors
def naive_mae(X, y, target=0):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    last = X[:, X.shape[1] - 1, target]
    return float(np.mean([np.mean(np.abs(y[:, step] - last)) for step in range(y.shape[1])]))

# %% 10-sequences-generative-ex3 wrong: no second axis on the last values, so they broadcast along the horizon
def naive_mae(X, y, target=0):
    return float(np.mean(np.abs(np.asarray(y) - np.asarray(X)[:, -1, target])))

# %% 10-sequences-generative-ex3 wrong: the median absolute error instead of the mean
def naive_mae(X, y, target=0):
    return float(np.median(np.abs(np.asarray(y) - np.asarray(X)[:, -1:, target])))

# %% 10-sequences-generative-ex3 wrong: scores only the first step of the horizon
def naive_mae(X, y, target=0):
    return float(np.mean(np.abs(np.asarray(y)[:, 0] - np.asarray(X)[:, -1, target])))

# %% 10-sequences-generative-ex3 wrong: the last row averaged over all channels instead of the target channel
def naive_mae(X, y, target=0):
    last = np.asarray(X)[:, -1, :].mean(axis=1, keepdims=True)
    return float(np.mean(np.abs(np.asarray(y) - last)))

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

# %% 10-sequences-generative-ex4 wrong: forgets to compile the model
def build_forecaster(window, n_channels, horizon, units=32):
    return keras.Sequential([keras.Input((window, n_channels)), layers.GRU(units), layers.Dense(horizon)])

# %% 10-sequences-generative-ex4 wrong: a SimpleRNN, without the gates of a GRU or an LSTM
def build_forecaster(window, n_channels, horizon, units=32):
    inputs = keras.Input((window, n_channels))
    model = keras.Sequential([inputs, layers.SimpleRNN(units), layers.Dense(horizon)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 correct: two stacked LSTMs, the last one with `units` units returning its last state
def build_forecaster(window, n_channels, horizon, units=32):
    inputs = keras.Input(shape=(window, n_channels))
    sequence = layers.LSTM(16, return_sequences=True)(inputs)
    state = layers.LSTM(units)(sequence)
    model = keras.Model(inputs, layers.Dense(horizon, activation=None)(state))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mean_squared_error")
    return model

# %% 10-sequences-generative-ex4 wrong: return_sequences=True, then Flatten to get the right output shape
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([
        keras.Input(shape=(window, n_channels)),
        layers.GRU(units, return_sequences=True),
        layers.Flatten(),
        layers.Dense(horizon),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: a tanh output, which squeezes forecasts into (-1, 1)
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([
        keras.Input(shape=(window, n_channels)), layers.GRU(units), layers.Dense(horizon, activation="tanh"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: the mean absolute error as the loss instead of the mean squared error
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([keras.Input((window, n_channels)), layers.GRU(units), layers.Dense(horizon)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mae")
    return model

# %% 10-sequences-generative-ex4 wrong: a learning rate of 0.005, not the 0.01 the task asks for
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([keras.Input((window, n_channels)), layers.GRU(units), layers.Dense(horizon)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: cached with lru_cache, so every call with the same arguments returns one shared model
import functools


@functools.lru_cache(maxsize=None)
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([keras.Input((window, n_channels)), layers.GRU(units), layers.Dense(horizon)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model

# %% 10-sequences-generative-ex4 wrong: a Rescaling(1/255) input layer copied from the image models, on already scaled windows (it does not learn in 10 epochs)
def build_forecaster(window, n_channels, horizon, units=32):
    model = keras.Sequential([
        keras.Input((window, n_channels)), layers.Rescaling(1.0 / 255), layers.GRU(units), layers.Dense(horizon),
    ])
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

# %% 10-sequences-generative-ex5 correct: the sum of squares divided by the number of values in a window
def reconstruction_errors(windows, reconstructions):
    windows = np.asarray(windows, dtype=float)
    squares = np.square(windows - np.asarray(reconstructions, dtype=float)).reshape(windows.shape[0], -1)
    return squares.sum(axis=1) / squares.shape[1]

# %% 10-sequences-generative-ex5 wrong: the root of the mean squared error (RMSE) per window
def reconstruction_errors(windows, reconstructions):
    difference = np.asarray(windows, dtype=float) - np.asarray(reconstructions, dtype=float)
    return np.sqrt(np.mean(difference.reshape(len(difference), -1) ** 2, axis=1))

# %% 10-sequences-generative-ex5 wrong: the mean absolute difference instead of the mean squared one
def reconstruction_errors(windows, reconstructions):
    difference = np.asarray(windows, dtype=float) - np.asarray(reconstructions, dtype=float)
    return np.mean(np.abs(difference.reshape(len(difference), -1)), axis=1)

# %% 10-sequences-generative-ex5 wrong: axes (1, 2) written out, which only works for 3-D windows
def reconstruction_errors(windows, reconstructions):
    difference = np.asarray(windows, dtype=float) - np.asarray(reconstructions, dtype=float)
    return np.mean(difference ** 2, axis=(1, 2))

# %% 10-sequences-generative-ex5 wrong: reshaped to (-1, n) and averaged along axis 0, mixing values of different windows
def reconstruction_errors(windows, reconstructions):
    difference = np.asarray(windows, dtype=float) - np.asarray(reconstructions, dtype=float)
    return np.mean(difference.reshape(-1, len(difference)) ** 2, axis=0)

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

# %% 10-sequences-generative-ex6 correct: a sorted copy and a linear interpolation between the two nearest ranks, by hand
def flag_anomalies(train_errors, errors, percentile=99):
    ranked = np.sort(np.asarray(train_errors, dtype=float))
    position = percentile / 100 * (len(ranked) - 1)
    low = int(np.floor(position))
    high = min(low + 1, len(ranked) - 1)
    threshold = float(ranked[low] + (position - low) * (ranked[high] - ranked[low]))
    return threshold, np.asarray(errors, dtype=float) > threshold

# %% 10-sequences-generative-ex6 wrong: flags errors equal to the threshold too (>= instead of >)
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(np.percentile(train_errors, percentile))
    return threshold, np.asarray(errors) >= threshold

# %% 10-sequences-generative-ex6 wrong: the percentile as one sorted value, sorted[int(p / 100 * n)], without interpolation
def flag_anomalies(train_errors, errors, percentile=99):
    ranked = np.sort(np.asarray(train_errors, dtype=float))
    threshold = float(ranked[min(int(percentile / 100 * len(ranked)), len(ranked) - 1)])
    return threshold, np.asarray(errors) > threshold

# %% 10-sequences-generative-ex6 wrong: np.percentile with method="higher", another definition of the percentile
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(np.percentile(train_errors, percentile, method="higher"))
    return threshold, np.asarray(errors) > threshold

# %% 10-sequences-generative-ex6 wrong: sorts the caller's training errors in place
def flag_anomalies(train_errors, errors, percentile=99):
    train_errors.sort()
    position = percentile / 100 * (len(train_errors) - 1)
    threshold = float(np.interp(position, np.arange(len(train_errors)), train_errors))
    return threshold, np.asarray(errors) > threshold

# %% 10-sequences-generative-ex6 wrong: the flags as a Python list of booleans, not a NumPy array
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(np.percentile(train_errors, percentile))
    return threshold, [bool(error > threshold) for error in errors]

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

# %% 10-sequences-generative-ex7 correct: codes drawn as (latent_dim, n_samples) and transposed, the decoder called directly
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    rng = np.random.default_rng(seed)
    codes = rng.standard_normal((latent_dim, n_samples)).T.astype("float32")
    scaled = ops.convert_to_numpy(decoder(codes, training=False))
    return scaled * np.asarray(std)[None, None, :] + np.asarray(mean)[None, None, :]

# %% 10-sequences-generative-ex7 wrong: seeds NumPy's global generator with np.random.seed instead of default_rng
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    np.random.seed(seed)
    codes = np.random.standard_normal((n_samples, latent_dim)).astype("float32")
    return decoder.predict(codes, verbose=0) * std + mean

# %% 10-sequences-generative-ex7 wrong: a new generator for every sample, seeded the same, so every code is the same
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.array([np.random.default_rng(seed).standard_normal(latent_dim) for _ in range(n_samples)])
    return decoder.predict(codes.astype("float32"), verbose=0) * std + mean

# %% 10-sequences-generative-ex7 wrong: undoes the scaling with the variance, std ** 2, instead of the std
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.random.default_rng(seed).standard_normal((n_samples, latent_dim)).astype("float32")
    return decoder.predict(codes, verbose=0) * np.asarray(std) ** 2 + mean

# %% 10-sequences-generative-ex7 wrong: adds the mean before multiplying by the std
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = np.random.default_rng(seed).standard_normal((n_samples, latent_dim)).astype("float32")
    return (decoder.predict(codes, verbose=0) + mean) * std

# %% 10-sequences-generative-ex7 wrong: draws from the notebook's shared rng, so a seed does not give the same samples twice
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    codes = rng.standard_normal((n_samples, latent_dim)).astype("float32")
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

# %% 10-sequences-generative-ex8 correct: scikit-learn's NearestNeighbors with one neighbour
def nearest_distances(samples, reference):
    from sklearn.neighbors import NearestNeighbors

    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    distances, _ = NearestNeighbors(n_neighbors=1).fit(b).kneighbors(a)
    return distances[:, 0]

# %% 10-sequences-generative-ex8 wrong: skips reference windows at distance 0, as if they were the sample itself
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    result = []
    for row in a:
        distances = np.linalg.norm(b - row, axis=1)
        result.append(distances[distances > 0].min() if (distances > 0).any() else 0.0)
    return np.array(result)

# %% 10-sequences-generative-ex8 wrong: the largest difference in any value (Chebyshev), not the Euclidean distance
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    return np.array([np.abs(b - row).max(axis=1).min() for row in a])

# %% 10-sequences-generative-ex8 wrong: the root mean squared difference, divided by the number of values
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    return np.array([np.sqrt(((b - row) ** 2).mean(axis=1)).min() for row in a])

# %% 10-sequences-generative-ex8 wrong: norms along axis 1 without flattening, then the smallest of them
def nearest_distances(samples, reference):
    samples, reference = np.asarray(samples, dtype=float), np.asarray(reference, dtype=float)
    return np.array([np.linalg.norm(reference - sample, axis=1).min() for sample in samples])

# Answers written blind to the graders by an outside tester (issue 12): each wrong one must fail,
# each correct one must pass. (Its ex4 answers, caught too, are left out: each trains a model twice.)

# %% 10-sequences-generative-ex1 wrong: no length check, a too-short series returns empty arrays instead of raising; violates "raise a ValueError if the series is too short for one sample"
def make_windows(values, window, horizon, target=0):
    n = len(values) - window - horizon + 1
    X = [values[i:i + window] for i in range(n)]
    y = [values[i + window:i + window + horizon, target] for i in range(n)]
    return np.array(X), np.array(y)

# %% 10-sequences-generative-ex1 wrong: the target slice always takes channel 0, ignoring `target`; violates "y[i] the values of channel target"
def make_windows(values, window, horizon, target=0):
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short for one sample")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window:i + window + horizon, 0] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: raises when n <= 1, so a series with room for exactly one sample is rejected; violates "raise ... (n < 1)"
def make_windows(values, window, horizon, target=0):
    n = len(values) - window - horizon + 1
    if n <= 1:
        raise ValueError("series too short for one sample")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window:i + window + horizon, target] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 wrong: target slice starts at i + window - 1, so the last input is also the first target; violates "the horizon rows right after that window"
def make_windows(values, window, horizon, target=0):
    n = len(values) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short for one sample")
    X = np.stack([values[i:i + window] for i in range(n)])
    y = np.stack([values[i + window - 1:i + window - 1 + horizon, target] for i in range(n)])
    return X, y

# %% 10-sequences-generative-ex1 correct: sliding_window_view (no loop), copied so values is untouched
def make_windows(values, window, horizon, target=0):
    values = np.asarray(values)
    n = values.shape[0] - window - horizon + 1
    if n < 1:
        raise ValueError(f"a series of {values.shape[0]} rows is too short for window {window} + horizon {horizon}")
    runs = np.lib.stride_tricks.sliding_window_view(values, window, axis=0)   # (len-window+1, ch, window)
    X = runs[:n].transpose(0, 2, 1).copy()
    future = np.lib.stride_tricks.sliding_window_view(values[window:, target], horizon)
    y = future[:n].copy()
    return X, y

# %% 10-sequences-generative-ex2 wrong: round() instead of int() for the number of training rows; violates "the first int(len(values) * train_fraction) rows"
def split_and_scale(values, train_fraction):
    cut = round(len(values) * train_fraction)
    train, test = values[:cut], values[cut:]
    mean, std = train.mean(axis=0), train.std(axis=0)
    return (train - mean) / std, (test - mean) / std, mean, std

# %% 10-sequences-generative-ex2 wrong: standardises in place on slices (views) of values; violates "Do not change values"
def split_and_scale(values, train_fraction):
    cut = int(len(values) * train_fraction)
    train, test = values[:cut], values[cut:]
    mean, std = train.mean(axis=0), train.std(axis=0)
    train -= mean
    train /= std
    test -= mean
    test /= std
    return train, test, mean, std

# %% 10-sequences-generative-ex2 wrong: sample standard deviation (ddof=1); violates "std is the population standard deviation ... ddof=0"
def split_and_scale(values, train_fraction):
    cut = int(len(values) * train_fraction)
    train, test = values[:cut], values[cut:]
    mean, std = train.mean(axis=0), train.std(axis=0, ddof=1)
    return (train - mean) / std, (test - mean) / std, mean, std

# %% 10-sequences-generative-ex2 wrong: mean and std computed on the whole series (leaks the future); violates "computed on the training rows only"
def split_and_scale(values, train_fraction):
    cut = int(len(values) * train_fraction)
    mean, std = values.mean(axis=0), values.std(axis=0)
    scaled = (values - mean) / std
    return scaled[:cut], scaled[cut:], mean, std

# %% 10-sequences-generative-ex2 correct: pandas DataFrame statistics with ddof=0, back to NumPy
def split_and_scale(values, train_fraction):
    n_train = int(len(values) * train_fraction)
    frame = pd.DataFrame(np.array(values, dtype=float, copy=True))
    train_frame, test_frame = frame.iloc[:n_train], frame.iloc[n_train:]
    mean = train_frame.mean(axis=0)
    std = train_frame.std(axis=0, ddof=0)
    train_scaled = ((train_frame - mean) / std).to_numpy()
    test_scaled = ((test_frame - mean) / std).to_numpy()
    return train_scaled, test_scaled, mean.to_numpy(), std.to_numpy()

# %% 10-sequences-generative-ex3 wrong: the last value is always taken from channel 0, ignoring target; violates "the last value of channel target"
def naive_mae(X, y, target=0):
    last = X[:, -1, 0][:, None]
    return float(np.mean(np.abs(y - last)))

# %% 10-sequences-generative-ex3 wrong: subtracts the forecast from y in place; violates "Do not change X or y"
def naive_mae(X, y, target=0):
    y -= X[:, -1:, target]
    return float(np.abs(y).mean())

# %% 10-sequences-generative-ex3 wrong: forecasts with the first target value y[:, 0] (leaks the future); violates "last value ... in that sample's input window"
def naive_mae(X, y, target=0):
    last = y[:, :1]
    return float(np.mean(np.abs(y - last)))

# %% 10-sequences-generative-ex3 wrong: uses the second-to-last row X[:, -2] (off by one); violates "the last value of channel target in that sample's input window"
def naive_mae(X, y, target=0):
    last = X[:, -2, target][:, None]
    return float(np.mean(np.abs(y - last)))

# %% 10-sequences-generative-ex3 correct: explicit loops over samples and steps
def naive_mae(X, y, target=0):
    total, count = 0.0, 0
    for i in range(len(X)):
        forecast = float(X[i][len(X[i]) - 1][target])
        for value in y[i]:
            total += abs(float(value) - forecast)
            count += 1
    return total / count

# %% 10-sequences-generative-ex5 wrong: averages over axes (1, 2) only, which fails for flat (n, 72) windows; violates "(n, ...), for example (n, 24, 3) or (n, 72)"
def reconstruction_errors(windows, reconstructions):
    return np.mean((windows - reconstructions) ** 2, axis=(1, 2))

# %% 10-sequences-generative-ex5 wrong: subtracts in place into the caller's windows array; violates "Do not change the inputs"
def reconstruction_errors(windows, reconstructions):
    windows -= reconstructions
    windows **= 2
    return windows.reshape(len(windows), -1).mean(axis=1)

# %% 10-sequences-generative-ex5 wrong: mean absolute difference instead of squared; violates "the mean of the squared differences"
def reconstruction_errors(windows, reconstructions):
    diff = np.abs(np.asarray(windows) - np.asarray(reconstructions))
    return diff.reshape(len(diff), -1).mean(axis=1)

# %% 10-sequences-generative-ex5 wrong: root of the mean squared difference (RMSE); violates "the mean of the squared differences"
def reconstruction_errors(windows, reconstructions):
    diff = np.asarray(windows, dtype=float) - np.asarray(reconstructions, dtype=float)
    return np.sqrt((diff ** 2).reshape(len(diff), -1).mean(axis=1))

# %% 10-sequences-generative-ex5 correct: a loop over windows with np.square and .mean() of each, stacked into an array
def reconstruction_errors(windows, reconstructions):
    w = np.asarray(windows, dtype=float)
    r = np.asarray(reconstructions, dtype=float)
    return np.array([np.square(w[i] - r[i]).mean() for i in range(w.shape[0])], dtype=float)

# %% 10-sequences-generative-ex6 wrong: flags returned as a Python list; violates "flags, a 1-D boolean NumPy array"
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(np.percentile(train_errors, percentile))
    return threshold, [bool(e > threshold) for e in errors]

# %% 10-sequences-generative-ex6 wrong: sorts train_errors in place before taking the percentile; violates "Do not change the inputs"
def flag_anomalies(train_errors, errors, percentile=99):
    train_errors.sort()
    threshold = float(np.percentile(train_errors, percentile))
    return threshold, np.asarray(errors) > threshold

# %% 10-sequences-generative-ex6 correct: pandas Series.quantile (linear, same as np.percentile) and a comparison on a copy
def flag_anomalies(train_errors, errors, percentile=99):
    threshold = float(pd.Series(np.array(train_errors, dtype=float)).quantile(percentile / 100.0))
    flags = np.array([float(e) > threshold for e in np.ravel(errors)], dtype=bool)
    return threshold, flags

# %% 10-sequences-generative-ex7 wrong: reseeds NumPy's global generator and draws from it; violates "draw ... with np.random.default_rng(seed)"
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    np.random.seed(seed)
    codes = np.random.standard_normal((n_samples, latent_dim)).astype("float32")
    decoded = decoder.predict(codes, verbose=0)
    return decoded * std + mean

# %% 10-sequences-generative-ex7 wrong: np.random.default_rng() without the seed; violates "The same seed gives the same samples"
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    rng = np.random.default_rng()
    codes = rng.standard_normal((n_samples, latent_dim)).astype("float32")
    decoded = decoder.predict(codes, verbose=0)
    return decoded * std + mean

# %% 10-sequences-generative-ex7 wrong: returns the decoder's scaled output without undoing the scaling; violates "return the windows in the data's units"
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    rng = np.random.default_rng(seed)
    codes = rng.standard_normal((n_samples, latent_dim)).astype("float32")
    return np.asarray(decoder.predict(codes, verbose=0))

# %% 10-sequences-generative-ex7 wrong: codes drawn uniformly on [0, 1) with rng.random; violates "latent_dim independent standard normal numbers"
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    rng = np.random.default_rng(seed)
    codes = rng.random((n_samples, latent_dim)).astype("float32")
    decoded = decoder.predict(codes, verbose=0)
    return decoded * std + mean

# %% 10-sequences-generative-ex7 correct: rng.normal(0, 1, ...) and explicit reshaping of mean/std for broadcasting
def sample_from_vae(decoder, n_samples, latent_dim, mean, std, seed=0):
    generator = np.random.default_rng(seed)
    codes = generator.normal(loc=0.0, scale=1.0, size=(n_samples, latent_dim)).astype(np.float32)
    decoded = np.asarray(decoder.predict(codes, verbose=0), dtype=float)
    mean = np.asarray(mean, dtype=float).reshape(1, 1, -1)
    std = np.asarray(std, dtype=float).reshape(1, 1, -1)
    return np.multiply(decoded, std) + mean

# %% 10-sequences-generative-ex8 wrong: broadcasting over axes (2, 3), which only works for 3-D windows; violates "(for example (n, 24, 3) and (m, 24, 3), or already flat)"
def nearest_distances(samples, reference):
    diff = samples[:, None, :, :] - reference[None, :, :, :]
    return np.sqrt((diff ** 2).sum(axis=(2, 3))).min(axis=1)

# %% 10-sequences-generative-ex8 wrong: returns a Python list of distances; violates "a 1-D NumPy array of length n"
def nearest_distances(samples, reference):
    ref = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    out = []
    for sample in np.asarray(samples, dtype=float).reshape(len(samples), -1):
        out.append(float(np.linalg.norm(ref - sample, axis=1).min()))
    return out

# %% 10-sequences-generative-ex8 wrong: squared distance, no square root; violates "the Euclidean distance (square root of the sum of squared differences)"
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    return ((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2).min(axis=1)

# %% 10-sequences-generative-ex8 wrong: mean distance to all reference windows instead of the closest; violates "to the closest window of reference"
def nearest_distances(samples, reference):
    a = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    b = np.asarray(reference, dtype=float).reshape(len(reference), -1)
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2)).mean(axis=1)

# %% 10-sequences-generative-ex8 correct: scipy.spatial.distance.cdist on the flattened windows
def nearest_distances(samples, reference):
    from scipy.spatial.distance import cdist
    a = np.asarray(samples, dtype=float).reshape(np.shape(samples)[0], -1)
    b = np.asarray(reference, dtype=float).reshape(np.shape(reference)[0], -1)
    return cdist(a, b, metric="euclidean").min(axis=1)
