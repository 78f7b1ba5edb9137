"""allauth adapters: allauth's emails go through the outbox."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter

from rsqm.notifications import outbox


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        html = ""
        for content, mimetype in getattr(message, "alternatives", []) or []:
            if mimetype == "text/html":
                html = content
        outbox.enqueue_rendered(
            template=template_prefix.rsplit("/", 1)[-1],
            to=email,
            subject=message.subject,
            text=message.body,
            html=html,
        )


class MFAAdapter(DefaultMFAAdapter):
    pass
