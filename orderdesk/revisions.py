"""The schema revision without loading alembic: most runs only need to know that none is due.

Alembic (with mako and its dialect modules) takes longer to import than a CLI command takes to
run, so ``Database`` compares the revisions here and imports alembic only to migrate:

- the head revisions come from the migration files themselves: each names its ``revision`` and
  ``down_revision`` at module level (Alembic's script format); a head is a revision no other
  file names as its ``down_revision``;
- the database's revisions are the rows of ``alembic_version``, the table Alembic keeps them in.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, inspect, text

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps


# ``revision = "0010_x"`` or ``down_revision: str | None = ("a", "b")  # why``, at the start of a line.
_ASSIGNMENT = re.compile(r"^(\w+)[ \t]*(?::[^=\n]*)?=[ \t]*(.+?)[ \t]*(?:#[^\n]*)?$", re.MULTILINE)


def _literal_assignments(path: Path, names: frozenset[str]) -> dict[str, object]:
    """Module-level ``name = <literal>`` assignments of a migration file, without running it.

    Each process reads every migration file once; parsing whole files took longer than the
    rest of a command's database check, so the assignment lines are read on their own and
    the file is parsed only when a value does not fit on its line (or has a ``#`` in it).
    """
    text = path.read_text(encoding="utf-8")
    found: dict[str, object] = {}
    for match in _ASSIGNMENT.finditer(text):
        name, value = match.groups()
        if name not in names or name in found:
            continue
        try:
            found[name] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return _parsed_assignments(text, path, names)
    return found


def _parsed_assignments(text: str, path: Path, names: frozenset[str]) -> dict[str, object]:
    found: dict[str, object] = {}
    for node in ast.parse(text, filename=str(path)).body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            target, value = node.target.id, node.value
        if target in names:
            found[target] = ast.literal_eval(value)
    return found


def _as_set(value: object) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, str):
        return {value}
    return set(value)  # a tuple or list: a merge revision


@cache
def _graph_in(folder: Path, stamp: tuple[tuple[str, float], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(every revision, the heads) of the migration files in ``folder``."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for name, _mtime in stamp:
        fields = _literal_assignments(folder / name, frozenset({"revision", "down_revision"}))
        if "revision" not in fields:
            continue  # not a migration (a helper module)
        revisions.add(str(fields["revision"]))
        parents |= _as_set(fields.get("down_revision"))
    return frozenset(revisions), frozenset(revisions - parents)


def _graph(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    # a changed or added file is read again
    stamp = tuple(sorted((p.name, p.stat().st_mtime) for p in folder.glob("*.py") if p.name != "__init__.py"))
    return _graph_in(folder, stamp)


def head_revisions(folder: Path = VERSIONS) -> frozenset[str]:
    """The revisions a fully migrated database is at (more than one only while branches are unmerged)."""
    return _graph(folder)[1]


def known_revisions(folder: Path = VERSIONS) -> frozenset[str]:
    """Every revision this version of the app has a migration for."""
    return _graph(folder)[0]


def current_revisions(conn: Connection) -> set[str]:
    """The revisions the database says it is at; empty for a new database."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return set()
    return {row[0] for row in conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))}
