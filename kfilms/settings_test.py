"""Fast, isolated settings for the test suite."""

import tempfile
from pathlib import Path

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STAFF_NOTIFY_EMAILS = ["staff@kfilms.test"]

_tmp = Path(tempfile.mkdtemp(prefix="kfilms-test-"))
MEDIA_ROOT = _tmp / "media"
PRIVATE_MEDIA_ROOT = _tmp / "private"
SERVE_MEDIA = True

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"},
}
THUMBNAIL_KVSTORE = "sorl.thumbnail.kvstores.cached_db_kvstore.KVStore"

TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "tests" / "templates"]  # noqa: F405

# Tests run with DEBUG off and without collectstatic: whitenoise reads the static folders as they are
# (and does not warn, which the suite turns into an error, that STATIC_ROOT is missing).
WHITENOISE_AUTOREFRESH = True

# aiosmtpd (the loopback SMTP server of the email journeys) logs each connection it
# closes, sometimes after pytest has closed the captured stream.
LOGGING["loggers"]["mail.log"] = {"level": "WARNING"}  # noqa: F405
