"""One pass of ``rsqm worker``: the outbox, the task queue, then the periodic jobs.

Every step claims its rows with a conditional update (or the task library's own lock), so any
number of workers can run passes at once, on SQLite or PostgreSQL. A pass runs outside any
transaction; each claimed item is finished before the next is claimed, so stopping between two
items loses nothing.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Callable
from dataclasses import dataclass, field

from rsqm.notifications.schedule import run_due_jobs
from rsqm.notifications.services import DeliveryCounts, outbox_deliver_due
from rsqm.notifications.tasks import run_queued_tasks

DEFAULT_LIMIT = 50


def make_worker_id() -> str:
    """``hostname-pid-random``: unique across machines and restarts, at most 64 characters."""
    host = socket.gethostname().split(".", 1)[0][:40] or "host"
    return f"{host}-{os.getpid()}-{secrets.token_hex(4)}"


@dataclass
class PassResult:
    outbox: DeliveryCounts = field(default_factory=DeliveryCounts)
    tasks: int = 0
    jobs: dict[str, str] = field(default_factory=dict)

    @property
    def busy(self) -> bool:
        """Whether this pass found work, so the next may find more and should not wait."""
        return bool(self.outbox.total or self.outbox.lost or self.tasks or self.jobs)


def worker_pass(
    *, worker_id: str, limit: int = DEFAULT_LIMIT, should_stop: Callable[[], bool] = lambda: False
) -> PassResult:
    """Deliver due outbox messages, run ready tasks, run due periodic jobs (in that order:
    mail people are waiting for comes first)."""
    result = PassResult()
    result.outbox = outbox_deliver_due(worker_id=worker_id, limit=limit, should_stop=should_stop)
    if should_stop():
        return result
    result.tasks = run_queued_tasks(worker_id=worker_id, limit=limit, should_stop=should_stop)
    if should_stop():
        return result
    result.jobs = run_due_jobs(worker_id=worker_id)
    return result
