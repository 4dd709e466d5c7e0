"""German explanations of enhanced status codes (RFC 3463, IANA registry) (data).

Keys are "subject.detail"; every sentence written for smtpcodes.
Codes and titles follow the IANA "SMTP Enhanced Status Codes" registry as it stood at X.7.30
(shared/docs/standards.md §2); the deprecated X.6.10 has no entry. Provider behaviour quoted in the
texts (Gmail, Microsoft 365, MTA queue lifetimes) is taken from the same notes, §1.3, §2.5 and §3.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from smtpcodes.texts._types import Text

if TYPE_CHECKING:
    from collections.abc import Mapping

ENHANCED: Final[Mapping[str, Text]] = MappingProxyType({
    "0.0": Text(
        title="Sonstiger, nicht näher bestimmter Status",
        meaning="Der Server hat nur die Klasse des Ergebnisses gemeldet (Erfolg, vorübergehender oder dauerhafter Fehler), aber nichts Genaueres. Die eigentliche Information steht allein im Antworttext; viele MTAs, darunter Postfix, protokollieren 4.0.0 oder 5.0.0, wenn der entfernte Server nur einen einfachen Antwortcode ohne erweiterten Statuscode geschickt hat.",
        causes=(
            "Der entfernte Server sendet keine erweiterten Statuscodes, daher hat der weiterleitende MTA das allgemeine X.0.0 eingesetzt.",
            "Der Server verschweigt den genauen Grund absichtlich, etwa bei einer Richtliniensperre oder einem unbekannten Benutzer.",
            "Ein Spamfilter, eine Quotenprüfung oder ein eigenes Skript hat die Nachricht mit einem allgemeinen Code abgewiesen.",
        ),
        fixes=(
            "Lesen Sie den vollständigen Antworttext; meist nennt er den wahren Grund (unbekannter Benutzer, Postfach voll, gesperrt usw.).",
            "Entscheiden Sie nach dem einfachen Antwortcode: Nach einer 4xx-Antwort erneut versuchen, eine 5xx-Antwort als endgültig behandeln, sofern der Text nichts anderes sagt.",
            "Ist der Text nicht eindeutig, prüfen Sie die Bounce-Dokumentation des empfangenden Anbieters oder fragen Sie den Postmaster des Empfängers.",
        ),
    ),
    "1.0": Text(
        title="Sonstiger Adressstatus",
        meaning="Eine Adresse, die des Absenders oder eines Empfängers, hat den Fehler verursacht, doch der Server sagt nicht, welches Problem genau vorliegt.",
        causes=(
            "Die Adresse ist unbekannt oder ungültig, der Server meldet das aber nur allgemein.",
            "Die Adresse wurde umgeschrieben oder per Alias auf eine Zieladresse umgeleitet, die fehlgeschlagen ist.",
        ),
        fixes=(
            "Lesen Sie im Antworttext nach, welche Adresse abgelehnt wurde.",
            "Prüfen Sie Absender- und Empfängeradresse auf Tippfehler und darauf, ob die Domain existiert.",
            "Lassen Sie sich die Adresse vom Empfänger auf einem anderen Weg bestätigen.",
        ),
    ),
    "1.1": Text(
        title="Ungültige Empfänger-Postfachadresse",
        meaning="Das Postfach des Empfängers (der Teil links vom @) existiert beim Ziel nicht, obwohl die Domain selbst in Ordnung ist. Als 5.1.1 ist das der klassische Hard Bounce „Benutzer unbekannt“. Ein 4.1.1 bedeutet, dass der Server die Adresse in diesem Moment nicht bestätigen konnte, etwa weil sein Benutzerverzeichnis nicht erreichbar war; die Zustellung wird dann erneut versucht.",
        causes=(
            "Die Adresse enthält einen Tippfehler (etwa „jonh“ statt „john“) oder eine veraltete Schreibweise.",
            "Das Postfach wurde gelöscht, zum Beispiel nachdem die Person das Unternehmen verlassen oder das Konto gekündigt hat.",
            "Die Adresse war nie gültig: erfunden oder geraten, von jemand anderem in einem Anmeldeformular falsch eingegeben oder aus einer alten, gekauften oder automatisch gesammelten Liste.",
            "Das Benutzerverzeichnis des empfangenden Servers ist unvollständig oder vorübergehend nicht erreichbar (typisch für 4.1.1 und für aufgeteilte Zustellung auf mehrere Systeme).",
        ),
        fixes=(
            "Vergleichen Sie die Adresse Zeichen für Zeichen mit einer verlässlichen Quelle.",
            "Senden Sie bei 5.1.1 nicht mehr an die Adresse und setzen Sie sie auf Ihre Sperrliste; wiederholte Mails an unbekannte Benutzer schaden Ihrer Absenderreputation.",
            "Klären Sie die richtige Adresse mit dem Empfänger auf einem anderen Weg (Telefon, Website, Kollegen).",
            "Lassen Sie Ihren MTA bei 4.1.1 erneut zustellen; hält der Fehler länger als einen Tag an, behandeln Sie ihn wie 5.1.1.",
            "Betreiben Sie den empfangenden Server und existiert der Benutzer, prüfen Sie Aliase, virtuelle Postfachtabellen und den Abgleich mit dem Verzeichnis (LDAP, Active Directory).",
        ),
    ),
    "1.2": Text(
        title="Ungültige Empfänger-Systemadresse",
        meaning="Die Domain des Empfängers (der Teil rechts vom @) existiert nicht oder kann keine Mails annehmen: Im DNS gibt es keinen Eintrag für sie, oder es lässt sich kein Mailserver für sie finden. Die Registry sieht den Code als dauerhaften Fehler vor; ein 4.1.2 deutet meist auf einen vorübergehenden Fehler bei der DNS-Abfrage hin.",
        causes=(
            "Die Domain ist falsch geschrieben (etwa „gmial.com“ oder „example.con“).",
            "Die Domain ist abgelaufen oder wurde nie registriert.",
            "Die Domain existiert, hat aber weder MX- noch A/AAAA-Einträge, oder ihre DNS-Server antworten nicht korrekt.",
            "Ein vorübergehender DNS-Fehler auf Absender- oder Empfängerseite (typisch für 4.1.2).",
        ),
        fixes=(
            "Prüfen Sie die Schreibweise der Domain und korrigieren Sie typische Tippfehler.",
            "Fragen Sie die Domain mit „dig MX domain“ und „dig A domain“ ab; liefert keines davon einen Eintrag, kann die Adresse keine Mails empfangen.",
            "Sperren Sie die Adresse bei 5.1.2, bis der Empfänger eine funktionierende Domain bestätigt.",
            "Prüfen Sie bei 4.1.2 Ihren eigenen DNS-Resolver und lassen Sie die Nachricht erneut zustellen; bleibt das DNS der Domain fehlerhaft, informieren Sie den Administrator des Empfängers.",
            "Ist es Ihre eigene Domain, verlängern Sie sie und veröffentlichen Sie korrekte MX-Einträge.",
        ),
    ),
    "1.3": Text(
        title="Fehlerhafte Syntax der Empfänger-Postfachadresse",
        meaning="Die Empfängeradresse ist syntaktisch keine gültige Mailadresse, daher kann der Server sie nicht einmal nachschlagen. Als dauerhafter Fehler gedacht: Dieselbe Adresse wird wieder abgelehnt.",
        causes=(
            "Ein fehlendes oder doppeltes @, Leerzeichen, Kommas oder Zeichen, die in Adressen nicht erlaubt sind.",
            "Anführungszeichen, spitze Klammern oder ein Anzeigename sind in die Adresse geraten, etwa durch Kopieren und Einfügen.",
            "Nicht-ASCII-Zeichen in der Adresse, obwohl der Server SMTPUTF8 nicht unterstützt.",
        ),
        fixes=(
            "Entfernen Sie Leerzeichen, Anführungszeichen, Punkte am Ende und unsichtbare Zeichen aus der Adresse.",
            "Stellen Sie sicher, dass Ihre Software genau eine Adresse pro Befehl sendet, in der Form RCPT TO:<lokal@domain>.",
            "Prüfen Sie Adressen schon bei der Erfassung und weisen Sie fehlerhafte zurück.",
        ),
    ),
    "1.4": Text(
        title="Empfänger-Postfachadresse mehrdeutig",
        meaning="Die Adresse passt beim Ziel auf mehrere Empfänger, etwa weil der Server Namen heuristisch Postfächern zuordnet; er weiß daher nicht, wohin er zustellen soll.",
        causes=(
            "Der lokale Teil ist ein Name oder Kürzel, der auf mehrere Personen passt (etwa „j.schmidt“, wo zwei Jan Schmidts arbeiten).",
        ),
        fixes=(
            "Verwenden Sie die vollständige, eindeutige Adresse des Empfängers.",
            "Fragen Sie den Empfänger oder den Administrator des Ziels nach der genauen Adresse.",
        ),
    ),
    "1.5": Text(
        title="Empfängeradresse gültig",
        meaning="Ein positiver Status: Der Server bestätigt, dass die Empfängeradresse gültig ist. Er erscheint in Erfolgsantworten (etwa 250 2.1.5 auf RCPT TO) und in Zustellberichten, nicht bei Fehlern.",
        causes=(
            "Der Server hat die Empfängeradresse angenommen.",
        ),
        fixes=(
            "Es ist nichts zu tun; steht dieser Code in einer 4xx- oder 5xx-Antwort, beschreibt der übrige Antworttext das eigentliche Problem.",
        ),
    ),
    "1.6": Text(
        title="Empfängerpostfach umgezogen, keine Weiterleitungsadresse",
        meaning="Die Adresse war früher gültig, nimmt aber keine Mails mehr an, und der Server kennt keine neue Adresse für eine Weiterleitung. Dauerhaft.",
        causes=(
            "Die Person hat Arbeitgeber, Namen oder Anbieter gewechselt, und die alte Adresse wurde geschlossen.",
            "Die Organisation ist auf eine neue Domain umgezogen, ohne eine Weiterleitung einzurichten.",
        ),
        fixes=(
            "Sperren oder entfernen Sie die alte Adresse.",
            "Ermitteln Sie die neue Adresse auf einem anderen Weg und aktualisieren Sie Ihre Daten.",
        ),
    ),
    "1.7": Text(
        title="Fehlerhafte Syntax der Absender-Postfachadresse",
        meaning="Die in MAIL FROM angegebene Absenderadresse (der Envelope-Absender, auch Return-Path genannt) ist syntaktisch ungültig.",
        causes=(
            "Die Anwendung baut den Envelope-Absender falsch zusammen, etwa mit Anzeigename, Leerzeichen oder ohne Domain.",
            "Als Absender dient ein bloßer lokaler Benutzername wie „www-data“ ohne Domain, typisch für Skripte auf Webservern.",
        ),
        fixes=(
            "Prüfen Sie die Zeile MAIL FROM im SMTP-Protokoll und vergleichen Sie sie mit der Form MAIL FROM:<absender@example.com>.",
            "Tragen Sie in Ihrer Anwendung oder Ihrem MTA einen vollständigen, gültigen Envelope-Absender wie bounces@example.com ein.",
            "Konfigurieren Sie auf Unix-Systemen das Mailprogramm (sendmail -f, Postfix myorigin) so, dass lokale Benutzer eine richtige Domain erhalten.",
        ),
    ),
    "1.8": Text(
        title="Ungültige Absender-Systemadresse",
        meaning="Die Domain der Absenderadresse existiert nicht oder kann keine Mails empfangen; der Empfänger könnte daher nie eine Unzustellbarkeitsnachricht zurückschicken und lehnt die Nachricht ab. Ein 4.1.8 bedeutet meist, dass sich die Absenderdomain in diesem Moment nicht auflösen ließ.",
        causes=(
            "Der Envelope-Absender verwendet eine nicht registrierte, abgelaufene oder interne Domain (etwa example.local oder localhost).",
            "Die Absenderdomain hat weder einen MX- noch einen A-Eintrag.",
            "Ein vorübergehender DNS-Fehler, während der Empfänger die Absenderdomain geprüft hat (4.1.8).",
        ),
        fixes=(
            "Verwenden Sie einen Envelope-Absender in einer öffentlichen Domain, die Sie selbst verwalten.",
            "Veröffentlichen Sie MX-Einträge (oder wenigstens A-Einträge) für die Absenderdomain und prüfen Sie sie mit dig.",
            "Ist die Domain korrekt und lautet der Code 4.1.8, prüfen Sie, ob die DNS-Server der Domain antworten, und lassen Sie die Nachricht erneut zustellen.",
        ),
    ),
    "1.9": Text(
        title="Nachricht an nicht konformes Mailsystem weitergegeben",
        meaning="Die Adresse war gültig und die Nachricht wurde weitergegeben, allerdings an ein System, das keinen weiteren Zustellstatus melden kann. Es handelt sich um einen Hinweis in Zustellberichten, nicht um einen Fehler.",
        causes=(
            "Die Nachricht wurde an ein Gateway oder ein älteres System ohne Unterstützung für Zustellberichte übergeben.",
        ),
        fixes=(
            "Rechnen Sie nicht mit weiteren Zustellberichten; lassen Sie sich den Empfang vom Empfänger bestätigen, wenn es darauf ankommt.",
        ),
    ),
    "1.10": Text(
        title="Empfängeradresse hat Null-MX",
        meaning="Die Domain des Empfängers veröffentlicht einen „Null-MX“-Eintrag (MX 0 .) und erklärt damit, dass sie überhaupt keine Mails annimmt (RFC 7505). Die sendende Seite meldet das meist mit 556; erneutes Senden kann nicht gelingen, solange der Eintrag besteht.",
        causes=(
            "Die Domain dient nur einer Website oder ist geparkt und nimmt absichtlich keine Mails an.",
            "Die Adresse enthält einen Webhostnamen statt der Maildomain (etwa www.example.com statt example.com).",
            "Die Organisation hat den Mailempfang für diese Domain eingestellt oder ist auf eine andere Domain umgezogen.",
            "Ein Tippfehler trifft zufällig eine echte Domain, die einen Null-MX veröffentlicht.",
        ),
        fixes=(
            "Prüfen Sie die Domain mit „dig MX domain“; ein einzelner Eintrag „0 .“ bestätigt den Null-MX.",
            "Korrigieren Sie die Adresse, falls die Domain ein Tippfehler oder ein Webhostname war.",
            "Sperren Sie die Adresse; sie kann keine Mails empfangen, solange der Null-MX veröffentlicht ist.",
            "Gehört die Domain Ihnen und soll sie Mails empfangen, ersetzen Sie den Null-MX durch echte MX-Einträge.",
        ),
    ),
    "2.0": Text(
        title="Sonstiger oder nicht näher bestimmter Postfachstatus",
        meaning="Das Postfach existiert, aber etwas daran hat den Fehler verursacht; der Server sagt nicht, was.",
        causes=(
            "Ein Postfachproblem, das der Server nur allgemein meldet, etwa ein gesperrtes oder falsch eingerichtetes Postfach.",
            "Ein Filter oder eine Regel dieses Postfachs hat die Nachricht abgewiesen.",
        ),
        fixes=(
            "Lesen Sie den eigentlichen Grund im Antworttext nach.",
            "Lassen Sie die Nachricht nach einer 4xx-Antwort erneut zustellen; informieren Sie nach einer 5xx-Antwort den Empfänger auf einem anderen Weg.",
        ),
    ),
    "2.1": Text(
        title="Postfach deaktiviert, nimmt keine Nachrichten an",
        meaning="Das Postfach existiert, nimmt aber keine Nachrichten an. Als 5.2.1 ist es meist endgültig deaktiviert (gesperrt, stillgelegt oder zu lange ungenutzt); als 4.2.1 ist die Sperre vorübergehend, etwa während einer Migration oder weil der Empfänger gerade zu viele Mails auf einmal erhält.",
        causes=(
            "Das Konto wurde deaktiviert oder gesperrt, zum Beispiel nach dem Ausscheiden der Person oder wegen Missbrauchs.",
            "Das Postfach wurde lange nicht benutzt und vom Anbieter stillgelegt (häufig bei Freemail-Anbietern).",
            "Das Konto wird gerade migriert oder ist wegen Wartung gesperrt (4.2.1).",
            "Der Anbieter begrenzt, wie schnell das Postfach Mails empfangen darf; Gmail verwendet 4.2.1, wenn ein Benutzer Mails in einer Rate erhält, die weitere Zustellungen verhindert.",
        ),
        fixes=(
            "Setzen Sie die Adresse bei 5.2.1 wie bei einem unbekannten Empfänger auf die Unterdrückungsliste: ein Hard Bounce, nach dem ersten oder zweiten Auftreten.",
            "Lassen Sie Ihren MTA bei 4.2.1 mit wachsenden Abständen erneut zustellen und senden Sie langsamer an diesen Empfänger.",
            "Kontaktieren Sie den Empfänger auf einem anderen Weg und fragen Sie nach einer aktuellen Adresse.",
            "Ist es Ihr eigenes Postfach, bitten Sie Ihren Administrator, das Konto wieder zu aktivieren.",
        ),
    ),
    "2.2": Text(
        title="Postfach voll",
        meaning="Das Postfach des Empfängers hat sein Speicherkontingent erreicht. Die Registry sieht den Code als anhaltenden vorübergehenden Fehler vor (der Empfänger kann Platz schaffen), doch Server senden ihn sowohl als 452 4.2.2 als auch als 552 5.2.2. Die meisten Absender und E-Mail-Dienste versuchen auch die Form 5.2.2 noch eine Weile erneut; erst wiederholte Fehlschläge über Tage machen daraus einen Hard Bounce.",
        causes=(
            "Der Empfänger löscht oder archiviert keine Mails und hat sein Kontingent aufgebraucht.",
            "Das Postfach ist verwaist und füllt sich mit ungelesenen Mails, ein deutliches Zeichen, dass die Adresse nicht mehr genutzt wird.",
            "Ein großer Anhang würde den verbleibenden Platz im Postfach überschreiten.",
            "Ein Limit für einen Ordner oder ein freigegebenes Postfach ist erreicht, obwohl das Hauptpostfach noch Platz hat.",
        ),
        fixes=(
            "Lassen Sie Ihren MTA erneut zustellen; die meisten Speicherprobleme lösen sich innerhalb von Stunden oder Tagen.",
            "Behandeln Sie die Adresse als Soft Bounce und sperren Sie sie erst nach wiederholten „Postfach voll“-Meldungen über mehrere Tage oder Kampagnen.",
            "Teilen Sie dem Empfänger auf einem anderen Weg mit, dass sein Postfach voll ist.",
            "Senden Sie kleinere Nachrichten: Verlinken Sie große Dateien, statt sie anzuhängen.",
            "Ist es Ihr eigenes Postfach, löschen oder archivieren Sie alte Mails, leeren Sie den Papierkorb oder beantragen Sie mehr Speicherplatz.",
        ),
    ),
    "2.3": Text(
        title="Nachrichtenlänge überschreitet administratives Limit",
        meaning="Die Nachricht ist größer als das Größenlimit dieses bestimmten Postfachs, das niedriger sein kann als das allgemeine Limit des Servers. Dauerhaft: Dieselbe Nachricht wird wieder abgelehnt.",
        causes=(
            "Große Anhänge überschreiten das Größenlimit des Empfängerpostfachs.",
            "Die Kodierung vergrößert die Nachricht: Base64 macht jeden Anhang um etwa ein Drittel größer.",
        ),
        fixes=(
            "Verkleinern Sie die Nachricht: Komprimieren Sie Anhänge, Bilder und Dokumente, oder speichern Sie sie in einem kleineren Format.",
            "Stellen Sie große Dateien über einen Download-Link bereit, statt sie anzuhängen.",
            "Fragen Sie den Administrator des Empfängers nach dem Größenlimit dieses Postfachs.",
        ),
    ),
    "2.4": Text(
        title="Problem beim Auflösen der Mailingliste",
        meaning="Die Empfängeradresse ist eine Mailingliste oder Verteilergruppe, die sich nicht in ihre Mitglieder auflösen ließ. Der Fehler kann vorübergehend oder dauerhaft sein.",
        causes=(
            "Der Listenserver oder das Verzeichnis mit den Mitgliedern ist nicht erreichbar (vorübergehend).",
            "Die Liste ist falsch eingerichtet oder leer, oder eines ihrer Mitglieder verweist wieder auf die Liste.",
        ),
        fixes=(
            "Lassen Sie die Nachricht bei 4.2.4 erneut zustellen.",
            "Informieren Sie bei 5.2.4 den Listenbetreuer oder Administrator und fügen Sie den vollständigen Bounce-Text bei.",
            "Ist die Nachricht dringend, senden Sie sie vorerst an die einzelnen Empfänger.",
        ),
    ),
    "3.0": Text(
        title="Sonstiger oder nicht näher bestimmter Mailsystemstatus",
        meaning="Das Ziel nimmt normalerweise Mails an, aber ein Problem im empfangenden Mailsystem selbst hat die Antwort ausgelöst, ohne Einzelheiten. Der Code erscheint mit vielen Antwortcodes, von 221 und 421/451 für vorübergehende Zustände bis zu 550/554 für dauerhafte.",
        causes=(
            "Ein interner Fehler auf dem empfangenden Server, etwa ein abgestürzter Filter oder ein Datenbank- oder Speicherproblem.",
            "Ein Spam- oder Virenscanner ist ausgefallen oder hat die Nachricht ohne genaueren Code abgewiesen.",
            "Der Server beendet die Verbindung (221 oder 421 mit 4.3.0), etwa bei einem Neustart.",
        ),
        fixes=(
            "Lassen Sie die Nachricht nach einer 4xx-Antwort erneut zustellen; solche Fehler verschwinden meist von selbst.",
            "Lesen Sie nach einer 5xx-Antwort den Antworttext; nennt er einen Inhalts- oder Richtliniengrund, beheben Sie zuerst diesen.",
            "Bleibt der Fehler bestehen, wenden Sie sich an den Postmaster des Empfängers und nennen Sie Uhrzeit, Ihre sendende IP und die vollständige Antwort.",
        ),
    ),
    "3.1": Text(
        title="Mailsystem voll",
        meaning="Dem empfangenden System ist der Speicherplatz (Festplatte oder Warteschlange) für alle Benutzer ausgegangen, nicht nur für ein Postfach. Nur der Administrator des Ziels kann das beheben; der Code ist als vorübergehend gedacht.",
        causes=(
            "Die Festplatte oder die Spool-Partition des Servers ist voll.",
            "Die Warteschlange ist nach einem Ausfall oder einer Mailflut überlastet.",
        ),
        fixes=(
            "Lassen Sie Ihren MTA erneut zustellen; werten Sie dies nicht als Bounce der Adresse.",
            "Dauert es länger als einen Tag, informieren Sie den Administrator des Empfängers.",
            "Ist es Ihr Server, schaffen Sie Speicherplatz (Protokolle, Warteschlange, Quarantäne) und richten Sie eine Überwachung des Plattenplatzes ein.",
        ),
    ),
    "3.2": Text(
        title="System nimmt keine Nachrichten aus dem Netz an",
        meaning="Der Zielhost nimmt keine Nachrichten an, entweder vorerst (Herunterfahren, Überlastung, Wartung) oder grundsätzlich (mit 521 ein Host, der nie Mails annimmt). Der Code kann vorübergehend oder dauerhaft sein.",
        causes=(
            "Der Server ist in Wartung, startet neu oder ist überlastet (4.3.2).",
            "Der Host ist ein Dummy-MX oder so eingerichtet, dass er nie Mails annimmt (521 5.3.2).",
            "Der Server nimmt nur lokal eingelieferte Mails an, keine aus dem Netz.",
        ),
        fixes=(
            "Lassen Sie Ihren MTA bei 4.3.2 später erneut zustellen.",
            "Prüfen Sie bei 5.3.2, ob die MX-Einträge der Domain auf die richtigen Server zeigen.",
            "Hält der Zustand an, fragen Sie den Administrator des Empfängers, ob der Mailserver in Betrieb ist.",
        ),
    ),
    "3.3": Text(
        title="System beherrscht die gewählten Funktionen nicht",
        meaning="Das Ziel unterstützt eine Funktion nicht, die die Nachricht voraussetzt, etwa ein Gateway, das die Nachricht nicht auf ein anderes Mailsystem abbilden kann.",
        causes=(
            "Die Nachricht nutzt eine Erweiterung oder Zustelloption (etwa DSN, 8BITMIME oder SMTPUTF8), die das nächste System nicht erfüllen kann.",
            "Ein Gateway zu einem anderen Nachrichtensystem kann die angeforderten Funktionen nicht umsetzen.",
        ),
        fixes=(
            "Senden Sie die Nachricht ohne die besondere Option (einfaches MIME, keine besonderen Zustellwünsche).",
            "Fragen Sie den Administrator des Empfängers, welche Funktionen das System unterstützt.",
        ),
    ),
    "3.4": Text(
        title="Nachricht zu groß für das System",
        meaning="Die Nachricht ist größer als die Höchstgröße, die das empfangende System überhaupt annimmt; oft kündigt es diese als SIZE in seiner EHLO-Antwort an. Dauerhaft: Dieselbe Nachricht scheitert immer wieder, egal was der Empfänger tut.",
        causes=(
            "Anhänge bringen die Nachricht über das Größenlimit, das der Empfänger zulässt; übliche Limits liegen zwischen 10 und 50 MB, bei Gmail 25 MB.",
            "Die Base64-Kodierung macht Anhänge etwa ein Drittel größer als die Dateien auf der Festplatte, daher scheitert auch eine Datei knapp unter dem Limit.",
            "Ihr eigener Postausgangsserver oder ein Relay unterwegs hat ein niedrigeres Limit als das endgültige Ziel.",
            "Eingebettete Bilder oder ein langer zitierter Verlauf machen die Nachricht viel größer als erwartet.",
        ),
        fixes=(
            "Ermitteln Sie das Limit: Verbinden Sie sich mit dem Server und lesen Sie den SIZE-Wert in seiner EHLO-Antwort, oder sehen Sie in der Dokumentation des Anbieters nach.",
            "Komprimieren Sie Anhänge oder verringern Sie die Auflösung von Bildern und senden Sie erneut.",
            "Stellen Sie große Dateien über einen Download-Link oder einen Dateifreigabedienst bereit, statt sie anzuhängen.",
            "Teilen Sie den Inhalt auf mehrere kleinere Nachrichten auf, falls Links nicht in Frage kommen.",
            "Ist es Ihr Server, erhöhen Sie das Limit (etwa Postfix message_size_limit) einheitlich auf allen Stationen.",
        ),
    ),
    "3.5": Text(
        title="System falsch konfiguriert",
        meaning="Die Konfiguration des Zielsystems verhindert, dass es die Nachricht annimmt; der Fehler liegt auf der Empfängerseite, nicht an der Nachricht.",
        causes=(
            "Eine falsche Routing-, Alias- oder Relay-Einstellung auf dem empfangenden Server.",
            "Ein defekter Inhaltsfilter oder eine fehlende Komponente nach einem Update.",
            "Der MX-Eintrag zeigt auf einen Server, der für die Domain nicht eingerichtet ist.",
        ),
        fixes=(
            "Informieren Sie den Administrator des Empfängers und geben Sie die vollständige Antwort und die Uhrzeit an.",
            "Lassen Sie die Nachricht nach einer 4xx-Antwort erneut zustellen, bis die Konfiguration behoben ist.",
            "Ist es Ihr Server, suchen Sie im Mailprotokoll nach Konfigurationsfehlern und testen Sie eine lokale Zustellung.",
        ),
    ),
    "3.6": Text(
        title="Angeforderte Priorität wurde geändert",
        meaning="Die Nachricht wurde angenommen, aber nicht mit der vom Absender gewünschten Priorität (MT-PRIORITY, RFC 6710); der Antworttext nennt die tatsächlich verwendete Priorität. Es handelt sich um eine Erfolgsmeldung.",
        causes=(
            "Die Richtlinie des Servers erlaubt diesem Absender die gewünschte Priorität nicht.",
        ),
        fixes=(
            "Es ist nichts zu tun; ist die Priorität wichtig, fragen Sie den Serverbetreiber, welche Prioritäten Sie verwenden dürfen.",
        ),
    ),
    "4.0": Text(
        title="Sonstiger oder nicht näher bestimmter Netzwerk- oder Routingstatus",
        meaning="Ein Netzwerk- oder Routingproblem hat die Zustellung verhindert, ohne genaueren Grund. Häufig in Unzustellbarkeitsnachrichten, die der sendende MTA nach Verbindungsproblemen selbst erzeugt.",
        causes=(
            "Das Ziel war aus einem Grund nicht erreichbar, den der MTA nicht einordnen konnte.",
            "DNS-, Firewall- oder Routingprobleme zwischen sendendem und empfangendem Server.",
        ),
        fixes=(
            "Lassen Sie die Nachricht erneut zustellen; die meisten Netzwerkprobleme sind vorübergehend.",
            "Testen Sie die Verbindung vom sendenden Host aus: Lösen Sie den MX-Eintrag auf und verbinden Sie sich mit Port 25.",
            "Prüfen Sie bei 5.4.0 die MX-Einträge der Zieldomain und Ihre eigene Routing-Konfiguration.",
        ),
    ),
    "4.1": Text(
        title="Keine Antwort vom Host",
        meaning="Der sendende Server hat vom Zielhost keine Antwort erhalten: Der Verbindungsaufbau lief in eine Zeitüberschreitung oder wurde abgewiesen. Als vorübergehend gedacht. Wichtige Ausnahme: Microsoft 365 antwortet „550 5.4.1 Recipient address rejected: Access denied“, wenn Directory-Based Edge Blocking (DBEB) keinen solchen Empfänger findet; diese Antwort bedeutet, dass die Adresse nicht existiert.",
        causes=(
            "Der empfangende Server ist ausgefallen, überlastet oder steht hinter einer Firewall, die Verbindungen verwirft.",
            "Ausgehender Port 25 ist im sendenden Netz gesperrt (häufig bei Privat- und Cloud-Anschlüssen).",
            "Der MX-Eintrag zeigt auf eine falsche oder veraltete IP-Adresse.",
            "Bei Microsoft 365 mit 5.4.1 „Access denied“: Der Empfänger steht nicht im Verzeichnis der Organisation.",
        ),
        fixes=(
            "Lassen Sie Ihren MTA bei 4.4.1 erneut zustellen; kurze Ausfälle beheben sich von selbst.",
            "Testen Sie vom sendenden Host aus mit „nc -v mx-host 25“ oder telnet, ob sich eine Verbindung öffnet.",
            "Fragen Sie Ihren Provider, ob ausgehender Port 25 gesperrt ist, und senden Sie in diesem Fall über ein Relay (Smarthost).",
            "Behandeln Sie bei Microsofts „5.4.1 Recipient address rejected: Access denied“ die Adresse als unbekannt: Korrigieren oder sperren Sie sie.",
        ),
    ),
    "4.2": Text(
        title="Fehlerhafte Verbindung",
        meaning="Eine Verbindung zum Ziel kam zustande, aber die Übertragung ließ sich nicht abschließen, weil die Verbindung abbrach oder in eine Zeitüberschreitung lief. Nur vorübergehend.",
        causes=(
            "Ein instabiles Netz, Paketverluste oder ein MTU-Problem zwischen den Servern.",
            "Der empfangende Server hat die Verbindung geschlossen, etwa wegen Überlastung, einer Zeitüberschreitung oder eines Ratenlimits.",
            "Eine Firewall oder ein TLS-Inspektionsgerät unterbricht längere SMTP-Sitzungen.",
        ),
        fixes=(
            "Lassen Sie die Nachricht erneut zustellen.",
            "Prüfen Sie im Protokoll des Absenders, an welcher Stelle die Sitzung abbrach (während TLS, nach DATA usw.).",
            "Tritt es bei einem Ziel immer wieder auf, verringern Sie die parallelen Verbindungen und die Nachrichten pro Verbindung zu diesem Ziel.",
        ),
    ),
    "4.3": Text(
        title="Fehler des Verzeichnisservers",
        meaning="Ein für die Zustellung nötiger Verzeichnisserver, meist DNS, war nicht erreichbar oder hat mit einem Fehler geantwortet. Nur vorübergehend; es bedeutet nicht, dass die Adresse falsch ist.",
        causes=(
            "Der DNS-Resolver des sendenden Servers ist nicht erreichbar, überlastet oder falsch eingerichtet.",
            "Die autoritativen DNS-Server der Empfängerdomain antworten nicht rechtzeitig oder mit SERVFAIL.",
            "Ein LDAP- oder Benutzerverzeichnis auf der Empfängerseite ist ausgefallen.",
            "Eine SPF-Prüfung stieß auf einen vorübergehenden DNS-Fehler; Server, die älter als RFC 7372 sind, melden SPF-temperror als 4.4.3.",
        ),
        fixes=(
            "Lassen Sie die Nachricht erneut zustellen.",
            "Testen Sie den Resolver auf dem sendenden Host mit „dig MX Empfängerdomain“.",
            "Betreiben Sie auf Ihrem Mailserver einen zuverlässigen lokalen, zwischenspeichernden Resolver.",
            "Ist das DNS der Empfängerdomain fehlerhaft, informieren Sie deren Administrator.",
        ),
    ),
    "4.4": Text(
        title="Routing nicht möglich",
        meaning="Das sendende System konnte die nächste Station für die Nachricht nicht bestimmen, etwa weil das DNS keine brauchbaren MX- oder Adresseinträge lieferte. Der Code kann vorübergehend oder dauerhaft sein.",
        causes=(
            "Die Empfängerdomain hat weder MX- noch A/AAAA-Einträge, oder die Hostnamen ihrer MX-Einträge lassen sich nicht auflösen.",
            "Der MX zeigt auf eine unbrauchbare Adresse (etwa 127.0.0.1) oder auf einen Namen ohne Einträge.",
            "Eine Transport- oder Relay-Einstellung auf der sendenden Seite leitet die Domain an ein Ziel, das nicht existiert.",
        ),
        fixes=(
            "Prüfen Sie die Domain mit „dig MX domain“ und lösen Sie jeden MX-Hostnamen auf.",
            "Lassen Sie die Nachricht bei 4.4.4 erneut zustellen; möglicherweise wird das DNS gerade umgestellt.",
            "Korrigieren Sie bei 5.4.4 die Adresse oder bitten Sie den Administrator der Empfängerdomain, die MX-Einträge zu reparieren.",
            "Ist es Ihr Server, prüfen Sie Transporttabellen und Relayhost-Einstellungen.",
        ),
    ),
    "4.5": Text(
        title="Überlastung des Mailsystems",
        meaning="Das Mailsystem ist überlastet und kann die Nachricht im Moment weder annehmen noch weitergeben. Nur vorübergehend.",
        causes=(
            "Der empfangende Server begrenzt gleichzeitige Verbindungen oder Nachrichten und hat sein Limit erreicht.",
            "Ihre Warteschlange oder die des Ziels ist überlastet, etwa nach einem Ausfall.",
        ),
        fixes=(
            "Lassen Sie die Nachricht später erneut zustellen.",
            "Verringern Sie die Senderate und die Zahl paralleler Verbindungen zu diesem Ziel.",
        ),
    ),
    "4.6": Text(
        title="Routing-Schleife erkannt",
        meaning="Die Nachricht wurde zu oft weitergereicht (zu viele Received-Kopfzeilen), was auf eine Routing- oder Weiterleitungsschleife hindeutet. Die Registry nennt den Code vorübergehend, doch die Schleife bleibt bestehen, bis die Konfiguration korrigiert ist.",
        causes=(
            "Zwei Server halten jeweils den anderen für die Domain zuständig (etwa weil der MX auf den sendenden Server zurückzeigt).",
            "Weiterleitungsregeln zwischen Postfächern oder ein MX, der auf den Absender zurückzeigt, schicken die Nachricht in einer Mail-Schleife hin und her.",
            "Ein Server ist als MX für eine Domain eingetragen, die er nicht als lokal behandelt.",
        ),
        fixes=(
            "Lesen Sie die Received-Kopfzeilen im Bounce, um zu sehen, welche Server die Nachricht im Kreis reichen.",
            "Korrigieren Sie MX-, Relay- oder Weiterleitungskonfiguration so, dass ein Server die Domain als endgültiges Ziel annimmt.",
            "Entfernen Sie Weiterleitungsregeln zwischen Postfächern, die einen Kreis bilden.",
        ),
    ),
    "4.7": Text(
        title="Zustellfrist abgelaufen",
        meaning="Die Nachricht lag länger als erlaubt in der Warteschlange und wurde aufgegeben, oder eine vom Absender gesetzte Ablaufzeit ist verstrichen. Übliche Fristen: Postfix und Sendmail 5 Tage, Exim etwa 4 Tage, Exchange Server 2 Tage, Exchange Online 24 Stunden (gemeldet als 5.4.316). Der Code selbst ist nicht die Ursache: Der letzte vorübergehende Fehler vor dem Ablauf, meist im Bounce zitiert, ist der eigentliche Grund.",
        causes=(
            "Das Ziel war tagelang nicht erreichbar: Server ausgefallen, DNS fehlerhaft oder Verbindungen mit Zeitüberschreitung.",
            "Der Empfänger hat die Nachricht immer wieder zurückgestellt, etwa mit Greylisting oder einer vorübergehenden Sperre (4.7.1) oder einem Ratenlimit (wie Gmails 4.7.28).",
            "Der Absender oder der sendende Dienst hat eine kurze Lebensdauer gesetzt (manche E-Mail-Dienste versuchen es nur wenige Stunden lang).",
            "Ihre eigene Warteschlange hing, sodass die Nachricht schon zu alt war, bevor sie überhaupt versucht wurde.",
        ),
        fixes=(
            "Suchen Sie im Bounce oder im Mailprotokoll den letzten vorübergehenden Fehler vor dem Ablauf und behandeln Sie den Fall nach diesem Fehler.",
            "War es eine Zeitüberschreitung beim Verbindungsaufbau oder ein DNS-Fehler, testen Sie von Ihrem Server aus die MX-Einträge und Port 25 des Ziels.",
            "War es ein Ratenlimit oder eine Reputationssperre, senden Sie langsamer, bringen Sie SPF, DKIM und DMARC in Ordnung und prüfen Sie Blocklisten.",
            "Ist die Ursache behoben oder das Ziel wieder erreichbar, senden Sie die Nachricht erneut; die abgelaufene Kopie wird nicht mehr zugestellt.",
            "Sperren Sie die Adresse nicht allein wegen X.4.7; der Code sagt nichts über das Postfach aus.",
        ),
    ),
    "5.0": Text(
        title="Sonstiger oder nicht näher bestimmter Protokollstatus",
        meaning="Ein Problem im SMTP-Dialog selbst, das zu keinem genaueren Code passt. Die Registry verbindet ihn mit vielen Antwortcodes von 250 bis 554; Antwortcode und Text entscheiden daher über die Bedeutung: Ein 4xx ist ein vorübergehendes Protokollproblem, ein 5xx eine Ablehnung des Befehls oder der Übertragung.",
        causes=(
            "Der Client hat Befehle in unerwarteter Reihenfolge gesendet oder mehrere auf einmal an einen Server ohne PIPELINING-Unterstützung.",
            "Client und Server verstehen sich nicht, etwa bei TLS, PIPELINING oder BDAT/CHUNKING.",
            "Der Server lehnt die Übertragung aus einem Grund ab, den er nicht nennt, und verwendet den allgemeinen Protokollcode.",
            "Die Verbindung brach ab, während die Antwort gelesen wurde, und der lokale MTA hat einen Protokollfehler vermerkt.",
        ),
        fixes=(
            "Lesen Sie die vollständige Antwort und das SMTP-Protokoll, um zu sehen, auf welchen Befehl der Fehler folgte.",
            "Lassen Sie die Nachricht nach einer 4xx-Antwort erneut zustellen.",
            "Testen Sie die Sitzung von Hand (etwa mit „openssl s_client -starttls smtp -connect host:25“) und vergleichen Sie sie mit RFC 5321.",
            "Aktualisieren Sie die sendende Bibliothek oder den MTA, oder schalten Sie optionale Erweiterungen wie PIPELINING oder CHUNKING ab, wenn der Fehler nur mit ihnen auftritt.",
        ),
    ),
    "5.1": Text(
        title="Ungültiger Befehl",
        meaning="Der Server hat einen Befehl nicht angenommen: Er ist unbekannt, wird nicht unterstützt oder kam an der falschen Stelle der Sitzung (etwa RCPT vor MAIL oder DATA ohne angenommenen Empfänger). Für diesen Befehl dauerhaft; der Client muss ändern, was er sendet.",
        causes=(
            "Befehle in falscher Reihenfolge, etwa MAIL FROM vor EHLO oder DATA, nachdem alle Empfänger abgelehnt wurden.",
            "Der Client nutzt eine Erweiterung, die der Server nicht angekündigt hat (AUTH ohne EHLO, BDAT ohne CHUNKING, ein zweites STARTTLS).",
            "Der Server verlangt zuerst eine Anmeldung; der Einlieferungsserver von Gmail antwortet „530 5.5.1 Authentication Required“.",
            "Etwas anderes als ein Mailprogramm spricht mit dem Mailport, etwa ein Skript oder eine HTTP-Anfrage an Port 25.",
        ),
        fixes=(
            "Suchen Sie im SMTP-Protokoll den abgelehnten Befehl und die Befehle davor.",
            "Senden Sie zuerst EHLO und verwenden Sie nur die Erweiterungen, die der Server in seiner EHLO-Antwort aufführt.",
            "Verlangt der Server eine Anmeldung, starten Sie TLS (STARTTLS auf Port 587 oder implizites TLS auf Port 465) und melden Sie sich vor MAIL FROM mit AUTH an.",
            "Stellen Sie sicher, dass Ihr Client kein DATA sendet, wenn jedes RCPT TO abgelehnt wurde.",
            "Aktualisieren oder korrigieren Sie die Client-Bibliothek, wenn sie die Befehlsreihenfolge verletzt.",
        ),
    ),
    "5.2": Text(
        title="Syntaxfehler",
        meaning="Der Server konnte einen Befehl überhaupt nicht auswerten, weil dessen Syntax falsch ist. Dauerhaft: Derselbe Befehl wird wieder abgelehnt.",
        causes=(
            "Ein fehlerhaftes MAIL FROM oder RCPT TO, etwa ohne spitze Klammern oder mit zusätzlichem Text nach der Adresse.",
            "Zeilen enden mit einem einzelnen LF statt CRLF, oder eine Befehlszeile ist länger als die erlaubten 512 Zeichen.",
            "Nicht-ASCII- oder Binärdaten in einer Befehlszeile.",
            "Ein selbst geschriebener SMTP-Client, der Befehle falsch zusammensetzt.",
        ),
        fixes=(
            "Vergleichen Sie den abgelehnten Befehl im Protokoll mit der Syntax aus RFC 5321, etwa MAIL FROM:<absender@example.com>.",
            "Beenden Sie jede Zeile mit CRLF und halten Sie Befehlszeilen kurz.",
            "Verwenden Sie eine bewährte SMTP-Bibliothek, statt Befehle von Hand zu erzeugen.",
            "Senden Sie Nicht-ASCII-Adressen nur, wenn der Server SMTPUTF8 ankündigt.",
        ),
    ),
    "5.3": Text(
        title="Zu viele Empfänger",
        meaning="Die Nachricht hatte mehr Empfänger, als der Server in einer Übertragung annimmt. Die übliche Antwort ist 452 4.5.3: Der Client stellt an die bereits angenommenen Empfänger zu und sendet an die übrigen in einer weiteren Übertragung. Server müssen mindestens 100 Empfänger pro Nachricht annehmen, und ein 552 in dieser Lage ist als vorübergehend zu behandeln.",
        causes=(
            "Der Client hat mehr RCPT-TO-Befehle gesendet, als das Limit des Servers pro Nachricht erlaubt.",
            "Die Richtlinie des Anbieters begrenzt die Empfänger pro Nachricht oder pro Zeitraum, etwa bei kostenlosen oder neuen Konten.",
            "Ein Newsletter oder Rundschreiben wird als eine Nachricht an alle Adressen gesendet statt in Teilmengen.",
        ),
        fixes=(
            "Schließen Sie die Übertragung für die bereits angenommenen Empfänger ab und senden Sie an die übrigen in weiteren Übertragungen.",
            "Teilen Sie große Empfängerlisten in Gruppen von höchstens 100 oder der vom Anbieter dokumentierten Zahl auf.",
            "Verwenden Sie für Newsletter einen Listenserver oder einen E-Mail-Dienst, der je Empfänger eine eigene Nachricht sendet.",
            "Ist es Ihr Server, erhöhen Sie das Limit (etwa Postfix smtpd_recipient_limit) nur, wenn Ihre Richtlinie es erlaubt.",
        ),
    ),
    "5.4": Text(
        title="Ungültige Befehlsargumente",
        meaning="Der Befehl ist gültig, aber eines seiner Argumente ist falsch oder wird nicht unterstützt, etwa ein unbekannter MAIL-FROM-Parameter oder ein AUTH-Verfahren, das der Server nicht anbietet. In der Regel dauerhaft.",
        causes=(
            "Ein ESMTP-Parameter, den der Server nicht angekündigt hat, etwa SMTPUTF8, BODY=8BITMIME oder REQUIRETLS bei einem Server ohne diese Erweiterung.",
            "Ein AUTH-Verfahren, das der Server nicht anbietet, oder ein fehlerhaftes Base64-Argument.",
            "Ein Adressargument in einer Form, die der Server nicht annimmt, etwa eine Source-Route oder ein IP-Adressliteral.",
        ),
        fixes=(
            "Sehen Sie sich im SMTP-Protokoll den abgelehnten Befehl und seine Parameter an.",
            "Verwenden Sie nur Parameter und AUTH-Verfahren, die der Server in seiner EHLO-Antwort aufführt.",
            "Korrigieren Sie die Client-Konfiguration, etwa das Anmeldeverfahren oder die Optionen für 8-Bit und UTF-8.",
            "Aktualisieren Sie die Client-Bibliothek, wenn sie Parameter sendet, ohne die EHLO-Antwort zu prüfen.",
        ),
    ),
    "5.5": Text(
        title="Falsche Protokollversion",
        meaning="Client und Server verwenden Protokollversionen oder -varianten, die nicht zusammenpassen, und der Unterschied lässt sich nicht auflösen.",
        causes=(
            "Der Client spricht mit dem falschen Dienst, etwa ein LMTP-Client mit einem reinen SMTP-Port oder umgekehrt.",
        ),
        fixes=(
            "Prüfen Sie, ob sich der Client mit dem vorgesehenen Dienst und Port verbindet und das Protokoll spricht, das dieser Dienst erwartet.",
        ),
    ),
    "5.6": Text(
        title="Zeile im Authentifizierungsdialog zu lang",
        meaning="Während AUTH war eine vom Client gesendete Zeile länger als der Puffer des Servers für dieses Verfahren (RFC 4954). Kann vorübergehend oder dauerhaft sein; meist ist ein sehr langes Token die Ursache.",
        causes=(
            "Ein OAuth-2.0-Token (XOAUTH2 oder OAUTHBEARER), das als Initial Response in der AUTH-Zeile mitgeschickt wird, ist länger, als der Server annimmt.",
            "Eine Base64-Antwort enthält Zeilenumbrüche oder wurde doppelt kodiert.",
        ),
        fixes=(
            "Senden Sie die Anmeldedaten als eigene Zeile nach der 334-Aufforderung des Servers statt als Initial Response in der AUTH-Zeile.",
            "Prüfen Sie, ob der Client die AUTH-Antwort genau einmal kodiert, als eine einzige Base64-Zeile.",
            "Betreiben Sie den Server selbst, erhöhen Sie dessen Zeilenlängenlimit für AUTH.",
        ),
    ),
    "6.0": Text(
        title="Sonstiger oder nicht näher bestimmter Medienfehler",
        meaning="Etwas am Inhalt der Nachricht oder an ihrem Format hat das Problem verursacht, ohne genaueren Grund.",
        causes=(
            "Eine fehlerhafte MIME-Struktur oder Kopfzeile, etwa doppelte Kopfzeilen, defekte Boundaries oder eine ungültige Kodierung.",
            "Ein Anhangstyp, den der Empfänger ablehnt.",
            "Ein Inhaltsfilter hat die Nachricht ohne genaueren Code abgewiesen.",
        ),
        fixes=(
            "Lesen Sie im Antworttext nach, welcher Teil der Nachricht abgelehnt wurde.",
            "Erzeugen Sie die Nachricht mit einer bewährten Mail-Bibliothek und beheben Sie fehlerhafte Kopfzeilen oder MIME-Teile.",
            "Entfernen Sie den abgelehnten Anhang oder stellen Sie die Datei per Link bereit, und senden Sie erneut.",
        ),
    ),
    "6.1": Text(
        title="Medientyp nicht unterstützt",
        meaning="Die Nachricht enthält einen Medientyp oder ein Inhaltsformat, das das Zustellprotokoll oder das nächste System nicht unterstützt. Dauerhaft.",
        causes=(
            "Ein Anhang oder Inhaltstyp, den das empfangende System nicht verarbeiten kann oder aus Richtliniengründen ablehnt.",
            "8-Bit- oder Binärinhalt wurde an ein System gesendet, das nur 7 Bit unterstützt.",
        ),
        fixes=(
            "Senden Sie den Inhalt in einem verbreiteten Format, etwa als PDF statt in einem Spezialformat.",
            "Lassen Sie die sendende Bibliothek Nicht-ASCII-Inhalte als Quoted-Printable oder Base64 kodieren.",
        ),
    ),
    "6.2": Text(
        title="Konvertierung nötig, aber untersagt",
        meaning="Die Nachricht müsste für die Zustellung umgewandelt werden, doch der Absender oder eine Richtlinie verbietet die Umwandlung, etwa weil eine signierte Nachricht nicht verändert werden darf.",
        causes=(
            "Die Nachricht ist 8-bittig, der nächste Server nimmt nur 7 Bit an, und eine Umwandlung würde eine Signatur zerstören oder wurde untersagt.",
        ),
        fixes=(
            "Senden Sie die Nachricht in einer 7-Bit-sicheren Kodierung (Quoted-Printable oder Base64), damit keine Umwandlung nötig ist.",
            "Prüfen Sie Sendeoptionen, die eine Umwandlung verbieten, und lockern Sie sie, wo das vertretbar ist.",
        ),
    ),
    "6.3": Text(
        title="Konvertierung nötig, aber nicht unterstützt",
        meaning="Die Nachricht muss für die nächste Station umgewandelt werden (etwa von 8 Bit auf 7 Bit), doch das System kann diese Umwandlung nicht durchführen; die Nachricht ist daher nicht zustellbar.",
        causes=(
            "8-Bit- oder SMTPUTF8-Inhalt muss über einen Server laufen, der keines von beiden unterstützt, und das Relay kann ihn nicht herabstufen.",
            "Einem Gateway fehlt ein Konverter für das Format der Nachricht.",
        ),
        fixes=(
            "Kodieren Sie die Nachricht vor dem Senden in 7 Bit: Quoted-Printable oder Base64 für den Inhalt, RFC-2047-Kodierung für Kopfzeilen.",
            "Vermeiden Sie Nicht-ASCII-Adressen, wenn der Weg SMTPUTF8 nicht unterstützt.",
        ),
    ),
    "6.4": Text(
        title="Konvertierung mit Verlust durchgeführt",
        meaning="Die Nachricht wurde zugestellt, aber bei einer Umwandlung unterwegs gingen Informationen wie Formatierung oder Zeichen verloren. Als Fehler bedeutet der Code, dass eine verlustbehaftete Umwandlung nötig, aber untersagt war.",
        causes=(
            "Ein Gateway hat den Inhalt in ein einfacheres Format umgewandelt.",
        ),
        fixes=(
            "Fragen Sie beim Empfänger nach, ob die Nachricht lesbar ist; falls nicht, senden Sie eine einfachere Fassung oder den Inhalt als Anhang.",
        ),
    ),
    "6.5": Text(
        title="Konvertierung fehlgeschlagen",
        meaning="Eine für die Zustellung nötige Umwandlung ist fehlgeschlagen. Der Fehler kann vorübergehend (Konverter nicht verfügbar) oder dauerhaft (Inhalt nicht umwandelbar) sein.",
        causes=(
            "Eine fehlerhafte oder widersprüchliche Kodierung in der Nachricht, etwa ungültiges Base64 oder ein falscher Zeichensatz.",
            "Der Konverter auf der Empfängerseite ist nicht verfügbar oder abgestürzt.",
        ),
        fixes=(
            "Lassen Sie die Nachricht nach einer 4xx-Antwort erneut zustellen.",
            "Erzeugen Sie die Nachricht nach einer 5xx-Antwort mit einer bewährten Bibliothek und sauberer Kodierung neu und senden Sie sie erneut.",
        ),
    ),
    "6.6": Text(
        title="Nachrichteninhalt nicht verfügbar",
        meaning="Der Server sollte den Nachrichteninhalt von einem anderen System abholen (BURL, RFC 4468), konnte ihn aber nicht abrufen.",
        causes=(
            "Die mit BURL übergebene URL zeigt auf eine IMAP-Nachricht, die nicht mehr existiert oder nicht zugänglich ist.",
        ),
        fixes=(
            "Senden Sie die Nachricht mit DATA statt BURL, oder stellen Sie sicher, dass die referenzierte Nachricht noch auf dem IMAP-Server liegt.",
        ),
    ),
    "6.7": Text(
        title="Nicht-ASCII-Adressen für diesen Absender oder Empfänger nicht erlaubt",
        meaning="Eine Adresse in MAIL FROM oder RCPT TO enthält Nicht-ASCII-Zeichen (etwa Umlaute im lokalen Teil), die für diesen Absender oder Empfänger nicht erlaubt sind.",
        causes=(
            "Eine internationalisierte Adresse wie jörg@example.de ging an einen Server, der sie nicht unterstützt oder für dieses Postfach nicht zulässt.",
            "Der Client hat den Parameter SMTPUTF8 nicht verwendet, obwohl die Adresse ihn braucht.",
        ),
        fixes=(
            "Verwenden Sie eine ASCII-Ersatzadresse des Empfängers, falls es eine gibt.",
            "Senden Sie an Server, die SMTPUTF8 ankündigen, mit dem Parameter SMTPUTF8.",
            "Schreiben Sie eine internationalisierte Domain als Punycode (xn--…), wenn nur die Domain Nicht-ASCII-Zeichen enthält.",
        ),
    ),
    "6.8": Text(
        title="UTF-8-Antwort nötig, aber vom SMTP-Client nicht erlaubt",
        meaning="Der Server müsste mit einer UTF-8-Zeichenkette antworten, etwa mit einem Postfachnamen in einer VRFY- oder EXPN-Antwort, doch der Client hat UTF-8-Antworten nicht zugelassen.",
        causes=(
            "Der Client hat nach einem internationalisierten Postfach gefragt, ohne SMTPUTF8-Unterstützung anzukündigen.",
        ),
        fixes=(
            "Wiederholen Sie den Befehl mit der Option SMTPUTF8, oder verwenden Sie einen Client, der sie unterstützt.",
        ),
    ),
    "6.9": Text(
        title="Nachricht mit UTF-8-Kopfzeilen an einen oder mehrere Empfänger nicht übertragbar",
        meaning="Die Nachricht hat UTF-8-Kopfzeilen (SMTPUTF8), und mindestens das System eines Empfängers kann sie nicht annehmen; die Nachricht wird daher nach dem Ende der Daten abgelehnt. Die Registry verbindet den Code mit 550, RFC 6531 mit 554.",
        causes=(
            "Kopfzeilen enthalten Nicht-ASCII-Text oder -Adressen, und die nächste Station eines Empfängers unterstützt SMTPUTF8 nicht.",
        ),
        fixes=(
            "Senden Sie mit reinen ASCII-Kopfzeilen: Kodieren Sie Namen und Betreff nach RFC 2047 und verwenden Sie ASCII-Adressen.",
            "Senden Sie getrennt an die Empfänger, deren Server SMTPUTF8 nicht unterstützen.",
        ),
    ),
    "7.0": Text(
        title="Sonstiger oder nicht näher bestimmter Sicherheitsstatus",
        meaning="Ein Sicherheits- oder Richtlinienproblem, das der Server nicht näher beschreibt, manchmal mit Absicht. Der Code deckt viele Fälle ab: TLS oder Anmeldung erforderlich, ein Spam- oder Sicherheitsfilter, ein Sendekontingent oder eine vorübergehende Sperre wie Gmails „421 4.7.0 Try again later, closing connection“. Entscheidend ist der Antworttext.",
        causes=(
            "Der Server verlangt vor diesem Befehl TLS oder eine Anmeldung, etwa mit „530 5.7.0 Must issue a STARTTLS command first“.",
            "Die Nachricht oder die sendende IP wurde von einem Spam-, Malware- oder Reputationsfilter abgewiesen, der seinen Grund nicht nennt.",
            "Ein Sendekontingent oder Ratenlimit wurde überschritten; manche Anbieter antworten mit 5.7.0, obwohl das Limit später wieder zurückgesetzt wird.",
            "Eine vorübergehende Sicherheitssperre auf der Empfängerseite, etwa Gmails 421 4.7.0 bei verdächtigem Verkehr oder TLS-Problemen.",
        ),
        fixes=(
            "Lesen Sie den vollständigen Antworttext und folgen Sie einem darin enthaltenen Hilfelink.",
            "Aktivieren Sie im sendenden Client STARTTLS (oder implizites TLS auf Port 465) und SMTP-Authentifizierung.",
            "Prüfen Sie SPF, DKIM und DMARC Ihrer Domain und sehen Sie nach, ob Ihre sendende IP auf gängigen Blocklisten steht.",
            "Erwähnt der Text ein Limit, senden Sie langsamer und versuchen Sie es später erneut, statt die Nachricht als endgültig gescheitert zu behandeln.",
            "Bleibt das Problem bestehen, wenden Sie sich an den Postmaster des Empfängers und nennen Sie die vollständige Antwort, die Uhrzeit und Ihre sendende IP.",
        ),
    ),
    "7.1": Text(
        title="Zustellung nicht erlaubt, Nachricht abgelehnt",
        meaning="Der Absender darf diese Nachricht nicht an diesen Empfänger zustellen. Die Registry sieht den Code als dauerhaft vor, in der Praxis ist er aber stark überladen: 5.7.1 steht für verweigertes Relaying, IPs auf Blocklisten, Empfänger, die nur bestimmte Absender annehmen, und Spam-Ablehnungen wie Gmails „likely unsolicited mail“. 4.7.1 ist die übliche Antwort beim Greylisting und wird auch für vorübergehende Reputationssperren verwendet.",
        causes=(
            "Relaying verweigert: Der Server nimmt von Ihnen keine Mails für die Domain des Empfängers an, meist weil Sie sich nicht angemeldet haben.",
            "Ihre sendende IP oder Domain steht auf einer Blocklist (Spamhaus, Barracuda und andere) oder hat beim Empfänger einen schlechten Ruf.",
            "Inhalts- oder Spamfilter, etwa Gmails 550 5.7.1 „likely unsolicited mail“, oder ein Empfänger, der nur Mails von bestimmten Absendern annimmt (nur interne Adressen, eingeschränkte Gruppen).",
            "Greylisting oder eine vorübergehende Reputationssperre mit 4.7.1: Der Empfänger bittet Sie, es später erneut zu versuchen.",
        ),
        fixes=(
            "Lassen Sie Ihren MTA bei 4.7.1 erneut zustellen; beim Greylisting kommt die Nachricht nach einigen Minuten beim nächsten Versuch durch.",
            "Melden Sie sich bei „Relay access denied“ an Ihrem Postausgangsserver an (SMTP AUTH auf Port 587 oder 465) oder senden Sie über den für Ihre Domain zuständigen Server.",
            "Prüfen Sie Ihre sendende IP und Domain auf Blocklisten (etwa mit MXToolbox oder der Spamhaus-Abfrage) und beantragen Sie die Austragung, nachdem Sie die Ursache behoben haben.",
            "Richten Sie SPF, DKIM und DMARC ein und prüfen Sie den Inhalt der abgelehnten Nachricht (Links, Anhänge, spamtypische Formulierungen).",
            "Nimmt der Empfänger nur freigegebene Absender an, bitten Sie ihn oder seinen Administrator, Ihre Adresse zuzulassen.",
        ),
    ),
    "7.2": Text(
        title="Auflösen der Mailingliste untersagt",
        meaning="Der Empfänger ist eine Mailingliste oder Verteilergruppe, und der Absender darf nicht an sie senden. Dauerhaft.",
        causes=(
            "Die Liste nimmt Beiträge nur von Mitgliedern oder Moderatoren an.",
            "Eine Verteilergruppe (etwa in Exchange oder Microsoft 365) nimmt nur interne oder angemeldete Absender an.",
        ),
        fixes=(
            "Senden Sie von der Adresse, die in der Liste eingetragen ist.",
            "Bitten Sie den Listenbetreuer, Ihre Adresse zuzulassen oder externe Absender zu erlauben.",
        ),
    ),
    "7.3": Text(
        title="Sicherheitskonvertierung nötig, aber nicht möglich",
        meaning="Für die Zustellung müsste zwischen zwei sicheren Nachrichtenformaten umgewandelt werden, etwa zwischen verschiedenen Verschlüsselungsstandards, und das ist nicht möglich. Dauerhaft.",
        causes=(
            "Die Nachricht ist in einem Format verschlüsselt oder signiert, das das Ziel weder verarbeiten noch umwandeln kann (etwa S/MIME statt OpenPGP).",
        ),
        fixes=(
            "Vereinbaren Sie mit dem Empfänger ein Verschlüsselungsverfahren.",
            "Senden Sie die Nachricht in einem Format, das der Empfänger unterstützt, oder unverschlüsselt, wenn das zulässig ist.",
        ),
    ),
    "7.4": Text(
        title="Sicherheitsfunktionen nicht unterstützt",
        meaning="Eine angeforderte Sicherheitsfunktion, etwa ein sicheres Anmeldeverfahren, wird vom Zustellprotokoll oder vom Server nicht unterstützt. Dauerhaft.",
        causes=(
            "Der Client verlangt ein AUTH-Verfahren oder eine Sicherheitsoption, die der Server nicht anbietet (504 5.7.4).",
            "Der Client verlangt REQUIRETLS von einem Server ohne diese Funktion; Exims frühe Umsetzung antwortete „530 5.7.4 REQUIRETLS support required“.",
        ),
        fixes=(
            "Verwenden Sie ein Verfahren, das in der EHLO-Antwort des Servers steht, etwa PLAIN oder LOGIN über TLS.",
            "Schalten Sie die nicht unterstützte Sicherheitsoption ab, oder senden Sie über einen Server, der sie unterstützt.",
        ),
    ),
    "7.5": Text(
        title="Kryptografischer Fehler",
        meaning="Ein Transportsystem oder Gateway konnte die Nachricht nicht prüfen oder entschlüsseln, weil ein benötigter Schlüssel fehlte oder ungültig war.",
        causes=(
            "Die Nachricht wurde mit einem Schlüssel verschlüsselt, den das Empfängersystem nicht besitzt oder der abgelaufen ist.",
            "Eine Signatur ließ sich nicht prüfen, weil das Zertifikat ungültig ist.",
        ),
        fixes=(
            "Besorgen Sie den aktuellen öffentlichen Schlüssel oder das Zertifikat des Empfängers und verschlüsseln Sie erneut.",
            "Bitten Sie den Empfänger, einen gültigen Schlüssel zu veröffentlichen, oder senden Sie unverschlüsselt, sofern die Richtlinie es erlaubt.",
        ),
    ),
    "7.6": Text(
        title="Kryptografischer Algorithmus nicht unterstützt",
        meaning="Die Nachricht verwendet einen kryptografischen Algorithmus, den das Ziel nicht unterstützt.",
        causes=(
            "Ein Verschlüsselungs- oder Signaturalgorithmus, der für das empfangende System zu alt oder zu neu ist.",
        ),
        fixes=(
            "Verwenden Sie einen Algorithmus, den der Empfänger unterstützt, bei S/MIME etwa AES mit SHA-256.",
        ),
    ),
    "7.7": Text(
        title="Fehler bei der Nachrichtenintegrität",
        meaning="Die Nachricht wurde unterwegs beschädigt oder verändert, daher ist eine Integritätsprüfung fehlgeschlagen. Die Registry erlaubt diesen Code in jeder Klasse.",
        causes=(
            "Ein Gateway, Fußzeilen- oder Disclaimer-Werkzeug hat eine signierte Nachricht verändert.",
            "Übertragungsfehler oder ein fehlerhaftes Relay haben den Inhalt beschädigt.",
        ),
        fixes=(
            "Senden Sie die Nachricht erneut; scheitert sie wieder, vergleichen Sie die empfangene Kopie mit dem Original, um die verändernde Station zu finden.",
            "Stellen Sie Disclaimer- und Fußzeilenwerkzeuge so ein, dass sie signierte Nachrichten unverändert lassen.",
        ),
    ),
    "7.8": Text(
        title="Anmeldedaten ungültig",
        meaning="Die SMTP-Authentifizierung (AUTH) ist gescheitert, weil Benutzername, Passwort oder Token falsch oder nicht ausreichend sind. Typisch ist „535 5.7.8“ von einem Einlieferungsserver; der Client braucht korrekte Anmeldedaten, blindes Wiederholen hilft nicht.",
        causes=(
            "Falscher Benutzername oder falsches Passwort, oder das Passwort wurde geändert und der Client verwendet noch das alte.",
            "Der Anbieter verlangt ein App-Passwort oder OAuth 2.0; Gmail lehnt das normale Kontopasswort mit „535 5.7.8 Username and Password not accepted“ ab.",
            "Der Anbieter hat SMTP AUTH (die einfache Authentifizierung) für das Konto oder die Organisation abgeschaltet (Microsoft 365 meldet das als 535 5.7.139).",
            "Der Benutzername hat die falsche Form, etwa ohne Domain, wo die vollständige Adresse verlangt wird.",
        ),
        fixes=(
            "Prüfen Sie Benutzername und Passwort durch eine Anmeldung im Webmail des Anbieters und geben Sie sie im Client neu ein.",
            "Verwenden Sie die vollständige E-Mail-Adresse als Benutzernamen, sofern der Anbieter nichts anderes vorgibt.",
            "Erstellen Sie für Gmail oder Microsoft 365 ein App-Passwort oder richten Sie OAuth 2.0 ein, statt das Kontopasswort zu verwenden.",
            "Prüfen Sie in der Verwaltungsoberfläche des Anbieters, ob SMTP AUTH für das Postfach erlaubt ist (Microsoft 365: „Authentifiziertes SMTP“ in den Postfacheinstellungen).",
            "Beenden Sie automatische Wiederholungen mit fehlerhaften Anmeldedaten; wiederholte Fehlschläge können das Konto sperren oder Ihre IP blockieren lassen.",
        ),
    ),
    "7.9": Text(
        title="Authentifizierungsverfahren zu schwach",
        meaning="Das gewählte AUTH-Verfahren ist schwächer, als die Richtlinie des Servers erlaubt; der Client sollte ein stärkeres versuchen.",
        causes=(
            "Der Client nutzt ein Verfahren wie PLAIN oder LOGIN ohne TLS, wo der Server mehr Schutz verlangt.",
            "Gmail antwortet „534 5.7.9 Application-specific password required“, wenn die Bestätigung in zwei Schritten aktiv ist und das Kontopasswort gesendet wurde.",
        ),
        fixes=(
            "Aktivieren Sie TLS vor der Anmeldung, oder wählen Sie ein stärkeres Verfahren aus der EHLO-Antwort.",
            "Erstellen Sie für Gmail ein App-Passwort oder verwenden Sie OAuth 2.0.",
        ),
    ),
    "7.10": Text(
        title="Verschlüsselung erforderlich",
        meaning="Bevor dieses Anmeldeverfahren oder diese Aktion genutzt werden kann, ist eine starke Schutzschicht wie TLS erforderlich.",
        causes=(
            "Der Client hat versucht, sich über eine unverschlüsselte Verbindung anzumelden oder zu senden.",
        ),
        fixes=(
            "Aktivieren Sie im Client STARTTLS auf Port 587 oder implizites TLS auf Port 465 und versuchen Sie es erneut.",
        ),
    ),
    "7.11": Text(
        title="Verschlüsselung für das gewählte Anmeldeverfahren erforderlich",
        meaning="Das gewählte Anmeldeverfahren darf nur über eine verschlüsselte Verbindung verwendet werden. Ein älterer Code aus RFC 4954, zusammen mit dem Antwortcode 538.",
        causes=(
            "Eine Klartext-Anmeldung (PLAIN oder LOGIN) wurde vor STARTTLS versucht.",
        ),
        fixes=(
            "Starten Sie zuerst TLS (STARTTLS oder Port 465) und melden Sie sich danach an.",
        ),
    ),
    "7.12": Text(
        title="Passwortumstellung erforderlich",
        meaning="Der Benutzer muss zunächst auf das gewünschte Anmeldeverfahren umgestellt werden, meist durch eine einmalige Anmeldung mit PLAIN über TLS, damit der Server die Anmeldedaten in der neuen Form speichern kann. Meist vorübergehend (432).",
        causes=(
            "Der Server hat die Speicherung der Passwörter umgestellt und braucht eine PLAIN-Anmeldung, um das Konto umzuwandeln.",
        ),
        fixes=(
            "Melden Sie sich einmal mit PLAIN über eine verschlüsselte Verbindung an und verwenden Sie danach wieder das gewünschte Verfahren.",
        ),
    ),
    "7.13": Text(
        title="Benutzerkonto deaktiviert",
        meaning="Die Anmeldung war erfolgreich, aber das Konto ist deaktiviert. Dauerhaft, bis ein Administrator es wieder freischaltet.",
        causes=(
            "Der Administrator oder Anbieter hat das Konto deaktiviert oder gesperrt, etwa nach Missbrauch, offenen Rechnungen oder einem Sicherheitsvorfall.",
        ),
        fixes=(
            "Bitten Sie den Anbieter oder Administrator, das Konto wieder freizuschalten.",
            "Lesen Sie die Sicherheitshinweise des Anbieters; ein kompromittiertes Konto bleibt oft gesperrt, bis das Passwort zurückgesetzt ist.",
        ),
    ),
    "7.14": Text(
        title="Vertrauensbeziehung erforderlich",
        meaning="Der Einlieferungsserver braucht eine eingerichtete Vertrauensbeziehung zu einem anderen Server, etwa um Nachrichteninhalt per BURL abzuholen, und hat keine. Gmail verwendet „534 5.7.14“ („Please log in via your web browser“) außerdem, wenn es eine Anmeldung als verdächtig blockiert.",
        causes=(
            "Eine BURL-Einlieferung verweist auf einen IMAP-Server, mit dem der Einlieferungsserver keine Vertrauensbeziehung hat.",
            "Gmail hat eine Anmeldung von einem unbekannten Gerät oder Programm blockiert und möchte, dass der Benutzer sie im Browser bestätigt.",
        ),
        fixes=(
            "Richten Sie für BURL die Vertrauensbeziehung zwischen Einlieferungs- und IMAP-Server ein, oder senden Sie die Nachricht mit DATA.",
            "Melden Sie sich bei Gmail im Webbrowser an, bestätigen Sie die Anmeldung und stellen Sie den Client auf ein App-Passwort oder OAuth 2.0 um.",
        ),
    ),
    "7.15": Text(
        title="Prioritätsstufe zu niedrig",
        meaning="Die Priorität der Nachricht (MT-PRIORITY, RFC 6710) liegt unter dem Minimum, das der Server annimmt; das kann vorübergehend sein, etwa bei Überlastung.",
        causes=(
            "Der Server nimmt derzeit nur Mails mit höherer Priorität an, allgemein oder von diesem Absender.",
        ),
        fixes=(
            "Versuchen Sie es später erneut, oder senden Sie mit höherer Priorität, sofern Sie dazu berechtigt sind.",
        ),
    ),
    "7.16": Text(
        title="Nachricht zu groß für die angegebene Priorität",
        meaning="Die Nachricht ist für die Priorität, mit der sie gesendet wurde, zu groß; Nachrichten dieser Größe nimmt der Server nur mit einer anderen Priorität an. Kann vorübergehend sein.",
        causes=(
            "Der Server begrenzt die Nachrichtengröße je Prioritätsstufe (RFC 6710).",
        ),
        fixes=(
            "Senden Sie die Nachricht mit einer anderen Priorität, oder verkleinern Sie sie.",
        ),
    ),
    "7.17": Text(
        title="Inhaber des Postfachs hat gewechselt",
        meaning="Der Absender hat mit RRVS (RFC 7293) verlangt, nur zuzustellen, wenn das Postfach seit einem bestimmten Zeitpunkt denselben Inhaber hat. Das ist nicht der Fall, daher wurde die Nachricht abgelehnt.",
        causes=(
            "Die Adresse wurde nach dem vom Absender genannten Datum einer neuen Person zugewiesen.",
        ),
        fixes=(
            "Klären Sie vor einem erneuten Versand die aktuelle Adresse des Empfängers; senden Sie keine Kontodaten an die neu vergebene Adresse.",
        ),
    ),
    "7.18": Text(
        title="Inhaber der Domain hat gewechselt",
        meaning="Die RRVS-Prüfung (RFC 7293) hat ergeben, dass die Domain des Empfängers nach dem vom Absender genannten Zeitpunkt den Inhaber gewechselt hat; die Nachricht wurde daher abgelehnt.",
        causes=(
            "Die Domain ist abgelaufen und wurde von jemand anderem registriert.",
        ),
        fixes=(
            "Ermitteln Sie die neue Kontaktadresse des Empfängers auf einem anderen Weg und senden Sie nicht mehr an diese Domain.",
        ),
    ),
    "7.19": Text(
        title="RRVS-Prüfung nicht durchführbar",
        meaning="Der Server kann die RRVS-Prüfung (RFC 7293) nicht durchführen, etwa weil er nicht gespeichert hat, wann das Postfach angelegt wurde. Der Absender entscheidet, ob er ohne RRVS erneut sendet.",
        causes=(
            "Das empfangende System speichert keine Zeitstempel zum Inhaber des Postfachs.",
        ),
        fixes=(
            "Entscheiden Sie, ob die Nachricht ohne RRVS-Bedingung verschickt werden darf; falls ja, senden Sie sie ohne den RRVS-Parameter erneut.",
        ),
    ),
    "7.20": Text(
        title="Keine gültige DKIM-Signatur gefunden",
        meaning="Der Empfänger verlangt eine gültige DKIM-Signatur, doch keine der Signaturen der Nachricht ließ sich verifizieren, oder es gab keine.",
        causes=(
            "Die Nachricht wurde ohne DKIM-Signatur versendet.",
            "Die Signatur ist ungültig geworden, weil die Nachricht nach dem Signieren verändert wurde (Fußzeilen, umgeschriebene Links, Weiterleitung).",
            "Der öffentliche Schlüssel im DNS fehlt, ist falsch oder passt nicht zum verwendeten Selektor.",
        ),
        fixes=(
            "Aktivieren Sie die DKIM-Signierung für Ihre Absenderdomain in Ihrem Mailserver oder E-Mail-Dienst.",
            "Prüfen Sie den Schlüsseleintrag mit „dig TXT selektor._domainkey.example.com“.",
            "Stellen Sie sicher, dass nichts die Nachricht nach dem Signieren verändert.",
        ),
    ),
    "7.21": Text(
        title="Keine akzeptable DKIM-Signatur gefunden",
        meaning="DKIM-Signaturen ließen sich verifizieren, aber keine erfüllte die Anforderungen des Empfängers, etwa an Schlüssellänge, Algorithmus oder signierende Domain.",
        causes=(
            "Der Schlüssel ist zu kurz (etwa 512 Bit) oder verwendet einen Algorithmus, den der Empfänger nicht mehr annimmt, etwa rsa-sha1.",
            "Die signierende Domain ist für den Empfänger nicht akzeptabel, etwa nur die eigene Domain des E-Mail-Dienstes.",
        ),
        fixes=(
            "Verwenden Sie einen RSA-Schlüssel mit mindestens 1024 Bit (empfohlen 2048) und rsa-sha256.",
            "Signieren Sie mit Ihrer eigenen Domain, passend zur From-Adresse.",
        ),
    ),
    "7.22": Text(
        title="Keine gültige, zum Autor passende DKIM-Signatur gefunden",
        meaning="DKIM-Signaturen ließen sich verifizieren, aber keine stammt von der Domain in der From-Kopfzeile (der Autorendomain). Ein Sonderfall von X.7.21.",
        causes=(
            "Die Nachricht ist nur mit der Domain Ihres E-Mail-Dienstes oder Hosters signiert, nicht mit der Domain der From-Adresse.",
        ),
        fixes=(
            "Richten Sie die DKIM-Signierung für die From-Domain ein (eigenes DKIM oder Domain-Authentifizierung in Ihrem E-Mail-Dienst).",
            "Senden Sie eine Testnachricht und prüfen Sie, ob der Wert d= der Signatur zur From-Domain passt.",
        ),
    ),
    "7.23": Text(
        title="SPF-Prüfung fehlgeschlagen",
        meaning="Der Empfänger hat SPF für die Domain des Envelope-Absenders (oder den HELO-Namen) geprüft und „fail“ erhalten: Die sendende IP ist im SPF-Eintrag der Domain nicht erlaubt, und die lokale Richtlinie lehnt solche Mails ab. Vor RFC 7372 verwendeten Server dafür 5.7.1, und viele tun das bis heute.",
        causes=(
            "Sie senden über einen Server oder Dienst (Newsletter-Werkzeug, CRM, Webhoster), dessen IP-Adressen nicht in Ihrem SPF-Eintrag stehen.",
            "Der SPF-Eintrag endet mit -all, und ein legitimer Absender fehlt darin.",
            "Die Nachricht wurde weitergeleitet und kommt nun von der IP des Weiterleitenden, die Ihr SPF-Eintrag nicht abdeckt.",
            "Jemand hat Ihre Domain gefälscht, und der Empfänger hat die Nachricht zu Recht abgelehnt.",
        ),
        fixes=(
            "Suchen Sie die sendende IP im Bounce oder in den Received-Kopfzeilen und ermitteln Sie, zu welchem Dienst sie gehört.",
            "Nehmen Sie den fehlenden Dienst in Ihren SPF-Eintrag auf, meist mit include:, und prüfen Sie das Ergebnis mit „dig TXT example.com“.",
            "Bleiben Sie innerhalb der Grenze von 10 DNS-Abfragen pro SPF-Auswertung, indem Sie ungenutzte includes entfernen.",
            "Bitten Sie bei Weiterleitungen den Weiterleitenden, SRS zu verwenden, und setzen Sie auf DKIM, damit DMARC trotzdem besteht.",
            "Bei einer Fälschung ist keine Änderung nötig; beobachten Sie Ihre DMARC-Berichte auf weiteren Missbrauch.",
        ),
    ),
    "7.24": Text(
        title="Fehler bei der SPF-Prüfung",
        meaning="Die SPF-Prüfung ließ sich wegen eines Fehlers nicht abschließen: ein vorübergehendes DNS-Problem (temperror, meist 4.7.24) oder ein fehlerhafter SPF-Eintrag (permerror, meist 5.7.24). Das ist kein Urteil, dass der Absender nicht berechtigt ist, aber Eintrag oder DNS müssen repariert werden. Ältere Server melden diese Fälle als 4.4.3 und 5.5.2.",
        causes=(
            "Ein Syntaxfehler im SPF-Eintrag, etwa ein falsch geschriebener Mechanismus, oder zwei v=spf1-Einträge für eine Domain.",
            "Die Auswertung des Eintrags braucht mehr als 10 DNS-Abfragen (include, a, mx, ptr, exists, redirect).",
            "Eine per include eingebundene Domain hat keinen oder einen fehlerhaften SPF-Eintrag.",
            "Die DNS-Server der Absenderdomain antworten nicht rechtzeitig (temperror).",
        ),
        fixes=(
            "Prüfen Sie den Eintrag mit einem SPF-Validator und beheben Sie alle Syntaxfehler.",
            "Veröffentlichen Sie je Domain genau einen TXT-Eintrag, der mit v=spf1 beginnt.",
            "Verringern Sie die DNS-Abfragen auf höchstens 10, indem Sie ungenutzte includes entfernen oder durch ip4/ip6-Bereiche ersetzen.",
            "Sorgen Sie bei 4.7.24 dafür, dass Ihre DNS-Server zuverlässig antworten; die Nachricht wird erneut zugestellt.",
        ),
    ),
    "7.25": Text(
        title="Reverse-DNS-Prüfung fehlgeschlagen",
        meaning="Die IP-Adresse des sendenden Servers hat die Reverse-DNS-Prüfung des Empfängers nicht bestanden: Sie hat keinen PTR-Eintrag, oder der PTR-Name löst nicht wieder auf dieselbe IP auf (vorwärts bestätigtes Reverse DNS). Gmail verwendet 5.7.25 für Absender ohne gültigen PTR-Eintrag.",
        causes=(
            "Die sendende IP hat keinen PTR-Eintrag.",
            "Die Vorwärtsbestätigung scheitert: Der per Rückwärtsauflösung gefundene Hostname hat keinen A- oder AAAA-Eintrag, der zur selben Adresse führt.",
            "Die Mails gehen über IPv6 hinaus, und nur die IPv4-Adresse hat Reverse DNS.",
            "Der PTR ist ein generischer Name für dynamische Adressen, den der Empfänger als Privatanschluss einstuft.",
        ),
        fixes=(
            "Prüfen Sie mit „dig -x sendende-IP“ und fragen Sie dann den A/AAAA-Eintrag des zurückgegebenen Namens ab.",
            "Bitten Sie den Inhaber der IP-Adresse (Hoster oder Internetanbieter), einen PTR-Eintrag zu setzen; in Ihrer eigenen DNS-Zone lässt er sich meist nicht anlegen.",
            "Wählen Sie für den PTR einen Namen wie mail.example.com, geben Sie ihm einen A/AAAA-Eintrag mit derselben IP und verwenden Sie ihn bei HELO/EHLO.",
            "Hat IPv6 kein Reverse DNS, richten Sie es ein oder senden Sie nur über IPv4.",
        ),
    ),
    "7.26": Text(
        title="Mehrere Authentifizierungsprüfungen fehlgeschlagen",
        meaning="Mehr als eine Authentifizierungsprüfung ist fehlgeschlagen (etwa SPF und DKIM), ohne dass gesagt wird, welche. Gmail verwendet 5.7.26 für nicht authentifizierte Mails: Die Nachricht besteht DMARC nicht oder weder SPF noch DKIM, was die Absenderanforderungen von Gmail nicht zulassen.",
        causes=(
            "SPF und DKIM scheitern beide: Keine Prüfung bürgt überhaupt für den Absender.",
            "Die DMARC-Richtlinie der From-Domain (p=reject oder p=quarantine) greift, weil weder SPF noch DKIM passend zur From-Domain bestehen.",
            "Ein Dienst sendet in Ihrem Namen ohne SPF-Berechtigung und ohne DKIM-Signatur für Ihre Domain.",
            "Eine Weiterleitung oder Mailingliste hat die Nachricht verändert, wodurch DKIM ungültig wurde, während SPF beim Weiterleitenden scheitert.",
        ),
        fixes=(
            "Lesen Sie in der Kopfzeile Authentication-Results einer zugestellten Testnachricht die Ergebnisse von SPF, DKIM und DMARC.",
            "Nehmen Sie jeden sendenden Dienst in Ihren SPF-Eintrag auf und aktivieren Sie in jedem die DKIM-Signierung mit Ihrer eigenen Domain.",
            "Stellen Sie sicher, dass die From-Domain zur SPF-Domain (Envelope-Absender) oder zur DKIM-Domain d= passt.",
            "Veröffentlichen Sie einen DMARC-Eintrag, beginnen Sie mit p=none und werten Sie die Sammelberichte aus, bevor Sie die Richtlinie verschärfen.",
            "Befolgen Sie bei Massenversand an Gmail außerdem dessen Absenderrichtlinien, etwa Abmeldung mit einem Klick und eine niedrige Spamrate.",
        ),
    ),
    "7.27": Text(
        title="Absenderadresse hat Null-MX",
        meaning="Die Domain Ihres Envelope-Absenders veröffentlicht einen Null-MX (MX 0 .) und erklärt damit, dass sie keine Mails empfängt. Der Empfänger lehnt die Nachricht ab, weil sich eine Unzustellbarkeitsnachricht nie zurückschicken ließe.",
        causes=(
            "Die Absenderadresse verwendet eine Domain, die nur für das Web eingerichtet oder bewusst als nicht empfangend markiert ist.",
            "Eine Anwendung verwendet eine No-Reply-Adresse in einer Domain mit Null-MX als Envelope-Absender.",
            "Ein Null-MX wurde versehentlich veröffentlicht oder blieb stehen, nachdem der Mailempfang auf die Domain umgezogen ist.",
        ),
        fixes=(
            "Prüfen Sie die Absenderdomain mit „dig MX domain“; ein einzelner Eintrag „0 .“ ist ein Null-MX.",
            "Verwenden Sie einen Envelope-Absender (Return-Path) in einer Domain, die Mails empfängt, etwa die Bounce-Domain Ihres E-Mail-Dienstes.",
            "Soll die Domain Mails empfangen, ersetzen Sie den Null-MX durch echte MX-Einträge.",
            "Verwenden Sie eine No-Reply-Adresse, falls nötig, nur in der From-Kopfzeile und für den Envelope-Absender eine empfangende Domain.",
        ),
    ),
    "7.28": Text(
        title="Mailflut erkannt",
        meaning="Die Nachricht sieht aus wie Teil einer Flut ähnlicher unerwünschter Nachrichten. In der Praxis dient der Code der Ratenbegrenzung: Gmail antwortet „421 4.7.28 … unusual rate of unsolicited mail … temporarily rate limited“, wenn Mails von Ihrer IP oder Domain viele Spambeschwerden auslösen.",
        causes=(
            "Ein plötzlicher Anstieg des Volumens von Ihrer IP oder Domain, etwa eine große Kampagne von einer neuen IP.",
            "Viele Empfänger markieren Ihre Nachrichten als Spam, oder viele davon gehen an unbekannte Adressen.",
            "Ein kompromittiertes Konto oder Skript auf Ihrem Server versendet Spam.",
        ),
        fixes=(
            "Senden Sie langsamer und lassen Sie Ihren MTA die zurückgestellten Nachrichten erneut zustellen; erhöhen Sie nicht den Druck.",
            "Prüfen Sie Ihren Server auf kompromittierte Konten oder Skripte und unterbinden Sie jeden Missbrauch.",
            "Senden Sie nur an Empfänger mit Einwilligung, entfernen Sie inaktive Adressen und machen Sie die Abmeldung einfach.",
            "Wärmen Sie neue IPs und Domains schrittweise auf und beobachten Sie die Spamrate in den Google Postmaster Tools.",
        ),
    ),
    "7.29": Text(
        title="ARC-Prüfung fehlgeschlagen",
        meaning="Die Nachricht hat die ARC-Prüfung (RFC 8617) nicht bestanden: Die Kette der Authentifizierungsergebnisse, die Zwischenstationen wie Mailinglisten oder Weiterleitungen hinzugefügt haben, ist unterbrochen oder ungültig.",
        causes=(
            "Eine Zwischenstation hat einen ARC-Satz fehlerhaft hinzugefügt, oder die Nachricht wurde nach einem ARC-Siegel verändert.",
        ),
        fixes=(
            "Betreiben Sie die Weiterleitung oder Liste selbst, prüfen Sie deren ARC-Signierung und Schlüssel.",
            "Senden Sie andernfalls direkt an den Empfänger statt über die Weiterleitungsadresse.",
        ),
    ),
    "7.30": Text(
        title="REQUIRETLS-Unterstützung erforderlich",
        meaning="Die Nachricht wurde mit REQUIRETLS (RFC 8689) gesendet, das TLS auf jeder Station verlangt, aber kein Server der nächsten Station unterstützt REQUIRETLS; die Nachricht konnte daher nicht sicher weitergegeben werden.",
        causes=(
            "Der Absender hat REQUIRETLS verlangt, und der Server des Empfängers unterstützt diese Erweiterung nicht.",
            "Die Verbindung zum nächsten Server war unverschlüsselt, und eine solche Nachricht darf nur über TLS reisen.",
        ),
        fixes=(
            "Stellen Sie sicher, dass die Verbindung TLS verwendet, und fragen Sie den Administrator des Empfängers, ob REQUIRETLS unterstützt wird.",
            "Senden Sie die Nachricht ohne REQUIRETLS, sofern Ihre Richtlinie das erlaubt.",
        ),
    ),
})
