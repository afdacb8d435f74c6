"""Secrets (API keys, client secrets, tokens) in the OS keyring, and nowhere else.

Windows Credential Locker, macOS Keychain or the Secret Service on Linux, through ``keyring``.
When no secure backend is usable we stop with ``ConfigurationError`` saying how to fix it;
there is deliberately no fallback to a file, the database or the settings.

Secrets follow their host. The address a secret is sent to (a base URL, an SMTP server) is a
setting in the database, and whoever can write the database must not be able to send the shop's
secrets to a server of their own. So:

- a secret only travels over HTTPS (or TLS for SMTP); plain HTTP only to this computer (loopback),
  which is where the test servers run;
- a secret is stored together with the host it was entered for (a second keyring entry, out of
  the database's reach); when the address setting later names another host, the secret is not
  sent and the person is asked to enter it again for the new address.

The API for an integration: declare which setting holds the address a secret goes to
(``secret_address_setting``), store with ``Credentials.set(name, secret, address=url)`` and read
with ``Credentials.require_for(name, url)`` right before the call. A secret stored without an
address (before this rule, or by a script) is bound to the first host it is used with.
"""

from __future__ import annotations

import ipaddress
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from orderdesk.errors import ConfigurationError, ValidationError
from orderdesk.i18n import _

if TYPE_CHECKING:
    import keyring.backend

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
        import keyring  # here: declaring which host a secret belongs to must not load the keyring

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
    def set(self, name: str, secret: str, *, address: str | None = None, secure: bool | None = None) -> None:
        """Store a secret; with ``address`` (the URL or host it is for) it is bound to that host."""
        service = self._service(name)
        if not secret:
            raise ValidationError(_("The secret for '{n}' is empty.").format(n=name), "secret")
        host = check_secret_address(address, name=name, secure=secure) if address is not None else None
        self._call(lambda b: b.set_password(service, name, secret), name)
        if host is None:
            self._forget_host(name)
        else:
            self._call(lambda b: b.set_password(self._host_service(name), name, host), name)
        log.info("credential %s stored in the keyring", name)

    def bound_host(self, name: str) -> str | None:
        """The host a secret was entered for; None when it was stored without one."""
        return self._call(lambda b: b.get_password(self._host_service(name), name), name) or None

    def require_for(self, name: str, address: str, *, secure: bool | None = None) -> str:
        """The secret, checked to go where it was entered for: HTTPS (or loopback), the same host.

        ``ConfigurationError`` says what to do otherwise, and nothing is sent.
        """
        host = check_secret_address(address, name=name, secure=secure)
        secret = self.require(name)
        bound = self.bound_host(name)
        if bound is None:
            self._call(lambda b: b.set_password(self._host_service(name), name, host), name)
            log.info("credential %s bound to its first host", name)
        elif bound != host:
            log.warning("credential %s not sent: its address setting names another host", name)
            raise ConfigurationError(
                _(
                    "The secret '{n}' was entered for {old}, but the address is now {new}. It is not sent to "
                    "another host: if {new} is right, enter the secret again (orderdesk credentials set {n}, "
                    "or in the settings window)."
                ).format(n=name, old=bound, new=host)
            )
        return secret

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
            self._forget_host(name)
            return False
        self._forget_host(name)
        log.info("credential %s deleted from the keyring", name)
        return True

    def _host_service(self, name: str) -> str:
        return self._service(name) + "@host"

    def _forget_host(self, name: str) -> None:
        try:
            self._call(lambda b: b.delete_password(self._host_service(name), name), name)
        except _Missing:
            pass

    def _call(self, fn, name: str):
        import keyring.errors

        backend = self.backend()
        try:
            try:
                return fn(backend)
            except Exception as exc:
                if not _service_went_away(exc):
                    raise
                # The keyring daemon stopped while answering (gnome-keyring aborts now and then
                # on a race between clients); D-Bus activation or the session starts it again, so
                # the call is made once more. Getting, storing and deleting a secret can be repeated.
                log.warning("the keyring service stopped during a call for %s; trying once more", name)
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


# D-Bus's answer to a call whose recipient left the bus before replying (the daemon stopped).
_NO_REPLY = "org.freedesktop.DBus.Error.NoReply"


def _service_went_away(exc: BaseException) -> bool:
    """True when the Secret Service left the bus in the middle of the call.

    secretstorage and keyring wrap jeepney's error response, so the causes are followed.
    A NoReply for a reply that timed out is not this: the daemon is still there, only slow.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if getattr(current, "name", None) == _NO_REPLY and "disconnected" in str(getattr(current, "data", "")):
            return True
        current = current.__cause__ or current.__context__
    return False


# -- where secrets may go
# Secret name -> the setting that holds the address it is sent to; each integration declares its own.
SECRET_ADDRESS_SETTINGS: dict[str, str] = {}
# Secret name -> whether its address setting's connection is encrypted (for addresses without a scheme).
_SECURE_WHEN: dict[str, Callable[[Callable[[str], Any]], bool]] = {}


def secret_address_setting(
    name: str, setting_key: str, secure: Callable[[Callable[[str], Any]], bool] | None = None
) -> None:
    """Declare once (next to the setting) that the secret ``name`` is sent to ``setting_key``'s
    address. ``secure(get_setting)`` tells whether a scheme-less address (an SMTP host) is encrypted."""
    SECRET_ADDRESS_SETTINGS[name] = setting_key
    if secure is not None:
        _SECURE_WHEN[name] = secure


def address_setting_for(name: str) -> str | None:
    return SECRET_ADDRESS_SETTINGS.get(name)


def secret_address(name: str, get_setting: Callable[[str], Any]) -> tuple[str, bool | None] | None:
    """Where the secret ``name`` goes by the current settings: (address, secure) or None when undeclared."""
    key = SECRET_ADDRESS_SETTINGS.get(name)
    if key is None:
        return None
    secure = _SECURE_WHEN.get(name)
    return str(get_setting(key) or ""), (secure(get_setting) if secure is not None else None)


def host_of(address: str) -> str:
    """'https://API.cdek.ru/v2' -> 'api.cdek.ru'; a bare host name ('smtp.example.com') as it is."""
    text = (address or "").strip()
    parts = urlsplit(text if "://" in text else f"//{text}")
    try:
        host = parts.hostname or ""
    except ValueError:
        host = ""
    return host.rstrip(".").lower()


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_secret_address(address: str, *, name: str = "", secure: bool | None = None) -> str:
    """The host a secret may be sent to at ``address``, or ``ConfigurationError`` saying why not.

    ``secure`` is for addresses without a scheme (an SMTP host: is TLS on?); for a URL it is
    whether the scheme is https.
    """
    text = (address or "").strip()
    host = host_of(text)
    if not host:
        raise ConfigurationError(
            _("The address '{a}' for the secret '{n}' has no host name; enter it like https://api.example.com.").format(
                a=text, n=name
            )
        )
    if "://" in text:
        scheme = text.split("://", 1)[0].lower()
        if scheme not in ("http", "https"):
            raise ConfigurationError(_("The address '{a}' must start with https://.").format(a=text))
        secure = scheme == "https"
    if not secure and not is_loopback(host):
        raise ConfigurationError(
            _(
                "The secret '{n}' is only sent over an encrypted connection, and {a} is not one: use https:// "
                "(plain http:// only for a test server on this computer)."
            ).format(n=name, a=text)
        )
    return host


def secure_base_url(value: str) -> str:
    """A settings check for a base URL that receives a secret: https://, or http:// to this computer."""
    text = value.strip()
    try:
        check_secret_address(text, name=text)
    except ConfigurationError as exc:
        raise ValidationError(
            _("'{v}' is not a safe address for secrets: use https:// (http:// only for a test server on this computer).")
            .format(v=value),
            field="base_url",
        ) from exc  # fmt: skip
    return text


class KeyringSecrets:
    """A ``get_secret(name)`` callable over the keyring that can also check the address
    (``secret_getter_for`` uses it): what the messaging gateways are given."""

    def __init__(self, credentials: Credentials | None = None) -> None:
        self.credentials = credentials or Credentials()

    def __call__(self, name: str) -> str:
        return self.credentials.require(name)

    def require_for(self, name: str, address: str, *, secure: bool | None = None) -> str:
        return self.credentials.require_for(name, address, secure=secure)


def secret_getter_for(get_secret, address: str, *, secure: bool | None = None):
    """``get_secret`` restricted to ``address``: a secret is refused when the address is not
    encrypted, and, from the keyring, when it was entered for another host. Checked when a
    secret is asked for, so a gateway that needs none is never stopped."""
    bound = getattr(get_secret, "require_for", None)

    def get(name: str) -> str:
        check_secret_address(address, name=name, secure=secure)
        return bound(name, address, secure=secure) if bound is not None else get_secret(name)

    return get


def _backend_names(backend: keyring.backend.KeyringBackend) -> list[str]:
    """Module-qualified names of the real backends (a chainer is unwrapped)."""
    inner = getattr(backend, "backends", None)
    if inner is not None:
        # A ChainerBackend; with no usable backend inside it is as bad as none at all.
        backends = [b for b in inner if b.priority > 0]
    else:
        backends = [backend]
    return [f"{type(b).__module__.removeprefix('keyring.backends.')}.{type(b).__name__}" for b in backends]
