"""Realistic, seeded persons and incidents as validated domain models.

Everything is drawn from one random.Random, so a seed gives the same vault content every time.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from decimal import Decimal

from app.domain import (
    Category,
    Channel,
    Incident,
    Motivation,
    Outcome,
    Person,
    PersonKind,
    PlaceKind,
    Precision,
    Role,
)
from benchmarks import corpus as c

FIRST_DAY = dt.date(2019, 1, 1)
DAYS = 7 * 365
# Who is in the directory: mostly people involved in incidents, a few support contacts.
PERSON_KINDS = (
    [PersonKind.SUSPECT] * 12 + [PersonKind.WITNESS] * 4 + [PersonKind.AFFECTED] * 2
    + [PersonKind.POLICE, PersonKind.LAWYER]
)
ROLE_FOR_KIND = {
    PersonKind.SUSPECT: Role.PERPETRATOR,
    PersonKind.WITNESS: Role.WITNESS,
    PersonKind.AFFECTED: Role.AFFECTED,
}
ONLINE_CHANNELS = (Channel.SOCIAL_MEDIA, Channel.MESSENGER, Channel.WEBSITE, Channel.EMAIL)


def record_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(c.FIRST_NAMES)} {rng.choice(c.LAST_NAMES)}"


def _day(rng: random.Random, after: dt.date | None = None, within: int = DAYS) -> dt.date:
    start = after or FIRST_DAY
    return start + dt.timedelta(days=rng.randrange(1, within))


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        topic=rng.choice(c.TOPICS), quote=rng.choice(c.QUOTES), street=rng.choice(c.STREETS),
        n=rng.randrange(2, 400), date=_day(rng).strftime("%d.%m.%Y"), name=_name(rng),
        handle=f"@{rng.choice(c.LAST_NAMES).lower()}{rng.randrange(10, 99)}",
        platform=rng.choice(c.PLATFORMS), tag=rng.choice(c.TAGS),
    )


def person(rng: random.Random) -> Person:
    kind = rng.choice(PERSON_KINDS)
    first, last = rng.choice(c.FIRST_NAMES), rng.choice(c.LAST_NAMES)
    city = rng.choice(c.MUNICIPALITIES)
    data: dict[str, object] = {"kind": kind, "name": f"{first} {last}"}
    if kind.is_support:
        _key, org, function = next(o for o in c.SUPPORT_ORGS if o[0] == kind.value)
        data.update(organisation=org.format(city=city, last=last), function=function,
                    phones=[f"0{rng.randrange(30, 999)} {rng.randrange(10000, 999999)}"],
                    emails=[f"{first[0].lower()}.{last.lower()}@example.de"])
    elif kind == PersonKind.SUSPECT and rng.random() < 0.4:
        # Online perpetrators are often known only by their handle.
        data["name"] = f"unbekannt ({first[0]}. {last[0]}.?)"
        data["handles"] = [{"platform": rng.choice(c.PLATFORMS),
                            "handle": f"@{last.lower()}_{rng.randrange(1, 9999)}"}]
    if rng.random() < 0.5:
        data["address"] = (f"{rng.choice(c.STREETS)} {rng.randrange(1, 120)}\n"
                           f"{rng.randrange(10000, 99999)} {city}")
    if kind == PersonKind.SUSPECT and rng.random() < 0.2:
        plate = f"{city[:2].upper()}-{last[0]}{first[0]} {rng.randrange(1, 9999)}"
        data["vehicle_plates"] = [plate]
    if rng.random() < 0.6:
        sentences = [_fill(rng, rng.choice(c.MIDDLES)) for _ in range(rng.randrange(1, 4))]
        data["notes"] = " ".join(sentences)
    return Person.model_validate(data)


def _description(rng: random.Random) -> str:
    """A few hundred to a few thousand characters: 3 to 35 sentences, log-uniform."""
    count = int(log_uniform(rng, 3, 36))
    middles = [_fill(rng, rng.choice(c.MIDDLES)) for _ in range(max(1, count - 2))]
    paragraphs = [rng.choice(c.OPENINGS), *middles, rng.choice(c.CLOSINGS)]
    return "\n\n".join(" ".join(paragraphs[i:i + 4]) for i in range(0, len(paragraphs), 4))


def _case(rng: random.Random, occurred: dt.date) -> dict[str, object]:
    if rng.random() < 0.35:
        return {}
    reported_on = _day(rng, occurred, 20)
    case: dict[str, object] = {
        "reported_on": reported_on.isoformat(),
        "police_office": rng.choice(c.POLICE_OFFICES),
        "police_case_number": f"ST/{rng.randrange(100000, 9999999):07d}/{reported_on.year}",
        "outcome": rng.choice(list(Outcome)),
    }
    if rng.random() < 0.6:
        case.update(prosecutor_office=rng.choice(c.PROSECUTORS),
                    aktenzeichen=f"{rng.randrange(100, 999)} Js "
                                 f"{rng.randrange(100, 99999)}/{reported_on.year % 100:02d}")
    if rng.random() < 0.5:
        case.update(strafantrag_on=_day(rng, occurred, 60).isoformat(),
                    strafantrag_by="selbst, über die Kanzlei")
    case["notes"] = [{"on": _day(rng, reported_on, 300).isoformat(),
                      "text": _fill(rng, rng.choice(c.NOTES))}
                     for _ in range(rng.randrange(0, 5))]
    return case


def _links(rng: random.Random, persons: list[tuple[str, PersonKind]]) -> list[dict[str, str]]:
    links: dict[tuple[str, str], dict[str, str]] = {}
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
        pid, kind = rng.choice(persons)
        role = ROLE_FOR_KIND.get(kind, Role.WITNESS)
        links[(pid, role)] = {"person_id": pid, "role": role}
    return list(links.values())


def incident(rng: random.Random, persons: list[tuple[str, PersonKind]],
             earlier: list[str]) -> Incident:
    occurred = _day(rng)
    channel = rng.choice(list(Channel))
    online = channel in ONLINE_CHANNELS
    links = _links(rng, persons)
    data: dict[str, object] = {
        "title": _fill(rng, rng.choice(c.TITLES)),
        "occurred": {"date": occurred.isoformat(),
                     "time": f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"
                     if rng.random() < 0.6 else None,
                     "precision": rng.choice((None, Precision.APPROXIMATE))},
        "discovered_on": _day(rng, occurred, 5).isoformat(),
        "place_kind": PlaceKind.ONLINE if online else rng.choice(list(PlaceKind)),
        "place": "" if online else rng.choice(c.PLACES),
        "municipality": rng.choice(c.MUNICIPALITIES),
        "channel": channel,
        "platform": rng.choice(c.PLATFORMS) if online else "",
        "categories": rng.sample(list(Category), rng.randrange(1, 4)),
        "description": _description(rng),
        "context": f"Hintergrund: Streit um {rng.choice(c.TOPICS)}." if rng.random() < 0.5 else "",
        "targeted": rng.choice(("ich selbst", "ich und meine Familie", "Mitarbeitende im "
                                "Bürgerbüro", "der gesamte Gemeinderat")),
        "persons": links,
        "perpetrator_unknown": not any(link["role"] == Role.PERPETRATOR for link in links),
        "impact": rng.choice(c.IMPACTS) if rng.random() < 0.6 else "",
        "own_reaction": rng.choice(c.REACTIONS),
        "protective_measures": rng.choice(c.MEASURES) if rng.random() < 0.3 else "",
        "motivation": rng.choice(list(Motivation)),
        "case": _case(rng, occurred),
        "tags": rng.sample(c.TAGS, rng.randrange(0, 3)),
        "related": rng.sample(earlier[-50:], 1) if earlier and rng.random() < 0.05 else [],
    }
    if rng.random() < 0.1:
        data["damage_eur"] = str(Decimal(rng.randrange(2000, 500000)) / 100)
        data["injury"] = rng.choice(("", "Prellung am Unterarm", "keine, aber Schock"))
    return Incident.model_validate(data)
