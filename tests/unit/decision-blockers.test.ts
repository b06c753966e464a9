import { describe, expect, it } from "vitest";
import { approvalBlockers, rejectionBlockers } from "@/lib/domain/decision-blockers";
import type { ParticipantMatch } from "@/lib/domain/participant-match";
import { vn } from "@/tests/support/vietnam-time";

const record = { fullName: "Nguyễn Văn An", dateOfBirth: "1990-05-12", sex: "male" as const, idNumber: "001090012345", bhxhCode: "0123456789" };
const matched: ParticipantMatch = { state: "matched", record, fields: [], differences: 0, foundByIdNumber: true };
const conflict: ParticipantMatch = { state: "conflict", records: [record, { ...record, bhxhCode: "0987654321" }] };
const lastDay = vn("2026-12-12T23:59:59.999");
const pending = { status: "submitted" as const, expiresAt: lastDay, phone: "+84912345678" };
const officer = { mayDecide: true };
const ticked = { originalIdChecked: true, declarationSigned: true };

describe("approvalBlockers", () => {
  it("lets an officer approve a pending, matched declaration up to the last instant of its last day", () => {
    expect(approvalBlockers(officer, pending, matched, vn("2026-12-12T23:59:58"), ticked)).toEqual([]);
    expect(approvalBlockers(officer, pending, matched, lastDay, ticked)).toEqual([]);
    expect(approvalBlockers(officer, pending, matched, vn("2026-12-13T00:00:00"), ticked)).toEqual(["expired"]);
  });

  it("names every reason at once, in the order the page shows them", () => {
    expect(approvalBlockers({ mayDecide: false }, pending, conflict, vn("2026-12-13T00:00:00"))).toEqual(["notAllowed", "expired", "conflictingRecords"]);
    expect(approvalBlockers(officer, pending, { state: "noRecord" }, vn("2026-12-02T10:00:00"))).toEqual(["noMatchedRecord"]);
    expect(approvalBlockers(officer, pending, { state: "idNumberOnly", record, fields: [], differences: 0 }, vn("2026-12-02T10:00:00"))).toEqual([
      "noMatchedRecord",
    ]);
  });

  it("says 'already decided', not 'expired', for a declaration that is no longer pending", () => {
    for (const status of ["approved", "rejected", "expired", "withdrawn"] as const) {
      expect(approvalBlockers(officer, { ...pending, status }, matched, vn("2026-12-20T10:00:00"))).toEqual(["notPending"]);
    }
  });

  it("blocks when a counter check was not ticked, and only when the checklist is given (the page asks before ticking)", () => {
    const now = vn("2026-12-05T10:00:00");
    expect(approvalBlockers(officer, pending, matched, now)).toEqual([]);
    expect(approvalBlockers(officer, pending, matched, now, { originalIdChecked: true, declarationSigned: false })).toEqual(["checklistIncomplete"]);
    expect(approvalBlockers(officer, pending, matched, now, { originalIdChecked: false, declarationSigned: true })).toEqual(["checklistIncomplete"]);
  });

  it("blocks a declaration keyed in without a phone until a confirmed number is registered (no account without one)", () => {
    const now = vn("2026-12-05T10:00:00");
    expect(approvalBlockers(officer, { ...pending, phone: null }, matched, now, ticked)).toEqual(["noConfirmedPhone"]);
    expect(approvalBlockers(officer, { ...pending, phone: null }, matched, now)).toEqual(["noConfirmedPhone"]);
  });
});

describe("rejectionBlockers", () => {
  it("allows rejecting a pending declaration whatever its match or deadline, by someone who may decide", () => {
    expect(rejectionBlockers(officer, { status: "submitted", expiresAt: vn("2020-01-01T00:00:00") })).toEqual([]);
    expect(rejectionBlockers({ mayDecide: false }, pending)).toEqual(["notAllowed"]);
    expect(rejectionBlockers(officer, { status: "approved", expiresAt: lastDay })).toEqual(["notPending"]);
  });
});
