// Sends a declaration (Tờ khai 01) through the public API as the mobile app does: multipart JSON plus
// three real JPEGs, with an Idempotency-Key. The e2e specs that need a declaration to work on start here.
// Like the app, it first confirms the phone: POST /api/v1/phone-verifications, the code read from the demo
// outbox (GET /api/dev/outbox?to=<phone>), then /confirm → phoneVerificationToken. With an email address,
// it also presses the confirmation link's button, so the copy is sent as for a person who did.
import { expect, type APIRequestContext } from "@playwright/test";
import { declarationFields, type DeclarationPerson } from "../../fixtures/declaration-fields";
import { idCardJpeg, portraitJpeg } from "../../fixtures/photo-files";

/** The declarer's details the API needs (a DEMO_PARTICIPANTS entry, a buildPerson result or a literal). */
export type Declarer = DeclarationPerson;

export type PhotoSet = { portrait: Buffer; idFront: Buffer; idBack: Buffer };

export type SendDeclarationInput = {
  person: Declarer;
  /** The phone as the declarer typed it (national 0… or +84…), and the street of the address. */
  phone: string; street: string;
  idempotencyKey: string;
  email?: string | null;
  emailCopy?: boolean;
  officeCode?: string;
  /** Defaults to the portrait and ID-card photos of tests/fixtures/photo-files. */
  photos?: PhotoSet;
  /** Press the email confirmation link's button (default: yes, when there is an email). */
  confirmEmail?: boolean;
};

type OutboxMessage = { id: string; channel: string; template: string; body: string };

async function outbox(request: APIRequestContext, to: string): Promise<OutboxMessage[]> {
  const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as OutboxMessage[];
}

/** Waits for the newest message of `template` to `to` not in `seen`, and returns it. */
export async function waitForOutboxMessage(request: APIRequestContext, to: string, template: string, seen: Set<string> = new Set()): Promise<OutboxMessage> {
  let found: OutboxMessage | undefined;
  await expect
    .poll(
      async () => {
        found = (await outbox(request, to)).find((m) => m.template === template && !seen.has(m.id));
        return found !== undefined;
      },
      { timeout: 20_000, message: `a "${template}" message to ${to}` },
    )
    .toBe(true);
  return found!;
}

/** The six-digit code in a phone confirmation SMS. */
export function codeIn(sms: { body: string }): string {
  const code = /\b(\d{6})\b/.exec(sms.body)?.[1];
  if (!code) throw new Error("no code in the SMS");
  return code;
}

// The e2e server stands behind a (pretend) proxy: TRUST_PROXY_HOPS=1, as behind deploy/nginx.conf. API
// calls made for setting up a spec come from their own address each, like people on their own phones, so
// the per-address limits (10 declarations an hour) count the spec under test, not the whole suite's setup.
let addressCounter = 0;
function ownAddress(): Record<string, string> {
  addressCounter++;
  return { "X-Forwarded-For": `198.18.${(process.pid + addressCounter) % 250}.${(addressCounter % 250) + 1}` };
}

// One confirmation per phone per worker: a token stays valid for 30 minutes, and a number may only get
// a few codes a day (as for a real person declaring twice).
const tokens = new Map<string, Promise<string>>();

/** Confirms `phone` through the API with the code from the demo outbox; the verificationToken. */
export function confirmPhone(request: APIRequestContext, phone: string): Promise<string> {
  const key = phone.replace(/^\+84/, "0").replace(/\s/g, "");
  let token = tokens.get(key);
  if (!token) {
    token = (async () => {
      const seen = new Set((await outbox(request, key)).map((m) => m.id));
      const sent = await request.post("/api/v1/phone-verifications", { data: { phone }, headers: ownAddress() });
      expect(sent.status(), await sent.text()).toBe(202);
      const sms = await waitForOutboxMessage(request, key, "phoneVerificationCode", seen);
      const confirmed = await request.post("/api/v1/phone-verifications/confirm", { data: { phone, code: codeIn(sms) }, headers: ownAddress() });
      expect(confirmed.status(), await confirmed.text()).toBe(200);
      return ((await confirmed.json()) as { verificationToken: string }).verificationToken;
    })();
    tokens.set(key, token);
  }
  return token;
}

/** Presses the button behind the link of the confirmation email sent to `email` for `reference`. */
export async function confirmEmailLink(request: APIRequestContext, email: string, reference: string): Promise<void> {
  const message = await waitForOutboxMessage(request, email, "emailConfirmation");
  const path = new RegExp(`/xac-nhan-email/${reference}/[A-Za-z0-9_-]+`).exec(message.body)?.[0];
  if (!path) throw new Error("no confirmation link in the email");
  const response = await request.post(`${path}/xac-nhan`, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toContain("xong=1");
}

async function defaultPhotos(): Promise<PhotoSet> {
  const [portrait, idFront, idBack] = await Promise.all([portraitJpeg(), idCardJpeg("front"), idCardJpeg("back")]);
  return { portrait, idFront, idBack };
}

/** What the API answers with 201. */
export type SentDeclaration = { reference: string; accessToken: string; office: { code: string; name: string } };

export async function sendDeclaration(request: APIRequestContext, input: SendDeclarationInput): Promise<SentDeclaration> {
  const { person, phone, street, idempotencyKey, email = null, emailCopy = false, officeCode = "0101" } = input;
  const phoneVerificationToken = await confirmPhone(request, phone);
  const declaration = { ...declarationFields(person, { street, phone, email, emailCopy, officeCode }), phoneVerificationToken };
  const { portrait, idFront, idBack } = input.photos ?? (await defaultPhotos());
  const response = await request.post("/api/v1/declarations", {
    headers: { "Idempotency-Key": idempotencyKey, ...ownAddress() },
    multipart: {
      declaration: JSON.stringify(declaration),
      portrait: { name: "chan-dung.jpg", mimeType: "image/jpeg", buffer: portrait },
      idFront: { name: "mat-truoc.jpg", mimeType: "image/jpeg", buffer: idFront },
      idBack: { name: "mat-sau.jpg", mimeType: "image/jpeg", buffer: idBack },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const sent = (await response.json()) as SentDeclaration;
  if (email && input.confirmEmail !== false) await confirmEmailLink(request, email, sent.reference);
  return sent;
}
