"""The live notebook of the grader-validity harness: it lives in the package (course.authoring.live),
which mutation analysis shares."""

from course.authoring.live import TIMEOUT_S, LiveNotebook, Outcome

__all__ = ["TIMEOUT_S", "LiveNotebook", "Outcome"]
