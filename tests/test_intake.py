"""course.intake: LMS downloads (folders and zips built here, with the mess real downloads have)
become nbgrader's submitted/<learner>/<ID>/<ID>.ipynb, and every file left out is reported."""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from datetime import UTC
from pathlib import Path

import pytest

from course.intake import BadPattern, BadSource, Duplicate, import_submissions
from course.release import UnknownModule

REPO = Path(__file__).resolve().parent.parent
ID = "00-orientation"
NOTEBOOK = f"{ID}.ipynb"
T0 = time.mktime((2026, 11, 2, 9, 30, 0, 0, 0, -1))  # an even second: zip keeps 2-second precision
BROKEN = b'\xff\xfe{"cells": [ not json, not UTF-8 \x80\x81'

# file name in the download -> (contents, seconds after T0)
DOWNLOAD = {
    f"alice_{ID}.ipynb": (b'{"alice": 1}', 0),
    "bob.ipynb": (b'{"bob": 1}', 0),
    f"s1234_late_2_{ID}.ipynb": (b'{"s1234": 1}', 0),
    f"smithjane_12345_67890_{ID}.ipynb": (b'{"canvas": 1}', 0),  # Canvas names: lastfirst_user_sub_file
    f"section-a/frank_{ID}.ipynb": (BROKEN, 0),  # nested folder; a broken notebook is still a submission
    "dave_b.ipynb": (b'{"dave": "older"}', 0),
    "dave_a.ipynb": (b'{"dave": "newer"}', 60),  # newer wins over the later name
    "erin_1.ipynb": (b'{"erin": 1}', 10),
    "erin_2.ipynb": (b'{"erin": 2}', 10),  # same time: the last name wins
    "alice (1).ipynb": (b"{}", 0),  # space and parentheses: not a safe learner id
    f"_{ID}.ipynb": (b"{}", 0),  # nothing before the first _
    "report.pdf": (b"%PDF-1.4", 0),
    ".DS_Store": (b"\0", 0),
    f"__MACOSX/._alice_{ID}.ipynb": (b"\0", 0),
    ".ipynb_checkpoints/bob-checkpoint.ipynb": (b"{}", 0),
}
LEARNERS = ["alice", "bob", "dave", "erin", "frank", "s1234", "smithjane"]


@pytest.fixture
def root(tmp_path):
    """A class folder that knows module 00 (its source notebook is all intake needs)."""
    course = tmp_path / "class"
    (course / "solutions" / ID).mkdir(parents=True)
    shutil.copyfile(REPO / "solutions" / ID / NOTEBOOK, course / "solutions" / ID / NOTEBOOK)
    return course


def write_folder(folder: Path, files: dict[str, tuple[bytes, float]]) -> Path:
    for name, (data, delay) in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        os.utime(path, (T0 + delay, T0 + delay))
    return folder


def write_zip(path: Path, files: dict[str, tuple[bytes, float]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, (data, delay) in files.items():
            archive.writestr(zipfile.ZipInfo(name, time.localtime(T0 + delay)[:6]), data)
    return path


def submission(root: Path, learner: str) -> Path:
    return root / "submitted" / learner / ID / NOTEBOOK


def stamp(root: Path, learner: str) -> float:
    from nbgrader.utils import parse_utc

    text = (root / "submitted" / learner / ID / "timestamp.txt").read_text()
    return parse_utc(text).replace(tzinfo=UTC).timestamp()


def check_download_imported(root: Path, report) -> None:
    assert report.new == LEARNERS and report.imported == LEARNERS
    assert sorted(p.name for p in (root / "submitted").iterdir()) == LEARNERS
    assert submission(root, "frank").read_bytes() == BROKEN
    assert submission(root, "smithjane").read_bytes() == b'{"canvas": 1}'
    assert submission(root, "dave").read_bytes() == b'{"dave": "newer"}'
    assert submission(root, "erin").read_bytes() == b'{"erin": 2}'
    assert report.duplicates == [
        Duplicate("dave", "dave_a.ipynb", ["dave_b.ipynb"]),
        Duplicate("erin", "erin_2.ipynb", ["erin_1.ipynb"]),
    ]
    assert report.odd_names == [f"_{ID}.ipynb", "alice (1).ipynb"]
    assert report.non_notebooks == ["report.pdf"]
    assert len(report.ignored) == 3
    assert stamp(root, "alice") == T0 and stamp(root, "dave") == T0 + 60


def test_folder_download_is_placed_for_nbgrader_and_everything_left_out_is_reported(root, tmp_path):
    """Does a messy folder give one notebook per learner, with nbgrader's timestamp, and report
    odd names, duplicates (which one was kept), non-notebooks and system files?"""
    report = import_submissions(ID, write_folder(tmp_path / "download", DOWNLOAD), root=root)
    check_download_imported(root, report)
    assert sorted(p.name for p in (root / "submitted" / "alice" / ID).iterdir()) == [
        NOTEBOOK,
        "timestamp.txt",
    ]
    text = report.to_text()
    assert "7 learners (7 new, 0 replaced, 0 unchanged)" in text
    assert (
        "alice (1).ipynb" in text and "kept dave_a.ipynb, not dave_b.ipynb" in text and "report.pdf" in text
    )


def test_zip_download_is_placed_the_same_way(root, tmp_path):
    """Does a zip (with nested folders and member times) import exactly like the same folder?"""
    report = import_submissions(ID, write_zip(tmp_path / "download.zip", DOWNLOAD), root=root)
    check_download_imported(root, report)


def test_zip_paths_never_decide_where_files_are_written(root, tmp_path):
    """Is a zip-slip member (`../evil.ipynb`, an absolute path) written only inside submitted/?"""
    hostile = {
        "../evil.ipynb": (b'{"evil": 1}', 0),
        "../../../tmp/mallory_x.ipynb": (b"{}", 0),
        "/etc/trudy_x.ipynb": (b"{}", 0),
        "C:\\Users\\oscar\\oscar_x.ipynb": (b"{}", 0),
    }
    report = import_submissions(ID, write_zip(tmp_path / "hostile.zip", hostile), root=root)
    assert report.new == ["evil", "mallory", "oscar", "trudy"]
    assert submission(root, "evil").read_bytes() == b'{"evil": 1}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class", "hostile.zip"]
    assert sorted(p.name for p in root.iterdir()) == ["solutions", "submitted"]


def test_reimport_replaces_a_changed_file_and_keeps_the_rest(root, tmp_path):
    """On a second download, is a learner whose file changed replaced and everyone else unchanged?"""
    download = write_folder(tmp_path / "download", DOWNLOAD)
    import_submissions(ID, download, root=root)
    (root / "submitted" / "bob" / ID / "leftover.txt").write_text("from an earlier collect")
    write_folder(download, {"bob.ipynb": (b'{"bob": 2}', 300)})

    report = import_submissions(ID, download, root=root)
    assert (report.new, report.replaced) == ([], ["bob"])
    assert report.unchanged == [n for n in LEARNERS if n != "bob"]
    assert submission(root, "bob").read_bytes() == b'{"bob": 2}' and stamp(root, "bob") == T0 + 300
    assert sorted(p.name for p in (root / "submitted" / "bob" / ID).iterdir()) == [NOTEBOOK, "timestamp.txt"]
    assert sorted(p.name for p in (root / "submitted" / "bob").iterdir()) == [ID], (
        "staging folder left behind"
    )


def test_custom_pattern_reads_another_lms_naming(root, tmp_path):
    """Does a pattern with a `learner` group read, e.g., Moodle's names, and report names it cannot read?"""
    moodle = {
        f"Jane Smith_48213_assignsubmission_file_{ID}.ipynb": (b"{}", 0),
        f"Li Wei_50077_assignsubmission_file_{ID}.ipynb": (b"{}", 0),
        f"{ID}.ipynb": (b"{}", 0),
    }
    download = write_folder(tmp_path / "moodle", moodle)
    report = import_submissions(ID, download, root=root, pattern=r"_(?P<learner>\d+)_assignsubmission")
    assert report.new == ["48213", "50077"] and report.odd_names == [f"{ID}.ipynb"]


@pytest.mark.parametrize("pattern", [r"^(\w+)_", r"(?P<learner>[a-z+"])
def test_pattern_without_a_learner_group_is_refused(root, tmp_path, pattern):
    """Is a pattern that cannot name the learner (no `learner` group, or not a regex) a clear error?"""
    with pytest.raises(BadPattern, match="learner|not a valid regular expression"):
        import_submissions(
            ID, write_folder(tmp_path / "d", {"a.ipynb": (b"{}", 0)}), root=root, pattern=pattern
        )
    assert not (root / "submitted").exists()


def test_unusable_sources_are_refused_clearly(root, tmp_path):
    """Are a PDF, a damaged zip and a missing path refused with what to do, before anything is written?"""
    pdf = tmp_path / "grades.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    damaged = tmp_path / "download.zip"
    damaged.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(BadSource, match="neither a folder nor a .zip"):
        import_submissions(ID, pdf, root=root)
    with pytest.raises(BadSource, match="not a readable zip"):
        import_submissions(ID, damaged, root=root)
    with pytest.raises(BadSource, match="does not exist"):
        import_submissions(ID, tmp_path / "nowhere", root=root)
    with pytest.raises(UnknownModule, match="00-orientaton"):
        import_submissions("00-orientaton", tmp_path, root=root)
    assert not (root / "submitted").exists()


def test_undecodable_file_name_is_reported_and_printable(root, tmp_path):
    """Is a file name that is not valid UTF-8 reported as an odd name, in a summary that still prints?"""
    download = tmp_path / "download"
    download.mkdir()
    (download / os.fsdecode(b"gr\xe9ta_x.ipynb")).write_bytes(b"{}")
    report = import_submissions(ID, download, root=root)
    assert report.new == [] and len(report.odd_names) == 1
    assert "gr\\udce9ta_x.ipynb" in report.to_text().encode("utf-8").decode("utf-8")


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Object of type:sqlalchemy.exc.SAWarning")  # nbgrader's own session noise
def test_nbgrader_grades_an_imported_submission(root, tmp_path):
    """Does nbgrader's own autograde accept an imported submission, its folder and its timestamp?"""
    from nbgrader.apps import NbGraderAPI

    from course import gradebook
    from course.release import run_step
    from course.settings import config_for

    solution = (root / "solutions" / ID / NOTEBOOK).read_bytes()
    import_submissions(ID, write_zip(tmp_path / "d.zip", {f"alice_{ID}.ipynb": (solution, 0)}), root=root)
    gradebook.seed(root / "gradebook.db")
    api = NbGraderAPI(config=config_for(root, create_exchange=False))
    run_step(api.generate_assignment(ID, force=True), "generate_assignment")
    run_step(api.autograde(ID, "alice", force=True), "autograde")
    with api.gradebook as gb:
        graded = gb.find_submission(ID, "alice")
        assert graded.score == graded.max_score > 0
        assert graded.timestamp.replace(tzinfo=UTC).timestamp() == T0
