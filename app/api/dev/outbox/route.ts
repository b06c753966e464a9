// GET /api/dev/outbox?to=<phone or email>: the test mailbox as JSON, newest first, for end-to-end tests
// and demos. 404 unless the recipient's channel (or, without `to`, some channel) uses the outbox driver.
import { listMailbox, parseMailboxRecipient } from "@/lib/server/notifications/mailbox";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request): Promise<Response> {
  const to = new URL(request.url).searchParams.get("to")?.trim() || null;
  if (to && !parseMailboxRecipient(to)) {
    // Still 404 when the mailbox is closed: its existence is not revealed by a bad query.
    if ((await listMailbox({ limit: 1 })) === null) return notFound();
    return Response.json({ error: "invalidRecipient" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const messages = await listMailbox({ to, limit: 500 });
  if (messages === null) return notFound();
  return Response.json(
    messages.map((m) => ({
      id: m.id,
      channel: m.channel,
      recipient: m.recipient,
      template: m.template,
      subject: m.subject,
      body: m.body,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
    { headers: { "Cache-Control": "no-store" } },
  );
}
