"""Rules that act by themselves: auto-confirm, payment chasing to cancellation, late orders."""

from orderdesk.services.automation.engine import ACTOR, Action, Automation, AutomationResult

__all__ = ["ACTOR", "Action", "Automation", "AutomationResult"]
