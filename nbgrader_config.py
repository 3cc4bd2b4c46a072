# nbgrader reads this file when run from the course folder (this repository's root).
# The settings live in course/settings.py so that `course check` grades exactly as the instructor does.
from pathlib import Path

from course.settings import configure

configure(get_config(), Path(__file__).resolve().parent)  # noqa: F821 (get_config is nbgrader's)
