"""Offence categories with their StGB hints (docs/domain.md). Hints, not advice."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    BELEIDIGUNG = "beleidigung"
    UEBLE_NACHREDE = "ueble_nachrede"
    POLITISCHES_LEBEN = "politisches_leben"
    BEDROHUNG = "bedrohung"
    NOETIGUNG = "noetigung"
    NACHSTELLUNG = "nachstellung"
    VOLKSVERHETZUNG = "volksverhetzung"
    FEINDESLISTE = "feindesliste"
    SACHBESCHAEDIGUNG = "sachbeschaedigung"
    KOERPERVERLETZUNG = "koerperverletzung"
    HAUSFRIEDENSBRUCH = "hausfriedensbruch"
    SONSTIGES = "sonstiges"


class Prosecution(StrEnum):
    ANTRAG = "antrag"  # only on Strafantrag (absolute Antragsdelikt)
    RELATIVE = "relative"  # Strafantrag, unless the prosecutor sees a public interest
    EX_OFFICIO = "ex_officio"  # Offizialdelikt
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Offence:
    category: Category
    stgb: str
    prosecution: Prosecution
    note: str

    @property
    def strafantrag_advised(self) -> bool:
        """Whether filing a Strafantrag matters for prosecution (absolute or relative)."""
        return self.prosecution in (Prosecution.ANTRAG, Prosecution.RELATIVE)


OFFENCES: dict[Category, Offence] = {
    o.category: o
    for o in (
        Offence(Category.BELEIDIGUNG, "§ 185 StGB", Prosecution.ANTRAG,
                "nur auf Strafantrag (§ 194 StGB)"),
        Offence(Category.UEBLE_NACHREDE, "§§ 186, 187 StGB",
                Prosecution.ANTRAG, "nur auf Strafantrag (§ 194 StGB)"),
        Offence(Category.POLITISCHES_LEBEN, "§ 188 StGB", Prosecution.RELATIVE,
                "Staatsanwaltschaft kann bei öffentlichem Interesse ohne Antrag handeln "
                "(§ 194 prüfen); gilt seit 3. April 2021 auch kommunal"),
        Offence(Category.BEDROHUNG, "§ 241 StGB", Prosecution.EX_OFFICIO,
                "von Amts wegen verfolgt"),
        Offence(Category.NOETIGUNG, "§ 240 StGB", Prosecution.EX_OFFICIO,
                "von Amts wegen verfolgt"),
        Offence(Category.NACHSTELLUNG, "§ 238 StGB",
                Prosecution.RELATIVE, "relatives Antragsdelikt (aktuellen Absatz prüfen)"),
        Offence(Category.VOLKSVERHETZUNG, "§ 130 StGB",
                Prosecution.EX_OFFICIO, "von Amts wegen verfolgt"),
        Offence(Category.FEINDESLISTE, "§ 126a StGB", Prosecution.EX_OFFICIO,
                "von Amts wegen verfolgt (prüfen); seit 22. September 2021"),
        Offence(Category.SACHBESCHAEDIGUNG, "§ 303 StGB",
                Prosecution.RELATIVE, "relatives Antragsdelikt (§ 303c StGB)"),
        Offence(Category.KOERPERVERLETZUNG, "§ 223 StGB",
                Prosecution.RELATIVE, "relatives Antragsdelikt (§ 230 StGB)"),
        Offence(Category.HAUSFRIEDENSBRUCH, "§ 123 StGB",
                Prosecution.ANTRAG, "nur auf Strafantrag"),
        Offence(Category.SONSTIGES, "", Prosecution.UNKNOWN,
                "rechtliche Einordnung offen"),
    )
}
