# Django 3.2 (Debian python3-django), one app. The test helper writes database.json beside manage.py with
# the app's own PostgreSQL database.
import json
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "test-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["shop"]
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# The one-boot tests count the app's boots from the host: one line per boot, when boots.log exists.
if (BASE_DIR / "boots.log").exists():
    with open(BASE_DIR / "boots.log", "a") as _boots:
        _boots.write("boot %d\n" % os.getpid())

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
