<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ItemHtml</name>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>followers only</source>
        <translation>nur für Follower</translation>
    </message>
    <message>
        <source>Deleted on the platform (noticed %1)</source>
        <translation>Auf der Plattform gelöscht (bemerkt %1)</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>not downloaded: %1</source>
        <translation>nicht heruntergeladen: %1</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boost(s)</source>
        <translation>
            <numerusform>%n-mal geteilt</numerusform>
            <numerusform>%n-mal geteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n Favorit</numerusform>
            <numerusform>%n Favoriten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open on platform</source>
        <translation>Auf der Plattform öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Edit history (%n earlier version(s))</source>
        <translation>
            <numerusform>Bearbeitungsverlauf (%n frühere Fassung)</numerusform>
            <numerusform>Bearbeitungsverlauf (%n frühere Fassungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Fassung vom %1</translation>
    </message>
    <message>
        <source>Version archived %1</source>
        <translation>Fassung, archiviert am %1</translation>
    </message>
    <message>
        <source>%1 boosted, %2</source>
        <translation>%1 hat geteilt, %2</translation>
    </message>
    <message>
        <source>deleted on the platform</source>
        <translation>auf der Plattform gelöscht</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The Bluesky OAuth session of %1 is unusable (%2). Sign in again with `holdfast accounts add bluesky --handle %1 --oauth`.</source>
        <translation>Die Bluesky-OAuth-Sitzung von %1 ist unbrauchbar (%2). Melden Sie sich erneut an mit `holdfast accounts add bluesky --handle %1 --oauth`.</translation>
    </message>
    <message>
        <source>The Bluesky session of %1 expired. Sign in again with `holdfast accounts add bluesky --handle %1`.</source>
        <translation>Die Bluesky-Sitzung von %1 ist abgelaufen. Melden Sie sich erneut an mit `holdfast accounts add bluesky --handle %1`.</translation>
    </message>
    <message>
        <source>Holdfast has no access token for %1 in the keychain; sign in to this account again.</source>
        <translation>Holdfast hat im Schlüsselbund kein Zugriffstoken für %1; melden Sie sich erneut bei diesem Konto an.</translation>
    </message>
    <message>
        <source>Backing up %1 accounts is not supported yet.</source>
        <translation>Das Sichern von %1-Konten wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Not a downloadable URL.</source>
        <translation>Keine herunterladbare URL.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 did not return the signed-in account.</source>
        <translation>%1 lieferte das angemeldete Konto nicht.</translation>
    </message>
    <message>
        <source>Refusing to follow a page link to another host (%1).</source>
        <translation>Einem Seitenlink zu einem anderen Host (%1) wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 did not return a list.</source>
        <translation>%1 lieferte keine Liste.</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Folge ich</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n Eintrag</numerusform>
            <numerusform>%1: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 items/s</source>
        <translation> · %1 Einträge/s</translation>
    </message>
    <message>
        <source>Waiting for the rate limit until %1</source>
        <translation>Warte bis %1 auf das Anfragelimit</translation>
    </message>
    <message>
        <source>Downloading media…</source>
        <translation>Lade Medien herunter …</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Schließe ab …</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n neuer Eintrag</numerusform>
            <numerusform>%n neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n bearbeitet</numerusform>
            <numerusform>%n bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new follower(s)</source>
        <translation>
            <numerusform>%n neuer Follower</numerusform>
            <numerusform>%n neue Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost follower(s)</source>
        <translation>
            <numerusform>%n Follower verloren</numerusform>
            <numerusform>%n Follower verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>Cancelled; what was fetched is kept (%1).</source>
        <translation>Abgebrochen; Geladenes bleibt erhalten (%1).</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::AccountsModel</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Folge ich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>holdfast::ArchiveImport</name>
    <message>
        <source>Checking %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <source>Checked %1 entries</source>
        <translation>%1 Archiveinträge geprüft</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <source>%1 records of other collections kept in %2</source>
        <translation>%1 Datensätze anderer Sammlungen in %2 aufbewahrt</translation>
    </message>
    <message>
        <source>Import succeeded</source>
        <translation>Import erfolgreich</translation>
    </message>
    <message>
        <source>%1 is not a data export Holdfast recognises (looked for an X archive&apos;s data/manifest.js or window.YTD data files, a Mastodon outbox.json with actor.json, Facebook or Instagram download files, a Mastodon CSV export and a Bluesky CAR).</source>
        <translation>%1 ist kein Datenexport, den Holdfast erkennt (gesucht wurde nach data/manifest.js oder window.YTD-Datendateien eines X-Archivs, einer Mastodon-outbox.json mit actor.json, Download-Dateien von Facebook oder Instagram, einem Mastodon-CSV-Export und einer Bluesky-CAR-Datei).</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>%1 is a %2 account; %3 (%4) is from another platform.</source>
        <translation>%1 ist ein %2-Konto; %3 (%4) stammt von einer anderen Plattform.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, not to account %3.</source>
        <translation>%1 gehört zu %2, nicht zum Konto %3.</translation>
    </message>
    <message>
        <source>%1 does not say whose data it is; name the account with --account.</source>
        <translation>Aus %1 geht nicht hervor, wessen Daten es enthält; geben Sie das Konto mit --account an.</translation>
    </message>
    <message>
        <source>%1 was not imported completely: %2. Everything else in it was imported.</source>
        <translation>%1 wurde nicht vollständig importiert: %2. Alles Übrige daraus wurde importiert.</translation>
    </message>
    <message>
        <source>%1: nothing could be imported: %2</source>
        <translation>%1: Es konnte nichts importiert werden: %2</translation>
    </message>
    <message>
        <source>%1: message %2 has no text or media (a call or reaction)</source>
        <translation>%1: Nachricht %2 hat weder Text noch Medien (ein Anruf oder eine Reaktion)</translation>
    </message>
    <message>
        <source>%1: a post without time, text or media</source>
        <translation>%1: ein Beitrag ohne Zeitangabe, Text oder Medien</translation>
    </message>
    <message>
        <source>%1: a comment without text</source>
        <translation>%1: ein Kommentar ohne Text</translation>
    </message>
    <message>
        <source>X archive</source>
        <translation>X-Archiv</translation>
    </message>
    <message>
        <source>Mastodon export</source>
        <translation>Mastodon-Export</translation>
    </message>
    <message>
        <source>Mastodon CSV export</source>
        <translation>Mastodon-CSV-Export</translation>
    </message>
    <message>
        <source>Facebook data download</source>
        <translation>Facebook-Datendownload</translation>
    </message>
    <message>
        <source>Instagram data download</source>
        <translation>Instagram-Datendownload</translation>
    </message>
    <message>
        <source>Bluesky repository (CAR)</source>
        <translation>Bluesky-Repository (CAR)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>%1 (%2) into account %3%4</source>
        <translation>%1 (%2) in das Konto %3%4</translation>
    </message>
    <message>
        <source> (new offline account)</source>
        <translation> (neues Offline-Konto)</translation>
    </message>
    <message>
        <source>  %1: %2 read, %3 new, %4 skipped</source>
        <translation>  %1: %2 gelesen, %3 neu, %4 übersprungen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: an entry without an id</source>
        <translation>%1: ein Eintrag ohne ID</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <source>(more skipped entries not listed)</source>
        <translation>(weitere übersprungene Einträge nicht aufgeführt)</translation>
    </message>
    <message>
        <source>%1; entries imported from that file before it: %2, the rest of it was not imported</source>
        <translation>%1; zuvor aus dieser Datei importierte Einträge: %2, der Rest der Datei wurde nicht importiert</translation>
    </message>
    <message>
        <source>Imported %1 entries</source>
        <translation>%1 Einträge importiert</translation>
    </message>
    <message>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>entry %1: invalid JSON at byte %2 (%3)</source>
        <translation>Eintrag %1: ungültiges JSON bei Byte %2 (%3)</translation>
    </message>
    <message>
        <source>entry %1: the text is UTF-16 or UTF-32, not UTF-8</source>
        <translation>Eintrag %1: Der Text ist in UTF-16 oder UTF-32 kodiert, nicht in UTF-8</translation>
    </message>
    <message>
        <source>entry %1: a NUL byte at byte %2; the text is not UTF-8 (UTF-16?)</source>
        <translation>Eintrag %1: ein NUL-Byte bei Byte %2; der Text ist nicht in UTF-8 kodiert (UTF-16?)</translation>
    </message>
    <message>
        <source>entry %1: the text is not UTF-8 (invalid byte 0x%2 at byte %3)</source>
        <translation>Eintrag %1: Der Text ist nicht in UTF-8 kodiert (ungültiges Byte 0x%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>entry %1: starts with &quot;window.&quot; but has no &quot;= &quot; assignment</source>
        <translation>Eintrag %1: beginnt mit „window.“, enthält aber keine Zuweisung „= “</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation>unausgeglichene Klammern</translation>
    </message>
    <message>
        <source>the data ends early (truncated?)</source>
        <translation>die Daten enden vorzeitig (abgeschnitten?)</translation>
    </message>
    <message>
        <source>an empty array element</source>
        <translation>ein leeres Array-Element</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>unexpected data after the array</source>
        <translation>unerwartete Daten nach dem Array</translation>
    </message>
    <message>
        <source>an array element is not an object</source>
        <translation>ein Array-Element ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: entry %2 has no actor id, so it is not clear whose archive it is</source>
        <translation>%1: Eintrag %2 hat keine Actor-ID, daher ist unklar, wessen Archiv es ist</translation>
    </message>
    <message>
        <source>entry %1: not an OrderedCollection with orderedItems</source>
        <translation>Eintrag %1: keine OrderedCollection mit orderedItems</translation>
    </message>
    <message>
        <source>%1: activity of type &quot;%2&quot; is not imported</source>
        <translation>%1: Aktivitäten vom Typ „%2“ werden nicht importiert</translation>
    </message>
    <message>
        <source>entry %1: invalid JSON at byte %2</source>
        <translation>Eintrag %1: ungültiges JSON bei Byte %2</translation>
    </message>
    <message>
        <source>%1: an entry that is not a status URI</source>
        <translation>%1: ein Eintrag, der keine Status-URI ist</translation>
    </message>
    <message>
        <source>%1 line %2: not an account address</source>
        <translation>%1, Zeile %2: keine Kontoadresse</translation>
    </message>
    <message>
        <source>%1 line %2: not a status URI</source>
        <translation>%1, Zeile %2: keine Status-URI</translation>
    </message>
    <message>
        <source>%1: %2 entries of %3 read; Holdfast does not store %3 yet</source>
        <translation>%1: %2 Einträge vom Typ %3 gelesen; Holdfast speichert %3 noch nicht</translation>
    </message>
    <message>
        <source>%1: the X archive has neither %2 nor account details in %3, so it is not clear whose archive it is</source>
        <translation>%1: Das X-Archiv enthält weder %2 noch Kontodaten in %3, daher ist unklar, wessen Archiv es ist</translation>
    </message>
    <message>
        <source>%1: a post without an id</source>
        <translation>%1: ein Beitrag ohne ID</translation>
    </message>
    <message>
        <source>%1: a long post without an id or text is not imported</source>
        <translation>%1: Ein langer Beitrag ohne ID oder Text wird nicht importiert</translation>
    </message>
    <message>
        <source>%1: long post %2 (%3) matches no post in tweets.js; imported as a post of its own</source>
        <translation>%1: Der lange Beitrag %2 (%3) passt zu keinem Beitrag in tweets.js; er wurde als eigener Beitrag importiert</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>manifest.js is missing: the import could not be checked against it</source>
        <translation>manifest.js fehlt: Der Import konnte nicht damit abgeglichen werden</translation>
    </message>
    <message>
        <source>manifest lists %1 files for %2, found %3 (missing: %4)</source>
        <translation>laut Manifest %1 Dateien für %2, gefunden: %3 (fehlend: %4)</translation>
    </message>
    <message>
        <source>manifest lists %1 entries in %2, found %3</source>
        <translation>laut Manifest %1 Einträge in %2, gefunden: %3</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>holdfast::ArchiveReader</name>
    <message>
        <source>unknown libarchive error</source>
        <translation>unbekannter libarchive-Fehler</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than %2 MB; it is not read into memory.</source>
        <translation>Eintrag „%1“ ist größer als %2 MB; er wird nicht in den Speicher gelesen.</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated (%1)</source>
        <translation>das Archiv ist beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>the entry is larger than the limit of %1 MB</source>
        <translation>der Eintrag überschreitet die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>the archive expands to more than the limit of %1 GB</source>
        <translation>das Archiv überschreitet entpackt die Grenze von %1 GB</translation>
    </message>
    <message>
        <source>the entry expands more than %1 times (a decompression bomb?)</source>
        <translation>der Eintrag wird beim Entpacken mehr als %1-mal so groß (eine Dekompressionsbombe?)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MB</source>
        <translation>die Datei überschreitet die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>the folder holds more than the limit of %1 GB</source>
        <translation>der Ordner überschreitet die Grenze von %1 GB</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: %3</source>
        <translation>%1: Eintrag „%2“: %3</translation>
    </message>
    <message>
        <source>absolute paths are not allowed in an archive</source>
        <translation>absolute Pfade sind in einem Archiv nicht erlaubt</translation>
    </message>
    <message>
        <source>the name leaves the archive (&quot;..&quot;)</source>
        <translation>der Name führt aus dem Archiv heraus („..“)</translation>
    </message>
    <message>
        <source>the name contains control characters</source>
        <translation>der Name enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The archive was not verified.</source>
        <translation>Das Archiv wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as an archive: %2</source>
        <translation>%1 kann nicht als Archiv geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>am Anfang</translation>
    </message>
    <message>
        <source>after entry &quot;%1&quot;</source>
        <translation>nach Eintrag „%1“</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated %2: %3</source>
        <translation>%1 ist %2 beschädigt oder abgeschnitten: %3</translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries.</source>
        <translation>%1 enthält mehr als %2 Einträge.</translation>
    </message>
    <message>
        <source>; refusing to import this archive</source>
        <translation>; dieses Archiv wird nicht importiert</translation>
    </message>
    <message>
        <source>is a link; links are refused in imports</source>
        <translation>ist ein Link; Links werden beim Import abgelehnt</translation>
    </message>
    <message>
        <source>is not a regular file; refusing</source>
        <translation>ist keine reguläre Datei; abgelehnt</translation>
    </message>
    <message>
        <source>is larger than the limit of %1 MB</source>
        <translation>überschreitet die Grenze von %1 MB</translation>
    </message>
</context>
<context>
    <name>holdfast::BackupJob</name>
    <message>
        <source>Starting backup</source>
        <translation>Sicherung startet</translation>
    </message>
    <message>
        <source>Waiting for the rate limit until %1</source>
        <translation>Warte bis %1 auf das Anfragelimit</translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2): %3</source>
        <translation>Neuer Versuch in %1 s (Versuch %2): %3</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Sichere %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 page(s), %3 item(s)</source>
        <translation>%1: %2 Seite(n), %3 Einträge</translation>
    </message>
    <message>
        <source>Downloading media: %1 file(s)</source>
        <translation>Lade Medien herunter: %1 Datei(en)</translation>
    </message>
    <message>
        <source>Could not list the account&apos;s files: %1</source>
        <translation>Die Dateien des Kontos konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) of the account to download</source>
        <translation>
            <numerusform>%n neue Datei des Kontos zum Herunterladen</numerusform>
            <numerusform>%n neue Dateien des Kontos zum Herunterladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ContactsModel</name>
    <message>
        <source>mutual</source>
        <translation>gegenseitig</translation>
    </message>
    <message>
        <source>follows you (you unfollowed)</source>
        <translation>folgt Ihnen (Sie nicht mehr)</translation>
    </message>
    <message>
        <source>follows you</source>
        <translation>folgt Ihnen</translation>
    </message>
    <message>
        <source>you follow (unfollowed you)</source>
        <translation>Sie folgen (folgt Ihnen nicht mehr)</translation>
    </message>
    <message>
        <source>you follow</source>
        <translation>Sie folgen</translation>
    </message>
    <message>
        <source>unfollowed each other</source>
        <translation>folgen einander nicht mehr</translation>
    </message>
    <message>
        <source>unfollowed you</source>
        <translation>folgt Ihnen nicht mehr</translation>
    </message>
    <message>
        <source>you unfollowed</source>
        <translation>Sie folgen nicht mehr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Unfollowed</source>
        <translation>Entfolgt</translation>
    </message>
</context>
<context>
    <name>holdfast::ConversationsModel</name>
    <message>
        <source>(only you)</source>
        <translation>(nur Sie)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 asks to wait until %2 for its rate limit; giving up.</source>
        <translation>%1 verlangt wegen des Anfragelimits eine Pause bis %2; gebe auf.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes.</source>
        <translation>%1 ist größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>connection to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 kept answering 429 Too Many Requests; giving up.</source>
        <translation>%1 antwortete wiederholt mit 429 Too Many Requests; gebe auf.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2). Sign in to this account again.</source>
        <translation>%1 verweigerte den Zugriff (HTTP %2). Melden Sie sich erneut bei diesem Konto an.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 sent unreadable JSON (%2 at byte %3)</source>
        <translation>%1 sandte unlesbares JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>Giving up after %1 attempt(s): %2.</source>
        <translation>Aufgegeben nach %1 Versuch(en): %2.</translation>
    </message>
</context>
<context>
    <name>holdfast::LoopbackRedirect</name>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>Konnte auf 127.0.0.1 nicht auf die Anmelde-Weiterleitung warten.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>No answer from the browser within %1 minutes; sign-in abandoned.</source>
        <translation>Keine Antwort vom Browser innerhalb von %1 Minuten; Anmeldung aufgegeben.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request (state mismatch); it was ignored. Please try again.</source>
        <translation>Die Anmeldeantwort passte nicht zu dieser Anfrage (state stimmt nicht überein) und wurde ignoriert. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>holdfast::Store</name>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation>Die Schemaversion von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not upgrade the archive %1 to schema version %2 (%3): %4</source>
        <translation>Das Archiv %1 konnte nicht auf Schemaversion %2 aktualisiert werden (%3): %4</translation>
    </message>
    <message>
        <source>Could not upgrade the archive %1 to schema version %2: %3</source>
        <translation>Das Archiv %1 konnte nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Holdfast (schema version %2; this version understands up to %3). Update Holdfast to open it.</source>
        <translation>Das Archiv %1 wurde von einer neueren Version von Holdfast geschrieben (Schemaversion %2; diese Version versteht bis %3). Aktualisieren Sie Holdfast, um es zu öffnen.</translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::AtprotoOAuth</name>
    <message>
        <source>%1 answered the token request without an access and refresh token.</source>
        <translation>%1 beantwortete die Token-Anfrage ohne Zugriffs- und Refresh-Token.</translation>
    </message>
    <message>
        <source>%1 issued a token that is not bound to Holdfast&apos;s key (token type &quot;%2&quot;).</source>
        <translation>%1 hat ein Token ausgestellt, das nicht an den Schlüssel von Holdfast gebunden ist (Token-Typ „%2“).</translation>
    </message>
    <message>
        <source>%1 issued a token for %2 instead of %3; it was not used.</source>
        <translation>%1 hat ein Token für %2 statt für %3 ausgestellt; es wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>%1 issued a token without the atproto scope.</source>
        <translation>%1 hat ein Token ohne den Scope „atproto“ ausgestellt.</translation>
    </message>
    <message>
        <source>The stored Bluesky OAuth session is incomplete.</source>
        <translation>Die gespeicherte Bluesky-OAuth-Sitzung ist unvollständig.</translation>
    </message>
    <message>
        <source>%1 does not offer OAuth sign-in: %2</source>
        <translation>%1 bietet keine OAuth-Anmeldung an: %2</translation>
    </message>
    <message>
        <source>%1 names no authorization server for OAuth sign-in.</source>
        <translation>%1 nennt keinen Autorisierungsserver für die OAuth-Anmeldung.</translation>
    </message>
    <message>
        <source>Could not read the sign-in server&apos;s description at %1: %2</source>
        <translation>Die Beschreibung des Anmeldeservers unter %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sign-in server %1 describes itself as %2; refusing to use it.</source>
        <translation>Der Anmeldeserver %1 bezeichnet sich selbst als %2; er wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The sign-in server %1 lacks a pushed-request, authorization or token endpoint.</source>
        <translation>Dem Anmeldeserver %1 fehlt der Pushed-Request-, Autorisierungs- oder Token-Endpunkt.</translation>
    </message>
    <message>
        <source>The sign-in server %1 does not support atproto OAuth (PKCE S256, DPoP with ES256, the atproto scope).</source>
        <translation>Der Anmeldeserver %1 unterstützt kein atproto-OAuth (PKCE S256, DPoP mit ES256, den Scope „atproto“).</translation>
    </message>
    <message>
        <source>Holdfast has Bluesky&apos;s answer. You can close this tab and return to Holdfast.</source>
        <translation>Holdfast hat die Antwort von Bluesky erhalten. Sie können diesen Tab schließen und zu Holdfast zurückkehren.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>Konnte auf 127.0.0.1 nicht auf die Anmelde-Weiterleitung warten.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in request: %2</source>
        <translation>%1 hat die Anmeldeanfrage nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 answered the sign-in request without a request URI.</source>
        <translation>%1 beantwortete die Anmeldeanfrage ohne Request-URI.</translation>
    </message>
    <message>
        <source>The sign-in answer came from &quot;%1&quot;, not from %2; it was ignored.</source>
        <translation>Die Anmeldeantwort kam von „%1“, nicht von %2; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>Sign-in cancelled: access was denied on %1.</source>
        <translation>Anmeldung abgebrochen: Der Zugriff wurde auf %1 verweigert.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>Die Anmeldeantwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>%1 did not issue a token: %2</source>
        <translation>%1 hat kein Token ausgestellt: %2</translation>
    </message>
    <message>
        <source>No refresh token for the Bluesky OAuth session on %1.</source>
        <translation>Kein Refresh-Token für die Bluesky-OAuth-Sitzung auf %1.</translation>
    </message>
    <message>
        <source>%1 did not renew the OAuth session (%2). Sign in again with `holdfast accounts add bluesky --oauth`.</source>
        <translation>%1 hat die OAuth-Sitzung nicht erneuert (%2). Melden Sie sich erneut an mit `holdfast accounts add bluesky --oauth`.</translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::BlueskySource</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The stored session belongs to another account; sign in again.</source>
        <translation>Die gespeicherte Sitzung gehört zu einem anderen Konto; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Followers, mentions, bookmarks and others&apos; replies to your posts are unavailable: %1 has no Bluesky AppView (%2).</source>
        <translation>Follower, Erwähnungen, Lesezeichen und Antworten anderer auf Ihre Beiträge sind nicht verfügbar: %1 hat keine Bluesky-AppView (%2).</translation>
    </message>
    <message>
        <source>Direct messages are unavailable: the app password has no access to them (create one with &quot;Allow access to your direct messages&quot;).</source>
        <translation>Direktnachrichten sind nicht verfügbar: Das App-Passwort hat keinen Zugriff darauf (erstellen Sie eines, bei dem der Zugriff auf Direktnachrichten erlaubt ist – englisch „Allow access to your direct messages“).</translation>
    </message>
    <message>
        <source>Direct messages are unavailable: the chat service could not be reached through %1 (%2).</source>
        <translation>Direktnachrichten sind nicht verfügbar: Der Chat-Dienst war über %1 nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>Bluesky has no %1 to back up.</source>
        <translation>Bluesky hat keine Sammlung „%1“, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>The server named no usable repository revision.</source>
        <translation>Der Server nannte keine brauchbare Repository-Revision.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The repository export is unreadable: %1</source>
        <translation>Der Repository-Export ist unlesbar: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Repository snapshot %1 kept (%2 records; %3 in other collections: %4)</source>
        <translation>Repository-Snapshot %1 aufbewahrt (%2 Datensätze; %3 in anderen Sammlungen: %4)</translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::CarImport</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>The CAR file is the repository of %1, not of account %2 (%3).</source>
        <translation>Die CAR-Datei ist das Repository von %1, nicht das des Kontos %2 (%3).</translation>
    </message>
    <message>
        <source>Imported the Bluesky repository of %1 (revision %2) into account %3: %4%5</source>
        <translation>Bluesky-Repository von %1 (Revision %2) in das Konto %3 importiert: %4%5</translation>
    </message>
    <message>
        <source> (new offline account)</source>
        <translation> (neues Offline-Konto)</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 new</source>
        <translation>%1: %2 gelesen, %3 neu</translation>
    </message>
    <message>
        <source>%1 records in all; %2 in other collections kept in %3</source>
        <translation>%1 Datensätze insgesamt; %2 aus anderen Sammlungen in %3 aufbewahrt</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not keep the snapshot in %1.</source>
        <translation>Der Snapshot konnte nicht in %1 aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::CarReader</name>
    <message>
        <source>%1 is not valid CBOR: %2</source>
        <translation>%1 ist kein gültiges CBOR: %2</translation>
    </message>
    <message>
        <source>The file ends inside a length field (truncated?).</source>
        <translation>Die Datei endet innerhalb eines Längenfelds (abgeschnitten?).</translation>
    </message>
    <message>
        <source>A length field is not minimally encoded.</source>
        <translation>Ein Längenfeld ist nicht minimal kodiert.</translation>
    </message>
    <message>
        <source>A length field is longer than 9 bytes.</source>
        <translation>Ein Längenfeld ist länger als 9 Bytes.</translation>
    </message>
    <message>
        <source>Unsupported CID version %1.</source>
        <translation>Nicht unterstützte CID-Version %1.</translation>
    </message>
    <message>
        <source>A CID&apos;s hash runs past the end of the data.</source>
        <translation>Der Hash einer CID reicht über das Ende der Daten hinaus.</translation>
    </message>
    <message>
        <source>Expected a CID link (CBOR tag 42).</source>
        <translation>CID-Link erwartet (CBOR-Tag 42).</translation>
    </message>
    <message>
        <source>A CID link lacks its multibase identity prefix.</source>
        <translation>Einem CID-Link fehlt das Multibase-Identity-Präfix.</translation>
    </message>
    <message>
        <source>A CID link has trailing bytes.</source>
        <translation>Ein CID-Link hat überzählige Bytes am Ende.</translation>
    </message>
    <message>
        <source>A DAG-CBOR map has a key that is not a string.</source>
        <translation>Eine DAG-CBOR-Map hat einen Schlüssel, der keine Zeichenkette ist.</translation>
    </message>
    <message>
        <source>Unsupported DAG-CBOR value (type %1).</source>
        <translation>Nicht unterstützter DAG-CBOR-Wert (Typ %1).</translation>
    </message>
    <message>
        <source>Not a CAR file: %1</source>
        <translation>Keine CAR-Datei: %1</translation>
    </message>
    <message>
        <source>Not a CAR file: the header length is %1 bytes, the file has %2 left.</source>
        <translation>Keine CAR-Datei: Der Header ist %1 Bytes lang, in der Datei verbleiben aber nur %2.</translation>
    </message>
    <message>
        <source>The CAR header</source>
        <translation>Der CAR-Header</translation>
    </message>
    <message>
        <source>Not a CAR v1 file (the header has no version 1).</source>
        <translation>Keine CAR-v1-Datei (der Header nennt nicht Version 1).</translation>
    </message>
    <message>
        <source>The CAR header has a bad root: %1</source>
        <translation>Der CAR-Header hat eine ungültige Wurzel (root): %1</translation>
    </message>
    <message>
        <source>Block at byte %1: %2</source>
        <translation>Block bei Byte %1: %2</translation>
    </message>
    <message>
        <source>Block at byte %1 runs past the end of the file (truncated?).</source>
        <translation>Der Block bei Byte %1 reicht über das Dateiende hinaus (abgeschnitten?).</translation>
    </message>
    <message>
        <source>Block at byte %1 has a bad CID: %2</source>
        <translation>Der Block bei Byte %1 hat eine ungültige CID: %2</translation>
    </message>
    <message>
        <source>Block at byte %1 does not match its CID %2 (damaged file?).</source>
        <translation>Der Block bei Byte %1 passt nicht zu seiner CID %2 (beschädigte Datei?).</translation>
    </message>
    <message>
        <source>The repository tree is deeper than %1 levels (a cycle?).</source>
        <translation>Der Repository-Baum ist tiefer als %1 Ebenen (ein Zyklus?).</translation>
    </message>
    <message>
        <source>The repository tree node %1 is missing from the CAR file.</source>
        <translation>Der Repository-Baumknoten %1 fehlt in der CAR-Datei.</translation>
    </message>
    <message>
        <source>Tree node %1</source>
        <translation>Baumknoten %1</translation>
    </message>
    <message>
        <source>Tree node %1 is not an MST node.</source>
        <translation>Baumknoten %1 ist kein MST-Knoten.</translation>
    </message>
    <message>
        <source>Tree node %1 has a malformed entry.</source>
        <translation>Baumknoten %1 hat einen fehlerhaften Eintrag.</translation>
    </message>
    <message>
        <source>Tree node %1 lists keys out of order.</source>
        <translation>Baumknoten %1 führt Schlüssel in falscher Reihenfolge auf.</translation>
    </message>
    <message>
        <source>The repository tree refers to node %1 twice.</source>
        <translation>Der Repository-Baum verweist zweimal auf Knoten %1.</translation>
    </message>
    <message>
        <source>The repository has a malformed key &apos;%1&apos;.</source>
        <translation>Das Repository hat einen fehlerhaften Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>The record %1 (%2) is missing from the CAR file.</source>
        <translation>Der Datensatz %1 (%2) fehlt in der CAR-Datei.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <source>The CAR file names no root (no commit).</source>
        <translation>Die CAR-Datei nennt keine Wurzel (root), also keinen Commit.</translation>
    </message>
    <message>
        <source>The commit block %1 is missing from the CAR file.</source>
        <translation>Der Commit-Block %1 fehlt in der CAR-Datei.</translation>
    </message>
    <message>
        <source>The commit</source>
        <translation>Der Commit</translation>
    </message>
    <message>
        <source>The CAR root is not a repository commit.</source>
        <translation>Die CAR-Wurzel ist kein Repository-Commit.</translation>
    </message>
    <message>
        <source>Unsupported repository version %1.</source>
        <translation>Nicht unterstützte Repository-Version %1.</translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::IdentityResolver</name>
    <message>
        <source>&apos;%1&apos; is neither a handle (like alice.bsky.social) nor a DID.</source>
        <translation>„%1“ ist weder ein Handle (wie alice.bsky.social) noch eine DID.</translation>
    </message>
    <message>
        <source>The DID document of %1 describes a different DID.</source>
        <translation>Das DID-Dokument von %1 beschreibt eine andere DID.</translation>
    </message>
    <message>
        <source>The DID document of %1 names no personal data server (#atproto_pds).</source>
        <translation>Das DID-Dokument von %1 nennt keinen Personal Data Server (#atproto_pds).</translation>
    </message>
    <message>
        <source>%1 points to %2, but that identity does not confirm the handle.</source>
        <translation>%1 verweist auf %2, aber diese Identität bestätigt das Handle nicht.</translation>
    </message>
    <message>
        <source>%1 could not resolve the handle %2: %3</source>
        <translation>%1 konnte das Handle %2 nicht auflösen: %3</translation>
    </message>
    <message>
        <source>%1 resolved %2 to no usable DID.</source>
        <translation>%1 hat %2 zu keiner brauchbaren DID aufgelöst.</translation>
    </message>
    <message>
        <source>Could not resolve the handle %1 (no _atproto DNS record, and %2 failed: %3).</source>
        <translation>Das Handle %1 konnte nicht aufgelöst werden (kein _atproto-DNS-Eintrag, und %2 schlug fehl: %3).</translation>
    </message>
    <message>
        <source>%1 does not hold a DID.</source>
        <translation>%1 enthält keine DID.</translation>
    </message>
    <message>
        <source>no did= TXT record</source>
        <translation>kein TXT-Eintrag did=</translation>
    </message>
    <message>
        <source>Unsupported DID method: %1</source>
        <translation>Nicht unterstützte DID-Methode: %1</translation>
    </message>
    <message>
        <source>Could not read the DID document of %1: %2</source>
        <translation>Das DID-Dokument von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The DID document of %1 is not a JSON object.</source>
        <translation>Das DID-Dokument von %1 ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::SignIn</name>
    <message>
        <source>An app password is needed to sign in.</source>
        <translation>Zum Anmelden wird ein App-Passwort benötigt.</translation>
    </message>
    <message>
        <source>%1 signed in a different account than %2.</source>
        <translation>%1 hat ein anderes Konto als %2 angemeldet.</translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::XrpcClient</name>
    <message>
        <source>%1 did not answer with a JSON object.</source>
        <translation>%1 antwortete nicht mit einem JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s session refresh carried no tokens.</source>
        <translation>Die Sitzungserneuerung des Servers enthielt keine Token.</translation>
    </message>
    <message>
        <source>%1 did not accept the handle and app password.</source>
        <translation>%1 hat Handle und App-Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in without tokens.</source>
        <translation>%1 beantwortete die Anmeldung ohne Token.</translation>
    </message>
</context>
<context>
    <name>holdfast::mastodon::MastodonSignIn</name>
    <message>
        <source>Could not register Holdfast with %1: %2</source>
        <translation>Holdfast konnte sich nicht bei %1 registrieren: %2</translation>
    </message>
    <message>
        <source>%1 did not return a client id and secret when registering.</source>
        <translation>%1 lieferte bei der Registrierung keine Client-ID und kein Client-Geheimnis.</translation>
    </message>
    <message>
        <source>Holdfast is signed in. You can close this tab and return to Holdfast.</source>
        <translation>Holdfast ist angemeldet. Sie können diesen Tab schließen und zu Holdfast zurückkehren.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>Die Anmeldeantwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>%1 did not issue a token: %2</source>
        <translation>%1 hat kein Token ausgestellt: %2</translation>
    </message>
    <message>
        <source>%1 answered without an access token.</source>
        <translation>%1 antwortete ohne Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::AccountDelegate</name>
    <message>
        <source>Last backup %1 · %2</source>
        <translation>Letzte Sicherung %1 · %2</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Noch nie gesichert</translation>
    </message>
    <message>
        <source>Last backup failed · %1</source>
        <translation>Letzte Sicherung fehlgeschlagen · %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::AccountsPane</name>
    <message>
        <source>Accounts and collections</source>
        <translation>Konten und Sammlungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>e.g. mastodon.social</source>
        <translation>z. B. mastodon.social</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Holdfast opens your browser so you can sign in on your server. It only asks for permission to read; your password never passes through Holdfast.</source>
        <translation>Holdfast öffnet Ihren Browser, damit Sie sich auf Ihrem Server anmelden. Es bittet nur um Leserechte; Ihr Passwort geht nie durch Holdfast.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address yourself:</source>
        <translation>Falls sich kein Browserfenster geöffnet hat, öffnen Sie diese Adresse selbst:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Browser Again</source>
        <translation>&amp;Browser erneut öffnen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Enter the address of your server, for example mastodon.social.</source>
        <translation>Geben Sie die Adresse Ihres Servers ein, zum Beispiel mastodon.social.</translation>
    </message>
    <message>
        <source>Signed in as %1. Holdfast can now back up this account.</source>
        <translation>Angemeldet als %1. Holdfast kann dieses Konto jetzt sichern.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1
Check the server address and try again.</source>
        <translation>Anmeldung fehlgeschlagen: %1
Prüfen Sie die Serveradresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Nothing was saved.</source>
        <translation>Anmeldung abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Waiting for you to authorize Holdfast in your browser…</source>
        <translation>Warte, bis Sie Holdfast in Ihrem Browser autorisieren …</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>e.g. alice.bsky.social</source>
        <translation>z. B. alice.bsky.social</translation>
    </message>
    <message>
        <source>Handle or DID</source>
        <translation>Handle oder DID</translation>
    </message>
    <message>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>optional: https://your.pds.example</source>
        <translation>optional: https://ihr.pds.example</translation>
    </message>
    <message>
        <source>Service address (optional)</source>
        <translation>Dienstadresse (optional)</translation>
    </message>
    <message>
        <source>&amp;Handle or DID:</source>
        <translation>&amp;Handle oder DID:</translation>
    </message>
    <message>
        <source>&amp;App password:</source>
        <translation>&amp;App-Passwort:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Create an app password in Bluesky under Settings › Privacy and security › App passwords. Holdfast keeps it only in your system keychain, to renew its sign-in.</source>
        <translation>Erstellen Sie in Bluesky unter Einstellungen › Privatsphäre und Sicherheit › App-Passwörter ein App-Passwort. Holdfast bewahrt es nur im Schlüsselbund Ihres Systems auf, um seine Anmeldung zu erneuern.</translation>
    </message>
    <message>
        <source>Enter your handle (for example alice.bsky.social) or your DID.</source>
        <translation>Geben Sie Ihr Handle (zum Beispiel alice.bsky.social) oder Ihre DID ein.</translation>
    </message>
    <message>
        <source>Enter an app password (Bluesky: Settings › Privacy and security › App passwords).</source>
        <translation>Geben Sie ein App-Passwort ein (Bluesky: Einstellungen › Privatsphäre und Sicherheit › App-Passwörter).</translation>
    </message>
    <message>
        <source>The service address must be a web address such as https://pds.example, or left empty.</source>
        <translation>Die Dienstadresse muss eine Webadresse wie https://pds.example sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Melde als %1 an …</translation>
    </message>
    <message>
        <source>Sign-in failed: %1
Check the handle and the app password and try again.</source>
        <translation>Anmeldung fehlgeschlagen: %1
Prüfen Sie das Handle und das App-Passwort und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BackupProgressPanel</name>
    <message>
        <source>Backups in progress</source>
        <translation>Laufende Sicherungen</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Backup of %1 running</source>
        <translation>Sicherung von %1 läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the backup of %1</source>
        <translation>Sicherung von %1 abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the summary of %1</source>
        <translation>Zusammenfassung für %1 ausblenden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ContactsView</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Nur Follower</translation>
    </message>
    <message>
        <source>Following only</source>
        <translation>Nur gefolgt</translation>
    </message>
    <message>
        <source>Lost followers</source>
        <translation>Verlorene Follower</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>All followers</source>
        <translation>Alle Follower</translation>
    </message>
    <message>
        <source>Everyone followed</source>
        <translation>Alle, denen ich folge</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ConversationsView</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportDialog</name>
    <message>
        <source>UTF-8 &amp;BOM for spreadsheets</source>
        <translation>UTF-8-B&amp;OM für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>HTML archive (folder)</source>
        <translation>HTML-Archiv (Ordner)</translation>
    </message>
    <message>
        <source>HTML archive (ZIP file)</source>
        <translation>HTML-Archiv (ZIP-Datei)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Some spreadsheet programs need it to read UTF-8 text correctly</source>
        <translation>Manche Tabellenkalkulationen benötigen es, um UTF-8-Text korrekt zu lesen</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Sammlung:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>New folder (*)</source>
        <translation>Neuer Ordner (*)</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>There is no account to export yet.</source>
        <translation>Es gibt noch kein Konto zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln person(s) to %1.</source>
        <translation>
            <numerusform>%Ln Person nach %1 exportiert.</numerusform>
            <numerusform>%Ln Personen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1.</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportJobDialog</name>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>To date, included</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort wählen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Choose the destination</source>
        <translation>Ziel auswählen</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>Exported %1 of %2…</source>
        <translation>%1 von %2 exportiert …</translation>
    </message>
    <message>
        <source>Exported %1…</source>
        <translation>%1 exportiert …</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written to %1.</source>
        <translation>Abgebrochen. Nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>The “From” date must not be after the “To” date.</source>
        <translation>Das „Von“-Datum darf nicht nach dem „Bis“-Datum liegen.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ImportDialog</name>
    <message>
        <source>Import Archive</source>
        <translation>Archiv importieren</translation>
    </message>
    <message>
        <source>Import a platform&apos;s own data export into the archive: an X archive (ZIP or its unpacked folder), a Mastodon export (.tar.gz) or CSV export, a Facebook or Instagram download in JSON format, or a Bluesky repository (.car). The format is recognised from the content.</source>
        <translation>Importieren Sie den Datenexport einer Plattform in das Archiv: ein X-Archiv (ZIP-Datei oder ihr entpackter Ordner), einen Mastodon-Export (.tar.gz) oder CSV-Export, einen Facebook- oder Instagram-Download im JSON-Format oder ein Bluesky-Repository (.car). Das Format wird am Inhalt erkannt.</translation>
    </message>
    <message>
        <source>Archive file or folder</source>
        <translation>Archivdatei oder -ordner</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>&amp;Ordner wählen …</translation>
    </message>
    <message>
        <source>Account to import into</source>
        <translation>Zielkonto des Imports</translation>
    </message>
    <message>
        <source>Detect from the archive</source>
        <translation>Aus dem Archiv erkennen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose an Unpacked Archive Folder</source>
        <translation>Entpackten Archivordner wählen</translation>
    </message>
    <message>
        <source>Choose an Archive</source>
        <translation>Archiv wählen</translation>
    </message>
    <message>
        <source>Data exports (*.zip *.tar.gz *.tgz *.tar *.car *.csv *.json);;All files (*)</source>
        <translation>Datenexporte (*.zip *.tar.gz *.tgz *.tar *.car *.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the archive file or folder to import.</source>
        <translation>Wählen Sie die Archivdatei oder den Ordner, den Sie importieren möchten.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ImportPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Archive import</source>
        <translation>Archivimport</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the import summary</source>
        <translation>Zusammenfassung des Imports ausblenden</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1: %n new entries</source>
        <translation>
            <numerusform>In %1 importiert: %n neuer Eintrag</numerusform>
            <numerusform>In %1 importiert: %n neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ItemDelegate</name>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>deleted on platform</source>
        <translation>auf der Plattform gelöscht</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>(boosted a post)</source>
        <translation>(hat einen Beitrag geteilt)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ItemDetailView</name>
    <message>
        <source>&amp;Open on Platform</source>
        <translation>Auf der Plattform ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Select an item or a conversation to read it here.</source>
        <translation>Wählen Sie einen Beitrag oder eine Unterhaltung, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Open this item in your web browser</source>
        <translation>Diesen Beitrag im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Beitragsdetails</translation>
    </message>
    <message numerus="yes">
        <source>Conversation with %1 · %n message(s)</source>
        <translation>
            <numerusform>Unterhaltung mit %1 · %n Nachricht</numerusform>
            <numerusform>Unterhaltung mit %1 · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Deleted on the platform. Holdfast noticed it on %1; this is the archived copy.</source>
        <translation>Auf der Plattform gelöscht. Holdfast hat es am %1 bemerkt; dies ist die archivierte Kopie.</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Geteilt</translation>
    </message>
    <message numerus="yes">
        <source>Thread · %n post(s)</source>
        <translation>
            <numerusform>Thread · %n Beitrag</numerusform>
            <numerusform>Thread · %n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>No accounts yet. Add your first account to start backing it up.</source>
        <translation>Noch keine Konten. Fügen Sie Ihr erstes Konto hinzu, um es zu sichern.</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back up the selected account now</source>
        <translation>Das ausgewählte Konto jetzt sichern</translation>
    </message>
    <message>
        <source>Back Up &amp;All</source>
        <translation>&amp;Alle sichern</translation>
    </message>
    <message>
        <source>Back up every account now (Ctrl+B)</source>
        <translation>Alle Konten jetzt sichern (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Cancel All Backups</source>
        <translation>Alle Sicherungen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sicherung</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Alles durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Added %1. Back it up now to start the archive.</source>
        <translation>%1 hinzugefügt. Sichern Sie es jetzt, um das Archiv anzulegen.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>There is nothing to back up yet. Add an account first.</source>
        <translation>Es gibt noch nichts zu sichern. Fügen Sie zuerst ein Konto hinzu.</translation>
    </message>
    <message>
        <source>%1 is being backed up. Cancel the backup first, then remove the account.</source>
        <translation>%1 wird gerade gesichert. Brechen Sie zuerst die Sicherung ab und entfernen Sie dann das Konto.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and everything archived for it from this computer? Its sign-in is deleted from the keychain. Nothing changes on the server.</source>
        <translation>%1 und alles dafür Archivierte von diesem Computer entfernen? Die Anmeldung wird aus dem Schlüsselbund gelöscht. Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Removed %1 and its archive.</source>
        <translation>%1 und sein Archiv wurden entfernt.</translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2
Sign in to this account again, then back it up.</source>
        <translation>Die Sicherung von %1 ist fehlgeschlagen: %2
Melden Sie sich erneut bei diesem Konto an und sichern Sie es dann.</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden …</translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2
What was fetched is kept. Try again later.</source>
        <translation>Die Sicherung von %1 ist fehlgeschlagen: %2
Bereits Geladenes bleibt erhalten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to &amp;Accounts</source>
        <translation>Zu den &amp;Konten</translation>
    </message>
    <message>
        <source>Go to &amp;List</source>
        <translation>Zur &amp;Liste</translation>
    </message>
    <message>
        <source>Go to &amp;Reading Pane</source>
        <translation>Zum &amp;Lesebereich</translation>
    </message>
    <message>
        <source>&amp;Import Archive…</source>
        <translation>Archiv &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a platform&apos;s data export (Ctrl+I)</source>
        <translation>Datenexport einer Plattform importieren (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Berichte …</translation>
    </message>
    <message>
        <source>Figures and charts for a period, with PDF and CSV export (Ctrl+R)</source>
        <translation>Kennzahlen und Diagramme für einen Zeitraum, mit PDF- und CSV-Export (Strg+R)</translation>
    </message>
    <message>
        <source>The import was cancelled. Entries it had already written are kept and the import is recorded as cancelled; importing the archive again completes it without duplicates.</source>
        <translation>Der Import wurde abgebrochen. Bereits geschriebene Einträge bleiben erhalten, und der Import wird als abgebrochen vermerkt; ein erneuter Import des Archivs vervollständigt ihn ohne Duplikate.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Import Another…</source>
        <translation>Weiteres importieren …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %n new entries</source>
        <translation>
            <numerusform>%1 in %2 importiert: %n neuer Eintrag</numerusform>
            <numerusform>%1 in %2 importiert: %n neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (see the details for why)</source>
        <translation>
            <numerusform>; %n übersprungen (Gründe siehe Details)</numerusform>
            <numerusform>; %n übersprungen (Gründe siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>; see the details for notes</source>
        <translation>; Hinweise siehe Details</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Records-Request &amp;Package…</source>
        <translation>Auskunfts&amp;paket …</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PackageDialog</name>
    <message>
        <source>Records-Request Package</source>
        <translation>Auskunftspaket</translation>
    </message>
    <message>
        <source>&amp;Create Package</source>
        <translation>Paket &amp;erstellen</translation>
    </message>
    <message>
        <source>Accounts to include</source>
        <translation>Einzubeziehende Konten</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Any text (words are found like in the search)</source>
        <translation>Beliebiger Text (Wörter werden wie in der Suche gefunden)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Anyone (handle or name)</source>
        <translation>Beliebige Person (Adresse oder Name)</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Wörter:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Tick at least one account to include.</source>
        <translation>Haken Sie mindestens ein Konto an, das einbezogen werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Packaged %Ln item(s) into %1.</source>
        <translation>
            <numerusform>%Ln Eintrag in %1 verpackt.</numerusform>
            <numerusform>%Ln Einträge in %1 verpackt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReportsWindow</name>
    <message>
        <source>Reports – Holdfast</source>
        <translation>Berichte – Holdfast</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Save this report with its charts as a PDF document</source>
        <translation>Diesen Bericht mit seinen Diagrammen als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Export CSV of the Fi&amp;gures…</source>
        <translation>Kennzahlen als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the figures of this report as a CSV file for spreadsheets</source>
        <translation>Die Kennzahlen dieses Berichts als CSV-Datei für Tabellenkalkulationen speichern</translation>
    </message>
    <message>
        <source>Accounts in the report</source>
        <translation>Konten im Bericht</translation>
    </message>
    <message>
        <source>Check the accounts to report on; their figures are added up (Space checks)</source>
        <translation>Haken Sie die Konten an, über die berichtet werden soll; ihre Zahlen werden addiert (Leertaste setzt den Haken)</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Letzter Tag des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Kennzahlen werden berechnet</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Top contacts by interactions</source>
        <translation>Top-Kontakte nach Interaktionen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Mentions and replies</source>
        <translation>Erwähnungen und Antworten</translation>
    </message>
    <message>
        <source>DMs received</source>
        <translation>DMs erhalten</translation>
    </message>
    <message>
        <source>DMs sent</source>
        <translation>DMs gesendet</translation>
    </message>
    <message>
        <source>Own replies</source>
        <translation>Eigene Antworten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Unanswered mentions and conversations</source>
        <translation>Unbeantwortete Erwähnungen und Unterhaltungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Top posts by engagement</source>
        <translation>Top-Beiträge nach Engagement</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Boosts</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Top &amp;Contacts</source>
        <translation>Top-K&amp;ontakte</translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation>&amp;Unbeantwortet</translation>
    </message>
    <message>
        <source>Top P&amp;osts</source>
        <translation>Top-Bei&amp;träge</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Check at least one account to see its figures.</source>
        <translation>Haken Sie mindestens ein Konto an, um seine Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day before the last day.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende: Wählen Sie einen ersten Tag vor dem letzten Tag.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Berechne Kennzahlen …</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Mentions received</source>
        <translation>Erhaltene Erwähnungen</translation>
    </message>
    <message>
        <source>Direct messages sent</source>
        <translation>Gesendete Direktnachrichten</translation>
    </message>
    <message>
        <source>Direct messages received</source>
        <translation>Erhaltene Direktnachrichten</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Neue Follower</translation>
    </message>
    <message>
        <source>Lost followers</source>
        <translation>Verlorene Follower</translation>
    </message>
    <message>
        <source>Followers at start</source>
        <translation>Follower zu Beginn</translation>
    </message>
    <message>
        <source>Followers at end</source>
        <translation>Follower am Ende</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Favourites received</source>
        <translation>Erhaltene Favoriten</translation>
    </message>
    <message>
        <source>Boosts received</source>
        <translation>Von anderen geteilt</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>Erhaltene Antworten</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1: beantwortet</translation>
    </message>
    <message>
        <source>%1 unanswered</source>
        <translation>%1: unbeantwortet</translation>
    </message>
    <message>
        <source>%1: median response time</source>
        <translation>%1: Median der Antwortzeit</translation>
    </message>
    <message>
        <source>%1: 90th percentile</source>
        <translation>%1: 90. Perzentil der Antwortzeit</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Own posts and replies per month</source>
        <translation>Eigene Beiträge und Antworten pro Monat</translation>
    </message>
    <message>
        <source>Own posts and replies per week</source>
        <translation>Eigene Beiträge und Antworten pro Woche</translation>
    </message>
    <message>
        <source>Mentions and direct messages per month</source>
        <translation>Erwähnungen und Direktnachrichten pro Monat</translation>
    </message>
    <message>
        <source>Followers at the end of each month</source>
        <translation>Follower am Ende jedes Monats</translation>
    </message>
    <message>
        <source>Posts and replies</source>
        <translation>Beiträge und Antworten</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>%1 bis %2 · %3</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export Figures as CSV</source>
        <translation>Kennzahlen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the figures to %1: %2</source>
        <translation>Die Kennzahlen konnten nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the figures to %1.</source>
        <translation>Kennzahlen unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SearchPanel</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Beliebige Person</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Sammlung:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>Verfasst &amp;von:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation>Geben Sie Suchbegriffe ein.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln matches.</source>
        <translation>
            <numerusform>Der erste Treffer.</numerusform>
            <numerusform>Die ersten %Ln Treffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es).</source>
        <translation>
            <numerusform>%Ln Treffer.</numerusform>
            <numerusform>%Ln Treffer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TimelineView</name>
    <message>
        <source>Nothing archived here yet. Back up the account to fill it.</source>
        <translation>Hier ist noch nichts archiviert. Sichern Sie das Konto, um es zu füllen.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>The archive in %1 cannot be opened: %2</source>
        <translation>Das Archiv in %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
</TS>
