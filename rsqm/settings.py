"""rsqm settings: one module, read from the environment with strict parsers.

``RSQM_MODE`` is ``demo`` (the default: a single machine, demo data, mail written to ``var/mail/``)
or ``production`` (no secret defaults: ``SECRET_KEY`` and ``ALLOWED_HOSTS`` must be given, SMTP is
used for mail). ``DATABASE_URL`` selects the database; without it SQLite in ``var/`` is used.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from rsqm.core.env import env_bool, env_choice, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("RSQM_VAR_DIR", str(BASE_DIR / "var")))

MODE = env_choice("RSQM_MODE", ("demo", "production"), "demo")
PRODUCTION = MODE == "production"
DEMO = not PRODUCTION
DEBUG = env_bool("RSQM_DEBUG", False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("RSQM_DEBUG cannot be true when RSQM_MODE is production")

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set when RSQM_MODE is production")
    # Demo mode only: a fixed, clearly-marked key so sessions survive restarts of `make run`.
    SECRET_KEY = "demo-only-key-never-used-in-production-" + "x" * 20

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when RSQM_MODE is production")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.admin",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "rules",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "rsqm.core",
    "rsqm.accounts",
    "rsqm.organisations",
    "rsqm.notifications",
    "rsqm.standards",
    "rsqm.healthcheck",
    "rsqm.assessments",
    "rsqm.register",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "rsqm.core.middleware.HealthCheckMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "axes.middleware.AxesMiddleware",
    "rsqm.accounts.middleware.SessionTimeoutMiddleware",
    "rsqm.accounts.middleware.MFARequiredMiddleware",
    "rsqm.core.middleware.NoStoreForSignedInMiddleware",
]

ROOT_URLCONF = "rsqm.urls"
WSGI_APPLICATION = "rsqm.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "rsqm" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "rsqm.core.context_processors.site",
                "rsqm.core.context_processors.navigation",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{VAR_DIR / 'rsqm.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0, minimum=0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A fresh clone has no var/ yet; SQLite cannot create the folder of its file.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE takes the write lock at the start of every atomic block, so two writers queue
    # instead of failing half-way; the timeout lets them wait for each other.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "home"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_ADAPTER = "rsqm.accounts.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Tell people when their password, email address or authenticator changes.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# allauth's forms with GOV.UK-style error messages (wording only).
ACCOUNT_FORMS = {
    "login": "rsqm.accounts.allauth_forms.LoginForm",
    "signup": "rsqm.accounts.allauth_forms.SignupForm",
    "reset_password": "rsqm.accounts.allauth_forms.ResetPasswordForm",
    "reset_password_from_key": "rsqm.accounts.allauth_forms.ResetPasswordKeyForm",
    "change_password": "rsqm.accounts.allauth_forms.ChangePasswordForm",
    "reauthenticate": "rsqm.accounts.allauth_forms.ReauthenticateForm",
    "add_email": "rsqm.accounts.allauth_forms.AddEmailForm",
}
# django-axes is the one login throttle; allauth's own failed-login limit is switched off.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
MFA_ADAPTER = "rsqm.accounts.adapters.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "RSQM"
MFA_FORMS = {
    "authenticate": "rsqm.accounts.allauth_forms.AuthenticateForm",
    "reauthenticate": "rsqm.accounts.allauth_forms.MFAReauthenticateForm",
    "activate_totp": "rsqm.accounts.allauth_forms.ActivateTOTPForm",
}

AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30, minimum=1))
# Locking on the pair (not the username alone) stops anyone locking a staff account out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "rsqm.accounts.throttle.username_from_request"
AXES_LOCKOUT_CALLABLE = "rsqm.accounts.throttle.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env_int("AXES_PROXY_COUNT", 0, minimum=0) or None
AXES_VERBOSE = False
# Axes keeps the posted form of each failed attempt: never the password or the CSRF token.
AXES_SENSITIVE_PARAMETERS = ["password", "csrfmiddlewaretoken"]

# Sessions: 30 minutes idle, 12 hours in all (enforced by SessionTimeoutMiddleware).
SESSION_IDLE_SECONDS = env_int("RSQM_SESSION_IDLE_SECONDS", 30 * 60, minimum=60)
SESSION_WARNING_SECONDS = env_int("RSQM_SESSION_WARNING_SECONDS", 5 * 60, minimum=30)
SESSION_ABSOLUTE_SECONDS = env_int("RSQM_SESSION_ABSOLUTE_SECONDS", 12 * 60 * 60, minimum=60)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_SECONDS
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
PRESERVED_FORM_SECONDS = 30 * 60

# --- Mail -----------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "RSQM <noreply@rsqm.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAIL_DIR = VAR_DIR / "mail"
if PRODUCTION:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
    EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)
else:
    EMAIL_BACKEND = "rsqm.notifications.backends.EmlFileBackend"
OUTBOX_MAX_ATTEMPTS = env_int("RSQM_OUTBOX_MAX_ATTEMPTS", 8, minimum=1)
OUTBOX_CLAIM_SECONDS = env_int("RSQM_OUTBOX_CLAIM_SECONDS", 120, minimum=5)
OUTBOX_BACKOFF_SECONDS = env_int("RSQM_OUTBOX_BACKOFF_SECONDS", 30, minimum=1)

# --- Background tasks -----------------------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "rsqm" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(VAR_DIR / "files")}},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("RSQM_STATIC_MANIFEST", PRODUCTION)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not env_bool("RSQM_STATIC_MANIFEST", PRODUCTION)
if WHITENOISE_USE_FINDERS:
    # Files are served from the apps' folders; WhiteNoise still expects STATIC_ROOT to exist.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# --- Security -------------------------------------------------------------------------------
SECURE = env_bool("RSQM_SECURE", PRODUCTION)
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = env_bool("RSQM_SSL_REDIRECT", SECURE)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("RSQM_HSTS_SECONDS", 31536000 if SECURE else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
# Preload is a commitment for the whole domain that the operator makes, not the application:
# it stays off, and security.W021 is silenced on purpose below.
SECURE_HSTS_PRELOAD = False
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("RSQM_BEHIND_PROXY", False) else None

from csp.constants import NONCE, NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# --- Scheme figures that are operations settings (scheme rules live in core.settings_store) -
AUDIT_ADDRESS_RETENTION_DAYS = env_int("RSQM_AUDIT_ADDRESS_DAYS", 90, minimum=1)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {"rsqm": {"level": env_str("LOG_LEVEL", "INFO"), "propagate": True}},
}

# One cache shared by every process (used codes of TOTP, rate limits): a table in the database.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "rsqm_cache",
    }
}
