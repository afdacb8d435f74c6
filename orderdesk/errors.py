"""Domain errors: each message says what went wrong and what to do about it."""

from __future__ import annotations


class OrderDeskError(Exception):
    """Base of every error the app expects and shows to a person."""


class NotFound(OrderDeskError):
    pass


class ValidationError(OrderDeskError):
    """Bad input; ``field`` names the field to fix when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class MoveRefused(OrderDeskError):
    """A status move the workflow does not allow; nothing was changed."""

    def __init__(self, message: str, *, order_number: str = "", to_status: str = "") -> None:
        super().__init__(message)
        self.order_number = order_number
        self.to_status = to_status


class PermissionDenied(OrderDeskError):
    pass


class ConflictError(OrderDeskError):
    """Someone else changed the order since it was read; reload and try again."""


class ConfigurationError(OrderDeskError):
    """A setting, credential or system component is missing or wrong."""
