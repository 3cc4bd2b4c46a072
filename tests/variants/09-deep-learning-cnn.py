# Answer variants for 09-deep-learning-cnn: each block replaces the whole answer cell of its exercise.
# A "correct" block must pass every test cell of that exercise; a "wrong" block must fail one with an
# AssertionError. The notebook's namespace (np, pd, tf, keras, layers, LEARNING_RATE, ...) is available.

# %% 09-deep-learning-cnn-ex1 correct: np.asarray, multiplies by 1/16 and adds the channel with expand_dims
def to_image_tensor(frame):
    names = ["pixel_" + str(i) for i in range(64)]
    values = np.asarray(frame.loc[:, names], dtype=np.float32) * np.float32(1 / 16)
    images = np.expand_dims(values.reshape(len(frame), 8, 8), axis=-1)
    return images, np.asarray(frame["label"])


# %% 09-deep-learning-cnn-ex1 correct: reshapes with TensorFlow, then converts back to NumPy
def to_image_tensor(frame):
    pixels = tf.constant(frame[[f"pixel_{i}" for i in range(64)]].to_numpy(), dtype=tf.float32)
    images = tf.reshape(pixels / 16.0, (-1, 8, 8, 1))
    return images.numpy(), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: forgets to scale the 0-16 pixels to [0, 1]
def to_image_tensor(frame):
    pixels = frame[[f"pixel_{i}" for i in range(64)]].to_numpy(dtype="float32")
    return pixels.reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: divides by 255 as for photos, not by 16
def to_image_tensor(frame):
    pixels = frame[[f"pixel_{i}" for i in range(64)]].to_numpy(dtype="float32") / 255.0
    return pixels.reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: no channel axis, shape (n, 8, 8)
def to_image_tensor(frame):
    pixels = frame[[f"pixel_{i}" for i in range(64)]].to_numpy(dtype="float32") / 16.0
    return pixels.reshape(-1, 8, 8), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: reshapes column by column (order="F"), so every image is transposed
def to_image_tensor(frame):
    pixels = frame[[f"pixel_{i}" for i in range(64)]].to_numpy(dtype="float32") / 16.0
    images = np.stack([row.reshape(8, 8, order="F") for row in pixels])[..., np.newaxis]
    return images, frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: takes the first 64 columns by position (wrong if columns are reordered)
def to_image_tensor(frame):
    pixels = frame.iloc[:, :64].to_numpy(dtype="float32") / 16.0
    return pixels.reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: leaves the images as float64 (NumPy's default)
def to_image_tensor(frame):
    pixels = frame[[f"pixel_{i}" for i in range(64)]].to_numpy() / 16
    return pixels.reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 correct: one image at a time through frame.loc on the frame's own index, labels cast to int
def to_image_tensor(frame):
    names = [f"pixel_{i}" for i in range(64)]
    images = np.stack([frame.loc[i, names].to_numpy(dtype=np.float64).reshape(8, 8) / 16 for i in frame.index])
    return images[..., None].astype(np.float32), frame["label"].to_numpy().astype(int)


# %% 09-deep-learning-cnn-ex1 correct: reindex by the column names, multiply by 0.0625, labels through np.array
def to_image_tensor(frame):
    pixels = frame.reindex(columns=["pixel_%d" % i for i in range(64)]).values.astype(np.float32) * 0.0625
    return pixels.reshape(len(frame), 8, 8, 1), np.array(frame.label)


# %% 09-deep-learning-cnn-ex1 wrong: divides by the largest pixel of the batch (16 on the course data, not always)
def to_image_tensor(frame):
    pixels = frame[[f"pixel_{i}" for i in range(64)]].to_numpy(dtype="float32")
    return (pixels / pixels.max()).reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: min-max scales each image to [0, 1] instead of dividing by 16
def to_image_tensor(frame):
    pixels = frame[[f"pixel_{i}" for i in range(64)]].to_numpy(dtype="float32")
    low, high = pixels.min(axis=1, keepdims=True), pixels.max(axis=1, keepdims=True)
    return ((pixels - low) / (high - low)).reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: sorts the pixel column names as strings (pixel_10 before pixel_2)
def to_image_tensor(frame):
    names = sorted(column for column in frame.columns if column.startswith("pixel_"))
    pixels = frame[names].to_numpy(dtype="float32") / 16
    return pixels.reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: every column but the label, in the table's own order
def to_image_tensor(frame):
    pixels = frame.drop(columns="label").to_numpy(dtype="float32") / 16
    return pixels.reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: converts the whole table to float32, so the labels come back as floats
def to_image_tensor(frame):
    table = frame[[f"pixel_{i}" for i in range(64)] + ["label"]].to_numpy(dtype="float32")
    return (table[:, :64] / 16).reshape(-1, 8, 8, 1), table[:, 64]


# %% 09-deep-learning-cnn-ex1 wrong: scales the caller's table in place before reading it
def to_image_tensor(frame):
    names = [f"pixel_{i}" for i in range(64)]
    frame[names] = frame[names] / 16
    return frame[names].to_numpy(dtype="float32").reshape(-1, 8, 8, 1), frame["label"].to_numpy()


# %% 09-deep-learning-cnn-ex1 wrong: reads rows by position 0..n-1 with .loc, which only works on a 0, 1, 2... index
def to_image_tensor(frame):
    names = [f"pixel_{i}" for i in range(64)]
    images = np.stack([frame.loc[i, names].to_numpy(dtype="float32").reshape(8, 8, 1) / 16 for i in range(len(frame))])
    return images, np.array([frame.loc[i, "label"] for i in range(len(frame))])


# %% 09-deep-learning-cnn-ex2 correct: lets keras.optimizers.SGD take the plain step
def gradient_step(model, images, labels, learning_rate):
    loss_fn = keras.losses.SparseCategoricalCrossentropy()
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True))
    gradients = tape.gradient(loss, model.trainable_variables)
    keras.optimizers.SGD(learning_rate=learning_rate).apply(gradients, model.trainable_variables)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 correct: cross-entropy by hand with one-hot labels, assign instead of assign_sub
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        probabilities = model(images, training=True)
        one_hot = tf.one_hot(labels, depth=probabilities.shape[-1])
        loss = tf.reduce_mean(-tf.reduce_sum(one_hot * tf.math.log(probabilities), axis=1))
    gradients = tape.gradient(loss, model.trainable_variables)
    for variable, gradient in zip(model.trainable_variables, gradients):
        variable.assign(variable - learning_rate * gradient)
    return float(loss.numpy())


# %% 09-deep-learning-cnn-ex2 wrong: adds the gradient (gradient ascent, the loss goes up)
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(
            keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True))
        )
    for variable, gradient in zip(model.trainable_variables, tape.gradient(loss, model.trainable_variables)):
        variable.assign_add(learning_rate * gradient)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 wrong: sums the per-example losses instead of averaging them
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(
            keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True))
        )
    for variable, gradient in zip(model.trainable_variables, tape.gradient(loss, model.trainable_variables)):
        variable.assign_sub(learning_rate * gradient)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 wrong: forgets the learning rate (a step of the full gradient)
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(
            keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True))
        )
    for variable, gradient in zip(model.trainable_variables, tape.gradient(loss, model.trainable_variables)):
        variable.assign_sub(gradient)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 wrong: returns the loss after the step, not before
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(
            keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True))
        )
    for variable, gradient in zip(model.trainable_variables, tape.gradient(loss, model.trainable_variables)):
        variable.assign_sub(learning_rate * gradient)
    after = tf.reduce_mean(
        keras.losses.sparse_categorical_crossentropy(labels, model(images, training=False))
    )
    return float(after)


# %% 09-deep-learning-cnn-ex2 wrong: uses Adam, whose first step is not learning_rate times the gradient
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(
            keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True))
        )
    gradients = tape.gradient(loss, model.trainable_variables)
    keras.optimizers.Adam(learning_rate=learning_rate).apply(gradients, model.trainable_variables)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 correct: picks each example's probability with tf.gather, SGD through apply_gradients
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        probabilities = model(images, training=True)
        picked = tf.gather(probabilities, tf.cast(labels, tf.int32), axis=1, batch_dims=1)
        loss = -tf.reduce_mean(tf.math.log(picked))
    gradients = tape.gradient(loss, model.trainable_variables)
    keras.optimizers.SGD(learning_rate).apply_gradients(zip(gradients, model.trainable_variables))
    return loss.numpy().item()


# %% 09-deep-learning-cnn-ex2 wrong: a numerical gradient (central differences) instead of the exact one
def gradient_step(model, images, labels, learning_rate):
    def mean_loss():
        return float(tf.reduce_mean(
            keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True))
        ))

    loss = mean_loss()
    gradients = []
    for variable in model.trainable_variables:
        values = variable.numpy()
        gradient = np.zeros_like(values)
        for index in np.ndindex(values.shape):
            shifted = values.copy()
            shifted[index] += 1e-3
            variable.assign(shifted)
            up = mean_loss()
            shifted[index] -= 2e-3
            variable.assign(shifted)
            down = mean_loss()
            gradient[index] = (up - down) / 2e-3
        variable.assign(values)
        gradients.append(gradient)
    for variable, gradient in zip(model.trainable_variables, gradients):
        variable.assign_sub(learning_rate * gradient)
    return loss


# %% 09-deep-learning-cnn-ex2 wrong: calls the model without training=True (inference mode inside the tape)
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(labels, model(images)))
    gradients = tape.gradient(loss, model.trainable_variables)
    for variable, gradient in zip(model.trainable_variables, gradients):
        variable.assign_sub(learning_rate * gradient)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 wrong: SGD with clipnorm=1.0 "to be safe", which shortens large steps
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True)))
    gradients = tape.gradient(loss, model.trainable_variables)
    keras.optimizers.SGD(learning_rate=learning_rate, clipnorm=1.0).apply(gradients, model.trainable_variables)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 wrong: Nesterov momentum SGD, whose first step is not learning_rate times the gradient
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True)))
    gradients = tape.gradient(loss, model.trainable_variables)
    keras.optimizers.SGD(learning_rate, momentum=0.9, nesterov=True).apply(gradients, model.trainable_variables)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 wrong: updates only the output layer's weights
def gradient_step(model, images, labels, learning_rate):
    variables = model.layers[-1].trainable_variables
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(labels, model(images, training=True)))
    for variable, gradient in zip(variables, tape.gradient(loss, variables)):
        variable.assign_sub(learning_rate * gradient)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 wrong: from_logits=True on the softmax probabilities (a second softmax inside the loss)
def gradient_step(model, images, labels, learning_rate):
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        loss = loss_fn(labels, model(images, training=True))
    gradients = tape.gradient(loss, model.trainable_variables)
    for variable, gradient in zip(model.trainable_variables, gradients):
        variable.assign_sub(learning_rate * gradient)
    return float(loss)


# %% 09-deep-learning-cnn-ex2 wrong: one-hot labels with a hard-coded 10 classes (the visible model has 3)
def gradient_step(model, images, labels, learning_rate):
    with tf.GradientTape() as tape:
        probabilities = model(images, training=True)
        loss = tf.reduce_mean(keras.losses.categorical_crossentropy(tf.one_hot(labels, 10), probabilities))
    gradients = tape.gradient(loss, model.trainable_variables)
    for variable, gradient in zip(model.trainable_variables, gradients):
        variable.assign_sub(learning_rate * gradient)
    return float(loss)


# %% 09-deep-learning-cnn-ex3 correct: the functional API, with loss and metric objects
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    inputs = keras.Input(shape=input_shape)
    hidden = layers.Dense(hidden_units, activation="relu")(layers.Flatten()(inputs))
    outputs = layers.Dense(n_classes, activation="softmax")(hidden)
    model = keras.Model(inputs, outputs)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")],
    )
    return model


# %% 09-deep-learning-cnn-ex3 correct: Reshape instead of Flatten, activations as separate layers
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Reshape((-1,)),
            layers.Dense(hidden_units),
            layers.ReLU(),
            layers.Dense(n_classes),
            layers.Softmax(),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: no softmax on the output layer (raw scores, not probabilities)
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: sigmoid output, one independent probability per class
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="sigmoid"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: categorical_crossentropy (expects one-hot labels) with integer labels
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: no activation on the hidden layer, so the network is linear
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: expects flattened vectors (height x width), not images with a channel
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=(input_shape[0] * input_shape[1],)),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: hard-codes 64 hidden units and 10 classes instead of using the arguments
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(64, activation="relu"),
            layers.Dense(10, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: forgets to compile the model
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    return keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )


# %% 09-deep-learning-cnn-ex3 correct: model.add one layer at a time, Activation layers, SparseCategoricalAccuracy
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential()
    model.add(keras.Input(shape=input_shape))
    model.add(layers.Flatten())
    model.add(layers.Dense(hidden_units))
    model.add(layers.Activation("relu"))
    model.add(layers.Dense(n_classes))
    model.add(layers.Activation("softmax"))
    model.compile(
        optimizer=keras.optimizers.Adam(LEARNING_RATE),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=False),
        metrics=[keras.metrics.SparseCategoricalAccuracy()],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: a sigmoid hidden layer instead of relu (still non-linear, still learns)
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="sigmoid"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: optimizer="adam", so Adam's default learning rate 0.001, not LEARNING_RATE
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


# %% 09-deep-learning-cnn-ex3 wrong: RMSprop at LEARNING_RATE instead of Adam
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.RMSprop(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: forgets the accuracy metric
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE), loss="sparse_categorical_crossentropy")
    return model


# %% 09-deep-learning-cnn-ex3 wrong: from_logits=True although the output layer already applies softmax
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex3 wrong: trains the model before returning it, although the task asks for it untrained
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    model.fit(np.zeros((8, *input_shape)), np.zeros(8, dtype=int), epochs=1, verbose=0)  # does it train?
    return model


# %% 09-deep-learning-cnn-ex3 wrong: Adam with gradient clipping added (clipnorm=1.0), not the optimizer asked for
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE, clipnorm=1.0),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex4 correct: plain Python, a loop that keeps the first minimum
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no validation loss in this history")
    val_loss, loss = list(history["val_loss"]), list(history["loss"])
    best = 0
    for epoch, value in enumerate(val_loss):
        if value < val_loss[best]:
            best = epoch
    after = len(val_loss) - best - 1
    return {
        "best_epoch": best + 1,
        "epochs_after_best": after,
        "overfitting": after >= patience and loss[-1] < loss[best],
    }


# %% 09-deep-learning-cnn-ex4 correct: list.index of the minimum, counted from 1 with a range
def read_learning_curves(history, patience=5):
    if history.get("val_loss") is None:
        raise ValueError("train with validation data")
    val_loss = [float(v) for v in history["val_loss"]]
    epochs = range(1, len(val_loss) + 1)
    best_epoch = epochs[val_loss.index(min(val_loss))]
    after = epochs[-1] - best_epoch
    improved = float(history["loss"][-1]) < float(history["loss"][best_epoch - 1])
    return {
        "best_epoch": best_epoch,
        "epochs_after_best": after,
        "overfitting": bool(after >= patience and improved),
    }


# %% 09-deep-learning-cnn-ex4 wrong: reports the best epoch counted from 0
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    best = int(np.argmin(history["val_loss"]))
    after = len(history["val_loss"]) - 1 - best
    overfitting = after >= patience and history["loss"][-1] < history["loss"][best]
    return {"best_epoch": best, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: finds the best epoch on the training loss
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    best = int(np.argmin(history["loss"]))
    after = len(history["loss"]) - 1 - best
    overfitting = after >= patience and history["loss"][-1] < history["loss"][best]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: calls any gap (validation loss above training loss) overfitting
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    best = int(np.argmin(history["val_loss"]))
    after = len(history["val_loss"]) - 1 - best
    overfitting = history["val_loss"][-1] > history["loss"][-1]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: ignores the training loss, so a diverging run counts as overfitting
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    best = int(np.argmin(history["val_loss"]))
    after = len(history["val_loss"]) - 1 - best
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": after >= patience}


# %% 09-deep-learning-cnn-ex4 wrong: with a tie, takes the last epoch with the lowest validation loss
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    val_loss = np.asarray(history["val_loss"])
    best = len(val_loss) - 1 - int(np.argmin(val_loss[::-1]))
    after = len(val_loss) - 1 - best
    overfitting = after >= patience and history["loss"][-1] < history["loss"][best]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: no check for a missing val_loss (a KeyError, not a clear ValueError)
def read_learning_curves(history, patience=5):
    val_loss = np.asarray(history["val_loss"])
    best = int(np.argmin(val_loss))
    after = len(val_loss) - 1 - best
    overfitting = after >= patience and history["loss"][-1] < history["loss"][best]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 correct: pandas Series, idxmin on a 1-based index, ints and bools by hand
def read_learning_curves(history, patience=5):
    if "val_loss" not in history.keys():
        raise ValueError("history has no val_loss")
    val_loss = pd.Series(list(history["val_loss"]), index=range(1, len(history["val_loss"]) + 1), dtype=float)
    loss = pd.Series(list(history["loss"]), index=val_loss.index, dtype=float)
    best_epoch = int(val_loss.idxmin())
    after = int(val_loss.index[-1] - best_epoch)
    return {
        "best_epoch": best_epoch,
        "epochs_after_best": after,
        "overfitting": True if (after >= patience and loss.iloc[-1] < loss[best_epoch]) else False,
    }


# %% 09-deep-learning-cnn-ex4 wrong: more than `patience` epochs after the best (> instead of >=)
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    best = int(np.argmin(history["val_loss"]))
    after = len(history["val_loss"]) - 1 - best
    overfitting = after > patience and history["loss"][-1] < history["loss"][best]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: a training loss equal to the best epoch's counts as improving (<= instead of <)
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    best = int(np.argmin(history["val_loss"]))
    after = len(history["val_loss"]) - 1 - best
    overfitting = after >= patience and history["loss"][-1] <= history["loss"][best]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: compares the lowest training loss after the best epoch, not the last one
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    loss = list(history["loss"])
    best = int(np.argmin(history["val_loss"]))
    after = len(loss) - 1 - best
    overfitting = after >= patience and min(loss[best:]) < loss[best]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: counts the epochs after the best with the best one included
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    best = int(np.argmin(history["val_loss"]))
    after = len(history["val_loss"]) - best
    overfitting = after >= patience and history["loss"][-1] < history["loss"][best]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: returns the best epoch as a float (np.argmin on floats then + 1.0)
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    best = np.argmin(history["val_loss"]) + 1.0
    after = len(history["val_loss"]) - best
    overfitting = after >= patience and history["loss"][-1] < history["loss"][int(best) - 1]
    return {"best_epoch": best, "epochs_after_best": int(after), "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex4 wrong: sorts the epochs by validation loss with a tie-break that prefers the later epoch
def read_learning_curves(history, patience=5):
    if "val_loss" not in history:
        raise ValueError("no val_loss")
    val_loss = history["val_loss"]
    best = sorted(range(len(val_loss)), key=lambda epoch: (val_loss[epoch], -epoch))[0]
    after = len(val_loss) - 1 - best
    overfitting = after >= patience and history["loss"][-1] < history["loss"][best]
    return {"best_epoch": best + 1, "epochs_after_best": after, "overfitting": bool(overfitting)}


# %% 09-deep-learning-cnn-ex5 correct: two valid-padded convolutions and no pooling
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, activation="relu"),
            layers.Conv2D(32, 3, activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 correct: functional API, 32 and 64 filters, pooling twice, a hidden Dense layer
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    inputs = keras.Input(shape=input_shape)
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(inputs)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(64, 3, padding="same", activation="relu")(x)
    x = layers.MaxPooling2D()(x)
    x = layers.Dense(64, activation="relu")(layers.Flatten()(x))
    model = keras.Model(inputs, layers.Dense(n_classes, activation="softmax")(x))
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: a deeper dense network, no convolution at all
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(256, activation="relu"),
            layers.Dense(128, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: only one convolutional layer
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(32, 3, activation="relu"),
            layers.MaxPooling2D(),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: convolutions without an activation, so the whole network is linear
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same"),
            layers.Conv2D(32, 3, padding="same"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: "bigger is better", wide convolutions and a big Dense layer (3.4 M)
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(64, 3, padding="same", activation="relu"),
            layers.Conv2D(128, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(256, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: plain SGD at its default learning rate, too slow to learn in 20 epochs
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


# %% 09-deep-learning-cnn-ex5 wrong: categorical_crossentropy with integer labels
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 correct: linear Conv2D layers each followed by its own Activation("relu") layer
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same"),
            layers.Activation("relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same"),
            layers.Activation("relu"),
            layers.Flatten(),
            layers.Dense(n_classes),
            layers.Activation("softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 correct: model.add in a loop, ReLU() layers, pooling after each convolution
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential()
    model.add(keras.Input(shape=input_shape))
    for filters in (32, 64):
        model.add(layers.Conv2D(filters, (3, 3), padding="same"))
        model.add(layers.ReLU())
        model.add(layers.MaxPooling2D(pool_size=(2, 2)))
    model.add(layers.Flatten())
    model.add(layers.Dense(n_classes, activation="softmax"))
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: two linear convolutions followed by a single ReLU (one linear map in effect)
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same"),
            layers.Conv2D(32, 3, padding="same"),
            layers.ReLU(),
            layers.MaxPooling2D(),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: tanh convolutions instead of relu
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same", activation="tanh"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="tanh"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: adds dropout already, which the task keeps for Section 7
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(0.2),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: adds augmentation already (random shifts), which the task keeps for Section 7
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex5 wrong: optimizer="adam", Adam's default learning rate instead of LEARNING_RATE
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


# %% 09-deep-learning-cnn-ex5 wrong: no accuracy metric
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE), loss="sparse_categorical_crossentropy")
    return model


# %% 09-deep-learning-cnn-ex5 wrong: keeps a single grey channel whatever input_shape says
def build_cnn(input_shape=(10, 10, 1), n_classes=10):
    model = keras.Sequential(
        [
            keras.Input(shape=(input_shape[0], input_shape[1], 1)),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex6 correct: spells out mode and min_delta, passes the arguments by keyword
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    callback = keras.callbacks.EarlyStopping(
        monitor="val_loss", mode="min", min_delta=0.0, patience=patience, restore_best_weights=True, verbose=0
    )
    return model.fit(
        x=train_images,
        y=train_labels,
        batch_size=32,
        epochs=max_epochs,
        validation_data=(val_images, val_labels),
        callbacks=[callback],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 correct: feeds both splits as tf.data pipelines of batches of 32
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    train = (
        tf.data.Dataset.from_tensor_slices((train_images, train_labels))
        .shuffle(len(train_images), seed=0)
        .batch(32)
    )
    val = tf.data.Dataset.from_tensor_slices((val_images, val_labels)).batch(32)
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    return model.fit(
        train, validation_data=val, epochs=max_epochs, callbacks=[stopper], shuffle=False, verbose=0
    )


# %% 09-deep-learning-cnn-ex6 wrong: watches the training loss, which keeps falling while the model overfits
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="loss", patience=patience, restore_best_weights=True)
    return model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=32,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 wrong: does not restore the best weights (keeps the last epoch's)
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience)
    return model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=32,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 wrong: validation_split on the training data instead of the validation arrays
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    return model.fit(
        train_images,
        train_labels,
        validation_split=0.2,
        epochs=max_epochs,
        batch_size=32,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 wrong: hard-codes a patience of 5 instead of using the argument
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=5, restore_best_weights=True)
    return model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=32,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 wrong: always trains up to 100 epochs, ignoring max_epochs
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    return model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=100,
        batch_size=32,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 wrong: returns history.history (a dict) instead of the History object
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    history = model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=32,
        callbacks=[stopper],
        verbose=0,
    )
    return history.history


# %% 09-deep-learning-cnn-ex6 correct: positional arguments, the callback built inline, batch size left at Keras' default 32
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    return model.fit(
        train_images,
        train_labels,
        None,
        max_epochs,
        0,
        [keras.callbacks.EarlyStopping("val_loss", patience=patience, restore_best_weights=True)],
        validation_data=(val_images, val_labels),
    )


# %% 09-deep-learning-cnn-ex6 wrong: batches of 64 ("bigger batches train faster")
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    return model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=64,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 wrong: batches of 16
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    return model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=16,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 wrong: leaves Keras' progress bar on (verbose=1), not silent
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    return model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=32,
        callbacks=[stopper],
        verbose=2,
    )


# %% 09-deep-learning-cnn-ex6 wrong: trains on the notebook's X_train and y_train instead of the arrays given
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    return model.fit(
        X_train,
        y_train,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=32,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex6 wrong: a min_delta of 0.01, so small improvements do not count
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=100
):
    stopper = keras.callbacks.EarlyStopping(
        monitor="val_loss", patience=patience, min_delta=0.01, restore_best_weights=True
    )
    return model.fit(
        train_images,
        train_labels,
        validation_data=(val_images, val_labels),
        epochs=max_epochs,
        batch_size=32,
        callbacks=[stopper],
        verbose=0,
    )


# %% 09-deep-learning-cnn-ex7 correct: functional API with a nested augmentation block (shift and zoom)
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    augmentation = keras.Sequential(
        [
            layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
            layers.RandomZoom(0.1, fill_mode="constant"),
        ]
    )
    inputs = keras.Input(shape=input_shape)
    x = augmentation(inputs)
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(x)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(64, 3, padding="same", activation="relu")(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(dropout_rate)(x)
    model = keras.Model(inputs, layers.Dense(n_classes, activation="softmax")(x))
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 correct: translation only, and dropout both after pooling and before the output
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Dropout(dropout_rate),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: no augmentation layer in the model (arrays augmented once, outside it)
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: flips the images, which changes what digit they show
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomFlip("horizontal"),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: hard-codes a dropout rate of 0.3 instead of using dropout_rate
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(0.3),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: Dropout(0.0), a dropout layer that drops nothing
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(0.0),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: Dropout after the softmax, so training outputs are not probabilities
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
            layers.Dropout(dropout_rate),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: a subclassed model forcing training=True on its augmentation, always
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    class AugmentedCNN(keras.Model):
        def __init__(self):
            super().__init__()
            self.augment = layers.RandomTranslation(0.1, 0.1)
            self.body = keras.Sequential(
                [
                    layers.Conv2D(16, 3, padding="same", activation="relu"),
                    layers.MaxPooling2D(),
                    layers.Conv2D(32, 3, padding="same", activation="relu"),
                    layers.Flatten(),
                    layers.Dropout(dropout_rate),
                    layers.Dense(n_classes, activation="softmax"),
                ]
            )

        def call(self, images, training=None):
            return self.body(self.augment(images, training=True), training=training)

    model = AugmentedCNN()
    model(np.zeros((1, *input_shape), dtype="float32"))
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: augmentation after the convolutions, shifting feature maps, not images
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.RandomTranslation(0.1, 0.1),
            layers.Flatten(),
            layers.Dropout(dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 correct: zoom and rotation, Activation("relu") layers, global pooling, Softmax layer
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomZoom(0.1, fill_mode="constant"),
            layers.RandomRotation(0.05, fill_mode="constant"),
            layers.Conv2D(32, 3, padding="same"),
            layers.Activation("relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(64, 3, padding="same"),
            layers.Activation("relu"),
            layers.GlobalAveragePooling2D(),
            layers.Dropout(rate=dropout_rate),
            layers.Dense(n_classes),
            layers.Softmax(),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: RandomRotation(0.5) meant as 0.5 radians, but it is half a turn (up to 180 degrees)
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomRotation(0.5, fill_mode="constant"),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: the only Dropout sits between the convolutions, not before the output layer
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Dropout(dropout_rate),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: compiled with optimizer="adam" (learning rate 0.001, not LEARNING_RATE)
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


# %% 09-deep-learning-cnn-ex7 wrong: two linear convolutions and a single ReLU after them
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
            layers.Conv2D(16, 3, padding="same"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same"),
            layers.ReLU(),
            layers.Flatten(),
            layers.Dropout(dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: Dropout(1 - dropout_rate), reading the rate as the share of units kept
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(1 - dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# %% 09-deep-learning-cnn-ex7 wrong: an augmentation layer whose factors are all 0, so it never changes an image
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.RandomTranslation(0.0, 0.0),
            layers.Conv2D(16, 3, padding="same", activation="relu"),
            layers.MaxPooling2D(),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Flatten(),
            layers.Dropout(dropout_rate),
            layers.Dense(n_classes, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model

# Answers written blind to the graders by an outside tester (issue 12) that the graders first missed.

# %% 09-deep-learning-cnn-ex3 wrong: caches and returns the same model object for the same arguments; violates "returns a new, compiled Keras model"
_DENSE_MODELS = {}
def build_dense_model(input_shape, n_classes=10, hidden_units=64):
    key = (tuple(input_shape), n_classes, hidden_units)
    if key not in _DENSE_MODELS:
        model = keras.Sequential([
            keras.Input(shape=input_shape),
            layers.Flatten(),
            layers.Dense(hidden_units, activation="relu"),
            layers.Dense(n_classes, activation="softmax"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        _DENSE_MODELS[key] = model
    return _DENSE_MODELS[key]

# %% 09-deep-learning-cnn-ex6 wrong: default max_epochs=40 copied from the worked example; violates the signature "max_epochs=100"
def fit_with_early_stopping(
    model, train_images, train_labels, val_images, val_labels, patience=5, max_epochs=40
):
    stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    return model.fit(train_images, train_labels, validation_data=(val_images, val_labels), epochs=max_epochs,
                     batch_size=32, callbacks=[stop], verbose=0)

# %% 09-deep-learning-cnn-ex7 wrong: Dropout placed before Flatten (right after the last Conv2D); violates "then Flatten or GlobalAveragePooling2D; then a layers.Dropout(dropout_rate)"
def build_regularised_cnn(input_shape=(10, 10, 1), n_classes=10, dropout_rate=0.3):
    model = keras.Sequential([
        keras.Input(shape=input_shape),
        layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
        layers.Conv2D(16, 3, padding="same", activation="relu"),
        layers.MaxPooling2D(),
        layers.Conv2D(32, 3, padding="same", activation="relu"),
        layers.Dropout(dropout_rate),
        layers.Flatten(),
        layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=LEARNING_RATE),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
