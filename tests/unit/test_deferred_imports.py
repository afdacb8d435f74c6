"""asyncio and importlib.metadata are imported only when something uses them (``orderdesk.deferred_imports``).

Each case runs in a fresh interpreter: the stand-ins only make sense before anything imported the
real modules, and this test process has long imported both.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# Modules that only the real asyncio and importlib.metadata pull in.
ONLY_WITH_ASYNCIO = ("asyncio.base_events", "ssl", "asyncio.events")
ONLY_WITH_METADATA = ("email.message", "importlib.metadata._adapters")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_sqlalchemy_and_the_models_load_neither():
    out = _run(
        """
        import json, sys
        from orderdesk.deferred_imports import install
        assert install() == ["asyncio", "importlib.metadata"]
        import sqlalchemy.orm, sqlalchemy.dialects.sqlite, sqlalchemy.dialects.postgresql
        import orderdesk.models, orderdesk.db
        sqlalchemy.orm.configure_mappers()
        names = (m for m in sys.modules if m.startswith(("asyncio.", "email.", "ssl", "importlib.metadata.")))
        print(json.dumps(sorted(names)))
        """
    )
    loaded = json.loads(out)
    assert not set(loaded) & {*ONLY_WITH_ASYNCIO, *ONLY_WITH_METADATA}, loaded


def test_a_later_use_gets_the_real_modules():
    out = _run(
        """
        import sys
        from orderdesk.deferred_imports import DeferredModule, install
        install()
        import sqlalchemy.util.concurrency as concurrency
        import asyncio
        assert isinstance(asyncio, DeferredModule)

        async def answer():
            await asyncio.sleep(0)
            return 42

        # SQLAlchemy took asyncio.iscoroutine while the module was still deferred.
        coroutine = answer()
        assert concurrency.iscoroutine(coroutine)
        print(asyncio.run(coroutine))
        assert not isinstance(sys.modules["asyncio"], DeferredModule)  # the real one took its place
        import asyncio.events  # a submodule import works on either
        from importlib import metadata
        from importlib.metadata import version
        print(version("sqlalchemy") == metadata.version("sqlalchemy"))
        assert not isinstance(sys.modules["importlib.metadata"], DeferredModule)
        """
    )
    assert out.split() == ["42", "True"]


def test_modules_already_imported_are_left_alone():
    out = _run(
        """
        import asyncio, sys
        from orderdesk.deferred_imports import install
        print(install(), sys.modules["asyncio"] is asyncio)
        """
    )
    assert out.strip() == "['importlib.metadata'] True"


def test_the_program_defers_them(tmp_path):
    """``orderdesk --help`` as the program runs: the stand-ins are in place, nothing loaded them."""
    probe = textwrap.dedent(
        """
        import atexit, sys
        atexit.register(lambda: print(type(sys.modules["asyncio"]).__name__, "ssl" in sys.modules))
        sys.argv = ["orderdesk", "--help"]
        from orderdesk.cli import run
        raise SystemExit(run())
        """
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "DeferredModule False"
