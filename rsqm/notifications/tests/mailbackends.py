"""Mail backends for the tests: one that refuses every message, one that counts what it sends."""

from __future__ import annotations

import smtplib
import threading
import time
from collections import Counter

from django.core.mail.backends.base import BaseEmailBackend


class RefusingBackend(BaseEmailBackend):
    """A mail server that is there but refuses everything, as SMTP servers do when overloaded."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPDataError(451, b"Temporary local problem, see https://mail.example.org/status")


class CountingBackend(BaseEmailBackend):
    """Counts each Message-ID it is given, from any thread."""

    lock = threading.Lock()
    sent: Counter = Counter()
    delay = 0.0  # seconds per message, as a real server takes

    def send_messages(self, email_messages):
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            for message in email_messages:
                self.sent[message.extra_headers["Message-ID"]] += 1
        return len(email_messages)

    @classmethod
    def reset(cls) -> None:
        with cls.lock:
            cls.sent.clear()
