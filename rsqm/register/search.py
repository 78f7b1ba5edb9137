"""Full-text search of the register on SQLite (FTS5) and PostgreSQL (``tsvector`` and ``pg_trgm``).

A search is planned the same way on both: each word of the query (``searchtext.parse_query``) is
looked for as the start of a word, so "Manch" finds Manchester. A word that is the start of no
word in the register's vocabulary is taken as misspelt and also looked for as the words it is
closest to: "Manchster" finds Manchester, "Lincon" Lincolnshire. Candidates come from the
vocabulary (on PostgreSQL by trigram word similarity through its index, on SQLite by length);
the same edit-distance rule then decides on both, so both databases find the same services.
Every word must be found (in its own or a corrected form); results are ranked by BM25 (SQLite) or
``ts_rank_cd`` (PostgreSQL), names weighing more than places.

No input reaches a query as syntax: words are made of letters and digits only, and are quoted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import BooleanField, Exists, QuerySet
from django.db.models.expressions import RawSQL
from rapidfuzz import process
from rapidfuzz.distance import OSA

from rsqm.register.models import SearchTerm
from rsqm.register.searchtext import Query

#: Corrections kept for one misspelt word.
MAX_CORRECTIONS = 6
#: Candidates fetched from the vocabulary for each misspelt word (PostgreSQL).
MAX_CANDIDATES = 60


def allowed_edits(word: str) -> int:
    """How many typing mistakes (a letter missing, extra, wrong, or two swapped) a word may have:
    none up to 3 letters, one up to 6, two from 7."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 7 else 2


def _prefix_distance(word: str, term: str, limit: int) -> int:
    """The fewest edits that make ``word`` the whole of ``term`` or the start of it."""
    best = OSA.distance(word, term, score_cutoff=limit)
    n = len(word)
    if len(term) > n:
        for length in (n - 1, n, n + 1):
            if 0 < length < len(term):
                best = min(best, OSA.distance(word, term[:length], score_cutoff=limit))
    return best


def corrections(word: str, candidates: list[str]) -> list[str]:
    """The vocabulary words ``word`` was most likely meant to be, best first (at most
    :data:`MAX_CORRECTIONS`), by :func:`allowed_edits`."""
    limit = allowed_edits(word)
    if not limit:
        return []
    # A fast first pass in C over every candidate, then the exact prefix rule on the few left.
    shortlisted = process.extract(
        word, candidates, scorer=OSA.distance, score_cutoff=limit + 2, limit=None,
        processor=lambda text: text[: len(word) + 1],
    )
    scored = []
    for term, _, _ in shortlisted:
        distance = _prefix_distance(word, term, limit)
        if distance <= limit and term != word:
            scored.append((distance, abs(len(term) - len(word)), term))
    scored.sort()
    return [term for _, _, term in scored[:MAX_CORRECTIONS]]


@dataclass
class Plan:
    """For each word of the query, the terms that stand for it: ``(term, as a prefix?)``."""

    groups: list[list[tuple[str, bool]]] = field(default_factory=list)
    corrected: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.groups)


def _known_words(words: tuple[str, ...]) -> set[str]:
    """Which words start some word of the vocabulary: one query."""
    if not words:
        return set()
    flags = {f"w{i}": Exists(SearchTerm.objects.filter(term__startswith=word)) for i, word in enumerate(words)}
    row = SearchTerm.objects.annotate(**flags).values(*flags).first()
    if row is None:
        return set()
    return {word for i, word in enumerate(words) if row[f"w{i}"]}


def _candidates(words: list[str]) -> list[str]:
    """Vocabulary words that could be what ``words`` were meant to be: one query.

    On PostgreSQL, the words close by trigram similarity or trigram word similarity, found through
    the trigram index. The vocabulary is small enough that the planner would rather compare every
    word, which costs far more than the index: it is told not to, for this query only.
    """
    if connection.vendor == "postgresql":
        one = "SELECT term FROM register_searchterm WHERE term %% %s UNION SELECT term FROM register_searchterm " \
              "WHERE %s <%% term"
        sql = " UNION ".join([one] * len(words)) + " LIMIT %s"
        params = [w for word in words for w in (word, word)]
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(sql, [*params, MAX_CANDIDATES * len(words)])
            return [row[0] for row in cursor.fetchall()]
    shortest = min(len(word) for word in words) - 2
    return list(SearchTerm.objects.filter(length__gte=max(shortest, 1)).values_list("term", flat=True))


def plan(query: Query) -> Plan:
    """Decide what to look for: each word as a prefix, and misspelt words' corrections."""
    result = Plan()
    if not query:
        return result
    known = _known_words(query.words)
    unknown = [word for word in query.words if word not in known and allowed_edits(word)]
    candidates = _candidates(unknown) if unknown else []
    for word in query.words:
        group = [(word, len(word) > 1)]
        if word in unknown:
            fixed = corrections(word, candidates)
            if fixed:
                result.corrected[word] = fixed
                group.extend((term, False) for term in fixed)
        result.groups.append(group)
    return result


# --- Applying a plan to a queryset of listings -----------------------------------------------


def _fts5_expression(groups: list[list[tuple[str, bool]]]) -> str:
    def term(text: str, prefix: bool) -> str:
        return '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")

    return " AND ".join("(" + " OR ".join(term(t, p) for t, p in group) + ")" for group in groups)


def _tsquery(group: list[tuple[str, bool]], weight: str = "") -> str:
    def term(text: str, prefix: bool) -> str:
        marks = ("*" if prefix else "") + weight
        return "'" + text.replace("'", "''").replace("\\", "\\\\") + "'" + (":" + marks if marks else "")

    return " | ".join(term(t, p) for t, p in group)


#: Up to this many matches, "best match" scores every match (BM25 on SQLite, ``ts_rank_cd`` on
#: PostgreSQL). Beyond it, scoring thousands of matches costs more than it tells: services whose
#: names hold every word come first, then the rest, each part by name.
RANK_EVERY_MATCH_UP_TO = 1000


def apply(listings: QuerySet, search: Plan, *, score: bool = True) -> QuerySet:
    """``listings`` narrowed to those that match every word of ``search``, annotated with
    ``search_rank`` (lower is better): a score when ``score``, else 0 for a match in the names."""
    if not search:
        return listings
    if connection.vendor == "postgresql":
        parts = [_tsquery(group) for group in search.groups]
        tsquery = " && ".join(["to_tsquery('simple'::regconfig, %s)"] * len(parts))
        narrowed = listings.filter(
            RawSQL(f"register_listing.search_vector @@ ({tsquery})", parts, output_field=BooleanField()))
        if score:
            any_word = " | ".join(f"({part})" for part in parts)
            rank = RawSQL("-ts_rank_cd(register_listing.search_vector, to_tsquery('simple'::regconfig, %s), 1)",
                          [any_word])
        else:
            names = [_tsquery(group, "A") for group in search.groups]
            rank = RawSQL(f"CASE WHEN register_listing.search_vector @@ ({tsquery}) THEN 0 ELSE 1 END", names)
        return narrowed.annotate(search_rank=rank)
    if connection.vendor == "sqlite":
        narrowed = matches(listings, search)
        if score:
            return narrowed.extra(select={"search_rank": "register_listing_fts.rank"})
        names = "{search_names} : (" + _fts5_expression(search.groups) + ")"
        return narrowed.annotate(search_rank=RawSQL(
            "CASE WHEN register_listing.id IN (SELECT rowid FROM register_listing_fts "
            "WHERE register_listing_fts MATCH %s) THEN 0 ELSE 1 END", [names]))
    raise NotImplementedError(f"no register search for the {connection.vendor} database")


def matches(listings: QuerySet, search: Plan) -> QuerySet:
    """Like :func:`apply`, without ranking: for counting and filtering only. On SQLite the FTS5
    table is joined, so that its matches drive the query."""
    if not search:
        return listings
    if connection.vendor == "sqlite":
        return listings.extra(
            tables=["register_listing_fts"],
            where=["register_listing_fts.rowid = register_listing.id", "register_listing_fts MATCH %s"],
            params=[_fts5_expression(search.groups)],
        )
    return apply(listings, search)


__all__ = ["Plan", "apply", "corrections", "matches", "plan"]
