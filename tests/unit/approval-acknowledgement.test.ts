// Issue 11 §2: a field that differs from the master record must be acknowledged, one by one, before the
// declaration can be approved (the page's form and the service ask the same rule); the form's single
// statement confirms both counter checks.
import { describe, expect, it } from "vitest";
import { approvalBlockers, differencesToAcknowledge, unacknowledgedDifferences } from "@/lib/domain/decision-blockers";
import { matchParticipant, type IdentityFields } from "@/lib/domain/participant-match";
import { ZApproveFormSchema } from "@/lib/schemas/back-office";

const record: IdentityFields = { fullName: "Nguyễn Văn An", dateOfBirth: "1990-05-08", sex: "male", idNumber: "001090012345", bhxhCode: "0123456789" };
const pending = { status: "submitted" as const, expiresAt: new Date("2100-01-01T00:00:00Z"), phone: "0912345678" };
const officer = { mayDecide: true };
const now = new Date("2026-12-02T03:00:00Z");
const checks = { originalIdChecked: true, declarationSigned: true };

describe("acknowledging differences before approval", () => {
  const declared: IdentityFields = { ...record, fullName: "Nguyen Văn An", dateOfBirth: "1990-05-09" };
  const match = matchParticipant(declared, record, [record]);
  if (match.state !== "matched") throw new Error("expected a match");

  it("lists the differing fields, a missing diacritic included, not the ones the record lacks", () => {
    expect(differencesToAcknowledge(match.fields)).toEqual(["fullName", "dateOfBirth"]);
    const lacking = matchParticipant({ ...record }, { ...record, idNumber: null }, []);
    expect(lacking.state === "matched" && differencesToAcknowledge(lacking.fields)).toEqual([]);
  });

  it("blocks approval until every differing field is acknowledged", () => {
    expect(approvalBlockers(officer, pending, match, now, checks)).toEqual(["differencesNotAcknowledged"]);
    expect(approvalBlockers(officer, pending, match, now, { ...checks, acknowledgedFields: ["fullName"] })).toEqual(["differencesNotAcknowledged"]);
    expect(unacknowledgedDifferences(match.fields, ["fullName"])).toEqual(["dateOfBirth"]);
    expect(approvalBlockers(officer, pending, match, now, { ...checks, acknowledgedFields: ["dateOfBirth", "fullName"] })).toEqual([]);
  });

  it("asks nothing more of a clean match, and the page (no checklist yet) still offers the form", () => {
    const clean = matchParticipant(record, record, [record]);
    expect(approvalBlockers(officer, pending, clean, now, checks)).toEqual([]);
    expect(approvalBlockers(officer, pending, match, now)).toEqual([]);
  });
});

describe("ZApproveFormSchema", () => {
  const base = { reference: "HS-TEST", version: "1" };

  it("takes the form's one statement as both counter checks", () => {
    expect(ZApproveFormSchema.parse({ ...base, counterChecks: "on" })).toEqual({
      reference: "HS-TEST",
      version: 1,
      originalIdChecked: true,
      declarationSigned: true,
      acknowledgedFields: [],
    });
  });

  it("names both checks when the statement is not ticked, and refuses an unknown field to acknowledge", () => {
    const unticked = ZApproveFormSchema.safeParse({ ...base, counterChecks: "off" });
    expect(unticked.success).toBe(false);
    expect(unticked.error?.issues.map((i) => i.path[0]).sort()).toEqual(["declarationSigned", "originalIdChecked"]);
    expect(ZApproveFormSchema.safeParse({ ...base, counterChecks: "on", acknowledgedFields: ["phone"] }).success).toBe(false);
    expect(ZApproveFormSchema.parse({ ...base, counterChecks: "on", acknowledgedFields: ["sex"] }).acknowledgedFields).toEqual(["sex"]);
  });
});
