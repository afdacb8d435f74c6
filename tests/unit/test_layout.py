"""The shape of the package: no import circles, no oversized modules, a light command line."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from orderdesk.db import Database

PACKAGE = Path(__file__).resolve().parents[2] / "orderdesk"
MAX_LINES = 600
# Modules allowed over MAX_LINES, each with the reason; keep this empty if you can.
TOO_LONG_ALLOWED: dict[str, str] = {}


def _modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[1:3] == ["migrations", "versions"]:
            continue  # Alembic loads these by path, not by import
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def import_graph() -> dict[str, set[str]]:
    """Every ``import`` of an orderdesk module by another, wherever it is written: at the top,
    inside a function or under ``TYPE_CHECKING`` (a circle a late import hides is still a circle)."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                # ``from a import b``: the module a.b if there is one, else a itself
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names
                ]
            else:
                continue
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_import_circles():
    cycles = import_cycles(import_graph())
    assert not cycles, "import circles (hand the part what it needs instead of importing back up):\n" + "\n".join(
        " <-> ".join(c) for c in cycles
    )


def test_the_cycle_finder_finds_a_circle():
    assert import_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_graph_sees_late_and_type_checking_imports():
    graph = import_graph()
    assert "orderdesk.ui.order_details" in graph["orderdesk.ui.main_window"]  # imported inside a method
    assert "orderdesk.ui.hosts" in graph["orderdesk.ui.printing"]


def test_no_module_over_600_lines():
    too_long = {
        str(path.relative_to(PACKAGE.parent)): n
        for path in _modules().values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and str(path.relative_to(PACKAGE.parent)) not in TOO_LONG_ALLOWED
    }
    assert not too_long, f"modules over {MAX_LINES} lines (split them by job): {too_long}"


def _imported_by(argv: list[str], tmp_path: Path, exit_code: int = 0) -> set[str]:
    """Top-level packages a whole ``orderdesk`` process imported, from the interpreter's own list."""
    return {name.split(".")[0] for name in _modules_imported_by(argv, tmp_path, exit_code)}


def _modules_imported_by(argv: list[str], tmp_path: Path, exit_code: int = 0) -> set[str]:
    """Every module a whole ``orderdesk`` process imported, from the interpreter's own list."""
    probe = (
        "import atexit, json, sys\n"
        f"atexit.register(lambda: open({str(tmp_path / 'modules.json')!r}, 'w').write(json.dumps(sorted(sys.modules))))\n"
        "from orderdesk.cli import main\n"
        f"raise SystemExit(main({argv!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == exit_code, done.stderr
    return set(json.loads((tmp_path / "modules.json").read_text()))


HEAVY = {"reportlab", "alembic", "PySide6", "mako"}
# What a command that reads or moves orders on SQLite does not need either: money is written
# from orderdesk.money_cldr for the app's languages, and only the dialect in use is loaded.
NOT_FOR_ORDERS = {"babel", "sqlalchemy.dialects.postgresql"}


def _loaded_of(modules: set[str], names: set[str]) -> set[str]:
    return {name for name in names if name in modules}


def test_help_imports_no_command_module_nor_heavy_library(tmp_path):
    loaded = _imported_by(["--help"], tmp_path)
    assert not loaded & (HEAVY | {"sqlalchemy", "requests", "keyring"}), loaded & (HEAVY | {"sqlalchemy"})


@pytest.mark.parametrize(("command", "exit_code"), [(["orders", "list"], 0), (["order", "show", "NO-SUCH"], 3)])
def test_reading_orders_loads_neither_alembic_nor_documents_nor_the_window(tmp_path, command, exit_code):
    path = tmp_path / "shop.sqlite3"
    Database.open(path).dispose()  # made and migrated here, so the command finds nothing due
    argv = ["--db", str(path), *command]
    modules = _modules_imported_by(argv, tmp_path, exit_code)  # 3: no such order, after the lookup ran
    loaded = {name.split(".")[0] for name in modules}
    assert not loaded & (HEAVY | {"requests", "keyring"}), loaded & (HEAVY | {"requests", "keyring"})
    assert not _loaded_of(modules, NOT_FOR_ORDERS), _loaded_of(modules, NOT_FOR_ORDERS)


def test_moving_an_order_loads_no_http_keyring_or_document_library(tmp_path):
    from orderdesk.demo import create_demo
    from orderdesk.services.orders import OrderService
    from orderdesk.workflow import Status

    path = tmp_path / "shop.sqlite3"
    db = Database.open(path)
    create_demo(db, orders=30, seed=5)  # a seed whose demo has NEW orders without a hold
    number = next(o.number for o in OrderService(db).list_orders(status=Status.NEW) if not o.holds)
    db.dispose()
    modules = _modules_imported_by(["--db", str(path), "--user", "Ola", "order", "move", number, "confirmed"], tmp_path)
    loaded = {name.split(".")[0] for name in modules}
    assert "orderdesk" in loaded
    assert not loaded & (HEAVY | {"requests", "keyring"}), loaded & (HEAVY | {"requests", "keyring"})
    assert not _loaded_of(modules, NOT_FOR_ORDERS), _loaded_of(modules, NOT_FOR_ORDERS)
    db = Database.open(path)
    assert OrderService(db).get(number, with_history=False).status is Status.CONFIRMED  # the move happened
    db.dispose()
