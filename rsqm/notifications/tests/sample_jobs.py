"""Job functions for the schedule's tests."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
EVERY = timedelta(minutes=10)
CALLS: list[datetime] = []
_lock = threading.Lock()


def count_call(*, now=None) -> None:
    with _lock:
        CALLS.append(now)


def fail(*, now=None) -> None:
    raise ValueError("the job went wrong, see https://example.org/details\nand more")
