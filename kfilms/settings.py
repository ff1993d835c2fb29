"""Settings for the K Films platform, driven by the environment.

With no environment at all this runs in development: DEBUG on, a SQLite file
in the project folder, local-memory cache, emails printed to the console.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from xstatic.pkg import bootstrap as xstatic_bootstrap
from xstatic.pkg import jquery_ui as xstatic_jquery_ui

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

DEV_SECRET_KEY = "dev-only-secret-key-do-not-use-in-production"  # noqa: S105 (refused below)

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default=DEV_SECRET_KEY)
# Django's own rule for a strong key (security.W009): at least 50 characters, at least 5 different
# ones, and not one of the "django-insecure-" keys that startproject writes.
if not DEBUG and (
    SECRET_KEY == DEV_SECRET_KEY
    or len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or SECRET_KEY.startswith("django-insecure-")
):
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 50 characters (python -c 'import secrets; "
        "print(secrets.token_urlsafe(50))'): production refuses the development key and weak ones."
    )

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# How many reverse proxies in front of us append to X-Forwarded-For; 0 trusts only REMOTE_ADDR
# (kfilms.spam reads the client address for rate limits from it).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

INSTALLED_APPS = [
    # Before the admin, so its translation admin classes and static files win.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "sorl.thumbnail",
    "import_export",
    "kfilms",
    "studios",
    "productions",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "kfilms.urls"
WSGI_APPLICATION = "kfilms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kfilms.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# Every SQLite transaction takes the write lock at BEGIN (IMMEDIATE) and waits up to `timeout`
# for it: a deferred transaction that reads first fails with "database is locked" when it tries
# to write, and waiting cannot save it. WAL lets readers go on while one request writes.
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "default" may be per process; "shared" must be seen by every process (rate limits),
# so it is Redis when REDIS_URL is set and the database otherwise.
REDIS_URL = env.str("REDIS_URL", default="")
CACHES = {
    "default": (
        env.cache_url_config(REDIS_URL)
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
    "shared": (
        env.cache_url_config(REDIS_URL)
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "kfilms_cache",
            # Django's default of 300 would cull live rate-limit slots and thumbnail keys.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    ),
}
if REDIS_URL:
    CACHES["default"]["BACKEND"] = CACHES["shared"]["BACKEND"] = "django.core.cache.backends.redis.RedisCache"
    CACHES["shared"]["KEY_PREFIX"] = "shared"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# Each name in its own language, untranslated: that is how a reader spots theirs in the switcher.
LANGUAGES = [("en", "English"), ("fr", "Français"), ("ar", "العربية")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Off on purpose: on, Django groups every integer a template prints, years ("2,019") and image
# width attributes ("1,920") included. Quantities are grouped where they are shown instead,
# with floatformat's "g" or intcomma, which follow each language's separators.
USE_THOUSAND_SEPARATOR = False
FORMAT_MODULE_PATH = ["kfilms.formats"]
# Catalogue content (facility names, loglines, the company story...) in every language: a
# name_en, name_fr, name_ar column per text field, English required and the fallback.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
MODELTRANSLATION_PREPOPULATE_LANGUAGE = "en"
# The admin's language tabs need jQuery UI: served from its package, never from a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", xstatic_bootstrap.BASE_DIR),
]
# Files served one by one from their packages (kfilms.staticfinders explains why).
VENDOR_STATIC_FILES = {
    JQUERY_UI_URL: Path(xstatic_jquery_ui.BASE_DIR) / "jquery-ui.min.js",
}
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "kfilms.staticfinders.VendorFileFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Uploads only staff may read (students' school letters, enquiry attachments): never under MEDIA_ROOT.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private_media")
# Serve MEDIA_ROOT from Django itself: for `make serve` on one machine, not behind a real media store.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Staff-only uploads, used through kfilms.uploads (storages["private"]). With several app
    # hosts, point it at storage they all share (a shared volume, or a private bucket with
    # PRIVATE_STORAGE_BACKEND="storages.backends.s3.S3Storage" and its OPTIONS as JSON).
    "private": {
        "BACKEND": env.str("PRIVATE_STORAGE_BACKEND", default="kfilms.uploads.PrivateStorage"),
        "OPTIONS": env.json("PRIVATE_STORAGE_OPTIONS", default={}),
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="K Films <no-reply@kfilms.ma>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Staff who are told of each new enquiry and student request.
STAFF_NOTIFY_EMAILS = env.list("STAFF_NOTIFY_EMAILS", default=["productions@kfilms.ma"])
# Seconds per SMTP operation: a slow mail server must not hold a request (emails wait in the outbox).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=5)

# Exports of the enquiry inbox open in spreadsheets: a cell typed "=..." must stay text.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

THUMBNAIL_PRESERVE_FORMAT = False
THUMBNAIL_FORMAT = "JPEG"
THUMBNAIL_QUALITY = 82
THUMBNAIL_CACHE_TIMEOUT = 60 * 60 * 24 * 30
# Which renditions exist is known to every process: a per-process cache would keep stale keys
# (a photo replaced on one host still served from the old rendition by another).
THUMBNAIL_CACHE = "shared"
THUMBNAIL_DEBUG = False

SITE_NAME = "K Films"
# Absolute base for links in emails and feeds, where no request is at hand.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# Production hardening; `manage.py check --deploy` passes with DEBUG off.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    if not SECURE_SSL_REDIRECT:
        # The TLS proxy in front redirects plain HTTP itself (and `make serve` runs locally).
        SILENCED_SYSTEM_CHECKS = ["security.W008"]
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    SECURE_REFERRER_POLICY = "same-origin"
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
