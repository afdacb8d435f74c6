"""Real printing through the OS print system, and the printer chosen per document kind on this PC.

Linux and macOS: CUPS through its command line tools (``lp``, ``lpstat``), which every CUPS
install has and which speak to whatever server the PC is set up for. PDFs are sent with the
page size of the document and scaling switched off (a 4x6 label scaled onto A4 is a lost
parcel); ZPL is sent raw, untouched by any filter. Errors from the print system are raised as
``PrintError`` with CUPS's own reason, never swallowed.

Windows: TODO — submit through the spooler (win32print: OpenPrinter/StartDocPrinter with
datatype RAW for ZPL, and a PDF renderer for PDFs). Until then ``WindowsSpooler`` refuses with
a message pointing to "save as PDF".
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from orderdesk.errors import ConfigurationError, OrderDeskError
from orderdesk.i18n import _

TIMEOUT = 30.0  # seconds for one lp/lpstat call: a hung CUPS server must not hang the worker


class PrintError(OrderDeskError):
    """The print system refused or failed the job; the message is CUPS's reason."""


@dataclass(frozen=True)
class PrinterInfo:
    name: str
    enabled: bool = True
    state: str = ""  # idle, printing, disabled
    reason: str = ""  # why it is disabled, as the print system says it
    is_default: bool = False


@dataclass(frozen=True)
class PrintOptions:
    copies: int = 1
    raw: bool = False  # ZPL and other printer languages: no filters, no scaling
    media: str = ""  # CUPS media name, e.g. "A4", "Letter", "Custom.4x6in", "Custom.100x150mm"
    no_scaling: bool = True


class PrintSystem(Protocol):
    def list_printers(self) -> list[PrinterInfo]: ...

    def default_printer(self) -> str | None: ...

    def submit(self, data: bytes, printer: str, title: str, options: PrintOptions) -> str: ...

    def wait(self, job_id: str, timeout: float = 60.0) -> None: ...


def _env() -> dict[str, str]:
    # CUPS translates its messages; we parse them, so ask for the C locale.
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}


class CupsPrintSystem:
    """CUPS via ``lp``/``lpstat`` subprocesses."""

    def __init__(self, lp: str = "lp", lpstat: str = "lpstat", timeout: float = TIMEOUT) -> None:
        self.lp = lp
        self.lpstat = lpstat
        self.timeout = timeout

    def _run(self, args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(args, input=data, capture_output=True, timeout=self.timeout, env=_env(), check=False)
        except FileNotFoundError as exc:
            raise ConfigurationError(
                _("The print system is not installed ('{tool}' not found); install CUPS or save as PDF.").format(
                    tool=args[0]
                )
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise PrintError(
                _("The print system did not answer within {s} seconds.").format(s=int(self.timeout))
            ) from exc

    def list_printers(self) -> list[PrinterInfo]:
        result = self._run([self.lpstat, "-p"])
        if result.returncode != 0 and b"No destinations" not in result.stderr + result.stdout:
            raise PrintError(_stderr(result) or _("Could not list printers."))
        default = self.default_printer()
        return [
            PrinterInfo(p.name, p.enabled, p.state, p.reason, p.name == default)
            for p in parse_lpstat_p(result.stdout.decode("utf-8", "replace"))
        ]

    def default_printer(self) -> str | None:
        result = self._run([self.lpstat, "-d"])
        match = re.search(r"system default destination:\s*(\S+)", result.stdout.decode("utf-8", "replace"))
        return match.group(1) if match else None

    def printer(self, name: str) -> PrinterInfo:
        result = self._run([self.lpstat, "-p", name])
        found = parse_lpstat_p(result.stdout.decode("utf-8", "replace"))
        if result.returncode != 0 or not found:
            raise PrintError(_("There is no printer called '{name}' on this computer.").format(name=name))
        return found[0]

    def submit(self, data: bytes, printer: str, title: str, options: PrintOptions) -> str:
        """Queue ``data`` on ``printer``; returns the CUPS job id (e.g. ``Labels-12``)."""
        info = self.printer(printer)
        if not info.enabled:
            raise PrintError(
                _("Printer '{name}' is stopped: {reason}").format(name=printer, reason=info.reason or info.state)
            )
        args = [self.lp, "-d", printer, "-t", title, "-n", str(max(1, options.copies))]
        if options.raw:
            args += ["-o", "raw"]
        else:
            if options.media:
                args += ["-o", f"media={options.media}"]
            if options.no_scaling:
                args += ["-o", "print-scaling=none", "-o", "fit-to-page=false"]
        args.append("-")  # the document on standard input: no temporary file to clean up
        result = self._run(args, data)
        match = re.search(r"request id is (\S+)", result.stdout.decode("utf-8", "replace"))
        if result.returncode != 0 or not match:
            raise PrintError(
                _("Printer '{name}' refused the job: {reason}").format(name=printer, reason=_stderr(result) or "?")
            )
        return match.group(1)

    def completed_jobs(self, printer: str = "") -> set[str]:
        result = self._run([self.lpstat, "-W", "completed", "-o", *([printer] if printer else [])])
        return {line.split()[0] for line in result.stdout.decode("utf-8", "replace").splitlines() if line.strip()}

    def wait(self, job_id: str, timeout: float = 60.0) -> None:
        """Block (in a worker) until the job has completed; raises if the printer stops meanwhile."""
        printer = job_id.rsplit("-", 1)[0]
        deadline = time.monotonic() + timeout
        while True:
            if job_id in self.completed_jobs(printer):
                return
            info = self.printer(printer)
            if not info.enabled:
                raise PrintError(
                    _("Printer '{name}' stopped: {reason}").format(name=printer, reason=info.reason or info.state)
                )
            if time.monotonic() > deadline:
                raise PrintError(
                    _("Job {job} has not finished printing after {s} seconds.").format(job=job_id, s=int(timeout))
                )
            time.sleep(0.3)


class WindowsSpooler:
    """Placeholder until the Windows spooler path exists (see the module docstring)."""

    def _refuse(self) -> ConfigurationError:
        return ConfigurationError(_("Printing directly is not available on Windows yet; save as PDF and print it."))

    def list_printers(self) -> list[PrinterInfo]:
        return []

    def default_printer(self) -> str | None:
        return None

    def submit(self, data: bytes, printer: str, title: str, options: PrintOptions) -> str:
        raise self._refuse()

    def wait(self, job_id: str, timeout: float = 60.0) -> None:
        raise self._refuse()


def default_print_system() -> PrintSystem:
    return WindowsSpooler() if sys.platform == "win32" else CupsPrintSystem()


def _stderr(result: subprocess.CompletedProcess[bytes]) -> str:
    text = result.stderr.decode("utf-8", "replace").strip()
    return re.sub(r"^lp(stat)?:\s*", "", text)


_PRINTER_LINE = re.compile(r"^printer (\S+) (?:is )?(idle|now printing|disabled)", re.IGNORECASE)


def parse_lpstat_p(text: str) -> list[PrinterInfo]:
    """Parse ``lpstat -p`` (C locale): 'printer X is idle.  enabled since ...' / 'printer X disabled since ... -'
    followed by an indented reason line."""
    printers: list[PrinterInfo] = []
    for line in text.splitlines():
        match = _PRINTER_LINE.match(line)
        if match:
            state = match.group(2).lower().replace("now ", "")
            printers.append(PrinterInfo(match.group(1), state != "disabled", state))
        elif line.startswith(("\t", " ")) and printers and line.strip():
            last = printers[-1]
            reason = line.strip()
            printers[-1] = PrinterInfo(last.name, last.enabled, last.state, reason)
    return printers


# -- which printer prints what, remembered per PC (not in the shared database: each bench has its own printers)


DOCUMENT_KINDS = ("labels", "slips", "picklist")


@dataclass
class PrinterChoice:
    printer: str = ""
    format: str = "pdf"  # pdf or zpl (labels only)
    size: str = ""  # labels: 4x6, 100x150, a4x4; slips/pick lists: a4, letter
    dpi: int = 203  # thermal printers: 203 or 300
    unicode_font: str = "E:ANMDJ.TTF"  # ZPL font with CJK glyphs
    font0_wgl4: bool = True  # the printer's font 0 has Cyrillic and Polish (Link-OS firmware)


@dataclass
class PrinterPreferences:
    """A small JSON file in the user's config folder: {kind: PrinterChoice}."""

    path: Path
    choices: dict[str, PrinterChoice] = field(default_factory=dict)

    @classmethod
    def default_path(cls) -> Path:
        from orderdesk.db import data_dir  # per user and PC; ORDERDESK_DATA_DIR moves it (tests do)

        return data_dir() / "printers.json"

    @classmethod
    def load(cls, path: Path | None = None) -> PrinterPreferences:
        path = path or cls.default_path()
        prefs = cls(path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return prefs
        except (OSError, ValueError):
            return prefs  # a damaged file means "not chosen yet", not a crash at start-up
        known = set(PrinterChoice.__dataclass_fields__)
        for kind, value in raw.items():
            if kind in DOCUMENT_KINDS and isinstance(value, dict):
                prefs.choices[kind] = PrinterChoice(**{k: v for k, v in value.items() if k in known})
        return prefs

    def get(self, kind: str) -> PrinterChoice:
        return self.choices.get(kind, PrinterChoice())

    def set(self, kind: str, choice: PrinterChoice) -> None:
        if kind not in DOCUMENT_KINDS:
            raise ValueError(kind)
        self.choices[kind] = choice
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({k: asdict(v) for k, v in self.choices.items()}, indent=2), encoding="utf-8")
        tmp.replace(self.path)  # atomic: never a half-written file
