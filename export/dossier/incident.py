"""One incident's section, its fields in the order police take a statement: when, where, what,
how, who, witnesses, damage and consequences, own reaction, case status; then the revision
summary and the evidence."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable

from app.deadline import DeadlineState, strafantrag_deadline
from app.domain import OFFENCES, Incident, Person, Role
from app.entries import Entry, HistoryItem
from app.service import VaultService
from export.dossier import labels
from export.dossier.data import DossierData
from export.dossier.evidence import Rows, evidence_block, fact_table
from export.dossier.model import Profile
from export.dossier.profiles import Redactor
from export.dossier.styles import H2, H3, LABEL, QUOTE, SMALL, heading, long_text, para

FIELD_NAMES = {
    "title": "Titel", "occurred": "Tatzeit", "occurred_to": "Ende", "discovered_on":
    "Kenntnis", "place_kind": "Ortsart", "place": "Ort", "municipality": "Gemeinde",
    "channel": "Kanal", "platform": "Plattform", "url": "Adresse (URL)", "discovery":
    "Entdeckung", "verbatim": "Wortlaut", "categories": "Kategorien", "description":
    "Beschreibung", "means": "Tatmittel", "context": "Zusammenhang", "targeted": "Ziel",
    "persons": "Personen", "perpetrator_unknown": "Täter unbekannt", "injury": "Verletzungen",
    "damage_eur": "Schaden", "impact": "Folgen", "own_reaction": "eigene Reaktion",
    "protective_measures": "Schutzmaßnahmen", "motivation": "Motivation", "case":
    "Verfahrensstand", "tags": "Schlagwörter", "related": "verwandte Vorfälle", "review_on":
    "Wiedervorlage",
}


def incident_title(data: DossierData, entry: Entry[Incident]) -> str:
    return f"Vorfall {data.numbers[entry.id]}: {data.redactor.text(entry.value.title)}"


def incident_section(service: VaultService, data: DossierData, entry: Entry[Incident],
                     annex_refs: dict[str, str]) -> list[Flowable]:
    inc = entry.value
    red = data.redactor
    numbers = Numbers()  # the groups that have something to say, numbered without gaps
    story: list[Flowable] = [CondPageBreak(120), heading(incident_title(data, entry), H2),
                             para(f"Kennung {entry.id} · Version {entry.version}", SMALL)]

    story += _group(numbers.title("Wann"), [
        ("Tatzeit", labels.timepoint(inc.occurred)),
        ("bis", labels.timepoint(inc.occurred_to)),
        ("Kenntnis erlangt am", labels.date(inc.discovered_on)),
    ], [("Wie und durch wen bemerkt", red.text(inc.discovery))])
    story += _group(numbers.title("Wo"), [
        ("Ortsart", labels.PLACE_KIND.get(inc.place_kind, "") if inc.place_kind else ""),
        ("Ort", red.text(inc.place)), ("Gemeinde", inc.municipality),
        ("Kanal", labels.CHANNEL[inc.channel] if inc.channel else ""),
        ("Plattform", inc.platform),
        ("Adresse (URL)", red.text(inc.url)),
    ])
    story += _group(numbers.title("Was"), [
        ("Kategorien", "; ".join(
            f"{labels.category_with_law(c)} – {OFFENCES[c].note}" for c in inc.categories)),
        ("Motivation (PMK)", labels.MOTIVATION[inc.motivation] if inc.motivation else ""),
    ], [("Wortlaut", quotation(red.text(inc.verbatim)), QUOTE),
        ("Was ist geschehen", red.text(inc.description)),
        ("Zusammenhang", red.text(inc.context))])
    story += _group(numbers.title("Wie"), [], [("Tatmittel, Vorgehen", red.text(inc.means))])
    story += _group(numbers.title("Wer"), [
        ("Tatverdächtige", _people(data, inc, Role.PERPETRATOR)
         or ("unbekannt" if inc.perpetrator_unknown else "")),
    ], [("Gegen wen gerichtet", red.text(inc.targeted))])
    story += _person_details(data, inc, Role.PERPETRATOR)
    story += _group(numbers.title("Zeugen und Betroffene"), [
        ("Zeugen", _people(data, inc, Role.WITNESS)),
        ("Betroffene", _people(data, inc, Role.AFFECTED)),
    ])
    story += _person_details(data, inc, Role.WITNESS) + _person_details(data, inc, Role.AFFECTED)
    story += _group(numbers.title("Schaden und Folgen"),
                    [("Sachschaden", labels.euro(inc.damage_eur))],
                    [("Verletzungen", red.text(inc.injury)), ("Folgen", red.text(inc.impact))])
    story += _group(numbers.title("Eigene Reaktion"), [], [
        ("Reaktion", red.text(inc.own_reaction)),
        ("Schutzmaßnahmen", red.text(inc.protective_measures))])
    story += _case(data, inc, red, numbers)
    story += _group("Weiteres", [
        ("Schlagwörter", red.text(", ".join(inc.tags))),
        ("Verwandte Vorfälle", ", ".join(
            f"Vorfall {data.numbers[r]}" if r in data.numbers else f"Kennung {r[:8]} (nicht "
            "in diesem Dossier)" for r in inc.related)),
        ("Wiedervorlage", labels.date(inc.review_on)),
    ])
    story += [para("Bearbeitungsverlauf", LABEL), para(history_summary(data.history[entry.id]))]
    attachments = data.attachments[entry.id]
    story.append(para(f"Beweismittel ({len(attachments)})", H3))
    if not attachments:
        story.append(para("Zu diesem Vorfall sind keine Dateien gespeichert."))
    for number, attachment in enumerate(attachments, 1):
        story += evidence_block(service, data, f"{data.numbers[entry.id]}.{number}", attachment,
                                annex_refs.get(attachment.id, ""))
    return story


class Numbers:
    """Numbers the groups of one incident as they are printed: a group left out because it
    is empty takes no number, so the numbers have no gaps."""

    def __init__(self) -> None:
        self.count = 0

    def title(self, name: str) -> Callable[[], str]:
        def numbered() -> str:
            self.count += 1
            return f"{self.count}. {name}"
        return numbered


def _group(title: str | Callable[[], str], rows: Rows,
           texts: list[tuple[str, str] | tuple[str, str, ParagraphStyle]] | None = None
           ) -> list[Flowable]:
    """A numbered group of facts: a table of the short ones, then the long texts under their
    labels (a text may bring its own style: the quotation); empty facts are left out."""
    rows = [r for r in rows if r[1]]
    texts = [t for t in texts or [] if t[1].strip()]
    if not rows and not texts:
        return []
    story: list[Flowable] = [para(title if isinstance(title, str) else title(), H3)]
    if rows:
        story.append(fact_table(rows))
    for label, text, *style in texts:
        story += [para(label, LABEL), *long_text(text, *style)]
    return story


def quotation(text: str) -> str:
    """The exact words in German quotation marks (none for an empty text)."""
    text = text.strip()
    return f"„{text}“" if text else ""


def _people(data: DossierData, inc: Incident, role: Role) -> str:
    return "; ".join(data.redactor.person_label(pid, role, data.persons.get(pid))
                     for pid in inc.person_ids(role))


def _person_details(data: DossierData, inc: Incident, role: Role) -> list[Flowable]:
    """Contact data of each person for the police; none in the other profiles."""
    if data.profile is not Profile.POLIZEI:
        return []
    story: list[Flowable] = []
    for pid in inc.person_ids(role):
        person = data.persons.get(pid)
        if person is None:
            story.append(para(
                f"Kontakt {pid[:8]} konnte nicht gelesen werden." if pid in data.unreadable_persons
                else f"{labels.ROLE[role]}: Kontakt {pid[:8]} wurde im Tresor gelöscht; seine "
                     "Angaben stehen in dieser Akte daher nicht.", SMALL))
            continue
        story.append(para(f"{labels.ROLE[role]}: {person.display_name}", LABEL))
        story.append(fact_table(_contact_rows(person)))
        if person.notes:
            story += long_text(person.notes)
    return story


def _contact_rows(person: Person) -> Rows:
    return [
        ("Funktion", person.function), ("Telefon", ", ".join(person.phones)),
        ("E-Mail", ", ".join(person.emails)), ("Anschrift", person.address),
        ("Web", ", ".join(person.web)),
        ("Online-Konten", "; ".join(
            " ".join(p for p in (h.platform, h.handle, h.profile_url) if p)
            for h in person.handles)),
        ("Kennzeichen", ", ".join(person.vehicle_plates)),
    ]


def _case(data: DossierData, inc: Incident, red: Redactor,
          numbers: Numbers) -> list[Flowable]:
    case = inc.case
    hint = strafantrag_deadline(inc, data.today)
    deadline = labels.DEADLINE[hint.state]
    if hint.deadline is not None:
        deadline += f" (Fristende {labels.date(hint.deadline)})"
    if hint.state in (DeadlineState.RUNNING, DeadlineState.PASSED, DeadlineState.NOT_STARTED):
        deadline += f". {hint.rule}"
    story = _group(numbers.title("Verfahrensstand"), [
        ("Anzeige erstattet", labels.yes_no(case.reported)
         + (f", am {labels.date(case.reported_on)}" if case.reported_on else "")),
        ("Polizeidienststelle", case.police_office),
        ("Vorgangsnummer", case.police_case_number),
        ("Strafantrag", (f"gestellt am {labels.date(case.strafantrag_on)}"
                         if case.strafantrag_on else "")
         + (f" von {red.text(case.strafantrag_by)}" if case.strafantrag_by else "")),
        ("Strafantragsfrist", deadline),
        ("Staatsanwaltschaft", case.prosecutor_office),
        ("Aktenzeichen", case.aktenzeichen),
        ("Beweismittel übergeben", " ".join(part for part in (
            f"am {labels.date(case.evidence_handed_on)}" if case.evidence_handed_on else "",
            f"an {red.text(case.evidence_handed_to)}" if case.evidence_handed_to else "")
            if part)),
        ("Ausgang", labels.OUTCOME[case.outcome]),
    ])
    for note in case.notes:
        story += [para(f"Notiz vom {labels.date(note.on)}", LABEL), *long_text(red.text(note.text))]
    return story


def history_summary(items: list[HistoryItem]) -> str:
    if not items:
        return "Kein Verlauf gespeichert."
    first, last = items[0], items[-1]
    text = f"Angelegt am {labels.iso_datetime(first.at)} von {first.author}."
    changes = [i for i in items[1:] if not i.deleted and not i.purged]
    if changes:
        fields = sorted({FIELD_NAMES.get(f, f) for i in changes for f in i.changed})
        text += (f" {len(changes)} Änderung{'en' if len(changes) != 1 else ''}, zuletzt am "
                 f"{labels.iso_datetime(last.at)} von {last.author} (Version {last.version}); "
                 f"geänderte Angaben: {', '.join(fields) or '–'}.")
    else:
        text += " Seitdem unverändert."
    return text


