// `npm run audit:verify`: checks the audit trail's hash chain and names the first broken link.
import { resolveDatabase } from "./lib/database";
import { createPrismaClient } from "../lib/server/db/client";
import { verifyAuditChain } from "../lib/server/audit";

const database = await resolveDatabase(() => {});
const prisma = createPrismaClient(database.url);
try {
  const result = await verifyAuditChain(prisma);
  if (result.ok) {
    console.log(`Audit trail intact: ${result.checked} events verified.`);
  } else {
    console.error(`Audit trail BROKEN at event id ${result.brokenAtId} (${result.reason === "hash" ? "its content does not match its hash" : "it does not link to the previous event"}); ${result.checked} events before it are intact.`);
    process.exitCode = 1;
  }
} finally {
  await prisma.$disconnect();
  await database.stop();
}
