"""Database triggers that make the audit log append-only on SQLite and PostgreSQL.

The model layer refuses updates and deletes too; the triggers stop everything else (raw SQL, a
cascade, a shell session). There is no switch to turn them off in the application.
"""

from __future__ import annotations

TABLE = "core_auditevent"

SQLITE_INSTALL = [
    f"CREATE TRIGGER IF NOT EXISTS {TABLE}_no_update BEFORE UPDATE ON {TABLE} "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
    f"CREATE TRIGGER IF NOT EXISTS {TABLE}_no_delete BEFORE DELETE ON {TABLE} "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
]
SQLITE_REMOVE = [f"DROP TRIGGER IF EXISTS {TABLE}_no_update", f"DROP TRIGGER IF EXISTS {TABLE}_no_delete"]

POSTGRES_INSTALL = [
    f"""CREATE OR REPLACE FUNCTION {TABLE}_append_only() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'audit log is append-only'; END; $$ LANGUAGE plpgsql""",
    f"DROP TRIGGER IF EXISTS {TABLE}_no_update_delete ON {TABLE}",
    f"""CREATE TRIGGER {TABLE}_no_update_delete BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION {TABLE}_append_only()""",
]
POSTGRES_REMOVE = [f"DROP TRIGGER IF EXISTS {TABLE}_no_update_delete ON {TABLE}"]


def _statements(vendor: str, install: bool) -> list[str]:
    if vendor == "sqlite":
        return SQLITE_INSTALL if install else SQLITE_REMOVE
    if vendor == "postgresql":
        return POSTGRES_INSTALL if install else POSTGRES_REMOVE
    raise RuntimeError(f"no append-only trigger for the {vendor} database")


def _django_connection(schema_editor_or_connection):
    """The Django connection of a schema editor (migrations), or the connection itself (tests).

    Not ``getattr(x, "connection", x)``: a Django connection's own ``.connection`` is the
    DB-API connection, whose cursor is no context manager on SQLite.
    """
    from django.db.backends.base.schema import BaseDatabaseSchemaEditor

    if isinstance(schema_editor_or_connection, BaseDatabaseSchemaEditor):
        return schema_editor_or_connection.connection
    return schema_editor_or_connection


def install(schema_editor_or_connection) -> None:
    connection = _django_connection(schema_editor_or_connection)
    with connection.cursor() as cursor:
        for sql in _statements(connection.vendor, True):
            cursor.execute(sql)


def remove(schema_editor_or_connection) -> None:
    connection = _django_connection(schema_editor_or_connection)
    with connection.cursor() as cursor:
        for sql in _statements(connection.vendor, False):
            cursor.execute(sql)
