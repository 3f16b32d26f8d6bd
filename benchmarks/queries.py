"""The 50 search queries: what a mayor types into the filter box, hits and misses mixed.

Single words, two words, umlaut and ß words (also typed without the accent, which the fold
must match), names, case numbers, category keys, and words that occur nowhere (a miss scans
every haystack completely, the slowest case for substring search).
"""

from __future__ import annotations

QUERIES: tuple[str, ...] = (
    # single words
    "Drohbrief", "Rathaus", "Garage", "Reifen", "Telegram", "Staatsanwaltschaft", "Zahltag",
    "Screenshots", "Windpark", "Faust", "Hausverbot", "Strafbefehl",
    # umlauts and ß, also typed without the accent (ü matches u, not ue; ß matches ss)
    "Bürgerversammlung", "burgerversammlung", "Müller", "muller", "Würzburg", "Schloßberg",
    "schlossberg", "Weißenfels", "Gefährdungsansprache", "Bürgerbüro", "Öztürk", "verängstigt",
    # two words
    "Drohung Anruf", "Kinder Zettel", "Polizei Würzburg", "Grundsteuer Sitzung",
    "Sprühfarbe Wand", "Facebook Kommentare", "Hakenkreuz Ortsschild", "Marktplatz Kastanien",
    # names, numbers, case references, category keys
    "Jürgen Krüger", "Js", "ST/01", "§ 51 BMG", "Tagessätze", "bedrohung", "volksverhetzung",
    "HateAid",
    # partial words, as typed while the filter updates
    "Bürg", "Droh", "Schmier",
    # no hits anywhere
    "Quantencomputer", "Zeppelinfeld", "Xylophon", "Brückenpfeilerstatik", "qwzx",
    "Schwarzwälder Kirschtorte", "Ölraffinerie",
)

assert len(QUERIES) == 50
