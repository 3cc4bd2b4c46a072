"""datasets/digits: the shipped CSV is exactly scikit-learn's bundled digits, as its data card says."""

from __future__ import annotations

import numpy as np
from sklearn.datasets import load_digits

from course import data


def test_digits_file_equals_scikit_learns_bundled_digits():
    """Do the 1,797 rows hold scikit-learn's pixels (0-16) and labels, in the same order?"""
    frame = data.load("digits")
    reference = load_digits()
    assert list(frame.columns) == [f"pixel_{i}" for i in range(64)] + ["label"]
    assert frame.shape == (1797, 65)
    assert all(dtype.kind == "i" for dtype in frame.dtypes), "every column should be read as integers"
    pixels = frame[[f"pixel_{i}" for i in range(64)]].to_numpy()
    assert np.array_equal(pixels, reference.data.astype("int64"))
    assert np.array_equal(pixels.reshape(-1, 8, 8), reference.images.astype("int64")), "pixels are stored row by row"
    assert np.array_equal(frame["label"].to_numpy(), reference.target)


def test_digits_card_numbers_match_the_file():
    """Do the class counts and always-blank pixels stated on the card hold?"""
    frame = data.load("digits")
    counts = frame["label"].value_counts().sort_index().to_dict()
    assert counts == {0: 178, 1: 182, 2: 177, 3: 183, 4: 181, 5: 182, 6: 181, 7: 179, 8: 174, 9: 180}
    blank = [c for c in frame.columns[:-1] if (frame[c] == 0).all()]
    assert blank == ["pixel_0", "pixel_32", "pixel_39"]
    assert frame.to_numpy().min() == 0 and frame.drop(columns="label").to_numpy().max() == 16
    assert not frame.duplicated().any()
    card = data.card("digits")
    assert "CC BY 4.0" in card and "1,797" in card
