"""The page layout: skip link, footer, branding, the Content-Security-Policy and the error pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template import loader
from django.test import RequestFactory
from django.urls import reverse

BUILD = Path(settings.BASE_DIR) / "rsqm" / "static" / "build"
PUBLIC_PAGES = ["/", "/privacy/", "/accessibility/"]


class _Page(HTMLParser):
    """What the tests need to know about a page's markup."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def find(self, tag, **attrs):
        """Elements of ``tag`` whose attributes equal ``attrs`` (``class_`` for class, ``_`` for ``-``)."""
        wanted = {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in wanted.items())]


def parse(response) -> _Page:
    page = _Page()
    page.feed(response.content.decode())
    return page


def csp_nonce(response) -> str:
    policy = response["Content-Security-Policy"]
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    match = re.search(r"'nonce-([^']+)'", script_src)
    assert match, f"script-src has no nonce: {script_src}"
    return match.group(1)


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_the_layout(client, db, path):
    response = client.get(path)
    assert response.status_code == 200
    page = parse(response)

    skip = page.find("a", class_="govuk-skip-link")
    assert skip and skip[0]["href"] == "#main-content"
    assert page.find("main", id="main-content")

    footer_links = {a["href"] for a in page.find("a", class_="govuk-footer__link")}
    assert {reverse("privacy"), reverse("accessibility")} <= footer_links

    html = response.content.decode()
    assert "RSQM" in html and "Restorative Service Quality Mark" in html
    assert page.find("link", rel="stylesheet", href=settings.STATIC_URL + "build/rsqm.css")
    assert page.find("script", type="module", src=settings.STATIC_URL + "rsqm/init.js")
    assert page.find("script", src=settings.STATIC_URL + "build/htmx.min.js")


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_no_government_branding(client, db, path):
    html = client.get(path).content.decode()
    for government in ("GDS Transport", "govuk-crest", "govuk-header__logotype", "Crown copyright"):
        assert government not in html


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_csp_has_a_nonce_and_no_unsafe_inline(client, db, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    nonce = csp_nonce(response)

    page = parse(response)
    inline = [attrs for attrs in page.find("script") if "src" not in attrs]
    assert inline, "the js-enabled script is missing"
    assert all(attrs.get("nonce") == nonce for attrs in inline)
    # Nothing that a CSP without 'unsafe-inline' would block.
    assert not page.find("style")
    assert not [attrs for _, attrs in page.elements if "style" in attrs]
    assert not [attrs for _, attrs in page.elements if any(k.startswith("on") for k in attrs)]


def test_nonce_changes_per_response(client, db):
    assert csp_nonce(client.get("/")) != csp_nonce(client.get("/"))


def test_htmx_may_not_inject_styles_or_eval(client, db):
    meta = parse(client.get("/")).find("meta", name="htmx-config")
    assert meta
    assert '"includeIndicatorStyles": false' in meta[0]["content"]
    assert '"allowEval": false' in meta[0]["content"]


def test_static_sources_exist():
    for name in ("rsqm/init.js", "rsqm/session-warning.js", "rsqm/favicon.svg"):
        assert finders.find(name), name
    init = Path(finders.find("rsqm/init.js")).read_text()
    # init.js lives in rsqm/ and the build in build/: the import is relative to the static root.
    assert 'from "../build/govuk-frontend.min.js"' in init
    assert "initAll()" in init


def _compiled_css() -> str:
    css = BUILD / "rsqm.css"
    if not css.exists():
        pytest.skip("rsqm/static/build/rsqm.css is not built (npm run build)")
    return css.read_text()


def test_compiled_css_has_no_gds_font():
    css = _compiled_css()
    assert "GDS Transport" not in css
    assert "@font-face" not in css
    assert "/assets/fonts" not in css


def test_every_url_in_the_compiled_css_resolves():
    # The manifest static storage fails collectstatic on a url() to a missing file.
    css = _compiled_css()
    for url in re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", css):
        if url.startswith("data:"):
            continue
        assert not url.startswith("/"), url
        assert (BUILD / url.split("?")[0].split("#")[0]).is_file(), url


def test_build_has_scripts_and_source_map():
    if not (BUILD / "rsqm.css").exists():
        pytest.skip("the front end is not built (npm run build)")
    for name in ("govuk-frontend.min.js", "govuk-frontend.min.js.map", "htmx.min.js"):
        assert (BUILD / name).is_file(), name


def test_missing_page_is_a_friendly_404(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'href="#main-content"' in html
    for leak in ("Traceback", "Using the URLconf", "urlpatterns", "DEBUG"):
        assert leak not in html


def test_500_page_renders_without_any_context():
    html = loader.get_template("errors/500.html").render()
    assert "Sorry, there is a problem with the service" in html
    assert f'href="{settings.STATIC_URL}build/rsqm.css"' in html
    # Its only outside reference is the stylesheet: no scripts, images or icons to fail as well.
    assert "<script" not in html
    assert "<img" not in html
    assert '<link rel="icon"' not in html


def test_500_handler_answers_500():
    from rsqm.core.views import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Sorry, there is a problem with the service" in response.content


def test_anonymous_pages_have_no_session_warning(client, db):
    html = client.get("/").content.decode()
    assert "session-warning" not in html
    assert reverse("account_login") in html  # the Sign in link


@pytest.fixture
def signed_in(client, django_user_model):
    user = django_user_model.objects.create_user(email="layout@example.org")
    client.force_login(user)
    return client


def test_signed_in_pages_carry_a_hidden_session_warning(signed_in):
    keepalive = reverse("session_keepalive")
    response = signed_in.get("/")
    assert response.status_code == 200
    page = parse(response)

    panel = page.find("div", id="session-warning")
    assert panel
    panel = panel[0]
    assert "hidden" in panel
    assert panel["role"] == "alertdialog"
    assert page.find("h2", id=panel["aria-labelledby"])
    assert panel["data-idle-seconds"] == str(settings.SESSION_IDLE_SECONDS)
    assert panel["data-warning-seconds"] == str(settings.SESSION_WARNING_SECONDS)
    assert panel["data-login-url"] == reverse("account_login")

    assert page.find("form", method="post", action=keepalive)
    assert page.find("input", type="hidden", name="csrfmiddlewaretoken")
    html = response.content.decode()
    assert "You will be signed out soon" in html
    assert "Stay signed in" in html
    assert page.find("script", type="module", src=settings.STATIC_URL + "rsqm/session-warning.js")
    assert "unsafe-inline" not in response["Content-Security-Policy"]
