// submitDeclaration on real PostgreSQL with real image files: what is stored, what is refused, and that a
// refusal or a failure leaves nothing behind (no rows, no files).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isReferenceCode } from "@/lib/domain/reference-code";
import { prisma } from "@/lib/server/db/client";
import { endOfTenthDayInVietnam } from "@/tests/support/vietnam-time";
import { verifyDeclarationAccess } from "@/lib/server/declarations/declaration-access";
import { submitDeclaration, type SubmitResult } from "@/lib/server/declarations/submit-declaration";
import { invalidateReferenceDataCache } from "@/lib/server/reference-data";
import { RATE_LIMITS } from "@/lib/server/rate-limit";
import { hugeCompressiblePng, metadataOf, oversizeJpeg, phonePhotoJpeg, pixelFloodPng, smallJpeg, textFileNamedJpg, transparentPng } from "@/tests/fixtures/photo-files";
import { confirmDeclarationEmail } from "@/lib/server/declarations/email-confirmation";
import { basicPhotos, declarationJson, linkCode, newIp, newPerson, storageDir, storedFiles, uploads, type PhotoSet } from "./support/declaration-fixtures";
import { answered, type Answered } from "@/tests/support/answered";


afterAll(() => prisma.$disconnect());

let photos: PhotoSet;
beforeAll(async () => {
  photos = await basicPhotos();
});

const submit = (json: unknown, files = photos as Partial<PhotoSet>, extra: Partial<Parameters<typeof submitDeclaration>[0]> = {}, deps = {}) =>
  answered(submitDeclaration({ json, files: uploads(files), ip: newIp(), userAgent: "vitest", ...extra }, deps), extra.locale);

function created(result: Answered<SubmitResult>) {
  if (!result.ok) throw new Error(`expected 201, got ${result.status}: ${JSON.stringify(result.body)}`);
  return result;
}

/** Runs `body` and checks it added no declaration, file row, audit event, notification nor stored file. */
async function expectNothingWritten(body: () => Promise<unknown>) {
  const count = () => Promise.all([prisma.declaration.count(), prisma.declarationFile.count(), prisma.auditEvent.count(), prisma.notification.count()]);
  const before = await count();
  const filesBefore = storedFiles();
  await body();
  expect(await count()).toEqual(before);
  expect(storedFiles()).toEqual(filesBefore);
}

describe("submitDeclaration: a valid declaration", () => {
  it("stores the declaration, its three processed photos, the audit event and the messages, in one go", async () => {
    const person = newPerson();
    const phone = await phonePhotoJpeg({ seed: 11, orientation: 6, gps: true });
    const before = Date.now();
    const result = created(await submit(declarationJson(person), { ...photos, idFront: phone }, { ip: "203.0.113.7", userAgent: "Mozilla/5.0 (Linux; Android 14)" }));

    expect(result.status).toBe(201);
    expect(result.replayed).toBe(false);
    const body = result.body;
    expect(isReferenceCode(body.reference)).toBe(true);
    expect(body).toMatchObject({ status: "submitted", version: 1, office: { code: "0101" } });
    expect(body.office.name).toContain("Ba Đình");
    expect(body.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.accessToken).toBe(body.accessToken);
    const submittedAt = new Date(body.submittedAt).getTime();
    expect(submittedAt).toBeGreaterThanOrEqual(before - 5);
    expect(new Date(body.expiresAt)).toEqual(endOfTenthDayInVietnam(new Date(submittedAt)));

    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: body.reference }, include: { files: true } });
    expect(row).toMatchObject({
      status: "submitted",
      version: 1,
      fullName: person.fullName,
      fullNameSearch: person.fullNameSearch,
      bhxhCode: person.bhxhCode,
      idNumber: person.idNumber,
      phone: person.phone, // E.164
      email: `nguoi.khai.${person.idNumber.toLowerCase()}@example.com`,
      emailCopy: true,
      officeCode: "0101",
      provinceCode: "01",
      communeCode: "00004",
    });
    expect(row.accessTokenHash).toBe(createHash("sha256").update(body.accessToken).digest("hex"));
    expect(await verifyDeclarationAccess(body.reference, body.accessToken)).toMatchObject({ declarationId: row.id });
    expect(await verifyDeclarationAccess(body.reference, "x".repeat(43))).toBeNull();

    // The files: server-made keys, real JPEGs matching their recorded size, dimensions and sha256.
    expect(row.files.map((f) => f.kind).sort()).toEqual(["idBack", "idFront", "portrait"]);
    for (const file of row.files) {
      expect(file.storageKey).toMatch(new RegExp(`^declarations/${row.id}/${file.kind}-[A-Za-z0-9_-]{12}\\.jpg$`));
      const bytes = readFileSync(path.join(storageDir(), file.storageKey));
      expect(bytes.byteLength).toBe(file.bytes);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(file.sha256);
      const meta = await metadataOf(bytes);
      expect(meta).toMatchObject({ format: "jpeg", width: file.width, height: file.height, hasExif: false, hasGps: false, hasIcc: false, hasXmp: false });
    }
    // The phone photo: turned upright (4000×3000 sensor, orientation 6 → portrait), scaled into 1600×1600.
    const front = row.files.find((f) => f.kind === "idFront")!;
    expect([front.width, front.height]).toEqual([1200, 1600]);

    const events = await prisma.auditEvent.findMany({ where: { declarationId: row.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "declaration.submitted", actorType: "citizen", officeCode: "0101", ip: "203.0.113.7", userAgent: "Mozilla/5.0 (Linux; Android 14)" });
    expect(events[0]!.data).toMatchObject({ reference: body.reference, version: 1, files: expect.arrayContaining([expect.objectContaining({ kind: "idFront", sourceFormat: "jpeg", sourceBytes: phone.byteLength })]) });

    // The SMS to the confirmed phone; to the address, only a confirmation link (no PDF before the click).
    const email = `nguoi.khai.${person.idNumber.toLowerCase()}@example.com`;
    const notifications = await prisma.notification.findMany({ where: { declarationId: row.id }, orderBy: { channel: "asc" } });
    expect(notifications.map((n) => [n.channel, n.template, n.recipient])).toEqual([
      ["sms", "declarationReceived", person.phone],
      ["email", "emailConfirmation", email],
    ]);
    expect(notifications.find((n) => n.channel === "sms")!.body).toContain(body.reference);
    const confirmation = notifications.find((n) => n.channel === "email")!;
    expect(confirmation.attachments).toEqual([]);
    expect(confirmation.body).not.toContain(person.fullName);

    // The click: the copy with the PDF goes to the address, once however often the button is pressed.
    const code = linkCode(confirmation.body, body.reference);
    for (let i = 0; i < 2; i++) expect(await confirmDeclarationEmail({ reference: body.reference, code, ip: null, userAgent: null })).toEqual({ reference: body.reference, email });
    const copies = await prisma.notification.findMany({ where: { declarationId: row.id, channel: "email", template: "declarationReceived" } });
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ recipient: email, attachments: [{ kind: "declarationPdf", declarationId: row.id }] });
    expect(await confirmDeclarationEmail({ reference: body.reference, code: code.slice(0, -2) + "xx", ip: null, userAgent: null })).toBeNull();
  });

  it("accepts a PNG named .jpg by its content, re-encoded to JPEG; sends the email without the PDF when not asked", async () => {
    const person = newPerson();
    const result = created(await submit(declarationJson(person, { emailCopy: false }), { ...photos, idBack: await transparentPng() }));
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference }, include: { files: true } });
    const back = row.files.find((f) => f.kind === "idBack")!;
    expect(back.mediaType).toBe("image/jpeg");
    expect((await metadataOf(readFileSync(path.join(storageDir(), back.storageKey)))).format).toBe("jpeg");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { declarationId: row.id } });
    expect((event.data as { files: { kind: string; sourceFormat: string }[] }).files.find((f) => f.kind === "idBack")?.sourceFormat).toBe("png");
    const confirmation = await prisma.notification.findFirstOrThrow({ where: { declarationId: row.id, channel: "email" } });
    await confirmDeclarationEmail({ reference: row.reference, code: linkCode(confirmation.body, row.reference), ip: null, userAgent: null });
    const email = await prisma.notification.findFirstOrThrow({ where: { declarationId: row.id, channel: "email", template: "declarationReceived" } });
    expect(email.attachments).toEqual([]);
  });

  it("does not require the back of a passport; no email, no email message", async () => {
    const person = newPerson();
    const json = declarationJson(person, { idType: "passport", idNumber: "C1234567", nationality: "FR", email: "", emailCopy: false });
    const result = created(await submit(json, { portrait: photos.portrait, idFront: photos.idFront }));
    const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: result.body.reference }, include: { files: true } });
    expect(row.files.map((f) => f.kind).sort()).toEqual(["idFront", "portrait"]);
    expect(row.email).toBeNull();
    expect(await prisma.notification.count({ where: { declarationId: row.id } })).toBe(1);
  });

  it("lets a new declaration through once the pending one's deadline has passed", async () => {
    const person = newPerson();
    const first = created(await submit(declarationJson(person)));
    await prisma.declaration.update({ where: { reference: first.body.reference }, data: { expiresAt: new Date(Date.now() - 1000) } });
    created(await submit(declarationJson(person)));
  });
});

describe("submitDeclaration: bad photos are refused with the right error, and nothing is written", () => {
  const cases: [string, () => Promise<Partial<PhotoSet>>, number, string][] = [
    ["a text file named .jpg", async () => ({ idFront: textFileNamedJpg() }), 415, "photoUnsupportedType"],
    ["a 100-byte PNG claiming 20000×20000 pixels", async () => ({ idBack: pixelFloodPng() }), 413, "photoTooManyPixels"],
    ["a real 48 MP PNG", async () => ({ idFront: await hugeCompressiblePng() }), 413, "photoTooManyPixels"],
    ["a file over 10 MB", async () => ({ portrait: await oversizeJpeg() }), 413, "photoTooLarge"],
    ["an ID photo too small to read", async () => ({ idFront: await smallJpeg(300, 200) }), 422, "photoTooSmall"],
  ];
  for (const [name, make, status, code] of cases) {
    it(`${name} → ${status} ${code}`, async () => {
      const bad = await make();
      const [kind] = Object.keys(bad);
      await expectNothingWritten(async () => {
        const result = await submit(declarationJson(newPerson()), { ...photos, ...bad });
        expect(result.status).toBe(status);
        if (result.ok) return;
        if ("errors" in result.body) {
          expect(result.body.errors).toEqual([expect.objectContaining({ path: kind, code })]);
          expect(result.body.errors[0]!.message).toMatch(/^Ảnh .* quá nhỏ \(300×200 điểm ảnh\)/);
        } else {
          expect(result.body).toMatchObject({ code, path: kind });
          expect(result.body.message).toMatch(/^Ảnh /);
        }
      });
    });
  }
});

describe("submitDeclaration: invalid fields", () => {
  it("names every invalid field and every missing photo in one 422, in Vietnamese", async () => {
    await expectNothingWritten(async () => {
      const result = await submit({}, {});
      expect(result.status).toBe(422);
      if (result.ok || !("errors" in result.body)) throw new Error("expected field errors");
      const paths = result.body.errors.map((e) => e.path).sort();
      expect(paths).toEqual(
        ["address", "bhxhCode", "commitment", "dataProcessingConsent", "dateOfBirth", "fullName", "idBack", "idFront", "idIssueDate", "idIssuePlace", "idNumber", "idType", "officeCode", "phone", "portrait", "sex"].sort(),
      );
      expect(result.body.errors.find((e) => e.path === "fullName")).toEqual({ path: "fullName", code: "fullNameRequired", message: "Nhập họ và tên" });
      expect(result.body.errors.find((e) => e.path === "portrait")?.message).toBe("Ảnh chân dung: chưa có ảnh. Thêm ảnh rồi gửi lại");
    });
  });

  it("checks the CCCD against date of birth and sex, and answers in English when asked", async () => {
    const person = newPerson({ sex: "male" });
    const json = declarationJson(person, { sex: "female", phone: "0123", commitment: false, address: { provinceCode: "01", communeCode: "x", street: "" } });
    const result = await submit(json, photos, { locale: "en" });
    if (result.ok || !("errors" in result.body)) throw new Error("expected field errors");
    expect(Object.fromEntries(result.body.errors.map((e) => [e.path, e.code]))).toEqual({
      idNumber: "cccdSex",
      phone: "phoneInvalid",
      commitment: "commitmentRequired",
      "address.communeCode": "communeInvalid",
      "address.street": "streetRequired",
    });
    expect(result.body.errors.find((e) => e.path === "idNumber")?.message).toMatch(/^The 4th digit of the CCCD number does not match the sex/);
  });

  it("refuses a province or commune that does not exist, a commune of another province, an inactive office", async () => {
    await prisma.office.update({ where: { code: "0102" }, data: { active: false } });
    invalidateReferenceDataCache();
    try {
      const person = newPerson();
      const unknown = await submit(declarationJson(person, { address: { provinceCode: "99", communeCode: "99999", street: "Số 1" }, officeCode: "9999" }));
      if (unknown.ok || !("errors" in unknown.body)) throw new Error("expected field errors");
      expect(unknown.body.errors.map((e) => [e.path, e.code])).toEqual([
        ["address.provinceCode", "provinceInvalid"],
        ["address.communeCode", "communeInvalid"],
        ["officeCode", "officeUnavailable"],
      ]);
      const mismatched = await submit(declarationJson(person, { address: { provinceCode: "79", communeCode: "00004", street: "Số 1" }, officeCode: "0102" }));
      if (mismatched.ok || !("errors" in mismatched.body)) throw new Error("expected field errors");
      expect(mismatched.body.errors.map((e) => [e.path, e.code])).toEqual([
        ["address.communeCode", "communeNotInProvince"],
        ["officeCode", "officeUnavailable"],
      ]);
      expect(mismatched.body.errors[0]!.message).toBe("Xã/phường/đặc khu đã chọn không thuộc tỉnh/thành phố đã chọn. Chọn lại xã/phường/đặc khu");
    } finally {
      await prisma.office.update({ where: { code: "0102" }, data: { active: true } });
      invalidateReferenceDataCache();
    }
  });
});

describe("submitDeclaration: duplicate rules (409)", () => {
  it("one pending declaration per ID number: a stranger gets the generic answer, the details go by SMS to the phone on record", async () => {
    const person = newPerson();
    const first = created(await submit(declarationJson(person)));
    const count = () => Promise.all([prisma.declaration.count(), prisma.declarationFile.count()]);
    const before = await count();
    const second = await submit(declarationJson(person, { phone: "0987 000 111" }));
    expect(second.status).toBe(409);
    if (second.ok || "errors" in second.body) throw new Error("expected a problem");
    expect(second.body).toEqual({
      code: "recordExists",
      message: "Số giấy tờ hoặc mã số BHXH này đã có hồ sơ đang chờ hoặc đã có tài khoản. Chúng tôi đã gửi hướng dẫn tới số điện thoại đã đăng ký.",
    });
    expect(JSON.stringify(second.body)).not.toContain(first.body.reference);
    expect(await count()).toEqual(before);
    const notice = await prisma.notification.findFirstOrThrow({ where: { template: "conflictNotice", recipient: person.phone } });
    expect(notice.body).toContain(first.body.reference);
  });

  it("one pending declaration per ID number: the holder of its confirmed phone gets the reference and how to withdraw it", async () => {
    const person = newPerson();
    const first = created(await submit(declarationJson(person)));
    await expectNothingWritten(async () => {
      const second = await submit(declarationJson(person));
      expect(second.status).toBe(409);
      if (second.ok || "errors" in second.body) throw new Error("expected a problem");
      expect(second.body).toMatchObject({ code: "pendingDeclarationExists", existingReference: first.body.reference, nextAction: { kind: "lookUp" } });
      expect(second.body.message).toContain(first.body.reference);
      // The way that really exists (issue 17 §2): withdraw it on /tra-cuu with the phone code, or at the office.
      expect(second.body.message).toContain("rút tờ khai cũ tại trang Tra cứu tờ khai");
      expect(second.body.message).not.toContain("đề nghị cơ quan BHXH hủy");
    });
  });

  it("an active account for the BHXH code: generic to a stranger; the masked phone and where to sign in to its holder", async () => {
    const person = newPerson();
    await prisma.account.create({ data: { bhxhCode: person.bhxhCode, passwordHash: "x", passwordChangedAt: new Date(), phone: "+84912000678", activatedAt: new Date() } });
    const stranger = await submit(declarationJson(person));
    if (stranger.ok || "errors" in stranger.body) throw new Error("expected a problem");
    expect(stranger.status).toBe(409);
    expect(stranger.body.code).toBe("recordExists");
    expect(JSON.stringify(stranger.body)).not.toContain("678");
    expect(await prisma.notification.count({ where: { template: "conflictNotice", recipient: "+84912000678" } })).toBe(1);

    await expectNothingWritten(async () => {
      const result = await submit(declarationJson(person, { phone: "0912000678" }));
      if (result.ok || "errors" in result.body) throw new Error("expected a problem");
      expect(result.status).toBe(409);
      expect(result.body).toMatchObject({ code: "accountExists", maskedPhone: "*******678", links: { signIn: "/dang-nhap", forgotPassword: "/quen-mat-khau" } });
      expect(result.body.message).toContain("*******678");
      expect(result.body.message).not.toContain("0912000678");
    });
  });

  it("a closed account does not block a new declaration", async () => {
    const person = newPerson();
    await prisma.account.create({ data: { bhxhCode: person.bhxhCode, passwordHash: "x", passwordChangedAt: new Date(), phone: person.phone, activatedAt: new Date(), status: "closed" } });
    created(await submit(declarationJson(person)));
  });

  it("a phone that already belongs to another BHXH code's account", async () => {
    const other = newPerson();
    const person = newPerson();
    await prisma.account.create({ data: { bhxhCode: other.bhxhCode, passwordHash: "x", passwordChangedAt: new Date(), phone: person.phone, activatedAt: new Date() } });
    await expectNothingWritten(async () => {
      const result = await submit(declarationJson(person));
      if (result.ok || "errors" in result.body) throw new Error("expected a problem");
      expect(result.status).toBe(409);
      expect(result.body.code).toBe("phoneBelongsToAnotherAccount");
      expect(result.body.message).not.toContain(other.bhxhCode);
    });
  });

  it("two simultaneous submissions for the same ID number: exactly one is created", async () => {
    const person = newPerson();
    const filesBefore = storedFiles();
    const results = await Promise.all([submit(declarationJson(person)), submit(declarationJson(person)), submit(declarationJson(person))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await prisma.declaration.count({ where: { idNumber: person.idNumber } })).toBe(1);
    // Only the winner's three photos remain: the losers' (stored before their transaction) were deleted.
    const row = await prisma.declaration.findFirstOrThrow({ where: { idNumber: person.idNumber }, include: { files: true } });
    const added = storedFiles().filter((f) => !filesBefore.includes(f));
    expect(added.sort()).toEqual(row.files.map((f) => path.join(...f.storageKey.split("/"))).sort());
  });
});

describe("submitDeclaration: idempotency", () => {
  it("answers a repeated Idempotency-Key with the same 201 body, token included, and creates one declaration", async () => {
    const person = newPerson();
    const key = crypto.randomUUID();
    const first = created(await submit(declarationJson(person), photos, { idempotencyKey: key }));
    const again = created(await submit(declarationJson(person), photos, { idempotencyKey: key }));
    expect(again.replayed).toBe(true);
    expect(again.body).toEqual(first.body);
    expect(await prisma.declaration.count({ where: { idNumber: person.idNumber } })).toBe(1);
  });

  it("answers simultaneous sends with one key (a double tap) with one declaration and the same body", async () => {
    const person = newPerson();
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([submit(declarationJson(person), photos, { idempotencyKey: key }), submit(declarationJson(person), photos, { idempotencyKey: key })]);
    expect(created(a).body).toEqual(created(b).body);
    expect([a, b].filter((r) => r.ok && r.replayed)).toHaveLength(1);
    expect(await prisma.declaration.count({ where: { idNumber: person.idNumber } })).toBe(1);
  });

  it("keeps the key's request fingerprint on the declaration, and decides a replay by it (not by the audit trail)", async () => {
    const person = newPerson();
    const key = crypto.randomUUID();
    created(await submit(declarationJson(person), photos, { idempotencyKey: key }));
    const row = await prisma.declaration.findUniqueOrThrow({ where: { idempotencyKey: key }, select: { id: true, requestFingerprint: true } });
    expect(row.requestFingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Were the audit event still the source, this send would be replayed; the column says otherwise.
    await prisma.declaration.update({ where: { id: row.id }, data: { requestFingerprint: "0".repeat(64) } });
    const again = await submit(declarationJson(person), photos, { idempotencyKey: key });
    expect(again.status).toBe(422);
    const keyless = created(await submit(declarationJson(newPerson()), photos));
    expect((await prisma.declaration.findUniqueOrThrow({ where: { reference: keyless.body.reference }, select: { requestFingerprint: true } })).requestFingerprint).toBeNull();
  });

  it("refuses a key reused with other content (422), and a malformed key", async () => {
    const key = crypto.randomUUID();
    created(await submit(declarationJson(newPerson()), photos, { idempotencyKey: key }));
    const reused = await submit(declarationJson(newPerson()), photos, { idempotencyKey: key });
    expect(reused.status).toBe(422);
    if (reused.ok || !("errors" in reused.body)) throw new Error("expected field errors");
    expect(reused.body.errors).toEqual([expect.objectContaining({ path: "Idempotency-Key", code: "idempotencyKeyReused" })]);
    const malformed = await submit(declarationJson(newPerson()), photos, { idempotencyKey: "short" });
    if (malformed.ok || !("errors" in malformed.body)) throw new Error("expected field errors");
    expect(malformed.body.errors[0]?.code).toBe("idempotencyKeyInvalid");
  });
});

describe("submitDeclaration: rate limit and failures", () => {
  it(`allows ${RATE_LIMITS.declarationSubmitPerIp.limit} sends per IP per hour, then answers 429 with the time to wait`, async () => {
    const ip = newIp();
    for (let i = 0; i < RATE_LIMITS.declarationSubmitPerIp.limit; i++) expect((await submit({}, {}, { ip })).status).toBe(422);
    const refused = await submit(declarationJson(newPerson()), photos, { ip });
    expect(refused.status).toBe(429);
    if (refused.ok || "errors" in refused.body) throw new Error("expected a problem");
    expect(refused.body.code).toBe("submitRateLimited");
    expect(refused.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.body.message).toMatch(/^Có quá nhiều tờ khai được gửi từ mạng của bạn\. Vui lòng thử lại sau \d+ phút/);
  });

  it("an office closed between the checks and the transaction: 422, no rows, no files", async () => {
    await expectNothingWritten(async () => {
      const result = await submit(declarationJson(newPerson(), { officeCode: "0103" }), photos, {}, {
        afterPhotosStored: async () => {
          expect(storedFiles().length).toBeGreaterThan(0);
          await prisma.office.update({ where: { code: "0103" }, data: { active: false } });
        },
      });
      if (result.ok || !("errors" in result.body)) throw new Error("expected field errors");
      expect(result.body.errors).toEqual([expect.objectContaining({ path: "officeCode", code: "officeUnavailable" })]);
    });
    await prisma.office.update({ where: { code: "0103" }, data: { active: true } });
  });

  it("an error inside the transaction rolls everything back and deletes the stored photos", async () => {
    const existing = created(await submit(declarationJson(newPerson())));
    await expectNothingWritten(async () => {
      await expect(submit(declarationJson(newPerson()), photos, {}, { generateReference: () => existing.body.reference })).rejects.toThrow(/No free reference code/);
    });
  });

  it("draws another reference code when the first one is taken", async () => {
    const existing = created(await submit(declarationJson(newPerson())));
    const codes = [existing.body.reference, "TK-ABCD-EFGH"];
    await prisma.declaration.deleteMany({ where: { reference: "TK-ABCD-EFGH" } });
    const result = created(await submit(declarationJson(newPerson()), photos, {}, { generateReference: () => codes.shift()! }));
    expect(result.body.reference).toBe("TK-ABCD-EFGH");
  });
});
