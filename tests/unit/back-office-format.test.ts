import { describe, expect, it } from "vitest";
import { formatDuration } from "@/components/back-office/format";
import { formObject } from "@/lib/server/forms/form-action";
import { safeStaffReturnPath } from "@/app/(officer)/can-bo/return-path";
import { STAFF_ROLES, ZApproveFormSchema, ZRejectFormSchema, ZQueueParamsSchema, fieldErrors } from "@/lib/schemas/back-office";
import { StaffRole as PrismaStaffRole } from "@/lib/server/db/generated/enums";

describe("back-office formatting", () => {
  it("writes durations in minutes, hours or days", () => {
    const t = { durationMinutes: "{minutes} phút", durationHours: "{hours} giờ {minutes} phút", durationDays: "{days} ngày {hours} giờ" };
    expect(formatDuration(42.4, t)).toBe("42 phút");
    expect(formatDuration(135, t)).toBe("2 giờ 15 phút");
    expect(formatDuration(3 * 1440 + 125, t)).toBe("3 ngày 2 giờ");
  });
});

describe("back-office forms", () => {
  it("offer exactly the staff roles the database knows", () => {
    expect([...STAFF_ROLES].sort()).toEqual(Object.values(PrismaStaffRole).sort());
  });

  it("reads FormData, with repeated names as arrays", () => {
    const f = new FormData();
    f.append("name", "A");
    f.append("communeCodes", "00004");
    f.append("communeCodes", "00008");
    expect(formObject(f, ["communeCodes", "missing"])).toEqual({ name: "A", communeCodes: ["00004", "00008"], missing: [] });
  });

  it("requires both counter checks to approve", () => {
    const parsed = ZApproveFormSchema.safeParse({ reference: "TK-7KQ4-M9XD", version: "1", originalIdChecked: "on" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrors(parsed.error)).toEqual({ declarationSigned: "officer.checklistSignedRequired" });
  });

  it("requires a known reason to reject, and a note for 'other'", () => {
    expect(ZRejectFormSchema.safeParse({ reference: "x", version: "1", reasonCode: "nope" }).success).toBe(false);
    const other = ZRejectFormSchema.safeParse({ reference: "x", version: "1", reasonCode: "other", note: " " });
    expect(!other.success && fieldErrors(other.error)).toEqual({ note: "officer.rejectNoteRequired" });
    expect(ZRejectFormSchema.parse({ reference: "x", version: "2", reasonCode: "notSigned" })).toMatchObject({ version: 2, note: "" });
  });

  it("drops bad queue parameters instead of failing", () => {
    expect(ZQueueParamsSchema.parse({ q: "abc", "trang-thai": "hacked", tu: "2026-02-30", "co-quan": "01;drop" })).toEqual({ q: "abc" });
  });

  it("returns only to pages of the back office after sign-in", () => {
    expect(safeStaffReturnPath("/can-bo/ho-so/TK-7KQ4-M9XD")).toBe("/can-bo/ho-so/TK-7KQ4-M9XD");
    for (const bad of ["https://evil.example", "//evil.example", "/tai-khoan", "/can-bo/dang-nhap", "/can-bo\\..\\x", "", null]) {
      expect(safeStaffReturnPath(bad)).toBe("/can-bo");
    }
  });
});
