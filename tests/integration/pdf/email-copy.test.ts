// The email copy of Tờ khai 01: a declarationReceived email with the PDF marker, delivered by the outbox over
// SMTP to an in-process server, arrives with the declaration's PDF attached, whole and readable, the very bytes
// the download route serves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { deliverDueNotifications } from "@/lib/server/notifications/deliver";
import { createOutboxDrivers, createSmtpEmailDriver } from "@/lib/server/notifications/drivers";
import { enqueueMessage } from "@/lib/server/notifications/outbox";
import { renderStoredDeclarationPdf } from "@/lib/server/pdf/render-stored-declaration";
import { pdfToText } from "@/tests/fixtures/declaration-pdf";
import { startSmtpSink, type SmtpSink } from "../notifications/support";
import { createTestDeclaration } from "./declarations";

let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await Promise.all([smtp.close(), prisma.$disconnect()]);
});

const flatten = (text: string): string => text.normalize("NFC").replace(/\s+/g, " ");

/** The attachments of a raw MIME message (nodemailer writes them base64 encoded). */
function attachmentsOf(raw: string): Array<{ contentType: string; filename: string | undefined; content: Buffer }> {
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/g)].map((match) => match[1]!);
  const parts = boundaries.flatMap((boundary) => raw.split(`--${boundary}`));
  return parts
    .map((part) => {
      const split = part.indexOf("\r\n\r\n");
      return { headers: part.slice(0, split), body: part.slice(split + 4) };
    })
    .filter(({ headers }) => /Content-Disposition:\s*attachment/i.test(headers))
    .map(({ headers, body }) => {
      expect(headers).toMatch(/Content-Transfer-Encoding:\s*base64/i);
      return {
        contentType: /Content-Type:\s*([^;\r\n]+)/i.exec(headers)?.[1] ?? "",
        filename: /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1],
        content: Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64"),
      };
    });
}

describe("the email copy of Tờ khai 01", () => {
  it("arrives over SMTP with the declaration's PDF attached", async () => {
    const declaration = await createTestDeclaration(prisma, {
      seed: 4301,
      fullName: "Phạm Thị Quỳnh Hương",
      email: "ban.sao.to.khai@example.test",
      emailCopy: true,
    });
    const office = await prisma.office.findUniqueOrThrow({ where: { code: declaration.officeCode } });
    // As the submission enqueues it when the declarer ticked "Gửi email tờ khai".
    await prisma.$transaction((tx) =>
      enqueueMessage(tx, {
        template: "declarationReceived",
        params: { reference: declaration.reference, deadline: declaration.expiresAt, officeName: office.name, fullName: declaration.fullName },
        phone: declaration.phone,
        email: declaration.email,
        key: `received:${declaration.id}:v1`,
        attachments: [{ kind: "declarationPdf", declarationId: declaration.id }],
        declarationId: declaration.id,
      }),
    );

    const drivers = { sms: createOutboxDrivers().sms, email: createSmtpEmailDriver({ url: smtp.url, from: "BHXH <khong-tra-loi@baohiemxahoi.local>" }) };
    await deliverDueNotifications({ drivers });
    const email = await prisma.notification.findUniqueOrThrow({ where: { idempotencyKey: `received:${declaration.id}:v1:email` } });
    expect(email).toMatchObject({ status: "sent", lastError: null });

    const mail = smtp.messages.find((message) => message.envelope.rcptTo.some((rcpt) => rcpt.address === "ban.sao.to.khai@example.test"));
    expect(mail).toBeDefined();
    const attachments = attachmentsOf(mail!.raw);
    expect(attachments).toHaveLength(1);
    const [pdf] = attachments;
    expect(pdf!.contentType).toBe("application/pdf");
    expect(pdf!.filename).toBe(`to-khai-01-${declaration.reference}.pdf`);
    expect(pdf!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Whole and readable: the same bytes as a download of this version, and its text extracts.
    expect(pdf!.content.equals((await renderStoredDeclarationPdf(declaration.id)).bytes)).toBe(true);
    const text = flatten(await pdfToText(pdf!.content));
    expect(text).toContain(declaration.reference);
    expect(text).toContain("1. Họ và tên: PHẠM THỊ QUỲNH HƯƠNG");
  });
});
