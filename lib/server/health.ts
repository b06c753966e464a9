import "server-only";
import { prisma } from "./db/client";

/** True when the database answers a trivial query within two seconds. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2_000)),
    ]);
    return true;
  } catch {
    return false;
  }
}
