"""The schema revision read without alembic agrees with alembic itself."""

from __future__ import annotations

import shutil

from alembic.script import ScriptDirectory
from sqlalchemy import text

from orderdesk.db import Database
from orderdesk.revisions import VERSIONS, head_revisions


def test_heads_from_the_files_are_alembics_heads(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert head_revisions() == set(ScriptDirectory.from_config(db.alembic_config()).get_heads())


def test_an_unmerged_branch_gives_two_heads_and_a_merge_one(tmp_path):
    folder = tmp_path / "versions"
    shutil.copytree(VERSIONS, folder)
    (folder / "0006_left.py").write_text('revision = "0006_left"\ndown_revision = "0005_merge"\n')
    (folder / "0006_right.py").write_text('revision: str = "0006_right"\ndown_revision = "0005_merge"\n')
    assert head_revisions(folder) == {"0006_left", "0006_right"}
    (folder / "0007_merge.py").write_text('revision = "0007_merge"\ndown_revision = ("0006_left", "0006_right")\n')
    assert head_revisions(folder) == {"0007_merge"}


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
    db = Database.open(path)
    with db.engine.begin() as conn:  # pretend a revision is still due (0005 only joins two branches)
        conn.execute(text("UPDATE alembic_version SET version_num = '0003_notify'"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0004_stations')"))
    assert db.current_revisions() == {"0003_notify", "0004_stations"} and db.needs_upgrade()
    backup = db.upgrade()
    assert backup is not None and backup.exists()
    assert db.current_revisions() == head_revisions()
    db.dispose()
