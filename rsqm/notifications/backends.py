"""Mail backends of our own."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend

from rsqm.core import clock


class EmlFileBackend(BaseEmailBackend):
    """Demo mode: write each message as an ``.eml`` file under ``var/mail/``.

    Any mail program opens them; the file name starts with the time, so ``ls`` lists them in order.
    """

    def send_messages(self, email_messages):
        directory = Path(settings.MAIL_DIR)
        directory.mkdir(parents=True, exist_ok=True)
        sent = 0
        for message in email_messages:
            stamp = clock.now().strftime("%Y%m%d-%H%M%S-%f")
            mid = message.extra_headers.get("Message-ID", "")
            slug = re.sub(r"[^A-Za-z0-9]+", "-", mid).strip("-")[:40] or str(sent)
            path = directory / f"{stamp}-{slug}.eml"
            path.write_bytes(message.message().as_bytes())
            sent += 1
        return sent
