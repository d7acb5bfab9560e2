"""Where settings come from: environment first, then `.streamlit/secrets.toml`, then defaults.

Read with tomllib so the domain package never needs streamlit to know its database.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
SECRETS_FILE = ROOT / ".streamlit" / "secrets.toml"
# Git-ignored; the embedded default for a single-machine install.
DEFAULT_DB_FILE = DATA_DIR / "sse_match.storage.db"


def _secrets(path: Path = SECRETS_FILE) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def database_url(env: Mapping[str, str] | None = None, secrets_path: Path = SECRETS_FILE) -> str:
    """The database URL: SSE_DATABASE_URL, else `[database] url` in secrets, else the SQLite file."""
    source: Mapping[str, str] = os.environ if env is None else env
    if source.get("SSE_DATABASE_URL"):
        return source["SSE_DATABASE_URL"]
    url = _secrets(secrets_path).get("database", {}).get("url")
    return url or f"sqlite:///{DEFAULT_DB_FILE}"


def secret(section: str, key: str, default=None, secrets_path: Path = SECRETS_FILE):
    """One value from secrets.toml (e.g. `[map] boundary_geojson`)."""
    return _secrets(secrets_path).get(section, {}).get(key, default)
