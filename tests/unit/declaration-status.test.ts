import { describe, expect, it } from "vitest";
import {
  ALLOWED_ACTIONS,
  DECLARATION_ACTIONS,
  DECLARATION_STATUSES,
  DisallowedActionError,
  REJECTION_REASONS,
  REJECTION_REASON_CODES,
  WITHDRAWAL_REASONS,
  canPerform,
  canWithdraw,
  isWithdrawalReasonCode,
  isDeclarationStatus,
  isPending,
  isRejectionReasonCode,
  nextStatus,
  type DeclarationAction,
  type DeclarationStatus,
} from "@/lib/domain/declaration-status";
import { translate } from "@/lib/i18n/catalog";
import { DeclarationStatus as PrismaDeclarationStatus } from "@/lib/server/db/generated/enums";

// Every (status, action) pair: where it leads, or null when it is not allowed.
const EXPECTED: Record<DeclarationStatus, Record<DeclarationAction, DeclarationStatus | null>> = {
  submitted: { approve: "approved", reject: "rejected", expire: "expired", withdraw: "withdrawn", resubmit: null, remind: "submitted", purgeFiles: null },
  approved: { approve: null, reject: null, expire: null, withdraw: null, resubmit: null, remind: null, purgeFiles: null },
  rejected: { approve: null, reject: null, expire: null, withdraw: null, resubmit: "submitted", remind: null, purgeFiles: "rejected" },
  expired: { approve: null, reject: null, expire: null, withdraw: null, resubmit: null, remind: null, purgeFiles: "expired" },
  withdrawn: { approve: null, reject: null, expire: null, withdraw: null, resubmit: null, remind: null, purgeFiles: "withdrawn" },
};

describe("declaration status machine", () => {
  it("has exactly the statuses of the database's enum, and a rule for each", () => {
    expect([...DECLARATION_STATUSES].sort()).toEqual(Object.values(PrismaDeclarationStatus).sort());
    expect(Object.keys(ALLOWED_ACTIONS).sort()).toEqual([...DECLARATION_STATUSES].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...DECLARATION_STATUSES].sort());
  });

  for (const status of DECLARATION_STATUSES) {
    for (const action of DECLARATION_ACTIONS) {
      const target = EXPECTED[status][action];
      if (target === null) {
        it(`${status} does not allow ${action}`, () => {
          expect(canPerform(status, action)).toBe(false);
          expect(ALLOWED_ACTIONS[status]).not.toContain(action);
          expect(() => nextStatus(status, action)).toThrow(DisallowedActionError);
        });
      } else {
        it(`${status} --${action}--> ${target}`, () => {
          expect(canPerform(status, action)).toBe(true);
          expect(nextStatus(status, action)).toBe(target);
        });
      }
    }
  }

  it("says which status and action were refused", () => {
    try {
      nextStatus("approved", "reject");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DisallowedActionError);
      expect((error as DisallowedActionError).status).toBe("approved");
      expect((error as DisallowedActionError).action).toBe("reject");
      expect((error as Error).message).toBe('Action "reject" is not allowed when the declaration is approved');
    }
  });

  it("is pending only when submitted", () => {
    expect(DECLARATION_STATUSES.filter(isPending)).toEqual(["submitted"]);
  });

  it("recognises status strings", () => {
    expect(isDeclarationStatus("submitted")).toBe(true);
    expect(isDeclarationStatus("SUBMITTED")).toBe(false);
    expect(isDeclarationStatus("pending")).toBe(false);
    expect(isDeclarationStatus(undefined)).toBe(false);
  });
});

describe("rejection reasons", () => {
  it("are distinct codes, including the \"other\" that needs a note, each with a label in both languages", () => {
    expect(new Set(REJECTION_REASON_CODES).size).toBe(REJECTION_REASONS.length);
    expect(REJECTION_REASON_CODES).toContain("other");
    for (const reason of REJECTION_REASONS) {
      expect(reason.labelKey).toBe(`validation.rejectionReason_${reason.code}`);
      expect(translate("vi", reason.labelKey)).not.toBe(reason.labelKey);
      expect(translate("en", reason.labelKey)).not.toBe(reason.labelKey);
    }
    expect(translate("vi", "validation.rejectionReason_unclearPhoto")).toMatch(/không rõ/);
    expect(translate("vi", "validation.rejectionReason_mismatchWithRecords")).toMatch(/không khớp/);
  });

  it("recognises reason codes", () => {
    expect(isRejectionReasonCode("notSigned")).toBe(true);
    expect(isRejectionReasonCode("notsigned")).toBe(false);
    expect(isRejectionReasonCode(3)).toBe(false);
  });
});

describe("withdrawal", () => {
  it("is allowed only while the declaration is pending, and leads to withdrawn, after which nothing but the photo purge remains", () => {
    expect(DECLARATION_STATUSES.filter(canWithdraw)).toEqual(["submitted"]);
    expect(nextStatus("submitted", "withdraw")).toBe("withdrawn");
    expect(() => nextStatus("withdrawn", "withdraw")).toThrow(DisallowedActionError);
    expect(ALLOWED_ACTIONS.withdrawn).toEqual(["purgeFiles"]);
  });

  it("has reasons with labels in both languages", () => {
    for (const reason of WITHDRAWAL_REASONS) {
      expect(isWithdrawalReasonCode(reason.code)).toBe(true);
      expect(translate("vi", reason.labelKey)).not.toBe(reason.labelKey);
      expect(translate("en", reason.labelKey)).not.toBe(reason.labelKey);
    }
    expect(isWithdrawalReasonCode("unclearPhoto")).toBe(false);
  });
});
