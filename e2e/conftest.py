"""Browser tests: a real server (`rsqm serve`: gunicorn and the worker) on a fresh demo database,
driven by Playwright in Debian's headless Chromium, with axe-core run on every page visited."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
DEMO_PASSWORD = "demo-rsqm-2026"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, var_dir: Path, env: dict):
        self.url = url
        self.var_dir = var_dir
        self.env = env
        self._used_codes: dict[str, set[str]] = {}

    @property
    def mail_dir(self) -> Path:
        return self.var_dir / "mail"

    def rsqm(self, *args: str) -> str:
        result = subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=self.env,
                                capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def totp(self, email: str) -> str:
        """A code that has not been used yet: allauth refuses a code used once, so after a
        recent sign-in of the same user this waits for the next 30-second window."""
        used = self._used_codes.setdefault(email, set())
        deadline = time.time() + 35
        code = self.rsqm("demo_code", email).strip()
        while code in used and time.time() < deadline:
            time.sleep(1)
            code = self.rsqm("demo_code", email).strip()
        used.add(code)
        return code

    def wait_for_mail(self, to: str, subject_contains: str, *, after: float = 0, timeout: float = 30):
        """The newest .eml to ``to`` whose subject contains the words, written after ``after``."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for path in sorted(self.mail_dir.glob("*.eml"), reverse=True):
                if path.stat().st_mtime < after:
                    continue
                message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
                if to in message["To"] and subject_contains.lower() in message["Subject"].lower():
                    return message
            time.sleep(0.3)
        raise AssertionError(f"no mail to {to} about {subject_contains!r} within {timeout}s")

    @staticmethod
    def links_in(message) -> list[str]:
        body = message.get_body(preferencelist=("plain",)).get_content()
        return re.findall(r"https?://\S+", body)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("e2e-var")
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}},
        "RSQM_VAR_DIR": str(var_dir),
        "PORT": str(port),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "RSQM_MODE": "demo",
    }
    server = Server(f"http://127.0.0.1:{port}", var_dir, env)
    server.rsqm("migrate", "--noinput")
    server.rsqm("createcachetable")
    server.rsqm("demo", "--quiet")
    log = open(var_dir / "serve.log", "w")
    process = subprocess.Popen([sys.executable, str(ROOT / "manage.py"), "serve"], env=env, cwd=ROOT,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 60
    while True:
        try:
            with urllib.request.urlopen(server.url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.time() > deadline:
            raise RuntimeError("the server did not start: " + (var_dir / "serve.log").read_text()[-3000:])
        time.sleep(0.3)
    yield server
    os.killpg(process.pid, 15)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
    log.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class Checked:
    """A page wrapper that runs axe-core after every navigation it is asked to check."""

    def __init__(self, page, server, *, javascript: bool = True):
        self.page = page
        self.server = server
        self.javascript = javascript
        self.checked: list[str] = []

    def goto(self, path: str):
        self.page.goto(self.server.url + path)
        self.axe()
        return self.page

    def axe(self):
        if not self.javascript:
            return  # the same pages are checked with JavaScript on; axe-core needs it to run
        if not self.page.evaluate("() => !!window.axe"):
            self.page.add_script_tag(content=AXE.read_text())
        result = self.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        violations = [
            {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]
        assert violations == [], f"axe-core on {self.page.url}: {json.dumps(violations, indent=1)}"
        self.checked.append(self.page.url)


@pytest.fixture
def page(browser, server):
    context = browser.new_context(bypass_csp=True)
    yield Checked(context.new_page(), server)
    context.close()


@pytest.fixture
def nojs_page(browser, server):
    context = browser.new_context(java_script_enabled=False)
    yield Checked(context.new_page(), server, javascript=False)
    context.close()
