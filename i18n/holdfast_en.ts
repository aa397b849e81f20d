<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ItemHtml</name>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boost(s)</source>
        <translation>
            <numerusform>%n boost</numerusform>
            <numerusform>%n boosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n favourite</numerusform>
            <numerusform>%n favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit history (%n earlier version(s))</source>
        <translation>
            <numerusform>Edit history (%n earlier version)</numerusform>
            <numerusform>Edit history (%n earlier versions)</numerusform>
        </translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the platform (noticed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version archived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boosted, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The Bluesky OAuth session of %1 is unusable (%2). Sign in again with `holdfast accounts add bluesky --handle %1 --oauth`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluesky session of %1 expired. Sign in again with `holdfast accounts add bluesky --handle %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast has no access token for %1 in the keychain; sign in to this account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1 accounts is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a downloadable URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not return the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to follow a page link to another host (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not return a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new follower(s)</source>
        <translation>
            <numerusform>%n new follower</numerusform>
            <numerusform>%n new followers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost follower(s)</source>
        <translation>
            <numerusform>%n lost follower</numerusform>
            <numerusform>%n lost followers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the rate limit until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; what was fetched is kept (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::AccountsModel</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ArchiveImport</name>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records of other collections kept in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a data export Holdfast recognises (looked for an X archive&apos;s data/manifest.js or window.YTD data files, a Mastodon outbox.json with actor.json, Facebook or Instagram download files, a Mastodon CSV export and a Bluesky CAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 account; %3 (%4) is from another platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2, not to account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say whose data it is; name the account with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported completely: %2. Everything else in it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing could be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: message %2 has no text or media (a call or reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a post without time, text or media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a comment without text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook data download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram data download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky repository (CAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) into account %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new offline account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 read, %3 new, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more skipped entries not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; entries imported from that file before it: %2, the rest of it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: invalid JSON at byte %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: the text is UTF-16 or UTF-32, not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: a NUL byte at byte %2; the text is not UTF-8 (UTF-16?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: the text is not UTF-8 (invalid byte 0x%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: starts with &quot;window.&quot; but has no &quot;= &quot; assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends early (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected data after the array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array element is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 has no actor id, so it is not clear whose archive it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: not an OrderedCollection with orderedItems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: activity of type &quot;%2&quot; is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: invalid JSON at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry that is not a status URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: not an account address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: not a status URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries of %3 read; Holdfast does not store %3 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the X archive has neither %2 nor account details in %3, so it is not clear whose archive it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a post without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a long post without an id or text is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: long post %2 (%3) matches no post in tweets.js; imported as a post of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.js is missing: the import could not be checked against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest lists %1 files for %2, found %3 (missing: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest lists %1 entries in %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ArchiveReader</name>
    <message>
        <source>unknown libarchive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than %2 MB; it is not read into memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged or truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is larger than the limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive expands to more than the limit of %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry expands more than %1 times (a decompression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds more than the limit of %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute paths are not allowed in an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name leaves the archive (&quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as an archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or truncated %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; refusing to import this archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a link; links are refused in imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file; refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than the limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::BackupJob</name>
    <message>
        <source>Starting backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the rate limit until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 page(s), %3 item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading media: %1 file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the account&apos;s files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) of the account to download</source>
        <translation>
            <numerusform>%n new file of the account to download</numerusform>
            <numerusform>%n new files of the account to download</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ContactsModel</name>
    <message>
        <source>mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows you (you unfollowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you follow (unfollowed you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfollowed each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfollowed you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you unfollowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ConversationsModel</name>
    <message>
        <source>(only you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to wait until %2 for its rate limit; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept answering 429 Too Many Requests; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2). Sign in to this account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent unreadable JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving up after %1 attempt(s): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::LoopbackRedirect</name>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the browser within %1 minutes; sign-in abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request (state mismatch); it was ignored. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::Store</name>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the archive %1 to schema version %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the archive %1 to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Holdfast (schema version %2; this version understands up to %3). Update Holdfast to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::AtprotoOAuth</name>
    <message>
        <source>%1 answered the token request without an access and refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued a token that is not bound to Holdfast&apos;s key (token type &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued a token for %2 instead of %3; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued a token without the atproto scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored Bluesky OAuth session is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer OAuth sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no authorization server for OAuth sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sign-in server&apos;s description at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 describes itself as %2; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 lacks a pushed-request, authorization or token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 does not support atproto OAuth (PKCE S256, DPoP with ES256, the atproto scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast has Bluesky&apos;s answer. You can close this tab and return to Holdfast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the sign-in request without a request URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer came from &quot;%1&quot;, not from %2; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled: access was denied on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not issue a token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token for the Bluesky OAuth session on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not renew the OAuth session (%2). Sign in again with `holdfast accounts add bluesky --oauth`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::BlueskySource</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored session belongs to another account; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers, mentions, bookmarks and others&apos; replies to your posts are unavailable: %1 has no Bluesky AppView (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages are unavailable: the app password has no access to them (create one with &quot;Allow access to your direct messages&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages are unavailable: the chat service could not be reached through %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky has no %1 to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server named no usable repository revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository export is unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository snapshot %1 kept (%2 records; %3 in other collections: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::CarImport</name>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAR file is the repository of %1, not of account %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the Bluesky repository of %1 (revision %2) into account %3: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new offline account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 read, %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records in all; %2 in other collections kept in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the snapshot in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::CarReader</name>
    <message>
        <source>%1 is not valid CBOR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a length field (truncated?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A length field is not minimally encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A length field is longer than 9 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported CID version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CID&apos;s hash runs past the end of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a CID link (CBOR tag 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CID link lacks its multibase identity prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CID link has trailing bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DAG-CBOR map has a key that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported DAG-CBOR value (type %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CAR file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CAR file: the header length is %1 bytes, the file has %2 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAR header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CAR v1 file (the header has no version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAR header has a bad root: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block at byte %1 runs past the end of the file (truncated?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block at byte %1 has a bad CID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block at byte %1 does not match its CID %2 (damaged file?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository tree is deeper than %1 levels (a cycle?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository tree node %1 is missing from the CAR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree node %1 is not an MST node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree node %1 has a malformed entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree node %1 lists keys out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository tree refers to node %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has a malformed key &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 (%2) is missing from the CAR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAR file names no root (no commit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit block %1 is missing from the CAR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAR root is not a repository commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported repository version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::IdentityResolver</name>
    <message>
        <source>&apos;%1&apos; is neither a handle (like alice.bsky.social) nor a DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DID document of %1 describes a different DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DID document of %1 names no personal data server (#atproto_pds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2, but that identity does not confirm the handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not resolve the handle %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved %2 to no usable DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the handle %1 (no _atproto DNS record, and %2 failed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no did= TXT record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported DID method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the DID document of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DID document of %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::SignIn</name>
    <message>
        <source>An app password is needed to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed in a different account than %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::bluesky::XrpcClient</name>
    <message>
        <source>%1 did not answer with a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s session refresh carried no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the handle and app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the sign-in without tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::mastodon::MastodonSignIn</name>
    <message>
        <source>Could not register Holdfast with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not return a client id and secret when registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast is signed in. You can close this tab and return to Holdfast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not issue a token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::AccountDelegate</name>
    <message>
        <source>Last backup %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup failed · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::AccountsPane</name>
    <message>
        <source>Accounts and collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast opens your browser so you can sign in on your server. It only asks for permission to read; your password never passes through Holdfast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser window opened, open this address yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Browser Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your server, for example mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Holdfast can now back up this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1
Check the server address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to authorize Holdfast in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alice.bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle or DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: https://your.pds.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle or DID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app password in Bluesky under Settings › Privacy and security › App passwords. Holdfast keeps it only in your system keychain, to renew its sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your handle (for example alice.bsky.social) or your DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an app password (Bluesky: Settings › Privacy and security › App passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service address must be a web address such as https://pds.example, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1
Check the handle and the app password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BackupProgressPanel</name>
    <message>
        <source>Backups in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ContactsView</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ConversationsView</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportDialog</name>
    <message>
        <source>UTF-8 &amp;BOM for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML archive (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML archive (ZIP file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some spreadsheet programs need it to read UTF-8 text correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln person(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln person to %1.</numerusform>
            <numerusform>Exported %Ln people to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln item to %1.</numerusform>
            <numerusform>Exported %Ln items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportJobDialog</name>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “From” date must not be after the “To” date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ImportDialog</name>
    <message>
        <source>Import Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a platform&apos;s own data export into the archive: an X archive (ZIP or its unpacked folder), a Mastodon export (.tar.gz) or CSV export, a Facebook or Instagram download in JSON format, or a Bluesky repository (.car). The format is recognised from the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Unpacked Archive Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exports (*.zip *.tar.gz *.tgz *.tar *.car *.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the archive file or folder to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ImportPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1: %n new entries</source>
        <translation>
            <numerusform>Imported into %1: %n new entry</numerusform>
            <numerusform>Imported into %1: %n new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ItemDelegate</name>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(boosted a post)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ItemDetailView</name>
    <message numerus="yes">
        <source>Conversation with %1 · %n message(s)</source>
        <translation>
            <numerusform>Conversation with %1 · %n message</numerusform>
            <numerusform>Conversation with %1 · %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thread · %n post(s)</source>
        <translation>
            <numerusform>Thread · %n post</numerusform>
            <numerusform>Thread · %n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open on Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item or a conversation to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this item in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the platform. Holdfast noticed it on %1; this is the archived copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <source>Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add your first account to start backing it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the selected account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every account now (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel All Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Back it up now to start the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to back up yet. Add an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being backed up. Cancel the backup first, then remove the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and everything archived for it from this computer? Its sign-in is deleted from the keychain. Nothing changes on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2
Sign in to this account again, then back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2
What was fetched is kept. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Reading Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a platform&apos;s data export (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures and charts for a period, with PDF and CSV export (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Entries it had already written are kept and the import is recorded as cancelled; importing the archive again completes it without duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %n new entries</source>
        <translation>
            <numerusform>Imported %1 into %2: %n new entry</numerusform>
            <numerusform>Imported %1 into %2: %n new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (see the details for why)</source>
        <translation>
            <numerusform>; %n skipped (see the details for why)</numerusform>
            <numerusform>; %n skipped (see the details for why)</numerusform>
        </translation>
    </message>
    <message>
        <source>; see the details for notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records-Request &amp;Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PackageDialog</name>
    <message>
        <source>Records-Request Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any text (words are found like in the search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone (handle or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one account to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packaged %Ln item(s) into %1.</source>
        <translation>
            <numerusform>Packaged %Ln item into %1.</numerusform>
            <numerusform>Packaged %Ln items into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReportsWindow</name>
    <message>
        <source>Reports – Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this report with its charts as a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV of the Fi&amp;gures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures of this report as a CSV file for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the accounts to report on; their figures are added up (Space checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top contacts by interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMs sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered mentions and conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top posts by engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top &amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top P&amp;osts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one account to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day before the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boosts received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own posts and replies per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own posts and replies per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions and direct messages per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers at the end of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the figures to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the figures to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SearchPanel</name>
    <message numerus="yes">
        <source>The first %Ln matches.</source>
        <translation>
            <numerusform>The first match.</numerusform>
            <numerusform>The first %Ln matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es).</source>
        <translation>
            <numerusform>%Ln match.</numerusform>
            <numerusform>%Ln matches.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TimelineView</name>
    <message>
        <source>Nothing archived here yet. Back up the account to fill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive in %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
