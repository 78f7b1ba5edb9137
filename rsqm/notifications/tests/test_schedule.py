"""The schedule: every job listed once, claimed by one worker at a time, failures recorded."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from django.utils.module_loading import import_string

from rsqm.notifications.models import PeriodicRun
from rsqm.notifications.schedule import (
    JOBS,
    RETRY_AFTER,
    Job,
    periodic_claim,
    periodic_runs_ensure,
    run_due_jobs,
)
from rsqm.notifications.tests import sample_jobs

START = sample_jobs.START
COUNT = Job("count-calls", "rsqm.notifications.tests.sample_jobs.count_call", every=sample_jobs.EVERY)
FAIL = Job("always-fails", "rsqm.notifications.tests.sample_jobs.fail", every=timedelta(hours=6))


@pytest.fixture(autouse=True)
def _clear_calls():
    sample_jobs.CALLS.clear()


def test_the_schedule_lists_the_expected_jobs_once_each():
    names = [job.name for job in JOBS]
    assert len(names) == len(set(names))
    assert {"purge-audit-addresses", "delete-expired-preserved-forms", "prune-task-results"} <= set(names)


@pytest.mark.parametrize("job", JOBS, ids=lambda job: job.name)
def test_every_job_names_a_function_that_exists(job):
    assert callable(import_string(job.func))


def test_a_job_needs_exactly_one_of_every_and_daily_at():
    with pytest.raises(ValueError):
        Job("x", "a.b", every=timedelta(minutes=1), daily_at=time(3, 0))
    with pytest.raises(ValueError):
        Job("x", "a.b")


def test_an_interval_job_is_next_due_one_interval_later():
    assert COUNT.next_after(START) == START + sample_jobs.EVERY


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        # Winter: 03:15 London is 03:15 UTC.
        (datetime(2027, 1, 10, 4, 0, tzinfo=UTC), datetime(2027, 1, 11, 3, 15, tzinfo=UTC)),
        (datetime(2027, 1, 10, 3, 0, tzinfo=UTC), datetime(2027, 1, 10, 3, 15, tzinfo=UTC)),
        # The clocks go forward on 28 March 2027: 03:15 BST is 02:15 UTC.
        (datetime(2027, 3, 27, 12, 0, tzinfo=UTC), datetime(2027, 3, 28, 2, 15, tzinfo=UTC)),
        # Summer, just after the day's run: the next is tomorrow.
        (datetime(2027, 7, 1, 2, 15, tzinfo=UTC), datetime(2027, 7, 2, 2, 15, tzinfo=UTC)),
        # The clocks go back on 31 October 2027.
        (datetime(2027, 10, 30, 12, 0, tzinfo=UTC), datetime(2027, 10, 31, 3, 15, tzinfo=UTC)),
    ],
)
def test_a_daily_job_is_due_at_its_london_time(instant, expected):
    job = Job("daily", "a.b", daily_at=time(3, 15))
    assert job.next_after(instant) == expected


@pytest.mark.django_db
def test_two_claims_of_the_same_due_job_only_one_wins():
    periodic_runs_ensure(now=START, jobs=(COUNT,))
    first = periodic_claim(name=COUNT.name, worker_id="w1-1-aaaa", now=START, timeout=COUNT.timeout)
    second = periodic_claim(name=COUNT.name, worker_id="w2-2-bbbb", now=START, timeout=COUNT.timeout)
    assert (first, second) == (True, False)
    assert PeriodicRun.objects.get(name=COUNT.name).claimed_by == "w1-1-aaaa"


@pytest.mark.django_db
def test_a_claim_of_a_dead_worker_expires():
    periodic_runs_ensure(now=START, jobs=(COUNT,))
    assert periodic_claim(name=COUNT.name, worker_id="dead-1-aaaa", now=START, timeout=COUNT.timeout)
    just_before = START + COUNT.timeout
    assert not periodic_claim(name=COUNT.name, worker_id="w2-2-bbbb", now=just_before, timeout=COUNT.timeout)
    after = just_before + timedelta(seconds=1)
    assert periodic_claim(name=COUNT.name, worker_id="w2-2-bbbb", now=after, timeout=COUNT.timeout)


@pytest.mark.django_db
def test_a_job_that_is_not_due_is_not_claimed():
    periodic_runs_ensure(now=START + timedelta(minutes=1), jobs=(COUNT,))
    assert not periodic_claim(name=COUNT.name, worker_id="w1-1-aaaa", now=START, timeout=COUNT.timeout)


@pytest.mark.django_db
def test_a_due_job_runs_once_and_is_scheduled_again():
    assert run_due_jobs(worker_id="w1-1-aaaa", now=START, jobs=(COUNT,)) == {COUNT.name: "ran"}
    assert sample_jobs.CALLS == [START]
    run = PeriodicRun.objects.get(name=COUNT.name)
    assert (run.claimed_by, run.claimed_until, run.last_error) == ("", None, "")
    assert run.next_run_at == START + sample_jobs.EVERY
    assert run.last_started_at == run.last_finished_at == START

    # Not due again until its interval has passed.
    assert run_due_jobs(worker_id="w1-1-aaaa", now=START + timedelta(minutes=9), jobs=(COUNT,)) == {}
    assert run_due_jobs(worker_id="w2-2-bbbb", now=START + sample_jobs.EVERY, jobs=(COUNT,)) == {COUNT.name: "ran"}
    assert len(sample_jobs.CALLS) == 2


@pytest.mark.django_db
def test_a_failing_job_is_recorded_and_does_not_stop_the_others():
    outcomes = run_due_jobs(worker_id="w1-1-aaaa", now=START, jobs=(FAIL, COUNT))
    assert outcomes == {FAIL.name: "failed", COUNT.name: "ran"}
    failed = PeriodicRun.objects.get(name=FAIL.name)
    assert failed.last_error == "ValueError: the job went wrong, see [link]"
    assert failed.next_run_at == START + RETRY_AFTER
    assert failed.claimed_by == ""
    assert sample_jobs.CALLS == [START]


@pytest.mark.django_db
def test_a_job_that_fails_then_succeeds_clears_its_error():
    run_due_jobs(worker_id="w1-1-aaaa", now=START, jobs=(FAIL,))
    recovered = Job(FAIL.name, COUNT.func, every=FAIL.every)
    assert run_due_jobs(worker_id="w1-1-aaaa", now=START + RETRY_AFTER, jobs=(recovered,)) == {FAIL.name: "ran"}
    assert PeriodicRun.objects.get(name=FAIL.name).last_error == ""


@pytest.mark.django_db
def test_creating_the_rows_twice_is_harmless():
    assert periodic_runs_ensure(now=START, jobs=JOBS) == len(JOBS)
    assert periodic_runs_ensure(now=START + timedelta(hours=1), jobs=JOBS) == 0
    assert PeriodicRun.objects.count() == len(JOBS)
    assert set(PeriodicRun.objects.values_list("next_run_at", flat=True)) == {START}
