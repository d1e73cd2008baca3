"""Settings every entry point applies before Prefect is imported (unless the user set them).

Analytics off, a patient start of the temporary server (its first start took 24-26 s here,
over Prefect's 20 s default), and INFO logging.
"""

from __future__ import annotations

import os

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "INFO",
}


def apply_prefect_settings() -> None:
    """Set each default in the environment where the user has not set it."""
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
