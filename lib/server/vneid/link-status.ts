import "server-only";
// The account page's "Liên kết VNeID" section: whether the account is linked, since when and at which
// level, and whether it has a password (an account made by VNeID may not, and cannot then be unlinked).
import { prisma } from "../db/client";

export async function getVneidLinkStatus(accountId: string) {
  const account = await prisma.account.findUniqueOrThrow({ where: { id: accountId }, select: { hasPassword: true, vneidLink: { select: { linkedAt: true, level: true } } } });
  return { hasPassword: account.hasPassword, link: account.vneidLink };
}
