import "server-only";
// What the counter screen shows about one account, to serve the person in front of the officer:
// status, masked contacts, devices signed in, recent sign-ins, declarations, earlier counter actions,
// the master record and the portrait on file to compare with the person. Never the password data
// (the account row is read field by field). Opening it is audited.
import { availableCounterActions, type CounterActionKind } from "@/lib/domain/counter";
import { deviceLabelFromUserAgent } from "@/lib/domain/device-label";
import { maskPhone } from "@/lib/domain/identifiers";
import { compareFields, type FieldComparison } from "@/lib/domain/participant-match";
import { maskEmail } from "@/lib/domain/counter";
import { prisma, type AccountStatus, type DeclarationStatus, type Sex } from "../db/client";
import { recordAuditEventNow } from "../audit";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { authorizeCounter } from "./counter-access";
import { fail, refused, type CounterFailure } from "./results";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RECENT = 10;

export type CounterAccountView = {
  account: {
    id: string;
    bhxhCode: string;
    status: AccountStatus;
    maskedPhone: string;
    maskedEmail: string | null;
    activatedAt: Date;
    passwordChangedAt: Date;
    mustChangePassword: boolean;
  };
  record: { fullName: string; dateOfBirth: Date; sex: Sex; idNumber: string | null } | null;
  /** The approved declaration that activated the account, compared with the master record. */
  match: FieldComparison[] | null;
  fullName: string | null;
  portraitFileId: string | null;
  devices: { id: string; label: string; createdAt: Date; lastSeenAt: Date }[];
  signIns: { at: Date; ok: boolean; device: string }[];
  declarations: { reference: string; status: DeclarationStatus; submittedAt: Date; officeCode: string }[];
  actions: { reference: string; kind: string; reasonCode: string | null; createdAt: Date; officeCode: string; staffName: string; printable: boolean }[];
  /** The latest lock or cancellation, when the account is in that status. */
  statusReason: { reasonCode: string | null; at: Date } | null;
  available: CounterActionKind[];
};

export type CounterAccountResult = { ok: true; view: CounterAccountView } | CounterFailure;

export async function getCounterAccount(principal: StaffPrincipal | null, accountId: string, info: RequestInfo): Promise<CounterAccountResult> {
  const authz = await authorizeCounter(principal);
  if (!authz.ok) return refused(authz);
  if (!UUID.test(accountId)) return fail("notFound");
  const { officer } = authz;
  const account = await prisma.account.findUnique({
    where: { id: accountId },
    select: { id: true, bhxhCode: true, status: true, phone: true, email: true, activatedAt: true, passwordChangedAt: true, mustChangePassword: true, declarationId: true },
  });
  if (!account) return fail("notFound");

  const [record, declaration, devices, signIns, declarations, actions] = await Promise.all([
    prisma.participant.findUnique({ where: { bhxhCode: account.bhxhCode }, select: { bhxhCode: true, fullName: true, dateOfBirth: true, sex: true, idNumber: true } }),
    account.declarationId
      ? prisma.declaration.findUnique({
          where: { id: account.declarationId },
          select: { bhxhCode: true, fullName: true, dateOfBirth: true, sex: true, idNumber: true, filesPurgedAt: true, files: { where: { kind: "portrait" }, select: { id: true } } },
        })
      : null,
    prisma.deviceSession.findMany({ where: { accountId, revokedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true, deviceLabel: true, createdAt: true, lastSeenAt: true } }),
    prisma.auditEvent.findMany({
      where: { actorType: "citizen", actorId: accountId, type: { in: ["account.signedIn", "account.signInFailed"] } },
      orderBy: { id: "desc" },
      take: RECENT,
      select: { type: true, occurredAt: true, userAgent: true },
    }),
    prisma.declaration.findMany({ where: { bhxhCode: account.bhxhCode }, orderBy: { submittedAt: "desc" }, take: RECENT, select: { reference: true, status: true, submittedAt: true, officeCode: true } }),
    prisma.counterAction.findMany({ where: { accountId }, orderBy: { createdAt: "desc" }, take: 20 }),
  ]);
  const staff = actions.length ? await prisma.staffUser.findMany({ where: { id: { in: [...new Set(actions.map((a) => a.staffUserId))] } }, select: { id: true, fullName: true } }) : [];
  const staffName = new Map(staff.map((s) => [s.id, s.fullName]));
  const reasonAction = account.status === "active" ? undefined : actions.find((a) => a.kind === (account.status === "locked" ? "lock" : "close"));

  await recordAuditEventNow(prisma, {
    type: "counter.accountViewed",
    actorType: "staff",
    actorId: officer.id,
    officeCode: officer.officeCode,
    ip: info.ip,
    userAgent: info.userAgent,
    data: { accountId, bhxhCode: account.bhxhCode },
  });

  return {
    ok: true,
    view: {
      account: {
        id: account.id,
        bhxhCode: account.bhxhCode,
        status: account.status,
        maskedPhone: maskPhone(account.phone),
        maskedEmail: account.email ? maskEmail(account.email) : null,
        activatedAt: account.activatedAt,
        passwordChangedAt: account.passwordChangedAt,
        mustChangePassword: account.mustChangePassword,
      },
      record: record ? { fullName: record.fullName, dateOfBirth: record.dateOfBirth, sex: record.sex, idNumber: record.idNumber } : null,
      match: declaration && record ? compareFields(declaration, record) : null,
      fullName: record?.fullName ?? declaration?.fullName ?? null,
      portraitFileId: declaration && !declaration.filesPurgedAt ? (declaration.files[0]?.id ?? null) : null,
      devices: devices.map((d) => ({ id: d.id, label: d.deviceLabel, createdAt: d.createdAt, lastSeenAt: d.lastSeenAt })),
      signIns: signIns.map((e) => ({ at: e.occurredAt, ok: e.type === "account.signedIn", device: deviceLabelFromUserAgent(e.userAgent) })),
      declarations,
      actions: actions.map((a) => ({
        reference: a.reference,
        kind: a.kind,
        reasonCode: a.reasonCode,
        createdAt: a.createdAt,
        officeCode: a.officeCode,
        staffName: staffName.get(a.staffUserId) ?? "—",
        printable: a.officeCode === officer.officeCode,
      })),
      statusReason: reasonAction ? { reasonCode: reasonAction.reasonCode, at: reasonAction.createdAt } : null,
      available: availableCounterActions(account.status),
    },
  };
}
