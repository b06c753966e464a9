import "server-only";
// The counter's one search box: an account by BHXH code, ID number (from the master record or a
// declaration), phone, a declaration's reference, or what a scanner types from a CCCD/BHYT QR code.
// Rate-limited per officer and audited with the accounts it showed (never the raw text typed).
import { parseCounterSearch, COUNTER_SEARCH_LIMIT } from "@/lib/domain/counter";
import { maskPhone } from "@/lib/domain/identifiers";
import { ZCounterSearchSchema } from "@/lib/schemas/counter";
import { prisma, type AccountStatus } from "../db/client";
import { recordAuditEventNow } from "../audit";
import { hitRateLimit, type RateLimitRule } from "../rate-limit";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { authorizeCounter } from "./counter-access";
import { fail, invalid, refused, type CounterFailure } from "./results";

export const COUNTER_SEARCH_RULE: RateLimitRule = { name: "counter-search-officer", ...COUNTER_SEARCH_LIMIT };
const MAX_RESULTS = 10;

export type CounterAccountRow = { id: string; bhxhCode: string; fullName: string | null; status: AccountStatus; maskedPhone: string };

export type CounterSearchResult = { ok: true; code: "done"; params: { count: number }; accounts: CounterAccountRow[] } | CounterFailure;

export async function searchCounterAccounts(principal: StaffPrincipal | null, input: unknown, info: RequestInfo): Promise<CounterSearchResult> {
  const authz = await authorizeCounter(principal);
  if (!authz.ok) return refused(authz);
  const parsed = ZCounterSearchSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { officer } = authz;

  const limit = await hitRateLimit(COUNTER_SEARCH_RULE, officer.id);
  if (!limit.allowed) return fail("throttled", { retryAfterSeconds: limit.retryAfterSeconds });

  const terms = parseCounterSearch(parsed.data.q);
  const kinds = Object.keys(terms);
  if (kinds.length === 0) return { ...fail("invalid"), errors: { q: "counter.searchNotIdentifier" } };

  // Every identifier leads to BHXH codes; accounts are found by code, or directly by phone.
  const [participants, declarations] = await Promise.all([
    terms.idNumber ? prisma.participant.findMany({ where: { idNumber: terms.idNumber }, select: { bhxhCode: true }, take: MAX_RESULTS }) : [],
    terms.idNumber || terms.reference
      ? prisma.declaration.findMany({
          where: { OR: [...(terms.idNumber ? [{ idNumber: terms.idNumber }] : []), ...(terms.reference ? [{ reference: terms.reference }] : [])] },
          select: { bhxhCode: true },
          distinct: ["bhxhCode"],
          take: MAX_RESULTS,
        })
      : [],
  ]);
  const codes = [...new Set([terms.bhxhCode, ...participants.map((p) => p.bhxhCode), ...declarations.map((d) => d.bhxhCode)].filter((c): c is string => !!c))];
  const accounts = await prisma.account.findMany({
    where: { OR: [...(codes.length ? [{ bhxhCode: { in: codes } }] : []), ...(terms.phone ? [{ phone: terms.phone }] : [])] },
    select: { id: true, bhxhCode: true, status: true, phone: true },
    orderBy: { bhxhCode: "asc" },
    take: MAX_RESULTS,
  });
  const names = await prisma.participant.findMany({ where: { bhxhCode: { in: accounts.map((a) => a.bhxhCode) } }, select: { bhxhCode: true, fullName: true } });
  const nameOf = new Map(names.map((n) => [n.bhxhCode, n.fullName]));

  await recordAuditEventNow(prisma, {
    type: "counter.accountSearched",
    actorType: "staff",
    actorId: officer.id,
    officeCode: officer.officeCode,
    ip: info.ip,
    userAgent: info.userAgent,
    data: { kinds, accountIds: accounts.map((a) => a.id) },
  });
  return {
    ok: true,
    code: "done",
    params: { count: accounts.length },
    accounts: accounts.map((a) => ({ id: a.id, bhxhCode: a.bhxhCode, fullName: nameOf.get(a.bhxhCode) ?? null, status: a.status, maskedPhone: maskPhone(a.phone) })),
  };
}
