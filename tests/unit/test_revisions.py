"""The schema revision read without alembic agrees with alembic itself."""

from __future__ import annotations

import shutil

from alembic.script import ScriptDirectory

from orderdesk.db import Database
from orderdesk.revisions import VERSIONS, head_revisions, known_revisions


def test_heads_from_the_files_are_alembics_heads(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    script = ScriptDirectory.from_config(db.alembic_config())
    assert head_revisions() == set(script.get_heads())
    assert known_revisions() == {r.revision for r in script.walk_revisions()}


def test_an_unmerged_branch_gives_two_heads_and_a_merge_one(tmp_path):
    folder = tmp_path / "versions"
    shutil.copytree(VERSIONS, folder)
    (head,) = head_revisions(folder)
    (folder / "9998_left.py").write_text(f'revision = "left"\ndown_revision = "{head}"\n')
    (folder / "9998_right.py").write_text(f'revision: str = "right"\ndown_revision = "{head}"\n')
    assert head_revisions(folder) == {"left", "right"}
    (folder / "9999_merge.py").write_text('revision = "joined"\ndown_revision = ("left", "right")\n')
    assert head_revisions(folder) == {"joined"}
    assert {"left", "right", "joined", head} <= known_revisions(folder)


def test_a_new_database_is_migrated_and_an_up_to_date_one_is_left_alone(tmp_path):
    path = tmp_path / "shop.sqlite3"
    fresh = Database(f"sqlite:///{path}")
    assert fresh.current_revisions() == set() and fresh.needs_upgrade()
    fresh.dispose()
    db = Database.open(path)
    assert db.current_revisions() == head_revisions() and not db.needs_upgrade()
    assert db.upgrade() is None  # nothing due: no backup, no migration
    assert not (path.parent / "backups").exists()
    db.dispose()


def test_a_database_behind_the_head_is_upgraded_after_a_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.upgrade("0005_merge")  # a shop still on an older version's schema
    assert db.current_revisions() == {"0005_merge"} and db.needs_upgrade()
    backup = db.upgrade()
    assert backup is not None and backup.exists()
    assert db.current_revisions() == head_revisions() and not db.needs_upgrade()
    db.dispose()


def test_the_assignment_lines_read_as_the_whole_file_parses():
    from orderdesk.revisions import _literal_assignments, _parsed_assignments

    names = frozenset({"revision", "down_revision"})
    for path in sorted(VERSIONS.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert _literal_assignments(path, names) == _parsed_assignments(text, path, names), path.name


def test_a_value_over_several_lines_or_with_a_hash_is_parsed_whole(tmp_path):
    from orderdesk.revisions import _literal_assignments

    names = frozenset({"revision", "down_revision"})
    multi = tmp_path / "multi.py"
    multi.write_text(
        '"""Revision ID: m\nRevises: a, b\n"""\nrevision = "m"\ndown_revision = (\n    "a",\n    "b",\n)\n'
    )
    assert _literal_assignments(multi, names) == {"revision": "m", "down_revision": ("a", "b")}
    hashed = tmp_path / "hashed.py"
    hashed.write_text('revision: str = "x#1"  # a hash in the id\ndown_revision = None\n')
    assert _literal_assignments(hashed, names) == {"revision": "x#1", "down_revision": None}
