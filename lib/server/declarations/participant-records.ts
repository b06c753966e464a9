import "server-only";
// Looks up the BHXH master records for a declaration (by BHXH code and by ID number) and compares them.
import { matchParticipant, type IdentityFields, type ParticipantMatch } from "@/lib/domain/participant-match";
import type { PrismaClient, Tx } from "../db/client";

const identity = { bhxhCode: true, fullName: true, dateOfBirth: true, sex: true, idNumber: true } as const;

export async function findParticipantMatch(db: PrismaClient | Tx, declaration: IdentityFields): Promise<ParticipantMatch> {
  const [byBhxhCode, byIdNumber] = await Promise.all([
    db.participant.findUnique({ where: { bhxhCode: declaration.bhxhCode }, select: identity }),
    declaration.idNumber ? db.participant.findMany({ where: { idNumber: declaration.idNumber }, select: identity, orderBy: { bhxhCode: "asc" }, take: 5 }) : [],
  ]);
  return matchParticipant(declaration, byBhxhCode, byIdNumber);
}
