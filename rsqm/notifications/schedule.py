"""Every periodic job of rsqm, in one place, and how the worker claims and runs them.

A job is a name, when it runs (every so often, or daily at a Europe/London time) and the dotted
path of a function called as ``func(now=now)``. Jobs stay thin: they call a service of the app
that owns the data. To add one, add a line to :data:`JOBS`; its ``PeriodicRun`` row is created
by the next worker pass.

Claiming: each job has one ``PeriodicRun`` row. A worker takes a due job with one conditional
``UPDATE`` (due, and not claimed or its claim expired) whose count it checks, so two workers
never run one job at once, and a worker that dies mid-job holds it only until ``timeout``. A
job's failure is written to ``PeriodicRun.last_error`` and retried after :data:`RETRY_AFTER`;
it never stops the worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from django.db.models import Q
from django.utils.module_loading import import_string

from rsqm.core import clock
from rsqm.notifications.models import PeriodicRun
from rsqm.notifications.services import retry_if_locked, short_error

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """One periodic job. Give exactly one of ``every`` and ``daily_at`` (a Europe/London time)."""

    name: str
    func: str
    every: timedelta | None = None
    daily_at: time | None = None
    #: How long a claim lasts: longer than the job can take, so no second worker starts it.
    timeout: timedelta = timedelta(minutes=30)

    def __post_init__(self) -> None:
        if (self.every is None) == (self.daily_at is None):
            raise ValueError(f"job {self.name}: give exactly one of every and daily_at")

    def next_after(self, instant: datetime) -> datetime:
        """The first time after ``instant`` this job is due (aware, UTC)."""
        if self.every is not None:
            return instant + self.every
        day = instant.astimezone(clock.LONDON).date()
        while True:
            # Built from the London calendar date, not by adding 24 hours, so the wall-clock
            # time holds across the clock changes.
            candidate = datetime.combine(day, self.daily_at, tzinfo=clock.LONDON).astimezone(UTC)
            if candidate > instant:
                return candidate
            day += timedelta(days=1)


# Daily jobs run in the small hours, away from 01:00–02:00, which London skips or repeats.
JOBS: tuple[Job, ...] = (
    Job("purge-audit-addresses", "rsqm.core.jobs.purge_audit_addresses", daily_at=time(3, 15)),
    Job("delete-expired-preserved-forms", "rsqm.accounts.jobs.delete_expired_preserved_forms",
        every=timedelta(minutes=10)),
    Job("prune-task-results", "rsqm.notifications.tasks.prune_task_results", daily_at=time(3, 45)),
    Job("end-lapsed-awards", "rsqm.assessments.services.award_lapse_sweep", daily_at=time(0, 20)),
    Job("delete-abandoned-healthchecks", "rsqm.healthcheck.jobs.delete_abandoned_healthchecks", daily_at=time(4, 10)),
)

#: After a failure a job is tried again this soon (or at its next normal time, if sooner).
RETRY_AFTER = timedelta(minutes=15)


def jobs_by_name() -> dict[str, Job]:
    return {job.name: job for job in JOBS}


@retry_if_locked
def periodic_runs_ensure(*, now: datetime, jobs: tuple[Job, ...]) -> int:
    """Create the missing ``PeriodicRun`` rows, due at once; safe when workers race to do it."""
    existing = set(PeriodicRun.objects.filter(name__in=[j.name for j in jobs]).values_list("name", flat=True))
    missing = [PeriodicRun(name=j.name, next_run_at=now) for j in jobs if j.name not in existing]
    if missing:
        PeriodicRun.objects.bulk_create(missing, ignore_conflicts=True)
    return len(missing)


@retry_if_locked
def periodic_claim(*, name: str, worker_id: str, now: datetime, timeout: timedelta) -> bool:
    """Claim the job ``name`` if it is due and nobody holds a live claim; ``True`` if we won."""
    claimed = (
        PeriodicRun.objects.filter(name=name, next_run_at__lte=now)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .update(claimed_by=worker_id, claimed_until=now + timeout, last_started_at=now)
    )
    return claimed == 1


def periodic_run_one(job: Job, *, worker_id: str, now: datetime | None = None) -> str:
    """Claim ``job`` and run it if due. Returns ``"ran"``, ``"failed"`` or ``"skipped"``."""
    at = now or clock.now()
    if not periodic_claim(name=job.name, worker_id=worker_id, now=at, timeout=job.timeout):
        return "skipped"
    error = ""
    try:
        func = import_string(job.func)
        func(now=at)
    except Exception as exc:  # noqa: BLE001 - a job's failure is recorded, never fatal to the worker
        error = short_error(exc)
        logger.exception("job: %s failed", job.name)
    finished = now or clock.now()
    next_run = job.next_after(at)
    if error:
        next_run = min(next_run, finished + RETRY_AFTER)
    _periodic_finish(name=job.name, worker_id=worker_id, finished=finished, error=error, next_run=next_run)
    if error:
        return "failed"
    logger.info("job: %s ran; next at %s", job.name, next_run.isoformat(timespec="seconds"))
    return "ran"


@retry_if_locked
def _periodic_finish(*, name: str, worker_id: str, finished: datetime, error: str, next_run: datetime) -> None:
    # Only while the claim is still ours: a claim that expired may already belong to another worker.
    PeriodicRun.objects.filter(name=name, claimed_by=worker_id).update(
        claimed_by="", claimed_until=None, last_finished_at=finished, last_error=error, next_run_at=next_run
    )


@retry_if_locked
def _due_names(*, names: list[str], now: datetime) -> set[str]:
    return set(PeriodicRun.objects.filter(name__in=names, next_run_at__lte=now).values_list("name", flat=True))


def run_due_jobs(
    *, worker_id: str, now: datetime | None = None, jobs: tuple[Job, ...] | None = None
) -> dict[str, str]:
    """Run every due job (of :data:`JOBS` unless given) this worker can claim; returns each
    job's outcome by name."""
    jobs = JOBS if jobs is None else jobs
    at = now or clock.now()
    periodic_runs_ensure(now=at, jobs=jobs)
    due = _due_names(names=[j.name for j in jobs], now=at)
    return {job.name: periodic_run_one(job, worker_id=worker_id, now=now)
            for job in jobs if job.name in due}
