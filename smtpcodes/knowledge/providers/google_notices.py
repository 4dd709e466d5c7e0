"""Google's own delivery notices: what Google Groups and Gmail write to the sender *around* a
remote server's reply (the notice's template, not the SMTP reply it may quote).

- Google Groups refusing a poster: "We're writing to let you know that the group you tried to
  contact (NAME) may not exist, or you may not have permission to post messages to the group",
  with its bullet list ("You may need to join the group before receiving permission to post",
  "This group may not be open to posting"). It is the poster the group refuses, so
  ``sender_rejected``; the group may also not exist (``user_unknown``, the learn replies'
  ``also``). The notice ends "If you have questions related to this or any other Google Group,
  visit the Help Center at https://groups.google.com/support/." Google sends it in the poster's
  language, and the link is the one part no translation changes, so the link alone reads the
  notice in languages whose wording no public copy shows. (Google Groups also puts the link in
  the ``List-Help`` header of every message it distributes: this reads a notice's text, not a
  whole message with its headers.)
- A group that takes no posts by email: "The group X does not allow posting through email"
  (``policy_violation``: the group's setting, whoever sends).
- Google Groups' spam refusal: "Your email to group X was rejected due to spam classification"
  (``spam_content``). Its "Message rejected by Google Groups … Bulk Email Senders Guidelines" and
  a group over its external-recipient quota are ``gmail.py``'s (``gmail.groups-rejected``,
  ``gmail.groups-quota``).
- Gmail's "Address not found" notice: "Your message wasn't delivered to X because the address
  couldn't be found, or is unable to receive mail" (``user_unknown``; the generic wording already
  holds "address couldn't be found"), in German "… zugestellt, weil die Adresse nicht gefunden
  wurde oder keine E-Mails empfangen kann"; its domain form ("… because the domain X couldn't be
  found. Check for typos …", ``host_unknown``) is ``gmail.domain-not-found-notice``.
- Gmail's "Delivery incomplete" notice: "There was a temporary problem (while) delivering your
  message to X. Gmail will retry for N more hours." It names no reason of its own (the quoted
  reply below it does: "did not accept our requests to connect", a PTR or reputation refusal…), so
  it is weak ``server_error`` (taxonomy.md: "other mail system problem"; transient, so the action
  is ``retry``), which any reason found in the quoted reply beats.

Gmail's other notices are read elsewhere: "Message blocked … answer/69585" by ``gmail.py``'s
token, "Recipient inbox full" by the generic "inbox is full", "The recipient server did not accept
our requests to connect" by the generic network wording.

Sources: Google Groups' and Gmail's notices as pasted in public GitHub issues (each entry names
them), and the German Gmail notices kept in chatmail/core's test data
(test-data/message/gmail_ndn*.eml). Gmail's Japanese "配信未完了" notice is
read as Japanese blogs paste it. Its Spanish, Portuguese, French and Dutch "Address not found"
notices were seen only in files of repositories that could not be named; none is guessed here.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_GROUPS_HELP = "https://groups.google.com/support/"

PROVIDER = Provider(
    name="google_notices",
    hosts=("googlegroups.com", "groups.google.com"),
    source=_GROUPS_HELP,
    phrases=(
        Phrases("google_notices.groups-permission", C.SENDER_REJECTED, (
            "the group you tried to contact",
            "need to join the group before receiving permission to post",
            "this group may not be open to posting",
            # The notice's last line, in every language it is sent in: "If you have questions
            # related to this or any other Google Group, visit the Help Center at
            # https://groups.google.com/support/." The link is the one part of the template no
            # translation changes.
            "groups.google.com/support",
        ), "https://github.com/OpenHunting/openhunt/issues/39; "
           "https://lore.kernel.org/git/4a773661-efce-7be1-f6a7-2d09a95f63b1@gmail.com/; "
           "https://github.com/google/starthinker/issues/65; "
           "https://github.com/opencollective/opencollective/issues/2760; "
           "https://pastebin.com/6mQsiCU3"),
        # A group whose settings take no posts by email at all (only on the web): the group's
        # own policy, whoever sends.
        Phrases("google_notices.groups-no-email-posting", C.POLICY_VIOLATION, (
            "does not allow posting through email",
        ), "https://github.com/suny-downstate-medical-center/netpyne/issues/529"),
        # Its bullet list ends with advice to set up SPF: advice that belongs to the spam
        # refusal, not an SPF failure of its own.
        Phrases("google_notices.groups-spam", C.SPAM_CONTENT, (
            "rejected due to spam classification",
            "set up spf records for your sending domain",
        ), "https://github.com/mail-in-a-box/mailinabox/issues/1046; "
           "https://github.com/distriqt/ANE-Firebase/issues/75; "
           "https://github.com/DynamoRIO/dynamorio/issues/5897; https://pastebin.com/u48DAaLP"),
        Phrases("google_notices.address-not-found", C.USER_UNKNOWN, (
            "or is unable to receive mail",
            "oder keine e-mails empfangen kann",
        ), "https://github.com/dwyl/learn-to-send-email-via-google-script-html-no-server/issues/"
           "371; https://github.com/logto-io/logto/issues/3589; "
           "chatmail/core:test-data/message/gmail_ndn_group.eml"),
        Phrases("google_notices.delivery-incomplete", C.SERVER_ERROR, (
            "there was a temporary problem delivering your message",
            "temporary problem while delivering your message",
            # The same notice in Japanese ("配信未完了": "… へのメールの配信中に一時的な問題が発生
            # しました。Gmail は 19 時間再試行し …"), as pasted in Japanese blogs.
            "配信中に一時的な問題が発生しました",
        ), "https://github.com/crisp-oss/email-bounce-parser/issues/2; "
           "crisp-oss/email-bounce-parser:lib/parser.js; "
           "https://tabi-g.blogspot.com/2020/06/gmail-full-case.html; "
           "https://urashita.com/?p=36286", decisive=False),
    ),
)
