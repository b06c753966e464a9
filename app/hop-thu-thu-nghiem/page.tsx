// The test mailbox: every message the outbox driver "sent" (404 unless a channel's driver is the outbox).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TestMailbox, type MailboxItem } from "@/components/notifications/test-mailbox";
import { VIETNAM_TIME_ZONE } from "@/lib/domain/dates";
import { displayPhone } from "@/lib/domain/identifiers";
import { format } from "@/lib/i18n/catalog";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { listMailbox, openMailboxChannels, parseMailboxRecipient } from "@/lib/server/notifications/mailbox";
import { intlLocale } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  if (openMailboxChannels().length === 0) return {};
  const t = await getMessages("notifications");
  return { title: t.mailboxTitle, robots: { index: false, follow: false } };
}

export default async function TestMailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (openMailboxChannels().length === 0) notFound();
  const [t, locale, query] = await Promise.all([getMessages("notifications"), getLocale(), searchParams]);
  const to = (typeof query.to === "string" ? query.to : "").trim().slice(0, 200);
  const target = to ? parseMailboxRecipient(to) : null;
  const messages = await listMailbox({ to: target ? to : null });
  if (messages === null) notFound();

  const when = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: VIETNAM_TIME_ZONE, dateStyle: "short", timeStyle: "medium" });
  const statuses = {
    pending: { label: t.mailboxStatusPending, tone: "yellow" },
    sent: { label: t.mailboxStatusSent, tone: "green" },
    failed: { label: t.mailboxStatusFailed, tone: "red" },
  } as const;
  // An invalid filter shows the error and no list (rather than everything, which would look like a match).
  const shown = to && !target ? [] : messages;
  const items: MailboxItem[] = shown.map((m) => {
    const recipient = m.channel === "sms" ? displayPhone(m.recipient) : m.recipient;
    const heading = m.channel === "sms" ? format(t.mailboxSmsHeading, { to: recipient }) : (m.subject ?? "");
    return {
      id: m.id,
      channel: m.channel,
      channelLabel: m.channel === "sms" ? t.mailboxChannelSms : t.mailboxChannelEmail,
      heading,
      recipient,
      time: when.format(m.createdAt),
      timeIso: m.createdAt.toISOString(),
      status: statuses[m.status],
      sentAt: m.sentAt ? format(t.mailboxSentAt, { time: when.format(m.sentAt) }) : undefined,
      body: m.body,
      html: m.html ? { summary: t.mailboxHtmlPreview, frameTitle: format(t.mailboxHtmlFrameTitle, { subject: m.subject ?? "" }), document: m.html } : undefined,
    };
  });

  return (
    <TestMailbox
      t={{
        title: t.mailboxTitle,
        intro: t.mailboxIntro,
        warning: t.mailboxWarning,
        filterLabel: t.mailboxFilterLabel,
        filterHint: t.mailboxFilterHint,
        filterSubmit: t.mailboxFilterSubmit,
        filterClear: t.mailboxFilterClear,
        errorTitle: t.mailboxErrorTitle,
        count: target
          ? format(t.mailboxCountFor, { count: items.length, to: target.channel === "sms" ? displayPhone(target.recipient) : target.recipient })
          : format(t.mailboxCount, { count: items.length }),
        empty: t.mailboxEmpty,
        listLabel: t.mailboxListLabel,
        time: t.mailboxTime,
        recipient: t.mailboxRecipient,
        status: t.mailboxStatus,
      }}
      filter={{ value: to, error: to && !target ? t.mailboxInvalidRecipient : undefined }}
      items={items}
    />
  );
}
