import { describe, expect, it } from "vitest";
import { approvalBlockers } from "@/lib/domain/decision-blockers";
import { matchParticipant, type IdentityFields, type ParticipantMatch } from "@/lib/domain/participant-match";

/** Would this match let a pending, in-time declaration be approved? */
const isApprovableMatch = (match: ParticipantMatch) =>
  approvalBlockers({ mayDecide: true }, { status: "submitted", expiresAt: new Date("2100-01-01T00:00:00Z"), phone: "+84912345678" }, match, new Date()).length === 0;

const declared: IdentityFields = { fullName: "Nguyễn Thị Ngọc Hường", dateOfBirth: "1990-05-12", sex: "female", idNumber: "001190012345", bhxhCode: "0123456789" };
const record: IdentityFields = { ...declared, dateOfBirth: new Date("1990-05-12T00:00:00Z") };

describe("matchParticipant", () => {
  it("matches one record found by both BHXH code and ID number, every field the same", () => {
    const match = matchParticipant(declared, record, [record]);
    expect(match.state).toBe("matched");
    if (match.state !== "matched") return;
    expect(match.differences).toBe(0);
    expect(match.foundByIdNumber).toBe(true);
    expect(match.fields.map((f) => f.agreement)).toEqual(["same", "same", "same", "same", "same"]);
    expect(isApprovableMatch(match)).toBe(true);
  });

  it("tells a name that differs only by diacritics or case from a different name", () => {
    const unaccented = matchParticipant({ ...declared, fullName: "nguyen thi ngoc huong" }, record, [record]);
    expect(unaccented.state === "matched" && unaccented.fields[0]).toMatchObject({ field: "fullName", agreement: "sameWithoutDiacritics" });
    const upper = matchParticipant({ ...declared, fullName: "NGUYỄN THỊ NGỌC HƯỜNG" }, record, [record]);
    expect(upper.state === "matched" && upper.fields[0]?.agreement).toBe("same");
    const other = matchParticipant({ ...declared, fullName: "Nguyễn Thị Hương" }, record, [record]);
    expect(other.state === "matched" && other.fields[0]?.agreement).toBe("different");
  });

  it("flags each differing field and a record without an ID number", () => {
    const match = matchParticipant({ ...declared, dateOfBirth: "1990-05-13", sex: "male" }, { ...record, idNumber: null }, []);
    expect(match.state).toBe("matched");
    if (match.state !== "matched") return;
    expect(match.differences).toBe(2);
    expect(Object.fromEntries(match.fields.map((f) => [f.field, f.agreement]))).toEqual({
      fullName: "same",
      dateOfBirth: "different",
      sex: "different",
      idNumber: "missing",
      bhxhCode: "same",
    });
  });

  it("says when there is no record at all", () => {
    expect(matchParticipant(declared, null, [])).toEqual({ state: "noRecord" });
  });

  it("refuses a record found only by ID number (the BHXH code has none)", () => {
    const elsewhere = { ...record, bhxhCode: "9999999999" };
    const match = matchParticipant(declared, null, [elsewhere]);
    expect(match.state).toBe("idNumberOnly");
    expect(match.state === "idNumberOnly" && match.fields.find((f) => f.field === "bhxhCode")?.agreement).toBe("different");
    expect(isApprovableMatch(match)).toBe(false);
  });

  it("reports two different records (BHXH code and ID number lead to different people)", () => {
    const other = { ...record, bhxhCode: "9999999999", fullName: "Trần Văn Hùng" };
    const match = matchParticipant(declared, record, [other]);
    expect(match).toEqual({ state: "conflict", records: [record, other] });
    expect(isApprovableMatch(match)).toBe(false);
    expect(matchParticipant(declared, null, [other, { ...other, bhxhCode: "8888888888" }]).state).toBe("conflict");
  });
});
