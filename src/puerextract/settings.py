"""Settings every entry point applies before Prefect is imported (unless the user set them).

Analytics off, a patient start of the temporary server (its first start took 24-26 s here,
over Prefect's 20 s default), and INFO logging.
"""

from __future__ import annotations

import functools
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "INFO",
    # Dask's cluster chatter (and the traceback it logs at INFO when a worker's stream closes
    # at shutdown) stays out of a run's output; warnings and errors still show
    "DASK_LOGGING__DISTRIBUTED": "warning",
}


def apply_prefect_settings() -> None:
    """Set each default in the environment where the user has not set it."""
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


@contextmanager
def one_api_server() -> Iterator[str]:
    """The run's one Prefect API, whose URL every child process (Dask workers) inherits.

    The configured API (``PREFECT_API_URL``, a test harness) if there is one; else one
    temporary server started here, which dies with this process and is stopped on the way out
    (success, failure, Ctrl-C, SIGTERM), so no server is left behind.
    """
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    url = get_current_settings().api.url
    server = None
    if not url:
        server = _owned_server()
        server.start()
        url = server.api_url
    previous_env = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = url
    previous_term = _exit_on_sigterm()
    try:
        with temporary_settings({PREFECT_API_URL: url}):
            yield url
    finally:
        if previous_env is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous_env
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)
        # a temporary server stops at exit (Prefect registered that when it started it), after
        # Prefect's log and event workers have drained into it; it dies with this process
        # in any case (SIGKILL included)


def _exit_on_sigterm():  # noqa: ANN202
    """SIGTERM raises SystemExit in the main thread, so ``finally`` blocks stop the server."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(signum, _frame):  # noqa: ANN001, ANN202
        raise SystemExit(128 + signum)

    return signal.signal(signal.SIGTERM, stop)


def _owned_server():  # noqa: ANN202
    """Prefect's temporary server, started so that the kernel ends it with this process."""
    import subprocess

    from prefect.server.api.server import SubprocessASGIServer

    from .worker import die_with_parent

    class OwnedServer(SubprocessASGIServer):
        def _run_uvicorn_command(self):  # noqa: ANN202
            popen = subprocess.Popen
            subprocess.Popen = functools.partial(popen, preexec_fn=die_with_parent)
            try:
                return super()._run_uvicorn_command()
            finally:
                subprocess.Popen = popen

    return OwnedServer()
