"""Secrets (API keys, client secrets, tokens) in the OS keyring, and nowhere else.

Windows Credential Locker, macOS Keychain or the Secret Service on Linux, through ``keyring``.
When no secure backend is usable we stop with ``ConfigurationError`` saying how to fix it;
there is deliberately no fallback to a file, the database or the settings.
"""

from __future__ import annotations

import logging
import sys

import keyring
import keyring.backend
import keyring.errors

from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.i18n import _

log = logging.getLogger(__name__)

# Backends that store secrets in plain text or not at all (keyring core and keyrings.alt).
_INSECURE_BACKENDS = ("fail.Keyring", "null.Keyring", "PlaintextKeyring", "EncryptedKeyring", "Uncrypto")


def _how_to_fix() -> str:
    if sys.platform.startswith("linux"):
        return _(
            "Start a Secret Service keyring (GNOME Keyring or KWallet) in your desktop session; "
            "on a server, install gnome-keyring and dbus and run the app inside "
            "'dbus-run-session' with 'gnome-keyring-daemon --unlock --components=secrets'."
        )
    if sys.platform == "darwin":
        return _("Unlock the macOS Keychain (Keychain Access) and try again.")
    if sys.platform.startswith("win"):
        return _("Windows Credential Manager must be available for your user account.")
    return _("Install and unlock a keyring supported by the Python 'keyring' package.")


class Credentials:
    """``Credentials(service_prefix="orderdesk").set(name, secret)`` / ``.get(name)`` / ``.delete(name)``.

    Names are dotted, e.g. ``cdek.client_secret`` or ``sms.twilio.auth_token``. Secrets are
    never logged; only names are.
    """

    def __init__(self, service_prefix: str = "orderdesk", backend: keyring.backend.KeyringBackend | None = None):
        self.service_prefix = service_prefix
        self._backend = backend

    # -- the backend
    def backend(self) -> keyring.backend.KeyringBackend:
        """The keyring in use; ``ConfigurationError`` when it cannot keep secrets safely."""
        backend = self._backend or keyring.get_keyring()
        names = _backend_names(backend)
        if not names or any(bad in n for n in names for bad in _INSECURE_BACKENDS):
            raise ConfigurationError(
                _("No secure keyring is available to store passwords and API keys ({b}). {fix}").format(
                    b=", ".join(names) or _("none"), fix=_how_to_fix()
                )
            )
        return backend

    def backend_name(self) -> str:
        return ", ".join(_backend_names(self.backend()))

    def _service(self, name: str) -> str:
        name = (name or "").strip()
        if not name or any(c.isspace() for c in name):
            raise ValidationError(_("A credential name must be a non-empty word such as 'cdek.client_secret'."), "name")
        return f"{self.service_prefix}:{name}"

    # -- the API
    def set(self, name: str, secret: str) -> None:
        service = self._service(name)
        if not secret:
            raise ValidationError(_("The secret for '{n}' is empty.").format(n=name), "secret")
        self._call(lambda b: b.set_password(service, name, secret), name)
        log.info("credential %s stored in the keyring", name)

    def get(self, name: str) -> str | None:
        service = self._service(name)
        return self._call(lambda b: b.get_password(service, name), name)

    def require(self, name: str) -> str:
        """The secret, or a ``ConfigurationError`` telling how to set it."""
        secret = self.get(name)
        if not secret:
            raise ConfigurationError(
                _(
                    "The credential '{n}' is not set. Set it in the carrier settings or run: orderdesk credentials set {n}"
                ).format(n=name)
            )
        return secret

    def delete(self, name: str) -> bool:
        """Remove a secret; False when there was none."""
        service = self._service(name)
        try:
            self._call(lambda b: b.delete_password(service, name), name)
        except _Missing:
            return False
        log.info("credential %s deleted from the keyring", name)
        return True

    def _call(self, fn, name: str):
        backend = self.backend()
        try:
            return fn(backend)
        except keyring.errors.PasswordDeleteError as exc:
            raise _Missing(name) from exc
        except keyring.errors.KeyringLocked as exc:
            raise ConfigurationError(
                _("The keyring is locked; unlock it and try again. {fix}").format(fix=_how_to_fix())
            ) from exc
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            # secretstorage/jeepney raise their own errors when D-Bus or the daemon is missing.
            raise ConfigurationError(
                _("The keyring could not be used ({e}). {fix}").format(e=type(exc).__name__, fix=_how_to_fix())
            ) from exc
        except Exception as exc:  # e.g. secretstorage.exceptions.SecretServiceNotAvailableException
            if type(exc).__module__.split(".")[0] in ("secretstorage", "jeepney", "dbus"):
                raise ConfigurationError(
                    _("The Secret Service keyring is not reachable ({e}). {fix}").format(
                        e=type(exc).__name__, fix=_how_to_fix()
                    )
                ) from exc
            raise


class _Missing(Exception):
    pass


def _backend_names(backend: keyring.backend.KeyringBackend) -> list[str]:
    """Module-qualified names of the real backends (a chainer is unwrapped)."""
    inner = getattr(backend, "backends", None)
    if inner is not None:
        # A ChainerBackend; with no usable backend inside it is as bad as none at all.
        backends = [b for b in inner if b.priority > 0]
    else:
        backends = [backend]
    return [f"{type(b).__module__.removeprefix('keyring.backends.')}.{type(b).__name__}" for b in backends]
