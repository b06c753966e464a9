// POST /api/v1/declarations/record-check {idNumber, bhxhCode, phoneVerificationToken?}: does a
// declaration wait or an account exist for them? 200 {status:"clear"}, or the 409 sending would give
// (generic to anyone, detailed to the holder of the record's confirmed phone). The wizard calls it after
// the ID step.
import { smallJsonPost } from "@/lib/server/api/json-body";
import { checkExistingRecord } from "@/lib/server/declarations/check-existing-record";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = smallJsonPost("POST /api/v1/declarations/record-check", checkExistingRecord);
