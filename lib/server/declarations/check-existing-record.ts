import "server-only";
// The early check the wizard makes right after the ID step (and any API client may make): does this ID
// number or BHXH code already have a declaration waiting or an account? The answer is the one sending
// would give (rules.ts: answerExistingRecord): generic to anyone, detailed to the holder of the record's
// confirmed phone. Limited per ID number and per BHXH code, whatever the client address.
import { ZRecordCheckSchema } from "@/lib/schemas/phone-verification";
import { prisma } from "../db/client";
import { parseRequest, type JsonRequest } from "../phone-verification/parse-request";
import { checkVerificationToken } from "../phone-verification/verification-token";
import type { ProblemFailure, ValidationFailure } from "./results";
import { answerExistingRecord, findExistingRecord, hitRecordCheckLimit } from "./rules";

export type RecordCheckResult = { ok: true; status: 200; body: { status: "clear" } } | ValidationFailure | ProblemFailure;

export async function checkExistingRecord(request: JsonRequest, deps: { now?: () => Date } = {}): Promise<RecordCheckResult> {
  const now = deps.now?.() ?? new Date();
  const parsed = parseRequest(ZRecordCheckSchema, request);
  if (!parsed.ok) return parsed;
  const { idNumber, bhxhCode, phoneVerificationToken } = parsed.value;

  const limited = await hitRecordCheckLimit({ idNumber, bhxhCode });
  if (limited) return limited;
  const record = await findExistingRecord(prisma, { idNumber, bhxhCode }, now);
  if (!record) return { ok: true, status: 200, body: { status: "clear" } };
  const token = checkVerificationToken(phoneVerificationToken, now);
  return answerExistingRecord(record, { verifiedPhone: token.ok ? token.phone : null, now, ip: request.ip, userAgent: request.userAgent });
}
