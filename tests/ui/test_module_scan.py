"""PySide6's per-import check answers from the file's bytes, as PySide6 itself would answer."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import types

import orderdesk.ui  # noqa: F401  (installs the check)
from orderdesk.deferred_imports import DeferredModule
from orderdesk.ui import _module_scan


def pyside_answer(module: types.ModuleType) -> bool:
    """PySide6's own rule (shibokensupport.feature): the module's source mentions "PySide6"."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_check_in_pyside_is_ours_once_the_ui_is_imported():
    feature = sys.modules[_module_scan.FEATURE_MODULE]
    assert getattr(feature._mod_uses_pyside, _module_scan.MARK, False)
    assert _module_scan.install() is False  # once only: it does not wrap itself


def test_it_answers_as_pyside_does_for_every_kind_of_module():
    names = [
        "orderdesk.ui.board.delegate",  # imports PySide6
        "orderdesk.ui.board.source",  # a UI module without Qt
        "orderdesk.workflow",  # the domain: no Qt
        "orderdesk.ui",  # a package (its __init__.py)
        "json",  # the standard library
        "sys",  # built in
        "_sqlite3",  # an extension module
        "PySide6.QtCore",  # Qt itself: an extension module
    ]
    check = sys.modules[_module_scan.FEATURE_MODULE]._mod_uses_pyside
    for name in names:
        module = importlib.import_module(name)
        assert check(module) is pyside_answer(module), name
    assert check(importlib.import_module("orderdesk.ui.board.delegate")) is True
    assert check(importlib.import_module("orderdesk.workflow")) is False


def test_a_stand_in_module_is_answered_without_loading_it():
    stub = DeferredModule("orderdesk_not_a_real_module")
    loaded: list[str] = []

    def fallback(module: types.ModuleType) -> bool:
        loaded.append(module.__name__)
        return True

    assert _module_scan.mentions_pyside(stub, fallback) is False
    assert loaded == []
    plain = types.ModuleType("no_file")  # no file and no stand-in: PySide6's own way decides
    assert _module_scan.mentions_pyside(plain, fallback) is True
    assert loaded == ["no_file"]


def test_a_vanished_file_falls_back_to_pysides_way(tmp_path):
    module = types.ModuleType("gone")
    module.__file__ = str(tmp_path / "gone.py")
    assert _module_scan.mentions_pyside(module, lambda m: False) is False
    assert _module_scan.mentions_pyside(module, lambda m: True) is True


def test_importing_the_ui_keeps_asyncio_deferred():
    """The stand-in for asyncio (orderdesk.deferred_imports) survives the UI's imports: PySide6's
    own check looked for ``__wrapped__`` on it, which loaded asyncio, ssl and sockets."""
    probe = (
        "import sys\n"
        "import orderdesk.deferred_imports as deferred; deferred.install()\n"
        "import orderdesk.ui.main_window\n"
        "import sqlalchemy.dialects.sqlite\n"
        "print(sorted(m for m in ('asyncio.base_events', 'ssl') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", done.stdout
