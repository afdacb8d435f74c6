"""Tables of the messaging feature (migration 0003_notify): edited templates, customer choices.

Import this module before creating metadata from ``Base`` (``orderdesk.services.messaging``
does). Outbox rows live in ``orderdesk.models.OutboxRow``.
"""

# No postponed annotations: Python evaluates ``Mapped[...]`` itself, faster than SQLAlchemy
# evaluating their strings at mapping time (start-up time, as in orderdesk.models).
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from orderdesk.models import Base, utcnow


class MessageTemplateRow(Base):
    """A shop's own version of a template; the shipped default applies when there is none."""

    __tablename__ = "message_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    # Used instead of the body when one of the body's placeholders has no value for an order
    # ("" = none: such a message waits in the outbox). Migration 0011_priority_assign.
    fallback: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    __table_args__ = (UniqueConstraint("event", "channel", "language", name="uq_message_templates_key"),)


class NotifyPreferenceRow(Base):
    """A customer's preferred channel ("" = whatever the rules say)."""

    __tablename__ = "notify_preferences"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    preferred_channel: Mapped[str] = mapped_column(String(20), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
