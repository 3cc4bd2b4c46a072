"""Hostile and broken submissions of module 00, and the grade a fair class grader gives each (cases.py)."""
