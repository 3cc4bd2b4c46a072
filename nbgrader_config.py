# nbgrader reads this file when run from the course folder (this repository's root).
# The settings live in course/settings.py so that `course check` grades exactly as the instructor does.
from pathlib import Path

from course.settings import class_gradebook_url, configure

ROOT = Path(__file__).resolve().parent
configure(get_config(), ROOT, db_url=class_gradebook_url(ROOT))  # noqa: F821 (get_config is nbgrader's)
