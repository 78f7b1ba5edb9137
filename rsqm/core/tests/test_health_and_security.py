import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch("rsqm.core.middleware.connection.cursor", side_effect=Exception("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


@pytest.mark.django_db
def test_healthz_needs_no_login_and_ignores_the_host_header(client):
    response = client.get("/healthz", HTTP_HOST="10.1.2.3")
    assert response.status_code == 200


@pytest.mark.django_db
def test_pages_carry_the_security_headers(client):
    response = client.get(reverse("home"))
    csp = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in csp and "'nonce-" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_pages_behind_login_are_not_stored_by_caches(client, cast):
    client.force_login(cast["org_a_admin"])
    assert client.get(reverse("dashboard"))["Cache-Control"] == "no-store"


def _settings_in(env: dict) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "RSQM_MODE", "DATABASE_URL"}}
    return subprocess.run(
        [sys.executable, "-c", "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='rsqm.settings'; django.setup()"],
        env={**base, **env}, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )


def test_production_mode_refuses_to_start_without_a_secret_key():
    result = _settings_in({"RSQM_MODE": "production", "ALLOWED_HOSTS": "rsqm.example.org"})
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


def test_production_mode_refuses_to_start_without_allowed_hosts():
    result = _settings_in({"RSQM_MODE": "production", "SECRET_KEY": "k" * 60})
    assert result.returncode != 0 and "ALLOWED_HOSTS must be set" in result.stderr


def test_a_setting_that_is_not_true_or_false_is_refused():
    result = _settings_in({"RSQM_DEBUG": "maybe"})
    assert result.returncode != 0 and "RSQM_DEBUG must be true or false" in result.stderr


def test_production_settings_are_secure():
    result = subprocess.run(
        [sys.executable, "-c",
         "import django, os; django.setup(); from django.conf import settings as s; "
         "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, s.DEBUG)"],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "rsqm.settings", "RSQM_MODE": "production",
             "SECRET_KEY": "k" * 60, "ALLOWED_HOSTS": "rsqm.example.org"},
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.stdout.split() == ["True", "True", "True", "False"], result.stderr
