"""Tasks for the tests: module-level functions, as the task library requires."""

from rsqm.notifications.outbox import enqueue_rendered
from rsqm.notifications.tasks import task


@task
def write_greeting(recipient: str) -> str:
    enqueue_rendered(template="greeting", to=recipient, subject="Hello", text="Hello from a task",
                     key=f"greeting:{recipient}")
    return recipient


@task
def always_fails() -> None:
    raise RuntimeError("this task always fails")
