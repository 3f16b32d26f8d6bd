<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AccountSection</name>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="15"/>
        <source>Der genaue Wortlaut, Wort für Wort, mit Fehlern: was geschrieben oder gesagt wurde. Das Dossier druckt ihn als Zitat.</source>
        <translation>The exact words, word for word, mistakes included: what was written or said. The dossier prints them as a quotation.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="17"/>
        <source>Wortlaut</source>
        <translation>Exact words</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="19"/>
        <source>Was ist passiert? In Ihren eigenen Worten, der Reihe nach.</source>
        <translation>What happened? In your own words, in order.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="20"/>
        <source>Wie, womit? z. B. anonymer Brief, Anruf mit unterdrückter Nummer, Kommentar unter einem Beitrag</source>
        <translation>How, by what means? e.g. anonymous letter, call from a withheld number, comment under a post</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="22"/>
        <source>Zusammenhang, z. B. der Ratsbeschluss, auf den es sich bezieht</source>
        <translation>Context, e.g. the council decision it refers to</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="25"/>
        <source>&amp;Wortlaut:</source>
        <translation>E&amp;xact words:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="26"/>
        <source>Was ist passiert:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="27"/>
        <source>Wie / womit:</source>
        <translation>How / by what means:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/account_tab.py" line="28"/>
        <source>Zusammenhang:</source>
        <translation>Context:</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/controller.py" line="135"/>
        <source>Der zuletzt benutzte Tresor in {0} ist nicht erreichbar (etwa ein Netzlaufwerk oder USB-Stick, der nicht verbunden ist); öffnen Sie ihn mit „Vorhandenen Tresor öffnen…“, sobald er erreichbar ist, oder legen Sie einen neuen an.</source>
        <translation>The vault used last, in {0}, cannot be reached (perhaps a network drive or USB stick that is not connected); open it with ‘Open existing vault…’ once it is reachable, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="153"/>
        <source>Dieser Tresor liegt auf einem schreibgeschützten Datenträger oder in einem schreibgeschützten Ordner: Er ist nur zum Lesen geöffnet, und es kann nichts gespeichert werden.</source>
        <translation>This vault is on a read-only drive or in a read-only folder: it is open for reading only, and nothing can be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="178"/>
        <source>Dieser Tresor ist schon in einem anderen Vorfallbuch-Fenster geöffnet; es wurde nach vorn geholt.</source>
        <translation>This vault is already open in another Vorfallbuch window; it was brought to the front.</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="180"/>
        <source>Dieser Tresor ist schon in einem anderen Vorfallbuch-Fenster geöffnet, das nicht antwortet; schließen Sie es (oder melden Sie sich ab und wieder an) und starten Sie Vorfallbuch dann erneut.</source>
        <translation>This vault is already open in another Vorfallbuch window that does not respond; close it (or sign out and in again), then start Vorfallbuch again.</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="200"/>
        <source>Ordner des Tresors wählen</source>
        <translation>Choose the vault’s folder</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="209"/>
        <source>In diesem Ordner liegt kein Tresor, den Vorfallbuch öffnen kann.</source>
        <translation>This folder holds no vault that Vorfallbuch can open.</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="425"/>
        <source>Die Einstellungen gelten ab sofort, konnten aber nicht gespeichert werden; beim nächsten Start gelten wieder die bisherigen.</source>
        <translation>The settings apply now but could not be saved, so the next start uses the previous ones.</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="435"/>
        <source>Die Sprache konnte nicht gespeichert werden; beim nächsten Start gilt wieder die bisherige.</source>
        <translation>The language could not be saved; the next start uses the previous one again.</translation>
    </message>
</context>
<context>
    <name>AttachmentDetails</name>
    <message>
        <location filename="../../ui/attachments/details.py" line="105"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="106"/>
        <source>z. B. eingescannt, vom Handy, per Post</source>
        <translation>e.g. scanned, from phone, by post</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="107"/>
        <source>Notiz zu diesem Beweisstück</source>
        <translation>Note on this piece of evidence</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="108"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="113"/>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="114"/>
        <source>SHA-256 in die Zwischenablage kopieren (wird nach 30 Sekunden wieder gelöscht)</source>
        <translation>Copy SHA-256 to the clipboard (cleared again after 30 seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="125"/>
        <source>Art:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="126"/>
        <source>Quelle:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="127"/>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="128"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="129"/>
        <source>Größe:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="130"/>
        <source>Dateityp:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="131"/>
        <source>Eingang:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="136"/>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="138"/>
        <source>Online-Inhalt</source>
        <translation>Online content</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="139"/>
        <source>Ausgelesene Angaben</source>
        <translation>Extracted facts</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="142"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="143"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="144"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="183"/>
        <source>Anhang: {0}</source>
        <translation>Attachment: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="194"/>
        <source>{0} von {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="201"/>
        <source>Gespeichert: Version {0}</source>
        <translation>Saved: version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="248"/>
        <source>Die Quelle ist zu lang: höchstens {0} Zeichen, eingegeben sind {1}.</source>
        <translation>The source is too long: at most {0} characters, {1} were entered.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="252"/>
        <source>Die Quelle enthält Steuerzeichen oder Zeilenumbrüche; bitte entfernen.</source>
        <translation>The source contains control characters or line breaks; please remove them.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="255"/>
        <source>Die Notiz ist zu lang: höchstens {0} Zeichen, eingegeben sind {1}.</source>
        <translation>The note is too long: at most {0} characters, {1} were entered.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="259"/>
        <source>Die Notiz enthält Steuerzeichen; bitte entfernen.</source>
        <translation>The note contains control characters; please remove them.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="312"/>
        <source>Die Datei wird aus der E-Mail geholt …</source>
        <translation>Taking the file out of the e-mail …</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="320"/>
        <source>„{0}“ ist jetzt ein eigener Anhang dieses Vorfalls.</source>
        <translation>“{0}” is now an attachment of this incident in its own right.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="330"/>
        <source>Die Datei Nr. {0} konnte nicht aus der E-Mail geholt werden; die E-Mail selbst bleibt unverändert.</source>
        <translation>File no. {0} could not be taken out of the e-mail; the e-mail itself is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="339"/>
        <source>SHA-256 in die Zwischenablage kopiert.</source>
        <translation>SHA-256 copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="349"/>
        <source>Die Angaben zum Anhang „{0}“ haben ungespeicherte Änderungen. Möchten Sie sie speichern?</source>
        <translation>The details of the attachment “{0}” have unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="364"/>
        <source>Die Änderungen an einem Anhang (Kennung {0}) konnten beim automatischen Sperren nicht gespeichert werden und wurden verworfen: {1}</source>
        <translation>The changes to an attachment (id {0}) could not be saved when the app locked itself and were discarded: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/details.py" line="384"/>
        <source>Anhang</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <location filename="../../ui/attachments/model.py" line="34"/>
        <source>{0} ⚠ nicht lesbar</source>
        <translation>{0} ⚠ unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/model.py" line="39"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/model.py" line="40"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/model.py" line="41"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/model.py" line="42"/>
        <source>Eingang</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/model.py" line="44"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/model.py" line="120"/>
        <source>{0} Das Original ist unverändert gespeichert.</source>
        <translation>{0} The original is stored unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/thumbnails.py" line="70"/>
        <source>Keine Vorschau: Bildformat wird hier nicht angezeigt; das Original ist gesichert.</source>
        <translation>No preview: this image format is not shown here; the original is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/thumbnails.py" line="73"/>
        <source>Keine Vorschau: Das Bild gibt zu viele Bildpunkte an (möglicherweise eine Dekompressionsbombe); das Original ist gesichert.</source>
        <translation>No preview: the image claims too many pixels (possibly a decompression bomb); the original is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/thumbnails.py" line="75"/>
        <source>Keine Vorschau: Das Bild ist beschädigt oder unvollständig; das Original ist gesichert.</source>
        <translation>No preview: the image is damaged or incomplete; the original is kept.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/attachments/pages.py" line="231"/>
        <source>Von:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="231"/>
        <source>An:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="231"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="231"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="232"/>
        <source>Betreff:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="232"/>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="239"/>
        <source>Keine lesbaren Kopfzeilen.</source>
        <translation>No readable header lines.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="242"/>
        <source>Diese E-Mail enthält nur HTML, daher wird der reine Text gezeigt; Bilder, Links und entfernte Inhalte werden nicht geladen.</source>
        <translation>This email contains only HTML, so only its plain text is shown; images, links and remote content are not loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="245"/>
        <source>Die E-Mail ist sehr groß und wird gekürzt gezeigt; das Original ist vollständig gespeichert.</source>
        <translation>The email is very large and is shown shortened; the original is stored in full.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="251"/>
        <source>„{0}“</source>
        <translation>‘{0}’</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/pages.py" line="253"/>
        <source>Anhänge in der E-Mail (werden nicht geöffnet): {0}</source>
        <translation>Attachments in the email (not opened): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="165"/>
        <source>Speichern unter…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="168"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="179"/>
        <source>Einpassen</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="180"/>
        <source>Verkleinern</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="181"/>
        <source>Vergrößern</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="182"/>
        <source>Originalgröße</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="199"/>
        <source>Original speichern unter…</source>
        <translation>Save original as…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="232"/>
        <source>{0} – Vorfallbuch</source>
        <translation>{0} – Vorfallbuch</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="237"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="239"/>
        <source>Eingang: {0}</source>
        <translation>Added: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="242"/>
        <source>Eingang: {0} von {1}</source>
        <translation>Added: {0} by {1}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="244"/>
        <source>Quelle: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="259"/>
        <location filename="../../ui/attachments/viewer.py" line="282"/>
        <source>nicht geprüft</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="262"/>
        <source>Die Datei ist zu groß für die Ansicht ({0}); mit „Speichern unter…“ können Sie das Original speichern und mit einem passenden Programm öffnen.</source>
        <translation>The file is too large to display ({0}); use ‘Save as…’ to save the original and open it with a suitable program.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="266"/>
        <source>wird geprüft …</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="267"/>
        <source>Wird entschlüsselt …</source>
        <translation>Decrypting…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="286"/>
        <source>Das Öffnen der Datei hat zu lange gedauert und wurde abgebrochen; sie wird hier nicht angezeigt. Das Original ist unverändert gesichert; mit „Original speichern unter…“ können Sie es speichern und mit einem passenden Programm öffnen.</source>
        <translation>Opening the file took too long and was stopped; it is not shown here. The original is kept unchanged; with ‘Save original as…’ you can save it and open it with a suitable program.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="297"/>
        <source>✗ stimmt nicht</source>
        <translation>✗ does not match</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="299"/>
        <source>Der gespeicherte Inhalt stimmt nicht mit der SHA-256-Prüfsumme vom Eingang überein und wird nicht angezeigt; bitte führen Sie die Prüfung des Tresors aus.</source>
        <translation>The stored content does not match the SHA-256 checksum taken when it was added, so it is not shown; please run the vault integrity check.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="302"/>
        <source>✓ geprüft</source>
        <translation>✓ checked</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="311"/>
        <source>Dieses Bildformat zeigt Vorfallbuch als umgewandelte Ansicht (höchstens 4096 Bildpunkte breit oder hoch); das Original ist unverändert gesichert.</source>
        <translation>Vorfallbuch shows this image format as a converted view (at most 4096 pixels wide or high); the original is kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="320"/>
        <source>Der Text ist sehr lang und wird gekürzt gezeigt; das Original ist vollständig gespeichert.</source>
        <translation>The text is very long and is shown shortened; the original is stored in full.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="336"/>
        <source>Das Original ist unverändert gesichert; mit „Original speichern unter…“ können Sie es speichern und mit einem passenden Programm öffnen.</source>
        <translation>The original is kept unchanged; with ‘Save original as…’ you can save it and open it with a suitable program.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="340"/>
        <source>Bildformat wird hier nicht angezeigt; das Original ist gesichert.</source>
        <translation>This image format is not shown here; the original is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="341"/>
        <source>Mit „Original speichern unter…“ können Sie es speichern und mit einem passenden Programm öffnen.</source>
        <translation>With ‘Save original as…’ you can save it and open it with a suitable program.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="344"/>
        <source>Das Bild gibt mehr Bildpunkte an, als hier sicher angezeigt werden können (möglicherweise eine Dekompressionsbombe).</source>
        <translation>The image claims more pixels than can safely be shown here (possibly a decompression bomb).</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="347"/>
        <source>Das Bild ist beschädigt oder unvollständig und kann nicht angezeigt werden.</source>
        <translation>The image is damaged or incomplete and cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="350"/>
        <source>Die PDF-Datei ist mit einem Passwort geschützt und kann hier nicht angezeigt werden.</source>
        <translation>The PDF file is protected by a password and cannot be shown here.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="353"/>
        <source>Die PDF-Datei hat einen fehlerhaften Seitenbaum (Schleifen oder übermäßige Verschachtelung) und wird zum Schutz der Anwendung nicht angezeigt.</source>
        <translation>The PDF file has a faulty page tree (loops or excessive nesting) and is not shown, to protect the application.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="357"/>
        <source>Die PDF-Datei hat {0} Seiten, zu viele für die Ansicht.</source>
        <translation>The PDF file has {0} pages, too many for the viewer.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="360"/>
        <source>Das Prüfen der PDF-Datei hat zu lange gedauert und wurde abgebrochen; sie wird hier nicht angezeigt.</source>
        <translation>Checking the PDF file took too long and was stopped; it is not shown here.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="363"/>
        <source>Die PDF-Datei ist beschädigt oder kann nicht gelesen werden.</source>
        <translation>The PDF file is damaged or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="365"/>
        <source>Dieser Dateityp kann in Vorfallbuch nicht angezeigt werden; mit „Original speichern unter…“ können Sie das Original speichern und mit einem passenden Programm öffnen.</source>
        <translation>This file type cannot be shown in Vorfallbuch; with ‘Save original as…’ you can save the original and open it with a suitable program.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="388"/>
        <source>Die PDF-Datei ist mit einem Passwort geschützt und kann hier nicht angezeigt werden; mit „Speichern unter…“ können Sie das Original speichern.</source>
        <translation>The PDF file is password-protected and cannot be displayed here; use ‘Save as…’ to save the original.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="393"/>
        <source>Die PDF-Datei ist beschädigt oder kann nicht gelesen werden; mit „Speichern unter…“ können Sie das Original speichern.</source>
        <translation>The PDF file is damaged or cannot be read; use ‘Save as…’ to save the original.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="398"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="398"/>
        <source>{0} Seiten</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="406"/>
        <source>✗ nicht lesbar</source>
        <translation>✗ unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="441"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="506"/>
        <source>Vorfallbuch</source>
        <translation>Vorfallbuch</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/viewer.py" line="507"/>
        <source>Der Inhalt wurde aus dem Speicher entfernt.</source>
        <translation>The content has been removed from memory.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../ui/attachments/display.py" line="24"/>
        <source>1 Byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/display.py" line="25"/>
        <source>{0} GB</source>
        <translation>{0} GB</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/display.py" line="25"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/display.py" line="25"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/display.py" line="29"/>
        <location filename="../../ui/attachments/display.py" line="34"/>
        <source>{0} Bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/progress_bar.py" line="23"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/progress_bar.py" line="33"/>
        <source>Dateien werden verschlüsselt hinzugefügt …</source>
        <translation>Encrypting and adding files…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/progress_bar.py" line="55"/>
        <source>Wird abgebrochen – die Datei, die gerade hinzugefügt wird, wird noch fertig gespeichert …</source>
        <translation>Cancelling – the file currently being added will still be saved completely…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/saving.py" line="30"/>
        <source>Anhang</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/saving.py" line="32"/>
        <source>Originaldatei (*{0})</source>
        <translation>Original file (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/saving.py" line="33"/>
        <source>Original speichern unter</source>
        <translation>Save original as</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/saving.py" line="37"/>
        <source>„{0}“ ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation>‘{0}’ is a folder; please enter a file name.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/saving.py" line="46"/>
        <source>Gespeichert als „{0}“. SHA-256 geprüft, stimmt mit dem Eingang überein: {1}</source>
        <translation>Saved as ‘{0}’. SHA-256 checked, it matches the file as it was added: {1}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/attachments/intake_queue.py" line="53"/>
        <source>Datei {0} von {1}: {2}</source>
        <translation>File {0} of {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/intake_queue.py" line="57"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="100"/>
        <source>Datei hinzufügen…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="102"/>
        <source>oder Dateien hierher ziehen · Bildschirmfoto mit Strg+V einfügen</source>
        <translation>or drag files here · paste a screenshot with Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="122"/>
        <location filename="../../ui/attachments/panel_parts.py" line="70"/>
        <source>Ansehen</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="124"/>
        <location filename="../../ui/attachments/panel_parts.py" line="70"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="125"/>
        <source>Art, Quelle, Notiz, Online-Angaben und ausgelesene Angaben (Doppelklick)</source>
        <translation>Kind, source, note, online facts and extracted facts (double-click)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="128"/>
        <location filename="../../ui/attachments/panel_parts.py" line="71"/>
        <source>Speichern unter…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="130"/>
        <location filename="../../ui/attachments/panel_parts.py" line="72"/>
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="158"/>
        <source>Bild oder Datei aus der Zwischenablage einfügen</source>
        <translation>Paste image or file from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="183"/>
        <source>{0} Anhänge können nicht geöffnet werden (beschädigt): {1}; bitte führen Sie die Prüfung aus.</source>
        <translation>{0} attachments cannot be opened (damaged): {1}; please run the integrity check.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="264"/>
        <source>Das Hinzufügen von Dateien wurde beim Sperren abgebrochen; nicht hinzugefügt: {0}. Bitte fügen Sie sie erneut hinzu.</source>
        <translation>Adding files was stopped when the app locked; not added: {0}. Please add them again.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="303"/>
        <source>Dateien als Anhang hinzufügen</source>
        <translation>Add files as attachments</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="315"/>
        <source>In der Zwischenablage ist kein Bild und keine Datei.</source>
        <translation>There is no image or file on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="394"/>
        <source>Anhang „{0}“ gelöscht.</source>
        <translation>Attachment ‘{0}’ deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel.py" line="404"/>
        <source>SHA-256 von „{0}“ in die Zwischenablage kopiert.</source>
        <translation>SHA-256 of ‘{0}’ copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="48"/>
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="72"/>
        <source>SHA-256 kopieren</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="83"/>
        <source>SHA-256 des ausgewählten Anhangs</source>
        <translation>SHA-256 of the selected attachment</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="85"/>
        <source>Kein Anhang ausgewählt</source>
        <translation>No attachment selected</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="86"/>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="87"/>
        <source>SHA-256 in die Zwischenablage kopieren</source>
        <translation>Copy SHA-256 to the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="89"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="101"/>
        <source>Diesen Anhang löschen?
„{0}“
Er verschwindet aus dem Vorfall; in der Änderungshistorie bleibt die Löschung nachvollziehbar.</source>
        <translation>Delete this attachment?
‘{0}’
It will be removed from the incident; the change history will still show that it was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="104"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="119"/>
        <source>Eingang: {0} von {1}</source>
        <translation>Added: {0} by {1}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="120"/>
        <source>Eingang: {0}</source>
        <translation>Added: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="122"/>
        <source>Quelle: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="141"/>
        <source>Bildschirmfoto {0}.png</source>
        <translation>Screenshot {0}.png</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="144"/>
        <source>aus der Zwischenablage eingefügt</source>
        <translation>pasted from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="162"/>
        <source>Abgebrochen: {0} Datei(en) hinzugefügt, {1} nicht begonnen.</source>
        <translation>Cancelled: {0} file(s) added, {1} not started.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="164"/>
        <source>1 Datei hinzugefügt.</source>
        <translation>1 file added.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="164"/>
        <source>{0} Dateien hinzugefügt.</source>
        <translation>{0} files added.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="167"/>
        <source>Nicht lesbar (Original trotzdem gespeichert, in der Liste markiert): {0}.</source>
        <translation>Unreadable (original stored all the same, marked in the list): {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="176"/>
        <source>„{0}“: {1}</source>
        <translation>‘{0}’: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="177"/>
        <source>Nicht hinzugefügt:</source>
        <translation>Not added:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="179"/>
        <source>Die übrigen Dateien wurden hinzugefügt.</source>
        <translation>The other files were added.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="187"/>
        <source>Das ist ein Ordner, keine Datei; bitte wählen Sie die Dateien darin aus.</source>
        <translation>This is a folder, not a file; please select the files inside it.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="189"/>
        <source>Die Datei existiert nicht (mehr).</source>
        <translation>The file does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="191"/>
        <source>Das ist keine gewöhnliche Datei.</source>
        <translation>This is not an ordinary file.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="193"/>
        <source>Die Datei kann nicht gelesen werden (keine Berechtigung).</source>
        <translation>The file cannot be read (permission denied).</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="195"/>
        <source>Die Datei kann nicht gelesen werden: {0}.</source>
        <translation>The file cannot be read: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/panel_parts.py" line="196"/>
        <source>Die Datei kann nicht gelesen werden.</source>
        <translation>The file cannot be read.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="41"/>
        <source>Schritt 1 von 3: Der Stand des Tresors wird festgehalten …</source>
        <translation>Step 1 of 3: taking a snapshot of the vault …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="43"/>
        <source>Schritt 2 von 3: Vorfälle und Anhänge werden verschlüsselt geschrieben …</source>
        <translation>Step 2 of 3: writing incidents and attachments, encrypted …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="46"/>
        <source>Schritt 3 von 3: Die Sicherung wird zurückgelesen und geprüft …</source>
        <translation>Step 3 of 3: reading the backup back and verifying it …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="59"/>
        <source>Die Sicherung wird geschrieben …</source>
        <translation>Writing the backup …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="96"/>
        <source>Sicherung anlegen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="100"/>
        <source>Die Sicherung ist eine verschlüsselte Datei mit allen Vorfällen, Kontakten, Anhängen und dem Verlauf. Sie öffnet sich nur mit einer Passphrase dieses Tresors oder dem Wiederherstellungscode. Legen Sie sie auf einen USB-Stick oder eine andere Festplatte und bewahren Sie sie getrennt von diesem Computer auf.</source>
        <translation>The backup is one encrypted file with all incidents, contacts, attachments and the history. It opens only with a passphrase of this vault or the recovery code. Put it on a USB stick or another disk and keep it apart from this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="107"/>
        <source>Ziel der Sicherung</source>
        <translation>Backup target</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="108"/>
        <source>&amp;Wählen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="111"/>
        <source>Ziel:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="122"/>
        <source>Sicherung &amp;anlegen</source>
        <translation>Cre&amp;ate backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="124"/>
        <location filename="../../ui/admin/backup_dialog.py" line="206"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="151"/>
        <source>Das Ziel liegt auf demselben Datenträger wie der Tresor: Geht der Computer kaputt oder verloren, ist die Sicherung mit weg. Nehmen Sie besser einen USB-Stick.</source>
        <translation>The target is on the same disk as the vault: if the computer breaks or is lost, the backup is gone with it. A USB stick is better.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="159"/>
        <source>Sicherung speichern unter</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="160"/>
        <source>Vorfallbuch-Sicherungen (*{0})</source>
        <translation>Vorfallbuch backups (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="169"/>
        <source>Bitte wählen Sie, wohin die Sicherung geschrieben wird.</source>
        <translation>Please choose where the backup is written.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="175"/>
        <source>„{0}“ ist ein Ordner; bitte einen Dateinamen angeben.</source>
        <translation>‘{0}’ is a folder; please enter a file name.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="178"/>
        <source>Die Datei „{0}“ gibt es schon. Ersetzen?</source>
        <translation>The file &quot;{0}&quot; exists already. Replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="179"/>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="193"/>
        <source>Die Sicherung wird vorbereitet …</source>
        <translation>Preparing the backup …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="206"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="210"/>
        <source>Die Sicherung ist geschrieben und geprüft: {0} ({1}; Einträge: {2}; Anhänge: {3}; Dauer: {4} s).</source>
        <translation>The backup is written and verified: {0} ({1}; entries: {2}; attachments: {3}; time: {4} s).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="222"/>
        <source>Die Sicherung wurde abgebrochen; es wurde nichts geschrieben.</source>
        <translation>The backup was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_dialog.py" line="236"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="18"/>
        <source>bei der Polizei angezeigt</source>
        <translation>reported to the police</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="19"/>
        <location filename="../../ui/incidents/case_widget.py" line="138"/>
        <source>Datum der Anzeige</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="22"/>
        <source>z. B. Polizeirevier Pirna, Onlinewache</source>
        <translation>e.g. Polizeirevier Pirna, online police station</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="24"/>
        <location filename="../../ui/incidents/case_widget.py" line="140"/>
        <source>Datum des Strafantrags</source>
        <translation>Date of the criminal complaint</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="26"/>
        <source>z. B. selbst, Dienstvorgesetzte/r (§ 194 Abs. 3 StGB)</source>
        <translation>e.g. myself, line manager (§ 194 (3) StGB)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="29"/>
        <source>z. B. Staatsanwaltschaft Dresden</source>
        <translation>e.g. Staatsanwaltschaft Dresden</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="31"/>
        <location filename="../../ui/incidents/case_widget.py" line="143"/>
        <source>Beweismittel übergeben am</source>
        <translation>Evidence handed over on</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="33"/>
        <source>z. B. PHK Müller, Polizeirevier Pirna</source>
        <translation>e.g. PHK Mueller, Pirna police station</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="38"/>
        <source>Anzeige</source>
        <translation>Police report</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="41"/>
        <location filename="../../ui/incidents/case_widget.py" line="48"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="42"/>
        <source>Dienststelle:</source>
        <translation>Police station:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="43"/>
        <source>Tagebuch-/Vorgangsnummer:</source>
        <translation>Police reference number:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="44"/>
        <source>Beweismittel übergeben:</source>
        <translation>Evidence handed over:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="45"/>
        <source>übergeben an:</source>
        <translation>handed to:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="46"/>
        <source>Strafantrag</source>
        <translation>Strafantrag (request to prosecute)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="49"/>
        <source>gestellt durch:</source>
        <translation>Filed by:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="50"/>
        <source>Staatsanwaltschaft und Ausgang</source>
        <translation>Public prosecutor and outcome</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="52"/>
        <source>Staatsanwaltschaft:</source>
        <translation>Prosecutor’s office:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="53"/>
        <source>Aktenzeichen:</source>
        <translation>Case file number (Aktenzeichen):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="54"/>
        <source>Verfahrensstand:</source>
        <translation>Case status:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="55"/>
        <source>Verlauf (datierte Notizen)</source>
        <translation>Progress (dated notes)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/case_widget.py" line="146"/>
        <source>Datum der Notiz</source>
        <translation>Date of the note</translation>
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <location filename="../../ui/incidents/categories_widget.py" line="19"/>
        <source>Kategorien</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/categories_widget.py" line="34"/>
        <source>Strafantrag nötig oder ratsam – Frist: drei Monate (§ 77b StGB).</source>
        <translation>Strafantrag (request to prosecute) needed or advisable – deadline: three months (§ 77b StGB).</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/categories_widget.py" line="36"/>
        <source>Kein Strafantrag nötig: wird von Amts wegen verfolgt.</source>
        <translation>No Strafantrag needed: the authorities prosecute this of their own accord (ex officio).</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/categories_widget.py" line="38"/>
        <source>Rechtliche Einordnung offen – ein Strafantrag ist vorsorglich ratsam.</source>
        <translation>Legal classification open – filing a Strafantrag as a precaution is advisable.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBanner</name>
    <message>
        <location filename="../../ui/incidents/hints.py" line="106"/>
        <source>Dieser Vorfall wurde an anderer Stelle geändert (anderes Fenster, anderer Benutzer oder Programm); Ihre Eingaben hier sind noch nicht überschrieben.</source>
        <translation>This incident was changed elsewhere (another window, another user or program); what you have entered here has not been overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/hints.py" line="109"/>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <location filename="../../ui/incidents/classification_tab.py" line="23"/>
        <source>– nicht angegeben –</source>
        <translation>– not specified –</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/classification_tab.py" line="25"/>
        <source>Kategorien (mehrere möglich; Hinweise, keine Rechtsberatung):</source>
        <translation>Categories (several possible; guidance, not legal advice):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/classification_tab.py" line="29"/>
        <source>Vermutete politische Motivation:</source>
        <translation>Suspected political motivation:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/classification_tab.py" line="30"/>
        <source>Zusammenhängende Vorfälle:</source>
        <translation>Related incidents:</translation>
    </message>
</context>
<context>
    <name>ClosePlan</name>
    <message>
        <location filename="../../ui/close_plan.py" line="74"/>
        <source>und {0} weitere</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location filename="../../ui/close_plan.py" line="89"/>
        <source>Es werden noch Dateien zu diesem Vorfall hinzugefügt; noch nicht gespeichert: {0}. Warten, bis sie gespeichert sind (das Fenster schließt sich dann von selbst), oder das Hinzufügen abbrechen?</source>
        <translation>Files are still being added to this incident; not stored yet: {0}. Wait until they are stored (the window then closes by itself), or stop adding them?</translation>
    </message>
    <message>
        <location filename="../../ui/close_plan.py" line="92"/>
        <source>Es werden noch Dateien hinzugefügt; noch nicht gespeichert: {0}. Warten, bis sie gespeichert sind (Vorfallbuch sperrt sich dann von selbst), oder das Hinzufügen abbrechen und jetzt sperren?</source>
        <translation>Files are still being added; not stored yet: {0}. Wait until they are stored (Vorfallbuch then locks by itself), or stop adding them and lock now?</translation>
    </message>
    <message>
        <location filename="../../ui/close_plan.py" line="95"/>
        <source>Es werden noch Dateien hinzugefügt; noch nicht gespeichert: {0}. Warten, bis sie gespeichert sind (Vorfallbuch wird dann beendet), oder das Hinzufügen abbrechen und jetzt beenden?</source>
        <translation>Files are still being added; not stored yet: {0}. Wait until they are stored (Vorfallbuch then quits), or stop adding them and quit now?</translation>
    </message>
    <message>
        <location filename="../../ui/close_plan.py" line="100"/>
        <source>Warten</source>
        <translation>Wait</translation>
    </message>
    <message>
        <location filename="../../ui/close_plan.py" line="100"/>
        <source>Hinzufügen abbrechen</source>
        <translation>Stop adding</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="167"/>
        <source>Ihr Wiederherstellungscode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="169"/>
        <source>Der Tresor ist angelegt.</source>
        <translation>The vault has been created.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="177"/>
        <source>Drucken …</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="179"/>
        <source>Ich habe den Code ausgedruckt oder aufgeschrieben und bewahre ihn verschlossen auf.</source>
        <translation>I have printed or written down the code and will keep it locked away.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="183"/>
        <source>Mit diesem Code können Sie eine neue Passphrase setzen, falls Sie Ihre vergessen. Er wird nur jetzt angezeigt. Bewahren Sie ihn getrennt vom Computer auf, z. B. im Tresor der Verwaltung.</source>
        <translation>With this code you can set a new passphrase if you forget yours. It is shown only now. Keep it away from the computer, e.g. in the council’s safe.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="203"/>
        <source>Vorfallbuch – Wiederherstellungscode</source>
        <translation>Vorfallbuch – recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="204"/>
        <source>Benutzer: {0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="207"/>
        <source>Verschlossen aufbewahren. Damit kann eine neue Passphrase gesetzt werden.</source>
        <translation>Keep locked away. It can be used to set a new passphrase.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="218"/>
        <source>Code bestätigen</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="231"/>
        <source>Zur Sicherheit: Bitte tippen Sie Gruppe {0} Ihres Wiederherstellungscodes ab (ohne nachzusehen, wenn Sie können).</source>
        <translation>To be safe: please type in group {0} of your recovery code (without looking, if you can).</translation>
    </message>
</context>
<context>
    <name>ConsequencesSection</name>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="21"/>
        <source>Verletzungen, ärztliche Behandlung</source>
        <translation>Injuries, medical treatment</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="23"/>
        <source>Betrag in Euro, z. B. 1.250,00 (leer: keiner)</source>
        <translation>Euros, e.g. 1250.00 (no commas; empty: none)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="25"/>
        <source>z. B. Angst, Schlafstörungen, Rückzug der Familie</source>
        <translation>e.g. fear, sleep problems, family withdrawing</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="26"/>
        <source>Was haben Sie unternommen?</source>
        <translation>What did you do?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="28"/>
        <source>z. B. Polizeistreife, Sicherheitsgespräch mit dem LKA, Auskunftssperre</source>
        <translation>e.g. police patrols, security briefing with the LKA, register information block (Auskunftssperre)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="30"/>
        <source>Verletzungen:</source>
        <translation>Injuries:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="31"/>
        <source>Schaden (EUR):</source>
        <translation>Damage (EUR):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="32"/>
        <source>Folgen für Sie:</source>
        <translation>Consequences for you:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="33"/>
        <source>Eigene Reaktion:</source>
        <translation>Your response:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="34"/>
        <source>Schutzmaßnahmen:</source>
        <translation>Protective measures:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/consequences_tab.py" line="66"/>
        <source>Schaden (EUR): bitte einen Betrag wie 1.250,00 eingeben oder das Feld leer lassen.</source>
        <translation>Damage (EUR): please enter an amount such as 1250.00 (without commas), or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/contacts/editor.py" line="65"/>
        <location filename="../../ui/contacts/editor.py" line="243"/>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="73"/>
        <source>eine Telefonnummer pro Zeile</source>
        <translation>one phone number per line</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="74"/>
        <source>eine E-Mail-Adresse pro Zeile</source>
        <translation>one email address per line</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="75"/>
        <source>eine Webadresse pro Zeile</source>
        <translation>one web address per line</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="80"/>
        <source>ein Kennzeichen pro Zeile</source>
        <translation>one number plate per line</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="85"/>
        <source>woher die Angaben stammen</source>
        <translation>where the details come from</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="87"/>
        <source>geprüft am</source>
        <translation>checked on</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="88"/>
        <source>leer = nicht geprüft</source>
        <translation>empty = not checked</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="89"/>
        <source>bitte prüfen (Angaben noch nicht bestätigt)</source>
        <translation>please check (details not yet confirmed)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="96"/>
        <source>&amp;Art</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="97"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="98"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="99"/>
        <source>&amp;Funktion</source>
        <translation>Pos&amp;ition</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="100"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="101"/>
        <source>&amp;E-Mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="102"/>
        <source>&amp;Web</source>
        <translation>&amp;Web</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="103"/>
        <source>Ans&amp;chrift</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="104"/>
        <source>Online-&amp;Profile</source>
        <translation>Online p&amp;rofiles</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="105"/>
        <source>&amp;Kennzeichen</source>
        <translation>Number p&amp;lates</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="106"/>
        <source>N&amp;otizen</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="107"/>
        <source>&amp;Quelle</source>
        <translation>So&amp;urce</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="108"/>
        <source>&amp;geprüft am</source>
        <translation>&amp;checked on</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="121"/>
        <source>Verlauf…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="123"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="125"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="127"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="180"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="182"/>
        <source>Kontakt: {0}</source>
        <translation>Contact: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="182"/>
        <source>ohne Namen</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="184"/>
        <source>{0} – Vorfallbuch</source>
        <translation>{0} – Vorfallbuch</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="187"/>
        <source>keine angegeben</source>
        <translation>none given</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="189"/>
        <source>Bitte prüfen: Diese Angaben sind noch nicht bestätigt. Quelle: {0}</source>
        <translation>Please check: these details have not been confirmed yet. Source: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="214"/>
        <source>Dieser Kontakt wurde an anderer Stelle gelöscht; Ihre Eingaben sind noch hier, speichern lassen sie sich aber nicht mehr.</source>
        <translation>This contact was deleted elsewhere; what you entered is still here, but it can no longer be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="217"/>
        <source>Dieser Kontakt wurde an anderer Stelle geändert; laden Sie ihn neu, um die aktuelle Fassung zu sehen.</source>
        <translation>This contact was changed elsewhere; reload it to see the current version.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="242"/>
        <source>Ihre Änderungen in diesem Fenster gehen dabei verloren. Den Kontakt neu laden?</source>
        <translation>Your changes in this window will be lost. Reload the contact?</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="261"/>
        <source>Die Änderungen an diesem Kontakt sind noch nicht gespeichert. Möchten Sie sie speichern?</source>
        <translation>The changes to this contact have not been saved yet. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="279"/>
        <source>einem neuen Kontakt</source>
        <translation>a new contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="280"/>
        <source>einem Kontakt</source>
        <translation>a contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="291"/>
        <source>Der Kontakt dieses Entwurfs wurde inzwischen gelöscht; er wird als neuer Kontakt gespeichert.</source>
        <translation>The contact of this draft has been deleted meanwhile; it will be saved as a new contact.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="332"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="334"/>
        <source>Fassung {0} vom {1}, {2}: {3}</source>
        <translation>Version {0} of {1}, {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="336"/>
        <source>Verlauf dieses Kontakts:</source>
        <translation>History of this contact:</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="345"/>
        <source>geprüft am: {0}</source>
        <translation>checked on: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="346"/>
        <source>Das Prüfdatum ist kein gültiges Datum.</source>
        <translation>The date of the check is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor_parts.py" line="52"/>
        <source>Bitte geben Sie einen Namen oder eine Organisation an.</source>
        <translation>Please enter a name or an organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor_parts.py" line="55"/>
        <source>„{0}“ ist keine gültige E-Mail-Adresse.</source>
        <translation>‘{0}’ is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor_parts.py" line="56"/>
        <source>Eine E-Mail-Adresse ist ungültig.</source>
        <translation>An email address is invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor_parts.py" line="58"/>
        <source>Bitte wählen Sie die Art des Kontakts.</source>
        <translation>Please choose the type of contact.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contacts/model.py" line="36"/>
        <source>bitte prüfen</source>
        <translation>please check</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="38"/>
        <source>geprüft am {0}</source>
        <translation>checked on {0}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="67"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="68"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="69"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="70"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/model.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../ui/contacts/pane.py" line="64"/>
        <source>Kontakte durchsuchen</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="65"/>
        <source>Suchen: Name, Organisation, Telefon, …</source>
        <translation>Search: name, organisation, phone, …</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="69"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="69"/>
        <source>Hilfe &amp; Beratung</source>
        <translation>Help &amp; advice</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="70"/>
        <source>Beteiligte Personen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="71"/>
        <source>eigene Verwaltung</source>
        <translation>Own administration</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="74"/>
        <source>&amp;Anzeigen:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="77"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="78"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="79"/>
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="80"/>
        <source>Hilfestellen Sachsen übernehmen…</source>
        <translation>Add Saxony support services…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="82"/>
        <source>Mitgelieferte Hilfe- und Beratungsstellen für Sachsen (bitte prüfen) übernehmen</source>
        <translation>Add the help and advice services for Saxony that come with the app (please check them)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="91"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="260"/>
        <source>Noch keine Kontakte. Legen Sie mit „Neuer Kontakt“ einen an.</source>
        <translation>No contacts yet. Use ‘New contact’ to add one.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="262"/>
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="264"/>
        <source>{0} Kontakte</source>
        <translation>{0} contacts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="266"/>
        <source>{0} von {1} Kontakten</source>
        <translation>{0} of {1} contacts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="268"/>
        <source>{0} Kontakte konnten nicht geöffnet werden (bitte die Prüfung ausführen).</source>
        <translation>{0} contacts could not be opened (please run the integrity check).</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="334"/>
        <source>Den Kontakt „{0}“ löschen? Er verschwindet aus der Liste; frühere Fassungen bleiben im Verlauf des Tresors erhalten.</source>
        <translation>Delete the contact ‘{0}’? It will disappear from the list; earlier versions are kept in the vault’s history.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="339"/>
        <source>Das geöffnete Fenster mit ungespeicherten Änderungen wird geschlossen.</source>
        <translation>The open window with unsaved changes will be closed.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/pane.py" line="341"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/support_offer.py" line="34"/>
        <source>Sollen die Hilfe- und Beratungsstellen für Sachsen (bitte prüfen) in Ihre Kontakte übernommen werden?</source>
        <translation>Add the help and advice services for Saxony to your contacts? (Please check them afterwards.)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/support_offer.py" line="36"/>
        <source>Übernehmen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../ui/date_entry.py" line="48"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="48"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="49"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="50"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="51"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="51"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="52"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="53"/>
        <source>Januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="53"/>
        <source>Februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="54"/>
        <source>März</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="54"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="55"/>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="55"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="56"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="56"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="57"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="58"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="58"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="59"/>
        <source>Dezember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="69"/>
        <source>{weekday}, {day}. {month} {year}</source>
        <translation>{weekday}, {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="74"/>
        <source>, {0} Uhr</source>
        <translation>, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="80"/>
        <source>{weekday}, {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="89"/>
        <source>Bitte ein Datum eingeben.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="91"/>
        <source>Zu lang für ein Datum.</source>
        <translation>Too long for a date.</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="93"/>
        <source>Das Datum enthält Steuerzeichen.</source>
        <translation>The date contains control characters.</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="95"/>
        <source>Kein gültiges Datum: {0}</source>
        <translation>Not a valid date: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="97"/>
        <source>Das Jahr muss zwischen 1900 und 2100 liegen: {0}</source>
        <translation>The year must lie between 1900 and 2100: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="99"/>
        <source>Keine gültige Uhrzeit: {0}</source>
        <translation>Not a valid time: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="101"/>
        <source>Hier bitte nur ein Datum ohne Uhrzeit: {0}</source>
        <translation>Please enter a date without a time here: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="102"/>
        <source>Nicht als Datum lesbar: {0} (z. B. 15.3.26 oder heute)</source>
        <translation>Not readable as a date: {0} (e.g. 15.3.26 or heute)</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="194"/>
        <source>z. B. 15.3.26 19:30</source>
        <translation>e.g. 15.3.26 19:30</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="194"/>
        <source>z. B. 15.3.26 oder heute</source>
        <translation>e.g. 15.3.26 or heute</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="195"/>
        <source>leer = kein Datum</source>
        <translation>empty = no date</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="203"/>
        <source>Kalender öffnen (Alt+Pfeil nach unten)</source>
        <translation>Open the calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="204"/>
        <source>Kalender für {0}</source>
        <translation>Calendar for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/date_entry.py" line="208"/>
        <source>{0}, verstanden als</source>
        <translation>{0}, understood as</translation>
    </message>
</context>
<context>
    <name>DeadlineHintView</name>
    <message>
        <location filename="../../ui/incidents/hints.py" line="68"/>
        <source>Strafantrag: {0}</source>
        <translation>Strafantrag: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/hints.py" line="73"/>
        <source> – Frist endet heute, am {0}</source>
        <translation> – ends today, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/hints.py" line="75"/>
        <source> – Frist endet morgen, am {0}</source>
        <translation> – ends tomorrow, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/hints.py" line="77"/>
        <source> – Frist endet am {0} (noch {1} Tage)</source>
        <translation> – ends on {0} ({1} days left)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/hints.py" line="79"/>
        <source> – Frist endete am {0}</source>
        <translation> – ended on {0}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/hints.py" line="89"/>
        <source>§ 77b StGB: drei Monate ab dem Tag, an dem die berechtigte Person von Tat und Täter Kenntnis erlangt hat (Hinweis, keine Rechtsberatung).</source>
        <translation>Section 77b StGB: three months from the day on which the entitled person learned of the offence and the offender (a hint, not legal advice).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>Vorfallbuch – Fehler</source>
        <translation>Vorfallbuch – Error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="98"/>
        <location filename="../../ui/dialogs.py" line="105"/>
        <location filename="../../ui/dialogs.py" line="115"/>
        <location filename="../../ui/dialogs.py" line="125"/>
        <location filename="../../ui/dialogs.py" line="150"/>
        <source>Vorfallbuch</source>
        <translation>Vorfallbuch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="107"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../ui/draft_offer.py" line="45"/>
        <source>Die beim automatischen Sperren aufbewahrten Entwürfe konnten nicht gelesen werden: {0}</source>
        <translation>The drafts kept when the app locked itself could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/draft_offer.py" line="50"/>
        <source>Ein beim automatischen Sperren aufbewahrter Entwurf ist beschädigt und kann nicht geöffnet werden; er bleibt unverändert im Ordner „drafts“ des Tresors, wo ihn der Support untersuchen kann.</source>
        <translation>A draft kept when the app locked itself is damaged and cannot be opened; it stays unchanged in the vault’s ‘drafts’ folder, where support can examine it.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_offer.py" line="54"/>
        <source>{0} beim automatischen Sperren aufbewahrte Entwürfe sind beschädigt und können nicht geöffnet werden; sie bleiben unverändert im Ordner „drafts“ des Tresors, wo der Support sie untersuchen kann.</source>
        <translation>{0} drafts kept when the app locked itself are damaged and cannot be opened; they stay unchanged in the vault’s ‘drafts’ folder, where support can examine them.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_offer.py" line="65"/>
        <source>Beim automatischen Sperren wurde eine Eingabe als Entwurf aufbewahrt, weil sie sich nicht speichern ließ. Jetzt öffnen?</source>
        <translation>When the app locked itself, one input was kept as a draft because it could not be saved. Open it now?</translation>
    </message>
    <message>
        <location filename="../../ui/draft_offer.py" line="68"/>
        <source>Beim automatischen Sperren wurden {0} Eingaben als Entwurf aufbewahrt, weil sie sich nicht speichern ließen. Jetzt öffnen?</source>
        <translation>When the app locked itself, {0} inputs were kept as drafts because they could not be saved. Open them now?</translation>
    </message>
    <message>
        <location filename="../../ui/draft_offer.py" line="70"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/draft_offer.py" line="70"/>
        <source>Später</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/draft_offer.py" line="74"/>
        <source>{0} der Entwürfe konnten nicht geöffnet werden; sie bleiben aufbewahrt und werden beim nächsten Entsperren wieder angeboten.</source>
        <translation>{0} of the drafts could not be opened; they are kept and will be offered again at the next unlock.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../ui/drafts.py" line="64"/>
        <source>Die Eingaben in {0} wurden beim automatischen Sperren als verschlüsselter Entwurf aufbewahrt und werden nach dem Entsperren durch denselben Benutzer zum Öffnen angeboten, weil sie sich nicht speichern ließen: {1}</source>
        <translation>The input in {0} was kept as an encrypted draft when the app locked itself, and will be offered for opening once the same user unlocks, because it could not be saved: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="68"/>
        <source>Die Eingaben in {0} gingen beim automatischen Sperren verloren, weil sie sich weder speichern noch als Entwurf aufbewahren ließen: {1}</source>
        <translation>The input in {0} was lost when the app locked itself, because it could neither be saved nor kept as a draft: {1}</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/texts/evidence.py" line="19"/>
        <source>Die gespeicherte Datei fehlt im Tresor oder ist beschädigt.</source>
        <translation>The stored file is missing from the vault or damaged.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="21"/>
        <source>Die gespeicherte Datei stimmt nicht mehr mit der bei der Aufnahme festgehaltenen Prüfsumme überein.</source>
        <translation>The stored file no longer matches the checksum recorded at intake.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="24"/>
        <source>Die Datei konnte nicht als PDF gelesen werden; das Original liegt unverändert im Tresor.</source>
        <translation>The file could not be read as a PDF; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="27"/>
        <source>Die PDF-Datei ist mit einem Kennwort geschützt; das Original liegt unverändert im Tresor.</source>
        <translation>The PDF file is password-protected; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="30"/>
        <source>Die PDF-Datei enthält keine lesbaren Seiten; das Original liegt unverändert im Tresor.</source>
        <translation>The PDF file has no readable pages; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="33"/>
        <source>Der Seitenbaum der PDF-Datei ist zirkulär oder zu tief verschachtelt; das Original liegt unverändert im Tresor.</source>
        <translation>The PDF file&apos;s page tree is circular or nested too deeply; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="36"/>
        <source>Die PDF-Datei ist zu groß, um ihre Seiten anzuhängen (mehr als {limit_mb} MB); das Original liegt unverändert im Tresor.</source>
        <translation>The PDF file is too large to append its pages (more than {limit_mb} MB); the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="39"/>
        <source>Die Seiten der PDF-Datei ließen sich nicht in das Dossier einfügen; das Original liegt unverändert im Tresor.</source>
        <translation>The PDF file&apos;s pages could not be put into the dossier; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="42"/>
        <source>Die Datei ist kein lesbares Bild; das Original liegt unverändert im Tresor.</source>
        <translation>The file is not a readable image; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="45"/>
        <source>Das Bild ist zu groß, um es einzubetten; das Original liegt unverändert im Tresor.</source>
        <translation>The image is too large to embed; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="48"/>
        <source>Das Bild ist leer (ohne Breite oder Höhe); das Original liegt unverändert im Tresor.</source>
        <translation>The image is empty (no width or height); the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="51"/>
        <source>Die E-Mail konnte nicht dargestellt werden; das Original liegt unverändert im Tresor.</source>
        <translation>The e-mail could not be rendered; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="54"/>
        <source>Das Lesen der Datei dauerte länger als {seconds} Sekunden und wurde abgebrochen; das Original liegt unverändert im Tresor.</source>
        <translation>Reading the file took longer than {seconds} seconds and was stopped; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="57"/>
        <source>Das Lesen der Datei brauchte mehr Speicher oder Rechenzeit als erlaubt und wurde abgebrochen; das Original liegt unverändert im Tresor.</source>
        <translation>Reading the file needed more memory or CPU time than allowed and was stopped; the original is kept unchanged in the vault.</translation>
    </message>
    <message>
        <location filename="../../app/texts/evidence.py" line="60"/>
        <source>Das Leseprogramm brach beim Lesen der Datei ab; das Original liegt unverändert im Tresor.</source>
        <translation>The reader stopped unexpectedly while reading the file; the original is kept unchanged in the vault.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="50"/>
        <source>Dossier exportieren</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="56"/>
        <source>Exportieren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="58"/>
        <location filename="../../ui/export/dialog.py" line="93"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="75"/>
        <location filename="../../ui/export/dialog.py" line="165"/>
        <source>Das Dossier wird erstellt …</source>
        <translation>Creating the dossier …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="76"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="92"/>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="132"/>
        <source>Kein Vorfall passt zu dieser Auswahl.</source>
        <translation>No incident matches this selection.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="133"/>
        <source>1 Vorfall wird exportiert.</source>
        <translation>1 incident will be exported.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="134"/>
        <source>{0} Vorfälle werden exportiert.</source>
        <translation>{0} incidents will be exported.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="148"/>
        <source>Dossier speichern unter</source>
        <translation>Save dossier as</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="149"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="181"/>
        <source>Das Dossier wird erstellt … Schritt {0} von {1}</source>
        <translation>Creating the dossier … step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="187"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="194"/>
        <source>Abgebrochen; es wurde keine Datei geschrieben.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="205"/>
        <source>mit Passwort geschützt (AES-256)</source>
        <translation>password-protected (AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="206"/>
        <source>ohne Passwort</source>
        <translation>without password</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="208"/>
        <source>Gespeichert: {0}
{1} Seiten, {2} Vorfälle, {3}. Der Export ist im Verlauf des Tresors vermerkt.
SHA-256: {4}</source>
        <translation>Saved: {0}
{1} pages, {2} incidents, {3}. The export is recorded in the vault&apos;s history.
SHA-256: {4}</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="219"/>
        <source>Die Vorschau kann diese Datei nicht anzeigen.</source>
        <translation>The preview cannot show this file.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="231"/>
        <source>Ein passwortgeschütztes Dossier wird nicht in eine Datei gedruckt, weil die Datei ungeschützt wäre; bitte wählen Sie einen Drucker.</source>
        <translation>A password-protected dossier is not printed into a file, because the file would be unprotected; please choose a printer.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="236"/>
        <source>Der Drucker konnte nicht angesprochen werden.</source>
        <translation>The printer could not be reached.</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../../ui/export/form.py" line="46"/>
        <location filename="../../ui/export/form.py" line="156"/>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="47"/>
        <source>leer = von Anfang an</source>
        <translation>empty = from the beginning</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="48"/>
        <location filename="../../ui/export/form.py" line="157"/>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="49"/>
        <source>leer = bis heute</source>
        <translation>empty = up to today</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="52"/>
        <source>Kategorien</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="62"/>
        <source>Nur die in der Liste markierten Vorfälle ({0})</source>
        <translation>Only the incidents marked in the list ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="68"/>
        <source>Auswahl</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="70"/>
        <source>Zeitraum von:</source>
        <translation>Period from:</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="71"/>
        <source>bis:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="72"/>
        <source>Kategorien
(keine = alle):</source>
        <translation>Categories
(none = all):</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="80"/>
        <source>Polizei</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="81"/>
        <source>Beratung</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="82"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="89"/>
        <source>z. B. Polizeirevier Pirna, ZASTEX des LKA</source>
        <translation>e.g. Pirna police station, ZASTEX of the LKA</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="90"/>
        <source>Seiten angehängter PDF-Dateien als Anlage beifügen</source>
        <translation>Append the pages of attached PDF files as an annex</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="92"/>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="94"/>
        <source>Profil:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="96"/>
        <source>Empfänger:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="99"/>
        <source>Mit Passwort schützen (AES-256)</source>
        <translation>Protect with a password (AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="103"/>
        <source>Das Passwort muss auf anderem Weg übermittelt werden als die Datei (z. B. per Telefon).</source>
        <translation>The password must be passed on by another route than the file (e.g. by telephone).</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="106"/>
        <source>Schutz</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="109"/>
        <source>Passwort:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="110"/>
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="129"/>
        <source>Vollständig: alle Angaben, Namen und Beweismittel – für die Polizei.</source>
        <translation>Complete: every detail, names and evidence – for the police.</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="131"/>
        <source>Beteiligte Personen erscheinen nur mit ihrer Rolle (z. B. „Person A (Tatverdächtiger)“), ohne Kontaktdaten – für Beratungsstellen.</source>
        <translation>Persons involved appear only by their role (e.g. “Person A (suspect)”), without contact details – for advice services.</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="134"/>
        <source>Nur Anzahlen und Daten, keine Namen und keine Freitexte – für Statistiken.</source>
        <translation>Counts and dates only, no names and no free text – for statistics.</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="160"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="163"/>
        <source>Der Zeitraum beginnt nach seinem Ende.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location filename="../../ui/export/form.py" line="181"/>
        <source>Die beiden Passwörter stimmen nicht überein.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <location filename="../../ui/export/failure.py" line="22"/>
        <source>Es wurde keine Datei geschrieben: {0}</source>
        <translation>No file was written: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="27"/>
        <source>Das Passwort ist zu lang (höchstens {limit} Byte, etwa {limit} Buchstaben ohne Umlaute).</source>
        <translation>The password is too long (at most {limit} bytes, about {limit} letters without accents).</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="32"/>
        <source>Das Passwort enthält Zeichen, die PDF-Programme nicht annehmen (Steuer- oder Sonderzeichen).</source>
        <translation>The password contains characters that PDF programs do not accept (control or special characters).</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="38"/>
        <source>Der Empfänger ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>The recipient is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="39"/>
        <source>Der Empfänger darf keinen Zeilenumbruch enthalten.</source>
        <translation>The recipient must not contain a line break.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="41"/>
        <source>Zu dieser Auswahl gibt es keine Vorfälle; es wurde nichts exportiert.</source>
        <translation>No incidents match this selection; nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="42"/>
        <location filename="../../ui/export/messages.py" line="43"/>
        <source>Das Passwort ist leer.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="48"/>
        <source>Das Passwort mischt Schrift von rechts nach links mit Schrift von links nach rechts; PDF-Programme nehmen das nicht an.</source>
        <translation>The password mixes right-to-left and left-to-right script; PDF programs do not accept that.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="50"/>
        <source>Bitte geben Sie einen Dateinamen an, keinen Ordner.</source>
        <translation>Please give a file name, not a folder.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="51"/>
        <source>Den gewählten Ordner gibt es nicht.</source>
        <translation>The chosen folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="52"/>
        <source>Die Datei gibt es schon; bitte wählen Sie einen anderen Namen.</source>
        <translation>The file exists already; please choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="53"/>
        <source>Das Dossier darf nicht im Ordner des Tresors gespeichert werden; bitte wählen Sie einen Ort außerhalb.</source>
        <translation>The dossier must not be saved in the vault&apos;s folder; please choose a place outside it.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="56"/>
        <source>Der Tresor ist schreibgeschützt, daher kann der Export nicht in seiner Historie vermerkt werden; es wurde nichts exportiert.</source>
        <translation>The vault is read-only, so the export cannot be entered in its history; nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="58"/>
        <source>Es wurde kein Dossier geschrieben: {reason}.</source>
        <translation>No dossier was written: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="86"/>
        <source>Ein Beweismittel konnte nicht dargestellt werden; im Dossier steht an seiner Stelle eine Seite mit Dateiname, SHA-256-Prüfsumme und Grund:</source>
        <translation>One piece of evidence could not be shown; in the dossier a page with the file name, SHA-256 checksum and reason stands in its place:</translation>
    </message>
    <message>
        <location filename="../../ui/export/messages.py" line="89"/>
        <source>{count} Beweismittel konnten nicht dargestellt werden; im Dossier steht an ihrer Stelle eine Seite mit Dateiname, SHA-256-Prüfsumme und Grund:</source>
        <translation>{count} pieces of evidence could not be shown; in the dossier a page with the file name, SHA-256 checksum and reason stands in their place:</translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="42"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="42"/>
        <source>gespiegelt</source>
        <translation>mirrored</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="42"/>
        <source>um 180° gedreht</source>
        <translation>rotated by 180°</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="43"/>
        <source>um 180° gedreht und gespiegelt</source>
        <translation>rotated by 180° and mirrored</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="44"/>
        <source>gespiegelt und 90° gegen den Uhrzeigersinn gedreht</source>
        <translation>mirrored and rotated 90° anticlockwise</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="45"/>
        <source>90° im Uhrzeigersinn gedreht</source>
        <translation>rotated 90° clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="46"/>
        <source>gespiegelt und 90° im Uhrzeigersinn gedreht</source>
        <translation>mirrored and rotated 90° clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="47"/>
        <source>90° gegen den Uhrzeigersinn gedreht</source>
        <translation>rotated 90° anticlockwise</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="56"/>
        <source>{0} (Stunden:Minuten:Sekunden)</source>
        <translation>{0} (hours:minutes:seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="57"/>
        <source>{0} (Minuten:Sekunden)</source>
        <translation>{0} (minutes:seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="67"/>
        <source>{0}° {1}, {2}° {3}</source>
        <translation>{0}° {1}, {2}° {3}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="68"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="68"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="69"/>
        <source>O</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="69"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="71"/>
        <source>, Höhe {0} m</source>
        <translation>, altitude {0} m</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="86"/>
        <source>Aus dieser Datei wurden keine Angaben ausgelesen.</source>
        <translation>No facts were extracted from this file.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="91"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="100"/>
        <source>Teile der E-Mail</source>
        <translation>Parts of the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="101"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="101"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="101"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="106"/>
        <source>Als eigenen Anhang speichern</source>
        <translation>Store as an attachment of its own</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="116"/>
        <source>Empfangsweg (Received, neuester zuerst):</source>
        <translation>Delivery path (Received, newest first):</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="117"/>
        <source>Vollständiger Kopfbereich (für die Polizei):</source>
        <translation>Full header block (for the police):</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="119"/>
        <source>Text der Nachricht (als reiner Text, nie als HTML dargestellt):</source>
        <translation>Message text (plain text, never shown as HTML):</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="121"/>
        <source>Enthaltene Anhänge:</source>
        <translation>Attachments inside:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="130"/>
        <source>GPS-Position in Exporte übernehmen</source>
        <translation>Include the GPS position in exports</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="131"/>
        <source>Standard: nein. Der Aufnahmeort kann die Wohnung oder Wege der Betroffenen verraten.</source>
        <translation>Default: no. Where a photo was taken can give away the home or routes of the person affected.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="152"/>
        <source>{0} Das Original ist unverändert gespeichert.</source>
        <translation>{0} The original is stored unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="160"/>
        <source>Seiten:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="164"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="165"/>
        <source>Dauer:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="167"/>
        <source>nicht lesbar (die Datei ist trotzdem vollständig gespeichert)</source>
        <translation>unreadable (the file is stored in full all the same)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="176"/>
        <source>Hinweise:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="178"/>
        <source>Ausgelesen am:</source>
        <translation>Extracted on:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="215"/>
        <source>Bild:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="215"/>
        <source>{0}, {1} × {2} Pixel</source>
        <translation>{0}, {1} × {2} pixels</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="217"/>
        <source>Aufgenommen (EXIF):</source>
        <translation>Taken (EXIF):</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="218"/>
        <location filename="../../ui/attachments/facts_view.py" line="219"/>
        <location filename="../../ui/attachments/facts_view.py" line="221"/>
        <source>nicht angegeben</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="219"/>
        <source>Kamera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="220"/>
        <source>Ausrichtung:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="223"/>
        <location filename="../../ui/attachments/facts_view.py" line="226"/>
        <source>GPS-Position:</source>
        <translation>GPS position:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="223"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="235"/>
        <source>Gespeicherte Webseite:</source>
        <translation>Saved web page:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="235"/>
        <source>unbekanntes Format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="237"/>
        <source>Adresse (laut Datei):</source>
        <translation>Address (as the file says):</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="239"/>
        <source>Titel der Seite:</source>
        <translation>Page title:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="241"/>
        <source>Gespeichert (laut Datei):</source>
        <translation>Saved (as the file says):</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="245"/>
        <source>{0} (nicht lesbar)</source>
        <translation>{0} (unreadable)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="246"/>
        <source>Von:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="246"/>
        <source>An:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="247"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="247"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="248"/>
        <source>Betreff:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="249"/>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="252"/>
        <source>Auffälligkeiten:</source>
        <translation>Irregularities:</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="257"/>
        <source>[Aus HTML in Text umgewandelt; Bilder und Links wurden nicht geladen.]</source>
        <translation>[Converted from HTML to text; images and links were not loaded.]</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="270"/>
        <source>{0} weitere Anhänge sind nicht aufgeführt.</source>
        <translation>{0} further attachments are not listed.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/facts_view.py" line="273"/>
        <source>Kopfbereich oder Text waren zu lang und sind hier gekürzt; das Original ist vollständig gespeichert.</source>
        <translation>The header block or text was too long and is shortened here; the original is stored in full.</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="33"/>
        <location filename="../../ui/incidents/general_tab.py" line="134"/>
        <source>Zeitpunkt</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="34"/>
        <location filename="../../ui/incidents/general_tab.py" line="136"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="35"/>
        <source>leer = kein Ende</source>
        <translation>empty = no end</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="36"/>
        <location filename="../../ui/incidents/general_tab.py" line="138"/>
        <source>Kenntnis am</source>
        <translation>Learned of it on</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="38"/>
        <source>Der Tag, an dem Sie von der Tat erfahren haben. Mit ihm (und einem bekannten Täter) beginnt die Frist für den Strafantrag.</source>
        <translation>The day you learned of the offence. From this day (once the offender is known) the deadline for the Strafantrag (request to prosecute) runs.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="40"/>
        <source>z. B. selbst im Briefkasten gefunden; von einer Mitarbeiterin im Postfach des Rathauses bemerkt</source>
        <translation>e.g. found it in the letterbox myself; noticed by a colleague in the town hall&apos;s mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="42"/>
        <source>Wie und durch wen bemerkt</source>
        <translation>How and by whom noticed</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="44"/>
        <location filename="../../ui/incidents/general_tab.py" line="48"/>
        <source>– nicht angegeben –</source>
        <translation>– not specified –</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="46"/>
        <source>z. B. Rathaus, Sitzungssaal; Straße</source>
        <translation>e.g. town hall, council chamber; street</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="50"/>
        <source>z. B. Facebook, Telegram, Website der Zeitung</source>
        <translation>e.g. Facebook, Telegram, the newspaper’s website</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="52"/>
        <source>Adresse des Beitrags, z. B. https://…</source>
        <translation>Address of the post, e.g. https://...</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="53"/>
        <source>Die genaue Adresse (URL) eines Beitrags oder Profils: mit ihr kann die Polizei ihn sichern lassen.</source>
        <translation>The exact address (URL) of a post or profile: with it the police can have it secured.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="56"/>
        <source>durch Kommas getrennt, z. B. Serie A, Wahlkampf</source>
        <translation>separated by commas, e.g. series A, election campaign</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="57"/>
        <location filename="../../ui/incidents/general_tab.py" line="139"/>
        <source>Prüfen am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="59"/>
        <source>Datenschutz: an diesem Tag prüfen, ob der Eintrag noch gebraucht wird.</source>
        <translation>Data protection: on this day, check whether the entry is still needed.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="62"/>
        <source>Zeitpunkt:</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="63"/>
        <source>Ende:</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="64"/>
        <source>Kenntnis am:</source>
        <translation>Learned of it on:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="65"/>
        <source>Wie, durch wen bemerkt:</source>
        <translation>How, by whom noticed:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="66"/>
        <source>Art des Ortes:</source>
        <translation>Type of place:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="67"/>
        <source>Ort:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="68"/>
        <source>Gemeinde:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="69"/>
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="70"/>
        <source>Plattform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="71"/>
        <source>Adresse (URL):</source>
        <translation>Address (URL):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="72"/>
        <source>Schlagworte:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="73"/>
        <source>Prüfen am:</source>
        <translation>Review on:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="74"/>
        <source>Bitte immer absolute Daten angeben, nie „letzte Woche“.</source>
        <translation>Always give actual dates, never ‘last week’.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/general_tab.py" line="142"/>
        <source>Das Ende des Vorfalls liegt vor seinem Beginn; bitte die Zeitpunkte prüfen.</source>
        <translation>The incident ends before it begins; please check the dates and times.</translation>
    </message>
</context>
<context>
    <name>HandlesTable</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="60"/>
        <source>Online-Profile</source>
        <translation>Online profiles</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/fields.py" line="62"/>
        <source>Plattform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/fields.py" line="62"/>
        <source>Benutzername</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/fields.py" line="62"/>
        <source>Profil-URL</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/fields.py" line="72"/>
        <source>Profil hinzufügen</source>
        <translation>Add profile</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/fields.py" line="73"/>
        <source>Profil entfernen</source>
        <translation>Remove profile</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="32"/>
        <source>Vorfall</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="33"/>
        <source>Kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="34"/>
        <source>Anhang</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="35"/>
        <location filename="../../ui/incidents/history.py" line="88"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="36"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="37"/>
        <location filename="../../ui/incidents/history.py" line="86"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="38"/>
        <source>Tresor angelegt</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="39"/>
        <source>Benutzer hinzugefügt</source>
        <translation>User added</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="40"/>
        <source>Benutzer entfernt</source>
        <translation>User removed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="41"/>
        <source>Rolle geändert</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="42"/>
        <source>Passphrase geändert</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="44"/>
        <source>Wiederherstellungscode erneuert</source>
        <translation>Recovery code renewed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="46"/>
        <source>Passphrase mit dem Wiederherstellungscode neu gesetzt</source>
        <translation>Passphrase reset with the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="49"/>
        <source>Inhaber</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="50"/>
        <source>Mitarbeiter</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="52"/>
        <source>alle Einträge</source>
        <translation>all entries</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="53"/>
        <source>Vorfälle, Kontakte, Anhänge</source>
        <translation>Incidents, contacts, attachments</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="55"/>
        <source>Exporte</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="56"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="57"/>
        <source>Benutzer und Schlüssel</source>
        <translation>Users and keys</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="79"/>
        <source>endgültig gelöscht ({0} Fassungen geleert)</source>
        <translation>purged ({0} versions emptied)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="87"/>
        <source>{0} als {1}</source>
        <translation>{0} as {1}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="90"/>
        <source>Sicherung angelegt (Einträge: {0}; Anhänge: {1})</source>
        <translation>Backup created (entries: {0}; attachments: {1})</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="94"/>
        <source>ohne Empfänger</source>
        <translation>no recipient</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="95"/>
        <source>Dossier exportiert: „{0}“, Profil {1}, für {2}, {3} Seiten</source>
        <translation>Dossier exported: &quot;{0}&quot;, profile {1}, for {2}, {3} pages</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="105"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="107"/>
        <source>Der Verlauf wird Glied für Glied nachgerechnet …</source>
        <translation>Recomputing the history link by link …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="112"/>
        <source>Welche Einträge</source>
        <translation>Which entries</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="115"/>
        <source>Suchen (Name, Empfänger, Kennung) …</source>
        <translation>Search (name, recipient, id) …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="116"/>
        <source>Im Verlauf suchen</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="118"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="118"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="118"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="118"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="119"/>
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="123"/>
        <source>Einträge des Verlaufs</source>
        <translation>History entries</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="130"/>
        <source>Verlauf des Tresors</source>
        <translation>History of the vault</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="132"/>
        <location filename="../../ui/incidents/history.py" line="53"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="174"/>
        <source>{0} von {1} Einträgen</source>
        <translation>{0} of {1} entries</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="191"/>
        <source>Der Verlauf ist lückenlos geprüft: {0} Glieder, jedes mit dem vorigen verkettet; nichts wurde nachträglich geändert, entfernt oder eingefügt.</source>
        <translation>The history is verified complete: {0} links, each chained to the one before; nothing was changed, removed or inserted afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/history_dialog.py" line="196"/>
        <source>Der Verlauf ist bis Glied {0} lückenlos; danach ist er unterbrochen: {1}</source>
        <translation>The history is complete up to link {0}; after that it is broken: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="35"/>
        <source>Verlauf: {0}</source>
        <translation>History: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="38"/>
        <source>Fassungen</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="39"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="39"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="40"/>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="40"/>
        <source>Was wurde geändert</source>
        <translation>What was changed</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="50"/>
        <source>Jede Änderung wird als neue Version gespeichert; frühere Versionen bleiben unverändert erhalten.</source>
        <translation>Every change is saved as a new version; earlier versions are kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="84"/>
        <source>entfernt (Datenschutz)</source>
        <translation>removed (data protection)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="89"/>
        <source>keine Änderung</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="94"/>
        <source>Kategorien</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="94"/>
        <source>Art des Ortes</source>
        <translation>Type of place</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="95"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="95"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="96"/>
        <source>Täter unbekannt</source>
        <translation>Offender unknown</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="97"/>
        <source>zusammenhängende Vorfälle</source>
        <translation>related incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/history.py" line="97"/>
        <source>Prüfen am</source>
        <translation>Review on</translation>
    </message>
</context>
<context>
    <name>IncidentDateChecks</name>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="27"/>
        <source>Zeitpunkt</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="28"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="29"/>
        <source>Kenntnis am</source>
        <translation>Learned of it on</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="30"/>
        <source>Datum der Anzeige</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="31"/>
        <source>Datum des Strafantrags</source>
        <translation>Date of the criminal complaint</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="44"/>
        <source>{0}: {1} liegt in der Zukunft.</source>
        <translation>{0}: {1} lies in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="47"/>
        <source>{0}: {1} liegt mehr als {2} Jahre zurück.</source>
        <translation>{0}: {1} lies more than {2} years back.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="53"/>
        <source>Bitte prüfen Sie diese Angaben:
{0}

Trotzdem so speichern?</source>
        <translation>Please check these details:
{0}

Save them like this anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="59"/>
        <source>Zurück zum Bearbeiten</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/date_checks.py" line="59"/>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/incidents/editor.py" line="77"/>
        <source>Kurzer Titel, z. B. „Drohbrief im Briefkasten des Rathauses“</source>
        <translation>Short title, e.g. ‘Threatening letter in the town hall letterbox’</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="91"/>
        <source>Wann und wo</source>
        <translation>When and where</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="91"/>
        <source>Einordnung</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="92"/>
        <source>Schilderung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="92"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="93"/>
        <source>Folgen</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="93"/>
        <source>Verfahren</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="97"/>
        <location filename="../../ui/incidents/editor.py" line="410"/>
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="100"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="101"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="102"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="105"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="179"/>
        <source>Der Vorfall dieses Entwurfs wurde inzwischen gelöscht; er wird als neuer Vorfall gespeichert.</source>
        <translation>The incident of this draft has been deleted meanwhile; it will be saved as a new incident.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="192"/>
        <source>Ihre ungespeicherten Änderungen an diesem Vorfall gehen beim Neuladen verloren. Trotzdem neu laden?</source>
        <translation>Your unsaved changes to this incident will be lost when reloading. Reload anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="193"/>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="214"/>
        <location filename="../../ui/incidents/editor.py" line="310"/>
        <source>Neuer Vorfall</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="217"/>
        <source>Der Vorfall „{0}“ hat ungespeicherte Änderungen. Möchten Sie sie speichern?</source>
        <translation>The incident ‘{0}’ has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="262"/>
        <source>Vorfall</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="311"/>
        <source>Noch nicht gespeichert.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="313"/>
        <source>Vorfall: {0}</source>
        <translation>Incident: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="314"/>
        <source>Gespeichert: Version {0}, {1}</source>
        <translation>Saved: version {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="350"/>
        <source>einem neuen Vorfall</source>
        <translation>a new incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="351"/>
        <source>einem Vorfall (Kennung {0})</source>
        <translation>an incident (id {0})</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="363"/>
        <source>Das Fenster schließt sich, sobald die Dateien hinzugefügt sind.</source>
        <translation>The window closes as soon as the files are added.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="387"/>
        <source>Anhänge können nach dem ersten Speichern hinzugefügt werden.</source>
        <translation>Attachments can be added once the incident has been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/editor.py" line="392"/>
        <source>Die Anhänge können hier noch nicht angezeigt werden.</source>
        <translation>The attachments cannot be shown here yet.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/form.py" line="193"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/form.py" line="258"/>
        <source>Ein verknüpfter Kontakt oder Vorfall existiert nicht mehr; bitte die Verknüpfung entfernen.</source>
        <translation>A linked contact or incident no longer exists; please remove the link.</translation>
    </message>
</context>
<context>
    <name>IncidentFilterBar</name>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="24"/>
        <source>Vorfälle durchsuchen</source>
        <translation>Search incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="25"/>
        <source>Suchen …</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="27"/>
        <source>Sucht in allen Textfeldern; jedes Wort muss vorkommen, Groß-/Kleinschreibung und Umlaute egal.</source>
        <translation>Searches all text fields. Every word must appear; capitals and umlauts do not matter.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="30"/>
        <source>alle Zeiträume</source>
        <translation>all dates</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="30"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="31"/>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="34"/>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="35"/>
        <source>alle Kategorien</source>
        <translation>all categories</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="37"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="43"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/filter_bar.py" line="47"/>
        <source>Stand:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incidents/model.py" line="66"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/model.py" line="67"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/model.py" line="68"/>
        <source>Kategorien</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/model.py" line="69"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/model.py" line="70"/>
        <source>Verfahrensstand</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/model.py" line="71"/>
        <source>Anhänge</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/model.py" line="153"/>
        <source>, angezeigt</source>
        <translation>, reported</translation>
    </message>
</context>
<context>
    <name>IncidentsPane</name>
    <message>
        <location filename="../../ui/incidents/pane.py" line="55"/>
        <source>Vorfälle</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="67"/>
        <source>Die Vorfälle werden geladen und entschlüsselt …</source>
        <translation>Loading and decrypting the incidents…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="74"/>
        <source>Neuer Vorfall</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="75"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="76"/>
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="77"/>
        <source>Verlauf…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="155"/>
        <source>Ein Vorfall konnte nicht geöffnet werden (beschädigt oder von einer neueren Programmversion); bitte führen Sie die Prüfung aus.</source>
        <translation>One incident could not be opened (damaged or from a newer version of the program); please run the integrity check.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="158"/>
        <source>{0} Vorfälle konnten nicht geöffnet werden (beschädigt oder von einer neueren Programmversion); bitte führen Sie die Prüfung aus.</source>
        <translation>{0} incidents could not be opened (damaged or from a newer version of the program); please run the integrity check.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="178"/>
        <source>Suche wird vorbereitet …</source>
        <translation>Preparing the search …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/pane.py" line="182"/>
        <source>%n Vorfall</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/pane.py" line="183"/>
        <source>%n Vorfälle</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="184"/>
        <source>{0} von {1} Vorfällen</source>
        <translation>{0} of {1} incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="272"/>
        <source>Den Vorfall „{0}“ löschen? Er verschwindet aus der Liste; im Verlauf bleibt vermerkt, wann und von wem er gelöscht wurde. Ein geöffnetes Bearbeitungsfenster wird ohne Speichern geschlossen.</source>
        <translation>Delete the incident ‘{0}’? It will disappear from the list; the history will record when and by whom it was deleted. An open editing window will be closed without saving.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/pane.py" line="276"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>KindCombo</name>
    <message>
        <location filename="../../ui/contacts/fields.py" line="146"/>
        <source>Hilfe &amp; Beratung</source>
        <translation>Help &amp; advice</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/fields.py" line="147"/>
        <source>Beteiligte Personen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/fields.py" line="148"/>
        <source>Eigene Verwaltung</source>
        <translation>Own administration</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/fields.py" line="162"/>
        <source>Bitte wählen …</source>
        <translation>Please choose…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/texts/labels.py" line="26"/>
        <source>Beleidigung</source>
        <translation>Insult</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="27"/>
        <source>Üble Nachrede / Verleumdung</source>
        <translation>Defamation / slander</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="28"/>
        <source>gegen Personen des politischen Lebens</source>
        <translation>against persons in political life</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="30"/>
        <source>Bedrohung</source>
        <translation>Threat</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="31"/>
        <source>Nötigung</source>
        <translation>Coercion</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="32"/>
        <source>Nachstellung (Stalking)</source>
        <translation>Stalking</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="33"/>
        <source>Volksverhetzung</source>
        <translation>Incitement to hatred (Volksverhetzung)</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="34"/>
        <source>Gefährdendes Verbreiten personenbezogener Daten („Feindesliste“)</source>
        <translation>Dangerous dissemination of personal data (‘enemy list’)</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="36"/>
        <source>Sachbeschädigung</source>
        <translation>Criminal damage</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="37"/>
        <source>Körperverletzung</source>
        <translation>Bodily harm</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="38"/>
        <source>Hausfriedensbruch</source>
        <translation>Trespass</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="39"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="43"/>
        <source>nur auf Strafantrag</source>
        <translation>prosecuted only if a Strafantrag is filed</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="44"/>
        <source>relatives Antragsdelikt</source>
        <translation>Strafantrag advisable (relative Antragsdelikt)</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="45"/>
        <source>von Amts wegen verfolgt</source>
        <translation>prosecuted ex officio (no Strafantrag needed)</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="46"/>
        <source>rechtliche Einordnung offen</source>
        <translation>legal classification open</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="50"/>
        <source>relatives Antragsdelikt: Strafantrag ratsam, die Staatsanwaltschaft kann bei öffentlichem Interesse auch ohne Antrag handeln</source>
        <translation>Strafantrag advisable; the public prosecutor can also act without one if there is a public interest</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="55"/>
        <source>persönlich</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="56"/>
        <location filename="../../app/texts/labels.py" line="72"/>
        <source>Telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="57"/>
        <location filename="../../app/texts/labels.py" line="117"/>
        <source>E-Mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="58"/>
        <source>Brief / Post</source>
        <translation>letter / post</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="59"/>
        <source>soziale Medien</source>
        <translation>social media</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="60"/>
        <source>Messenger</source>
        <translation>messaging app</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="61"/>
        <source>Website / Kommentar</source>
        <translation>website / comment</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="62"/>
        <location filename="../../app/texts/labels.py" line="70"/>
        <source>Sitzung / Veranstaltung</source>
        <translation>meeting / event</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="63"/>
        <source>Graffiti / Plakat</source>
        <translation>graffiti / poster</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="64"/>
        <location filename="../../app/texts/labels.py" line="121"/>
        <source>anderes</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="67"/>
        <source>Dienstgebäude</source>
        <translation>official building</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="68"/>
        <source>Wohnung / privat</source>
        <translation>home / private</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="69"/>
        <source>öffentlicher Raum</source>
        <translation>public place</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="71"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="73"/>
        <source>Post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="76"/>
        <source>genau</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="77"/>
        <source>ungefähr</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="78"/>
        <source>nur der Tag</source>
        <translation>day only</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="79"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="82"/>
        <source>rechts</source>
        <translation>right-wing</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="83"/>
        <source>links</source>
        <translation>left-wing</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="84"/>
        <source>ausländische Ideologie</source>
        <translation>foreign ideology</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="85"/>
        <source>religiöse Ideologie</source>
        <translation>religious ideology</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="86"/>
        <source>sonstige Zuordnung</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="87"/>
        <source>unklar</source>
        <translation>unclear</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="90"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="91"/>
        <source>eingestellt</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="92"/>
        <source>Strafbefehl</source>
        <translation>penalty order (Strafbefehl)</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="93"/>
        <source>Anklage</source>
        <translation>charged</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="94"/>
        <source>Urteil</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="97"/>
        <location filename="../../app/texts/labels.py" line="109"/>
        <source>Tatverdächtige/r</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="98"/>
        <location filename="../../app/texts/labels.py" line="110"/>
        <source>Zeuge/Zeugin</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="99"/>
        <location filename="../../app/texts/labels.py" line="111"/>
        <source>Betroffene/r</source>
        <translation>Person affected</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="102"/>
        <source>Polizei</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="103"/>
        <source>ZASTEX (LKA)</source>
        <translation>ZASTEX (LKA)</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="104"/>
        <source>ASSKomm</source>
        <translation>ASSKomm</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="105"/>
        <source>Landespräventionsrat</source>
        <translation>Landespräventionsrat</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="106"/>
        <source>Opferberatung</source>
        <translation>Victim support</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="107"/>
        <source>Rechtsanwalt/-anwältin</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="108"/>
        <source>andere Beratung</source>
        <translation>Other advice service</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="112"/>
        <source>eigene Verwaltung</source>
        <translation>Own administration</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="115"/>
        <source>Foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="116"/>
        <source>Bildschirmfoto</source>
        <translation>screenshot</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="118"/>
        <source>Brief / Dokument</source>
        <translation>letter / document</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="119"/>
        <source>Audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="120"/>
        <source>Video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="124"/>
        <source>kein Strafantrag nötig (Offizialdelikt)</source>
        <translation>no Strafantrag needed (prosecuted ex officio)</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="126"/>
        <source>Strafantrag gestellt</source>
        <translation>Strafantrag filed</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="127"/>
        <source>Frist läuft noch nicht (Täter oder Kenntnisdatum unbekannt) – Antrag „gegen Unbekannt“ ist ratsam</source>
        <translation>deadline not running yet (offender or date you learned of it unknown) – a Strafantrag ‘against persons unknown’ is advisable</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="130"/>
        <source>Frist läuft</source>
        <translation>deadline running</translation>
    </message>
    <message>
        <location filename="../../app/texts/labels.py" line="131"/>
        <source>Frist abgelaufen</source>
        <translation>deadline passed</translation>
    </message>
</context>
<context>
    <name>LinkedRecords</name>
    <message>
        <location filename="../../ui/incidents/links.py" line="38"/>
        <source>{0} und {1} weitere</source>
        <translation>{0} and {1} more</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/links.py" line="40"/>
        <source>Mit diesem Kontakt ist der Vorfall {1} verknüpft.</source>
        <translation>The incident {1} is linked to this contact.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/links.py" line="41"/>
        <source>Mit diesem Kontakt sind {0} Vorfälle verknüpft: {1}.</source>
        <translation>{0} incidents are linked to this contact: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/links.py" line="42"/>
        <source>Die Verknüpfung bleibt erhalten und wird dort als „gelöschter Kontakt“ angezeigt.</source>
        <translation>The link is kept and shown there as “deleted contact”.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/links.py" line="44"/>
        <source>Die Verknüpfungen bleiben erhalten und werden dort als „gelöschter Kontakt“ angezeigt.</source>
        <translation>The links are kept and shown there as “deleted contact”.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/links.py" line="47"/>
        <source>Mit diesem Vorfall ist der Vorfall {1} verknüpft.</source>
        <translation>The incident {1} is linked to this incident.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/links.py" line="48"/>
        <source>Mit diesem Vorfall sind {0} andere Vorfälle verknüpft: {1}.</source>
        <translation>{0} other incidents are linked to this incident: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/links.py" line="49"/>
        <source>Die Verknüpfung bleibt erhalten und wird dort als „gelöschter Vorfall“ angezeigt.</source>
        <translation>The link is kept and shown there as “deleted incident”.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/links.py" line="51"/>
        <source>Die Verknüpfungen bleiben erhalten und werden dort als „gelöschter Vorfall“ angezeigt.</source>
        <translation>The links are kept and shown there as “deleted incident”.</translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <location filename="../../ui/incidents/mail_drop.py" line="73"/>
        <source>Bitte warten: eine E-Mail wird noch gelesen.</source>
        <translation>Please wait: an e-mail is still being read.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/mail_drop.py" line="86"/>
        <source>Die E-Mail wird gelesen (in einem abgeschotteten Prozess) …</source>
        <translation>Reading the e-mail (in a sealed-off process) …</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/mail_drop.py" line="102"/>
        <source>Die E-Mail konnte nicht gelesen werden: {0}</source>
        <translation>The e-mail could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/mail_drop.py" line="132"/>
        <source>Aus {0} vorausgefüllt. Beim Speichern wird die E-Mail unverändert als Anhang gespeichert.</source>
        <translation>Pre-filled from {0}. Saving stores the e-mail unchanged as an attachment.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/mail_drop.py" line="141"/>
        <source>Absender „{0}“ als neuen Kontakt anlegen und als Täter/in verknüpfen</source>
        <translation>Create the sender “{0}” as a new contact and link them as perpetrator</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/mail_drop.py" line="160"/>
        <source>Der Vorfall ist gespeichert, aber die E-Mail oder der Kontakt nicht: {0}</source>
        <translation>The incident is saved, but the e-mail or the contact is not: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Vorfallbuch</source>
        <translation>Vorfallbuch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Vorfälle</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Sperren (Strg+L): alle Daten ausblenden</source>
        <translation>Lock (Ctrl+L): hide all data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Neuer Vorfall</source>
        <translation>&amp;New incident</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Neuer &amp;Kontakt</source>
        <translation>New &amp;contact</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Dossier exportieren…</source>
        <translation>Export &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Einstellungen…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Sicherung anlegen…</source>
        <translation>Create &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Tresor &amp;prüfen…</source>
        <translation>&amp;Verify vault…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Passphrase ä&amp;ndern…</source>
        <translation>Change pass&amp;phrase…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Verlauf…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Sicherung &amp;wiederherstellen…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Tresor</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Wiederherstellungs&amp;code…</source>
        <translation>Recovery &amp;code…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Benutzer verwalten…</source>
        <translation>Manage &amp;users…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Angemeldet: {0}</source>
        <translation>Signed in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Schreibgeschützt: Der Tresor liegt auf einem schreibgeschützten Datenträger; Änderungen sind nicht möglich.</source>
        <translation>Read-only: the vault is on a read-only drive; no changes are possible.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Eine Sicherung ist fällig (letzte: {0}).</source>
        <translation>A backup is due (last: {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>Vorfallbuch wird beendet, sobald die Dateien hinzugefügt sind.</source>
        <translation>Vorfallbuch quits as soon as the files are added.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>Vorfallbuch wird gesperrt, sobald die Dateien hinzugefügt sind.</source>
        <translation>Vorfallbuch locks as soon as the files are added.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/file_errors.py" line="25"/>
        <source>die Datei wird gerade von einem anderen Programm benutzt</source>
        <translation>the file is being used by another program at the moment</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="26"/>
        <source>der Datenträger ist voll</source>
        <translation>the drive is full</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="27"/>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="28"/>
        <source>dafür fehlt die Berechtigung</source>
        <translation>permission is missing</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="29"/>
        <source>der Name oder der Pfad ist zu lang</source>
        <translation>the name or the path is too long</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="31"/>
        <source>ein Teil des Pfades ist eine Datei und kein Ordner</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="32"/>
        <source>das ist ein Ordner und keine Datei</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="34"/>
        <source>die Datei oder der Ordner existiert nicht</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="36"/>
        <source>dort gibt es schon eine Datei oder einen Ordner dieses Namens</source>
        <translation>a file or folder of that name exists there already</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="37"/>
        <source>der Ordner ist nicht leer</source>
        <translation>the folder is not empty</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="38"/>
        <source>es sind zu viele Dateien gleichzeitig geöffnet</source>
        <translation>too many files are open at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="39"/>
        <source>der Datenträger meldet einen Lese- oder Schreibfehler</source>
        <translation>the drive reports a read or write error</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="41"/>
        <source>das Laufwerk antwortet nicht oder ist nicht verbunden</source>
        <translation>the drive does not respond or is not connected</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="42"/>
        <source>der Name enthält Zeichen, die dort nicht erlaubt sind</source>
        <translation>the name contains characters that are not allowed there</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="53"/>
        <location filename="../../ui/file_errors.py" line="59"/>
        <source>das Betriebssystem hat einen Fehler gemeldet</source>
        <translation>the operating system reported an error</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="67"/>
        <source>Der Zugriff auf „{0}“ ist fehlgeschlagen: {1}.</source>
        <translation>Access to ‘{0}’ failed: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_errors.py" line="68"/>
        <source>Ein Dateizugriff ist fehlgeschlagen: {0}.</source>
        <translation>A file access failed: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Zeitpunkt</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Kenntnis am</source>
        <translation>Learned of it on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Plattform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Was ist passiert</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Wie, durch wen bemerkt</source>
        <translation>How, by whom noticed</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Wortlaut</source>
        <translation>Exact words</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Beweismittel übergeben am</source>
        <translation>Evidence handed over on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Beweismittel übergeben an</source>
        <translation>Evidence handed to</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Zusammenhang</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Wie / womit</source>
        <translation>How / by what means</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Betroffene</source>
        <translation>People targeted</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Verletzungen</source>
        <translation>Injuries</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Schaden (EUR)</source>
        <translation>Damage (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Folgen</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Eigene Reaktion</source>
        <translation>Your response</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Schutzmaßnahmen</source>
        <translation>Protective measures</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Verfahrensstand</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Online-Profile</source>
        <translation>Online profiles</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Kennzeichen</source>
        <translation>Number plates</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Polizeidienststelle</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>Tagebuch-/Vorgangsnummer</source>
        <translation>Police reference number</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Strafantrag durch</source>
        <translation>Strafantrag filed by</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Staatsanwaltschaft</source>
        <translation>Public prosecutor’s office</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Aktenzeichen</source>
        <translation>Case file number (Aktenzeichen)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Kategorien</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Art des Ortes</source>
        <translation>Type of place</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>Täter unbekannt</source>
        <translation>Offender unknown</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Verwandte Vorfälle</source>
        <translation>Related incidents</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Überprüfen am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Angezeigt am</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Strafantrag am</source>
        <translation>Strafantrag filed on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Ausgang</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Geprüft am</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Angezeigt</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Dateiname</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Adresse (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Standort in Exporten</source>
        <translation>Location in exports</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Benutzername des Verfassers</source>
        <translation>Author’s user name</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>Profil-Adresse des Verfassers</source>
        <translation>Author’s profile address</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Veröffentlicht am</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Gesichert am</source>
        <translation>Captured on</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Gesichert von</source>
        <translation>Captured by</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Zieldatei</source>
        <translation>Target file</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Anhang</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Teil der E-Mail</source>
        <translation>Part of the email</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>Auswahl</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>es wurde nichts gespeichert</source>
        <translation>nothing was saved</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>es wurde nichts geändert</source>
        <translation>nothing was changed</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>es wurde nichts geschrieben</source>
        <translation>nothing was written</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>der Anhang wurde nicht gespeichert</source>
        <translation>the attachment was not stored</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>es wurde keine Sicherung geschrieben</source>
        <translation>no backup was written</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>es wurde nichts wiederhergestellt</source>
        <translation>nothing was restored</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>es wurde kein Dossier geschrieben</source>
        <translation>no dossier was written</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>der Entwurf wurde nicht aufbewahrt</source>
        <translation>the draft was not kept</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>der Entwurf wurde nicht entfernt</source>
        <translation>the draft was not removed</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>die Entwürfe wurden nicht gelesen</source>
        <translation>the drafts were not read</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>{0} Bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="152"/>
        <source>Im Ordner „{folder}“ gibt es schon einen Tresor.</source>
        <translation>There is already a vault in the folder ‘{folder}’.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>Im Ordner „{folder}“ gibt es keinen Tresor.</source>
        <translation>There is no vault in the folder ‘{folder}’.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Der Ordner „{folder}“ für den Tresor kann nicht angelegt werden: {errno}.</source>
        <translation>The folder ‘{folder}’ for the vault cannot be created: {errno}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>Der Ordner „{folder}“ des Tresors kann nicht benutzt werden: {errno}.</source>
        <translation>The vault’s folder ‘{folder}’ cannot be used: {errno}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>Der Datenträger von „{folder}“ ist voll (frei: {free}, gebraucht: mindestens {needed}); schaffen Sie Platz oder wählen Sie einen anderen Ort; {action}.</source>
        <translation>The disk holding {folder} is full ({free} free, at least {needed} needed); free some space or choose another place; {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="162"/>
        <source>Der Datenträger von „{folder}“ ist schreibgeschützt; {action}.</source>
        <translation>The disk holding {folder} is read-only; {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>In „{folder}“ darf nicht geschrieben werden (fehlende Berechtigung); {action}.</source>
        <translation>Writing in {folder} is not permitted (missing permission); {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>Der Ort „{folder}“ ist nicht mehr erreichbar (entfernt oder getrennt); {action}.</source>
        <translation>{folder} can no longer be reached (removed or disconnected); {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>Ein Dateizugriff in „{folder}“ ist fehlgeschlagen ({errno}); {action}.</source>
        <translation>A file operation in {folder} failed ({errno}); {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>Der Datenträger des Tresors in „{folder}“ konnte nicht gelesen oder beschrieben werden (Ein-/Ausgabefehler); prüfen Sie den Datenträger und führen Sie die Prüfung aus; {action}.</source>
        <translation>The disk holding the vault in {folder} could not be read or written (input/output error); check the disk and run the check; {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <location filename="../../ui/messages.py" line="180"/>
        <source>Der Tresor liegt auf einem schreibgeschützten Datenträger; es kann nichts gespeichert werden.</source>
        <translation>The vault is on a read-only drive; nothing can be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="177"/>
        <source>Der Tresor wird gerade von einem anderen Programm benutzt; bitte gleich noch einmal versuchen.</source>
        <translation>The vault is being used by another program at the moment; please try again shortly.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="183"/>
        <source>Die Datenbank des Tresors ist beschädigt oder gehört nicht zu Vorfallbuch; die Prüfung zeigt, was noch lesbar ist, und die letzte Sicherung lässt sich wiederherstellen.</source>
        <translation>The vault&apos;s database is damaged or does not belong to Vorfallbuch; the check shows what is still readable, and the last backup can be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="186"/>
        <source>Die Datenbank des Tresors hat einen Fehler gemeldet; es wurde nichts gespeichert.</source>
        <translation>The vault’s database reported an error; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>In diesem Ordner liegt kein lesbarer Tresor von Vorfallbuch.</source>
        <translation>This folder does not hold a readable Vorfallbuch vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>Dieser Tresor stammt von einer neueren Version von Vorfallbuch; bitte aktualisieren Sie das Programm.</source>
        <translation>This vault was made by a newer version of Vorfallbuch; please update the program.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>Das Format dieses Tresors muss aktualisiert werden, was auf einem schreibgeschützten Datenträger nicht geht; bitte kopieren Sie ihn zuerst in einen beschreibbaren Ordner.</source>
        <translation>This vault’s format needs an update, which cannot be done on a read-only drive; please copy it to a writable folder first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>Der Benutzername darf nicht leer sein.</source>
        <translation>The user name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="197"/>
        <source>Der Benutzername darf höchstens {limit} Zeichen haben.</source>
        <translation>The user name may have at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="199"/>
        <source>Der Benutzername darf keine Steuerzeichen enthalten.</source>
        <translation>The user name must not contain control characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>Einen Benutzer „{name}“ gibt es schon.</source>
        <translation>There is already a user ‘{name}’.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="201"/>
        <source>Dieser Tresor hat keine Benutzer.</source>
        <translation>This vault has no users.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="202"/>
        <source>Einen Benutzer „{name}“ gibt es in diesem Tresor nicht.</source>
        <translation>There is no user ‘{name}’ in this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="204"/>
        <source>Für diesen Benutzer ist keine Passphrase hinterlegt.</source>
        <translation>No passphrase is set for this user.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>Der letzte Benutzer eines Tresors kann nicht entfernt werden.</source>
        <translation>The last user of a vault cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207"/>
        <source>Die Passphrase ist falsch.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="209"/>
        <source>Die Passphrase ist falsch; der nächste Versuch ist in {seconds} Sekunden möglich.</source>
        <translation>The passphrase is wrong; the next try is possible in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="211"/>
        <source>Zu viele falsche Passphrasen; bitte warten Sie {seconds} Sekunden.</source>
        <translation>Too many wrong passphrases; please wait {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="212"/>
        <source>Der Tresor ist gesperrt.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>Die Erinnerung an Sicherungen muss zwischen {minimum} und {maximum} Tagen liegen.</source>
        <translation>The backup reminder must be between {minimum} and {maximum} days.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="216"/>
        <source>Die Passphrase muss mindestens {minimum} Zeichen haben; mehrere Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</source>
        <translation>The passphrase must have at least {minimum} characters; several unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="219"/>
        <source>Die Passphrase darf höchstens {maximum} Zeichen haben.</source>
        <translation>The passphrase may have at most {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>Die Passphrase enthält ungültige Zeichen.</source>
        <translation>The passphrase contains invalid characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>Die Passphrase wiederholt zu wenige verschiedene Zeichen; nehmen Sie mehrere Wörter.</source>
        <translation>The passphrase repeats too few different characters; use several words.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>Die Passphrase ist zu leicht zu erraten (sehr verbreitet oder Ihr Name); nehmen Sie mehrere Wörter, die nichts miteinander zu tun haben.</source>
        <translation>The passphrase is too easy to guess (very common, or your name); use several words that have nothing to do with each other.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>Die neue Passphrase ist die bisherige; bitte wählen Sie eine andere (es wurde nichts geändert).</source>
        <translation>The new passphrase is the current one; please choose another (nothing was changed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>Der Wiederherstellungscode hat {groups} Gruppen mit zusammen {total} Zeichen; eingegeben wurden {entered}.</source>
        <translation>The recovery code has {groups} groups with {total} characters in all; {entered} were entered.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>Der Wiederherstellungscode enthält Zeichen, die darin nicht vorkommen: {characters}.</source>
        <translation>The recovery code contains characters it never holds: {characters}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="235"/>
        <source>In Gruppe {group} des Wiederherstellungscodes ist ein Tippfehler.</source>
        <translation>There is a typing error in group {group} of the recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="237"/>
        <source>Der Wiederherstellungscode ist nicht vollständig oder enthält Tippfehler.</source>
        <translation>The recovery code is incomplete or contains typing errors.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="239"/>
        <source>Dieser Wiederherstellungscode gehört nicht zu diesem Tresor.</source>
        <translation>This recovery code does not belong to this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>Für diesen Tresor ist kein Wiederherstellungscode hinterlegt.</source>
        <translation>No recovery code is set for this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="243"/>
        <source>Der Schlüssel von „{user}“ im Tresor ist beschädigt, deshalb öffnet das Kennwort den Tresor nicht; melden Sie sich als anderer Benutzer an, setzen Sie mit dem Wiederherstellungscode ein neues Kennwort oder stellen Sie die letzte Sicherung wieder her.</source>
        <translation>The key of user {user} in the vault is damaged, so the passphrase does not open the vault; sign in as another user, set a new passphrase with the recovery code, or restore the last backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="248"/>
        <source>Der Wiederherstellungsschlüssel im Tresor ist beschädigt, deshalb öffnet der Wiederherstellungscode den Tresor nicht; melden Sie sich mit dem Kennwort eines Benutzers an oder stellen Sie die letzte Sicherung wieder her.</source>
        <translation>The recovery key in the vault is damaged, so the recovery code does not open the vault; sign in with a user&apos;s passphrase or restore the last backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <location filename="../../ui/messages.py" line="384"/>
        <source>Der {kind} existiert nicht mehr (vielleicht an anderer Stelle gelöscht).</source>
        <translation>The {kind} no longer exists (perhaps it was deleted elsewhere).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="254"/>
        <source>Den {kind} gibt es nicht (mehr); es wurde nichts endgültig gelöscht.</source>
        <translation>The {kind} does not exist (any more); nothing was purged.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="256"/>
        <source>Der {kind} hat keinen lesbaren Inhalt; bitte führen Sie die Prüfung aus.</source>
        <translation>The {kind} has no readable content; please run the check.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>Dieser Eintrag wurde inzwischen an anderer Stelle geändert, daher wurde Ihre Änderung nicht gespeichert; bitte laden Sie ihn neu und ändern Sie ihn erneut.</source>
        <translation>This entry has been changed elsewhere in the meantime, so your change was not saved; please reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="261"/>
        <source>Diese Fassung des Eintrags wurde endgültig gelöscht und kann nicht geöffnet werden.</source>
        <translation>This version of the entry was purged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="263"/>
        <location filename="../../ui/messages.py" line="270"/>
        <location filename="../../ui/messages.py" line="273"/>
        <source>Ein Eintrag ist beschädigt und kann nicht geöffnet werden; bitte führen Sie die Prüfung aus und stellen Sie ihn aus einer Sicherung wieder her.</source>
        <translation>An entry is damaged and cannot be opened; please run the check and restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>Ein Eintrag steht auf einer beschädigten Seite der Datenbank und kann nicht gelesen werden, die übrigen sind lesbar; bitte führen Sie die Prüfung aus und stellen Sie die letzte Sicherung in einem neuen Ordner wieder her.</source>
        <translation>An entry sits on a damaged page of the database and cannot be read, the others are readable; please run the check and restore the last backup into a new folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="276"/>
        <source>Glied {seq} der Historie ist beschädigt oder verändert; die Historie ist ab dort unterbrochen.</source>
        <translation>Link {seq} of the history is damaged or altered; the history is broken from there on.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="279"/>
        <source>Glied {index} der Historie fehlt; die Historie ist ab dort unterbrochen.</source>
        <translation>Link {index} of the history is missing; the history is broken from there on.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="281"/>
        <source>Glied {seq} der Historie passt nicht zu seinem Inhalt oder seinem Vorgänger; die Historie ist ab dort unterbrochen.</source>
        <translation>Link {seq} of the history does not match its content or its predecessor; the history is broken from there on.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="284"/>
        <source>Fassung {version} ({kind} {record_id}) hat keinen Inhalt.</source>
        <translation>Version {version} ({kind} {record_id}) has no content.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="286"/>
        <source>Fassung {version} ({kind} {record_id}) fehlt in der Historie.</source>
        <translation>Version {version} ({kind} {record_id}) is missing from the history.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="288"/>
        <source>Fassung {version} ({kind} {record_id}) weicht von dem Inhalt ab, den die Historie festhält.</source>
        <translation>Version {version} ({kind} {record_id}) differs from the content the history records.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>Die Datenbank des Tresors hat die Prüfung ihrer Integrität nicht bestanden; bitte stellen Sie sie aus einer Sicherung wieder her.</source>
        <translation>The vault’s database failed its integrity check; please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="294"/>
        <location filename="../../ui/messages.py" line="297"/>
        <location filename="../../ui/messages.py" line="300"/>
        <source>Die gespeicherte Datei dieses Anhangs fehlt oder ist beschädigt; bitte führen Sie die Prüfung aus und stellen Sie den Tresor aus einer Sicherung wieder her.</source>
        <translation>The stored file of this attachment is missing or damaged; please run the check and restore the vault from a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>Die gespeicherte Datei dieses Anhangs stimmt nicht mehr mit der bei der Aufnahme festgehaltenen Prüfsumme überein; bitte stellen Sie den Tresor aus einer Sicherung wieder her.</source>
        <translation>The stored file of this attachment no longer matches the checksum taken when it was added; please restore the vault from a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307"/>
        <source>Die gespeicherten Angaben zu diesem Anhang (Größe und Prüfsumme) sind nicht lesbar; bitte führen Sie die Prüfung aus.</source>
        <translation>The stored facts of this attachment (size and checksum) cannot be read; please run the check.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="310"/>
        <source>Der Ordner der Anhänge wird gerade von einem anderen Programm aufgeräumt; der Anhang wurde nicht gespeichert, bitte gleich noch einmal versuchen.</source>
        <translation>The attachments folder is being cleaned up by another program right now; the attachment was not stored, please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="312"/>
        <source>„{draft_id}“ bezeichnet keinen Entwurf.</source>
        <translation>‘{draft_id}’ does not name a draft.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="314"/>
        <source>Der Entwurf „{name}“ ist beschädigt und kann nicht geöffnet werden.</source>
        <translation>The draft ‘{name}’ is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="316"/>
        <source>„{path}“ ist ein Ordner; bitte geben Sie einen Dateinamen für die Sicherung an.</source>
        <translation>‘{path}’ is a folder; please give a file name for the backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="318"/>
        <location filename="../../ui/messages.py" line="449"/>
        <source>„{path}“ gibt es schon; bitte wählen Sie einen anderen Namen.</source>
        <translation>‘{path}’ exists already; please choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="319"/>
        <source>Den Ordner „{folder}“ gibt es nicht.</source>
        <translation>The folder ‘{folder}’ does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <source>„{path}“ liegt im Ordner des Tresors; bitte wählen Sie einen Ort außerhalb.</source>
        <translation>‘{path}’ is in the vault’s folder; please choose a place outside it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="323"/>
        <source>Die Datenbank konnte nicht für die Sicherung kopiert werden; es wurde keine Sicherung geschrieben.</source>
        <translation>The database could not be copied for the backup; no backup was written.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="326"/>
        <source>Der Tresor hat sich während der Sicherung geändert (ein Anhang wurde endgültig gelöscht); bitte führen Sie die Sicherung noch einmal aus.</source>
        <translation>The vault changed during the backup (an attachment was purged); please run the backup again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="329"/>
        <source>Die Sicherung hat die Prüfung nach dem Schreiben nicht bestanden ({problem}); sie wurde nicht behalten.</source>
        <translation>The backup failed its check after writing ({problem}); it was not kept.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="332"/>
        <source>Die Sicherung ist vollständig, aber der Tresor konnte sie nicht für die Erinnerung vermerken: {problem}.</source>
        <translation>The backup is complete, but the vault could not note it for the reminder: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="334"/>
        <source>Die Kopie gehört zu einem anderen Tresor.</source>
        <translation>The copy belongs to another vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="335"/>
        <source>Die Sicherungsdatei „{path}“ gibt es nicht.</source>
        <translation>The backup file ‘{path}’ does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="337"/>
        <source>„{path}“ ist ein Ordner und keine Sicherungsdatei.</source>
        <translation>‘{path}’ is a folder, not a backup file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="339"/>
        <source>Die Sicherungsdatei „{path}“ kann nicht gelesen werden: {errno}.</source>
        <translation>The backup file ‘{path}’ cannot be read: {errno}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="340"/>
        <source>„{path}“ ist keine Sicherung von Vorfallbuch.</source>
        <translation>‘{path}’ is not a Vorfallbuch backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="342"/>
        <location filename="../../ui/messages.py" line="344"/>
        <source>Die Sicherung „{path}“ ist beschädigt (ihr Kopf ist nicht lesbar).</source>
        <translation>The backup ‘{path}’ is damaged (its header cannot be read).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="346"/>
        <source>„{path}“ wurde von einer anderen Version von Vorfallbuch geschrieben.</source>
        <translation>‘{path}’ was written by another version of Vorfallbuch.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="348"/>
        <source>Der Wiederherstellungscode öffnet diese Sicherung nicht.</source>
        <translation>The recovery code does not open this backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="350"/>
        <source>In dieser Sicherung gibt es keinen Benutzer „{name}“.</source>
        <translation>There is no user ‘{name}’ in this backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="351"/>
        <source>Die Passphrase öffnet diese Sicherung nicht.</source>
        <translation>The passphrase does not open this backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="353"/>
        <source>Die Sicherung ist beschädigt (ihre Schlüssel sind nicht lesbar).</source>
        <translation>The backup is damaged (its keys cannot be read).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="355"/>
        <source>Die Sicherung ist ab Abschnitt {segment} beschädigt, unvollständig oder verändert.</source>
        <translation>The backup is damaged, truncated or altered from section {segment} on.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="357"/>
        <source>Die Sicherung enthält einen unerwarteten Eintrag; es wurde nichts wiederhergestellt.</source>
        <translation>The backup holds an unexpected entry; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="359"/>
        <location filename="../../ui/messages.py" line="361"/>
        <location filename="../../ui/messages.py" line="365"/>
        <source>Die Sicherung ist beschädigt; es wurde nichts wiederhergestellt.</source>
        <translation>The backup is damaged; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="363"/>
        <source>Die Sicherung ist unvollständig; es wurde nichts wiederhergestellt.</source>
        <translation>The backup is incomplete; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="367"/>
        <source>Die Datenbank in der Sicherung gehört zu einem anderen Tresor; es wurde nichts wiederhergestellt.</source>
        <translation>The database in the backup belongs to another vault; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="370"/>
        <source>Im Ordner „{folder}“ gibt es schon einen Tresor; er wird nur ersetzt, wenn Sie das ausdrücklich wählen (der alte wird dann beiseitegelegt).</source>
        <translation>There is already a vault in the folder ‘{folder}’; it is replaced only if you choose so explicitly (the old one is then kept aside).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="373"/>
        <source>„{path}“ ist weder ein leerer Ordner noch ein Tresor.</source>
        <translation>‘{path}’ is neither an empty folder nor a vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="375"/>
        <source>„{path}“ liegt im Ordner eines Tresors; bitte wählen Sie einen Ort außerhalb.</source>
        <translation>‘{path}’ is in a vault’s folder; please choose a place outside it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="377"/>
        <source>Die Sicherung besteht die Prüfung nicht ({problem}); es wurde nichts wiederhergestellt.</source>
        <translation>The backup does not pass the check ({problem}); nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="382"/>
        <source>„{given}“ ist keine gültige Kennung (mindestens {minimum} Zeichen aus 0–9 und a–f).</source>
        <translation>‘{given}’ is not a valid identifier (at least {minimum} characters of 0–9 and a–f).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="386"/>
        <source>Die Kennung „{given}“ passt zu {count} Einträgen; bitte geben Sie mehr Zeichen an.</source>
        <translation>The identifier ‘{given}’ matches {count} entries; please give more characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="388"/>
        <source>Der {kind} enthält Angaben, die diese Version von Vorfallbuch nicht lesen kann; bitte aktualisieren Sie das Programm.</source>
        <translation>The {kind} holds data this version of Vorfallbuch cannot read; please update the program.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="390"/>
        <source>„{path}“ kann nicht geschrieben werden: {errno}.</source>
        <translation>‘{path}’ cannot be written: {errno}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="392"/>
        <source>Die gespeicherte Datei dieses Anhangs stimmt nicht mehr mit der bei der Aufnahme festgehaltenen Prüfsumme überein; es wurde nichts geschrieben.</source>
        <translation>The stored file of this attachment no longer matches the checksum taken when it was added; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="395"/>
        <source>Benutzer und den Wiederherstellungscode verwalten nur Inhaber des Tresors.</source>
        <translation>Only an owner of the vault manages users and the recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="397"/>
        <source>„{name}“ ist der letzte Inhaber dieses Tresors und kann weder entfernt noch zum Mitarbeiter gemacht werden; machen Sie zuerst einen anderen Benutzer zum Inhaber.</source>
        <translation>&quot;{name}&quot; is the last owner of this vault and can be neither removed nor made a clerk; make another user an owner first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="400"/>
        <source>Die Zeitzonendaten fehlen, daher lässt sich das Datum nicht in deutsche Zeit umrechnen; bitte installieren Sie Vorfallbuch neu.</source>
        <translation>The time-zone data is missing, so the date cannot be converted to German time; please reinstall Vorfallbuch.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="406"/>
        <source>{field} fehlt.</source>
        <translation>{field} is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="407"/>
        <source>{field} darf nicht leer sein.</source>
        <translation>{field} must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="408"/>
        <source>{field} ist zu kurz (mindestens {limit} Zeichen).</source>
        <translation>{field} is too short (at least {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="409"/>
        <source>{field} ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>{field} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="410"/>
        <source>{field}: zu wenige Einträge (mindestens {limit}).</source>
        <translation>{field}: too few entries (at least {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="411"/>
        <source>{field}: zu viele Einträge (höchstens {limit}).</source>
        <translation>{field}: too many entries (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="412"/>
        <location filename="../../ui/messages.py" line="413"/>
        <source>{field} enthält Steuerzeichen.</source>
        <translation>{field} contains control characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="414"/>
        <source>{field} enthält ungültige Zeichen.</source>
        <translation>{field} contains invalid characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="415"/>
        <source>{field} darf nicht negativ sein.</source>
        <translation>{field} must not be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="416"/>
        <source>{field} ist zu klein (mindestens {limit}).</source>
        <translation>{field} is too small (at least {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="417"/>
        <source>{field} ist zu groß.</source>
        <translation>{field} is too large.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="418"/>
        <source>{field}: höchstens {limit} Nachkommastellen.</source>
        <translation>{field}: at most {limit} decimal places.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="419"/>
        <source>{field}: keine gültige Zahl.</source>
        <translation>{field}: not a valid number.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="420"/>
        <source>{field}: Dieser Wert ist nicht vorgesehen.</source>
        <translation>{field}: this value is not allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="422"/>
        <source>{field}: Das ist keine gültige Kennung eines Eintrags.</source>
        <translation>{field}: this is not a valid entry identifier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="423"/>
        <source>{field} ist kein bekanntes Feld.</source>
        <translation>{field} is not a known field.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="424"/>
        <source>{field}: kein gültiges Datum.</source>
        <translation>{field}: not a valid date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="425"/>
        <source>{field}: keine gültige Uhrzeit.</source>
        <translation>{field}: not a valid time.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="426"/>
        <source>{field}: kein gültiges Datum mit Uhrzeit.</source>
        <translation>{field}: not a valid date with time.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="427"/>
        <source>{field} muss eine Liste sein.</source>
        <translation>{field} must be a list.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="428"/>
        <source>{field} hat nicht die erwartete Form.</source>
        <translation>{field} does not have the expected form.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="429"/>
        <source>{field} muss ein Text sein.</source>
        <translation>{field} must be text.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="430"/>
        <source>{field} muss „ja“ oder „nein“ sein.</source>
        <translation>{field} must be ‘yes’ or ‘no’.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="431"/>
        <source>{field} ist ungültig.</source>
        <translation>{field} is invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="432"/>
        <source>{field} darf nicht vor dem Zeitpunkt liegen.</source>
        <translation>{field} must not be before the date and time.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="434"/>
        <source>Dieselbe Person ist zweimal in derselben Rolle verknüpft.</source>
        <translation>The same person is linked twice in the same role.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="435"/>
        <source>„{value}“ ist keine gültige E-Mail-Adresse.</source>
        <translation>‘{value}’ is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="437"/>
        <source>Ein Kontakt braucht einen Namen oder eine Organisation.</source>
        <translation>A contact needs a name or an organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="438"/>
        <source>{field}: Bitte die Ortszeit ohne Zeitzone angeben.</source>
        <translation>{field}: please give the local time without a time zone.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="439"/>
        <source>{field}: Ein verknüpfter Eintrag existiert nicht mehr.</source>
        <translation>{field}: a linked entry no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="441"/>
        <source>{field} beschreibt die Originaldatei und kann nicht geändert werden.</source>
        <translation>{field} describes the original file and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="442"/>
        <source>Der Zeitraum beginnt nach seinem Ende.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="443"/>
        <source>„{path}“ existiert nicht oder ist keine Datei.</source>
        <translation>‘{path}’ does not exist or is not a file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="445"/>
        <source>„{path}“ kann nicht gelesen werden: dafür fehlt die Berechtigung.</source>
        <translation>‘{path}’ cannot be read: permission is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="446"/>
        <source>„{path}“ ist ein Ordner und keine Datei.</source>
        <translation>‘{path}’ is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="447"/>
        <source>„{path}“ kann nicht gelesen werden: {errno}.</source>
        <translation>‘{path}’ cannot be read: {errno}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="451"/>
        <source>„{path}“ ist ein Ordner; bitte geben Sie einen Dateinamen an.</source>
        <translation>‘{path}’ is a folder; please give a file name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="467"/>
        <location filename="../../ui/messages.py" line="501"/>
        <source>Eingabe</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="472"/>
        <source>Der Datenträger von „{folder}“ ist voll (frei: {free}); schaffen Sie Platz oder wählen Sie einen anderen Ort; {action}.</source>
        <translation>The disk holding {folder} is full ({free} free); free some space or choose another place; {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="485"/>
        <source>Der Vorgang wurde abgebrochen.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="504"/>
        <source>Der Tresor konnte den Vorgang nicht ausführen; bitte versuchen Sie es noch einmal.</source>
        <translation>The vault could not carry out the operation; please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="506"/>
        <source>Ein unerwarteter Fehler ist aufgetreten; bitte versuchen Sie es noch einmal (es wurde nichts halb gespeichert).</source>
        <translation>An unexpected error occurred; please try again (nothing was half saved).</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="58"/>
        <source>Willkommen bei Vorfallbuch</source>
        <translation>Welcome to Vorfallbuch</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="59"/>
        <source>Hier dokumentieren Sie Anfeindungen sicher und verschlüsselt. Zuerst legen wir Ihren Zugang an.</source>
        <translation>Vorfallbuch lets you record hostility and threats securely, in encrypted form. First, we will set up your access.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="69"/>
        <source>Anderen Speicherort wählen…</source>
        <translation>Choose another location…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="71"/>
        <source>Vorhandenen Tresor öffnen…</source>
        <translation>Open existing vault…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="75"/>
        <source>Ihr Name (Benutzer):</source>
        <translation>Your name (user):</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="77"/>
        <source>Speicherort:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="92"/>
        <source>Bitte einen Namen ohne Steuerzeichen eingeben (höchstens 100 Zeichen).</source>
        <translation>Please enter a name without control characters (at most 100 characters).</translation>
    </message>
</context>
<context>
    <name>NotesWidget</name>
    <message>
        <location filename="../../ui/incidents/notes_widget.py" line="33"/>
        <source>Datierte Notizen</source>
        <translation>Dated notes</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/notes_widget.py" line="34"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/notes_widget.py" line="34"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/notes_widget.py" line="41"/>
        <source>Datum der Notiz</source>
        <translation>Date of the note</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/notes_widget.py" line="42"/>
        <source>Neue Notiz, z. B. „Vorladung als Zeugin erhalten“</source>
        <translation>New note, e.g. ‘Received a summons as a witness’</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/notes_widget.py" line="43"/>
        <source>Neue Notiz</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/notes_widget.py" line="45"/>
        <source>Notiz hinzufügen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/notes_widget.py" line="46"/>
        <source>Notiz entfernen</source>
        <translation>Remove note</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/texts/notices.py" line="21"/>
        <source>Die Datei ist leer (0 Byte).</source>
        <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="22"/>
        <source>Das Bild ist größer als {limit_mb} MB; es wurde gespeichert, ohne es auszulesen.</source>
        <translation>The image is larger than {limit_mb} MB; it was stored without reading it.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="25"/>
        <source>Die E-Mail ist größer als {limit_mb} MB; sie wurde gespeichert, ohne sie auszulesen.</source>
        <translation>The e-mail is larger than {limit_mb} MB; it was stored without reading it.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="28"/>
        <source>Das Bild ist größer als {limit_mp} Megapixel und womöglich eine Dekompressionsbombe; es wurde gespeichert, ohne es zu entpacken.</source>
        <translation>The image is larger than {limit_mp} megapixels, a possible decompression bomb; it was stored without decoding it.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="31"/>
        <source>Das Bild ist größer als {limit_mp} Megapixel ({width} × {height} Pixel) und womöglich eine Dekompressionsbombe; es wurde gespeichert, ohne es zu entpacken.</source>
        <translation>The image is larger than {limit_mp} megapixels ({width} x {height} pixels), a possible decompression bomb; it was stored without decoding it.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="34"/>
        <source>Die Datei ist kein Bild in einem erlaubten Format ({formats}).</source>
        <translation>The file is not an image in an allowed format ({formats}).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="36"/>
        <source>Das Bild ist beschädigt und konnte nicht gelesen werden.</source>
        <translation>The image is damaged and could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="38"/>
        <source>Das Bild ist unvollständig oder beschädigt und konnte nicht ganz gelesen werden.</source>
        <translation>The image is truncated or damaged and could not be decoded completely.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="41"/>
        <source>Die Audio- oder Videodatei ist beschädigt und konnte nicht gelesen werden.</source>
        <translation>The audio or video file is damaged and could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="43"/>
        <source>Die Datei heißt wie ein PDF, ist aber keines.</source>
        <translation>The file is named like a PDF but is not one.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="44"/>
        <source>Die Datei konnte nicht geöffnet werden.</source>
        <translation>The file could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="45"/>
        <source>Die Datei ist keine E-Mail: Sie beginnt nicht mit E-Mail-Kopfzeilen.</source>
        <translation>The file is not an e-mail: it does not start with mail headers.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="47"/>
        <source>Die E-Mail konnte nicht gelesen werden (Fehler {error}).</source>
        <translation>The e-mail could not be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="49"/>
        <source>Die Datei aus der E-Mail konnte nicht gelesen werden (Fehler {error}).</source>
        <translation>The inner file could not be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="51"/>
        <source>Die E-Mail enthält keine Datei mit der Nummer {index}.</source>
        <translation>The e-mail has no inner file number {index}.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="53"/>
        <source>Die Datei Nummer {index} konnte nicht aus der E-Mail geholt werden.</source>
        <translation>Inner file number {index} could not be exported.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="55"/>
        <source>Die Datei ist zu kurz oder zu beschädigt für eine Outlook-Nachricht.</source>
        <translation>The file is too short or damaged to be an Outlook message.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="57"/>
        <source>Die Datei ist beschädigt oder keine Outlook-Nachricht.</source>
        <translation>The file is damaged or is not an Outlook message.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="59"/>
        <source>Die Datei ist eine Office- oder Outlook-Datei, aber keine E-Mail (Elementtyp {item_type}).</source>
        <translation>The file is an Office or Outlook file but not an e-mail (item type {item_type}).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="63"/>
        <source>Name oder Pfad der Datei sind zu lang, um sie sicher zu lesen.</source>
        <translation>The file&apos;s name or path is too long to be read safely.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="65"/>
        <source>Beim Lesen der Datei entstanden weit mehr Daten als zulässig; das Lesen wurde abgebrochen.</source>
        <translation>Reading the file produced far more data than it can hold; it was stopped.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="68"/>
        <source>Die Datei konnte nicht gelesen werden: Das Leseprogramm gab keine brauchbare Antwort.</source>
        <translation>The file could not be read: the reader gave no usable answer.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="71"/>
        <source>Die Datei konnte nicht gelesen werden: Die Antwort des Leseprogramms war unvollständig.</source>
        <translation>The file could not be read: the reader&apos;s answer was incomplete.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="74"/>
        <source>Die Datei konnte nicht gelesen werden: Die Antwort des Leseprogramms war ungültig.</source>
        <translation>The file could not be read: the reader&apos;s answer was not valid.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="77"/>
        <source>Die Datei konnte nicht gelesen werden: Das Leseprogramm ließ sich nicht starten.</source>
        <translation>The file could not be read: the reader process did not start.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="80"/>
        <source>Die Datei konnte nicht gelesen werden: Das Leseprogramm brach unerwartet ab (Exit-Code {exit_code}).</source>
        <translation>The file could not be read: the reader stopped unexpectedly (exit code {exit_code}).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="83"/>
        <source>Das Lesen der Datei brauchte mehr Zeit oder Speicher als erlaubt und wurde abgebrochen.</source>
        <translation>Reading the file used more time or memory than allowed and was stopped.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="86"/>
        <source>Das Lesen der Datei dauerte länger als {seconds} Sekunden und wurde abgebrochen.</source>
        <translation>Reading the file took longer than {seconds} seconds and was stopped.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="89"/>
        <source>Das Lesen der Datei brauchte mehr Speicher als erlaubt und wurde abgebrochen.</source>
        <translation>Reading the file needed more memory than allowed; it was stopped.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="92"/>
        <source>Die Datei ist zu tief verschachtelt, um gelesen zu werden.</source>
        <translation>The file is nested too deeply to be read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="94"/>
        <source>Die Datei konnte nicht gelesen werden (Fehler {error}).</source>
        <translation>The file could not be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="97"/>
        <source>„{path}“ ist ein Ordner, keine Datei.</source>
        <translation>&apos;{path}&apos; is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="98"/>
        <source>„{path}“ existiert nicht oder ist keine Datei.</source>
        <translation>&apos;{path}&apos; does not exist or is not a file.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="100"/>
        <source>„{path}“ kann nicht gelesen werden (keine Berechtigung).</source>
        <translation>&apos;{path}&apos; cannot be read (no permission).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="102"/>
        <source>„{path}“ kann nicht gelesen werden: {reason}.</source>
        <translation>&apos;{path}&apos; cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="104"/>
        <source>Bitte mindestens eine Datei angeben.</source>
        <translation>Give at least one file.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="105"/>
        <source>Höchstens {limit} Dateien auf einmal.</source>
        <translation>At most {limit} files at a time.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="106"/>
        <source>Dieser Anhang ist keine lesbare E-Mail.</source>
        <translation>This attachment is not a readable e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="108"/>
        <source>Die Nummer des Teils darf nicht negativ sein.</source>
        <translation>The part number must be 0 or more.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="110"/>
        <source>Teil {index} der E-Mail konnte nicht entnommen werden.</source>
        <translation>Part {index} of the e-mail could not be extracted.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="113"/>
        <source>Die E-Mail hat kein lesbares Datum, daher ist heute als Datum eingetragen (Genauigkeit: unbekannt); bitte prüfen.</source>
        <translation>The e-mail has no readable date; the incident date is set to today (precision unknown).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="116"/>
        <source>Die Datei trägt kein Datum, daher ist heute als Datum eingetragen (Genauigkeit: unbekannt); bitte prüfen.</source>
        <translation>The file carries no date; the incident date is set to today (precision unknown).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="119"/>
        <source>Der Absender ist der Kontakt „{name}“ (keine beteiligte Person) und wurde nicht als Täter/in verknüpft.</source>
        <translation>The sender is the contact &apos;{name}&apos; (not a person involved); not linked as perpetrator.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="122"/>
        <source>Die E-Mail nennt keinen Absender; niemand wurde verknüpft.</source>
        <translation>The e-mail names no sender; no person was linked.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="125"/>
        <source>Die Datei hat sich zwischen Lesen und Speichern geändert; die ausgelesenen Angaben stammen von der früheren Fassung.</source>
        <translation>The file changed between reading and storing; the facts were read from the earlier version.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="128"/>
        <source>Teile der EXIF-Daten des Bildes sind beschädigt; was lesbar war, wurde übernommen.</source>
        <translation>Parts of the image&apos;s EXIF data are damaged; what could be read was kept.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="131"/>
        <source>Die EXIF-Daten des Bildes sind beschädigt; das Bild wurde ohne sie gelesen.</source>
        <translation>The image&apos;s EXIF data is damaged; the image was read without it.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="133"/>
        <source>Die GPS-Daten des Bildes sind beschädigt; der Standort wurde weggelassen.</source>
        <translation>The image&apos;s GPS data is damaged; the position was left out.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="135"/>
        <source>Das EXIF-Datum konnte nicht gelesen werden: „{raw}“.</source>
        <translation>The EXIF date could not be read: {raw}.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="137"/>
        <source>Die Dauer konnte nicht aus der Datei gelesen werden.</source>
        <translation>The duration could not be read from the file.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="139"/>
        <source>Das Audio- oder Videoformat ist unbekannt; die Dauer konnte nicht gelesen werden.</source>
        <translation>The audio or video format is not known; its duration could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="142"/>
        <source>Das PDF ist beschädigt; es wurde unverändert übernommen, aber seine Seiten konnten nicht gezählt werden.</source>
        <translation>The PDF is damaged; it was kept as it is, but its pages could not be counted.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="145"/>
        <source>Das PDF ist passwortgeschützt; seine Seiten konnten nicht gezählt werden.</source>
        <translation>The PDF is password-protected; its pages could not be counted.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="147"/>
        <source>Das PDF ist beschädigt oder auf unbekannte Weise verschlüsselt; seine Seiten konnten nicht gezählt werden.</source>
        <translation>The PDF is damaged or encrypted in an unknown way; its pages could not be counted.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="151"/>
        <source>Die Absenderzeile (From) fehlt.</source>
        <translation>The From header is missing.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="152"/>
        <source>Die Absenderzeile (From) enthält keine lesbare Adresse.</source>
        <translation>The From header has no readable address.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="154"/>
        <source>Die Datumszeile (Date) fehlt.</source>
        <translation>The Date header is missing.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="155"/>
        <source>Die Datumszeile (Date) ist nicht lesbar.</source>
        <translation>The Date header is unreadable.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="156"/>
        <source>Nur die ersten {listed} von {total} Received-Zeilen sind aufgeführt.</source>
        <translation>Only the first {listed} of {total} Received headers are listed.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="158"/>
        <source>Die E-Mail hat mehr als {limit} MIME-Teile; der Rest wurde nicht gelesen.</source>
        <translation>The mail has more than {limit} MIME parts; the rest was not read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="160"/>
        <source>Die E-Mail hat {count} Kopfzeilen „{header}“; gezeigt wird die erste.</source>
        <translation>The mail has {count} {header} headers; the first is shown.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="162"/>
        <source>{part}: unbekannter Zeichensatz „{charset}“, als UTF-8 oder Windows-1252 gelesen.</source>
        <translation>{part}: unknown character set &quot;{charset}&quot;, read as UTF-8 or Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="165"/>
        <source>{part}: Ein kodiertes Wort ließ sich nicht entschlüsseln und steht so da, wie es geschrieben wurde.</source>
        <translation>{part}: an encoded word could not be decoded and is shown as written.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="168"/>
        <source>Weitere Auffälligkeiten sind nicht aufgeführt.</source>
        <translation>Further problems were not listed.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="169"/>
        <source>Die MIME-Struktur ist zu tief verschachtelt; nur die Kopfzeilen wurden gelesen.</source>
        <translation>The MIME structure is nested too deeply to read; only the headers were read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="172"/>
        <source>MIME-Teile, die tiefer als {levels} Ebenen verschachtelt sind, wurden nicht gelesen.</source>
        <translation>MIME parts nested deeper than {levels} levels were not read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="175"/>
        <source>Die MIME-Struktur ist beschädigt ({defect}).</source>
        <translation>The MIME structure is damaged ({defect}).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="176"/>
        <source>Ein Multipart-Teil ohne brauchbare Grenze wurde übersprungen.</source>
        <translation>A multipart part without a usable boundary was skipped.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="178"/>
        <source>Nur die ersten {limit} Dateien in der E-Mail sind aufgeführt.</source>
        <translation>Only the first {limit} inner files are listed.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="180"/>
        <source>Die Datei Nummer {number} in der E-Mail konnte nicht entschlüsselt werden.</source>
        <translation>Inner file {number} could not be decoded.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="182"/>
        <source>Die Datei Nummer {number} in der E-Mail konnte nicht herausgelöst werden.</source>
        <translation>Inner file {number} could not be exported.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="184"/>
        <source>Die Outlook-Datei hat keine Internet-Kopfzeilen: keine Received-Kette, keine Rohfassung der Kopfzeilen.</source>
        <translation>The Outlook file has no Internet headers: no Received chain, no raw headers.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="187"/>
        <source>Der Absender konnte nicht gelesen werden.</source>
        <translation>The sender could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="188"/>
        <source>Die Outlook-Datei hat kein Sendedatum.</source>
        <translation>The Outlook file has no send date.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="189"/>
        <source>Die Anhänge der Outlook-Datei konnten nicht gelesen werden.</source>
        <translation>The attachments of the Outlook file could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="191"/>
        <source>Anhang {number} der Outlook-Datei konnte nicht gelesen werden ({kind}).</source>
        <translation>Attachment {number} of the Outlook file could not be read ({kind}).</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="193"/>
        <source>Die Struktur der Mail ist beschädigt; der Text wurde so weit wie möglich gelesen.</source>
        <translation>The mail&apos;s structure is damaged; its text was read as far as possible.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="196"/>
        <source>Die Aufnahme zeigt, was der Browser angezeigt hat; sie belegt nicht, woher die Seite stammt.</source>
        <translation>The capture shows what the browser displayed; it does not prove where the page came from.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="199"/>
        <source>Die gespeicherte Seite nennt keine Adresse; bitte die Adresse (URL) von Hand eintragen.</source>
        <translation>The saved page names no address; please enter the URL by hand.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="202"/>
        <source>Die gespeicherte Adresse beginnt mit „{scheme}:“ statt mit http oder https und wurde nicht übernommen.</source>
        <translation>The saved address starts with “{scheme}:” instead of http or https and was not taken over.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="205"/>
        <source>Benutzername und Passwort in der gespeicherten Adresse wurden nicht übernommen.</source>
        <translation>A user name and password in the saved address were left out.</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="209"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="213"/>
        <source>Absender (From)</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="214"/>
        <source>Empfänger (To)</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="215"/>
        <source>Kopie (Cc)</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="216"/>
        <source>Betreff (Subject)</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="217"/>
        <source>Anhangname</source>
        <translation>Attachment name</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="218"/>
        <source>Text der E-Mail</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../app/texts/notices.py" line="222"/>
        <source>das Betriebssystem hat einen Fehler gemeldet</source>
        <translation>the operating system reported an error</translation>
    </message>
</context>
<context>
    <name>OnlineForm</name>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="49"/>
        <source>Adresse (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="49"/>
        <source>Plattform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="50"/>
        <source>Benutzername des Verfassers</source>
        <translation>Author&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="51"/>
        <source>Profil-Adresse des Verfassers</source>
        <translation>Author&apos;s profile address</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="52"/>
        <source>Veröffentlicht am</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="52"/>
        <source>Gesichert am</source>
        <translation>Captured at</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="53"/>
        <source>Gesichert von</source>
        <translation>Captured by</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="53"/>
        <location filename="../../ui/attachments/online_form.py" line="167"/>
        <source>Zusammenhang</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="71"/>
        <source>z. B. 15.3.26 19:30</source>
        <translation>e.g. 15.3.26 19:30</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="72"/>
        <source>Datum und Uhrzeit, z. B. 15.3.26 19:30; leer lassen, wenn unbekannt.</source>
        <translation>Date and time, e.g. 15.3.26 19:30; leave empty if unknown.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="105"/>
        <source>Bitte auch die Uhrzeit angeben, z. B. 15.3.26 19:30.</source>
        <translation>Please give the time as well, e.g. 15.3.26 19:30.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="120"/>
        <location filename="../../ui/attachments/online_form.py" line="261"/>
        <source>{0} ist zu lang: höchstens {1} Zeichen, eingegeben sind {2}.</source>
        <translation>{0} is too long: at most {1} characters, {2} were entered.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="123"/>
        <source>{0} enthält Steuerzeichen oder Zeilenumbrüche; bitte entfernen.</source>
        <translation>{0} contains control characters or line breaks; please remove them.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="136"/>
        <source>{0} muss mit http:// oder https:// beginnen, z. B. https://www.facebook.com/… (bitte aus der Adresszeile des Browsers kopieren).</source>
        <translation>{0} must start with http:// or https://, e.g. https://www.facebook.com/… (please copy it from the browser&apos;s address bar).</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="140"/>
        <source>{0} ist keine vollständige Internetadresse (Rechnername fehlt oder Leerzeichen enthalten).</source>
        <translation>{0} is not a complete web address (the host name is missing or it contains spaces).</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="160"/>
        <source>https://… genaue Adresse des Beitrags</source>
        <translation>https://… exact address of the post</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="161"/>
        <source>z. B. Facebook, X, Instagram, Telegram</source>
        <translation>e.g. Facebook, X, Instagram, Telegram</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="162"/>
        <source>z. B. @benutzername</source>
        <translation>e.g. @username</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="163"/>
        <source>https://… Adresse des Profils</source>
        <translation>https://… address of the profile</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="166"/>
        <source>Worauf antwortet der Beitrag? Wen betrifft er? (Zusammenhang)</source>
        <translation>What does the post answer? Whom does it target? (context)</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="257"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="264"/>
        <source>{0} enthält Steuerzeichen; bitte entfernen.</source>
        <translation>{0} contains control characters; please remove them.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="288"/>
        <source>Fehlt: die genaue Adresse des Beitrags (die Polizei braucht sie, um ihn zu finden).</source>
        <translation>Missing: the exact address of the post (the police need it to find it).</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="290"/>
        <source>Fehlt: der Benutzername des Verfassers.</source>
        <translation>Missing: the author&apos;s user name.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="291"/>
        <source>Fehlt: Datum und Uhrzeit der Veröffentlichung (wie auf dem Bildschirmfoto zu sehen).</source>
        <translation>Missing: date and time of posting (as seen on the screenshot).</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="293"/>
        <source>Fehlt: wann das Bildschirmfoto gemacht wurde.</source>
        <translation>Missing: when the screenshot was taken.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="294"/>
        <source>Fehlt: der Zusammenhang (worauf der Beitrag antwortet, wen er betrifft).</source>
        <translation>Missing: the context (what the post answers, whom it targets).</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="304"/>
        <source>Für eine Anzeige fehlt noch eine Angabe: {0}. Sie können trotzdem speichern und später ergänzen.</source>
        <translation>For a police report, one fact is still missing: {0}. You can save anyway and add it later.</translation>
    </message>
    <message>
        <location filename="../../ui/attachments/online_form.py" line="306"/>
        <source>Für eine Anzeige fehlen noch {0} Angaben: {1}. Sie können trotzdem speichern und später ergänzen.</source>
        <translation>For a police report, {0} facts are still missing: {1}. You can save anyway and add them later.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="46"/>
        <source>Passphrase ändern</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="48"/>
        <source>Die neue Passphrase gilt nur für Sie ({0}). Sicherungen, die vorher angelegt wurden, öffnen sich weiter nur mit der Passphrase, mit der sie angelegt wurden.</source>
        <translation>The new passphrase is yours only ({0}). Backups made before keep opening only with the passphrase they were made with.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="53"/>
        <source>Bisherige Passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="55"/>
        <source>Bisherige Passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="61"/>
        <source>Passphrase ä&amp;ndern</source>
        <translation>Change pass&amp;phrase</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="63"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="100"/>
        <source>Die Passphrase wird geprüft und geändert …</source>
        <translation>Checking and changing the passphrase …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="111"/>
        <source>Die Passphrase ist geändert; Sicherungen, die vorher angelegt wurden, öffnen sich weiter nur mit der bisherigen Passphrase.</source>
        <translation>The passphrase is changed; backups made before keep opening only with the previous passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="113"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/passphrase_dialog.py" line="117"/>
        <source>Die bisherige Passphrase ist falsch; es wurde nichts geändert.</source>
        <translation>The current passphrase is wrong; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase.py" line="30"/>
        <source>Neue Passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="31"/>
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="32"/>
        <source>Stärke:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="61"/>
        <source>schwach</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="62"/>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="62"/>
        <source>stark</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="69"/>
        <source>Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>The two entries do not match yet.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="71"/>
        <source>Die Passphrase erfüllt die Regeln.</source>
        <translation>The passphrase meets the rules.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="106"/>
        <source>Passphrase festlegen</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="107"/>
        <source>Die Passphrase schützt alle Aufzeichnungen. Niemand – auch nicht der Hersteller – kann sie zurücksetzen; dafür gibt es gleich einen Wiederherstellungscode.</source>
        <translation>The passphrase protects all your records. Nobody – not even the makers of Vorfallbuch – can reset it; that is why you will get a recovery code in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="136"/>
        <source>Der Tresor wird angelegt …</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="158"/>
        <source>Bitte beheben Sie die Ursache und klicken Sie erneut auf „Tresor anlegen“, oder gehen Sie zurück und wählen Sie einen anderen Speicherort.</source>
        <translation>Please fix the cause and click ‘Create vault’ again, or go back and choose another location.</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="53"/>
        <source>z. B. die Bürgermeisterin, ihre Familie, Mitarbeitende des Hauptamts</source>
        <translation>e.g. the mayor, her family, staff of the central administration</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="56"/>
        <source>Gegen wen gerichtet</source>
        <translation>Against whom</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="58"/>
        <source>Verknüpfte Personen</source>
        <translation>Linked persons</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="59"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="59"/>
        <location filename="../../ui/incidents/persons_widget.py" line="248"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="60"/>
        <source>Rolle im Vorfall</source>
        <translation>Role in the incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="70"/>
        <source>Kontakt wählen…</source>
        <translation>Choose contact…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="71"/>
        <source>Neue Person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="72"/>
        <source>Verknüpfung entfernen</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="73"/>
        <source>Täter unbekannt</source>
        <translation>Offender unknown</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="75"/>
        <source>Solange der Täter unbekannt ist, beginnt die Strafantragsfrist nicht; ein Antrag „gegen Unbekannt“ ist trotzdem ratsam.</source>
        <translation>While the offender is unknown, the deadline for the Strafantrag (request to prosecute) does not start; filing one ‘against persons unknown’ is still advisable.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="83"/>
        <source>Name oder Benutzername</source>
        <translation>Name or user name</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="85"/>
        <source>Anlegen und verknüpfen</source>
        <translation>Create and link</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="86"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="88"/>
        <source>Neue Person:</source>
        <translation>New person:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="101"/>
        <source>Gegen wen richtete es sich?</source>
        <translation>Who was it aimed at?</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="103"/>
        <source>Beteiligte Personen (Tatverdächtige, Zeugen, Betroffene):</source>
        <translation>People involved (suspects, witnesses, people affected):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="146"/>
        <source>Dieselbe Person ist zweimal in derselben Rolle verknüpft; bitte eine der Verknüpfungen entfernen.</source>
        <translation>The same person is linked twice in the same role; please remove one of the links.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="189"/>
        <source>(gelöschter Kontakt)</source>
        <translation>(deleted contact)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="192"/>
        <source>Dieser Kontakt wurde gelöscht; die Verknüpfung bleibt als Teil des Vorfalls erhalten.</source>
        <translation>This contact was deleted; the link is kept as part of the incident.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="247"/>
        <source>Kontakt wählen</source>
        <translation>Choose contact</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="247"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="249"/>
        <source>Rolle im Vorfall:</source>
        <translation>Role in the incident:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/persons_widget.py" line="283"/>
        <source>Bitte einen Namen oder Benutzernamen angeben.</source>
        <translation>Please enter a name or user name.</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>Vorfall</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103"/>
        <source>Kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>Anhang</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Eintrag</source>
        <translation>entry</translation>
    </message>
</context>
<context>
    <name>RecordPickerDialog</name>
    <message>
        <location filename="../../ui/incidents/picker.py" line="69"/>
        <source>Suchen …</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/picker.py" line="72"/>
        <source>Auswahl</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/picker.py" line="84"/>
        <source>Übernehmen</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/picker.py" line="86"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="46"/>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="50"/>
        <source>Mit dem Wiederherstellungscode kann jeder Benutzer eine neue Passphrase setzen, wenn er seine vergessen hat. Ein neuer Code ersetzt den bisherigen in diesem Tresor; Sicherungen, die vorher angelegt wurden, öffnen sich weiter mit dem alten Code. Legen Sie danach eine neue Sicherung an und vernichten Sie ältere, wenn der alte Code in falsche Hände geraten sein kann.</source>
        <translation>With the recovery code any user can set a new passphrase after forgetting theirs. A new code replaces the old one in this vault; backups made before still open with the old code. Make a new backup afterwards, and destroy older ones if the old code may have fallen into the wrong hands.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="65"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="68"/>
        <source>Ich habe den Code ausgedruckt oder aufgeschrieben und bewahre ihn verschlossen auf.</source>
        <translation>I have printed or written down the code and will keep it locked away.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="72"/>
        <source>Zur Sicherheit: Bitte tippen Sie Gruppe {0} des neuen Codes ab.</source>
        <translation>To be sure: please type group {0} of the new code.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="76"/>
        <source>Gruppe {0} des neuen Codes</source>
        <translation>Group {0} of the new code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="83"/>
        <source>&amp;Neuen Code erzeugen …</source>
        <translation>&amp;New code …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="85"/>
        <source>Neuen Code in &amp;Kraft setzen</source>
        <translation>Put the new code in &amp;force</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="89"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="106"/>
        <source>Für diesen Tresor ist ein Wiederherstellungscode hinterlegt.</source>
        <translation>This vault has a recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="107"/>
        <source>Für diesen Tresor ist kein Wiederherstellungscode hinterlegt.</source>
        <translation>No recovery code is set for this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="109"/>
        <source>Einen neuen Code erzeugen nur Inhaber des Tresors.</source>
        <translation>Only an owner of the vault can make a new code.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="132"/>
        <source>Einen neuen Wiederherstellungscode erzeugen? Er gilt erst, wenn Sie ihn aufbewahrt und bestätigt haben; danach funktioniert der bisherige nicht mehr.</source>
        <translation>Make a new recovery code? It applies only once you have kept and confirmed it; then the previous one stops working.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="134"/>
        <source>Neuen Code erzeugen</source>
        <translation>Make new code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="146"/>
        <source>Der neue Code gilt noch nicht: Drucken oder notieren Sie ihn, bestätigen Sie ihn und setzen Sie ihn dann in Kraft. Bis dahin gilt der bisherige.</source>
        <translation>The new code does not apply yet: print or write it down, confirm it, then put it in force. Until then the previous one applies.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="163"/>
        <source>Der neue Code wird gespeichert …</source>
        <translation>Saving the new code…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="174"/>
        <source>Der neue Code gilt ab jetzt; der bisherige funktioniert nicht mehr. Legen Sie eine neue Sicherung an.</source>
        <translation>The new code applies from now on; the previous one no longer works. Make a new backup.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="183"/>
        <source>Vorfallbuch – Wiederherstellungscode</source>
        <translation>Vorfallbuch – recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/recovery_dialog.py" line="186"/>
        <source>Verschlossen aufbewahren. Damit kann eine neue Passphrase gesetzt werden.</source>
        <translation>Keep locked away. It can be used to set a new passphrase.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery.py" line="40"/>
        <source>Neue Passphrase mit dem Wiederherstellungscode</source>
        <translation>New passphrase with the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="60"/>
        <source>Passphrase setzen</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="62"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="66"/>
        <source>Benutzer:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="67"/>
        <source>Wiederherstellungscode:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="71"/>
        <source>Geben Sie den Wiederherstellungscode ein, den Sie beim Einrichten ausgedruckt oder notiert haben (Groß-/Kleinschreibung und Bindestriche sind egal).</source>
        <translation>Enter the recovery code you printed or wrote down during setup (capitals and hyphens do not matter).</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="89"/>
        <source>Bitte den Code eingeben.</source>
        <translation>Please enter the code.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="94"/>
        <source>In Gruppe {0} ist ein Tippfehler.</source>
        <translation>There is a typing error in group {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="96"/>
        <source>Noch nicht vollständig ({0} von {1} Zeichen).</source>
        <translation>Not complete yet ({0} of {1} characters).</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="98"/>
        <source>Der Code ist nicht gültig; bitte prüfen Sie ihn.</source>
        <translation>The code is not valid; please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="103"/>
        <source>Der Code ist vollständig und gültig.</source>
        <translation>The code is complete and valid.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="112"/>
        <source>Setze die neue Passphrase …</source>
        <translation>Setting the new passphrase…</translation>
    </message>
</context>
<context>
    <name>RelatedWidget</name>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="33"/>
        <source>Verwandte Vorfälle</source>
        <translation>Related incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="35"/>
        <source>Vorfall verknüpfen…</source>
        <translation>Link incident…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="36"/>
        <source>Verknüpfung entfernen</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="61"/>
        <source>(gelöschter Vorfall)</source>
        <translation>(deleted incident)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="62"/>
        <source>Dieser Vorfall wurde gelöscht; die Verknüpfung bleibt als Teil des Vorfalls erhalten.</source>
        <translation>This incident was deleted; the link is kept as part of the incident.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="65"/>
        <source>(Vorfall nicht gefunden)</source>
        <translation>(incident not found)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="104"/>
        <source>Vorfall verknüpfen</source>
        <translation>Link incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="105"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/related_widget.py" line="105"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="61"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="63"/>
        <source>Die Sicherung wird in einen neuen Ordner wiederhergestellt und dort geprüft; der geöffnete Tresor bleibt unverändert.</source>
        <translation>The backup is restored into a new folder and verified there; the open vault stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="67"/>
        <source>Sicherungsdatei</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="68"/>
        <source>&amp;Wählen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="72"/>
        <source>mit der &amp;Passphrase eines Benutzers</source>
        <translation>with a user&apos;s &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="73"/>
        <source>mit dem Wiederherstellungs&amp;code</source>
        <translation>with the recovery &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="79"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="81"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="83"/>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="85"/>
        <source>Neuer Ordner</source>
        <translation>New folder</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="86"/>
        <source>Ordner w&amp;ählen…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="95"/>
        <source>Sicherung:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="97"/>
        <source>Öffnen:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="98"/>
        <source>Benutzer:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="99"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="101"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="102"/>
        <source>Neuer Ordner:</source>
        <translation>New folder:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="108"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="110"/>
        <source>Zum wiederhergestellten Tresor &amp;wechseln</source>
        <translation>S&amp;witch to the restored vault</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="113"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="143"/>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="144"/>
        <source>Vorfallbuch-Sicherungen (*{0})</source>
        <translation>Vorfallbuch backups (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="145"/>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="151"/>
        <source>Ordner für den wiederhergestellten Tresor wählen</source>
        <translation>Choose the folder for the restored vault</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="170"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="172"/>
        <source>Sicherung vom {0}{1}.</source>
        <translation>Backup of {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="173"/>
        <source>, von diesem Tresor</source>
        <translation>, of this vault</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="173"/>
        <source>, von einem anderen Tresor</source>
        <translation>, of another vault</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="181"/>
        <source>Bitte wählen Sie die Sicherungsdatei.</source>
        <translation>Please choose the backup file.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="186"/>
        <source>Bitte wählen Sie einen neuen Ordner für den Tresor.</source>
        <translation>Please choose a new folder for the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="189"/>
        <source>Das ist der Ordner des geöffneten Tresors; bitte wählen Sie einen neuen Ordner.</source>
        <translation>That is the open vault&apos;s folder; please choose a new folder.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="194"/>
        <source>Bitte geben Sie die Passphrase ein, mit der die Sicherung angelegt wurde.</source>
        <translation>Please enter the passphrase the backup was made with.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="201"/>
        <source>Bitte geben Sie den Wiederherstellungscode ein.</source>
        <translation>Please enter the recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="208"/>
        <source>Die Sicherung wird entpackt und geprüft …</source>
        <translation>Unpacking and verifying the backup …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_dialog.py" line="222"/>
        <source>Der Tresor ist wiederhergestellt und geprüft: {0} (Einträge: {1}).</source>
        <translation>The vault is restored and verified: {0} (entries: {1}).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../ui/secret_field.py" line="42"/>
        <location filename="../../ui/secret_field.py" line="50"/>
        <source>Passphrase anzeigen</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/secret_field.py" line="50"/>
        <source>Passphrase verbergen</source>
        <translation>Hide passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/secret_field.py" line="81"/>
        <source>Die Feststelltaste (Caps Lock) ist eingeschaltet.</source>
        <translation>Caps Lock is on.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>Minuten ohne Eingabe</source>
        <translation>minutes without input</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Sekunden</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Standardwerte</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>Automatisch sperren nach:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Zwischenablage leeren nach:</source>
        <translation>Clear the clipboard after:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>&amp;Sprache / Language:</source>
        <translation>&amp;Language / Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Vorfallbuch sperrt sich nach {0} bis {1} Minuten ohne Eingabe. Text, den Sie aus Vorfallbuch kopieren, wird nach {2} bis {3} Sekunden aus der Zwischenablage gelöscht, wenn er dann noch dort steht.</source>
        <translation>Vorfallbuch locks itself after {0} to {1} minutes without input. Text you copy out of Vorfallbuch is removed from the clipboard after {2} to {3} seconds if it is still there.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>Bitte geben Sie bei „Automatisch sperren“ eine ganze Zahl von {0} bis {1} Minuten ein.</source>
        <translation>Please enter a whole number from {0} to {1} minutes for “Lock automatically”.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Bitte geben Sie bei „Zwischenablage leeren“ eine ganze Zahl von {0} bis {1} Sekunden ein.</source>
        <translation>Please enter a whole number from {0} to {1} seconds for “Clear the clipboard”.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Die Sprache wechselt beim nächsten Start. / The language changes at the next start.</source>
        <translation>The language changes at the next start.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="252"/>
        <source>Vorfallbuch einrichten</source>
        <translation>Set up Vorfallbuch</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="273"/>
        <source>Fertig</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="274"/>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="275"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="276"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="277"/>
        <source>Tresor anlegen</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286"/>
        <source>Ordner für den Tresor wählen</source>
        <translation>Choose a folder for the vault</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="293"/>
        <source>Dort liegt schon ein Tresor; öffnen Sie ihn mit „Vorhandenen Tresor öffnen…“.</source>
        <translation>There is already a vault there; open it with ‘Open existing vault…’.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="296"/>
        <source>Dort gibt es schon „{0}“, aber es ist kein leerer Ordner; bitte wählen Sie einen anderen Ort.</source>
        <translation>There is already a ‘{0}’ there that is not an empty folder; please choose another place.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="345"/>
        <source>Der Wiederherstellungscode wird nur jetzt angezeigt. Ohne ihn sind Ihre Aufzeichnungen verloren, wenn Sie die Passphrase vergessen. Trotzdem beenden?</source>
        <translation>The recovery code is shown only now. Without it, your records are lost if you forget the passphrase. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="347"/>
        <source>Zurück zum Code</source>
        <translation>Back to the code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="347"/>
        <source>Trotzdem beenden</source>
        <translation>Quit anyway</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../ui/start_view.py" line="40"/>
        <source>Adresse (URL)</source>
        <translation>address (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="41"/>
        <source>Datum der Veröffentlichung</source>
        <translation>date of posting</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="43"/>
        <source>Datum der Sicherung</source>
        <translation>date of capture</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="45"/>
        <source>die Kopfzeilen der E-Mail (als .eml- oder .msg-Datei sichern)</source>
        <translation>the e-mail&apos;s headers (save it as an .eml or .msg file)</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="50"/>
        <source>Sichern Sie alles, was Sie erhalten haben: Brief, Nachricht, Foto. Werfen Sie nichts weg.</source>
        <translation>Keep everything you received: letter, message, photo. Throw nothing away.</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="52"/>
        <source>Antworten Sie nicht und löschen Sie nichts, auch keine Kommentare, bevor sie gesichert sind.</source>
        <translation>Do not reply and delete nothing, not even comments, before they are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="54"/>
        <source>Machen Sie ein Bildschirmfoto mit der Adresse (URL), dem Datum und der Uhrzeit; speichern Sie E-Mails als Datei mit allen Kopfzeilen.</source>
        <translation>Take a screenshot showing the address (URL), the date and the time; save e-mails as files with all their headers.</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="57"/>
        <source>Erstatten Sie Anzeige. Bei Beleidigung und ähnlichen Taten muss der Strafantrag binnen drei Monaten gestellt werden (§ 77b StGB).</source>
        <translation>Report it to the police. For insults and similar offences the request for prosecution (Strafantrag) must be made within three months (section 77b StGB).</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="60"/>
        <source>Holen Sie sich Hilfe: bei akuter Gefahr die 110, Beratung bei den Stellen unten.</source>
        <translation>Get help: in acute danger call 110, advice from the services below.</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="83"/>
        <source>heute ist der letzte Tag</source>
        <translation>today is the last day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_view.py" line="85"/>
        <source>noch %n Tag</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_view.py" line="86"/>
        <source>noch %n Tage</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="92"/>
        <source>{0}: {1} (Fristende {2})</source>
        <translation>{0}: {1} (deadline {2})</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="95"/>
        <source>{0}: abgelaufen ohne Strafantrag (Fristende war {1})</source>
        <translation>{0}: expired without a Strafantrag (deadline was {1})</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="97"/>
        <source>{0}: Fristbeginn unbekannt – Täter oder Tag der Kenntnis fehlt</source>
        <translation>{0}: start of the deadline unknown - perpetrator or day of knowledge missing</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="101"/>
        <source>{0} (vom {1}): noch nicht angezeigt</source>
        <translation>{0} (of {1}): not yet reported</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="107"/>
        <source>{0} zu „{1}“ – es fehlt: {2}</source>
        <translation>{0} for &quot;{1}&quot; - missing: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="113"/>
        <source>Letzte Sicherung: noch nie – jetzt sichern</source>
        <translation>Last backup: never - back up now</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="116"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_view.py" line="118"/>
        <source>vor %n Tag</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_view.py" line="120"/>
        <source>vor %n Tagen</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="122"/>
        <source>Letzte Sicherung: {0} ({1}) – eine neue ist fällig</source>
        <translation>Last backup: {0} ({1}) - a new one is due</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="123"/>
        <source>Letzte Sicherung: {0} ({1})</source>
        <translation>Last backup: {0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_view.py" line="128"/>
        <source>… und %n weiterer: in der Liste</source>
        <translation>
            <numerusform>... and %n more: in the list</numerusform>
            <numerusform>... and %n more: in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_view.py" line="130"/>
        <source>… und %n weitere: in der Liste</source>
        <translation>
            <numerusform>... and %n more: in the list</numerusform>
            <numerusform>... and %n more: in the list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="173"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="178"/>
        <source>Alle &amp;Vorfälle anzeigen</source>
        <translation>Show all &amp;incidents</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="179"/>
        <source>Zur Liste aller Vorfälle (Strg+Tab)</source>
        <translation>To the list of all incidents (Ctrl+Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="184"/>
        <location filename="../../ui/start_view.py" line="224"/>
        <source>Die Übersicht wird geladen …</source>
        <translation>Loading the overview ...</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="260"/>
        <source>Die Übersicht kann nicht angezeigt werden: {0}</source>
        <translation>The overview cannot be shown: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="302"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="315"/>
        <source>Strafantragsfristen</source>
        <translation>Strafantrag deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="316"/>
        <source>Keine offene Strafantragsfrist.</source>
        <translation>No open Strafantrag deadline.</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="324"/>
        <source>Noch nicht angezeigt</source>
        <translation>Not yet reported</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="325"/>
        <source>Alle Vorfälle sind angezeigt.</source>
        <translation>All incidents are reported.</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="331"/>
        <source>Beweismittel, denen etwas fehlt</source>
        <translation>Evidence that lacks something</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="332"/>
        <source>Allen Beweismitteln liegt bei, was die Polizei braucht.</source>
        <translation>All evidence has what the police need.</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="339"/>
        <source>Beschädigte Einträge</source>
        <translation>Damaged entries</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="340"/>
        <source>Ein Vorfall kann nicht gelesen werden: Tresor prüfen</source>
        <translation>One incident cannot be read: check the vault</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_view.py" line="341"/>
        <source>%n Vorfälle können nicht gelesen werden: Tresor prüfen</source>
        <translation>
            <numerusform>%n incident cannot be read: check the vault</numerusform>
            <numerusform>%n incidents cannot be read: check the vault</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="347"/>
        <source>Was tun nach einem Vorfall?</source>
        <translation>What to do after an incident?</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="348"/>
        <source>Der Tresor ist noch leer. Wenn etwas vorgefallen ist, gehen Sie ruhig Schritt für Schritt vor:</source>
        <translation>The vault is still empty. If something has happened, go calmly step by step:</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="355"/>
        <source>Neuen Vorfall erfassen (Strg+N)</source>
        <translation>Record a new incident (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="360"/>
        <source>Hilfe und Beratung in Sachsen</source>
        <translation>Help and advice in Saxony</translation>
    </message>
    <message>
        <location filename="../../ui/start_view.py" line="371"/>
        <source>Angaben ohne Gewähr; bitte vor Gebrauch prüfen. Im Notfall: 110.</source>
        <translation>Details without guarantee; please check before use. In an emergency: 110.</translation>
    </message>
</context>
<context>
    <name>TimePointEdit</name>
    <message>
        <location filename="../../ui/incidents/time_widget.py" line="37"/>
        <source>ungefähr</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/time_widget.py" line="38"/>
        <source>Datum oder Uhrzeit sind nur ungefähr bekannt.</source>
        <translation>The date or time is only approximately known.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/time_widget.py" line="39"/>
        <source>Zeitpunkt unbekannt</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/time_widget.py" line="41"/>
        <source>Wann es geschah, ist nicht bekannt; das Datum ist dann nur ein Bezugspunkt (z. B. der Tag, an dem Sie davon erfahren haben).</source>
        <translation>When it happened is not known; the date is then only a reference point (e.g. the day you learned of it).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="50"/>
        <source>Vorfallbuch entsperren</source>
        <translation>Unlock Vorfallbuch</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="70"/>
        <source>Passphrase vergessen?</source>
        <translation>Forgotten your passphrase?</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="73"/>
        <source>Anderen Tresor öffnen…</source>
        <translation>Open another vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>Tresor: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="84"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="88"/>
        <source>Benutzer:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="89"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="92"/>
        <source>Ihre Aufzeichnungen sind verschlüsselt. Bitte melden Sie sich mit Ihrer Passphrase an.</source>
        <translation>Your records are encrypted. Please sign in with your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="115"/>
        <source>Zu viele falsche Passphrasen; nächster Versuch in {0} Sekunden.</source>
        <translation>Too many wrong passphrases; next attempt in {0} seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="140"/>
        <source>Bitte geben Sie Ihre Passphrase ein.</source>
        <translation>Please enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="142"/>
        <source>Prüfe die Passphrase …</source>
        <translation>Checking the passphrase…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="48"/>
        <source>Inhaber</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="48"/>
        <source>Mitarbeiter</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="60"/>
        <source>Benutzer hinzufügen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="62"/>
        <source>Die neue Person tippt ihre Passphrase selbst ein; niemand sonst muss sie kennen. Mitarbeiter erfassen Vorfälle und exportieren Dossiers; Inhaber verwalten außerdem die Benutzer und den Wiederherstellungscode.</source>
        <translation>The new person types her passphrase herself; nobody else needs to know it. Clerks record incidents and export dossiers; owners also manage the users and the recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="69"/>
        <source>Name der neuen Person</source>
        <translation>Name of the new person</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="72"/>
        <location filename="../../ui/admin/users_dialog.py" line="168"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="78"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="79"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="83"/>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="85"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="123"/>
        <source>Die Passphrase wird gesichert; das dauert ein, zwei Sekunden …</source>
        <translation>Securing the passphrase; this takes a second or two...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="160"/>
        <source>Benutzer verwalten</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="167"/>
        <source>Benutzer des Tresors</source>
        <translation>Users of the vault</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="168"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="168"/>
        <source>Benutzer seit</source>
        <translation>User since</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="178"/>
        <source>Benutzer &amp;hinzufügen …</source>
        <translation>&amp;Add user...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="180"/>
        <location filename="../../ui/admin/users_dialog.py" line="255"/>
        <source>Zum &amp;Inhaber machen</source>
        <translation>Make &amp;owner</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="183"/>
        <source>&amp;Entfernen …</source>
        <translation>&amp;Remove...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="185"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="215"/>
        <source> (Sie)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="225"/>
        <source>Sie sind als {0} angemeldet und Inhaber dieses Tresors: Sie können Benutzer hinzufügen, entfernen und ihre Rolle ändern. Mitarbeiter erfassen Vorfälle und exportieren Dossiers.</source>
        <translation>You are signed in as {0} and an owner of this vault: you can add and remove users and change their role. Clerks record incidents and export dossiers.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="230"/>
        <source>Sie sind als {0} angemeldet (Mitarbeiter). Benutzer und den Wiederherstellungscode verwalten nur Inhaber des Tresors.</source>
        <translation>You are signed in as {0} (clerk). Only an owner of the vault manages users and the recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="253"/>
        <source>Zum &amp;Mitarbeiter machen</source>
        <translation>Make &amp;clerk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="272"/>
        <source>„{0}“ kann den Tresor jetzt mit der eigenen Passphrase öffnen.</source>
        <translation>&quot;{0}&quot; can now open the vault with her own passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="282"/>
        <source>„{0}“ zum Inhaber machen? Inhaber können Benutzer hinzufügen und entfernen, auch Sie, und einen neuen Wiederherstellungscode erzeugen.</source>
        <translation>Make &quot;{0}&quot; an owner? Owners can add and remove users, you too, and make a new recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="285"/>
        <source>Zum Inhaber machen</source>
        <translation>Make owner</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="294"/>
        <source>„{0}“ ist jetzt {1}.</source>
        <translation>&quot;{0}&quot; is now {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="307"/>
        <source>„{0}“ ({1}) entfernen? Die Passphrase dieser Person öffnet den Tresor dann nicht mehr; was sie erfasst hat, bleibt unter ihrem Namen erhalten.</source>
        <translation>Remove &quot;{0}&quot; ({1})? Her passphrase will no longer open the vault; what she recorded stays under her name.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="311"/>
        <source>Sie entfernen sich selbst: Der Tresor wird danach gesperrt, und Ihre Passphrase öffnet ihn nicht mehr.</source>
        <translation>You are removing yourself: the vault then locks, and your passphrase no longer opens it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="313"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_dialog.py" line="324"/>
        <source>„{0}“ wurde entfernt.</source>
        <translation>&quot;{0}&quot; was removed.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="31"/>
        <source>Vorfall</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="32"/>
        <source>Kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="33"/>
        <source>Anhang</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="34"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="35"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="51"/>
        <source>Tresor prüfen</source>
        <translation>Verify vault</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="53"/>
        <source>Die Prüfung öffnet jeden Eintrag und jede Datei des Tresors, vergleicht jede Datei mit ihrer SHA-256-Prüfsumme und rechnet den Verlauf Glied für Glied nach. Sie ändert nichts.</source>
        <translation>The check opens every entry and every file of the vault, compares every file with its SHA-256 checksum and recomputes the history link by link. It changes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="62"/>
        <source>Beschädigte Einträge</source>
        <translation>Damaged entries</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="63"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="63"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="63"/>
        <source>Befund</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="69"/>
        <source>Gefundene Schäden</source>
        <translation>Damage found</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="73"/>
        <source>&amp;Erneut prüfen</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="75"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="103"/>
        <source>Der Tresor wird geprüft …</source>
        <translation>Checking the vault …</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="118"/>
        <source>Der Tresor ist unversehrt: {0} Einträge und Dateien sind geprüft, der Verlauf ist lückenlos ({1} Glieder).</source>
        <translation>The vault is intact: {0} entries and files checked, the history is complete ({1} links).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="123"/>
        <source>Beschädigt: {0} von {1} geprüften Einträgen und Dateien; alles andere ist lesbar.</source>
        <translation>Damaged: {0} of {1} entries and files checked; everything else is readable.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="148"/>
        <source>„{0}“ im Vorfall „{1}“</source>
        <translation>&quot;{0}&quot; in the incident &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verify_dialog.py" line="153"/>
        <source>Was tun: Stellen Sie die letzte Sicherung in einem neuen Ordner wieder her und prüfen Sie sie; vergleichen Sie, was hier noch lesbar ist, mit der Sicherung, und behalten Sie diesen Tresor, bis nichts mehr fehlt.</source>
        <translation>What to do: restore the last backup into a new folder and verify it; compare what is still readable here with the backup, and keep this vault until nothing is missing.</translation>
    </message>
</context>
</TS>
