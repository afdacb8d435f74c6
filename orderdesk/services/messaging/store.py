"""The shop's edited templates and customers' channel choices, in the database.

Saving validates first (unknown placeholder, empty text: refused with a clear message), so a
broken template can never reach the sender.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderdesk.db import Database
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import CustomerRow, OrderRow
from orderdesk.services.messaging.models import MessageTemplateRow, NotifyPreferenceRow
from orderdesk.services.messaging.opt_outs import set_opt_out_in
from orderdesk.services.messaging.templates import CHANNELS, Template, default_template, validate


def template_in(s: Session, event: str, channel: str, language: str) -> Template:
    """The shop's version if it has one, else the shipped default."""
    row = s.scalar(
        select(MessageTemplateRow).where(
            MessageTemplateRow.event == event,
            MessageTemplateRow.channel == channel,
            MessageTemplateRow.language == language,
        )
    )
    if row is not None:
        return Template(row.event, row.channel, row.language, row.body, row.subject, row.fallback or "")
    return default_template(event, channel, language)


def preferred_channel_in(s: Session, customer_id: int | None) -> str:
    if customer_id is None:
        return ""
    row = s.get(NotifyPreferenceRow, customer_id)
    return row.preferred_channel if row is not None else ""


class TemplateStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, event: str, channel: str, language: str) -> Template:
        with self.db.session() as s:
            return template_in(s, event, channel, language)

    def is_customised(self, event: str, channel: str, language: str) -> bool:
        with self.db.session() as s:
            return template_in(s, event, channel, language) != default_template(event, channel, language)

    def save(self, template: Template, actor_name: str = "") -> Template:
        validate(template)  # raises ValidationError with the field to fix
        with self.db.session(write=True) as s:
            row = s.scalar(
                select(MessageTemplateRow).where(
                    MessageTemplateRow.event == template.event,
                    MessageTemplateRow.channel == template.channel,
                    MessageTemplateRow.language == template.language,
                )
            )
            if row is None:
                row = MessageTemplateRow(event=template.event, channel=template.channel, language=template.language)
                s.add(row)
            row.body, row.subject, row.updated_by = template.body, template.subject, actor_name
            row.fallback = template.fallback
        return template

    def reset(self, event: str, channel: str, language: str) -> Template:
        """Back to the shipped default."""
        with self.db.session(write=True) as s:
            row = s.scalar(
                select(MessageTemplateRow).where(
                    MessageTemplateRow.event == event,
                    MessageTemplateRow.channel == channel,
                    MessageTemplateRow.language == language,
                )
            )
            if row is not None:
                s.delete(row)
        return default_template(event, channel, language)


class PreferenceStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, customer_id: int) -> str:
        with self.db.session() as s:
            return preferred_channel_in(s, customer_id)

    def set_preferred_channel(self, customer_id: int, channel: str) -> None:
        if channel not in ("", *CHANNELS):
            raise ValidationError(
                _("Preferred channel is sms, email or empty, not '{c}'.").format(c=channel), field="channel"
            )
        with self.db.session(write=True) as s:
            if s.get(CustomerRow, customer_id) is None:
                raise ValidationError(_("Customer #{i} does not exist.").format(i=customer_id))
            row = s.get(NotifyPreferenceRow, customer_id)
            if row is None:
                s.add(NotifyPreferenceRow(customer_id=customer_id, preferred_channel=channel))
            else:
                row.preferred_channel = channel

    def set_opt_out(
        self, customer_id: int, channel: str, opted_out: bool, actor: str = "", at: datetime | None = None
    ) -> bool:
        """True when it changed; the change is dated for the messages report."""
        if channel not in CHANNELS:
            raise ValidationError(_("Unknown channel '{c}'; use sms or email.").format(c=channel), field="channel")
        with self.db.session(write=True) as s:
            row = s.get(CustomerRow, customer_id)
            if row is None:
                raise ValidationError(_("Customer #{i} does not exist.").format(i=customer_id))
            return set_opt_out_in(s, row, channel, opted_out, at=at, actor=actor)

    def customer_of_order(self, number: str) -> int:
        """The id of the customer of order ``number`` (the command line names orders)."""
        with self.db.session() as s:
            customer_id = s.scalar(select(OrderRow.customer_id).where(OrderRow.number == number))
        if customer_id is None:
            raise ValidationError(_("Order {n} does not exist.").format(n=number), field="order")
        return customer_id
