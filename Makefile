# Everyday commands. `make run` and `make test` work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install run test serve lint format check-deploy screenshots translations messages

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# XStatic-Bootstrap ships as an sdist that needs pkg_resources at build time,
	# hence setuptools first and no build isolation.
	$(BIN)/pip install --quiet "setuptools==80.10.2" wheel
	$(BIN)/pip install --quiet --no-build-isolation -r requirements.txt
	touch $@

install: $(BIN)/.installed

# .po to .mo in pure Python (polib): a fresh machine needs no gettext tools.
translations: install
	$(MANAGE) compile_translations

# Refresh the French and Arabic catalogues from the code and templates (needs GNU gettext).
# No djangojs domain: our scripts take their words from the server's HTML.
# File-only locations, so a line moving elsewhere does not touch every catalogue.
messages: install
	$(MANAGE) makemessages --locale fr --locale ar --add-location file --no-obsolete \
		--ignore "tests/*" --ignore "staticfiles/*" --ignore "media/*" --ignore "private_media/*"
	$(MANAGE) compile_translations

run: install translations
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable
	$(MANAGE) seed_demo
	$(MANAGE) demo_admin
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install translations
	$(BIN)/pytest

# The same site with production settings: DEBUG off, gunicorn, whitenoise.
serve: export DEBUG = 0
serve: export SECRET_KEY ?= local-serve-$(shell $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(48))" 2>/dev/null)
serve: export SECURE_SSL_REDIRECT ?= 0
serve: export SERVE_MEDIA ?= 1
serve: install translations
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) check --deploy --fail-level WARNING
	$(BIN)/gunicorn kfilms.wsgi --bind 127.0.0.1:$(PORT) --workers 2 --access-logfile -

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
