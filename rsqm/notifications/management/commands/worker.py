"""``rsqm worker``: the one background process.

In a loop: deliver due outbox messages, run queued tasks, run the periodic jobs that are due
(``rsqm.notifications.worker.worker_pass``). A pass that found work is followed at once by
another; an idle one waits ``--interval`` seconds. SIGINT or SIGTERM stops it after the item in
hand. ``--once`` makes one pass and exits (tests, cron). Logs one line per action to stderr.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from argparse import ArgumentTypeError

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from rsqm.notifications.worker import DEFAULT_LIMIT, make_worker_id, worker_pass

logger = logging.getLogger("rsqm.notifications.worker")


class StopFlag:
    """Set from a signal handler, read by the loop.

    A plain attribute rather than ``threading.Event``: an Event's lock, taken by a handler that
    interrupts the same thread while it holds that lock, would deadlock.
    """

    def __init__(self) -> None:
        self._set = False

    def set(self) -> None:
        self._set = True

    def is_set(self) -> bool:
        return self._set

    def wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self._set and (left := deadline - time.monotonic()) > 0:
            time.sleep(min(left, 0.2))


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0.1 <= number <= 3600:
        raise ArgumentTypeError("must be between 0.1 and 3600 seconds")
    return number


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise ArgumentTypeError("must be at least 1")
    return number


class Command(BaseCommand):
    help = "Deliver the outbox, run queued tasks and run due periodic jobs, in a loop."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Make one pass, then exit.")
        parser.add_argument("--interval", type=_seconds, default=5.0,
                            help="Seconds to wait after a pass that found nothing to do (default 5).")
        parser.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT,
                            help="Most messages, and most tasks, taken in one pass (default 50).")

    def handle(self, *args, once: bool, interval: float, limit: int, **options):
        worker_id = make_worker_id()
        stop = StopFlag()

        def request_stop(signum, frame):
            if not stop.is_set():
                logger.info("worker %s: %s received, stopping after the item in hand",
                            worker_id, signal.Signals(signum).name)
            stop.set()

        previous = {}
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                previous[sig] = signal.signal(sig, request_stop)
        logger.info("worker %s: started%s", worker_id, " for one pass" if once else f", interval {interval:g}s")
        try:
            while not stop.is_set():
                try:
                    result = worker_pass(worker_id=worker_id, limit=limit, should_stop=stop.is_set)
                except Exception:
                    if once:
                        raise
                    # The database may be restarting: say so, wait, and try again with a fresh
                    # connection rather than exit and lose the worker.
                    logger.exception("worker %s: pass failed; trying again in %gs", worker_id, interval)
                    close_old_connections()
                    stop.wait(interval)
                    continue
                if once:
                    break
                # Between passes, as between requests: drop connections that broke or aged out.
                close_old_connections()
                if not result.busy:
                    stop.wait(interval)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        logger.info("worker %s: stopped", worker_id)
