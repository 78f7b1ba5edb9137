"""The healthcheck report as a PDF, by WeasyPrint, from the same context as the page.

Rendered outside any transaction (SQLite takes its write lock at every ``atomic()``). WeasyPrint
never fetches over HTTP: its URL fetcher reads our static files from disk and refuses anything
else, so a sync web worker cannot deadlock on itself and nothing reaches the network. The
``pdf/ua-1`` variant keeps the charts' text alternatives and the document's structure.
"""

from __future__ import annotations

from urllib.parse import urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

STYLESHEET = "healthcheck/report-print.css"


class RefusedFetch(Exception):
    pass


def static_only_fetcher(url: str, timeout=10, ssl_context=None):
    """Serve ``/static/...`` (or ``file:`` URLs to found static files) from disk; refuse the rest."""
    path = urlparse(url).path
    if not path.startswith(settings.STATIC_URL):
        raise RefusedFetch(f"not fetched: {url}")
    found = finders.find(path[len(settings.STATIC_URL):])
    if not found:
        raise RefusedFetch(f"no such static file: {url}")
    with open(found, "rb") as handle:
        data = handle.read()
    mime = "text/css" if found.endswith(".css") else "image/svg+xml" if found.endswith(".svg") else None
    return {"string": data, "mime_type": mime, "redirected_url": url}


def render_report_pdf(context: dict) -> bytes:
    from weasyprint import CSS, HTML

    html = render_to_string("healthcheck/report_pdf.html", context)
    stylesheet = CSS(filename=finders.find(STYLESHEET), url_fetcher=static_only_fetcher)
    document = HTML(string=html, base_url=settings.SITE_URL, url_fetcher=static_only_fetcher)
    return document.write_pdf(stylesheets=[stylesheet], pdf_variant="pdf/ua-1")
