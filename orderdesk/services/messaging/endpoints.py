"""Where each message gateway is reached by default, and the keyring name of its secret.

Kept apart from the gateways so the settings can be declared (and every status change can
read them) without importing the gateways' HTTP and SMTP libraries.
"""

from __future__ import annotations

TWILIO_BASE_URL = "https://api.twilio.com/2010-04-01"
TWILIO_SECRET = "twilio.auth_token"
SMSRU_BASE_URL = "https://sms.ru"
SMSRU_SECRET = "smsru.api_id"
SMSAPI_BASE_URL = "https://api.smsapi.pl"
SMSAPI_SECRET = "smsapi.token"
SMTP_SECRET = "smtp.password"
