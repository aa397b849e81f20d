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
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>Konnte auf 127.0.0.1 nicht auf die Anmelde-Weiterleitung warten.</translation>
    </message>
    <message>
        <source>Holdfast is signed in. You can close this tab and return to Holdfast.</source>
        <translation>Holdfast ist angemeldet. Sie können diesen Tab schließen und zu Holdfast zurückkehren.</translation>
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
</context>
<context>
    <name>holdfast::ui::BackupController</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Holdfast has no access token for %1.</source>
        <translation>Holdfast hat kein Zugriffstoken für %1.</translation>
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
    <name>holdfast::ui::BackupSources</name>
    <message>
        <source>Backing up %1 accounts is not supported yet.</source>
        <translation>Das Sichern von %1-Konten wird noch nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ContactsView</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
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
</context>
<context>
    <name>holdfast::ui::ConversationsView</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
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
