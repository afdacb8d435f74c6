"""Real system components a test needs: skip on a laptop without them, fail in CI."""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available: bool, what: str) -> None:
    """Skip (developer machine) or fail (CI=true) when a real component is missing."""
    if available:
        return
    message = f"{what} is not available"
    if in_ci():
        pytest.fail(f"{message}; CI must provide it (.ci/run installs it)", pytrace=False)
    pytest.skip(message)


def require_tool(name: str, package: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"'{name}' (Debian package {package})")
    return path or ""


def require_keyring() -> None:
    """A real Secret Service keyring (scripts/test.sh runs the suite inside one)."""
    from orderdesk.errors import ConfigurationError
    from orderdesk.services.credentials import Credentials

    try:
        Credentials().backend()
        available = True
    except ConfigurationError:
        available = False
    require(
        available, "a Secret Service keyring (run the tests under scripts/_with_keyring.sh, as scripts/test.sh does)"
    )
