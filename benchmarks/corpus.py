"""German building blocks for the generated vault: names, places and sentence templates.

The text has to look like real entries to be a fair load for search and for the text folding
(umlauts, ß, typographic quotes, numbers), so the sentences follow what mayors report:
letters, calls, posts, graffiti, confrontations in the town hall. All names are invented.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Anna", "Jürgen", "Björn", "Günther", "Sören", "Käthe", "Jörg", "Maximilian", "Lena",
    "Hans-Peter", "Uwe", "Sabine", "Dörte", "Heinz", "Ralf", "Birgit", "Timo", "Gülay",
    "Mehmet", "Katrin", "Frauke", "Holger", "Thorsten", "Märta", "Lüder", "Özlem", "Till",
    "Susanne", "Detlef", "Agnieszka", "Bärbel", "Klaus", "Helga", "Matthias", "Jens",
)
LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Schröder", "Böhm", "Krüger",
    "Hoffmann", "Schäfer", "Köhler", "Groß", "Jäger", "Brückner", "Vogt", "Lührs", "Öztürk",
    "Wendt", "Hübner", "Förster", "Kühn", "Pohl", "Scholz", "Mößner", "Dreßler", "Thießen",
    "Albers", "Rößler", "Nowak", "Kaczmarek", "Engel", "Zöllner", "Friedrich", "Bäcker",
)
MUNICIPALITIES = (
    "Bad Dürrheim", "Würzburg", "Lüneburg", "Göttingen", "Fürstenwalde/Spree", "Jüterbog",
    "Neustadt an der Weinstraße", "Schöneiche bei Berlin", "Bad Tölz", "Mühlhausen/Thüringen",
    "Königs Wusterhausen", "Weißenfels", "Altötting", "Güstrow", "Oberstdorf", "Möckern",
    "Tröstau", "Husum", "Straßkirchen", "Bad Säckingen",
)
STREETS = (
    "Marktplatz", "Hauptstraße", "Schulstraße", "Am Rathaus", "Bahnhofstraße", "Kirchgasse",
    "Lindenallee", "Mühlenweg", "Gartenstraße", "Schloßberg", "Untere Brühlstraße",
)
PLACES = (
    "Rathaus, Bürgerbüro", "Rathaus, Sitzungssaal", "vor dem Privathaus", "Wochenmarkt",
    "Parkplatz am Rathaus", "Gemeindezentrum", "Feuerwehrgerätehaus", "Bäckerei am Markt",
    "Bürgerversammlung in der Turnhalle", "Friedhof, Eingang Süd", "Schützenfest, Festzelt",
    "Elternabend der Grundschule", "Einkaufszentrum", "Bushaltestelle Lindenallee",
)
PLATFORMS = (
    "Facebook", "Telegram", "X (Twitter)", "Instagram", "WhatsApp", "YouTube", "TikTok",
    "lokale Facebook-Gruppe „Du bist aus …, wenn …“", "Kommentarspalte der Lokalzeitung",
)
POLICE_OFFICES = (
    "Polizeiinspektion Lüneburg", "Polizeirevier Bad Säckingen", "Kriminalpolizeiinspektion "
    "Würzburg, K 5 (Staatsschutz)", "Polizeiinspektion Göttingen, Fachkommissariat 4",
    "Polizeistation Jüterbog", "Polizeipräsidium Oberbayern Süd, Staatsschutz",
)
PROSECUTORS = (
    "Staatsanwaltschaft Lüneburg", "Staatsanwaltschaft Würzburg", "Staatsanwaltschaft Göttingen",
    "Staatsanwaltschaft Potsdam", "Generalstaatsanwaltschaft München, Hate-Speech-Beauftragter",
    "Staatsanwaltschaft Waldshut-Tiengen", "Zentralstelle zur Bekämpfung der Internet- und "
    "Computerkriminalität (ZIT)",
)
TAGS = (
    "Haushaltsdebatte", "Windpark", "Flüchtlingsunterkunft", "Corona-Maßnahmen", "Straßenbau",
    "Kita-Gebühren", "Bebauungsplan", "Wahlkampf", "Familie betroffen", "wiederholt",
    "anonym", "Presse informiert", "Ratssitzung", "Grundsteuer", "Schwimmbad",
)
TOPICS = (
    "den Windpark am Mühlenberg", "die Erhöhung der Grundsteuer", "die Unterbringung von "
    "Geflüchteten in der alten Schule", "die Schließung des Freibads", "den Bebauungsplan "
    "„Östlich der Lindenallee“", "die Straßenausbaubeiträge", "die Kita-Gebühren",
    "das Tempo-30-Gebot in der Hauptstraße", "die Absage des Weihnachtsmarkts",
    "die Fällung der Kastanien am Marktplatz",
)
QUOTES = (
    "Wir wissen, wo Sie wohnen.", "Sie sind eine Schande für unsere Gemeinde.",
    "Passen Sie gut auf Ihre Kinder auf.", "Volksverräter gehören vor Gericht.",
    "Ihr Auto steht ja nachts immer vor der Tür.", "Das wird Konsequenzen haben, versprochen.",
    "Treten Sie zurück, solange Sie noch können.", "Man sieht sich – spätestens im Dunkeln.",
    "Sie verlogene Marionette der Bonzen!", "Bald ist Zahltag für Leute wie Sie.",
    "Verschwinden Sie aus unserem Dorf.", "Wir haben Ihre Adresse schon geteilt.",
)
OPENINGS = (
    "Am Vormittag ging im Bürgerbüro ein Schreiben ohne Absender ein.",
    "Gegen 19 Uhr klingelte das Diensttelefon; der Anrufer unterdrückte seine Nummer.",
    "Nach der Gemeinderatssitzung wartete ein Mann vor dem Rathaus auf mich.",
    "Eine Mitarbeiterin machte mich auf einen Beitrag in einer lokalen Gruppe aufmerksam.",
    "Beim Wochenmarkt sprach mich ein älterer Herr zunächst ruhig an.",
    "Am Morgen fand mein Mann Schmierereien an unserer Garagenwand.",
    "In meinem Briefkasten zu Hause lag ein handgeschriebener Zettel.",
    "Per E-Mail an die allgemeine Adresse der Gemeinde kam eine Nachricht über das Formular.",
    "Während der Bürgerversammlung wurde ich mehrfach lautstark unterbrochen.",
)
MIDDLES = (
    "Er beschwerte sich über {topic} und wurde dabei zunehmend aggressiv.",
    "Es ging erkennbar um {topic}; der Ton war von Anfang an drohend.",
    "Wörtlich hieß es: „{quote}“",
    "Danach folgte der Satz: „{quote}“ Das habe ich mir sofort notiert.",
    "Die Nachricht enthielt meinen vollen Namen, meine Privatadresse und ein Foto unseres "
    "Hauses in der {street}.",
    "Unter dem Beitrag sammelten sich innerhalb weniger Stunden über {n} Kommentare, viele "
    "davon beleidigend, einige mit Gewaltfantasien.",
    "Auf der Wand stand in roter Sprühfarbe „{quote}“, etwa {n} cm hoch.",
    "Der Mann trat dicht an mich heran, sodass ich zurückweichen musste, und hob die Faust.",
    "Im Hintergrund waren weitere Stimmen zu hören, die zustimmend lachten.",
    "Der Verfasser bezog sich auf meine Äußerungen in der Sitzung vom {date}.",
    "Der Absender nannte sich „{handle}“ und hatte das Profil erst vor {n} Tagen angelegt.",
    "Zeugin war die Kollegin {name}, die den Vorfall aus dem Nebenraum hörte.",
    "Ein Passant, {name}, kam hinzu und forderte den Mann auf, Abstand zu halten.",
    "Die Reifen meines Dienstwagens waren zerstochen; der Schaden beträgt etwa {n}0 Euro.",
    "Ich habe Screenshots gesichert, bevor der Beitrag gelöscht wurde.",
    "Mein Sohn hat den Zettel zuerst gefunden und war danach sehr verängstigt.",
)
CLOSINGS = (
    "Ich habe die Polizei informiert und den Vorgang dem Hauptamt gemeldet.",
    "Seitdem schließe ich das Büro auch tagsüber ab.",
    "Die Nachricht wurde ausgedruckt und im Original aufbewahrt.",
    "Ich fühle mich seitdem bei Terminen am Abend deutlich unsicherer.",
    "Die Gemeindeverwaltung hat einen Hausverbotsbescheid vorbereitet.",
    "Der Vorfall wurde in der Fraktionssitzung besprochen; die Kolleginnen sind informiert.",
)
IMPACTS = (
    "Schlafstörungen, Angst um die Familie", "Termine am Abend nur noch in Begleitung",
    "Rückzug aus den sozialen Medien", "Kinder fragen, ob wir umziehen müssen",
    "Überlegung, bei der nächsten Wahl nicht mehr anzutreten",
)
REACTIONS = (
    "Gespräch abgebrochen und Raum verlassen", "Beitrag gemeldet, Screenshots gesichert",
    "Anzeige erstattet", "nicht reagiert, Dokumentation angelegt",
    "Hausverbot ausgesprochen",
)
MEASURES = (
    "Auskunftssperre im Melderegister beantragt (§ 51 BMG)", "Gefährdungsansprache durch die "
    "Polizei", "Bewegungsmelder und Kamera am Haus", "Notfallknopf im Bürgerbüro",
    "Beratung durch den Landespräventionsrat", "Kontakt zu HateAid aufgenommen",
)
NOTES = (
    "Rückruf der Polizei: Ermittlungen laufen, Tatverdächtiger ermittelt.",
    "Schreiben der Staatsanwaltschaft erhalten, Zeugenvernehmung am {date}.",
    "Strafantrag fristgerecht gestellt, Eingangsbestätigung liegt vor.",
    "Verfahren nach § 170 Abs. 2 StPO eingestellt; Beschwerde wird geprüft.",
    "Strafbefehl über {n} Tagessätze erlassen, noch nicht rechtskräftig.",
    "Akteneinsicht über die Anwältin beantragt.",
    "Erneuter Kontakt des Täters per Brief, Ergänzung zur Anzeige nachgereicht.",
)
TITLES = (
    "Drohbrief im Briefkasten", "Beleidigung auf {platform}", "Anruf mit Drohung",
    "Schmiererei an der Garage", "Bedrängt nach der Ratssitzung", "Hasskommentare zu {tag}",
    "E-Mail mit Todesdrohung", "Zerstochene Reifen am Dienstwagen", "Privatadresse veröffentlicht",
    "Zwischenrufe und Bedrohung in der Bürgerversammlung", "Verfolgung auf dem Heimweg",
    "Anonymes Schreiben an die Familie", "Hakenkreuz am Ortsschild", "Beschimpfung am Markt",
)
FILE_NAMES = (
    "Drohbrief_Scan.pdf", "Screenshot_{n}.png", "Foto_Garage_{n}.jpg", "Sprachnachricht_{n}.ogg",
    "Video_Rathaus_{n}.mp4", "Mail_Buergerbuero_{n}.eml", "Anzeige_Bestaetigung.pdf",
    "Aufnahme_Anruf_{n}.m4a", "Beitrag_Facebook_{n}.png", "Zettel_Briefkasten.jpg",
)
SUPPORT_ORGS = (
    ("police", "Polizeiinspektion {city}", "Opferschutzbeauftragte"),
    ("zastex", "ZAST Extremismus", "Ansprechstelle"),
    ("asskomm", "Ansprechstelle für kommunale Amts- und Mandatsträger", "Beratung"),
    ("prevention_council", "Landespräventionsrat", "Geschäftsstelle"),
    ("victim_support", "Weißer Ring, Außenstelle {city}", "Opferberatung"),
    ("lawyer", "Kanzlei {last} & Partner", "Rechtsanwältin für Strafrecht"),
    ("other_advice", "HateAid gGmbH", "Betroffenenberatung"),
)
