"""A small shared HTTP client: time-outs, polite retries and a rate limiter.

Every integration (carriers, SMS gateways) talks through ``HttpClient`` so they all behave the
same way on a bad network: a time-out on every call, a token-bucket limiter so a vendor's
rate limit is never exceeded, and retries with exponential back-off and full jitter on 429,
5xx and time-outs that honour ``Retry-After``.

Retrying is only automatic where it is safe. A request that may change something at the
vendor (``idempotent=False``, e.g. "buy a label") is retried only when the vendor says it did
NOT process it (429, or a connection that never opened); any other failure raises
``OutcomeUnknown`` so the caller can re-read the vendor's state before trying again.

Nothing here logs headers or bodies: they carry tokens and personal data.
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import requests
import requests.adapters

from orderdesk.errors import OrderDeskError
from orderdesk.i18n import _

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# Statuses after which the vendor has certainly not acted on the request.
NOT_PROCESSED_STATUS = frozenset({429})


class TransportError(OrderDeskError):
    """No usable HTTP response (time-out, refused or dropped connection) after all retries."""

    def __init__(self, message: str, *, url: str = "", cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.cause = cause


class OutcomeUnknown(TransportError):
    """A request that may have changed something got no clear answer: re-read before retrying."""

    def __init__(self, message: str, *, url: str = "", cause: BaseException | None = None, status: int | None = None):
        super().__init__(message, url=url, cause=cause)
        self.status = status


class RateLimiter:
    """Token bucket (virtual scheduling): at most ``rate`` requests a second, ``burst`` at once.

    Thread-safe. Each ``acquire`` reserves the next free slot under a lock and then sleeps
    outside it, so waiting threads queue fairly and the spacing holds across threads.
    """

    def __init__(
        self,
        rate: float,
        burst: int = 1,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = float(rate)
        self.burst = max(1, int(burst))
        self._interval = 1.0 / self.rate
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tat = clock()  # theoretical arrival time of the next request (GCRA)
        self._paused_until = 0.0

    def acquire(self) -> float:
        """Block until a request may be sent; return the seconds waited."""
        with self._lock:
            now = self._clock()
            earliest = max(now, self._paused_until, self._tat - (self.burst - 1) * self._interval)
            self._tat = max(self._tat, earliest) + self._interval
            wait = earliest - now
        if wait > 0:
            self._sleep(wait)
        return max(wait, 0.0)

    def pause(self, seconds: float) -> None:
        """The vendor asked everyone to wait (429 + Retry-After): hold back every thread."""
        with self._lock:
            until = self._clock() + max(0.0, seconds)
            self._paused_until = max(self._paused_until, until)
            self._tat = max(self._tat, until)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # total tries, first one included
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = 120.0  # never sleep longer than this on a server's say-so

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform in [0, min(max, base * 2**attempt)] (attempt counts from 0)."""
        return rng.uniform(0.0, min(self.max_delay, self.base_delay * (2**attempt)))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HttpClient:
    """``requests.Session`` with a base URL, time-outs, a rate limiter and retries."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float | tuple[float, float] = (5.0, 20.0),
        retry: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        headers: Mapping[str, str] | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        name: str = "",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.limiter = limiter
        if session is None:
            session = requests.Session()
            # Room for every sync worker: the default pool of 10 would drop connections above that.
            adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=32, max_retries=0)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
        self.session = session
        self.session.headers.update({"User-Agent": "OrderDesk/0.1", "Accept": "application/json"})
        if headers:
            self.session.headers.update(headers)
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.name = name or self.base_url
        self.stats = {"requests": 0, "retries": 0, "throttled": 0}
        self._stats_lock = threading.Lock()

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def _count(self, key: str) -> None:
        with self._stats_lock:
            self.stats[key] += 1

    def request(
        self,
        method: str,
        path: str,
        *,
        idempotent: bool | None = None,
        retry_statuses: frozenset[int] = RETRYABLE_STATUS,
        **kwargs: Any,
    ) -> requests.Response:
        """Send a request; return the final response (any status) or raise ``TransportError``.

        ``idempotent`` defaults to True for GET/HEAD/PUT/DELETE/OPTIONS. The caller reads the
        status and the vendor's error body; this method only deals with the network.
        """
        method = method.upper()
        if idempotent is None:
            idempotent = method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
        url = self.url(path)
        kwargs.setdefault("timeout", self.timeout)
        if method not in ("GET", "HEAD"):
            # A 307/308 would send the body again (form secrets such as an API id included) to
            # wherever the Location points, another host too: the caller gets the redirect instead.
            kwargs.setdefault("allow_redirects", False)
        attempts = max(1, self.retry.attempts)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            if self.limiter is not None:
                self.limiter.acquire()
            self._count("requests")
            try:
                response = self.session.request(method, url, **kwargs)
            except requests.ConnectionError as exc:
                # A refused connection never reached the server; anything else may have.
                never_sent = _connect_failed(exc)
                if not idempotent and not never_sent:
                    raise OutcomeUnknown(
                        _(
                            "The connection to {u} broke before an answer came; the request may have been processed."
                        ).format(u=self.name),
                        url=url,
                        cause=exc,
                    ) from exc
                if last:
                    raise TransportError(
                        _("Cannot reach {u}: {e}").format(u=self.name, e=_short(exc)), url=url, cause=exc
                    ) from exc
                log.info("%s %s: connection error (attempt %d), retrying", method, _path(url), attempt + 1)
                self._wait(self.retry.backoff(attempt, self._rng))
                continue
            except requests.Timeout as exc:
                if not idempotent:
                    raise OutcomeUnknown(
                        _("{u} did not answer in time; the request may have been processed.").format(u=self.name),
                        url=url,
                        cause=exc,
                    ) from exc
                if last:
                    raise TransportError(
                        _("{u} did not answer in time.").format(u=self.name), url=url, cause=exc
                    ) from exc
                log.info("%s %s: time-out (attempt %d), retrying", method, _path(url), attempt + 1)
                self._wait(self.retry.backoff(attempt, self._rng))
                continue
            except requests.RequestException as exc:  # e.g. the body broke off half-way
                if not idempotent:
                    raise OutcomeUnknown(
                        _("The answer from {u} broke off; the request may have been processed.").format(u=self.name),
                        url=url,
                        cause=exc,
                    ) from exc
                if last:
                    raise TransportError(
                        _("Bad answer from {u}: {e}").format(u=self.name, e=_short(exc)), url=url, cause=exc
                    ) from exc
                self._wait(self.retry.backoff(attempt, self._rng))
                continue

            status = response.status_code
            if status not in retry_statuses:
                return response
            if not idempotent and status not in NOT_PROCESSED_STATUS:
                raise OutcomeUnknown(
                    _("{u} answered HTTP {s}; the request may have been processed.").format(u=self.name, s=status),
                    url=url,
                    status=status,
                )
            if last:
                return response
            delay = self.retry.backoff(attempt, self._rng)
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if status == 429:
                self._count("throttled")
                if retry_after is not None:
                    delay = min(retry_after, self.retry.max_retry_after) + self._rng.uniform(0, 0.1)
                    if self.limiter is not None:
                        self.limiter.pause(delay)
            elif retry_after is not None:
                delay = max(delay, min(retry_after, self.retry.max_retry_after))
            log.info("%s %s: HTTP %d (attempt %d), retrying in %.2fs", method, _path(url), status, attempt + 1, delay)
            response.close()
            self._wait(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, seconds: float) -> None:
        self._count("retries")
        if seconds > 0:
            self._sleep(seconds)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", path, **kwargs)

    def close(self) -> None:
        self.session.close()


def _connect_failed(exc: requests.ConnectionError) -> bool:
    """True when the TCP connection was never established (so the request was not sent)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    text = repr(exc).lower()
    return any(m in text for m in ("connection refused", "newconnectionerror", "name or service not known", "nodename"))


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 160 else text[:157] + "..."


def _path(url: str) -> str:
    # Log the path only: query strings can carry phone numbers or tracking codes of customers.
    return requests.utils.urlparse(url).path
