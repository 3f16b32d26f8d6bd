"""Support contacts for Saxony that Vorfallbuch ships (docs/domain.md, "Support contacts for
Saxony"). Each is marked "bitte prüfen" and names its source: the address of the page each value
was read on and the date (or, for 110, 116 006 and 116 016, the rule and operator that fix the
number). The data was found in public sources and has not been confirmed, so nothing here is
added that the research did not find (no guessed phone numbers or e-mail addresses). The texts
are German because they become the user's own contact records, not interface strings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain import Person, PersonKind
from app.search import fold
from app.service import VaultService

_UNVERIFIED = "Mitgelieferter Kontakt: Angaben vor Gebrauch bitte prüfen."
_READ = "abgerufen am 2026-12-08"

# Plain dicts, validated into fresh Person models on every call, so callers can change what
# they get without touching the shipped data. Every value was read on the page named in
# "source" (docs/domain.md, "Support contacts for Saxony"); 110, 116 006 and 116 016 are the
# numbers fixed by regulation and name their operator instead.
_CONTACTS: tuple[dict[str, Any], ...] = (
    {
        "kind": PersonKind.POLICE,
        "organisation": "Polizei-Notruf",
        "function": "Notruf bei akuter Gefahr",
        "phones": ["110"],
        "source": "bundesweite Notrufnummer 110 der Polizei (gesetzlich festgelegt), "
                  "Stand 2026-12-08",
        "notes": _UNVERIFIED,
    },
    {
        "kind": PersonKind.POLICE,
        "organisation": "Onlinewache Polizei Sachsen",
        "function": "Online-Anzeige bei der Polizei, auch für politisch motivierte Hasskommentare "
                    "im Netz",
        "web": ["https://www.polizei.sachsen.de/onlinewache/onlinewache.aspx"],
        "source": "Quelle: https://polizei.sachsen.de/de/94081.htm (Hinweise zur Onlinewache); "
                  "Adresse der Onlinewache: https://www.lr-online.de/lausitz/weisswasser/"
                  "corona-in-sachsen-wie-kontaktlos-eine-anzeige-bei-der-polizei-erstatten_"
                  "-54583802.html; " + _READ,
        "notes": "Nicht für Notfälle – im Notfall 110 wählen.\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.ZASTEX,
        "organisation": "ZASTEX, LKA Sachsen",
        "function": "Zentrale Ansprechstelle für Opfer (rechts-)extremistischer Bedrohungen, "
                    "auch für Amts- und Mandatsträger",
        "phones": ["+49 351 855-2223"],
        "address": "Landeskriminalamt Sachsen\nNeuländer Straße 60\n01129 Dresden",
        "web": ["https://polizei.sachsen.de/de/98508.htm"],
        "source": "Quelle: Telefon https://polizei.sachsen.de/de/108985.htm (Seite "
                  "„Amts- und Mandatsträger“); Anschrift des LKA "
                  "https://polizei.sachsen.de/de/9554.htm; Aufgaben "
                  "https://polizei.sachsen.de/de/98508.htm; " + _READ,
        "notes": "Die E-Mail-Adresse war in der gelesenen Quelle abgeschnitten und ist deshalb "
                 "nicht eingetragen.\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.ASSKOMM,
        "organisation": "Allianz Sichere Sächsische Kommunen (ASSKomm)",
        "function": "Landesstrategie für kommunale Prävention des Sächsischen "
                    "Staatsministeriums des Innern",
        "web": ["https://asskomm.sachsen.de"],
        "source": "Quelle: https://asskomm.sachsen.de/archiv-2021-5504.html; "
                  "https://www.oelsnitz-erzgeb.com/stadt-buerger/praeventionsarbeit/asskomm; "
                  + _READ,
        "notes": "Eine eigene Telefonnummer, Anschrift oder E-Mail-Adresse stand in den "
                 "gelesenen Quellen nicht; die Allianz wird vom Landespräventionsrat Sachsen "
                 "begleitet (eigener Kontakt).\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.PREVENTION_COUNCIL,
        "organisation": "Landespräventionsrat Sachsen",
        "function": "Geschäftsstelle beim Sächsischen Staatsministerium des Innern",
        "phones": ["+49 351 564 30910"],
        "address": "Sächsisches Staatsministerium des Innern\nWilhelm-Buck-Straße 2\n"
                   "01097 Dresden",
        "web": ["https://www.lpr.sachsen.de"],
        "source": "Quelle: Telefon https://www.praeventionstag.de/nano.cms/personen/id/2494 "
                  "(Eintrag des LPR beim Deutschen Präventionstag); Hausanschrift des SMI "
                  "https://kleineanfragen.de/sachsen/6/12950-aktivitaeten-des-"
                  "landespraeventionsrates.txt (Stand 2018-05-02); Website "
                  "https://www.lpr.sachsen.de/der-lpr-stellt-sich-vor-4009.html; " + _READ,
        "notes": "Briefpost laut Eintrag beim Deutschen Präventionstag an die Postleitzahl "
                 "01095 Dresden.\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.VICTIM_SUPPORT,
        "organisation": "RAA Sachsen, Opferberatung „Support“",
        "function": "Beratung für Betroffene rechtsmotivierter und rassistischer Gewalt, "
                    "Angehörige und Zeugen",
        "web": ["http://www.raa-sachsen.de/beratung.html",
                "https://onlineberatung-raa-sachsen.beranet.info"],
        "source": "Quelle: http://www.raa-sachsen.de/beratung.html; " + _READ,
        "notes": "Telefonnummern und Anschriften der Beratungsstellen Dresden, Leipzig und "
                 "Chemnitz standen in keiner aktuellen gelesenen Quelle und sind deshalb nicht "
                 "eingetragen; Onlineberatung per Chat oder E-Mail über die zweite Adresse.\n"
                 + _UNVERIFIED,
    },
    {
        "kind": PersonKind.VICTIM_SUPPORT,
        "organisation": "HateAid",
        "function": "Betroffenenberatung bei digitaler Gewalt; Telefon Mo 10–13, Di 15–18, "
                    "Do 16–19 Uhr",
        "phones": ["030 252 088 38"],
        "emails": ["beratung@hateaid.org"],
        "web": ["https://hateaid.org/betroffenenberatung/"],
        "source": "Quelle: https://hateaid.org/betroffenenberatung/; " + _READ,
        "notes": _UNVERIFIED,
    },
    {
        "kind": PersonKind.OTHER_ADVICE,
        "organisation": "starke Stelle",
        "function": "Bundesweite Ansprechstelle für kommunale Amts- und Mandatsträger; "
                    "Mo–Fr 9–16 Uhr, kostenfrei",
        "phones": ["0800 300 99 44"],
        "emails": ["info@starkestelle.de"],
        "web": ["www.starkestelle.de"],
        "source": "Quelle: https://www.kriminalpraevention.de/infoangebote-des-dfk/"
                  "news-archiv/news-im-detail/die-starke-stelle-ist-gestartet.html; "
                  "https://dstgb.de/themen/sicherheit/aktuelles/starke-stelle; " + _READ,
        "notes": _UNVERIFIED,
    },
    {
        "kind": PersonKind.OTHER_ADVICE,
        "organisation": "Stark im Amt",
        "function": "Portal der kommunalen Spitzenverbände mit Informationen und "
                    "Hilfe-Verzeichnis",
        "web": ["www.stark-im-amt.de"],
        "source": "Quelle: https://www.vkwh.de/depesche/starke-stelle-gegen-hass-und-gewalt-im-"
                  "kommunalpolitischen-amt-und-mandat; https://gar-nrw.de/news/starke-stelle-"
                  "nimmt-arbeit-auf-beratung-bei-bedrohun-hass-und-hetze; " + _READ,
        "notes": "Das Portal ist eine Website; eine eigene Telefonnummer hat es nicht, "
                 "telefonisch erreichbar ist die „starke Stelle“ (eigener Kontakt).\n"
                 + _UNVERIFIED,
    },
    {
        "kind": PersonKind.VICTIM_SUPPORT,
        "organisation": "WEISSER RING",
        "function": "Opfer-Telefon für Opfer von Straftaten, bundesweit, kostenlos und "
                    "anonym; täglich 7–22 Uhr",
        "phones": ["116 006"],
        "web": ["https://weisser-ring.de", "https://sachsen.weisser-ring.de"],
        "source": "Quelle: EU-einheitliche Rufnummer 116 006, von der Bundesnetzagentur dem "
                  "WEISSER RING e. V. übertragen: https://www.weisser-ring.de/internet/"
                  "verwaltung/news/details/article/16417/index.html (Stand 2010-10-04); "
                  "Erreichbarkeit: https://www.tonkuhle.de/regionalnachrichten/52551-"
                  "opfertelefon-des-weissen-rings-verzeichnet-anstieg-der-gespraeche.html; "
                  + _READ,
        "notes": "Anschrift und Telefonnummer des Landesbüros Sachsen standen in keiner "
                 "gelesenen Quelle und sind deshalb nicht eingetragen.\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.VICTIM_SUPPORT,
        "organisation": "Hilfetelefon „Gewalt gegen Frauen“",
        "function": "Bundesweite Beratung bei jeder Form von Gewalt gegen Frauen, auch "
                    "Stalking und Belästigung; rund um die Uhr, kostenlos, anonym",
        "phones": ["116 016"],
        "web": ["https://www.hilfetelefon.de"],
        "source": "Quelle: Hilfetelefongesetz, § 1 (Betreiber: Bundesamt für Familie und "
                  "zivilgesellschaftliche Aufgaben); https://www.hilfetelefon.de/"
                  "das-hilfetelefon/angebot-im-ueberblick.html; " + _READ,
        "notes": _UNVERIFIED,
    },
    {
        "kind": PersonKind.VICTIM_SUPPORT,
        "organisation": "Opferbeauftragte der Sächsischen Staatsregierung",
        "function": "Ansprechpartnerin und Lotsin u. a. bei extremistischen Straftaten",
        "phones": ["0351 564-55099"],
        "emails": ["opferbeauftragte@sms.sachsen.de"],
        "address": "Geschäftsstelle der Opferbeauftragten\nSächsisches Staatsministerium für "
                   "Soziales und Gesellschaftlichen Zusammenhalt\nAlbertstraße 10\n"
                   "01097 Dresden",
        "web": ["https://sms.sachsen.de/aufgaben-und-zustaendigkeiten-6834.html"],
        "source": "Quelle: Kontakt in der Mitteilung der Opferbeauftragten, "
                  "https://l-iz.de/melder/wortmelder/2020/11/Anschlag-am-4-Oktober-2020-in-"
                  "Dresden-Saechsische-Opferbeauftragte-steht-Betroffenen-unterstuetzend-zu-"
                  "Seite-357422 (Stand 2020-11); Aufgaben "
                  "https://sms.sachsen.de/aufgaben-und-zustaendigkeiten-6834.html; " + _READ,
        "notes": "Die Kontaktdaten stammen aus dem Jahr 2020.\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.OTHER_ADVICE,
        "organisation": "Sächsischer Städte- und Gemeindetag (SSG)",
        "function": "Kommunaler Spitzenverband der sächsischen Städte und Gemeinden",
        "phones": ["0351 8192-0"],
        "emails": ["post@ssg-sachsen.de"],
        "address": "Glacisstraße 3\n01099 Dresden",
        "web": ["www.ssg-sachsen.de"],
        "source": "Quelle: Geschäftsbericht 2019/20/21 des SSG, gelesen in der Kopie "
                  "https://9dok.net/document/q7w1ekxd-s%C3%A4chsischer-st%C3%A4dte-und-"
                  "gemeindetag-e-v.html (Stand 2021); Website laut "
                  "https://ssg-sachsen.de/de/aktuelles/pressemitteilungen/2025/6-mitglieder-des-"
                  "praesidiums-des-saechsischen-staedte-und-gemeindetages-zeigen-solidaritaet-"
                  "mit-frau-oberbuergermeisterin-constance-arndt (Stand 2025); " + _READ,
        "notes": "Die Anschrift und Telefonnummer stammen aus dem Geschäftsbericht 2019/20/21."
                 "\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.OTHER_ADVICE,
        "organisation": "Kulturbüro Sachsen, Mobile Beratungsteams",
        "function": "Beratung von Kommunen, Verwaltungen und Initiativen im Umgang mit "
                    "Rechtsextremismus",
        "web": ["https://kulturbuero-sachsen.de"],
        "source": "Quelle: https://kulturbuero-sachsen.de/ueber-uns/entstehung/; " + _READ,
        "notes": "Telefonnummern und Anschriften der Mobilen Beratungsteams standen in keiner "
                 "gelesenen Quelle und sind deshalb nicht eingetragen.\n" + _UNVERIFIED,
    },
)


def support_contacts() -> list[Person]:
    """The shipped contacts as validated models, each "bitte prüfen" and never checked."""
    return [Person.model_validate({**data, "needs_check": True, "checked_on": None})
            for data in _CONTACTS]


def _key(person: Person) -> str:
    return fold(person.organisation or person.name).strip()


def missing_support_contacts(existing: Iterable[Person]) -> list[Person]:
    """The shipped contacts not yet among `existing`. A shipped contact counts as present when
    an existing contact has its organisation as organisation or name (case and accents
    ignored), so a contact the user edited (added a person's name, a phone) is not offered
    again."""
    present: set[str] = set()
    for person in existing:
        present.update(fold(v).strip() for v in (person.organisation, person.name) if v)
    return [p for p in support_contacts() if _key(p) not in present]


def offer_support_contacts(service: VaultService) -> list[str]:
    """Add the shipped contacts that are missing; returns the new record ids (none when all
    are present, so calling it twice adds nothing twice)."""
    existing = [entry.value for entry in service.list_persons().entries]
    return [service.add_person(person).id for person in missing_support_contacts(existing)]
