"""Deutsche Kurzreferenz: die vierzehn Codes des Leitfadens (Daten).

Fakten aus dem Leitfaden in shared/seed (welche Ursachen, welche Lösungen) und RFC 5321; jeder
Satz für smtpcodes geschrieben. Lösung *n* beantwortet Ursache *n*, für ein sendendes Programm
oder seinen Betreiber; die letzte Lösung gilt für Menschen an einem Mailprogramm.
"""

from __future__ import annotations

from typing import Final

from smtpcodes.texts._types import TableRow

TABLE: Final = (
    TableRow(
        421, "Dienst nicht verfügbar",
        ("Der empfangende Server ist überlastet, startet neu oder wird gewartet.",
         "Die Verbindung ist instabil, oder eine Firewall oder ein DNS-Problem unterbricht "
         "sie."),
        ("Die Nachricht in der Warteschlange lassen und nach einigen Minuten erneut senden; "
         "meist verschwindet 421 von selbst.",
         "Scheitert jeder Versuch, den Weg zum Server prüfen: DNS, Firewall, Port.",
         "Im Mailprogramm: warten und erneut senden; hält es an, Port 587 mit STARTTLS "
         "versuchen."),
    ),
    TableRow(
        450, "Postfach vorübergehend nicht verfügbar",
        ("Greylisting: Der Server weist den ersten Versuch eines unbekannten Absenders ab und "
         "erwartet eine Wiederholung.",
         "Das Postfach ist belegt, oder der empfangende Server ist überlastet."),
        ("Nach 5 bis 30 Minuten von derselben IP-Adresse erneut senden; der zweite Versuch "
         "kommt durch.",
         "Mit wachsenden Pausen weiter versuchen, wie es die Warteschlange eines Mailservers "
         "von selbst tut.",
         "Im Mailprogramm: 15 bis 30 Minuten warten und erneut senden; die Domain des "
         "Empfängers auf Tippfehler prüfen."),
    ),
    TableRow(
        451, "Lokaler Verarbeitungsfehler",
        ("Der empfangende Server ist überlastet, knapp an Ressourcen oder wird gewartet.",
         "Ein Filter oder eine Abfrage auf der Empfängerseite (Spam- oder Virenscanner, DNS) "
         "ist vorerst gescheitert."),
        ("Die Nachricht in der Warteschlange lassen und nach 10 bis 30 Minuten erneut senden.",
         "Dauert es Stunden, die Statusseite des Empfängers lesen oder dessen Postmaster "
         "schreiben.",
         "Im Mailprogramm: warten und später erneut senden."),
    ),
    TableRow(
        452, "Zu wenig Speicherplatz",
        ("Dem empfangenden Server oder dem Postfach des Empfängers fehlt Speicherplatz.",
         "Die Nachricht nennt mehr Empfänger, als der Server auf einmal annimmt."),
        ("Später erneut senden; nach einigen Tagen aufhören, wenn nie Platz frei wird.",
         "Die übrigen Empfänger in einer weiteren Übertragung senden, weniger je Nachricht.",
         "Im Mailprogramm: später senden, lange Empfängerlisten teilen und dem Empfänger auf "
         "anderem Weg sagen, dass sein Postfach voll ist."),
    ),
    TableRow(
        500, "Syntaxfehler, Befehl nicht erkannt",
        ("Der Client hat einen Befehl gesendet, den der Server nicht kennt, oder eine zu lange "
         "Zeile.",
         "Virenschutz oder ein Proxy auf dem sendenden Rechner schreibt die SMTP-Sitzung um."),
        ("Den SMTP-Dialog mitschneiden und korrigieren, was das Programm sendet; Zeilen unter "
         "1.000 Zeichen halten.",
         "Einmal ohne den prüfenden Proxy senden; klappt es, SMTP von der Prüfung ausnehmen.",
         "Im Mailprogramm: die E-Mail-Prüfung des Virenschutzes für einen Versuch abschalten, "
         "dann seine Einstellungen ändern und ihn wieder einschalten."),
    ),
    TableRow(
        501, "Syntaxfehler in Parametern",
        ("Eine Adresse in MAIL FROM oder RCPT TO ist fehlerhaft: ohne @, mit kaputter Domain, "
         "mit Leerzeichen.",
         "Die Adresse enthält Zeichen, die der Server ablehnt, etwa Anführungszeichen oder "
         "Umlaute."),
        ("Adressen vor dem Senden prüfen und in spitzen Klammern senden: "
         "<name@example.com>.",
         "Adressen mit Nicht-ASCII-Zeichen nur an Server senden, die SMTPUTF8 anbieten.",
         "Im Mailprogramm: jede Adresse mit dem Muster name@domain.tld vergleichen."),
    ),
    TableRow(
        502, "Befehl nicht unterstützt",
        ("Der Server unterstützt den Befehl nicht (oft VRFY, EXPN oder eine Erweiterung).",
         "Der Administrator hat den Befehl abgeschaltet."),
        ("Die EHLO-Antwort lesen und nur die Befehle und Erweiterungen nutzen, die sie nennt.",
         "Auf den Befehl verzichten oder den Betreiber des Servers bitten, ihn einzuschalten.",
         "Im Mailprogramm: beim Anbieter erfragen, was sein Server unterstützt."),
    ),
    TableRow(
        503, "Falsche Befehlsreihenfolge",
        ("Der Server verlangt eine Anmeldung (AUTH) vor MAIL FROM, und der Client hat sich "
         "nicht angemeldet.",
         "Der Client hat Befehle in falscher Reihenfolge gesendet, etwa DATA vor einem "
         "angenommenen RCPT TO."),
        ("Nach EHLO (und STARTTLS) und vor MAIL FROM anmelden.",
         "MAIL FROM, RCPT TO und DATA in dieser Reihenfolge senden, DATA erst nach einem "
         "angenommenen Empfänger.",
         "Im Mailprogramm: die Option einschalten, dass der Postausgangsserver (SMTP) eine "
         "Anmeldung verlangt."),
    ),
    TableRow(
        504, "Parameter nicht unterstützt",
        ("Der Client hat ein Anmeldeverfahren gewählt, das der Server nicht anbietet, oder ein "
         "veraltetes (504 5.7.4).",
         "Ein Parameter eines Befehls wird von diesem Server nicht unterstützt."),
        ("Ein Anmeldeverfahren aus der EHLO-Antwort wählen: PLAIN oder LOGIN über TLS, oder "
         "XOAUTH2.",
         "Nur Parameter senden, die die EHLO-Antwort nennt.",
         "Im Mailprogramm: die Anmeldeeinstellungen des Postausgangsservers durchgehen: "
         "Verfahren, Port, Verschlüsselung."),
    ),
    TableRow(
        550, "Postfach nicht verfügbar",
        ("Die Empfängeradresse existiert nicht: ein Tippfehler, oder das Konto wurde "
         "aufgelöst.",
         "Der Server lehnt nach seinen Regeln ab (Sperrliste, Spamfilter, gescheitertes SPF, "
         "DKIM oder DMARC); der Text sagt, weshalb."),
        ("An eine als unbekannt gemeldete Adresse (5.1.1) nicht mehr senden und sie aus der "
         "Liste streichen.",
         "Antworttext und erweiterten Code lesen und den genannten Grund beheben, bevor erneut "
         "gesendet wird.",
         "Im Mailprogramm: die Adresse Zeichen für Zeichen prüfen oder den Empfänger nach der "
         "aktuellen fragen."),
    ),
    TableRow(
        551, "Empfänger nicht lokal",
        ("Der Empfänger hat auf diesem Server kein Postfach.",
         "Der Empfänger ist umgezogen, und der Server leitet nicht weiter."),
        ("An diese Adresse nicht mehr senden.",
         "Nennt die Antwort eine neue Adresse, den Eintrag auf sie ändern.",
         "Im Mailprogramm: den Empfänger fragen, unter welcher Adresse er jetzt erreichbar "
         "ist."),
    ),
    TableRow(
        552, "Speicherzuteilung überschritten",
        ("Das Postfach des Empfängers ist über seinem Kontingent.",
         "Die Nachricht mit Anhängen überschreitet die Größengrenze des Servers, oft 25 MB."),
        ("Ein volles Postfach einige Tage lang erneut versuchen, dann aufhören.",
         "Eine kleinere Nachricht senden: ihre Größe mit dem SIZE-Wert der EHLO-Antwort "
         "vergleichen; Anhänge wachsen beim Versand um ein Drittel.",
         "Im Mailprogramm: Anhänge packen oder große Dateien als Link teilen und dem Empfänger "
         "auf anderem Weg sagen, dass sein Postfach voll ist."),
    ),
    TableRow(
        553, "Adresse nicht erlaubt",
        ("Die Adresse ist fehlerhaft oder nicht erlaubt, etwa eine Absenderadresse, die das "
         "Konto nicht nutzen darf.",
         "Dem sendenden Rechner fehlt ein PTR-Eintrag (Rückwärtsauflösung), den der Server "
         "verlangt."),
        ("Die Adressen in MAIL FROM und RCPT TO prüfen und von einer Adresse senden, die dem "
         "Konto gehört.",
         "Der sendenden IP-Adresse einen PTR-Eintrag geben, dessen Name wieder auf diese "
         "Adresse zeigt.",
         "Im Mailprogramm: die eigene Adresse des Kontos als Absender nutzen und die Anmeldung "
         "am Postausgangsserver einschalten."),
    ),
    TableRow(
        554, "Übertragung gescheitert",
        ("Die sendende IP-Adresse steht auf einer Sperrliste; 554 5.7.1 weist oft darauf hin.",
         "Ein Spamfilter hat den Inhalt als verdächtig eingestuft."),
        ("Die sendende IP-Adresse in den Sperrlisten nachschlagen (MXToolbox, MultiRBL), die "
         "Ursache beseitigen und die Austragung beantragen; nicht unverändert erneut senden.",
         "Ändern, was den Filter ausgelöst hat: Links, Wortwahl, Gestaltung.",
         "Im Mailprogramm: den Mailanbieter bitten, seine sendende IP-Adresse zu prüfen."),
    ),
)
"""Die Zeilen in der Reihenfolge des Leitfadens."""
