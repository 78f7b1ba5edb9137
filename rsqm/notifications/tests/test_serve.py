"""``rsqm serve``: two children side by side; one ending stops the other; a signal stops both."""

from __future__ import annotations

import io
import os
import signal
import sys
import threading

from rsqm.core.management.commands.serve import Child, child_commands, supervise

PY = sys.executable
SLEEPER = [PY, "-c", "import time; time.sleep(60)"]


def _child(name, code):
    return Child(name, [PY, "-c", code])


def test_the_children_are_gunicorn_and_the_worker():
    web, worker = child_commands(port=8123)
    assert web.argv[1:4] == ["-m", "gunicorn", "rsqm.wsgi"]
    assert ["--bind", "127.0.0.1:8123"] == web.argv[4:6]
    assert ["--workers", "2"] == web.argv[6:8]
    assert ["--access-logfile", "-"] == web.argv[8:10]
    assert "--no-control-socket" in web.argv  # gunicorn 25+: no shared socket to fight over
    assert worker.argv[1:] == ["-m", "rsqm.cli", "worker"]


def test_when_one_child_exits_the_other_is_stopped_and_the_code_is_non_zero():
    sleeper = Child("web", SLEEPER)
    quitter = _child("worker", "import sys; sys.exit(3)")
    out = io.StringIO()
    assert supervise([sleeper, quitter], out=out, stop_timeout=10) == 3
    assert sleeper.process.returncode == -signal.SIGTERM
    assert "worker exited with code 3" in out.getvalue()


def test_a_child_that_exits_cleanly_still_makes_serve_fail():
    assert supervise([Child("web", SLEEPER), _child("worker", "pass")], out=io.StringIO()) == 1


def test_a_stop_signal_stops_both_children_and_exits_cleanly():
    children = [Child("web", SLEEPER), Child("worker", SLEEPER)]
    timer = threading.Timer(1.0, os.kill, args=(os.getpid(), signal.SIGTERM))
    timer.start()
    try:
        assert supervise(children, out=io.StringIO(), stop_timeout=10) == 0
    finally:
        timer.cancel()
    assert [c.process.returncode for c in children] == [-signal.SIGTERM, -signal.SIGTERM]


def test_a_child_that_ignores_sigterm_is_killed_after_the_timeout():
    stubborn = _child("web", "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ntime.sleep(60)")
    quitter = _child("worker", "import sys, time; time.sleep(1); sys.exit(2)")
    out = io.StringIO()
    assert supervise([stubborn, quitter], out=out, stop_timeout=1) == 2
    assert stubborn.process.returncode == -signal.SIGKILL
    assert "did not stop" in out.getvalue()


def test_signal_handlers_are_put_back():
    before = signal.getsignal(signal.SIGINT)
    supervise([_child("web", "pass")], out=io.StringIO())
    assert signal.getsignal(signal.SIGINT) is before


def test_a_child_killed_by_a_signal_gives_the_shells_exit_code():
    killed = _child("worker", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
    assert supervise([Child("web", SLEEPER), killed], out=io.StringIO(), stop_timeout=10) == 128 + 9
