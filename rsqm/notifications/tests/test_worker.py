"""``rsqm worker``: one pass delivers the outbox, runs queued tasks and runs due jobs."""

from __future__ import annotations

import os
import re
import signal
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from rsqm.core import clock
from rsqm.notifications.management.commands import worker as worker_command
from rsqm.notifications.models import MessageStatus, OutboxMessage, PeriodicRun
from rsqm.notifications.schedule import JOBS
from rsqm.notifications.tasks import enqueue_task, prune_task_results, run_queued_tasks
from rsqm.notifications.tests.sample_tasks import always_fails, write_greeting
from rsqm.notifications.worker import PassResult, make_worker_id


@pytest.mark.django_db
def test_one_pass_of_the_worker_delivers_a_pending_message(make_message, mailoutbox):
    message = make_message()
    call_command("worker", "--once")
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert [m.message()["Message-ID"] for m in mailoutbox] == [message.message_id]


@pytest.mark.django_db
def test_one_pass_of_the_worker_runs_a_task_enqueued_through_our_module():
    result_id = enqueue_task(write_greeting, "ada@example.org")
    assert DBTaskResult.objects.get(pk=result_id).status == "READY"

    call_command("worker", "--once")

    result = DBTaskResult.objects.get(pk=result_id)
    assert result.status == "SUCCESSFUL"
    assert result.return_value == "ada@example.org"
    assert len(result.worker_ids) == 1
    # The task wrote a message; the next pass delivers it.
    assert OutboxMessage.objects.get(idempotency_key="greeting:ada@example.org").status == MessageStatus.PENDING


@pytest.mark.django_db
def test_one_pass_of_the_worker_creates_and_runs_every_scheduled_job():
    call_command("worker", "--once")
    runs = {run.name: run for run in PeriodicRun.objects.all()}
    assert set(runs) == {job.name for job in JOBS}
    # Each ran (or failed and said why) and was released; none is left claimed.
    assert all(run.last_finished_at is not None and run.claimed_by == "" for run in runs.values())
    assert all(run.next_run_at > clock.now() for run in runs.values())


@pytest.mark.django_db
def test_a_failing_task_is_recorded_and_the_next_task_still_runs():
    failing = enqueue_task(always_fails)
    succeeding = enqueue_task(write_greeting, "bea@example.org")
    assert run_queued_tasks(worker_id="w1-1-aaaa") == 2
    assert DBTaskResult.objects.get(pk=failing).status == "FAILED"
    assert "this task always fails" in DBTaskResult.objects.get(pk=failing).traceback
    assert DBTaskResult.objects.get(pk=succeeding).status == "SUCCESSFUL"


@pytest.mark.django_db
def test_run_queued_tasks_takes_no_more_than_its_limit():
    for n in range(3):
        enqueue_task(write_greeting, f"person{n}@example.org")
    assert run_queued_tasks(worker_id="w1-1-aaaa", limit=2) == 2
    assert DBTaskResult.objects.filter(status="READY").count() == 1


@pytest.mark.django_db
def test_a_rolled_back_transaction_leaves_no_task():
    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue_task(write_greeting, "ada@example.org")
        raise RuntimeError
    assert DBTaskResult.objects.count() == 0


def test_only_a_task_can_be_enqueued():
    def plain():
        pass

    with pytest.raises(TypeError, match="not a task"):
        enqueue_task(plain)


@pytest.mark.django_db
def test_finished_task_results_older_than_thirty_days_are_pruned():
    old_done, old_failed, recent_done, waiting = (enqueue_task(write_greeting, f"p{n}@example.org") for n in range(4))
    now = clock.now()
    DBTaskResult.objects.filter(pk=old_done).update(status="SUCCESSFUL", finished_at=now - timedelta(days=31))
    DBTaskResult.objects.filter(pk=old_failed).update(status="FAILED", finished_at=now - timedelta(days=31))
    DBTaskResult.objects.filter(pk=recent_done).update(status="SUCCESSFUL", finished_at=now - timedelta(days=29))
    assert prune_task_results(now=now) == 2
    assert set(map(str, DBTaskResult.objects.values_list("pk", flat=True))) == {recent_done, waiting}


def test_a_worker_id_is_host_pid_and_random_within_64_characters():
    worker_id = make_worker_id()
    assert re.fullmatch(rf"[^\s]+-{os.getpid()}-[0-9a-f]{{8}}", worker_id)
    assert len(worker_id) <= 64
    assert make_worker_id() != worker_id


class _BusyPasses:
    """Stands in for a pass: reports work each time, and sends SIGTERM during the second."""

    def __init__(self, fail_first=False):
        self.calls = 0
        self.fail_first = fail_first

    def __call__(self, *, worker_id, limit, should_stop):
        self.calls += 1
        if self.fail_first and self.calls == 1:
            raise ConnectionError("database restarting")
        if self.calls == 2:
            os.kill(os.getpid(), signal.SIGTERM)
            assert should_stop()  # the handler ran: the pass may finish its item and stop
        result = PassResult()
        result.tasks = 1
        return result


@pytest.fixture
def closed_connections(monkeypatch):
    """Counts the worker's calls to ``close_old_connections`` (these tests use no database)."""
    calls = []
    monkeypatch.setattr(worker_command, "close_old_connections", lambda: calls.append(1))
    return calls


def test_sigterm_stops_the_loop_after_the_pass_in_hand(monkeypatch, closed_connections):
    passes = _BusyPasses()
    monkeypatch.setattr(worker_command, "worker_pass", passes)
    before = signal.getsignal(signal.SIGTERM)
    call_command("worker", "--interval", "0.1")
    assert passes.calls == 2
    assert len(closed_connections) == 2  # between passes, as between requests
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_failing_pass_is_logged_and_the_loop_goes_on(monkeypatch, caplog, closed_connections):
    passes = _BusyPasses(fail_first=True)
    monkeypatch.setattr(worker_command, "worker_pass", passes)
    call_command("worker", "--interval", "0.1")
    assert passes.calls == 2
    assert "pass failed" in caplog.text


def test_with_once_a_failing_pass_is_an_error(monkeypatch):
    monkeypatch.setattr(worker_command, "worker_pass", _BusyPasses(fail_first=True))
    with pytest.raises(ConnectionError):
        call_command("worker", "--once")


def test_the_interval_must_be_sensible():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("worker", "--interval", "0")
