# Django 3.2 (Debian python3-django), one app. The test helper writes database.json beside manage.py with
# the app's own PostgreSQL database.
import json
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "test-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["shop"]
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

_db = json.loads((BASE_DIR / "database.json").read_text())
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": _db["name"],
        "USER": _db["user"],
        "HOST": _db["host"],
        "PORT": str(_db["port"]),
    }
}
