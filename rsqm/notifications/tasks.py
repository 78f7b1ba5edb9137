"""Background tasks: the one module of ours that touches the task library.

On Django 5.2 the task API is the ``django-tasks`` package with ``django-tasks-db`` storing the
queue in our database, so a task enqueued inside a transaction exists only if it commits.
Everything else in rsqm uses the three names below, never the libraries directly::

    from rsqm.notifications.tasks import enqueue_task, task

    @task
    def application_render_report(application_id: int) -> None:  # at module level
        ...

    enqueue_task(application_render_report, application.pk)

``rsqm worker`` runs the queue (:func:`run_queued_tasks`). The library has no retries and no
periodic schedule: a task that fails stays ``FAILED`` with its traceback; periodic work belongs
in ``rsqm.notifications.schedule``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.db import OperationalError
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task
from django_tasks.base import Task
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from rsqm.core import clock

__all__ = ["enqueue_task", "prune_task_results", "run_queued_tasks", "task"]

logger = logging.getLogger(__name__)

#: Finished task results are deleted after this long by the ``prune-task-results`` job.
RESULT_RETENTION = timedelta(days=30)


def enqueue_task(func: Task, *args: Any, **kwargs: Any) -> str:
    """Queue ``func(*args, **kwargs)`` for the worker; returns the task result's id.

    ``func`` must be decorated with :func:`task` at module level, and its arguments must be
    JSON: pass ids, not model instances. Written in the caller's transaction.
    """
    if not isinstance(func, Task):
        raise TypeError(
            f"{getattr(func, '__qualname__', func)!r} is not a task: decorate it with "
            "rsqm.notifications.tasks.task at module level"
        )
    result = func.enqueue(*args, **kwargs)
    return str(result.id)


def _claim_next(worker: Worker) -> DBTaskResult | None:
    """Claim the next ready task the way ``db_worker`` does.

    An exclusive transaction on SQLite (where row locks do not exist), ``SELECT … FOR UPDATE SKIP
    LOCKED`` on PostgreSQL; the claim marks the row ``RUNNING`` with our worker id before the
    transaction ends, so no other worker can take it.
    """
    ready = DBTaskResult.objects.ready().filter(backend_name=worker.backend_name)
    try:
        with exclusive_transaction(ready.db):
            result = ready.get_locked()
            if result is not None:
                result.claim(worker.worker_id)
            return result
    except OperationalError as exc:
        if is_locked_database_exception(exc):
            return None  # another worker holds the lock: try again on the next pass
        raise


def run_queued_tasks(
    *,
    worker_id: str,
    limit: int = 50,
    backend: str = DEFAULT_TASK_BACKEND_ALIAS,
    should_stop: Callable[[], bool] = lambda: False,
) -> int:
    """Run up to ``limit`` ready tasks, one at a time, outside any transaction; returns how many ran.

    The claim and the running are ``django-tasks-db``'s own (``Worker.run_task`` records success or
    failure with the traceback); the loop is ours, so the worker can interleave the queue with
    the outbox and the periodic jobs and stop between any two tasks.
    """
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name=backend,
        startup_delay=False,
        max_tasks=limit,
        worker_id=worker_id,
        excluded_queue_names=[],
    )
    ran = 0
    while ran < limit and not should_stop():
        result = _claim_next(worker)
        if result is None:
            break
        worker.run_task(result)
        ran += 1
        # run_task has set the outcome on this very object.
        logger.info("task: %s %s %s", result.task_path, result.id, result.status.lower())
    return ran


def prune_task_results(*, now: datetime | None = None) -> int:
    """Delete finished (successful or failed) task results older than :data:`RESULT_RETENTION`."""
    cutoff = (now or clock.now()) - RESULT_RETENTION
    deleted, _ = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    if deleted:
        logger.info("task: pruned %d finished result(s) older than %s", deleted, cutoff.date())
    return deleted
