// The edge's one table from a service's refusal code to HTTP (lib/server/api/http.ts): services return
// codes and parameters, the answer's status and words are decided here, in the asker's language.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalog";
import { failureAnswer, failureResponse, PROBLEM_STATUS } from "@/lib/server/api/http";
import { fieldIssue, problem, validationFailure, type ServiceProblemCode } from "@/lib/server/declarations/results";

describe("failureAnswer", () => {
  it("gives every refusal code a status and a message of its own in every language", () => {
    for (const code of Object.keys(PROBLEM_STATUS) as ServiceProblemCode[]) {
      for (const locale of LOCALES) {
        const { status, body } = failureAnswer(problem(code), locale);
        expect(status).toBe(PROBLEM_STATUS[code]);
        expect("message" in body && body.message).not.toBe(`declaration.server_${code}`);
        expect(body).toMatchObject({ code });
      }
    }
  });

  it("writes the parameters into the asker's language and keeps the details as data", () => {
    const refused = problem("conflictCheckRateLimited", { minutes: 3 }, { retryAfterSeconds: 150 });
    expect(refused).toEqual({ ok: false, code: "conflictCheckRateLimited", params: { minutes: 3 }, details: { retryAfterSeconds: 150 } });
    const vi = failureAnswer(refused, "vi");
    const en = failureAnswer(refused, "en");
    expect(vi.status).toBe(429);
    expect(vi.body).toMatchObject({ code: "conflictCheckRateLimited", retryAfterSeconds: 150, message: translate("vi", "declaration.server_conflictCheckRateLimited", { minutes: 3 }) });
    expect(en.body).toMatchObject({ message: translate("en", "declaration.server_conflictCheckRateLimited", { minutes: 3 }) });
    expect(failureResponse(refused, "en").headers.get("Retry-After")).toBe("150");
  });

  it("names the photo a refusal is about, with its size in megabytes as the language writes them", () => {
    const tooLarge = { ...problem("photoTooLarge", { sizeBytes: 12.4 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 }), photo: "idBack" as const };
    const vi = failureAnswer(tooLarge, "vi");
    expect(vi.status).toBe(413);
    expect(vi.body).toMatchObject({ code: "photoTooLarge", path: "idBack" });
    expect((vi.body as { message: string }).message).toMatch(/^Ảnh mặt sau giấy tờ .*12,4 MB/);
    expect((failureAnswer(tooLarge, "en").body as { message: string }).message).toContain("12.4 MB");
  });

  it("answers invalid fields with 422, each with its code and message", () => {
    const invalid = validationFailure([fieldIssue("fullName", "validation.fullNameRequired"), { path: "portrait", key: "declaration.server_photoMissing", photo: "portrait" }]);
    const { status, body } = failureAnswer(invalid, "vi");
    expect(status).toBe(422);
    expect(body).toEqual({
      errors: [
        { path: "fullName", code: "fullNameRequired", message: translate("vi", "validation.fullNameRequired") },
        { path: "portrait", code: "photoMissing", message: translate("vi", "declaration.server_photoMissing", { label: translate("vi", "declaration.server_photoLabel_portrait") }) },
      ],
    });
  });
});
