"""German explanations of basic reply codes (data).

Facts from RFC 5321, RFC 4954, RFC 3207, RFC 5248, RFC 7504, RFC 7505, RFC 6531 and the
troubleshooting guide in shared/seed; every sentence written for smtpcodes.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from smtpcodes.texts._types import Text

if TYPE_CHECKING:
    from collections.abc import Mapping

CODES: Final[Mapping[int, Text]] = MappingProxyType({
    211: Text(
        title="Systemstatus",
        meaning=(
            "Eine positive Antwort mit Statusinformationen oder Hilfe des Servers. Sie meldet "
            "keinen Fehler, Sie müssen also nichts beheben."
        ),
        causes=(
            (
                "Der Client hat HELP gesendet, und der Server antwortet mit einer Status- oder "
                "Hilfemeldung."
            ),
            (
                "Manche Server beantworten auch eigene, nicht standardisierte Status- oder "
                "Statistikbefehle mit diesem Code."
            ),
        ),
        fixes=(
            (
                "Lesen Sie den Text, wenn Sie die Information benötigen; weiteres Handeln ist "
                "nicht nötig."
            ),
            "Setzen Sie die Sitzung mit dem nächsten Befehl fort oder beenden Sie sie mit QUIT.",
        ),
    ),
    214: Text(
        title="Hilfetext",
        meaning=(
            "Eine positive Antwort mit einem Hilfetext für menschliche Leser, etwa einer Liste der "
            "unterstützten Befehle oder einem Verweis auf eine Dokumentation. Es handelt sich "
            "nicht um einen Fehler."
        ),
        causes=(
            "Der Client hat HELP gesendet, mit oder ohne einen Befehlsnamen als Argument.",
            (
                "Der Server erklärt, wie ein Befehl zu verwenden ist oder was ein nicht "
                "standardisierter Befehl bewirkt."
            ),
        ),
        fixes=(
            (
                "Lesen Sie den Text zur Information, werten Sie ihn aber nicht maschinell aus, da "
                "sein Wortlaut von Server zu Server abweicht."
            ),
            (
                "Ermitteln Sie die unterstützten Erweiterungen aus der Antwort auf EHLO, nicht aus "
                "dem Hilfetext."
            ),
            "Fahren Sie mit dem nächsten Befehl fort.",
        ),
    ),
    220: Text(
        title="Dienst bereit",
        meaning=(
            "Der Server ist gesprächsbereit: Dies ist die übliche Begrüßung beim Verbindungsaufbau "
            "und zugleich die Freigabe nach STARTTLS. Es handelt sich um eine Erfolgsmeldung; der "
            "Client fährt einfach fort."
        ),
        causes=(
            (
                "Ein Client hat soeben eine Verbindung aufgebaut, und der Server begrüßt ihn mit "
                "seinem Hostnamen."
            ),
            "Der Client hat STARTTLS gesendet, und der Server ist bereit für den TLS-Handshake.",
        ),
        fixes=(
            (
                "Melden Sie sich nach der Begrüßung mit EHLO an; weichen Sie nur auf HELO aus, "
                "wenn EHLO abgelehnt wird."
            ),
            "Beginnen Sie nach einer 220 auf STARTTLS sofort mit dem TLS-Handshake.",
            (
                "Senden Sie nach dem erfolgreichen TLS-Aufbau erneut EHLO, denn der Server "
                "verwirft den bisherigen Sitzungszustand, und die angebotenen Erweiterungen können "
                "sich ändern."
            ),
        ),
    ),
    221: Text(
        title="Verbindung wird geschlossen",
        meaning=(
            "Der Server verabschiedet sich und schließt die Verbindung. Nach QUIT ist das das "
            "normale, erfolgreiche Ende einer Sitzung; jede zuvor mit 250 angenommene Nachricht "
            "bleibt angenommen."
        ),
        causes=(
            "Der Client hat die Sitzung mit QUIT beendet.",
            (
                "Selten beendet ein Server die Sitzung von sich aus mit diesem Code, etwa nachdem "
                "der Client gegen die Protokollregeln verstoßen hat."
            ),
        ),
        fixes=(
            "Schließen Sie die Verbindung auch auf Ihrer Seite; mehr ist nicht zu tun.",
            (
                "Kam die Antwort, ohne dass Sie QUIT gesendet haben, prüfen Sie anhand der "
                "Serverantworten dieser Sitzung, welche Nachrichten tatsächlich angenommen wurden, "
                "und senden Sie die übrigen erneut."
            ),
        ),
    ),
    235: Text(
        title="Anmeldung erfolgreich",
        meaning=(
            "Der Server hat Ihre Anmeldung (SMTP AUTH) akzeptiert. Es handelt sich um eine "
            "Erfolgsmeldung: Sie können nun über dieses Konto E-Mails versenden."
        ),
        causes=(
            (
                "Der Client hat AUTH mit gültigen Zugangsdaten gesendet, und der Austausch wurde "
                "erfolgreich abgeschlossen."
            ),
            (
                "Benutzername und Passwort, Token oder Zertifikat passten zu einem Konto, das der "
                "Server zum Versand zulässt."
            ),
        ),
        fixes=(
            "Beginnen Sie die erste Nachricht mit MAIL FROM.",
            (
                "Senden Sie in derselben Sitzung kein weiteres AUTH; eine zweite Anmeldung würde "
                "der Server ablehnen."
            ),
        ),
    ),
    250: Text(
        title="OK",
        meaning=(
            "Der Befehl war erfolgreich. Nach dem abschließenden Punkt einer Nachricht bedeutet "
            "der Code, dass der Server die Verantwortung übernommen hat: Er stellt die Nachricht "
            "zu oder meldet einen späteren Fehler per Unzustellbarkeitsnachricht."
        ),
        causes=(
            (
                "Der Server hat EHLO oder HELO, MAIL FROM, RCPT TO, RSET, NOOP oder einen "
                "ähnlichen Befehl angenommen."
            ),
            (
                "Das Ende der Nachrichtendaten ist angekommen, und die Nachricht wurde zur "
                "Zustellung eingereiht."
            ),
            "Eine Anfrage per VRFY oder EXPN ließ sich mit einer geprüften Adresse beantworten.",
        ),
        fixes=(
            "Fahren Sie mit dem nächsten Befehl des Dialogs fort.",
            (
                "Vermerken Sie die Nachricht nach dem abschließenden Punkt als übergeben und "
                "senden Sie sie nicht noch einmal."
            ),
            (
                "Achten Sie auf spätere Unzustellbarkeitsnachrichten (DSN), denn die Annahme ist "
                "noch keine Zustellung ins Postfach."
            ),
        ),
    ),
    251: Text(
        title="Empfänger nicht lokal, Weiterleitung erfolgt",
        meaning=(
            "Der Empfänger hat kein Postfach auf diesem Server, doch der Server nimmt die "
            "Nachricht an und leitet sie an die ihm bekannte Adresse weiter. Es handelt sich um "
            "eine Erfolgsmeldung."
        ),
        causes=(
            "Das Postfach des Empfängers ist umgezogen, und der Server kennt die neue Adresse.",
            "Der Server arbeitet für diese Adresse als Weiterleitungs- oder Alias-Server.",
        ),
        fixes=(
            "Setzen Sie den Versand fort; die Nachricht wird weitergeleitet.",
            (
                "Nennt die Antwort eine neue Adresse, lassen Sie sie sich vom Empfänger "
                "bestätigen, bevor Sie Ihre Daten ändern; verlassen Sie sich nicht allein auf "
                "diesen Hinweis."
            ),
        ),
    ),
    252: Text(
        title="Prüfung nicht möglich, Zustellung wird versucht",
        meaning=(
            "Der Server bestätigt nicht, ob die Adresse existiert, nimmt aber eine Nachricht dafür "
            "an und versucht die Zustellung. Es handelt sich um eine Erfolgsmeldung, nicht um "
            "einen Beleg dafür, dass das Postfach existiert."
        ),
        causes=(
            (
                "Der Client hat VRFY oder EXPN gesendet, und der Server gibt seine Benutzer nicht "
                "preis, häufig zum Schutz vor dem Sammeln von Adressen."
            ),
            (
                "Der Server kann die Adresse an dieser Stelle nicht prüfen, etwa weil er E-Mails "
                "an einen anderen Host weiterreicht."
            ),
        ),
        fixes=(
            "Werten Sie die Antwort nicht als bestätigte Adresse.",
            (
                "Senden Sie die Nachricht ganz normal mit MAIL FROM und RCPT TO; ob die Adresse "
                "funktioniert, zeigt die Antwort auf RCPT oder eine spätere "
                "Unzustellbarkeitsnachricht."
            ),
        ),
    ),
    334: Text(
        title="Anmelde-Challenge",
        meaning=(
            "Ein Zwischenschritt von SMTP AUTH: Der Server sendet eine Challenge und wartet auf "
            "die nächste Antwort des Clients. Über Erfolg oder Misserfolg ist noch nicht "
            "entschieden."
        ),
        causes=(
            (
                "Der Client hat AUTH mit einem mehrstufigen Verfahren wie LOGIN oder CRAM-MD5 "
                "begonnen."
            ),
            (
                "Der Server fordert die nächste Angabe an, zum Beispiel Benutzername oder "
                "Passwort, jeweils Base64-kodiert."
            ),
            (
                "Eine leere Challenge (der Code gefolgt von einem einzelnen Leerzeichen) bedeutet, "
                "dass der Server auf die erste Antwort des Clients wartet."
            ),
        ),
        fixes=(
            "Dekodieren Sie den Base64-Text nach dem Code, wenn das Verfahren ihn benötigt.",
            "Senden Sie die verlangte Antwort als eine Base64-kodierte Zeile.",
            (
                "Um den Vorgang abzubrechen, senden Sie ein einzelnes Sternchen (*); der Server "
                "antwortet dann mit 501."
            ),
        ),
    ),
    354: Text(
        title="Nachrichteneingabe starten",
        meaning=(
            "Der Server ist bereit für die eigentliche Nachricht. Diese Zwischenantwort auf DATA "
            "bedeutet: Senden Sie jetzt Kopfzeilen und Nachrichtentext und schließen Sie mit einer "
            "Zeile ab, die nur einen Punkt enthält."
        ),
        causes=(
            (
                "Der Client hat DATA nach MAIL FROM und mindestens einem angenommenen RCPT TO "
                "gesendet."
            ),
            "Der Server hat den Umschlag geprüft und wartet auf den Inhalt der Nachricht.",
        ),
        fixes=(
            "Senden Sie die Kopfzeilen, eine Leerzeile und den Nachrichtentext.",
            (
                "Verdoppeln Sie jeden Punkt am Zeilenanfang (Dot-Stuffing), damit er nicht als "
                "Endmarke gilt."
            ),
            "Beenden Sie die Daten mit CRLF, einem einzelnen Punkt und CRLF.",
            (
                "Warten Sie auf die abschließende Antwort: Erst eine 250 nach dem Punkt bedeutet, "
                "dass die Nachricht angenommen wurde."
            ),
        ),
    ),
    421: Text(
        title="Dienst nicht verfügbar",
        meaning=(
            "Der Server kann Sie im Moment nicht bedienen und schließt die Verbindung. Das Problem "
            "ist vorübergehend: Behalten Sie die Nachricht und senden Sie sie nach einer Wartezeit "
            "erneut. Ein Server darf diese Antwort auf jeden Befehl geben, vor dem Herunterfahren "
            "sogar unaufgefordert."
        ),
        causes=(
            (
                "Die Netzwerkverbindung zwischen Ihrem System und dem Mailserver ist instabil oder "
                "kurz unterbrochen."
            ),
            (
                "Der Mailserver ist überlastet, wird neu gestartet oder ist wegen Wartungsarbeiten "
                "außer Betrieb."
            ),
            (
                "Eine Firewall oder eine andere Sicherheitseinstellung unterbricht die "
                "SMTP-Verbindung."
            ),
            "Die DNS-Auflösung schlägt fehl, sodass die Verbindung nicht sauber zustande kommt.",
            "Ihr Konto hat das Versandkontingent ausgeschöpft, das Ihr Anbieter gewährt.",
        ),
        fixes=(
            (
                "Warten Sie einige Minuten und senden Sie erneut; meist verschwindet ein "
                "421-Fehler von selbst."
            ),
            "Stellen Sie sicher, dass Ihre Internetverbindung funktioniert und stabil ist.",
            (
                "Prüfen Sie, ob der SMTP-Server läuft, zum Beispiel auf der Statusseite Ihres "
                "Anbieters."
            ),
            "Kontrollieren Sie, ob eine Firewall den SMTP-Verkehr sperrt.",
            "Prüfen Sie, ob Ihre DNS-Einstellungen korrekt sind.",
            "Verbinden Sie sich statt über Port 25 über Port 587 mit STARTTLS.",
            "Prüfen Sie, ob Benutzername und Passwort für SMTP stimmen.",
            (
                "Teilen Sie große Aussendungen in kleinere Wellen auf, die zeitlich versetzt "
                "hinausgehen."
            ),
        ),
    ),
    432: Text(
        title="Passwortumstellung erforderlich",
        meaning=(
            "Der Server verlangt, dass Sie sich einmal mit einem anderen Anmeldeverfahren "
            "anmelden, meist PLAIN über eine verschlüsselte Verbindung, bevor er das von Ihnen "
            "gewählte Verfahren akzeptiert. Der Zustand ist vorübergehend und entfällt nach dieser "
            "einen Anmeldung."
        ),
        causes=(
            (
                "Das Passwort des Kontos liegt in einer Form vor, die das gewählte Verfahren noch "
                "nicht nutzen kann, etwa nach einer Migration."
            ),
            (
                "Der Server benötigt das Passwort einmal im Klartext, um daraus die Daten für ein "
                "Challenge-Response-Verfahren wie CRAM-MD5 oder SCRAM abzuleiten."
            ),
        ),
        fixes=(
            (
                "Starten Sie TLS und melden Sie sich mit demselben Konto einmal per PLAIN (oder "
                "LOGIN) an."
            ),
            (
                "Verwenden Sie nach dieser einmaligen PLAIN-Anmeldung wieder Ihr bevorzugtes "
                "Verfahren."
            ),
            (
                "Kann Ihr Programm das Verfahren nicht wechseln, fragen Sie die Administration, "
                "wie sich die Umstellung abschließen lässt."
            ),
        ),
    ),
    450: Text(
        title="Postfach vorübergehend nicht verfügbar",
        meaning=(
            "Das Postfach des Empfängers kann die Nachricht gerade nicht annehmen. Der Fehler ist "
            "vorübergehend und bedeutet nicht, dass die Adresse falsch ist; behalten Sie die "
            "Nachricht und versuchen Sie es später erneut."
        ),
        causes=(
            (
                "Das Postfach ist belegt, weil es etwa gerade eine andere Nachricht empfängt, oder "
                "sein Speicherkontingent ist ausgeschöpft."
            ),
            (
                "Greylisting: Der empfangende Server weist den ersten Zustellversuch eines "
                "unbekannten Absenders absichtlich ab und erwartet eine Wiederholung."
            ),
            (
                "Das DNS der Empfängerdomain ist fehlerhaft eingerichtet oder lässt sich nicht "
                "auflösen."
            ),
            (
                "Auf dem empfangenden Server herrscht Hochbetrieb, und er stellt neue Nachrichten "
                "zurück."
            ),
            (
                "Eine strenge Richtlinie des Zielservers hält E-Mails vorerst zurück; 450 4.7.1 "
                "deutet oft auf die Reputation Ihrer sendenden IP-Adresse hin."
            ),
            "Die Verbindung zwischen sendendem und empfangendem Server ist gestört.",
        ),
        fixes=(
            (
                "Warten Sie 15–30 Minuten und senden Sie erneut; lassen Sie Ihren Mailserver "
                "automatisch wiederholen, statt aufzugeben."
            ),
            "Prüfen Sie die Schreibweise der Empfängeradresse, vor allem den Domainteil.",
            (
                "Kontrollieren Sie mit einem Werkzeug wie nslookup, ob die Empfängerdomain im DNS "
                "aufgelöst wird."
            ),
            (
                "Lautet die Antwort 450 4.7.1, prüfen Sie Ihre Absenderreputation und ob Ihre "
                "IP-Adresse auf einer Sperrliste steht."
            ),
            "Hält der Fehler an, leiten Sie den Versand testweise über einen anderen SMTP-Server.",
            (
                "Bleibt der Fehler bestehen, schildern Sie ihn dem Support Ihres Anbieters und "
                "legen Sie die vollständige Antwort des Servers bei."
            ),
        ),
    ),
    451: Text(
        title="Lokaler Verarbeitungsfehler",
        meaning=(
            "Der empfangende Server ist auf ein vorübergehendes eigenes Problem gestoßen und hat "
            "die Anfrage abgebrochen. Behalten Sie die Nachricht und versuchen Sie es später "
            "erneut; die Ursache liegt meist beim Server und erledigt sich ohne Ihr Zutun."
        ),
        causes=(
            (
                "Der Server ist überlastet oder hat zu wenig Rechenleistung, Arbeitsspeicher oder "
                "Bandbreite; 451 4.3.2 bedeutet, dass er derzeit keine Nachrichten annimmt."
            ),
            (
                "Am Server laufen Updates oder Wartungsarbeiten, oder er kämpft mit einer "
                "technischen Störung."
            ),
            (
                "Die Verbindung ist instabil oder zu langsam; 451 4.4.2 meldet eine "
                "Zeitüberschreitung vor dem Ende der Übertragung, und auch ein Verbindungsabbruch "
                "gilt als 451."
            ),
            (
                "DNS-Einträge fehlen oder sind falsch, sodass eine Abfrage scheitert, die der "
                "Server benötigt."
            ),
            (
                "Der Spamschutz bremst Sie vorläufig aus, weil ihm Ihr Versandverhalten verdächtig "
                "erscheint."
            ),
            (
                "Ein Zusatzdienst wie SpamAssassin oder ClamAV ist bei der Prüfung der Nachricht "
                "ausgefallen."
            ),
        ),
        fixes=(
            "Warten Sie 10–30 Minuten und senden Sie dann erneut.",
            (
                "Informieren Sie sich über laufende Störungen, etwa auf der Statusseite Ihres "
                "SMTP-Anbieters oder bei dessen Support."
            ),
            (
                "Gleichen Sie Ihre DNS-Zone mit der Liste der Einträge ab, die Ihr E-Mail-Anbieter "
                "verlangt, und ergänzen Sie fehlende."
            ),
            (
                "Dauert die Störung länger, schicken Sie Ihre E-Mails übergangsweise über einen "
                "zweiten SMTP-Server."
            ),
            (
                "Lassen Sie abgewiesene Nachrichten in der Warteschlange und stellen Sie "
                "automatische Wiederholungen mit wachsenden Abständen ein."
            ),
            (
                "Schließen Sie die Firewall als Ursache aus, indem Sie die Regeln für ausgehende "
                "SMTP-Verbindungen kurz lockern und das Ergebnis beobachten."
            ),
        ),
    ),
    452: Text(
        title="Unzureichender Systemspeicher",
        meaning=(
            "Dem Server fehlt der Speicherplatz für die Nachricht, oder er nimmt in dieser "
            "Transaktion keine weiteren Empfänger an. Der Zustand ist vorübergehend, doch "
            "Wiederholungen scheitern, bis Platz frei ist oder der Versand kleiner ausfällt; "
            "beheben Sie daher die Ursache, während die Nachricht in der Warteschlange bleibt."
        ),
        causes=(
            "Das Postfach des Empfängers ist bis an seine Speichergrenze gefüllt.",
            "Dem gesamten Server geht der Speicherplatz aus, was viele Benutzer zugleich trifft.",
            (
                "Der Betreiber hat die zulässigen Größen bewusst niedrig angesetzt, um den Server "
                "zu entlasten."
            ),
            (
                "Sie haben in kurzer Folge sehr viele Nachrichten geschickt, worauf der Server mit "
                "einer Schutzsperre reagiert hat."
            ),
            "Die Nachricht ist größer als der noch freie Platz im Konto des Empfängers.",
            (
                "Die Transaktion enthielt mehr Empfänger, als der Server auf einmal annimmt; 452 "
                "ist dafür der vorgesehene Code."
            ),
        ),
        fixes=(
            (
                "Strecken Sie den Versand zeitlich und begrenzen Sie ihn in Ihrem Versandwerkzeug "
                "auf eine feste Zahl von Nachrichten pro Stunde."
            ),
            "Arbeiten Sie große Empfängerlisten in Teilgruppen ab.",
            (
                "Machen Sie die Nachrichten schlanker: Bilder stärker komprimieren, weniger oder "
                "kleinere Anhänge, schlichteres HTML."
            ),
            (
                "Waren es zu viele Empfänger, senden Sie an die restlichen in einer späteren "
                "Transaktion."
            ),
            (
                "Ist das Postfach voll, kontaktieren Sie den Empfänger auf anderem Weg und bitten "
                "Sie ihn, Platz zu schaffen."
            ),
            (
                "Empfehlen Sie dem Empfänger, alte Nachrichten zu archivieren oder zu löschen, "
                "damit das Postfach unter seinem Kontingent bleibt."
            ),
            "Versuchen Sie es später erneut; sobald Platz frei ist, kann die Nachricht durchgehen.",
        ),
    ),
    454: Text(
        title="Vorübergehender Anmeldefehler",
        meaning=(
            "Anmeldung oder Verschlüsselung sind aus einem Grund auf der Serverseite gescheitert, "
            "nicht wegen Ihrer Zugangsdaten. Der Fehler ist vorübergehend: Versuchen Sie es später "
            "erneut, ohne Ihr Passwort zu ändern."
        ),
        causes=(
            (
                "Das Anmeldesystem hinter dem Server, etwa ein Verzeichnisdienst oder eine "
                "Datenbank, ist nicht erreichbar oder überlastet."
            ),
            (
                "Der Client hat STARTTLS gesendet, doch der Server kann TLS gerade nicht starten, "
                "etwa wegen eines Zertifikats- oder Konfigurationsproblems."
            ),
            "Dem Server fehlen Ressourcen, um den Austausch abzuschließen.",
        ),
        fixes=(
            (
                "Wiederholen Sie Anmeldung oder Versand später und lassen Sie die Nachricht in der "
                "Warteschlange Ihres Mailservers."
            ),
            "Fragen Sie nicht nach einem neuen Passwort; an den Zugangsdaten liegt es nicht.",
            (
                "Ist STARTTLS gescheitert, weichen Sie nicht auf eine unverschlüsselte Sitzung "
                "aus, wenn Ihre Richtlinie TLS verlangt."
            ),
            (
                "Tritt der Fehler immer wieder auf, informieren Sie die Administration des "
                "Servers, damit sie Anmeldedienst und TLS-Zertifikat prüft."
            ),
        ),
    ),
    455: Text(
        title="Parameter derzeit nicht erfüllbar",
        meaning=(
            "Der Server hat die Parameter von MAIL FROM oder RCPT TO verstanden, kann sie aber im "
            "Moment nicht erfüllen. Der Fehler ist vorübergehend: Versuchen Sie es später erneut "
            "und ändern Sie die Parameter, falls er anhält."
        ),
        causes=(
            (
                "Ein ESMTP-Parameter, etwa eine angekündigte Nachrichtengröße oder eine "
                "Zustelloption, lässt sich mit den aktuellen Ressourcen des Servers nicht "
                "erfüllen."
            ),
            (
                "Der Server unterstützt den Parameter grundsätzlich, aber nicht in der jetzigen "
                "Lage oder Kombination."
            ),
        ),
        fixes=(
            "Belassen Sie die Nachricht in der Warteschlange und versuchen Sie es später erneut.",
            "Prüfen Sie, welchen Parameter der Antworttext nennt.",
            "Wiederholt sich der Fehler, senden Sie erneut ohne diesen optionalen Parameter.",
            (
                "Ist der Parameter für Sie unverzichtbar, wenden Sie sich an die Administration "
                "des Servers."
            ),
        ),
    ),
    500: Text(
        title="Syntaxfehler, Befehl unbekannt",
        meaning=(
            "Der Server hat den empfangenen Befehl nicht erkannt, oft weil die Zeile fehlerhaft "
            "oder zu lang war. Der Fehler ist dauerhaft: Derselbe Befehl scheitert erneut, deshalb "
            "muss der Client oder das Programm, das seinen Datenverkehr verändert, korrigiert "
            "werden."
        ),
        causes=(
            (
                "Ein Virenschutzprogramm auf Ihrem Rechner schaltet sich in die SMTP-Sitzung ein "
                "und verfälscht die Befehle."
            ),
            "Ein Befehl ist falsch aufgebaut, oder eine Zeile ist zu lang („line too long“).",
            (
                "Auf der Gegenseite greifen fehlerhafte Firewall- oder Virenscanner-Regeln in die "
                "Sitzung ein."
            ),
            (
                "Client und Server verständigen sich nicht richtig, etwa weil der Client Befehle "
                "verwendet, die der Server nicht kennt."
            ),
            (
                "Die SMTP-Verbindungseinstellungen (Server, Port, Verschlüsselung) sind falsch; "
                "ein Text wie „Access denied by port access“ weist auf einen gesperrten Port hin."
            ),
            "Bei SMTP AUTH war eine Antwortzeile länger, als der Server annimmt.",
        ),
        fixes=(
            (
                "Testen Sie den Versand einmal bei abgeschaltetem Virenschutz; klappt es dann, "
                "stellen Sie dessen E-Mail-Prüfung um und schalten Sie den Schutz wieder ein."
            ),
            (
                "Sehen Sie in den Firewall-Regeln nach, ob SMTP-Verbindungen vom Client zum Server "
                "erlaubt sind."
            ),
            (
                "Erwähnt die Antwort den Portzugriff, verwenden Sie Port 587 oder 465 statt des "
                "Standardports 25."
            ),
            (
                "Meldet der Server eine zu lange Zeile, verkleinern und vereinfachen Sie die "
                "Nachricht."
            ),
            (
                "Installieren Sie die neueste Version Ihres E-Mail-Programms, da ältere Versionen "
                "SMTP mitunter nicht regelkonform sprechen."
            ),
        ),
    ),
    501: Text(
        title="Syntaxfehler in Parametern",
        meaning=(
            "Der Server kennt den Befehl, doch dessen Argumente sind fehlerhaft, meist eine "
            "E-Mail-Adresse. Der Fehler ist dauerhaft: Korrigieren Sie Adresse oder Argument, "
            "bevor Sie erneut senden."
        ),
        causes=(
            (
                "Eine E-Mail-Adresse ist fehlerhaft aufgebaut, zum Beispiel ohne @ oder mit einer "
                "ungültigen Domain."
            ),
            (
                "Die Adresse enthält unzulässige Zeichen wie Anführungszeichen, Buchstaben mit "
                "Akzent oder ungewöhnliche Symbole."
            ),
            "In oder neben der Adresse stehen überflüssige Leerzeichen.",
            "Durch Kopieren und Einfügen sind unsichtbare Zeichen in die Adresse geraten.",
            "Ein Virenschutzprogramm greift in die SMTP-Sitzung ein.",
            (
                "Ein Befehl ohne Argumente (etwa DATA, RSET, QUIT oder STARTTLS) wurde mit "
                "Argumenten gesendet, oder eine AUTH-Antwort war kein gültiges Base64."
            ),
        ),
        fixes=(
            "Gleichen Sie jede Adresse mit dem Aufbau name@domain.tld ab.",
            (
                "Bereinigen Sie die Adressen: keine Anführungszeichen, keine Leerzeichen, keine "
                "Sonderzeichen."
            ),
            (
                "Tippen Sie Adressen von Hand ein, statt sie einzufügen, damit keine unsichtbaren "
                "Zeichen hineingeraten."
            ),
            (
                "Kontrollieren Sie in Outlook oder einem ähnlichen Programm die Empfängerfelder "
                "auf Tippfehler."
            ),
            (
                "Schalten Sie den Virenschutz kurz ab und prüfen Sie, ob der Fehler dann "
                "verschwindet; schalten Sie ihn danach wieder ein."
            ),
            (
                "Wenn Sie einen eigenen Client programmieren, senden Sie Befehle ohne überflüssige "
                "Argumente und kodieren Sie AUTH-Daten korrekt in Base64."
            ),
        ),
    ),
    502: Text(
        title="Befehl nicht implementiert",
        meaning=(
            "Der Server erkennt den Befehl, bietet ihn aber nicht an, weil er entweder nie "
            "eingebaut wurde oder inzwischen abgeschaltet ist. Für diesen Server ist der Fehler "
            "dauerhaft: Erreichen Sie Ihr Ziel auf anderem Weg."
        ),
        causes=(
            "Die Serversoftware kennt den Befehl zwar, hat ihn aber nie umgesetzt.",
            (
                "Eine Sicherheitsrichtlinie oder die Administration hat den Befehl abgeschaltet, "
                "wie es bei VRFY und EXPN üblich ist."
            ),
            "Die gewünschte Funktion geht über die einfache Ausstattung dieses Servers hinaus.",
            "Ein sehr alter Server beantwortet EHLO mit 502, weil er nur HELO kennt.",
        ),
        fixes=(
            "Klären Sie mit Ihrem Anbieter, ob er den benötigten Befehl überhaupt unterstützt.",
            "Sehen Sie in der Leistungsbeschreibung Ihres Tarifs nach, ob die Funktion dazugehört.",
            (
                "Lassen Sie sich einen anderen Weg zeigen, wie Sie Ihr Ziel ohne diesen Befehl "
                "erreichen."
            ),
            "Galt die Antwort dem Befehl EHLO, weichen Sie auf HELO aus.",
            (
                "Brauchen Sie die Funktion unbedingt, wechseln Sie zu einem SMTP-Dienst, der sie "
                "bereitstellt."
            ),
        ),
    ),
    503: Text(
        title="Falsche Befehlsreihenfolge",
        meaning=(
            "Der Befehl kam an der falschen Stelle des Dialogs, etwa Nachrichtendaten vor einem "
            "Empfänger oder ein Versand vor der nötigen Anmeldung. Für diese Reihenfolge ist der "
            "Fehler dauerhaft: Korrigieren Sie Ablauf oder Einstellungen und versuchen Sie es dann "
            "erneut."
        ),
        causes=(
            "Der Server verlangt eine Anmeldung, doch Ihr Programm ist nicht dafür eingerichtet.",
            "Der Client wollte die Nachricht (DATA) senden, bevor ein Empfänger angenommen war.",
            (
                "Nach einem Verbindungsabbruch hat der Client den Dialog an der falschen Stelle "
                "fortgesetzt."
            ),
            "Die Einstellungen Ihres Mailservers oder E-Mail-Programms sind falsch.",
            (
                "Der Anbieter erwartet, dass Sie vor dem Senden Ihre E-Mails abrufen (POP before "
                "SMTP), und das ist nicht geschehen."
            ),
            (
                "AUTH wurde doppelt oder mitten in einer Transaktion gesendet, oder der Server "
                "hatte den Dienst bereits mit einer 554-Begrüßung verweigert."
            ),
        ),
        fixes=(
            (
                "Aktivieren Sie in Ihrem E-Mail-Programm die Option, dass der Postausgangsserver "
                "(SMTP) eine Authentifizierung erfordert."
            ),
            "Prüfen Sie Serveradresse, Port und Anmeldeverfahren.",
            (
                "Wenn Sie eigene Skripte schreiben, senden Sie die Befehle in der Reihenfolge "
                "EHLO, AUTH, MAIL FROM, RCPT TO, DATA."
            ),
            (
                "Trennen Sie für einen Versuch die VPN-Verbindung; manche VPNs bringen die "
                "Anmeldung durcheinander."
            ),
            (
                "Rufen Sie vor dem Senden einmal Ihre E-Mails ab, wenn Ihr Anbieter mit POP before "
                "SMTP arbeitet."
            ),
        ),
    ),
    504: Text(
        title="Befehlsparameter nicht implementiert",
        meaning=(
            "Der Server versteht den Befehl, aber nicht einen seiner Parameter, meist das "
            "angeforderte Anmeldeverfahren. Mit diesen Einstellungen ist der Fehler dauerhaft: "
            "Wählen Sie einen Parameter oder ein Verfahren, das der Server unterstützt."
        ),
        causes=(
            (
                "Die Anmeldeeinstellungen passen nicht zum Server, was vor allem bei Servern "
                "auffällt, die vor jedem Versand ein Login verlangen."
            ),
            (
                "Der Client nutzt ein veraltetes Anmeldeverfahren wie XOAUTH, das Google nicht "
                "mehr annimmt (504 5.7.4)."
            ),
            (
                "Eine SSL/TLS-Einstellung verursacht lange Verzögerungen, bis der Austausch wegen "
                "Zeitüberschreitung abbricht."
            ),
            (
                "Große Anhänge werden über eine SSL-Verbindung übertragen, und die Übertragung "
                "bricht ab."
            ),
            (
                "Befehle erreichen den Server in falscher Reihenfolge, oder Parameter gehen "
                "unterwegs verloren."
            ),
            "Der Server des Anbieters hat die verlangte Funktion schlicht nicht implementiert.",
        ),
        fixes=(
            (
                "Gehen Sie die Anmeldeoptionen für den Postausgangsserver in Ihrem E-Mail-Programm "
                "Punkt für Punkt durch."
            ),
            (
                "Erfüllen Sie die Sicherheitsvorgaben des Servers, etwa eine verschlüsselte "
                "Verbindung und ein zugelassenes Anmeldeverfahren."
            ),
            (
                "Ersetzen Sie ein veraltetes Anmeldeverfahren durch ein aktuelles, das der Server "
                "in seiner Antwort auf EHLO aufführt."
            ),
            "Schicken Sie kleinere Anhänge, damit die Übertragung nicht abreißt.",
            (
                "Lassen Sie sich von Ihrem Anbieter die Liste der Parameter geben, die sein Server "
                "unterstützt."
            ),
        ),
    ),
    521: Text(
        title="Host nimmt keine E-Mails an",
        meaning=(
            "Dieser Host nimmt grundsätzlich keine E-Mails an; er beantwortet jede Verbindung mit "
            "521 statt mit einer Begrüßung (RFC 7504). Der Fehler ist dauerhaft: Versuchen Sie es "
            "bei diesem Host nicht erneut, sondern ermitteln Sie das richtige Ziel."
        ),
        causes=(
            (
                "Der Host ist ein Schein-Mailserver, den der Domaininhaber nur eingerichtet hat, "
                "um E-Mails abzuweisen."
            ),
            (
                "Die MX-Einträge der Domain verweisen auf einen Host, der nicht für den Empfang "
                "von E-Mails gedacht ist."
            ),
        ),
        fixes=(
            "Wiederholen Sie die Zustellung an diesen Host nicht.",
            (
                "Prüfen Sie die Empfängerdomain auf Tippfehler; verwalten Sie diese Domain selbst, "
                "korrigieren Sie ihre MX-Einträge."
            ),
            (
                "Bestätigen Sie die Adresse des Empfängers auf anderem Weg und entfernen Sie sie "
                "aus Ihren Verteilern, wenn die Domain keine E-Mails annimmt."
            ),
        ),
    ),
    523: Text(
        title="Verschlüsselung erforderlich",
        meaning=(
            "Der Server verlangt eine starke Verschlüsselungsschicht, bevor er das gewählte "
            "Anmeldeverfahren zulässt, typischerweise eines, das das Passwort im Klartext "
            "überträgt. Für eine unverschlüsselte Sitzung ist der Fehler dauerhaft: Schalten Sie "
            "TLS ein oder nutzen Sie ein stärkeres Verfahren."
        ),
        causes=(
            (
                "Der Client hat ein Klartextverfahren wie PLAIN oder LOGIN über eine "
                "unverschlüsselte Verbindung versucht."
            ),
            "Die Richtlinie des Servers erlaubt Passwortanmeldungen nur innerhalb von TLS.",
        ),
        fixes=(
            "Senden Sie STARTTLS, danach erneut EHLO, und melden Sie sich erst dann an.",
            (
                "Nutzen Sie als Alternative zu STARTTLS Port 465, bei dem die Sitzung von Anfang "
                "an verschlüsselt ist."
            ),
            (
                "Statt zu verschlüsseln, können Sie ein stärkeres Verfahren wählen, das der Server "
                "in seiner Antwort auf EHLO aufführt."
            ),
            (
                "Stellen Sie in Ihrem E-Mail-Programm die Verbindungssicherheit auf STARTTLS oder "
                "SSL/TLS."
            ),
        ),
    ),
    525: Text(
        title="Benutzerkonto deaktiviert",
        meaning=(
            "Die Anmeldedaten waren richtig, doch das Konto wurde deaktiviert und darf keine "
            "E-Mails versenden. Der Fehler bleibt bestehen, bis das Konto wieder freigeschaltet "
            "ist: Wenden Sie sich an die zuständige Administration, statt es erneut zu versuchen."
        ),
        causes=(
            (
                "Die Administration hat das Konto gesperrt, etwa wegen offener Zahlungen oder "
                "Missbrauchs."
            ),
            (
                "Der Anbieter hat Anzeichen eines Einbruchsversuchs bemerkt und das Konto "
                "vorsorglich gesperrt."
            ),
        ),
        fixes=(
            "Stellen Sie weitere Versuche mit diesem Konto ein.",
            (
                "Fragen Sie Ihren Anbieter oder Ihre Administration, warum das Konto deaktiviert "
                "wurde und wie es sich wieder freischalten lässt."
            ),
            (
                "Besteht der Verdacht auf einen Einbruch, ändern Sie das Passwort und prüfen Sie "
                "alle Geräte, die das Konto nutzen."
            ),
            (
                "Versenden Sie, bis das Konto wieder aktiv ist, über ein anderes Konto, das dazu "
                "berechtigt ist."
            ),
        ),
    ),
    530: Text(
        title="Authentifizierung erforderlich",
        meaning=(
            "Der Server macht erst weiter, wenn Sie sich angemeldet oder die Verschlüsselung per "
            "STARTTLS eingeschaltet haben. Für die Sitzung in ihrer jetzigen Form ist der Fehler "
            "dauerhaft: Sichern Sie die Verbindung, melden Sie sich an und senden Sie dann erneut."
        ),
        causes=(
            (
                "Ihr E-Mail-Programm ist nicht so eingerichtet, dass es sich am Postausgangsserver "
                "anmeldet."
            ),
            (
                "Der Server nimmt E-Mails nur von angemeldeten Benutzern an, damit er nicht als "
                "offenes Relay missbraucht werden kann."
            ),
            (
                "Der Server verlangt zuerst TLS; ein Text wie „Must issue a STARTTLS command "
                "first“ weist darauf hin."
            ),
            (
                "Der Client hat sich mit Port 25 verbunden, obwohl der Versand über diesen Server "
                "Port 587 mit Anmeldung erfordert."
            ),
        ),
        fixes=(
            "Verlangt die Antwort STARTTLS, senden Sie STARTTLS und danach erneut EHLO.",
            "Melden Sie sich vor MAIL FROM mit AUTH an.",
            (
                "Aktivieren Sie in Ihrem E-Mail-Programm die Option, dass der Postausgangsserver "
                "eine Authentifizierung erfordert, und tragen Sie Benutzername und Passwort ein."
            ),
            "Verwenden Sie für den Versand Port 587 mit STARTTLS oder Port 465 mit SSL/TLS.",
        ),
    ),
    534: Text(
        title="Anmeldeverfahren zu schwach",
        meaning=(
            "Nach der Richtlinie des Servers ist das gewählte Anmeldeverfahren für dieses Konto zu "
            "schwach. Für dieses Verfahren ist der Fehler dauerhaft: Melden Sie sich mit einem "
            "stärkeren erneut an."
        ),
        causes=(
            (
                "Der Client hat ein einfaches Verfahren gewählt, obwohl das Konto ein stärkeres "
                "verlangt."
            ),
            (
                "Der Anbieter verlangt ein App-Passwort oder eine Anmeldung über den Browser "
                "(OAuth) statt des normalen Kontopassworts, wie es manche großen E-Mail-Dienste "
                "tun."
            ),
        ),
        fixes=(
            (
                "Wählen Sie ein stärkeres Verfahren aus der Liste in der Antwort des Servers auf "
                "EHLO und melden Sie sich erneut an."
            ),
            "Sorgen Sie dafür, dass die Verbindung vor der Anmeldung per TLS verschlüsselt ist.",
            (
                "Verlangt der Anbieter es, erstellen Sie ein App-Passwort oder richten Sie Ihr "
                "Programm für die Anmeldung per OAuth ein."
            ),
            (
                "Aktualisieren Sie Ihr E-Mail-Programm, wenn es das verlangte Verfahren nicht "
                "anbietet."
            ),
        ),
    ),
    535: Text(
        title="Ungültige Zugangsdaten",
        meaning=(
            "Der Server hat Ihre Anmeldung abgelehnt, weil Benutzername oder Passwort (oder Token) "
            "falsch oder unzureichend sind. Für diese Zugangsdaten ist der Fehler dauerhaft: "
            "Korrigieren Sie sie vor dem nächsten Versuch, denn wiederholte Fehlversuche können "
            "zur Sperrung des Kontos führen."
        ),
        causes=(
            (
                "Benutzername oder Passwort sind falsch eingegeben oder veraltet, etwa nach einer "
                "Passwortänderung."
            ),
            (
                "Der Server erwartet als Benutzernamen die vollständige E-Mail-Adresse, nicht nur "
                "den Teil vor dem @."
            ),
            "Das Konto nutzt Zwei-Faktor-Authentifizierung und benötigt für SMTP ein App-Passwort.",
            (
                "Das Passwort enthält Zeichen, die der Client anders kodiert, als der Server es "
                "erwartet."
            ),
            "Das Konto wurde nach zu vielen Fehlversuchen gesperrt.",
        ),
        fixes=(
            "Geben Sie Benutzername und Passwort noch einmal sorgfältig ein.",
            (
                "Verwenden Sie Ihre vollständige E-Mail-Adresse als Benutzernamen, wenn Ihr "
                "Anbieter das verlangt."
            ),
            "Erstellen Sie ein App-Passwort, wenn Ihr Konto Zwei-Faktor-Authentifizierung nutzt.",
            "Stoppen Sie automatische Wiederholungen, damit das Konto nicht gesperrt wird.",
            (
                "Sind Sie unsicher, setzen Sie das Passwort bei Ihrem Anbieter zurück und tragen "
                "Sie es danach in allen Programmen neu ein."
            ),
            "Fragen Sie Ihren Anbieter, ob der SMTP-Zugang für das Konto freigeschaltet ist.",
        ),
    ),
    538: Text(
        title="Verschlüsselung für Anmeldung erforderlich",
        meaning=(
            "Das gewählte Anmeldeverfahren ist nur über eine verschlüsselte Verbindung erlaubt. "
            "Für eine unverschlüsselte Sitzung ist der Fehler dauerhaft: Starten Sie zuerst TLS "
            "und melden Sie sich dann an."
        ),
        causes=(
            "Der Client wollte sich anmelden, bevor er STARTTLS ausgeführt hatte.",
            (
                "Der Server erlaubt dieses Verfahren, meist ein Klartextverfahren wie PLAIN oder "
                "LOGIN, nur innerhalb von TLS."
            ),
        ),
        fixes=(
            "Senden Sie STARTTLS, wiederholen Sie EHLO und melden Sie sich danach an.",
            "Nutzen Sie als Alternative zu STARTTLS Port 465, bei dem TLS sofort beginnt.",
            (
                "Stellen Sie die Verbindungssicherheit in Ihrem E-Mail-Programm auf STARTTLS oder "
                "SSL/TLS."
            ),
        ),
    ),
    550: Text(
        title="Postfach nicht verfügbar",
        meaning=(
            "Der empfangende Server lehnt die Nachricht endgültig ab: Das Postfach existiert "
            "nicht, ist nicht erreichbar, oder eine Richtlinie sperrt Sie. Der Fehler ist "
            "dauerhaft; senden Sie also nicht unverändert erneut, sondern beheben Sie zuerst "
            "Adresse oder Ursache."
        ),
        causes=(
            "Die Adresse ist falsch geschrieben oder enthält einen Tippfehler.",
            "Das Konto des Empfängers wurde inzwischen stillgelegt oder gelöscht.",
            "Die Domain hinter dem @ gibt es nicht, oder sie ist nicht mehr in Betrieb.",
            (
                "Nachricht oder Absender verstoßen gegen eine Serverrichtlinie, oder Ihre Adresse, "
                "Domain oder IP-Adresse wurde gezielt gesperrt."
            ),
            "Der Server erwartet eine SMTP-Authentifizierung, und Sie haben sich nicht angemeldet.",
            (
                "Der SPF-Eintrag Ihrer Absenderdomain fehlt oder umfasst den Server nicht, über "
                "den Sie senden."
            ),
        ),
        fixes=(
            (
                "Lesen Sie die Empfängeradresse Zeichen für Zeichen gegen, auch Punkte und "
                "Bindestriche."
            ),
            "Fragen Sie den Empfänger, etwa telefonisch, nach seiner gültigen Adresse.",
            (
                "Entfernen Sie nicht existierende Adressen aus Ihren Verteilern, statt sie erneut "
                "anzuschreiben."
            ),
            (
                "Veröffentlichen Sie für Ihre Domain stimmige SPF-, DKIM- und DMARC-Einträge, "
                "damit Empfänger die Herkunft Ihrer E-Mails nachprüfen können."
            ),
            (
                "Schalten Sie in Ihrem E-Mail-Programm die SMTP-Authentifizierung ein (die Option, "
                "dass Ihr Server eine Authentifizierung erfordert)."
            ),
            (
                "Prüfen Sie mit einem Dienst wie talosintelligence.com, ob Ihre IP-Adresse auf "
                "einer Sperrliste steht."
            ),
        ),
    ),
    551: Text(
        title="Empfänger nicht lokal",
        meaning=(
            "Der Empfänger hat auf diesem Server kein Postfach, und der Server leitet die "
            "Nachricht nicht weiter; die Antwort kann eine andere Adresse nennen. Für diesen Weg "
            "ist der Fehler dauerhaft: Klären Sie die richtige Adresse, bevor Sie erneut senden."
        ),
        causes=(
            "Der angesprochene Server führt für diesen Empfänger kein Postfach.",
            "Eine Weiterleitung an den neuen Ort des Postfachs fehlt.",
            "Der Server verweigert zum Schutz vor Spam die Weitergabe (Relay) an andere Hosts.",
            "Die Domain ist an sich in Ordnung, das Postfach liegt aber bei einem anderen System.",
        ),
        fixes=(
            "Fragen Sie beim Empfänger selbst nach, unter welcher Adresse er erreichbar ist.",
            "Prüfen Sie die Adresse auf Tippfehler.",
            (
                "Finden Sie heraus, ob die Domain des Empfängers inzwischen bei einem anderen "
                "E-Mail-Anbieter liegt."
            ),
            (
                "Schlägt die Antwort eine neue Adresse vor, verwenden Sie sie erst, wenn der "
                "Empfänger sie bestätigt hat."
            ),
            (
                "Betreiben Sie den Server selbst, erlauben Sie Relay oder Weiterleitung für die "
                "Adresse, sofern das gewollt ist."
            ),
        ),
    ),
    552: Text(
        title="Speicherkontingent überschritten",
        meaning=(
            "Der Server hat die Nachricht abgebrochen, weil eine Speichergrenze überschritten "
            "wurde: Das Postfach des Empfängers ist voll, oder die Nachricht ist zu groß. Für die "
            "Nachricht in dieser Form ist der Fehler dauerhaft: Verkleinern Sie sie oder warten "
            "Sie, bis der Empfänger Platz geschaffen hat. Geht es in der Antwort um zu viele "
            "Empfänger, behandeln Sie den Fehler als vorübergehend."
        ),
        causes=(
            "Das Postfach des Empfängers hat sein Speicherkontingent ausgeschöpft.",
            (
                "Nachricht und Anhänge zusammen überschreiten die Größengrenze des Servers, die "
                "häufig bei 25 MB liegt."
            ),
            (
                "Ein Anhang hat einen Dateityp, den der Server nicht erlaubt, oder die Zahl der "
                "Anhänge übersteigt das festgelegte Limit."
            ),
            "Einzelne Kopfzeilen überschreiten die zulässige Länge.",
            (
                "Die Nachricht nannte zu viele Empfänger; ältere Server verwenden hier 552 statt "
                "des korrekten 452, und nach RFC 5321 ist dieser Fall als vorübergehend zu "
                "behandeln."
            ),
        ),
        fixes=(
            (
                "Rechnen Sie Text und sämtliche Anhänge zusammen, um die tatsächliche Größe der "
                "Nachricht zu kennen; Anhänge wachsen beim Versand um etwa ein Drittel."
            ),
            (
                "Packen Sie Dateien in ein komprimiertes Archiv, oder stellen Sie sie über einen "
                "Transferdienst wie WeTransfer bereit."
            ),
            (
                "Legen Sie große Dateien auf Ihrer Website oder in einem Cloudspeicher ab und "
                "nennen Sie in der E-Mail nur den Link."
            ),
            (
                "Schicken Sie umfangreiche Anhänge in mehreren Teilen, jeweils in einer eigenen "
                "E-Mail."
            ),
            (
                "Sagen Sie dem Empfänger auf anderem Weg Bescheid, dass sein Postfach voll ist und "
                "er aufräumen muss."
            ),
            (
                "Betrifft die Antwort zu viele Empfänger, senden Sie an die übrigen später in "
                "kleineren Gruppen."
            ),
            (
                "Legen Sie in Ihrem Versandsystem eine automatische Größengrenze fest, damit der "
                "Fehler nicht wieder auftritt."
            ),
        ),
    ),
    553: Text(
        title="Adresse nicht zulässig",
        meaning=(
            "Der Server akzeptiert die Adresse in dieser Form nicht: Sie ist fehlerhaft, oder der "
            "Server erlaubt Ihnen nicht, sie zu verwenden, häufig bei der Absenderadresse. Der "
            "Fehler ist dauerhaft: Korrigieren Sie die Adresse oder Ihre Servereinstellungen, "
            "bevor Sie es erneut versuchen."
        ),
        causes=(
            (
                "Ihr Mailserver hat keinen PTR-Eintrag (Reverse-DNS), und der empfangende Server "
                "weist Hosts ohne diesen Eintrag ab."
            ),
            "Die Adresse ist falsch formatiert oder enthält Sonderzeichen wie ñ oder Akzente.",
            (
                "Die SMTP-Authentifizierung ist ausgeschaltet: Die Option, dass Ihr Server eine "
                "Authentifizierung erfordert, ist nicht angehakt."
            ),
            (
                "Der Inhalt der Nachricht ist so formatiert, dass der empfangende Server ihn nicht "
                "akzeptiert."
            ),
            (
                "Ihre Domain ist fehlerhaft eingerichtet und lässt sich nicht prüfen; eine Antwort "
                "wie „domain is not in my list of allowed rcpthosts“ bedeutet, dass der Server die "
                "Empfängerdomain weder selbst betreut noch Ihnen die Weiterleitung dorthin "
                "erlaubt."
            ),
            (
                "Die Adresse enthält Nicht-ASCII-Zeichen, doch der Server unterstützt keine "
                "internationalisierten Adressen (SMTPUTF8)."
            ),
        ),
        fixes=(
            (
                "Aktivieren Sie in Ihrem E-Mail-Programm die Option, dass Ihr Server eine "
                "Authentifizierung erfordert."
            ),
            (
                "Verwenden Sie als Absender eine echte, existierende Adresse in korrekter "
                "Schreibweise."
            ),
            (
                "Lassen Sie bei Ihrem Hoster oder Netzbetreiber einen PTR-Eintrag setzen, der die "
                "IP-Adresse Ihres Mailservers auf dessen Hostnamen abbildet."
            ),
            "Senden Sie testweise eine schlichte Fassung der Nachricht, notfalls als reinen Text.",
            (
                "Kontrollieren Sie Servername, Port und Konto in Ihren SMTP-Einstellungen, denn "
                "nur über den richtigen Server mit Anmeldung dürfen Sie zustellen."
            ),
        ),
    ),
    554: Text(
        title="Transaktion fehlgeschlagen",
        meaning=(
            "Der Server hat die gesamte Transaktion endgültig abgelehnt, oft aus "
            "Richtliniengründen wie einer gesperrten IP-Adresse oder Inhalten, die als Spam "
            "gelten. Der Fehler ist dauerhaft, senden Sie also nicht unverändert erneut; kommt der "
            "Code statt 220 als Begrüßung, bietet der Server Ihnen überhaupt keinen SMTP-Dienst "
            "an."
        ),
        causes=(
            (
                "Ihre IP-Adresse ist in einer Sperrliste (Blocklist) verzeichnet, die sie als "
                "Spamquelle führt; 554 5.7.1 weist oft darauf oder auf einen Treffer im Spamfilter "
                "hin."
            ),
            "Bestimmte Wörter oder die Gestaltung der Nachricht lassen den Spamfilter anschlagen.",
            (
                "Die Empfängeradressen existieren nicht oder enthalten Tippfehler, sodass beim "
                "DATA-Befehl kein gültiger Empfänger übrig ist."
            ),
            "Die SMTP-Authentifizierung ist in Ihrem E-Mail-Programm nicht eingeschaltet.",
            "DNS-Einträge, die Ihr E-Mail-Anbieter verlangt, fehlen.",
        ),
        fixes=(
            (
                "Prüfen Sie vor allem anderen mit einem Werkzeug wie MultiRBL oder MXToolbox, ob "
                "Ihre IP-Adresse auf einer Sperrliste steht, und beantragen Sie gegebenenfalls die "
                "Entfernung."
            ),
            (
                "Streichen Sie Formulierungen, die Spamfilter auslösen, etwa „Herzlichen "
                "Glückwunsch“, „Jetzt einkaufen!“ oder „Sonderangebot“."
            ),
            "Setzen Sie auf schlichtes HTML mit wenigen Bildern und ausreichend Text.",
            (
                "Aktivieren Sie in Ihrem E-Mail-Programm die Option, dass Ihr Server eine "
                "Authentifizierung erfordert."
            ),
            (
                "Hinterlegen Sie SPF, DKIM und DMARC für Ihre Domain, damit Empfänger Ihre E-Mails "
                "als echt erkennen."
            ),
            "Prüfen Sie die Empfängeradressen auf Tippfehler.",
            (
                "Schützen Sie Ihr Konto mit starken, regelmäßig erneuerten Passwörtern, denn ein "
                "gekapertes Konto verschickt Spam in Ihrem Namen und ruiniert Ihren Ruf als "
                "Absender."
            ),
        ),
    ),
    555: Text(
        title="MAIL/RCPT-Parameter nicht erkannt",
        meaning=(
            "Der Server kennt oder unterstützt einen Parameter nicht, der an MAIL FROM oder RCPT "
            "TO angehängt war. Mit diesem Parameter ist der Fehler dauerhaft: Senden Sie den "
            "Befehl ohne ihn oder nur mit Erweiterungen, die der Server anbietet."
        ),
        causes=(
            (
                "Der Client hat einen ESMTP-Parameter wie SIZE, BODY=8BITMIME, SMTPUTF8 oder die "
                "DSN-Optionen NOTIFY und RET verwendet, den der Server nicht angekündigt hat."
            ),
            (
                "Die Sitzung begann mit HELO statt EHLO, sodass keine Erweiterungen aktiv sind, "
                "und trotzdem hat der Client Parameter gesendet."
            ),
            "Ein Parameter ist falsch geschrieben oder hat einen ungültigen Wert.",
        ),
        fixes=(
            (
                "Lesen Sie die Antwort des Servers auf EHLO und senden Sie nur Parameter der dort "
                "aufgeführten Erweiterungen."
            ),
            "Melden Sie sich mit EHLO statt HELO an, wenn Sie Erweiterungen benötigen.",
            "Entfernen Sie den nicht unterstützten Parameter und senden Sie erneut.",
            (
                "Aktualisieren oder konfigurieren Sie die Versandsoftware neu, falls sie Parameter "
                "unabhängig von den Fähigkeiten des Servers anhängt."
            ),
        ),
    ),
    556: Text(
        title="Domain nimmt keine E-Mails an",
        meaning=(
            "Die Domain des Empfängers hat erklärt, dass sie überhaupt keine E-Mails empfängt, "
            "meist per Null-MX-Eintrag (RFC 7505). Der Fehler ist dauerhaft: Kein weiterer Versuch "
            "kann gelingen, besorgen Sie sich daher eine andere Adresse."
        ),
        causes=(
            (
                "Die Domain veröffentlicht einen Null-MX-Eintrag, also einen einzigen MX-Eintrag, "
                "der auf „.“ zeigt, und erklärt damit, dass sie keine E-Mails annimmt."
            ),
            (
                "Die Adresse verwendet eine Domain, die nur für Websites oder andere Dienste "
                "gedacht ist, nicht für E-Mail."
            ),
            (
                "Die Domain in der Adresse ist falsch geschrieben und trifft zufällig eine Domain, "
                "die keine E-Mails annimmt."
            ),
        ),
        fixes=(
            (
                "Wiederholen Sie den Versand nicht; an diese Domain lässt sich die Nachricht nicht "
                "zustellen."
            ),
            "Prüfen Sie den Domainteil der Adresse auf Tippfehler.",
            "Bitten Sie den Empfänger um eine Adresse bei einer Domain, die E-Mails empfängt.",
            "Entfernen Sie die Adresse aus Ihren Verteilern.",
        ),
    ),
    571: Text(
        title="Zustellung nicht autorisiert",
        meaning=(
            "Ein nicht standardisierter Code, den vor allem Microsoft Exchange/IIS und einige "
            "Filter für eine Ablehnung aus Richtliniengründen verwenden: Der Server nimmt die "
            "Nachricht von Ihnen nicht an. Behandeln Sie ihn als dauerhaft und beheben Sie die "
            "Ursache, statt unverändert erneut zu senden."
        ),
        causes=(
            (
                "Sie wollten E-Mails über einen Server weiterleiten lassen, der das nicht erlaubt, "
                "etwa ohne Anmeldung („Unable to relay“)."
            ),
            (
                "Ihre IP-Adresse oder Domain steht auf einer Sperrliste, die der empfangende "
                "Server nutzt."
            ),
            "Ein Inhalts- oder Spamfilter hat die Nachricht abgewiesen.",
            (
                "Der Empfänger nimmt nur E-Mails bestimmter Absender an, etwa nur aus der eigenen "
                "Organisation."
            ),
            "Prüfungen der Absenderauthentifizierung wie SPF sind fehlgeschlagen.",
        ),
        fixes=(
            (
                "Melden Sie sich vor dem Versand per SMTP-Authentifizierung an Ihrem "
                "Postausgangsserver an."
            ),
            (
                "Prüfen Sie, ob Ihre IP-Adresse oder Domain auf einer Sperrliste steht, und "
                "beantragen Sie gegebenenfalls die Entfernung."
            ),
            "Kontrollieren Sie, ob SPF, DKIM und DMARC für Ihre Domain korrekt eingerichtet sind.",
            (
                "Fragen Sie den Empfänger oder seine Administration, ob E-Mails von Ihrer Adresse "
                "oder Domain angenommen werden."
            ),
            (
                "Betreiben Sie den empfangenden Server selbst, prüfen Sie dessen Relay- und "
                "Empfängerbeschränkungen."
            ),
        ),
    ),
})
