"""The exit code of each kind of refusal (the table in the README), and the CLI's own sign-in error.

Kept apart from the helpers so ``main`` can map an error to its code without importing the
database layer.
"""

from __future__ import annotations

from orderdesk.errors import (
    ConfigurationError,
    ConflictError,
    MoveRefused,
    NotFound,
    OrderDeskError,
    PermissionDenied,
    ValidationError,
)

EXIT_CODES: dict[type[OrderDeskError], int] = {
    ValidationError: 2,
    NotFound: 3,
    MoveRefused: 4,
    ConflictError: 5,
    PermissionDenied: 6,
    ConfigurationError: 7,
}


class SignInError(OrderDeskError):
    """Who is acting could not be established (unknown user, wrong or missing PIN)."""


EXIT_CODES[SignInError] = 2
