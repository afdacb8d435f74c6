"""The return slip made, saved or printed, written to the order's history like every print."""

from __future__ import annotations

from pathlib import Path

from orderdesk import domain
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.returns.service import ReturnService

HISTORY_KIND = "print"
DOCUMENT = "return_slip"


def slip_pdf(returns: ReturnService, number: str, language: str | None = None) -> bytes:
    from orderdesk.services.documents.return_slip import render_return_slip
    from orderdesk.services.print_jobs import shop_from_settings
    from orderdesk.settings import Settings
    from orderdesk.wiring import declare_all_settings

    declare_all_settings()  # the shop's name and address are settings
    return render_return_slip(returns.get(number), shop_from_settings(Settings(returns.db)), language=language)


def save_slip(
    returns: ReturnService, number: str, path: Path, actor: domain.Actor, language: str | None = None
) -> Path:
    data = slip_pdf(returns, number, language)
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise ValidationError(_("Cannot write {p}: {e}").format(p=path, e=exc.strerror), field="output") from None
    ret = returns.get(number)
    details = {"target": "file", "file": Path(path).name, "return": ret.number}
    returns.orders.record_history(ret.order_number, HISTORY_KIND, actor, to_value=DOCUMENT, details=details)
    return Path(path)


def print_slip(
    returns: ReturnService, number: str, printer: str, actor: domain.Actor, print_system=None, wait: bool = False
) -> str:
    """Send the slip to ``printer``; returns the print system's job id (PrintError on failure)."""
    from orderdesk.services.printing import PrintOptions, default_print_system

    if not printer:
        raise ValidationError(_("Choose a printer for this document first."), "printer")
    system = print_system or default_print_system()
    ret = returns.get(number)
    job = system.submit(
        slip_pdf(returns, number), printer, _("Return {n}").format(n=ret.number), PrintOptions(media="A4")
    )
    if wait:
        system.wait(job)
    details = {"target": "printer", "printer": printer, "job": job, "return": ret.number}
    returns.orders.record_history(ret.order_number, HISTORY_KIND, actor, to_value=DOCUMENT, details=details)
    return job
