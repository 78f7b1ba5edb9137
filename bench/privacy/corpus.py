"""The labelled benchmark corpus: invented documents of the kinds services upload.

Every person, address and number here is invented. Templates mark each piece of sensitive data
inline as ``{{category|text}}``; ``$name`` placeholders are filled from an invented profile. A
document is rendered to a file format, its text is extracted, and each marked piece becomes a
labelled character span of that text.

The parts:
- ``tuning``: the templates below, with names drawn from hand-made pools; the guard's rules were
  tuned while looking at these.
- ``heldout``: templates in heldout.py and names from Faker's locale data (a source the guard's
  gazetteer and supplement do not use); not looked at while tuning.
- ``fresh``: documents in fresh.py, written apart from the guard, with names from other Faker
  locales and pools of names common among UK residents of many origins.
- ``unseen``: documents in unseen.py, written without looking at the guard or running it, with
  names from yet other Faker locales and pools.
- ``blind``: documents in blind.py, written the same way, with names from still other locales and pools.
- ``probe``, ``trial``, ``sample``, ``portfolio``, ``field``, ``notes``, ``check``: documents in the modules of those names, each
  written the same way (their docstrings say how and from which names); ``portfolio`` is the evidence a
  service uploads to prove the standards, most of it clean; ``notes``, short free texts typed into rsqm's forms.

    python bench/privacy/corpus.py        # writes bench/privacy/out/corpus/<part>/ for every part
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1]))

from rsqm.privacy.tests import builders  # noqa: E402

OUT = ROOT / "out" / "corpus"

from org import DOMAINS, ORG_ADDRESS, ORG_PHONE, STAFF  # noqa: E402,F401  (templates import them from here)

FIRST = {
    "english": ["Kyle", "Jordan", "Chloe", "Liam", "Megan", "Connor", "Jade", "Ryan", "Amy", "Callum", "Ellie", "Bradley",
                "Hannah", "Lewis", "Courtney", "Dylan", "Paige", "Nathan", "Leanne", "Shane", "Grace", "Will", "Rose",
                "Mark", "Hope", "Dawn", "Carl", "Tracey", "Sharon", "Wayne"],
    "welsh": ["Rhys", "Cerys", "Dafydd", "Ffion", "Iwan", "Seren", "Gethin", "Lowri", "Owain", "Nia"],
    "scottish_irish": ["Eilidh", "Ruairi", "Siobhan", "Niamh", "Ciaran", "Aoife", "Fraser", "Mhairi", "Padraig", "Orla"],
    "south_asian": ["Harpreet", "Imran", "Priyanka", "Arjun", "Zainab", "Bilal", "Simran", "Rohan", "Nasreen", "Kamran"],
    "african_caribbean": ["Chidi", "Ngozi", "Kwame", "Abena", "Tunde", "Folake", "Tendai", "Jermaine", "Shanice", "Kofi"],
    "polish": ["Katarzyna", "Piotr", "Agnieszka", "Mateusz", "Zofia", "Krzysztof", "Magdalena", "Bartosz"],
    "romanian": ["Andreea", "Mihai", "Ioana", "Florin", "Elena", "Bogdan"],
    "turkish": ["Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Ayse"],
    "rarer": ["Adaobi", "Sefa", "Tamar", "Vytis", "Florica", "Llio", "Thandeka", "Oyelola", "Kiptoo", "Anesu"],
    "particles": ["Aoibhinn", "Seosamh", "Fionnuala", "Piet", "Ana", "Abdullah", "Hamid", "Kwabena", "Nokuthula",
                  "Siyabonga", "Wanjiru", "Yeabsira", "Shqipe", "Oluwasegun"],
}
LAST = {
    "english": ["Morgan", "Pike", "Holroyd", "Barker", "Fenwick", "Ashworth", "Brown", "Young", "Bishop", "Wood", "Pickles",
                "Sutcliffe", "Dobson", "Hepworth", "Crossley"],
    "welsh": ["Pritchard", "Bevan", "Llewellyn", "Prosser", "Vaughan", "Powell"],
    "scottish_irish": ["MacLeod", "O'Sullivan", "McLaughlin", "Gallagher", "Doherty", "Buchanan"],
    "south_asian": ["Sandhu", "Chaudhry", "Begum", "Mistry", "Hussain", "Dhillon", "Iqbal", "Parmar"],
    "african_caribbean": ["Okafor", "Mensah", "Adeyemi", "Campbell", "Boateng", "Moyo", "Asante"],
    "polish": ["Kowalska", "Wiśniewski", "Zielińska", "Nowak", "Dąbrowski", "Lewandowska"],
    "romanian": ["Popescu", "Ionescu", "Munteanu", "Stanciu", "Ciobanu"],
    "turkish": ["Yılmaz", "Demir", "Öztürk", "Aydın", "Kaya"],
    "rarer": ["Nwankwo", "Adjei", "Okonjo", "Daugėla", "Văduva", "Parri", "Mbatha", "Kiprotich", "Balcı", "Chigumba"],
    "particles": ["Ní Bhriain", "Mac Giolla Phádraig", "Nic Aodha", "van der Berg", "de Souza", "bin Rashid", "Al-Hassan",
                  "Owusu-Ansah", "Zungu", "Khumalo", "Kamau", "Tadesse", "Krasniqi", "Adeyanju", "Ó Murchú"],
}
STREETS = ["Fenwick Close", "Mill Lane", "Acacia Avenue", "Rowan Drive", "Chapel Street", "Beech Grove", "Holly Crescent",
           "Station Road", "Victoria Terrace", "Sycamore Way", "Moorland Rise", "Brook Street"]
TOWNS = [("Harrogate", "HG1"), ("Leeds", "LS6"), ("Bradford", "BD7"), ("Wakefield", "WF2"), ("Halifax", "HX3"),
         ("Scarborough", "YO12"), ("Keighley", "BD21"), ("Selby", "YO8")]
SCHOOLS = ["Hillside Academy", "St Aidan's Church of England High School", "Moorfield Primary School", "Kirkgate Academy",
           "Brackenholme College", "Fieldhead Pupil Referral Unit", "Westbrook High School"]


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        digits[0] = rng.choice([4, 6, 7])
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def invoice_number(rng: random.Random) -> str:
    """A number that passes the NHS checksum but is an invoice number."""
    return nhs_number(rng)


def ni_number(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "NT", "TN", "ZZ"):
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def licence(rng: random.Random, last: str, first: str, dob: dt.date, female: bool) -> str:
    sur = re.sub(r"[^A-Z]", "", last.upper().replace("Ł", "L"))
    sur = (sur + "99999")[:5]
    month = dob.month + (50 if female else 0)
    init = (first[0] + "9").upper()
    check = rng.choice("ABCDEFGHJK") + rng.choice("ABCDEFGHJK")
    return f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{init}9{check}"


@dataclass
class Person:
    first: str
    last: str
    dob: dt.date
    female: bool
    street: str
    number: int
    town: str
    postcode: str
    phone: str
    email: str
    nhs: str
    ni: str
    school: str
    prison: str
    crime_ref: str
    cad: str
    custody: str
    vrm: str
    passport: str
    licence: str
    relative_first: str
    relative_last: str
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def age(self) -> int:
        return (dt.date(2025, 6, 1) - self.dob).days // 365


def person(rng: random.Random, names=None, *, young: bool = True) -> Person:
    if names is None:
        origin = rng.choice(list(FIRST))
        first = rng.choice(FIRST[origin])
        last = rng.choice(LAST[origin if rng.random() < 0.7 else rng.choice(list(LAST))])
        origin2 = rng.choice(list(FIRST))
        rel_first, rel_last = rng.choice(FIRST[origin2]), last
    else:
        first, last, rel_first, rel_last = names(rng)
    year = rng.randint(2006, 2012) if young else rng.randint(1955, 2000)
    dob = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    town, district = rng.choice(TOWNS)
    postcode = f"{district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    letters = "ABCDEFGHJKLMNPRSTUVWXY"
    vrm = f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice([15, 16, 17, 18, 19, 21, 66, 67, 68, 69, 70, 71])} " \
          f"{''.join(rng.choice(letters) for _ in range(3))}"
    mail_local = re.sub(r"[^a-z]", "", first.lower().replace("ł", "l")) + "." + re.sub(r"[^a-z]", "", last.lower()) \
        + str(rng.randint(1, 99))
    return Person(
        first=first, last=last, dob=dob, female=rng.random() < 0.5,
        street=rng.choice(STREETS), number=rng.randint(2, 140), town=town, postcode=postcode,
        phone=f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}",
        email=f"{mail_local}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk'])}",
        nhs=nhs_number(rng), ni=ni_number(rng), school=rng.choice(SCHOOLS),
        prison=f"{rng.choice('ABG')}{rng.randint(1000, 9999)}{rng.choice(letters)}{rng.choice(letters)}",
        crime_ref=f"{rng.choice(['12', '13', '14'])}/{rng.randint(10000, 99999)}/{rng.choice(['23', '24', '25'])}",
        cad=f"{rng.randint(100, 2999)} of {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024",
        custody=f"{rng.choice(['WY', 'NY', 'HB'])}-{rng.randint(100000, 999999)}-24",
        vrm=vrm, passport=str(rng.randint(100000000, 999999999)),
        licence="", relative_first=rel_first, relative_last=rel_last,
    )


def finish(p: Person, rng: random.Random) -> Person:
    p.licence = licence(rng, p.last, p.first, p.dob, p.female)
    return p


def fill(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\$([a-z_0-9]+)", lambda m: values[m.group(1)], template)


def values_for(p: Person, q: Person, rng: random.Random) -> dict[str, str]:
    he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
    v = {
        "first": p.first, "last": p.last, "name": p.name, "dob": p.dob.strftime("%d/%m/%Y"),
        "dob_long": f"{p.dob.day} {p.dob.strftime('%B %Y')}", "age": str(p.age), "street": f"{p.number} {p.street}",
        "town": p.town, "postcode": p.postcode, "phone": p.phone, "email": p.email, "nhs": p.nhs,
        "nhs_spaced": f"{p.nhs[:3]} {p.nhs[3:6]} {p.nhs[6:]}", "ni": p.ni, "school": p.school, "prison": p.prison,
        "crime_ref": p.crime_ref, "cad": p.cad, "custody": p.custody, "vrm": p.vrm, "passport": p.passport,
        "licence": p.licence, "rel_first": p.relative_first, "rel_name": f"{p.relative_first} {p.relative_last}",
        "he": he, "his": his, "him": him, "He": he.capitalize(), "His": his.capitalize(),
        "son": "daughter" if p.female else "son", "boy": "girl" if p.female else "boy",
        "v_first": q.first, "v_last": q.last, "v_name": q.name, "v_street": f"{q.number} {q.street}", "v_town": q.town,
        "v_postcode": q.postcode, "v_phone": q.phone, "v_age": str(q.age),
        "staff": rng.choice(STAFF), "staff2": rng.choice(STAFF),
        "case": f"NMT-{rng.randint(2022, 2025)}-{rng.randint(10, 999):03d}",
        "meeting_date": f"{rng.randint(1, 28)} {rng.choice(['January', 'March', 'May', 'July', 'October'])} 2024",
        "offence_date": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2023",
        "invoice": invoice_number(rng), "n1": str(rng.randint(12, 80)), "n2": str(rng.randint(3, 40)),
        "pct": str(rng.randint(55, 97)),
    }
    return v


_MARK = re.compile(r"\{\{([a-z_]+)\|(.*?)\}\}", re.S)


def strip_marks(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Text without the marks, and the (category, text) of each mark in order."""
    labels = [(m.group(1), m.group(2)) for m in _MARK.finditer(text)]
    return _MARK.sub(lambda m: m.group(2), text), labels


@dataclass
class Doc:
    name: str
    kind: str  # txt csv docx xlsx pdf odt
    blocks: list  # ("p", text) | ("table", rows) | ("tracked", kept, deleted) | ("footnote", text) | ("comment", text)
    # | ("sheet", name, rows, hidden) | ("field", label, value) | ("header", text)


def render(doc: Doc) -> tuple[bytes, list[tuple[str, str]]]:
    """The file's bytes and its labels (category, exact text) in reading order."""
    labels: list[tuple[str, str]] = []

    def s(text: str) -> str:
        clean, found = strip_marks(text)
        labels.extend(found)
        return clean

    k = doc.kind
    if k == "txt":
        return "\n".join(s(b[1]) if b[0] == "p" else "" for b in doc.blocks).encode("utf-8"), labels
    if k == "csv":
        rows = next(b[1] for b in doc.blocks if b[0] == "table")
        lines = []
        for row in rows:
            cells = []
            for c in row:
                c = s(c)
                cells.append(f'"{c}"' if ("," in c or '"' in c) else c)
            lines.append(",".join(cells))
        return ("\r\n".join(lines) + "\r\n").encode("utf-8"), labels
    if k == "docx":
        body = []
        footnotes, comments = [], []
        header = ""
        for b in doc.blocks:
            if b[0] == "p":
                body.append(builders.p(s(b[1])))
            elif b[0] == "table":
                body.append(builders.table([[s(c) for c in row] for row in b[1]]))
            elif b[0] == "tracked":
                body.append(builders.tracked(s(b[1]), s(b[2])))
            elif b[0] == "header":
                header = b[1]
        for b in doc.blocks:
            if b[0] == "footnote":
                footnotes.append(s(b[1]))
            elif b[0] == "comment":
                comments.append(s(b[1]))
        if header:
            header = s(header)
        return builders.docx("".join(body), footnotes=footnotes, comments=comments, header=header), labels
    if k == "xlsx":
        sheets, hidden = {}, []
        for b in doc.blocks:
            if b[0] == "sheet":
                sheets[b[1]] = [[s(c) if isinstance(c, str) else c for c in row] for row in b[2]]
                if b[3]:
                    hidden.append(b[1])
        return builders.xlsx(sheets, hidden=tuple(hidden)), labels
    if k == "pdf":
        pages: list[str] = []
        notes: dict[int, str] = {}
        fields: dict[str, str] = {}
        for b in doc.blocks:
            if b[0] == "page":
                pages.append("\n".join(s(line) for line in b[1].split("\n")))
            elif b[0] == "footnote":
                notes[len(pages)] = s(b[1])
            elif b[0] == "field":
                fields[b[1]] = s(b[2])
        return builders.pdf(pages, footnotes=notes, fields=fields), labels
    if k == "odt":
        paras = [s(b[1]) for b in doc.blocks if b[0] == "p"]
        rows = next(([[s(c) for c in row] for row in b[1]] for b in doc.blocks if b[0] == "table"), [])
        return builders.odt(paras, table_rows=rows), labels
    raise ValueError(k)


def spans(text: str, labels: list[tuple[str, str]]) -> list[dict]:
    """Find each label's text in the extracted text, in order, as character spans."""
    out = []
    pos = 0
    for cat, value in labels:
        value = value.strip()
        i = text.find(value, pos)
        if i < 0:
            i = text.find(value)
        if i < 0:
            raise ValueError(f"label {cat!r} {value!r} not found in extracted text")
        out.append({"category": cat, "start": i, "end": i + len(value)})
        pos = i + len(value)
    return out


def build(part: str, docs: list[Doc]) -> None:
    from rsqm.privacy.base import Limits
    from rsqm.privacy.extract import extract

    folder = OUT / part
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    index = []
    for doc in docs:
        data, labels = render(doc)
        path = folder / f"{doc.name}.{doc.kind}"
        path.write_bytes(data)
        text = extract(data, path.name, Limits(isolate=False)).text
        index.append({"file": path.name, "labels": spans(text, labels), "clean": not labels})
    (folder / "labels.json").write_text(json.dumps(index, indent=1, ensure_ascii=False), "utf-8")
    print(f"{part}: {len(docs)} documents, {sum(len(d['labels']) for d in index)} labels, "
          f"{sum(1 for d in index if d['clean'])} clean")


def main() -> None:
    from blind import blind_docs  # noqa: PLC0415
    from check import check_docs  # noqa: PLC0415
    from field import field_docs  # noqa: PLC0415
    from fresh import fresh_docs  # noqa: PLC0415
    from heldout import heldout_docs  # noqa: PLC0415
    from notes import notes_docs  # noqa: PLC0415
    from portfolio import portfolio_docs  # noqa: PLC0415
    from probe import probe_docs  # noqa: PLC0415
    from sample import sample_docs  # noqa: PLC0415
    from templates import tuning_docs  # noqa: PLC0415
    from trial import trial_docs  # noqa: PLC0415
    from unseen import unseen_docs  # noqa: PLC0415

    second = tuning_docs(random.Random(20250602))  # the same kinds of document, other people
    for doc in second:
        doc.name += "-b"
    build("tuning", tuning_docs(random.Random(20250601)) + second)
    build("heldout", heldout_docs(random.Random(77031)))
    build("fresh", fresh_docs(random.Random(41125)))
    build("unseen", unseen_docs(random.Random(90517)))
    build("blind", blind_docs(random.Random(52807)))
    build("probe", probe_docs(random.Random(61349)))
    build("trial", trial_docs(random.Random(73019)))
    build("sample", sample_docs(random.Random(60311)))
    build("portfolio", portfolio_docs(random.Random(39217)))
    build("field", field_docs(random.Random(84113)))
    build("notes", notes_docs(random.Random(27191)))
    build("check", check_docs(random.Random(55807)))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()


__all__ = ["Doc", "Person", "person", "finish", "values_for", "fill", "string"]
