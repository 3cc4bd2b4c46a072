"""Project-wide pytest hooks (the test command is in the README and the Makefile)."""

import pytest

from tests.support import scheduling


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """With `--dist loadfile`, group tests by file and module id so modules run on different workers."""
    if config.getoption("dist") == "loadfile":
        return scheduling.make_scheduler(config, log)
    return None
