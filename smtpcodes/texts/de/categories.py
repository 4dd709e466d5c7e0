"""German explanations of categories (data).

Facts from shared/docs/taxonomy.md and standards.md (§1.3 legacy quirks, §1.4 AUTH/STARTTLS/SIZE,
§3 retry practice and greylisting delays, §4 ESP bounce practice); every sentence written for
smtpcodes.

Every :class:`~smtpcodes.enums.Category` maps to a :class:`~smtpcodes.texts.Text`: a short
title, what happened (and whether the address is dead, the sender must act, or it is a wait),
typical causes, and ordered fixes for the sender or its administrator.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from smtpcodes.enums import Category
from smtpcodes.texts._types import Text

if TYPE_CHECKING:
    from collections.abc import Mapping

CATEGORIES: Final[Mapping[Category, Text]] = MappingProxyType({
    Category.DELIVERED: Text(
        title="Vom empfangenden Server angenommen",
        meaning=(
            "Der Server hat den Befehl angenommen; eine 2xx-Antwort nach dem Ende der "
            "Nachrichtendaten bedeutet, dass er die Verantwortung für die Zustellung übernommen "
            "hat. Es ist nichts schiefgegangen, auch wenn die Annahme nicht garantiert, dass die "
            "Nachricht im Posteingang landet."
        ),
        causes=(
            "Der Befehl und seine Argumente waren gültig, und der Server hatte keine Einwände.",
            (
                "Nach dem abschließenden Punkt hat das empfangende System die Nachricht in seine "
                "Warteschlange übernommen und meist eine Queue-ID genannt, etwa „queued as 4Xy2Z“."
            ),
            (
                "Bei 251 oder 252 leitet der Server die Nachricht weiter oder kann die Adresse "
                "nicht prüfen, versucht die Zustellung aber trotzdem."
            ),
        ),
        fixes=(
            (
                "Es ist nichts zu beheben; speichern Sie die Queue-ID aus der Antwort zusammen mit "
                "der Nachricht, damit sie sich später nachverfolgen lässt."
            ),
            (
                "Werten Sie eingehende Unzustellbarkeitsnachrichten weiter aus: Das empfangende "
                "System kann auch nach der Annahme noch scheitern und dies in einer späteren "
                "Zustellstatusmeldung (DSN) mitteilen."
            ),
            (
                "Meldet der Empfänger, dass die Nachricht fehlt, bitten Sie ihn, Spam-Ordner und "
                "Quarantäne zu prüfen, und nennen Sie seinem Administrator Uhrzeit, Ihre sendende "
                "IP-Adresse und die Queue-ID für die Suche in den Protokollen."
            ),
        ),
    ),
    Category.INTERMEDIATE: Text(
        title="Server wartet auf den nächsten Schritt",
        meaning=(
            "Der Server hat mit 3xx geantwortet und erwartet weitere Eingaben: nach 354 die "
            "Nachrichtendaten, nach 334 die nächste Antwort der Authentifizierung. Das ist kein "
            "Fehler, der Dialog ist lediglich noch nicht abgeschlossen."
        ),
        causes=(
            (
                "Der Client hat DATA gesendet, und der Server hat mit 354 signalisiert, dass er "
                "den Nachrichteninhalt erwartet."
            ),
            (
                "Der Client hat SMTP AUTH begonnen, und der Server hat mit 334 und einer "
                "base64-kodierten Challenge geantwortet."
            ),
        ),
        fixes=(
            (
                "Senden Sie nach 354 die Nachricht und schließen Sie sie mit einer Zeile ab, die "
                "nur einen Punkt enthält (CRLF.CRLF)."
            ),
            (
                "Senden Sie nach 334 die base64-kodierte Antwort, die das gewählte Verfahren "
                "verlangt, oder ein einzelnes „*“, um abzubrechen."
            ),
            (
                "Ist eine 3xx-Antwort das Endergebnis eines Versands, hat der Client den Dialog "
                "mittendrin abgebrochen: Prüfen Sie seine Timeouts und das SMTP-Protokoll der "
                "Sitzung."
            ),
        ),
    ),
    Category.USER_UNKNOWN: Text(
        title="Empfängeradresse existiert nicht",
        meaning=(
            "Der empfangende Server kennt kein Postfach unter dieser Adresse. Bei einer "
            "dauerhaften Ablehnung ist die Adresse tot: Schreiben Sie sie nicht mehr an, denn "
            "Wiederholungen helfen nicht, und gehäufte harte Bounces schaden Ihrer "
            "Absenderreputation."
        ),
        causes=(
            (
                "Ein Tippfehler im lokalen Teil oder in der Domain, etwa „jon.schmidt“ statt "
                "„john.schmidt“ oder „gmial.com“."
            ),
            (
                "Das Postfach wurde gelöscht, zum Beispiel nach dem Ausscheiden der Person aus dem "
                "Unternehmen oder nach Kündigung des Kontos."
            ),
            (
                "Die Adresse wurde erfunden, in einem Anmeldeformular falsch eingegeben oder "
                "stammt aus einer alten, gekauften oder automatisch gesammelten Liste."
            ),
            (
                "Verzeichnis oder Adressumschreibung beim Empfänger sind fehlerhaft konfiguriert "
                "(selten; naheliegend, wenn eine nachweislich funktionierende Adresse abgewiesen "
                "wird)."
            ),
        ),
        fixes=(
            (
                "Entfernen Sie die Adresse sofort aus Ihren Verteilern oder setzen Sie sie auf "
                "Ihre Unterdrückungsliste; versuchen Sie es nicht erneut."
            ),
            (
                "Prüfen Sie Domain und lokalen Teil auf offensichtliche Tippfehler und korrigieren "
                "Sie sie nur, wenn Sie die richtige Adresse bestätigen können."
            ),
            (
                "Sichern Sie Anmeldeformulare mit Double-Opt-in ab, damit nur bestätigte Adressen "
                "in Ihre Verteiler gelangen."
            ),
            (
                "Importieren Sie keine gekauften oder automatisch gesammelten Listen, und lassen "
                "Sie lange nicht angeschriebene Adressen vor dem nächsten Versand erneut "
                "bestätigen."
            ),
            (
                "Funktioniert die Adresse nachweislich, erreichen Sie den Empfänger auf anderem "
                "Weg und schicken Sie seinem Administrator den vollständigen Bounce-Text."
            ),
        ),
    ),
    Category.MAILBOX_DISABLED: Text(
        title="Postfach existiert, ist aber deaktiviert",
        meaning=(
            "Der Server kennt die Adresse, das Konto ist jedoch deaktiviert, gesperrt, stillgelegt "
            "oder inaktiv und nimmt keine Post an. Eine dauerhafte Ablehnung behandeln Sie wie "
            "eine tote Adresse; eine vorübergehende kann sich erledigen, wenn das Konto wieder "
            "freigeschaltet wird."
        ),
        causes=(
            "Der Anbieter hat das Konto nach langer Zeit ohne Anmeldung stillgelegt.",
            (
                "Der Administrator hat das Konto gesperrt, etwa nach Missbrauch, wegen offener "
                "Rechnungen oder nach einem Sicherheitsvorfall."
            ),
            (
                "Jemand ist aus der Organisation ausgeschieden; die Adresse wurde behalten, die "
                "Zustellung aber blockiert."
            ),
            (
                "Das Postfach wird gerade umgezogen oder eingerichtet und ist noch nicht "
                "freigeschaltet."
            ),
        ),
        fixes=(
            (
                "Setzen Sie die Adresse nach einer dauerhaften Ablehnung auf die "
                "Unterdrückungsliste, genau wie bei einem unbekannten Empfänger."
            ),
            (
                "Lassen Sie nach einer vorübergehenden Ablehnung die Warteschlange erneut "
                "zustellen, und unterdrücken Sie die Adresse, wenn sie über mehrere Tage oder "
                "Aussendungen hinweg scheitert."
            ),
            (
                "Ist der Kontakt wichtig, erfragen Sie auf anderem Weg eine aktuelle Adresse "
                "(Telefon, Kundenkonto, Kollegen)."
            ),
            (
                "Entfernen Sie Adressen, die lange nichts geöffnet oder angeklickt haben, bevor "
                "daraus stillgelegte oder verwaiste Konten werden."
            ),
        ),
    ),
    Category.MAILBOX_FULL: Text(
        title="Postfach des Empfängers ist voll",
        meaning=(
            "Das Postfach des Empfängers hat sein Speicherkontingent erreicht, deshalb kann die "
            "Nachricht derzeit nicht abgelegt werden. Die Adresse ist weiterhin gültig; hier hilft "
            "Abwarten, selbst wenn der Server einen 5xx-Code wie 552 5.2.2 schickt."
        ),
        causes=(
            (
                "Der Empfänger hat lange keine Nachrichten gelöscht oder archiviert, und das "
                "Kontingent ist ausgeschöpft."
            ),
            "Das Postfach ist verwaist: Niemand liest es mehr, es läuft nur noch voll.",
            "Eine Reihe großer Nachrichten oder Anhänge hat den restlichen Platz belegt.",
            (
                "Der Anbieter stellt nur ein kleines Kontingent bereit (häufig bei kostenlosen "
                "oder alten Konten)."
            ),
        ),
        fixes=(
            (
                "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie die Zustellung "
                "über mehrere Tage erneut, statt sie sofort zurückzuweisen."
            ),
            (
                "Zählen Sie aufeinanderfolgende Fehlschläge wegen vollen Postfachs je Adresse und "
                "unterdrücken Sie die Adresse nach wiederholtem Scheitern über mehrere "
                "Aussendungen (Brevo sperrt nach 5 aufeinanderfolgenden Soft Bounces, Mailchimp "
                "nach 7)."
            ),
            (
                "Ist die Nachricht wichtig, bitten Sie den Empfänger auf anderem Weg, Platz zu "
                "schaffen."
            ),
            "Halten Sie Nachrichten schlank: Verlinken Sie große Dateien, statt sie anzuhängen.",
        ),
    ),
    Category.HAS_MOVED: Text(
        title="Empfänger ist umgezogen",
        meaning=(
            "Der Server teilt mit, dass der Empfänger hier nicht geführt wird (551, X.1.6), und "
            "leitet die Nachricht nicht weiter. Die alte Adresse ist tot; manchmal nennt der "
            "Antworttext die neue."
        ),
        causes=(
            (
                "Die Person hat Arbeitgeber, Abteilung oder Anbieter gewechselt, und das alte "
                "Postfach wurde ohne Weiterleitung geschlossen."
            ),
            (
                "Die Organisation hat ihre Benutzer auf eine andere Domain umgestellt und "
                "antwortet für die alten Adressen mit einem Hinweis."
            ),
            (
                "Die Nachricht ging an einen Server, der für diesen Benutzer nicht zuständig ist "
                "(551 „user not local“)."
            ),
        ),
        fixes=(
            (
                "Lesen Sie den vollständigen Antworttext: Nennt er eine neue Adresse, lassen Sie "
                "sie sich vom Empfänger bestätigen, bevor Sie sie verwenden."
            ),
            (
                "Ersetzen Sie die Adresse nach der Bestätigung in Ihren Daten, oder unterdrücken "
                "Sie die alte, wenn keine neue genannt wird."
            ),
            (
                "Schicken Sie nicht ungeprüft an die in der Antwort genannte Adresse; sie kann "
                "veraltet oder falsch geschrieben sein."
            ),
            (
                "Prüfen Sie, ob Sie an die MX-Server der Empfängerdomain zustellen und nicht an "
                "ein fest eingetragenes, veraltetes Relay."
            ),
        ),
    ),
    Category.HOST_UNKNOWN: Text(
        title="Empfängerdomain kann keine E-Mails empfangen",
        meaning=(
            "Die Domain hinter dem @ existiert nicht, hat keinen brauchbaren MX- oder "
            "A/AAAA-Eintrag oder veröffentlicht einen Null-MX, der ausdrücklich sagt, dass sie "
            "keine E-Mails annimmt. Bei einer dauerhaften Ablehnung ist keine Adresse dieser "
            "Domain erreichbar; ein vorübergehender DNS-Fehler kann sich von selbst beheben."
        ),
        causes=(
            "Ein Tippfehler in der Domain, etwa „gmail.con“ oder „outlok.com“.",
            "Die Registrierung der Domain ist abgelaufen, oder die Domain wurde nie registriert.",
            (
                "In der DNS-Zone fehlen MX-Einträge, und der Rückgriff auf A/AAAA fehlt oder führt "
                "ins Leere."
            ),
            (
                "Die Domain veröffentlicht einen Null-MX (MX 0 „.“, RFC 7505), weil sie "
                "grundsätzlich keine E-Mails empfängt."
            ),
            "Die Nameserver der Domain sind gerade gestört oder nicht erreichbar (vorübergehend).",
        ),
        fixes=(
            (
                "Prüfen Sie die Domain mit „dig MX example.com“ und „dig A example.com“ (oder "
                "nslookup), auch über einen zweiten Resolver."
            ),
            (
                "Korrigieren Sie offensichtliche Tippfehler nur, wenn Sie die gemeinte Domain "
                "bestätigen können; andernfalls unterdrücken Sie die Adresse."
            ),
            (
                "Unterdrücken Sie alle Adressen einer Domain, die nicht existiert oder einen "
                "Null-MX veröffentlicht."
            ),
            (
                "Lassen Sie die Warteschlange nach einem vorübergehenden DNS-Fehler erneut "
                "zustellen; hält er über Tage an, behandeln Sie die Domain als tot."
            ),
            (
                "Betreiben Sie die betroffene Domain selbst, reparieren Sie ihre MX-Einträge und "
                "die Delegation der Nameserver."
            ),
        ),
    ),
    Category.RELAY_DENIED: Text(
        title="Server verweigert die Weiterleitung (Relaying)",
        meaning=(
            "Der angesprochene Server ist für die Domain des Empfängers nicht zuständig und kennt "
            "Sie nicht als berechtigten Absender, deshalb leitet er die Nachricht nicht weiter. "
            "Die Absenderseite muss ihre Einrichtung ändern; die Empfängeradresse kann völlig in "
            "Ordnung sein."
        ),
        causes=(
            (
                "Der Client hat ohne SMTP AUTH an einen Server eingeliefert, der nur für "
                "angemeldete Benutzer weiterleitet."
            ),
            (
                "Der Client hat den falschen Host angesprochen, etwa einen alten Smarthost oder "
                "den Server einer anderen Organisation, statt des eigenen Einlieferungsservers "
                "oder des MX des Empfängers."
            ),
            (
                "Die MX-Einträge der Empfängerdomain zeigen auf einen Server, der für diese Domain "
                "keine E-Mails mehr annimmt."
            ),
            (
                "Auf dem eigenen Server fehlt die Domain in den angenommenen oder Relay-Domains "
                "(relay_domains bei Postfix, rcpthosts bei qmail), oder das Netz des Clients gilt "
                "nicht als vertrauenswürdig (mynetworks)."
            ),
        ),
        fixes=(
            (
                "Stellen Sie im E-Mail-Programm oder in der Anwendung die Anmeldung per SMTP AUTH "
                "über den Submission-Port 587 (STARTTLS) oder 465 (implizites TLS) ein."
            ),
            (
                "Prüfen Sie den eingetragenen SMTP-Server: Es muss der Postausgangsserver Ihres "
                "Anbieters sein, nicht der einer fremden Organisation."
            ),
            (
                "Fragen Sie die MX-Einträge der Empfängerdomain ab und stellen Sie sicher, dass "
                "die E-Mails an die dort genannten Server gehen."
            ),
            (
                "Betreiben Sie den Server selbst, nehmen Sie die Domain in die angenommenen oder "
                "Relay-Domains auf oder erlauben Sie das Netz des Clients, öffnen Sie das Relay "
                "aber niemals für alle."
            ),
            (
                "Senden Sie anschließend eine Testnachricht und prüfen Sie im Serverprotokoll, wie "
                "über das Relaying entschieden wurde."
            ),
        ),
    ),
    Category.SENDER_REJECTED: Text(
        title="Absenderadresse abgelehnt",
        meaning=(
            "Der Server weist den Umschlag-Absender (MAIL FROM) zurück, weil er fehlerhaft ist, "
            "seine Domain sich nicht auflösen lässt oder der Absender ihn nicht verwenden darf. "
            "Die Absenderseite muss Adresse oder Domain korrigieren, bevor überhaupt eine "
            "Nachricht durchkommt."
        ),
        causes=(
            (
                "Der Umschlag-Absender verwendet eine Domain, die nicht auflösbar ist oder weder "
                "MX- noch A-Eintrag hat (X.1.8), etwa einen internen Namen wie „server.local“."
            ),
            (
                "Die Adresse ist syntaktisch ungültig, zum Beispiel fehlt die Domain, oder sie "
                "enthält unzulässige Zeichen (X.1.7)."
            ),
            (
                "Die Absenderdomain veröffentlicht einen Null-MX, daher könnte niemand auf "
                "Nachrichten von ihr antworten (X.7.27)."
            ),
            (
                "Das angemeldete Konto darf nicht unter dieser Adresse senden (der Server prüft, "
                "ob Anmeldung und Absender zusammenpassen)."
            ),
            "Absenderadresse oder -domain steht auf einer lokalen Sperrliste des Empfängers.",
        ),
        fixes=(
            (
                "Setzen Sie den Umschlag-Absender (Return-Path) auf eine echte Adresse einer "
                "registrierten Domain mit funktionierenden MX-Einträgen."
            ),
            (
                "Ersetzen Sie Platzhalter wie root@localhost oder noreply@server.local in "
                "Anwendungen und Cronjobs."
            ),
            (
                "Verwenden Sie eine Absenderadresse, die zum angemeldeten Konto gehört, oder "
                "lassen Sie die zusätzliche Adresse vom Administrator freigeben."
            ),
            (
                "Versendet ein E-Mail-Dienstleister für Sie, richten Sie dessen eigene "
                "Return-Path- bzw. Bounce-Domain unter Ihrer Domain ein."
            ),
            (
                "Prüfen Sie die Domain der Adresse mit „dig MX“ und senden Sie eine Testnachricht "
                "an ein Postfach, auf das Sie Zugriff haben."
            ),
        ),
    ),
    Category.AUTH_REQUIRED: Text(
        title="Authentifizierung erforderlich",
        meaning=(
            "Der Server nimmt diesen Befehl erst an, nachdem sich der Client per SMTP AUTH "
            "angemeldet hat (530 5.7.0). Die Absenderseite muss die Anmeldung einrichten; am "
            "Empfänger liegt es nicht."
        ),
        causes=(
            (
                "Im E-Mail-Programm oder in der Anwendung ist „Server erfordert Authentifizierung“ "
                "ausgeschaltet, oder es sind keine Zugangsdaten hinterlegt."
            ),
            (
                "Die Anwendung liefert über Port 25 ein, während der Anbieter die angemeldete "
                "Einlieferung über Port 587 oder 465 erwartet."
            ),
            (
                "Der Client hat versucht zu senden, bevor er sich angemeldet hat, oder die "
                "Anmeldung ist zuvor in der Sitzung unbemerkt gescheitert."
            ),
            "Der Server bietet AUTH erst nach STARTTLS an, und der Client hat TLS nie gestartet.",
        ),
        fixes=(
            (
                "Aktivieren Sie die SMTP-Authentifizierung im Client und tragen Sie Benutzername "
                "und Passwort (oder ein OAuth-Token) des Kontos ein."
            ),
            (
                "Verwenden Sie den Submission-Port 587 mit STARTTLS oder Port 465 mit implizitem "
                "TLS, so wie Ihr Anbieter es vorgibt."
            ),
            (
                "Stellen Sie sicher, dass der Client vor MAIL FROM die Folge EHLO, STARTTLS, "
                "erneut EHLO und dann AUTH durchläuft."
            ),
            (
                "Prüfen Sie im Client-Protokoll, dass AUTH vor dem ersten MAIL FROM mit 235 "
                "bestätigt wurde."
            ),
        ),
    ),
    Category.AUTH_FAILED: Text(
        title="Authentifizierung fehlgeschlagen",
        meaning=(
            "Der Server hat die SMTP-Anmeldung abgelehnt: Die Zugangsdaten sind falsch, das "
            "gewählte Verfahren wird nicht akzeptiert, oder der Anmeldedienst hatte ein "
            "vorübergehendes Problem (454). Die Absenderseite muss die Anmeldung korrigieren; nur "
            "bei 454 lohnt ein späterer Versuch, ohne ein neues Passwort abzufragen."
        ),
        causes=(
            "Benutzername oder Passwort sind falsch, abgelaufen oder wurden geändert (535 5.7.8).",
            (
                "Das Konto nutzt Zwei-Faktor-Authentifizierung und verlangt statt des normalen "
                "Passworts ein App-Passwort oder OAuth 2.0."
            ),
            (
                "Der Anbieter hat die einfache Authentifizierung (Basic Auth) oder SMTP AUTH für "
                "dieses Konto oder den Mandanten abgeschaltet."
            ),
            (
                "Das Verfahren ist für die Richtlinie des Servers zu schwach (534 5.7.9) oder nur "
                "über eine verschlüsselte Verbindung erlaubt (538)."
            ),
            "Das Konto wurde nach zu vielen Fehlversuchen gesperrt.",
            "Der Authentifizierungsdienst war vorübergehend nicht erreichbar (454 4.7.0).",
        ),
        fixes=(
            (
                "Prüfen Sie den Benutzernamen (meist die vollständige Adresse) und geben Sie das "
                "Passwort neu ein; testen Sie die Anmeldung im Webmailer."
            ),
            (
                "Nutzt das Konto Zwei-Faktor-Authentifizierung, erstellen Sie ein App-Passwort "
                "oder stellen Sie den Client auf OAuth 2.0 (XOAUTH2) um."
            ),
            (
                "Prüfen Sie in der Verwaltungsoberfläche des Anbieters, ob SMTP AUTH für dieses "
                "Postfach erlaubt ist."
            ),
            (
                "Starten Sie TLS vor AUTH und wählen Sie ein Verfahren, das der Server in seiner "
                "EHLO-Antwort anbietet."
            ),
            (
                "Versuchen Sie es nach einer 454-Antwort später mit denselben Zugangsdaten erneut, "
                "statt ein neues Passwort abzufragen."
            ),
            (
                "Halten Sie die sendende Anwendung nach wiederholten Fehlschlägen an, damit sie "
                "weder das Konto sperren lässt noch ihre IP-Adresse blockiert wird."
            ),
        ),
    ),
    Category.SENDER_UNAUTHENTICATED: Text(
        title="Absenderdomain hat SPF, DKIM oder DMARC nicht bestanden",
        meaning=(
            "Der Empfänger hat geprüft, ob die Nachricht wirklich von der angegebenen Domain "
            "stammt, und die Prüfung über SPF, DKIM, DMARC oder ARC ist gescheitert. Die "
            "Absenderseite muss ihre DNS-Einträge oder die Signatur reparieren; unveränderte "
            "Wiederholungen scheitern weiter."
        ),
        causes=(
            (
                "Der sendende Server oder Dienst fehlt im SPF-Eintrag der Domain, oder SPF braucht "
                "mehr als 10 DNS-Abfragen und endet mit einem permanenten Fehler."
            ),
            (
                "Die Nachricht trägt keine DKIM-Signatur, oder ein Gateway bzw. eine Mailingliste "
                "hat die Nachricht nach dem Signieren verändert und die Signatur damit ungültig "
                "gemacht."
            ),
            (
                "Weder die SPF-Domain noch die DKIM-Domain (d=) passt zur sichtbaren From-Domain, "
                "daher scheitert DMARC, obwohl jede Einzelprüfung für sich besteht."
            ),
            (
                "Die From-Domain veröffentlicht DMARC mit p=reject oder p=quarantine, und die "
                "Nachricht ist nicht passend ausgerichtet (Alignment)."
            ),
            (
                "Eine Weiterleitung über einen dritten Server hat die SPF-Prüfung scheitern "
                "lassen, und weder ein DKIM- noch ein ARC-Ergebnis ist erhalten geblieben."
            ),
            (
                "Seit 2024 verlangen Gmail und Yahoo von allen Absendern eine Authentifizierung "
                "und von Massenversendern (mehr als 5.000 Nachrichten pro Tag an Gmail) SPF, DKIM "
                "und DMARC."
            ),
        ),
        fixes=(
            (
                "Senden Sie eine Testnachricht an ein eigenes Postfach und lesen Sie deren Header "
                "Authentication-Results mit einem Header-Analyzer, um zu sehen, welche Prüfung "
                "gescheitert ist."
            ),
            (
                "Veröffentlichen oder reparieren Sie SPF: ein einziger TXT-Eintrag pro Domain, der "
                "alle für Sie sendenden Server und Dienste nennt und mit höchstens 10 DNS-Abfragen "
                "auskommt."
            ),
            (
                "Signieren Sie ausgehende Nachrichten mit DKIM (2048-Bit-Schlüssel) unter einer "
                "d=-Domain aus derselben Organisationsdomain wie die From-Adresse, und "
                "veröffentlichen Sie den Selektor im DNS."
            ),
            (
                "Veröffentlichen Sie einen DMARC-Eintrag, beginnen Sie mit p=none und "
                "rua-Berichten, und verschärfen Sie ihn auf quarantine oder reject, sobald alle "
                "Versandwege bestehen."
            ),
            (
                "Lassen Sie Ihren E-Mail-Dienstleister mit eigener Return-Path- und DKIM-Domain "
                "unter Ihrer Domain senden, damit beide zur From-Adresse passen."
            ),
            (
                "Bieten Sie bei Massenversand an Gmail und Yahoo außerdem die Abmeldung mit einem "
                "Klick (RFC 8058) an und halten Sie die Spam-Beschwerderate unter 0,3 %."
            ),
            (
                "Warten Sie nach Änderungen die TTL der DNS-Einträge ab, senden Sie erneut und "
                "prüfen Sie die Header noch einmal."
            ),
        ),
    ),
    Category.REVERSE_DNS: Text(
        title="Sendende IP-Adresse ohne gültiges Reverse-DNS",
        meaning=(
            "Der Empfänger hat den PTR-Eintrag Ihrer sendenden IP-Adresse abgefragt und keinen "
            "gefunden oder einen Namen, der nicht wieder auf dieselbe IP-Adresse zeigt. Der "
            "Administrator der Absenderseite muss das DNS korrigieren; bis dahin scheitern die "
            "Nachrichten weiter."
        ),
        causes=(
            (
                "Für die sendende IP-Adresse gibt es überhaupt keinen PTR-Eintrag (Gmail lehnt das "
                "ab, bei IPv6 mit 5.7.25)."
            ),
            (
                "Der PTR-Name löst vorwärts (A bzw. AAAA) nicht auf dieselbe IP-Adresse auf, die "
                "Prüfung auf vorwärts bestätigtes Reverse-DNS scheitert also."
            ),
            (
                "Der PTR ist ein generischer Name aus dem dynamischen Bereich des Providers (etwa "
                "„dsl-203-0-113-7.example.net“), den Filter als Endkundenanschluss werten."
            ),
            (
                "Die Nachrichten werden über IPv6 verschickt, Reverse-DNS wurde aber nur für die "
                "IPv4-Adresse eingerichtet."
            ),
            (
                "Der HELO/EHLO-Name hat nichts mit dem PTR-Namen zu tun oder ist kein vollständig "
                "qualifizierter Domainname."
            ),
        ),
        fixes=(
            (
                "Ermitteln Sie die tatsächlich ausgehende IP-Adresse aus der Antwort des "
                "Empfängers oder Ihrem Protokoll, nicht die vermutete."
            ),
            (
                "Bitten Sie den Inhaber des IP-Bereichs (Hoster, Provider, Cloud-Konsole), einen "
                "PTR-Eintrag auf einen Hostnamen wie mail.example.com zu setzen."
            ),
            (
                "Legen Sie für diesen Hostnamen einen A-Eintrag (bei IPv6 auch AAAA) an, der auf "
                "dieselbe IP-Adresse zeigt."
            ),
            (
                "Stellen Sie den HELO/EHLO-Namen des Servers auf denselben vollständig "
                "qualifizierten Hostnamen ein."
            ),
            (
                "Prüfen Sie beide Richtungen mit „dig -x <IP>“ und „dig <hostname>“, und versuchen "
                "Sie es dann erneut."
            ),
            (
                "Bekommen Sie für eine dynamische oder private Anschluss-IP keinen PTR-Eintrag, "
                "versenden Sie stattdessen über den authentifizierten Smarthost Ihres Providers."
            ),
        ),
    ),
    Category.TLS_REQUIRED: Text(
        title="Verschlüsselung erforderlich oder TLS gescheitert",
        meaning=(
            "Der Server verlangt eine verschlüsselte Verbindung, bevor er weitermacht, oder der "
            "TLS-Handshake zwischen den beiden Systemen ist gescheitert. Die Konfiguration der "
            "Absenderseite muss sich ändern; bis dahin wird die Nachricht nicht angenommen."
        ),
        causes=(
            (
                "Der Client hat kein STARTTLS gesendet, obwohl der Server es verlangt („Must issue "
                "a STARTTLS command first“)."
            ),
            (
                "Eine Seite beherrscht nur veraltete Protokollversionen oder Chiffren, sodass "
                "keine gemeinsame Einstellung zustande kommt (etwa TLS 1.0 gegenüber einem Minimum "
                "von TLS 1.2)."
            ),
            (
                "Ein Zertifikat ist abgelaufen oder selbst signiert, wird ohne Zwischenzertifikate "
                "ausgeliefert oder passt nicht zum erwarteten Hostnamen."
            ),
            (
                "Die Nachricht verlangte REQUIRETLS (X.7.30), oder die MTA-STS- bzw. "
                "DANE-Richtlinie der Empfängerdomain fordert geprüftes TLS, das der Weg nicht "
                "bietet."
            ),
            "Eine Firewall oder Sicherheits-Appliance entfernt STARTTLS aus der EHLO-Antwort.",
        ),
        fixes=(
            (
                "Aktivieren Sie STARTTLS im Client bzw. MTA; für die Einlieferung nutzen Sie Port "
                "587 mit STARTTLS oder Port 465 mit implizitem TLS."
            ),
            "Aktualisieren Sie die TLS-Bibliothek und erlauben Sie mindestens TLS 1.2.",
            (
                "Testen Sie den Handshake mit „openssl s_client -starttls smtp -connect host:587“ "
                "(bzw. Port 25) und lesen Sie Zertifikatskette und Fehlermeldungen."
            ),
            (
                "Erneuern Sie ein abgelaufenes Zertifikat, liefern Sie die vollständige Kette aus "
                "und sorgen Sie dafür, dass der Name zum Hostnamen des Servers passt."
            ),
            (
                "Stellen Sie sicher, dass weder eine Firewall noch eine SMTP-Inspektion STARTTLS "
                "aus der EHLO-Antwort des Servers entfernt."
            ),
        ),
    ),
    Category.BLOCKLISTED: Text(
        title="Sendende IP-Adresse oder Domain steht auf einer Sperrliste",
        meaning=(
            "Der Empfänger hat die Nachricht abgelehnt, weil Ihre sendende IP-Adresse oder Domain "
            "auf einer DNS-Sperrliste (Blocklist) oder auf seiner eigenen Sperrliste steht. Die "
            "Absenderseite muss die Ursache finden und abstellen und die Austragung beantragen; "
            "erneutes Senden erzeugt nur weitere Ablehnungen."
        ),
        causes=(
            (
                "Über ein kompromittiertes Postfach, Webformular oder Skript wurde Spam über Ihren "
                "Server verschickt."
            ),
            (
                "Der Server ist ein offenes Relay, oder ein infizierter Rechner in Ihrem Netz "
                "verschickt selbst Spam (Spamhaus XBL/CSS)."
            ),
            (
                "Die IP-Adresse gehört zu einem dynamischen oder Endkundenbereich, aus dem keine "
                "E-Mails direkt ins Internet gehen sollen (Spamhaus PBL)."
            ),
            (
                "Nachrichten gingen an Spamfallen, weil die Liste alte, gekaufte oder automatisch "
                "gesammelte Adressen enthält."
            ),
            (
                "Eine Domain in der Nachricht oder die Absenderdomain selbst ist gelistet "
                "(Spamhaus DBL), oder eine geteilte IP-Adresse wurde wegen eines anderen Kunden "
                "gelistet."
            ),
        ),
        fixes=(
            (
                "Lesen Sie, welche Liste oder welchen Code die Antwort nennt (Spamhaus, Barracuda, "
                "SpamCop, Microsoft S3150 …), und notieren Sie die angegebene IP-Adresse."
            ),
            (
                "Fragen Sie IP-Adresse oder Domain bei dieser Liste ab (check.spamhaus.org, "
                "barracudacentral.org, spamcop.net), um den Grund der Listung zu erfahren."
            ),
            (
                "Beseitigen Sie zuerst die Ursache: Ändern Sie kompromittierte Passwörter, "
                "schließen Sie das offene Relay, bereinigen Sie infizierte Rechner, schützen Sie "
                "Formulare mit CAPTCHA und Double-Opt-in, und verwerfen Sie die schlechte Liste."
            ),
            (
                "Beantragen Sie die Austragung über das Verfahren von Spamhaus oder das Formular "
                "von Barracuda; SpamCop löscht Einträge etwa 24 Stunden nach der letzten Meldung "
                "von selbst."
            ),
            (
                "Bei Microsoft nutzen Sie für S3150-Sperren das Absender-Supportformular von "
                "Outlook.com, für gesperrte IP-Adressen in Microsoft 365 (5.7.606–5.7.649) das "
                "Delist-Portal sender.office.com."
            ),
            (
                "Bei einer PBL-Listung versenden Sie über den Smarthost Ihres Providers oder "
                "beantragen, falls es wirklich ein statischer Mailserver ist, die Austragung "
                "dieser IP-Adresse aus der PBL."
            ),
            (
                "Wechseln Sie nicht einfach auf eine neue IP-Adresse: Ohne behobene Ursache wird "
                "auch sie gelistet, und wechselnde IP-Adressen wirken wie Snowshoe-Spam."
            ),
            (
                "Senden Sie nach der Austragung zunächst langsam und beobachten Sie Bounces und "
                "Beschwerden."
            ),
        ),
    ),
    Category.REPUTATION: Text(
        title="Absenderreputation zu schlecht",
        meaning=(
            "Die eigenen Filter des Empfängers stufen Ihre IP-Adresse oder Domain als Quelle "
            "unerwünschter Post ein, ohne eine öffentliche Sperrliste zu nennen (Gmail „likely "
            "unsolicited“, 4.7.28; Yahoo TSS04). Die Absenderseite muss ihr Versandverhalten "
            "verbessern; zurückgestellte Nachrichten kommen vielleicht später durch, die Ursache "
            "bleibt aber bis zur Behebung bestehen."
        ),
        causes=(
            (
                "Viele Empfänger haben Ihre Nachrichten als Spam markiert, oder die Beschwerderate "
                "liegt über dem, was der Anbieter toleriert."
            ),
            (
                "Eine neue IP-Adresse oder Domain hat noch keine Versandhistorie und ist gleich "
                "mit hohem Volumen gestartet."
            ),
            (
                "Das Volumen ist sprunghaft gestiegen, etwa durch eine große Kampagne nach "
                "wochenlanger Pause."
            ),
            (
                "Nachrichten gehen an viele inaktive, unbekannte oder als Falle dienende Adressen, "
                "was auf schlechte Listenpflege hinweist."
            ),
            (
                "Die Authentifizierung fehlt oder ist unvollständig, sodass der Anbieter die "
                "Nachrichten keiner vertrauenswürdigen Domain zuordnen kann."
            ),
        ),
        fixes=(
            (
                "Prüfen Sie die Absenderwerkzeuge der Anbieter: Google Postmaster Tools, Microsoft "
                "SNDS, Yahoo Sender Hub."
            ),
            (
                "Halten Sie die Spam-Beschwerderate unter 0,1 % und lassen Sie sie nie 0,3 % "
                "erreichen; bieten Sie die Abmeldung mit einem Klick (RFC 8058) an und setzen Sie "
                "sie sofort um."
            ),
            (
                "Schreiben Sie Empfänger, die seit Monaten nicht reagiert haben, nicht mehr an, "
                "und entfernen Sie abgewiesene Adressen."
            ),
            (
                "Wärmen Sie neue IP-Adressen und Domains auf: Beginnen Sie mit kleinen Tagesmengen "
                "an aktive Empfänger und steigern Sie sie über Wochen schrittweise."
            ),
            (
                "Trennen Sie Transaktions- und Marketing-Mails auf verschiedene IP-Adressen oder "
                "Subdomains, damit das eine das andere nicht mit herunterzieht."
            ),
            "Stellen Sie sicher, dass SPF, DKIM und DMARC bestehen und zur From-Domain passen.",
            (
                "Lassen Sie zurückgestellte Nachrichten langsamer erneut zustellen, statt das "
                "volle Volumen noch einmal hinauszuschicken."
            ),
        ),
    ),
    Category.SPAM_CONTENT: Text(
        title="Inhalt als Spam eingestuft",
        meaning=(
            "Ein Inhaltsfilter hat die Nachricht als Spam bewertet und abgelehnt. Die Nachricht "
            "(und oft ihre Links) muss geändert werden; unverändert erneut gesendet, wird sie "
            "wieder abgewiesen."
        ),
        causes=(
            (
                "Ein Link führt zu einer Domain auf einer URI-Sperrliste (Spamhaus DBL, SURBL, "
                "URIBL), oder es wird ein öffentlicher URL-Kürzer verwendet."
            ),
            (
                "Die Nachricht besteht überwiegend aus einem großen Bild mit wenig Text, ihr HTML "
                "ist fehlerhaft, oder es fehlt ein Nur-Text-Teil."
            ),
            (
                "Wortwahl, Betreff oder Gestaltung entsprechen typischen Spam-Mustern, etwa "
                "irreführende Betreffzeilen oder viele Großbuchstaben und Ausrufezeichen."
            ),
            "Fehlende oder gescheiterte Authentifizierung hat den Spam-Wert erhöht.",
            (
                "Empfänger haben ähnliche Nachrichten bereits gemeldet, und der Filter hat ihren "
                "Fingerabdruck gelernt."
            ),
        ),
        fixes=(
            (
                "Prüfen Sie die Nachricht mit einem Spam-Test (etwa SpamAssassin oder einem "
                "Mail-Tester-Dienst) und lesen Sie, welche Regeln angeschlagen haben."
            ),
            (
                "Prüfen Sie jede verlinkte Domain gegen Spamhaus DBL und SURBL, und ersetzen Sie "
                "öffentliche URL-Kürzer durch Links auf Ihrer eigenen Domain."
            ),
            (
                "Senden Sie eine Multipart-Nachricht mit passendem Nur-Text-Teil, ausgewogenem "
                "Verhältnis von Text zu Bildern und gültigem HTML."
            ),
            (
                "Formulieren Sie irreführende Betreffzeilen um und entfernen Sie Inhalte, die die "
                "Empfänger nicht angefordert haben."
            ),
            (
                "Stellen Sie sicher, dass SPF, DKIM und DMARC bestehen, denn sie fließen in die "
                "Bewertung ein."
            ),
            (
                "Senden Sie erst nach der Änderung erneut, und prüfen Sie das Ergebnis mit einem "
                "Testpostfach beim selben Anbieter."
            ),
        ),
    ),
    Category.VIRUS: Text(
        title="Virus oder gefährlicher Anhang gefunden",
        meaning=(
            "Der Virenscanner des Empfängers hat Schadsoftware oder einen als gefährlich geltenden "
            "Anhangstyp gefunden und die Nachricht abgelehnt. Die Nachricht muss geändert werden; "
            "ist der Fund echt, kann der sendende Rechner infiziert sein."
        ),
        causes=(
            (
                "Ein Anhang enthält tatsächlich Schadsoftware, womöglich eingeschleust über einen "
                "infizierten Rechner oder ein kompromittiertes Konto auf der Absenderseite."
            ),
            (
                "Der Anhang ist eine ausführbare Datei oder ein Skript (.exe, .js, .vbs, .scr, "
                ".bat) oder ein Datenträgerabbild bzw. eine Verknüpfung (.iso, .lnk), die der "
                "Empfänger grundsätzlich sperrt."
            ),
            (
                "Ein Office-Dokument enthält Makros, oder ein Archiv ist passwortgeschützt, sodass "
                "der Scanner nicht hineinsehen kann."
            ),
            "Der Scanner hat bei einer harmlosen Datei fälschlich Alarm geschlagen.",
        ),
        fixes=(
            "Prüfen Sie die Datei und den sendenden Rechner mit einem aktuellen Virenscanner.",
            (
                "Wird Schadsoftware gefunden, trennen Sie den Rechner vom Netz, bereinigen Sie ihn "
                "und ändern Sie die Passwörter der dort genutzten Konten."
            ),
            (
                "Stellen Sie Dateien per Download-Link bereit, statt ausführbare Dateien, "
                "Makro-Dokumente oder verschlüsselte Archive anzuhängen."
            ),
            (
                "Speichern Sie Makro-Dokumente vor dem Versand in einem makrofreien Format wie "
                ".docx oder PDF."
            ),
            (
                "Ist die Datei sauber, melden Sie den Fehlalarm dem Hersteller des Scanners (etwa "
                "über das Formular für Fehlalarme von ClamAV) und bitten Sie den Administrator des "
                "Empfängers um eine Ausnahme."
            ),
        ),
    ),
    Category.POLICY_VIOLATION: Text(
        title="Durch lokale Richtlinie des Empfängers abgelehnt",
        meaning=(
            "Der Empfänger hat die Nachricht aufgrund einer lokalen oder administrativen Regel "
            "abgelehnt, die nichts mit Spam, Authentifizierung oder einer Sperrliste zu tun hat "
            "(oft 5.7.1 „administrative prohibition“). Was sich tun lässt, hängt von der Regel ab; "
            "eine vorübergehende Variante kann beim nächsten Versuch durchgehen."
        ),
        causes=(
            (
                "Der Empfänger ist eine eingeschränkte Adresse, etwa eine Verteilerliste, die nur "
                "interne oder freigegebene Absender annimmt."
            ),
            (
                "Der Empfänger nimmt nur E-Mails von einer Positivliste (Allowlist) bestimmter "
                "Absender oder Partner an."
            ),
            "Der Empfänger sperrt ganze Länder, Netze oder Top-Level-Domains.",
            (
                "Eine Compliance- oder DLP-Regel (Data Loss Prevention) verbietet diese Art von "
                "Nachricht, Empfänger oder Anhang."
            ),
            (
                "Die Nachricht hätte gegen eine Beschränkung verstoßen, die der Administrator für "
                "bestimmte Absender oder Empfänger festgelegt hat."
            ),
        ),
        fixes=(
            "Lesen Sie den vollständigen Antworttext; oft nennt er die Regel oder den Grund.",
            (
                "Prüfen Sie, ob der Empfänger eine Gruppen- oder Funktionsadresse ist, die nur "
                "interne Absender annimmt, und verwenden Sie stattdessen eine persönliche Adresse."
            ),
            (
                "Wenden Sie sich auf anderem Weg an den Empfänger oder schreiben Sie an "
                "postmaster@ der Empfängerdomain, mit Uhrzeit, sendender IP-Adresse und "
                "vollständiger Antwort."
            ),
            (
                "Bitten Sie um Aufnahme in die Positivliste des Empfängers, wenn Sie ein "
                "erwarteter Partner sind."
            ),
            (
                "Lassen Sie nach einer vorübergehenden Ablehnung die Warteschlange erneut "
                "zustellen; nach einer dauerhaften senden Sie erst wieder, wenn der Empfänger die "
                "Regel geändert hat."
            ),
        ),
    ),
    Category.CONTENT_REJECTED: Text(
        title="Format oder Inhalt der Nachricht abgelehnt",
        meaning=(
            "Der Empfänger hat die Nachricht wegen ihres Formats oder Inhalts abgelehnt, und zwar "
            "nicht als Spam, sondern etwa wegen eines fehlerhaften Headers, eines verbotenen "
            "Anhangstyps oder einer internationalisierten Adresse, die er nicht verarbeiten kann. "
            "Die Nachricht oder die sendende Software muss geändert werden."
        ),
        causes=(
            (
                "Pflicht-Header fehlen oder sind doppelt, etwa kein Date- oder Message-ID-Header "
                "oder zwei From-Header (Verstoß gegen RFC 5322)."
            ),
            (
                "Zeilen sind länger als 998 Zeichen, oder die Nachricht verwendet reine "
                "LF-Zeilenenden bzw. ungekodierte 8-Bit-Daten."
            ),
            (
                "Die Richtlinie des Empfängers verbietet den Anhangstyp, obwohl die Datei nicht "
                "infiziert ist."
            ),
            (
                "Eine Adresse enthält Nicht-ASCII-Zeichen, und der nächste Server unterstützt kein "
                "SMTPUTF8 (553 5.6.7)."
            ),
            "Die MIME-Struktur oder die Angabe des Zeichensatzes ist fehlerhaft.",
        ),
        fixes=(
            (
                "Prüfen Sie die Rohnachricht: genau ein From-, Date- und Message-ID-Header, "
                "jeweils mit korrekt gebildeten Adressen und Werten."
            ),
            (
                "Lassen Sie die Mail-Bibliothek den Text mit Quoted-Printable oder Base64 "
                "kodieren, damit keine Zeile 998 Zeichen überschreitet, und verwenden Sie CRLF als "
                "Zeilenende."
            ),
            (
                "Entfernen Sie den abgelehnten Anhang oder senden Sie ihn als Link bzw. in einem "
                "zugelassenen Format."
            ),
            (
                "Verwenden Sie für Empfänger, deren Server kein SMTPUTF8 beherrscht, eine reine "
                "ASCII-Adresse."
            ),
            (
                "Aktualisieren oder korrigieren Sie die sendende Software und prüfen Sie eine "
                "Testnachricht mit einem Validator für Nachrichtenformate."
            ),
        ),
    ),
    Category.RATE_LIMITED: Text(
        title="Versandlimit erreicht",
        meaning=(
            "Der Empfänger (oder Ihr eigener Anbieter) begrenzt, wie viele Nachrichten, Empfänger "
            "oder Befehle er in einem Zeitraum annimmt, und Sie haben diese Grenze überschritten. "
            "Hier hilft Abwarten: Die Nachrichten können später durchgehen, aber nur, wenn der "
            "Absender langsamer sendet."
        ),
        causes=(
            (
                "Zu viele Nachrichten gingen in kurzer Zeit an denselben Anbieter, etwa eine ganze "
                "Kampagne auf einmal."
            ),
            (
                "Eine einzelne Nachricht hatte mehr Empfänger, als der Server pro Transaktion "
                "annimmt (452 4.5.3 „too many recipients“)."
            ),
            (
                "Das Tages- oder Stundenkontingent Ihres eigenen Versandkontos oder ESP-Tarifs ist "
                "aufgebraucht."
            ),
            (
                "Eine neue oder noch nicht aufgewärmte IP-Adresse sendet mehr, als der Empfänger "
                "ihr bisher zutraut (Gmail 421 4.7.28)."
            ),
            (
                "Ein Skript sendet nach jeder Zurückstellung sofort erneut und löst das Limit so "
                "immer wieder aus."
            ),
        ),
        fixes=(
            (
                "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später mit "
                "wachsenden Abständen erneut, statt sofort neu zu senden."
            ),
            (
                "Nehmen Sie höchstens 100 Empfänger in eine Nachricht auf, und setzen Sie nach "
                "einer 452-Antwort die übrigen in einer neuen Transaktion fort."
            ),
            (
                "Drosseln Sie den Versand je Zieldomain (etwa mit default_destination_rate_delay "
                "bei Postfix oder einer domainbezogenen Rate in Ihrem MTA oder ESP)."
            ),
            (
                "Verteilen Sie große Kampagnen über mehrere Stunden, statt alles auf einmal "
                "freizugeben."
            ),
            "Wärmen Sie neue IP-Adressen mit kleinen, langsam steigenden Tagesmengen auf.",
            (
                "Prüfen Sie das Kontingent Ihres eigenen Kontos oder ESP-Tarifs, und erhöhen Sie "
                "es oder teilen Sie den Versand bei Bedarf auf."
            ),
        ),
    ),
    Category.TOO_MANY_CONNECTIONS: Text(
        title="Zu viele gleichzeitige Verbindungen",
        meaning=(
            "Der Empfänger erlaubt nur eine begrenzte Zahl paralleler Verbindungen pro Client oder "
            "IP-Adresse, und Sie haben mehr geöffnet. An der Nachricht ist nichts falsch: Warten "
            "Sie und stellen Sie dann über weniger Verbindungen zu."
        ),
        causes=(
            (
                "Der MTA öffnet viele parallele Verbindungen zum selben Ziel (hohes "
                "Parallelitätslimit pro Ziel)."
            ),
            (
                "Die Anwendung baut für jede Nachricht eine neue Verbindung auf, statt eine "
                "bestehende weiterzuverwenden."
            ),
            (
                "Mehrere Server oder Prozesse teilen sich eine ausgehende IP-Adresse und "
                "überschreiten gemeinsam das Limit."
            ),
            "Verbindungen bleiben ohne QUIT offen und zählen bis zum Timeout gegen das Limit.",
        ),
        fixes=(
            (
                "Senken Sie die Zahl paralleler Verbindungen pro Ziel (etwa "
                "default_destination_concurrency_limit bei Postfix, Standardwert 20) für strenge "
                "Empfänger auf einige wenige."
            ),
            (
                "Senden Sie mehrere Nachrichten über eine Verbindung (Connection Caching bzw. "
                "Wiederverwendung), statt für jede Nachricht neu zu verbinden."
            ),
            "Beenden Sie jede Sitzung sauber mit QUIT.",
            (
                "Lassen Sie die Warteschlange die zurückgestellten Nachrichten nach einer kurzen "
                "Pause erneut zustellen."
            ),
            (
                "Wärmen Sie neue IP-Adressen langsam auf, denn unbekannten Absendern gewähren "
                "Empfänger weniger Verbindungen."
            ),
        ),
    ),
    Category.GREYLISTED: Text(
        title="Durch Greylisting vorübergehend zurückgestellt",
        meaning=(
            "Der Empfänger weist den ersten Zustellversuch einer unbekannten Kombination aus "
            "sendender IP-Adresse, Absender und Empfänger ab und erwartet nach kurzer Wartezeit "
            "einen neuen Versuch. Es ist nichts zu beheben: Ein standardkonformer Server versucht "
            "es erneut und wird dann angenommen."
        ),
        causes=(
            (
                "Es ist die erste Nachricht dieser Kombination aus IP-Adresse, Absender und "
                "Empfänger, und der Greylisting-Filter will einen echten Wiederholungsversuch "
                "sehen."
            ),
            "Der neue Versuch kam zu früh, bevor die Wartezeit des Filters abgelaufen war.",
            (
                "Der neue Versuch kam von einer anderen IP-Adresse eines Versandpools (oder aus "
                "einem anderen /24-Netz), deshalb hat der Filter ihn als neuen Versuch gewertet."
            ),
        ),
        fixes=(
            (
                "Greifen Sie nicht von Hand ein: Lassen Sie die Nachricht in der Warteschlange, "
                "und lassen Sie den MTA erneut zustellen."
            ),
            (
                "Planen Sie den ersten neuen Versuch nach einigen Minuten ein; die Wartezeiten "
                "unterscheiden sich (postgrey 300 s, milter-greylist 30 min, OpenBSD spamd 25 "
                "min)."
            ),
            (
                "Wiederholen Sie von derselben IP-Adresse (oder zumindest aus demselben Subnetz) "
                "mit demselben Umschlag-Absender."
            ),
            (
                "Nennt die Antwort eine Zeit („please come back in 00:25:00“), warten Sie "
                "mindestens so lange."
            ),
            (
                "Sorgen Sie dafür, dass Anwendungen und Skripte E-Mails an einen MTA mit "
                "Warteschlange übergeben, statt nach der ersten 4xx-Antwort aufzugeben."
            ),
        ),
    ),
    Category.MESSAGE_TOO_LARGE: Text(
        title="Nachricht zu groß",
        meaning=(
            "Die Nachricht überschreitet die Größengrenze des empfangenden Servers oder Postfachs "
            "(552 5.3.4, X.2.3). Die Nachricht muss kleiner werden; unverändert erneut gesendet, "
            "scheitert sie wieder."
        ),
        causes=(
            (
                "Die Anhänge sind größer, als der Empfänger zulässt; viele Anbieter begrenzen "
                "Nachrichten auf Werte zwischen 10 und 50 MB, Gmail auf 25 MB."
            ),
            (
                "Durch die Base64-Kodierung werden Anhänge etwa ein Drittel größer als die Dateien "
                "auf der Festplatte."
            ),
            (
                "Das Postfach des Empfängers hat eine eigene Grenze pro Nachricht, die unter der "
                "des Servers liegt."
            ),
            (
                "Große eingebettete Bilder oder ein langer weitergeleiteter Verlauf haben die "
                "Nachricht aufgebläht."
            ),
        ),
        fixes=(
            (
                "Lesen Sie den SIZE-Wert in der EHLO-Antwort des Servers, um seine Grenze zu "
                "erfahren, und rechnen Sie den Base64-Aufschlag von etwa 33 % ein."
            ),
            (
                "Komprimieren Sie Bilder und Dokumente, oder speichern Sie sie in einem kleineren "
                "Format."
            ),
            (
                "Laden Sie große Dateien bei einem Filesharing-Dienst oder auf Ihrem eigenen "
                "Server hoch und senden Sie stattdessen einen Link."
            ),
            "Verteilen Sie den Inhalt auf mehrere Nachrichten, wenn ein Link nicht in Frage kommt.",
            (
                "Lassen Sie Ihre Anwendung die kodierte Größe vor dem Versand prüfen und den "
                "Benutzer warnen."
            ),
        ),
    ),
    Category.SYNTAX_ERROR: Text(
        title="Fehlerhafter Befehl oder Parameter",
        meaning=(
            "Der Server konnte einen Befehl oder dessen Argumente nicht verarbeiten (500, 501): "
            "Der Befehl ist unbekannt oder falsch geschrieben, eine Adresse ist fehlerhaft, oder "
            "eine Zeile ist zu lang. Der sendende Client muss korrigiert werden; am Empfänger "
            "liegt es nicht."
        ),
        causes=(
            (
                "Die Adresse in MAIL FROM oder RCPT TO ist fehlerhaft, etwa ohne spitze Klammern, "
                "mit Leerzeichen oder mit einem überzähligen Zeichen."
            ),
            (
                "Eine Befehlszeile überschreitet die Grenze von 512 Zeichen oder eine Textzeile "
                "die von 1000 Zeichen (500 „line too long“)."
            ),
            (
                "Der Client hat Nicht-ASCII-Zeichen oder einen ESMTP-Parameter gesendet, den der "
                "Server nicht angeboten hat."
            ),
            (
                "Eine Firewall, ein Antiviren-Proxy oder eine SMTP-Inspektion hat die Befehle "
                "unterwegs verändert."
            ),
            "Base64-Daten in einem AUTH-Dialog waren fehlerhaft (501 5.5.2).",
        ),
        fixes=(
            (
                "Zeichnen Sie das SMTP-Protokoll der Sitzung auf (Debug-Ausgabe Ihrer Bibliothek "
                "oder ein Test mit swaks) und suchen Sie den genauen abgelehnten Befehl."
            ),
            (
                "Schreiben Sie Adressen als „MAIL FROM:<user@example.com>“ mit spitzen Klammern "
                "und ohne Leerzeichen, und prüfen Sie Adressen vor dem Versand."
            ),
            "Verwenden Sie nur Erweiterungen, die der Server in seiner EHLO-Antwort aufführt.",
            (
                "Schalten Sie SMTP-Inspektion oder das Scannen von E-Mails durch "
                "Antivirenprogramme auf dem Weg ab, um Manipulationen auszuschließen."
            ),
            (
                "Aktualisieren Sie die sendende Bibliothek oder Anwendung; sie kann einen "
                "bekannten Fehler bei der Formatierung der Befehle haben."
            ),
        ),
    ),
    Category.BAD_SEQUENCE: Text(
        title="Befehle in falscher Reihenfolge",
        meaning=(
            "Der Client hat einen Befehl gesendet, den der Server an dieser Stelle der Sitzung "
            "nicht erwartet (503), etwa DATA, bevor ein Empfänger angenommen wurde. Der sendende "
            "Client muss die SMTP-Reihenfolge einhalten; manche Server melden mit 503 auch eine "
            "fehlende Authentifizierung."
        ),
        causes=(
            (
                "DATA wurde gesendet, obwohl kein RCPT TO angenommen worden war, oder RCPT TO kam "
                "vor MAIL FROM."
            ),
            (
                "Der Client hat nach STARTTLS nicht erneut EHLO gesendet, wie es das Protokoll "
                "verlangt."
            ),
            "AUTH wurde zweimal oder innerhalb einer Mail-Transaktion gesendet.",
            (
                "Beim Pipelining hat der Client nicht jede Antwort geprüft und nach einem "
                "gescheiterten Befehl weitergemacht."
            ),
            (
                "Der Server wollte zuerst eine Authentifizierung und hat das mit 503 statt mit 530 "
                "gemeldet."
            ),
        ),
        fixes=(
            (
                "Halten Sie die Reihenfolge EHLO, gegebenenfalls STARTTLS und erneut EHLO, AUTH, "
                "MAIL FROM, ein oder mehrere RCPT TO und dann DATA ein."
            ),
            (
                "Prüfen Sie jede Antwort, bevor Sie den nächsten davon abhängigen Befehl senden, "
                "und beginnen Sie nach einem gescheiterten Schritt mit RSET neu."
            ),
            "Lassen Sie DATA weg oder senden Sie RSET, wenn alle Empfänger abgelehnt wurden.",
            (
                "Erwähnt der Text der 503-Antwort eine Authentifizierung, aktivieren Sie SMTP AUTH "
                "im Client."
            ),
            (
                "Verwenden Sie eine gepflegte SMTP-Bibliothek statt selbst geschriebenen "
                "Protokollcodes."
            ),
        ),
    ),
    Category.NOT_IMPLEMENTED: Text(
        title="Befehl oder Parameter nicht unterstützt",
        meaning=(
            "Der Server kennt den Befehl, hat ihn aber nicht implementiert (502), oder er "
            "unterstützt einen Parameter bzw. ein Authentifizierungsverfahren nicht (504). Der "
            "Client muss etwas verwenden, das der Server anbietet; denselben Befehl zu wiederholen "
            "ist zwecklos."
        ),
        causes=(
            (
                "Der Client hat einen Befehl verwendet, den der Server abgeschaltet oder nie "
                "angeboten hat, etwa VRFY, EXPN, ETRN oder TURN."
            ),
            (
                "Der Client hat ein AUTH-Verfahren gewählt, das der Server nicht aufführt, zum "
                "Beispiel CRAM-MD5, wo nur PLAIN und LOGIN angeboten werden."
            ),
            (
                "Der Client hat eine ESMTP-Erweiterung (SIZE, 8BITMIME, SMTPUTF8, CHUNKING) "
                "genutzt, ohne die EHLO-Antwort zu prüfen."
            ),
            "Ein alter Server versteht EHLO nicht und beherrscht nur HELO.",
        ),
        fixes=(
            (
                "Lesen Sie die EHLO-Antwort des Servers und verwenden Sie nur die dort "
                "aufgeführten Erweiterungen und AUTH-Verfahren."
            ),
            (
                "Weichen Sie auf HELO aus, wenn der Server EHLO ablehnt, und verzichten Sie auf "
                "Erweiterungen, die er nicht anbietet."
            ),
            (
                "Verlassen Sie sich zur Adressprüfung nicht auf VRFY oder EXPN; die meisten Server "
                "schalten sie ab."
            ),
            (
                "Aktualisieren Sie die Client-Bibliothek, damit sie Funktionen aushandelt, statt "
                "sie vorauszusetzen."
            ),
        ),
    ),
    Category.SERVICE_UNAVAILABLE: Text(
        title="Maildienst nicht verfügbar",
        meaning=(
            "Der Server bedient diese Verbindung nicht: Er ist überlastet, fährt herunter oder "
            "schließt den Kanal (421), nimmt grundsätzlich keine E-Mails an (521) oder begrüßt mit "
            "554, um zu sagen, dass es für Sie keinen SMTP-Dienst gibt. Bei 421 heißt es abwarten; "
            "521 und eine 554-Begrüßung müssen untersucht werden."
        ),
        causes=(
            "Der empfangende Server ist überlastet, startet neu oder wird gewartet (421).",
            (
                "Der Server schließt Verbindungen von Ihrer IP-Adresse aus Richtliniengründen, oft "
                "wegen einer nicht näher benannten Sperre oder schlechter Reputation (421 oder "
                "554-Begrüßung)."
            ),
            "Der Host ist ein Platzhalter, der nie E-Mails annimmt, etwa ein Dummy-MX (521).",
            (
                "Sie haben den falschen Host angesprochen, etwa einen Webserver oder eine alte "
                "Adresse statt des MX der Domain."
            ),
        ),
        fixes=(
            (
                "Lassen Sie nach einer 421-Antwort die Warteschlange erneut zustellen; meist löst "
                "sich das innerhalb von Minuten bis Stunden."
            ),
            (
                "Fragen Sie nach einer 521-Antwort oder einer 554-Begrüßung die MX-Einträge der "
                "Empfängerdomain ab und prüfen Sie, ob Sie einen davon angesprochen haben."
            ),
            (
                "Suchen Sie im Begrüßungstext nach einer Sperre oder dem Namen einer Liste, und "
                "behandeln Sie den Fall gegebenenfalls als Sperrlisten- oder Reputationsproblem."
            ),
            (
                "Hält der Fehler einen Tag lang an, wenden Sie sich mit Ihrer IP-Adresse, der "
                "Uhrzeit und der vollständigen Antwort an den Postmaster des Empfängers."
            ),
        ),
    ),
    Category.SERVER_ERROR: Text(
        title="Fehler auf dem empfangenden Server",
        meaning=(
            "Das empfangende System ist bei der Verarbeitung der Nachricht auf ein internes "
            "Problem gestoßen (451 4.3.0, X.3.5 „system incorrectly configured“). Der Fehler liegt "
            "auf der Empfängerseite: Ein vorübergehender verschwindet meist beim nächsten Versuch, "
            "ein dauerhafter braucht den Administrator des Empfängers."
        ),
        causes=(
            (
                "Ein Filter, Virenscanner oder eine Datenbank hinter dem empfangenden MTA ist "
                "ausgefallen oder hat nicht rechtzeitig geantwortet."
            ),
            (
                "Der empfangende Server ist falsch konfiguriert, etwa mit einem defekten Transport "
                "oder einem fehlenden lokalen Zustellprogramm."
            ),
            (
                "Die eigenen DNS-Abfragen des Empfängers (für SPF, DKIM oder Sperrlisten) sind "
                "vorübergehend gescheitert."
            ),
            (
                "Der empfangende Server wurde neu gestartet oder hat mitten in der Transaktion "
                "eine Verbindung verloren."
            ),
        ),
        fixes=(
            (
                "Lassen Sie die Warteschlange erneut zustellen; die meisten dieser Fehler "
                "verschwinden innerhalb von Minuten oder Stunden."
            ),
            (
                "Prüfen Sie, welcher Host den Fehler gemeldet hat: Ist es Ihr eigener Smarthost "
                "oder Ihr eigenes Relay, sehen Sie zuerst in dessen Protokolle."
            ),
            (
                "Hält der Fehler viele Stunden an oder ist er dauerhaft, wenden Sie sich mit "
                "Uhrzeit, sendender IP-Adresse, Queue-ID und vollständiger Antwort an den "
                "Postmaster des Empfängers."
            ),
            (
                "Senden Sie eine Testnachricht aus einem anderen Netz oder über einen anderen "
                "Anbieter, um zu sehen, ob das Problem nur Ihren Weg betrifft."
            ),
        ),
    ),
    Category.SYSTEM_FULL: Text(
        title="Empfangendes System hat keinen Speicherplatz mehr",
        meaning=(
            "Dem empfangenden Server insgesamt ist der Platten- oder Warteschlangenplatz "
            "ausgegangen (452 4.3.1), unabhängig vom einzelnen Postfach. Hier hilft Abwarten: Die "
            "Adresse ist in Ordnung, und die Nachricht kann erneut zugestellt werden, sobald "
            "wieder Platz frei ist."
        ),
        causes=(
            (
                "Die Festplatte mit der Mail-Warteschlange oder dem Postfachspeicher des "
                "Empfängers ist voll."
            ),
            (
                "Eine Flut eingehender Nachrichten oder eine hängende Zustellung hat die "
                "Warteschlange des Empfängers gefüllt."
            ),
            (
                "Der Empfänger hält eine Mindestmenge an freiem Speicher vor und lehnt darunter "
                "E-Mails ab (etwa Sendmail mit „452 4.4.5 Insufficient disk space“)."
            ),
        ),
        fixes=(
            (
                "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später "
                "erneut; der Administrator des Empfängers schafft meist innerhalb von Stunden "
                "Platz."
            ),
            "Senden Sie an diesen Host langsamer, solange die Fehler anhalten.",
            (
                "Hält der Zustand länger als einen Tag an, informieren Sie den Postmaster des "
                "Empfängers auf anderem Weg."
            ),
            (
                "Kommt der Fehler von Ihrem eigenen Relay oder Smarthost, schaffen Sie "
                "Speicherplatz, räumen Sie dessen Warteschlange auf und prüfen Sie die "
                "Einstellungen für freien Speicher."
            ),
        ),
    ),
    Category.NETWORK_ERROR: Text(
        title="Netzwerk- oder Routingfehler",
        meaning=(
            "Die Absenderseite konnte den empfangenden Server nicht erreichen oder die Verbindung "
            "nicht halten: Sie wurde abgelehnt, lief in ein Timeout oder brach ab, die "
            "DNS-Auflösung für das Routing schlug fehl, oder die Nachricht kreiste in einer "
            "Schleife. Meist stellt die Warteschlange erneut zu; hält der Fehler an, müssen das "
            "Netz des Absenders oder das DNS des Empfängers genauer geprüft werden."
        ),
        causes=(
            (
                "Ausgehender Port 25 ist beim Provider, beim Cloud-Anbieter oder durch eine lokale "
                "Firewall gesperrt (viele Cloud-Plattformen sperren ihn standardmäßig)."
            ),
            (
                "Die MX-Server des Empfängers sind ausgefallen, überlastet oder stehen hinter "
                "einer Firewall, die die Verbindung verwirft."
            ),
            (
                "DNS-Abfragen für den MX oder dessen Adresse sind auf der Absenderseite "
                "gescheitert oder haben zu lange gedauert."
            ),
            (
                "Die Domain veröffentlicht einen AAAA-Eintrag, aber das IPv6-Routing auf Ihrer "
                "Seite ist gestört."
            ),
            (
                "Eine Weiterleitungsregel oder ein MX, der auf den Absender zurückzeigt, hat eine "
                "Mail-Schleife erzeugt (X.4.6, zu viele Hops)."
            ),
        ),
        fixes=(
            (
                "Testen Sie den Weg: „dig MX example.com“ für das Routing, dann „nc -vz <mx-host> "
                "25“ (oder telnet) vom sendenden Server aus."
            ),
            (
                "Ist Port 25 gesperrt, bitten Sie den Anbieter um Freischaltung oder senden Sie "
                "über ein Relay auf Port 587."
            ),
            (
                "Prüfen Sie die Konfiguration Ihres Resolvers und probieren Sie einen zweiten "
                "Resolver."
            ),
            (
                "Ist IPv6 gestört, reparieren Sie die Route oder lassen Sie den MTA IPv4 "
                "bevorzugen (etwa smtp_address_preference = ipv4 bei Postfix)."
            ),
            (
                "Prüfen Sie bei Schleifen Weiterleitungsregeln, Aliase und die MX-Einträge beider "
                "Domains, damit Nachrichten nicht zwischen ihnen hin- und herlaufen."
            ),
            (
                "Lassen Sie die Warteschlange vorübergehende Fehler erneut versuchen, und gehen "
                "Sie der Sache nach, wenn dasselbe Ziel über Stunden scheitert."
            ),
        ),
    ),
    Category.EXPIRED: Text(
        title="Zustellfrist abgelaufen",
        meaning=(
            "Die Nachricht lag in einer Warteschlange, bis ihre Lebensdauer abgelaufen war "
            "(X.4.7), und wurde dann aufgegeben. Der Fristablauf ist nicht die Ursache, sondern "
            "der vorübergehende Fehler, der sich zuvor immer wiederholt hat; er entscheidet, ob "
            "die Adresse tot ist oder der Absender etwas ändern muss."
        ),
        causes=(
            (
                "Der empfangende Server hat bei jedem Versuch mit demselben vorübergehenden Fehler "
                "geantwortet (Greylisting nie bestanden, Versandlimit, volles Postfach, "
                "Zurückstellung wegen Reputation)."
            ),
            (
                "Das Ziel war tagelang nicht erreichbar, etwa wegen eines ausgefallenen MX oder "
                "eines gesperrten Ports 25."
            ),
            (
                "Die Lebensdauer in der Warteschlange ist kurz: Exchange Online gibt nach 24 "
                "Stunden auf, Mailgun nach 8 Stunden, während RFC 5321 4–5 Tage nahelegt "
                "(Postfix-Standard: 5 Tage)."
            ),
            (
                "Die Warteschlange hing auf der Absenderseite fest, etwa während eines Ausfalls "
                "des eigenen Relays."
            ),
        ),
        fixes=(
            (
                "Suchen Sie den letzten vorübergehenden Fehler in der Unzustellbarkeitsnachricht "
                "(etwa „last transfail“ oder das Feld Diagnostic-Code) oder im Protokoll der "
                "Warteschlange; er ist die eigentliche Ursache."
            ),
            (
                "Suchen Sie im MTA-Protokoll nach der Queue-ID, um jeden Versuch und seine Antwort "
                "zu sehen (etwa per grep nach der ID im Mail-Log von Postfix)."
            ),
            (
                "Ordnen Sie diesen letzten Fehler ein und folgen Sie dessen Empfehlung, statt die "
                "Adresse allein wegen des Fristablaufs zu unterdrücken."
            ),
            (
                "Prüfen Sie, ob die Lebensdauer Ihrer eigenen Warteschlange ungewöhnlich kurz ist, "
                "und erhöhen Sie sie bei Bedarf in Richtung der üblichen 4–5 Tage."
            ),
            (
                "Ist die Ursache behoben oder das Ziel wieder erreichbar, senden Sie die Nachricht "
                "erneut."
            ),
        ),
    ),
    Category.UNKNOWN: Text(
        title="Ursache nicht feststellbar",
        meaning=(
            "Nichts in der Antwort war eindeutig: Es gab keinen verwertbaren Code, oder der Text "
            "passte zu keinem bekannten Muster. Ob Sie abwarten oder handeln sollten, hängt von "
            "der vollständigen Originalantwort ab, die ein Mensch lesen sollte."
        ),
        causes=(
            (
                "Die Antwort hatte weder einen dreistelligen Code noch einen erweiterten "
                "Statuscode, oder nur einen allgemeinen wie 5.0.0."
            ),
            (
                "Der Anbieter verwendet eigene Formulierungen oder einen nicht registrierten Code, "
                "der noch nicht abgedeckt ist."
            ),
            (
                "Die Unzustellbarkeitsnachricht wurde unterwegs gekürzt, umgeschrieben oder "
                "übersetzt, sodass die ursprüngliche Antwort verloren ging."
            ),
            (
                "Die Eingabe war gar keine SMTP-Antwort, sondern etwa eine Ausnahme auf "
                "Client-Seite oder eine Protokollzeile ohne die Antwort des Servers."
            ),
        ),
        fixes=(
            (
                "Lesen Sie die vollständige Originalantwort, einschließlich aller Zeilen einer "
                "mehrzeiligen Antwort und des Feldes Diagnostic-Code der "
                "Unzustellbarkeitsnachricht."
            ),
            (
                "Notieren Sie, welcher Host sie erzeugt hat, und schlagen Sie anbieterspezifische "
                "Codes in der Dokumentation dieses Anbieters nach."
            ),
            (
                "Behandeln Sie eine 4xx-Antwort als vorübergehend, und lassen Sie die "
                "Warteschlange erneut zustellen."
            ),
            (
                "Unterdrücken Sie die Adresse bei einer unklaren dauerhaften Ablehnung nicht "
                "sofort; beobachten Sie, ob dieselbe Adresse oder Domain weiter scheitert."
            ),
            (
                "Wiederholt sich das, fragen Sie den Postmaster des Empfängers, was die Antwort "
                "bedeutet."
            ),
        ),
    ),
})
