"""The public register: one listing per service that holds (or held) the quality mark.

A listing is the register's own record of how a service is listed (MEM-BENEFITS): the listed
name exactly as the scheme writes it, and the organisation, service and delivery partner split
out of it for search and filters, with its sectors, regions and areas served. It is made from the
service's details when its first award is recorded; the registrar corrects it (holders tell the
scheme of changes). Contacts are never copied here: pages read them from the service
through ``organisations.selectors.public_contact`` (PRIV-CONTACT-SHARE).

``search_names`` and ``search_places`` are the searchable text, normalised by
``register.searchtext``; the full-text indexes over them are made by vendor-specific migrations
(SQLite FTS5 and PostgreSQL ``tsvector`` with ``pg_trgm``). ``SearchTerm`` is the vocabulary of
those words, used to correct misspellings.
"""

from __future__ import annotations

from django.db import models


class Listing(models.Model):
    service = models.OneToOneField("organisations.Service", on_delete=models.CASCADE, related_name="listing")
    listed_name = models.CharField(max_length=250)
    organisation_name = models.CharField(max_length=200)
    service_name = models.CharField(max_length=250, blank=True)
    delivery_partner = models.CharField(max_length=200, blank=True)
    areas_served = models.CharField(max_length=500, blank=True)
    sectors = models.ManyToManyField("organisations.Sector", related_name="listings")
    regions = models.ManyToManyField("organisations.Region", related_name="listings")

    # The newest award, repeated here for sorting and for the open data (kept by the award services).
    certificate_number = models.CharField(max_length=40, blank=True)
    approved_on = models.DateField(null=True, blank=True, db_index=True)
    renewal_on = models.DateField(null=True, blank=True, db_index=True)
    #: The first approval of any of its awards: the service is on the register from that day.
    first_approved_on = models.DateField(null=True, blank=True)
    #: The newest award's held run, so that "held today" is a test of this row: held from
    #: ``approved_on`` until the day before ``held_until`` (empty: while a renewal is in progress),
    #: in renewal from ``renewal_from``. Days before ``approved_on`` are read from the award periods.
    held_until = models.DateField(null=True, blank=True)
    renewal_from = models.DateField(null=True, blank=True)

    search_names = models.TextField(blank=True)
    search_places = models.TextField(blank=True)
    #: For sorting by name: the listed name, normalised.
    sort_name = models.CharField(max_length=250, db_index=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["sort_name", "id"]
        indexes = [
            # Counting and sorting the register on a day reads this narrow index, not the wide rows.
            models.Index(fields=["approved_on", "held_until", "first_approved_on", "service", "sort_name"],
                         name="listing_held_run"),
        ]

    def __str__(self) -> str:
        return self.listed_name


class SearchTerm(models.Model):
    """A word that occurs in some listing's searchable text (never removed: a stale word only
    makes a correction that finds nothing)."""

    term = models.CharField(max_length=60, unique=True)
    length = models.PositiveSmallIntegerField(db_index=True)

    class Meta:
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term
