"""German: the short texts (descriptions, prefixes, names, labels, units).

The long explanations live beside this module (``codes``, ``enhanced``, ``categories``,
``table``) and load on first use. Every sentence written for smtpcodes.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from smtpcodes.enums import Action, Category, Scope, Severity
from smtpcodes.texts._types import Labels, Units, Words

__all__ = ["WORDS"]

C = Category

WORDS: Final = Words(
    descriptions=MappingProxyType({
        C.DELIVERED: "Der Server hat den Befehl oder die Nachricht angenommen.",
        C.INTERMEDIATE: "Der Server wartet auf den nächsten Schritt des Dialogs.",
        C.USER_UNKNOWN: "Die Empfängeradresse existiert nicht.",
        C.MAILBOX_DISABLED: "Das Postfach des Empfängers existiert, ist aber deaktiviert oder "
                            "gesperrt.",
        C.MAILBOX_FULL: "Das Postfach des Empfängers ist voll.",
        C.HAS_MOVED: "Der Empfänger ist umgezogen und unter dieser Adresse nicht mehr erreichbar.",
        C.HOST_UNKNOWN: "Die Empfängerdomain existiert nicht oder nimmt keine E-Mails an.",
        C.RELAY_DENIED: "Der Server weigert sich, E-Mails an dieses Ziel weiterzuleiten.",
        C.SENDER_REJECTED: "Der Server hat die Absenderadresse des Umschlags abgelehnt.",
        C.AUTH_REQUIRED: "Der Server verlangt zuerst eine SMTP-Anmeldung.",
        C.AUTH_FAILED: "Die SMTP-Anmeldung ist fehlgeschlagen.",
        C.SENDER_UNAUTHENTICATED: "Die Absenderdomain hat die Prüfung von SPF, DKIM oder DMARC "
                                  "nicht bestanden.",
        C.REVERSE_DNS: "Der sendenden IP-Adresse fehlt ein gültiger Rückwärtseintrag (PTR).",
        C.TLS_REQUIRED: "Der Server verlangt Verschlüsselung (TLS), oder TLS ist gescheitert.",
        C.BLOCKLISTED: "Die sendende IP-Adresse oder Domain steht auf einer Sperrliste oder ist "
                       "gesperrt.",
        C.REPUTATION: "Der Ruf des Absenders ist dem Empfänger zu schlecht.",
        C.SPAM_CONTENT: "Die Nachricht wurde als Spam eingestuft.",
        C.VIRUS: "Die Nachricht enthält einen Virus, Schadsoftware oder einen gefährlichen "
                 "Anhang.",
        C.POLICY_VIOLATION: "Der Empfänger hat die Nachricht nach seinen eigenen Regeln "
                            "abgelehnt.",
        C.CONTENT_REJECTED: "Format oder Inhalt der Nachricht wurden abgelehnt.",
        C.RATE_LIMITED: "In kurzer Zeit wurden zu viele Nachrichten oder Empfänger gesendet.",
        C.TOO_MANY_CONNECTIONS: "Zum Server wurden zu viele Verbindungen geöffnet.",
        C.GREYLISTED: "Die Nachricht wurde durch Greylisting zurückgestellt.",
        C.MESSAGE_TOO_LARGE: "Die Nachricht überschreitet eine Größengrenze.",
        C.SYNTAX_ERROR: "Ein Befehl oder seine Parameter waren fehlerhaft.",
        C.BAD_SEQUENCE: "Die Befehle kamen in der falschen Reihenfolge.",
        C.NOT_IMPLEMENTED: "Der Befehl oder Parameter wird nicht unterstützt.",
        C.SERVICE_UNAVAILABLE: "Der Maildienst ist nicht verfügbar.",
        C.SERVER_ERROR: "Beim empfangenden Server ist ein Verarbeitungsfehler aufgetreten.",
        C.SYSTEM_FULL: "Dem empfangenden System fehlt Speicherplatz.",
        C.NETWORK_ERROR: "Die Verbindung ist gescheitert, abgelaufen oder in einer Schleife "
                         "gelandet.",
        C.EXPIRED: "Die Zustellung wurde versucht, bis ihre Frist abgelaufen war.",
        C.UNKNOWN: "Die Antwort nennt keinen eindeutigen Grund.",
    }),
    code_descriptions=MappingProxyType({
        211: "Statusauskunft oder Hilfe vom Server.",
        214: "Hilfetext für menschliche Leser.",
        220: "Die Begrüßung: Der Server ist bereit (auch: bereit für TLS).",
        221: "Der Server schließt die Verbindung nach QUIT.",
        235: "Die SMTP-Anmeldung (AUTH) wurde angenommen.",
        250: "Der Befehl wurde angenommen; nach DATA hat der Server die Verantwortung für die "
             "Nachricht übernommen.",
        251: "Der Empfänger ist anderswo; der Server leitet die Nachricht weiter.",
        252: "Der Server kann die Adresse nicht prüfen, versucht aber die Zustellung.",
        334: "Eine Rückfrage der SMTP-Anmeldung; der Client schickt die nächste Antwort.",
        354: "Der Server wartet auf den Inhalt der Nachricht.",
        421: "Der Server kann gerade nicht bedienen (Überlast, Abschaltung, Regeln) und schließt "
             "die Verbindung.",
        432: "Der Benutzer muss sich einmal mit einem anderen Verfahren anmelden.",
        450: "Das Postfach ist vorerst nicht verfügbar (belegt, Greylisting oder aus "
             "Regelgründen gesperrt).",
        451: "Die Empfängerseite hatte bei der Verarbeitung einen vorübergehenden Fehler.",
        452: "Dem Server fehlt Speicherplatz, oder es wurden zu viele Empfänger angegeben.",
        454: "Die Anmeldung scheiterte an einem Fehler des Servers, oder TLS ist gerade nicht "
             "verfügbar.",
        455: "Der Server kann die Parameter von MAIL oder RCPT gerade nicht annehmen.",
        500: "Der Befehl wurde nicht erkannt, oder die Zeile war zu lang.",
        501: "Die Argumente des Befehls waren fehlerhaft.",
        502: "Der Server kennt den Befehl, unterstützt ihn aber nicht.",
        503: "Der Befehl kam in der falschen Reihenfolge.",
        504: "Ein Parameter (oder Anmeldeverfahren) wird nicht unterstützt.",
        521: "Dieser Rechner nimmt nie E-Mails an (ein Schein-MX).",
        523: "Vor diesem Verfahren ist eine starke Verschlüsselung nötig.",
        525: "Das angemeldete Konto ist deaktiviert.",
        530: "Der Server verlangt zuerst eine SMTP-Anmeldung (oder STARTTLS).",
        534: "Das gewählte Anmeldeverfahren ist schwächer, als der Server verlangt.",
        535: "Die SMTP-Anmeldung ist gescheitert: Benutzername oder Passwort falsch.",
        538: "Dieses Anmeldeverfahren ist nur über TLS erlaubt.",
        550: "Das Postfach existiert nicht, ist nicht erreichbar, oder der Server lehnt aus "
             "Regelgründen ab.",
        551: "Der Empfänger ist nicht hier; der Text nennt vielleicht, wohin stattdessen.",
        552: "Das Postfach ist über seinem Kontingent, oder die Nachricht ist zu groß.",
        553: "Die Adresse ist fehlerhaft oder nicht erlaubt.",
        554: "Die Übertragung ist gescheitert; als Begrüßung: hier gibt es keinen SMTP-Dienst.",
        555: "Ein ESMTP-Parameter von MAIL oder RCPT wird nicht unterstützt.",
        556: "Die Empfängerdomain nimmt keine E-Mails an (Null-MX).",
        571: "Nicht standardisiert: eine Ablehnung nach Regeln (Weiterleitung, Sperrliste, "
             "Filter), von Exchange/IIS und manchen Filtern verwendet.",
    }),
    severity_prefixes=MappingProxyType({
        Severity.SUCCESS: "Erfolg",
        Severity.INTERMEDIATE: "In Arbeit",
        Severity.TRANSIENT: "Vorübergehender Fehler",
        Severity.PERMANENT: "Dauerhafter Fehler",
        Severity.UNKNOWN: "Ergebnis unbekannt",
    }),
    severity_names=MappingProxyType({
        Severity.SUCCESS: "Erfolg",
        Severity.INTERMEDIATE: "Zwischenstand",
        Severity.TRANSIENT: "vorübergehend",
        Severity.PERMANENT: "dauerhaft",
        Severity.UNKNOWN: "unbekannt",
    }),
    category_names=MappingProxyType({
        C.DELIVERED: "zugestellt",
        C.INTERMEDIATE: "in Arbeit",
        C.USER_UNKNOWN: "Empfänger unbekannt",
        C.MAILBOX_DISABLED: "Postfach deaktiviert",
        C.MAILBOX_FULL: "Postfach voll",
        C.HAS_MOVED: "Empfänger umgezogen",
        C.HOST_UNKNOWN: "Domain unbekannt",
        C.RELAY_DENIED: "Weiterleitung verweigert",
        C.SENDER_REJECTED: "Absender abgelehnt",
        C.AUTH_REQUIRED: "Anmeldung nötig",
        C.AUTH_FAILED: "Anmeldung gescheitert",
        C.SENDER_UNAUTHENTICATED: "SPF, DKIM oder DMARC gescheitert",
        C.REVERSE_DNS: "Rückwärtseintrag (PTR) fehlt",
        C.TLS_REQUIRED: "TLS verlangt",
        C.BLOCKLISTED: "auf Sperrliste",
        C.REPUTATION: "schlechter Ruf",
        C.SPAM_CONTENT: "Spam",
        C.VIRUS: "Virus oder Schadsoftware",
        C.POLICY_VIOLATION: "nach Regeln abgelehnt",
        C.CONTENT_REJECTED: "Inhalt abgelehnt",
        C.RATE_LIMITED: "Sendemenge begrenzt",
        C.TOO_MANY_CONNECTIONS: "zu viele Verbindungen",
        C.GREYLISTED: "Greylisting",
        C.MESSAGE_TOO_LARGE: "Nachricht zu groß",
        C.SYNTAX_ERROR: "Syntaxfehler",
        C.BAD_SEQUENCE: "falsche Befehlsreihenfolge",
        C.NOT_IMPLEMENTED: "nicht unterstützt",
        C.SERVICE_UNAVAILABLE: "Dienst nicht verfügbar",
        C.SERVER_ERROR: "Serverfehler",
        C.SYSTEM_FULL: "Speicher des Servers voll",
        C.NETWORK_ERROR: "Netzwerkfehler",
        C.EXPIRED: "Zustellfrist abgelaufen",
        C.UNKNOWN: "Grund unbekannt",
    }),
    action_names=MappingProxyType({
        Action.NONE: "nichts zu tun",
        Action.CONTINUE: "Dialog fortsetzen",
        Action.RETRY: "später erneut versuchen",
        Action.SUPPRESS: "an diese Adresse nicht mehr senden",
        Action.FIX_SENDER: "Versandeinrichtung korrigieren",
        Action.FIX_MESSAGE: "Nachricht ändern",
        Action.FIX_CLIENT: "Programm korrigieren",
        Action.INVESTIGATE: "genauer untersuchen",
    }),
    scope_names=MappingProxyType({
        Scope.RECIPIENT: "dieser Empfänger",
        Scope.MESSAGE: "diese Nachricht",
        Scope.DOMAIN: "dieses Ziel",
        Scope.SENDER: "der Absender",
        Scope.SESSION: "diese Sitzung",
        Scope.NONE: "nichts",
    }),
    labels=Labels(
        causes="Ursachen",
        fixes="Lösung",
        code="Code",
        kind="Art",
        meaning="Bedeutung",
        main_causes="Hauptursachen",
        main_fixes="Wichtigste Maßnahmen",
        severity="Schwere",
        category="Kategorie",
        action="Maßnahme",
        scope="betrifft",
        retry="erneut versuchen",
        after="nach",
        give_up_after="aufgeben nach",
        rule="Regel",
        matched="gefunden",
        yes="ja",
        no="nein",
    ),
    units=Units(
        day=("Tag", "Tage"),
        hour=("Stunde", "Stunden"),
        minute=("Minute", "Minuten"),
        second=("Sekunde", "Sekunden"),
    ),
    list_separator=" ",
)
"""Every short German text."""
