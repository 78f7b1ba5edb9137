"""The invented organisation whose documents the corpus holds, and its allow-list (PRIV-STAFF-DATA)."""

# The organisation's own data: the allow-list the benchmark runs with (PRIV-STAFF-DATA).
STAFF = ["Sarah Thompson", "Daniel Okoro", "Priya Nair", "Gareth Hughes", "Joanne Whitfield", "Tomasz Nowicki",
         "Aisha Rahman", "Bethan Lloyd"]
DOMAINS = ["northmoor-mediation.org.uk"]
ORG_ADDRESS = "Unit 4, Tanner Row, York YO1 6JB"
ORG_PHONE = "01904 496000"
ORGANISATIONS = ["Northmoor Mediation Trust"]
