"""The setup cells' version check: does it name the right distribution and say what to fix?"""

from course import doctor


def test_tensorflow_is_checked_under_the_distribution_this_platform_installs():
    """Is `tensorflow` looked up as `tensorflow-cpu` where the lock pins that (Linux, Windows)?"""
    assert doctor.distribution("tensorflow", {"tensorflow-cpu": "2.21.0"}) == "tensorflow-cpu"
    assert doctor.distribution("tensorflow", {"tensorflow": "2.21.0"}) == "tensorflow"
    assert doctor.distribution("numpy", {"numpy": "2.4.6"}) == "numpy"


def test_check_versions_passes_in_the_course_environment(capsys):
    """Does a setup cell naming TensorFlow and the core stack print one 'Environment OK' line?"""
    assert doctor.check_versions("numpy", "pandas", "scikit-learn", "keras", "tensorflow")
    out = capsys.readouterr().out
    assert out.startswith("Environment OK:") and "tensorflow" in out and "WARNING" not in out


def test_a_missing_package_gets_a_warning_with_the_fix(capsys):
    """Does an uninstalled package produce a warning that names it and the command that fixes it?"""
    assert not doctor.check_versions("surely-not-an-installed-package")
    out = capsys.readouterr().out
    assert "surely-not-an-installed-package is not installed" in out and "make lab" in out
