// Phone confirmation on real PostgreSQL: the code (hashed at rest, resend wait, tries, validity), the
// daily per-number cap, the token (bound to the number, expiring), and that the API's declaration and
// record-check answers depend on it: 202/422/429, a token for another phone refused, the per-recipient
// caps, the generic conflict answer with an SMS to the phone on record, the detailed answer to its holder.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as confirmEmailRoute } from "@/app/(citizen)/xac-nhan-email/[reference]/[code]/xac-nhan/route";
import { POST as recordCheck } from "@/app/api/v1/declarations/record-check/route";
import { POST as submitRoute } from "@/app/api/v1/declarations/route";
import { POST as confirmRoute } from "@/app/api/v1/phone-verifications/confirm/route";
import { POST as sendRoute } from "@/app/api/v1/phone-verifications/route";
import { CONFLICT_CHECKS_PER_ID_NUMBER, PHONE_CODE_MAX_ATTEMPTS, PHONE_CODE_RESEND_SECONDS, PHONE_CODE_VALID_SECONDS, PHONE_VERIFICATION_TOKEN_VALID_SECONDS, RECIPIENT_CAPS } from "@/lib/domain/phone-verification";
import { prisma } from "@/lib/server/db/client";
import { checkExistingRecord } from "@/lib/server/declarations/check-existing-record";
import { confirmPhoneCode } from "@/lib/server/phone-verification/confirm-phone-code";
import { sendPhoneCode } from "@/lib/server/phone-verification/send-phone-code";
import { checkVerificationToken } from "@/lib/server/phone-verification/verification-token";
import { verifiedPhoneToken } from "@/tests/fixtures/declaration-json";
import { basicPhotos, declarationJson, linkCode, newIp, newPerson, type PhotoSet } from "../declarations/support/declaration-fixtures";
import { openStored } from "@/lib/server/notifications/secret-box";
import { answered } from "@/tests/support/answered";

afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

const BASE = "http://localhost:3000";
let phoneCounter = 0;
/** A fresh mobile number per test (E.164 and as typed). */
function newPhone() {
  phoneCounter++;
  // 098 is a Viettel prefix: any two digits after "09" would sometimes give 095, which no carrier uses.
  const national = `098${String((process.pid * 7 + phoneCounter) % 10)}${String(Date.now() % 1_000_000).padStart(6, "0")}`;
  return { typed: national, e164: `+84${national.slice(1)}` };
}

const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
const send = (phone: string, now: Date, code = "123456") => answered(sendPhoneCode({ json: { phone }, ip: newIp(), userAgent: "vitest" }, { now: () => now, generateCode: () => code }));
const confirm = (phone: string, code: string, now: Date) => answered(confirmPhoneCode({ json: { phone, code }, ip: newIp(), userAgent: "vitest" }, { now: () => now }));

function errorsOf(result: { ok: boolean; body: unknown }) {
  return (result.body as { errors?: { path: string; code: string; message: string }[] }).errors ?? [];
}

describe("sendPhoneCode", () => {
  it("stores only a keyed hash of the code, sends it by SMS through the outbox, and audits the send", async () => {
    const phone = newPhone();
    const now = new Date();
    const result = await send(phone.typed, now, "482913");
    expect(result).toMatchObject({ ok: true, status: 202, body: { maskedPhone: `*******${phone.typed.slice(-3)}`, resendAfterSeconds: PHONE_CODE_RESEND_SECONDS, codeLength: 6 } });
    const row = await prisma.phoneVerification.findFirstOrThrow({ where: { phone: phone.e164 } });
    expect(row.codeHash).not.toContain("482913");
    expect(row.expiresAt.getTime() - now.getTime()).toBe(PHONE_CODE_VALID_SECONDS * 1000);
    const sms = await prisma.notification.findFirstOrThrow({ where: { recipient: phone.e164, template: "phoneVerificationCode" } });
    expect(sms.channel).toBe("sms");
    expect(sms.body).not.toContain("482913"); // sealed at rest (secret-box)
    expect(openStored(sms).body).toContain("482913");
    expect(await prisma.auditEvent.count({ where: { type: "phone.codeSent", data: { path: ["verificationId"], equals: row.id } } })).toBe(1);
  });

  it("refuses a resend within the wait (429 with the seconds left) and invalidates the older code on a new one", async () => {
    const phone = newPhone();
    const now = new Date();
    await send(phone.typed, now, "111111");
    const soon = await send(phone.typed, at(now, 20), "222222");
    expect(soon).toMatchObject({ ok: false, status: 429, body: { code: "phoneCodeResendTooSoon", retryAfterSeconds: PHONE_CODE_RESEND_SECONDS - 20 } });
    expect(await prisma.notification.count({ where: { recipient: phone.e164 } })).toBe(1);
    expect((await send(phone.typed, at(now, PHONE_CODE_RESEND_SECONDS), "333333")).ok).toBe(true);
    expect(errorsOf(await confirm(phone.typed, "111111", at(now, 70)))[0]?.code).toBe("phoneCodeWrong");
    expect((await confirm(phone.typed, "333333", at(now, 71))).ok).toBe(true);
  });

  it(`sends at most ${RECIPIENT_CAPS.verificationSmsPerPhone} codes to one number in 24 hours, whatever the client address; beyond, 429 and no SMS`, async () => {
    const phone = newPhone();
    const start = new Date();
    for (let i = 0; i < RECIPIENT_CAPS.verificationSmsPerPhone; i++) expect((await send(phone.typed, at(start, i * 61))).ok).toBe(true);
    const sixth = await send(phone.typed, at(start, RECIPIENT_CAPS.verificationSmsPerPhone * 61));
    expect(sixth).toMatchObject({ ok: false, status: 429, body: { code: "phoneCodeDailyCap" } });
    expect((sixth.body as { message: string }).message).toContain(String(RECIPIENT_CAPS.verificationSmsPerPhone));
    expect(await prisma.notification.count({ where: { recipient: phone.e164, template: "phoneVerificationCode" } })).toBe(RECIPIENT_CAPS.verificationSmsPerPhone);
    expect((await send(phone.typed, at(start, 24 * 3600 + 1))).ok).toBe(true);
  });

  it("422 for a number that is not a Vietnamese mobile, nothing sent", async () => {
    const result = await answered(sendPhoneCode({ json: { phone: "12345" }, ip: newIp(), userAgent: "vitest" }));
    expect(result.status).toBe(422);
    expect(errorsOf(result)).toEqual([expect.objectContaining({ path: "phone", code: "phoneInvalid" })]);
  });
});

describe("confirmPhoneCode", () => {
  it("gives a token bound to the number for the right code, once", async () => {
    const phone = newPhone();
    const now = new Date();
    await send(phone.typed, now, "654321");
    const result = await confirm(`${phone.typed.slice(0, 4)} ${phone.typed.slice(4)}`, "654 321", at(now, 5));
    if (!result.ok) throw new Error(JSON.stringify(result.body));
    expect(new Date(result.body.expiresAt).getTime() - at(now, 5).getTime()).toBe(PHONE_VERIFICATION_TOKEN_VALID_SECONDS * 1000);
    expect(checkVerificationToken(result.body.verificationToken, at(now, 6), phone.e164)).toMatchObject({ ok: true, phone: phone.e164 });
    expect(checkVerificationToken(result.body.verificationToken, at(now, 6), "+84900000000")).toEqual({ ok: false, code: "phoneVerificationMismatch" });
    expect(checkVerificationToken(result.body.verificationToken, at(now, 5 + PHONE_VERIFICATION_TOKEN_VALID_SECONDS), phone.e164)).toEqual({ ok: false, code: "phoneVerificationExpired" });
    const [head, payload, sig] = result.body.verificationToken.split(".");
    const forged = Buffer.from(Buffer.from(payload!, "base64url").toString().replace(phone.e164, "+84900000000")).toString("base64url");
    expect(checkVerificationToken(`${head}.${forged}.${sig}`, at(now, 6), "+84900000000")).toEqual({ ok: false, code: "phoneVerificationRequired" });
    expect(errorsOf(await confirm(phone.typed, "654321", at(now, 7)))[0]?.code).toBe("phoneCodeUnknown");
  });

  it(`counts ${PHONE_CODE_MAX_ATTEMPTS} tries: the right code after them is refused`, async () => {
    const phone = newPhone();
    const now = new Date();
    await send(phone.typed, now, "777777");
    for (let i = 1; i < PHONE_CODE_MAX_ATTEMPTS; i++) {
      expect(errorsOf(await confirm(phone.typed, "000000", now))[0]).toMatchObject({ path: "code", code: "phoneCodeWrong", message: expect.stringContaining(String(PHONE_CODE_MAX_ATTEMPTS - i)) });
    }
    expect(errorsOf(await confirm(phone.typed, "000000", now))[0]?.code).toBe("phoneCodeTooManyAttempts");
    expect(errorsOf(await confirm(phone.typed, "777777", now))[0]?.code).toBe("phoneCodeTooManyAttempts");
  });

  it("refuses a code after its validity", async () => {
    const phone = newPhone();
    const now = new Date();
    await send(phone.typed, now, "888888");
    expect(errorsOf(await confirm(phone.typed, "888888", at(now, PHONE_CODE_VALID_SECONDS)))[0]?.code).toBe("phoneCodeExpired");
  });
});

// ---------------------------------------------------------------------------------------------
// The API

function post(handler: (r: Request) => Promise<Response>, path: string, json: unknown, ip = newIp()) {
  return handler(new Request(`${BASE}${path}`, { method: "POST", body: JSON.stringify(json), headers: { "content-type": "application/json", "x-forwarded-for": ip } }));
}

function declare(json: unknown) {
  const body = new FormData();
  body.append("declaration", JSON.stringify(json));
  for (const [kind, bytes] of Object.entries(photos)) body.append(kind, new File([new Uint8Array(bytes)], `${kind}.jpg`, { type: "image/jpeg" }));
  return submitRoute(new Request(`${BASE}/api/v1/declarations`, { method: "POST", body, headers: { "x-forwarded-for": newIp() } }));
}

async function codeSentTo(e164: string): Promise<string> {
  const sms = await prisma.notification.findFirstOrThrow({ where: { recipient: e164, template: "phoneVerificationCode" }, orderBy: { createdAt: "desc" } });
  return /\b(\d{6})\b/.exec(openStored(sms).body)![1]!;
}

describe("POST /api/v1/phone-verifications and /confirm, then POST /api/v1/declarations", () => {
  it("202 → code by SMS → {verificationToken} → 201; 422 without a token, with another phone's token, with an expired one", async () => {
    const person = newPerson();
    const sent = await post(sendRoute, "/api/v1/phone-verifications", { phone: person.phone });
    expect(sent.status).toBe(202);
    expect(await sent.json()).toMatchObject({ resendAfterSeconds: PHONE_CODE_RESEND_SECONDS });
    const again = await post(sendRoute, "/api/v1/phone-verifications", { phone: person.phone });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post(sendRoute, "/api/v1/phone-verifications", { phone: "abc" })).status).toBe(422);

    const wrong = await post(confirmRoute, "/api/v1/phone-verifications/confirm", { phone: person.phone, code: "12" });
    expect(wrong.status).toBe(422);
    const confirmed = await post(confirmRoute, "/api/v1/phone-verifications/confirm", { phone: person.phone, code: await codeSentTo(person.phone) });
    expect(confirmed.status).toBe(200);
    const { verificationToken } = (await confirmed.json()) as { verificationToken: string };

    const refusals: [string, unknown][] = [
      ["phoneVerificationRequired", undefined],
      ["phoneVerificationRequired", "pv1.not.valid"],
      ["phoneVerificationMismatch", verifiedPhoneToken("0912 999 000")],
      ["phoneVerificationExpired", verifiedPhoneToken(person.phone, new Date(Date.now() - PHONE_VERIFICATION_TOKEN_VALID_SECONDS * 1000 - 1000))],
    ];
    for (const [code, token] of refusals) {
      const response = await declare(declarationJson(person, { phoneVerificationToken: token }));
      expect(response.status, code).toBe(422);
      expect(await response.json()).toEqual({ errors: [expect.objectContaining({ path: "phoneVerificationToken", code })] });
    }
    expect(await prisma.declaration.count({ where: { idNumber: person.idNumber } })).toBe(0);
    expect((await declare(declarationJson(person, { phoneVerificationToken: verificationToken }))).status).toBe(201);
  });

  it(`at most ${RECIPIENT_CAPS.pendingDeclarationsPerPhone} pending declarations per phone, and ${RECIPIENT_CAPS.declarationEmailsPerAddress} declaration emails per address a day; beyond, a clear refusal and nothing sent`, async () => {
    const phone = newPerson().phone;
    for (let i = 0; i < RECIPIENT_CAPS.pendingDeclarationsPerPhone; i++) expect((await declare(declarationJson(newPerson({ phone }), { email: "", emailCopy: false }))).status).toBe(201);
    const overPhone = await declare(declarationJson(newPerson({ phone }), { email: "", emailCopy: false }));
    expect(overPhone.status).toBe(409);
    expect(await overPhone.json()).toMatchObject({ code: "pendingPerPhoneCap" });

    const email = `cap.${Date.now()}@example.com`;
    for (let i = 0; i < RECIPIENT_CAPS.declarationEmailsPerAddress; i++) expect((await declare(declarationJson(newPerson(), { email }))).status).toBe(201);
    const before = await prisma.notification.count({ where: { recipient: email } });
    const overEmail = await declare(declarationJson(newPerson(), { email: email.toUpperCase() }));
    expect(overEmail.status).toBe(422);
    expect(await overEmail.json()).toEqual({ errors: [expect.objectContaining({ path: "email", code: "emailDailyCap" })] });
    expect(await prisma.notification.count({ where: { recipient: { equals: email, mode: "insensitive" } } })).toBe(before);
  });
});

describe("POST /api/v1/declarations/record-check (the early check after the ID step)", () => {
  it("clear for a new person; generic 409 to a stranger with the details by SMS to the phone on record; the details to its holder", async () => {
    const person = newPerson();
    const check = (token?: string) => post(recordCheck, "/api/v1/declarations/record-check", { idNumber: person.idNumber, bhxhCode: person.bhxhCode, ...(token ? { phoneVerificationToken: token } : {}) });
    const clear = await check();
    expect(clear.status).toBe(200);
    expect(await clear.json()).toEqual({ status: "clear" });

    const sent = await declare(declarationJson(person));
    const { reference } = (await sent.json()) as { reference: string };
    const stranger = await check(verifiedPhoneToken("0912 345 000"));
    expect(stranger.status).toBe(409);
    const generic = await stranger.json();
    expect(generic).toEqual({
      code: "recordExists",
      message: "Số giấy tờ hoặc mã số BHXH này đã có hồ sơ đang chờ hoặc đã có tài khoản. Chúng tôi đã gửi hướng dẫn tới số điện thoại đã đăng ký.",
    });
    const notices = await prisma.notification.findMany({ where: { recipient: person.phone, template: "conflictNotice" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body).toContain(reference);

    const holder = await check(verifiedPhoneToken(person.phone));
    expect(holder.status).toBe(409);
    expect(await holder.json()).toMatchObject({ code: "pendingDeclarationExists", existingReference: reference, nextAction: { kind: "lookUp", url: `/tra-cuu?ma=${reference}` } });
    expect(await prisma.notification.count({ where: { recipient: person.phone, template: "conflictNotice" } })).toBe(1);
  });

  it(`sends at most ${RECIPIENT_CAPS.conflictNoticesPerPhone} notices a day to the phone on record, and limits checks of one ID number to ${CONFLICT_CHECKS_PER_ID_NUMBER.limit} an hour from any address`, async () => {
    const person = newPerson();
    await prisma.account.create({ data: { bhxhCode: person.bhxhCode, passwordHash: "x", passwordChangedAt: new Date(), phone: person.phone, activatedAt: new Date() } });
    const check = () => answered(checkExistingRecord({ json: { idNumber: person.idNumber, bhxhCode: person.bhxhCode }, ip: newIp(), userAgent: "vitest" }));
    for (let i = 0; i < CONFLICT_CHECKS_PER_ID_NUMBER.limit; i++) expect(await check()).toMatchObject({ status: 409, body: { code: "recordExists" } });
    expect(await prisma.notification.count({ where: { recipient: person.phone, template: "conflictNotice" } })).toBe(RECIPIENT_CAPS.conflictNoticesPerPhone);
    const limited = await check();
    expect(limited).toMatchObject({ status: 429, body: { code: "conflictCheckRateLimited" } });
    expect(await prisma.notification.count({ where: { recipient: person.phone, template: "conflictNotice" } })).toBe(RECIPIENT_CAPS.conflictNoticesPerPhone);
  });
});

describe("POST /xac-nhan-email/{reference}/{code}/xac-nhan (the button behind the email's link)", () => {
  it("a forged code sends nothing; the right one sends the copy with the PDF once, and says so", async () => {
    const person = newPerson();
    const email = `xac.nhan.${Date.now()}@example.com`;
    const { reference } = (await (await declare(declarationJson(person, { email, emailCopy: true }))).json()) as { reference: string };
    const link = await prisma.notification.findFirstOrThrow({ where: { recipient: email, template: "emailConfirmation" } });
    const code = linkCode(link.body, reference);
    const press = (c: string) =>
      confirmEmailRoute(new NextRequest(`${BASE}/xac-nhan-email/${reference}/${c}/xac-nhan`, { method: "POST", headers: { "x-forwarded-for": newIp() } }), {
        params: Promise.resolve({ reference, code: c }),
      });

    const forged = await press(`${code.slice(0, -3)}abc`);
    expect(forged.status).toBe(303);
    expect(forged.headers.get("location")).not.toContain("xong=1");
    expect(await prisma.notification.count({ where: { recipient: email, template: "declarationReceived" } })).toBe(0);

    for (let i = 0; i < 2; i++) {
      const pressed = await press(code);
      expect(pressed.status).toBe(303);
      expect(pressed.headers.get("location")).toBe(`/xac-nhan-email/${reference}/${code}?xong=1`);
    }
    const copies = await prisma.notification.findMany({ where: { recipient: email, template: "declarationReceived" } });
    expect(copies).toHaveLength(1);
    expect(copies[0]!.attachments).toEqual([expect.objectContaining({ kind: "declarationPdf" })]);
  });
});
