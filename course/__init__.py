"""Tools of the ML Engineering course: data access, the syllabus, and grading with nbgrader."""

__version__ = "0.1.0"
