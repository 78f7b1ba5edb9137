"""The register's full-text indexes, one set per database.

SQLite: an FTS5 table over the listings' searchable text (external content, kept in step by
triggers), ranked by BM25 with names weighing more than places.

PostgreSQL: a stored ``tsvector`` column (names weight A, places weight B) with a GIN index, and a
``pg_trgm`` trigram index on the vocabulary of the listings' words, whose word similarity finds the
words a misspelling was meant to be.
Neither set is known to Django's models: the register's search module reads them (TRAPS.md).
"""

from django.db import migrations

from rsqm.register.dbops import VendorRunSQL

SQLITE = [
    """CREATE VIRTUAL TABLE register_listing_fts USING fts5(
        search_names, search_places,
        content='register_listing', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
    )""",
    "INSERT INTO register_listing_fts(register_listing_fts, rank) VALUES('rank', 'bm25(10.0, 3.0)')",
    """CREATE TRIGGER register_listing_fts_insert AFTER INSERT ON register_listing BEGIN
        INSERT INTO register_listing_fts(rowid, search_names, search_places)
        VALUES (new.id, new.search_names, new.search_places);
    END""",
    """CREATE TRIGGER register_listing_fts_delete AFTER DELETE ON register_listing BEGIN
        INSERT INTO register_listing_fts(register_listing_fts, rowid, search_names, search_places)
        VALUES ('delete', old.id, old.search_names, old.search_places);
    END""",
    """CREATE TRIGGER register_listing_fts_update AFTER UPDATE OF search_names, search_places ON register_listing
    BEGIN
        INSERT INTO register_listing_fts(register_listing_fts, rowid, search_names, search_places)
        VALUES ('delete', old.id, old.search_names, old.search_places);
        INSERT INTO register_listing_fts(rowid, search_names, search_places)
        VALUES (new.id, new.search_names, new.search_places);
    END""",
    "INSERT INTO register_listing_fts(register_listing_fts) VALUES('rebuild')",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS register_listing_fts_update",
    "DROP TRIGGER IF EXISTS register_listing_fts_delete",
    "DROP TRIGGER IF EXISTS register_listing_fts_insert",
    "DROP TABLE IF EXISTS register_listing_fts",
]

POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """ALTER TABLE register_listing ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(search_names, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(search_places, '')), 'B')
    ) STORED""",
    "CREATE INDEX register_listing_search_vector ON register_listing USING gin (search_vector)",
    "CREATE INDEX register_searchterm_term_trgm ON register_searchterm USING gin (term gin_trgm_ops)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS register_searchterm_term_trgm",
    "DROP INDEX IF EXISTS register_listing_search_vector",
    "ALTER TABLE register_listing DROP COLUMN IF EXISTS search_vector",
]


class Migration(migrations.Migration):
    dependencies = [("register", "0001_initial")]
    operations = [
        VendorRunSQL("sqlite", SQLITE, SQLITE_REVERSE),
        VendorRunSQL("postgresql", POSTGRESQL, POSTGRESQL_REVERSE),
    ]
