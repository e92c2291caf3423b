"""Settings sanity: production passes `check --deploy`, refuses to start without a secret,
and every settings module imports. Each case runs in its own process, as a server would."""

import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
MANAGE = str(BASE_DIR / "manage.py")
SECRET_CHARS = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"

PRINT_SETTINGS = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({
    "DEBUG": s.DEBUG,
    "ALLOWED_HOSTS": s.ALLOWED_HOSTS,
    "SESSION_COOKIE_SECURE": s.SESSION_COOKIE_SECURE,
    "CSRF_COOKIE_SECURE": s.CSRF_COOKIE_SECURE,
    "SECURE_SSL_REDIRECT": s.SECURE_SSL_REDIRECT,
    "SECURE_HSTS_SECONDS": s.SECURE_HSTS_SECONDS,
    "X_FRAME_OPTIONS": s.X_FRAME_OPTIONS,
    "STATICFILES": s.STORAGES["staticfiles"]["BACKEND"],
    "DATABASE": [s.DATABASES["default"]["ENGINE"], str(s.DATABASES["default"]["NAME"])],
    "CACHE": s.CACHES["default"]["BACKEND"],
    "EMAIL_BACKEND": s.EMAIL_BACKEND,
}))
"""


def secret_key():
    return "".join(secrets.choice(SECRET_CHARS) for _ in range(50))


def run(args, settings_module, **env):
    """Run Python in a clean environment (nothing leaks in from the test run or CI)."""
    clean = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": settings_module,
        **env,
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def production_env(tmp_path):
    return {
        "SECRET_KEY": secret_key(),
        "ALLOWED_HOSTS": "portal.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
    }


def test_production_passes_check_deploy_without_warnings(production_env):
    result = run(
        [MANAGE, "check", "--deploy", "--fail-level", "WARNING"],
        "portal.settings.production",
        **production_env,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_does_catch_a_weak_secret(production_env):
    """The check above is not a formality: a short key fails it."""
    result = run(
        [MANAGE, "check", "--deploy", "--fail-level", "WARNING"],
        "portal.settings.production",
        **{**production_env, "SECRET_KEY": "short"},
    )
    assert result.returncode != 0
    assert "security.W009" in result.stderr


@pytest.mark.parametrize("secret", [None, ""], ids=["unset", "empty"])
def test_production_refuses_to_start_without_a_secret_key(production_env, secret):
    env = {k: v for k, v in production_env.items() if k != "SECRET_KEY"}
    if secret is not None:
        env["SECRET_KEY"] = secret
    result = run([MANAGE, "check"], "portal.settings.production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts(production_env):
    env = {k: v for k, v in production_env.items() if k != "ALLOWED_HOSTS"}
    result = run([MANAGE, "check"], "portal.settings.production", **env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_settings_are_locked_down(production_env):
    result = run(["-c", PRINT_SETTINGS], "portal.settings.production", **production_env)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["portal.example.org"]
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["STATICFILES"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["DATABASE"] == [
        "django.db.backends.sqlite3",
        production_env["DATABASE_URL"].removeprefix("sqlite:///"),
    ]


def test_services_are_chosen_by_environment(production_env):
    env = {
        **production_env,
        "DATABASE_URL": "postgres://portal@db.internal:5432/portal",
        "REDIS_URL": "redis://cache.internal:6379/0",
        "EMAIL_HOST": "smtp.example.org",
    }
    values = json.loads(run(["-c", PRINT_SETTINGS], "portal.settings.production", **env).stdout)
    assert values["DATABASE"] == ["django.db.backends.postgresql", "portal"]
    assert values["CACHE"] == "django.core.cache.backends.redis.RedisCache"
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"


@pytest.mark.parametrize(
    "module", ["portal.settings.dev", "portal.settings.test"], ids=["dev", "test"]
)
def test_dev_and_test_settings_import_and_check(module, tmp_path):
    result = run(
        [MANAGE, "check", "--fail-level", "WARNING"],
        module,
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_dev_settings_work_without_any_environment():
    values = json.loads(run(["-c", PRINT_SETTINGS], "portal.settings.dev").stdout)
    assert values["DEBUG"] is True
    assert values["DATABASE"] == ["django.db.backends.sqlite3", str(BASE_DIR / "db.sqlite3")]
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
