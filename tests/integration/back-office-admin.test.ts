// Administration (staff users, offices), the staff password change, the session re-check and the
// supervisor's figures, on a real database. Permission cases first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "next-auth";
import { prisma, type StaffUser } from "@/lib/server/db/client";
import { principalFromSession, type StaffPrincipal } from "@/lib/server/auth/staff-access";
import { authorizeStaff as authorizeStaffCredentials } from "@/lib/server/auth/staff-credentials";
import { startStaffSignIn } from "@/lib/server/staff/sign-in-staff";
import { openStaffSession } from "@/lib/server/staff/staff-sessions";
import { createStaffUser as createStaffUserService, getStaffUser, listStaffUsers, resetStaffPassword, setStaffUserDisabled, updateStaffUser } from "@/lib/server/staff/manage-staff-users";
import { getOfficeForEdit, listOffices, updateOffice } from "@/lib/server/offices/manage-offices";
import { handleChangePasswordForm, handleCreateStaffForm, handleOfficeForm, handleResetStaffPasswordForm, handleStaffStatusForm, handleUpdateStaffForm } from "@/lib/server/back-office/admin-forms";
import { getOfficeOverview, vietnamPeriods, median } from "@/lib/server/back-office/office-overview";
import { handleApproveForm, handleRejectForm } from "@/lib/server/back-office/decision-forms";
import { DEMO_STAFF_PASSWORD } from "@/tests/factories/demo";
import { createDeclaration, createMatchingParticipant } from "@/tests/factories/declarations";
import { createStaffUser, principalOf } from "@/tests/factories/staff";

// The sign-in tickets are keyed by AUTH_SECRET, which the integration setup does not set.
process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const info = { ip: "198.51.100.23", userAgent: "vitest admin" };
let admin: StaffPrincipal;
let supervisor: StaffPrincipal;
let officer: StaffPrincipal;
let target: StaffUser;

/** The session cookie of a browser signed in as `user` now: a real StaffSession row behind it. */
async function session(user: Pick<StaffUser, "id" | "sessionVersion">): Promise<Session> {
  const row = await prisma.$transaction((tx) => openStaffSession(tx, { staffUserId: user.id, officeCode: null, deviceHash: null, now: new Date(), info, secondFactor: null }));
  return { kind: "staff", principalId: user.id, staffSessionId: row.id, sessionVersion: user.sessionVersion, expires: new Date(Date.now() + 60_000).toISOString() } as Session;
}

let ipCounter = 0;
/** The two sign-in steps as the sign-in page runs them: password (startStaffSignIn), then next-auth's authorize. */
async function signIn(username: string, password: string) {
  const requestInfo = { ip: `192.0.2.${++ipCounter}`, userAgent: "vitest admin" };
  const started = await startStaffSignIn({ username, password }, requestInfo, null);
  if (!started.ok) return started;
  return authorizeStaffCredentials({ ticket: started.ticket }, new Request("http://localhost/api/auth/callback/staff", { headers: { "x-forwarded-for": requestInfo.ip } }));
}

function form(fields: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) f.append(k, value);
  return f;
}

beforeAll(async () => {
  admin = principalOf(await createStaffUser(prisma, { role: "admin", officeCode: null }));
  supervisor = principalOf(await createStaffUser(prisma, { role: "supervisor", officeCode: "0101" }));
  officer = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: "0101" }));
  target = await createStaffUser(prisma, { role: "officer", officeCode: "0101" });
});

afterAll(() => prisma.$disconnect());

describe("permissions: only admins administer", () => {
  for (const who of ["supervisor", "officer", "signed out"] as const) {
    it(`a ${who} can neither read nor change staff users or offices`, async () => {
      const p = who === "supervisor" ? supervisor : who === "officer" ? officer : null;
      const expected = p ? "officer.authError_forbidden" : "officer.authError_signedOut";
      expect(await listStaffUsers(p)).toBeNull();
      expect(await getStaffUser(p, target.id)).toBeNull();
      expect(await listOffices(p)).toBeNull();
      expect(await getOfficeForEdit(p, "0101")).toBeNull();
      expect(await createStaffUserService(p, { username: "x.y.z", fullName: "X", role: "admin", officeCode: null }, info)).toEqual({ ok: false, code: "forbidden" });
      expect(await updateStaffUser(p, target.id, { fullName: "X", role: "admin", officeCode: null }, info)).toEqual({ ok: false, code: "forbidden" });
      expect(await setStaffUserDisabled(p, target.id, true, info)).toEqual({ ok: false, code: "forbidden" });
      expect(await resetStaffPassword(p, target.id, info)).toEqual({ ok: false, code: "forbidden" });
      expect(await updateOffice(p, "0101", { name: "X", address: "Y", phone: "", communeCodes: [] }, info)).toEqual({ ok: false, code: "forbidden" });
      expect(await handleCreateStaffForm(p, form({ username: "hacker", fullName: "H", role: "admin" }), info)).toMatchObject({ formError: expected });
      expect(await handleUpdateStaffForm(p, form({ fullName: "H", role: "admin" }), info, target.id)).toMatchObject({ formError: expected });
      expect(await handleStaffStatusForm(p, {}, info, { id: target.id, disabled: true })).toMatchObject({ formError: expected });
      expect(await handleResetStaffPasswordForm(p, {}, info, target.id)).toMatchObject({ formError: expected });
      expect(await handleOfficeForm(p, form({ name: "X", address: "Y" }), info, "0101")).toMatchObject({ formError: expected });
      const unchanged = await prisma.staffUser.findUniqueOrThrow({ where: { id: target.id } });
      expect(unchanged).toMatchObject({ role: "officer", disabledAt: null, sessionVersion: target.sessionVersion, passwordHash: target.passwordHash });
      expect(await prisma.staffUser.count({ where: { username: "hacker" } })).toBe(0);
      expect((await prisma.office.findUniqueOrThrow({ where: { code: "0101" } })).name).not.toBe("X");
    });
  }

  it("an admin who must still change a temporary password cannot administer", async () => {
    const fresh = principalOf(await createStaffUser(prisma, { role: "admin", officeCode: null, mustChangePassword: true }));
    expect(await listStaffUsers(fresh)).toBeNull();
    expect(await handleStaffStatusForm(fresh, {}, info, { id: target.id, disabled: true })).toMatchObject({ formError: "officer.authError_mustChangePassword" });
  });
});

describe("sessions end when a user is disabled or their password reset", () => {
  it("a disabled user's session stops working at once, and they cannot sign in again", async () => {
    const user = await createStaffUser(prisma, { role: "officer", officeCode: "0101" });
    const open = await session(user);
    expect(await principalFromSession(open)).toMatchObject({ id: user.id, role: "officer", officeCode: "0101" });
    expect(await signIn(user.username, DEMO_STAFF_PASSWORD)).toMatchObject({ ok: true });

    expect(await handleStaffStatusForm(admin, {}, info, { id: user.id, disabled: true })).toEqual({ ok: true });
    expect(await principalFromSession(open)).toBeNull();
    expect(await signIn(user.username, DEMO_STAFF_PASSWORD)).toEqual({ ok: false, code: "invalid" });

    // Enabling again does not revive the old session: sessionVersion moved on.
    expect(await handleStaffStatusForm(admin, {}, info, { id: user.id, disabled: false })).toEqual({ ok: true });
    expect(await principalFromSession(open)).toBeNull();
    const now = await prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(await principalFromSession(await session(now))).toMatchObject({ id: user.id });
    const events = await prisma.auditEvent.findMany({ where: { type: { in: ["staff.disabled", "staff.enabled"] }, actorId: admin.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type).slice(-2)).toEqual(["staff.disabled", "staff.enabled"]);
    expect(events.at(-1)).toMatchObject({ ip: info.ip, userAgent: info.userAgent });
  });

  it("ignores sessions of another kind, of unknown users, and of stale versions", async () => {
    expect(await principalFromSession(null)).toBeNull();
    expect(await principalFromSession({ kind: "citizen", principalId: target.id, expires: "" } as Session)).toBeNull();
    const real = await session(target);
    expect(await principalFromSession({ ...real, principalId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await principalFromSession({ ...real, sessionVersion: target.sessionVersion + 1 })).toBeNull();
    expect(await principalFromSession({ ...real, staffSessionId: undefined })).toBeNull();
  });

  it("an admin cannot disable or reset themselves, nor demote themselves", async () => {
    expect(await handleStaffStatusForm(admin, {}, info, { id: admin.id, disabled: true })).toMatchObject({ formError: "officer.adminError_cannotChangeSelf" });
    expect(await handleResetStaffPasswordForm(admin, {}, info, admin.id)).toMatchObject({ formError: "officer.adminError_cannotChangeSelf" });
    expect(await handleUpdateStaffForm(admin, form({ fullName: "A", role: "officer", officeCode: "0101" }), info, admin.id)).toMatchObject({
      formError: "officer.adminError_cannotChangeSelf",
    });
  });
});

describe("staff users", () => {
  it("creates a user with a temporary password shown once, which signs in and forces a change", async () => {
    const username = `nv.${Date.now().toString(36)}`;
    const created = await handleCreateStaffForm(admin, form({ username: ` ${username.toUpperCase()} `, fullName: "Phan Văn Mới", role: "officer", officeCode: "7901" }), info);
    expect(created).toMatchObject({ ok: true, username });
    if (!created.ok) return;
    expect(created.temporaryPassword).toMatch(/^[A-Z2-9]{12}$/);
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { username } });
    expect(row).toMatchObject({ role: "officer", officeCode: "7901", mustChangePassword: true });
    expect(row.passwordHash).not.toContain(created.temporaryPassword);
    expect(await signIn(username, created.temporaryPassword)).toMatchObject({ ok: true });
    expect((await principalFromSession(await session(row)))?.mustChangePassword).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: "staff.created", actorId: admin.id }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ username, role: "officer", officeCode: "7901" });
    expect(JSON.stringify(event.data)).not.toContain(created.temporaryPassword);

    expect(await handleCreateStaffForm(admin, form({ username, fullName: "Trùng", role: "officer", officeCode: "7901" }), info)).toMatchObject({
      errors: { username: "officer.staffUsernameTaken" },
    });
  });

  it("validates: user name pattern, office required for officers, office must exist", async () => {
    expect(await handleCreateStaffForm(admin, form({ username: "a b", fullName: "X", role: "officer", officeCode: "0101" }), info)).toMatchObject({
      errors: { username: "officer.staffUsernameInvalid" },
    });
    expect(await handleCreateStaffForm(admin, form({ username: "valid.name", fullName: "X", role: "supervisor" }), info)).toMatchObject({
      errors: { officeCode: "officer.staffOfficeRequired" },
    });
    expect(await handleCreateStaffForm(admin, form({ username: "valid.name2", fullName: "X", role: "officer", officeCode: "9999" }), info)).toMatchObject({
      errors: { officeCode: "officer.staffOfficeUnknown" },
    });
  });

  it("changes role and office (effective on the next request), and admins hold no office", async () => {
    const user = await createStaffUser(prisma, { role: "officer", officeCode: "0101" });
    expect(await handleUpdateStaffForm(admin, form({ fullName: "Giám Sát Mới", role: "supervisor", officeCode: "7901" }), info, user.id)).toEqual({ ok: true });
    expect(await principalFromSession(await session(user))).toMatchObject({ role: "supervisor", officeCode: "7901", fullName: "Giám Sát Mới" });
    expect(await handleUpdateStaffForm(admin, form({ fullName: "Quản Trị", role: "admin", officeCode: "7901" }), info, user.id)).toEqual({ ok: true });
    expect(await prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "admin", officeCode: null });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: "staff.updated" }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ before: { role: "supervisor", officeCode: "7901" }, after: { role: "admin", officeCode: null } });
  });

  it("resets a password: old sessions end, the temporary one works once changed through the forced change", async () => {
    const user = await createStaffUser(prisma, { role: "officer", officeCode: "0101" });
    const before = await session(user);
    const reset = await handleResetStaffPasswordForm(admin, {}, info, user.id);
    expect(reset).toMatchObject({ ok: true, username: user.username });
    if (!reset.ok) return;
    expect(await principalFromSession(before)).toBeNull();
    expect(await signIn(user.username, DEMO_STAFF_PASSWORD)).toEqual({ ok: false, code: "invalid" });
    expect(await signIn(user.username, reset.temporaryPassword)).toMatchObject({ ok: true });
    const afterReset = await prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    const mine = await session(afterReset);
    const me = await principalFromSession(mine);
    expect(me?.mustChangePassword).toBe(true);

    // The forced change.
    const change = (current: string, next: string, confirm = next) => handleChangePasswordForm(me, form({ currentPassword: current, newPassword: next, confirmPassword: confirm }), info);
    expect(await change("wrong-password", "một mật khẩu dài mới")).toMatchObject({ errors: { currentPassword: "officer.currentPasswordWrong" } });
    expect(await change(reset.temporaryPassword, "password123")).toMatchObject({ errors: { newPassword: ["officer.passwordProblem_common"] } });
    expect(await change(reset.temporaryPassword, reset.temporaryPassword)).toMatchObject({ errors: { newPassword: ["officer.passwordProblem_sameAsPrevious"] } });
    // Every broken rule at once, not one per attempt.
    expect(await change(reset.temporaryPassword, "123456")).toMatchObject({ errors: { newPassword: ["officer.passwordProblem_tooShort", "officer.passwordProblem_common"] } });
    expect(await change(reset.temporaryPassword, "một mật khẩu dài mới", "khác")).toMatchObject({ errors: { confirmPassword: "account.confirmPasswordMismatch" } });
    expect(await change(reset.temporaryPassword, "một mật khẩu dài mới")).toMatchObject({ ok: true, username: user.username });
    const changed = await prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(changed.mustChangePassword).toBe(false);
    expect(changed.sessionVersion).toBe(afterReset.sessionVersion + 1);
    expect(await principalFromSession(mine)).toBeNull();
    expect(await signIn(user.username, "một mật khẩu dài mới")).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.count({ where: { type: "staff.passwordChanged", actorId: user.id } })).toBe(1);
  });
});

describe("offices", () => {
  it("edits name, address, phone and covered communes (only communes of its province), audited", async () => {
    const edit = await getOfficeForEdit(admin, "0102");
    expect(edit).not.toBeNull();
    const own = edit!.communes.filter((c) => c.covered).map((c) => c.code);
    const extra = edit!.communes.find((c) => !c.covered)!;
    expect(own.length).toBeGreaterThan(0);
    const keep = own.slice(1);
    const result = await handleOfficeForm(admin, form({ name: "BHXH TP. Hà Nội – BHXH cơ sở Mới", address: "Số 1 phố Mới, Hà Nội", phone: "024 1234 5678", communeCodes: [...keep, extra.code] }), info, "0102");
    expect(result).toEqual({ ok: true });
    const after = await prisma.office.findUniqueOrThrow({ where: { code: "0102" }, include: { communes: true } });
    expect(after).toMatchObject({ name: "BHXH TP. Hà Nội – BHXH cơ sở Mới", address: "Số 1 phố Mới, Hà Nội", phone: "024 1234 5678" });
    expect(after.communes.map((c) => c.communeCode).sort()).toEqual([...keep, extra.code].sort());
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: "office.updated", officeCode: "0102" }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ communesAdded: [extra.code], communesRemoved: [own[0]] });
    expect(event).toMatchObject({ actorId: admin.id, ip: info.ip });

    // A commune of another province (Hồ Chí Minh's 26740) is refused.
    expect(await handleOfficeForm(admin, form({ name: "X", address: "Y", communeCodes: ["26740"] }), info, "0102")).toMatchObject({
      errors: { communeCodes: "officer.officeCommuneOutside" },
    });
    expect(await handleOfficeForm(admin, form({ name: "", address: "Y" }), info, "0102")).toMatchObject({ errors: { name: "officer.officeNameRequired" } });
  });
});

describe("supervisor's overview", () => {
  const OFFICE = "7903";
  it("is for supervisors of the office and admins only", async () => {
    const other = principalOf(await createStaffUser(prisma, { role: "supervisor", officeCode: "7901" }));
    const own = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: OFFICE }));
    expect(await getOfficeOverview(other, OFFICE)).toBeNull();
    expect(await getOfficeOverview(own, OFFICE)).toBeNull();
    expect(await getOfficeOverview(admin, OFFICE)).not.toBeNull();
  });

  it("counts received, approved, rejected by reason, expired and the median time to decision, per officer", async () => {
    const boss = principalOf(await createStaffUser(prisma, { role: "supervisor", officeCode: OFFICE }));
    const a = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: OFFICE, fullName: "Cán Bộ A" }));
    const b = principalOf(await createStaffUser(prisma, { role: "officer", officeCode: OFFICE, fullName: "Cán Bộ B" }));
    const now = Date.now();
    const sentAgo = (minutes: number) => new Date(now - minutes * 60_000);
    const d1 = await createDeclaration(prisma, { officeCode: OFFICE, submittedAt: sentAgo(30) });
    await createMatchingParticipant(prisma, d1);
    const d2 = await createDeclaration(prisma, { officeCode: OFFICE, submittedAt: sentAgo(90) });
    const d3 = await createDeclaration(prisma, { officeCode: OFFICE, submittedAt: sentAgo(150) });
    await createDeclaration(prisma, { officeCode: OFFICE, status: "expired", submittedAt: new Date(now - 10 * 24 * 3600_000 - 60_000) });
    const approve = (p: StaffPrincipal, d: typeof d1) => handleApproveForm(p, form({ reference: d.reference, version: "1", originalIdChecked: "on", declarationSigned: "on" }), info);
    const reject = (p: StaffPrincipal, d: typeof d1, reasonCode: string) => handleRejectForm(p, form({ reference: d.reference, version: "1", reasonCode, note: "" }), info);
    expect(await approve(a, d1)).toMatchObject({ ok: true });
    expect(await reject(a, d2, "unclearPhoto")).toMatchObject({ ok: true });
    expect(await reject(b, d3, "notSigned")).toMatchObject({ ok: true });

    const overview = await getOfficeOverview(boss, OFFICE);
    expect(overview).not.toBeNull();
    const { today, week } = overview!;
    const { dayStart } = vietnamPeriods(new Date(now));
    // Declarations sent before midnight (Vietnam) count for the week, not today.
    const sentToday = [d1, d2, d3].filter((d) => d.submittedAt >= dayStart).length;
    expect(today.received).toBe(sentToday + 0);
    expect(week.received).toBeGreaterThanOrEqual(3);
    expect(today).toMatchObject({ approved: 1, rejected: 2 });
    expect(today.rejectedByReason).toMatchObject({ unclearPhoto: 1, notSigned: 1, other: 0 });
    expect(today.medianMinutesToDecision).toBeGreaterThanOrEqual(89);
    expect(today.medianMinutesToDecision).toBeLessThan(95);
    expect(today.byStaff).toEqual([
      { staffId: a.id, fullName: "Cán Bộ A", approved: 1, rejected: 1 },
      { staffId: b.id, fullName: "Cán Bộ B", approved: 0, rejected: 1 },
    ]);
    expect(overview!.recentDecisions.map((l) => [l.reference, l.decision, l.reasonCode, l.staffName])).toEqual([
      [d3.reference, "rejected", "notSigned", "Cán Bộ B"],
      [d2.reference, "rejected", "unclearPhoto", "Cán Bộ A"],
      [d1.reference, "approved", null, "Cán Bộ A"],
    ]);
  });

  it("starts today at midnight and the week on Monday, Vietnam time", () => {
    // Sunday 8 March 2026, 23:30 in Vietnam = 16:30 UTC.
    const { dayStart, weekStart } = vietnamPeriods(new Date("2026-03-08T16:30:00Z"));
    expect(dayStart.toISOString()).toBe("2026-03-07T17:00:00.000Z");
    expect(weekStart.toISOString()).toBe("2026-03-01T17:00:00.000Z");
    // Monday 9 March, 00:10 in Vietnam.
    expect(vietnamPeriods(new Date("2026-03-08T17:10:00Z")).weekStart.toISOString()).toBe("2026-03-08T17:00:00.000Z");
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
