"""Shared test set-up. Notebook cells collected by nbval must all run in one kernel, so each notebook's
items are kept on one xdist worker (`--dist loadgroup`), as are each module's grader-validity items."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("xdist_group") is None and str(item.fspath).endswith(".ipynb"):
            item.add_marker(pytest.mark.xdist_group(str(item.fspath)))
