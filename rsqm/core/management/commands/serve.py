"""``rsqm serve``: the web server and the worker, side by side (``make run`` calls it).

Two child processes: gunicorn serving ``rsqm.wsgi`` on ``127.0.0.1:$PORT`` (8000 unless set;
two workers; access log to stdout) and ``rsqm worker``. Each runs in its own process group, so
Ctrl-C reaches this process only, and it stops both in order: SIGTERM (gunicorn finishes the
requests in hand, the worker the item in hand), then SIGKILL for a child still running after
``STOP_TIMEOUT`` seconds. If either child exits on its own, the other is stopped and ``serve``
exits non-zero, so a supervisor (systemd, a container runtime) restarts the pair.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from rsqm.core.env import env_int

#: Gunicorn's own graceful timeout is 30 seconds; give it a little more before killing it.
STOP_TIMEOUT = 35.0
POLL_SECONDS = 0.2


@dataclass
class Child:
    name: str
    argv: Sequence[str]
    process: subprocess.Popen | None = None


def child_commands(*, port: int, workers: int = 2) -> list[Child]:
    python = sys.executable
    web = [
        python, "-m", "gunicorn", "rsqm.wsgi",
        "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers),
        "--access-logfile", "-",
    ]
    if _gunicorn_version() >= (25,):
        # Gunicorn 25+ opens a control socket at one fixed path per user: a second instance on
        # the machine would fight over it, and nothing here uses it.
        web.append("--no-control-socket")
    return [Child("web", web), Child("worker", [python, "-m", "rsqm.cli", "worker"])]


def _gunicorn_version() -> tuple[int, ...]:
    import gunicorn

    return tuple(gunicorn.version_info)


def supervise(children: list[Child], *, out=sys.stderr, stop_timeout: float = STOP_TIMEOUT,
              cwd: str | os.PathLike | None = None) -> int:
    """Start ``children``, wait until one exits or a stop signal arrives, stop the rest.

    Returns 0 after a stop signal (once every child has stopped), otherwise the exit code of the
    child that ended first (1 if that code was 0: a child must not end on its own; 128 + N if
    signal N killed it).
    """
    stopping: list[int] = []

    def on_signal(signum, frame):
        stopping.append(signum)

    watched = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous = {sig: signal.signal(sig, on_signal) for sig in watched}
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "rsqm.settings")}
    first_exit: tuple[str, int] | None = None
    try:
        for child in children:
            child.process = subprocess.Popen(child.argv, cwd=cwd, env=env, process_group=0)
            print(f"serve: started {child.name} (pid {child.process.pid})", file=out, flush=True)
        while not stopping and first_exit is None:
            for child in children:
                code = child.process.poll()
                if code is not None:
                    first_exit = (child.name, code)
                    break
            else:
                time.sleep(POLL_SECONDS)
        if stopping:
            print(f"serve: {signal.Signals(stopping[0]).name} received, stopping", file=out, flush=True)
        else:
            name, code = first_exit
            print(f"serve: {name} exited with code {code}; stopping the rest", file=out, flush=True)
        _stop_all(children, timeout=stop_timeout, out=out)
    finally:
        _stop_all(children, timeout=stop_timeout, out=out)  # on an error of our own too
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if first_exit is None:
        return 0
    code = first_exit[1]
    return 128 - code if code < 0 else (code or 1)  # killed by signal N: 128 + N, as shells say


def _stop_all(children: list[Child], *, timeout: float, out) -> None:
    running = [c for c in children if c.process is not None and c.process.poll() is None]
    for child in running:
        try:
            child.process.send_signal(signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + timeout
    for child in running:
        try:
            child.process.wait(timeout=max(deadline - time.monotonic(), 0))
        except subprocess.TimeoutExpired:
            print(f"serve: {child.name} did not stop in {timeout:g}s; killing it", file=out, flush=True)
            child.process.kill()
            child.process.wait()


class Command(BaseCommand):
    help = "Run the web server (gunicorn) and the worker side by side; Ctrl-C stops both."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=None,
                            help="Port on 127.0.0.1 (default: $PORT, or 8000).")
        parser.add_argument("--web-workers", type=int, default=2, help="Gunicorn worker processes (default 2).")

    def handle(self, *args, port: int | None, web_workers: int, **options):
        port = port if port is not None else env_int("PORT", 8000, minimum=1)
        if not 1 <= port <= 65535:
            raise CommandError(f"port must be between 1 and 65535, not {port}")
        if web_workers < 1:
            raise CommandError("--web-workers must be at least 1")
        code = supervise(child_commands(port=port, workers=web_workers), out=sys.stderr,
                         cwd=settings.BASE_DIR)
        if code:
            raise CommandError("a child process ended; both have been stopped", returncode=code)
