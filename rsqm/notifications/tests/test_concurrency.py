"""Two live workers racing over one batch: every message is sent exactly once.

Each thread has its own database connection (Django's connections are per thread), so the
claims really compete in the database, as two worker processes would.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection

from rsqm.notifications.models import MessageStatus, OutboxMessage
from rsqm.notifications.schedule import Job, periodic_runs_ensure, run_due_jobs
from rsqm.notifications.services import outbox_deliver_due
from rsqm.notifications.tests import sample_jobs
from rsqm.notifications.tests.mailbackends import CountingBackend

pytestmark = pytest.mark.usefixtures("transactional_audit")


def _race(target, names):
    barrier = threading.Barrier(len(names))
    results, errors = {}, []

    def run(name):
        try:
            barrier.wait(timeout=10)
            results[name] = target(name)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    return results


def test_two_live_workers_never_send_one_message_twice(make_message, counting_mail, monkeypatch):
    monkeypatch.setattr(CountingBackend, "delay", 0.002)  # let the threads interleave
    messages = [make_message() for _ in range(30)]

    results = _race(lambda name: outbox_deliver_due(worker_id=name, limit=100), ["w1-1-aaaa", "w2-2-bbbb"])

    assert counting_mail == Counter({m.message_id: 1 for m in messages})
    assert sum(r.sent for r in results.values()) == 30
    assert sum(r.failed + r.retrying for r in results.values()) == 0
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {MessageStatus.SENT}
    senders = Counter(OutboxMessage.objects.values_list("claimed_by", flat=True))
    assert sum(senders.values()) == 30


def test_two_live_workers_never_run_one_job_twice():
    sample_jobs.CALLS.clear()
    jobs = (Job("count-calls", "rsqm.notifications.tests.sample_jobs.count_call", every=sample_jobs.EVERY),)
    periodic_runs_ensure(now=sample_jobs.START, jobs=jobs)

    results = _race(lambda name: run_due_jobs(worker_id=name, now=sample_jobs.START, jobs=jobs),
                    ["w1-1-aaaa", "w2-2-bbbb"])

    assert len(sample_jobs.CALLS) == 1
    assert sorted(r.get("count-calls", "not due") for r in results.values()) in (
        ["ran", "skipped"], ["not due", "ran"]
    )
