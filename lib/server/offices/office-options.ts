import "server-only";
// Offices as the back office's selects and headings show them: code and name, every office (active or
// not: an admin assigns staff to, and a supervisor filters by, any of them).
import { prisma } from "../db/client";

export type OfficeOptionItem = { code: string; name: string };

/** Every office, by code. */
export async function listOfficeOptions(): Promise<OfficeOptionItem[]> {
  return prisma.office.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
}

/** The office's name, or null for an unknown code. */
export async function getOfficeName(code: string): Promise<string | null> {
  return (await prisma.office.findUnique({ where: { code }, select: { name: true } }))?.name ?? null;
}
