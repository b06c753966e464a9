import "server-only";
// Cancels declarations nobody brought to the office within the 10-day window: status expired, an audit
// event, and the expiry SMS/email, all in one transaction per declaration. The deadline instant itself
// still belongs to the window (isExpired in lib/domain/deadlines.ts): only rows with expiresAt < now.
import { canPerform, nextStatus } from "@/lib/domain/declaration-status";
import { isExpired } from "@/lib/domain/deadlines";
import { PORTAL_PATHS, portalUrl } from "@/lib/server/notifications/links";
import { recordDeadlineNotice } from "./deadline-notice";
import { eachLockedDeclarationWhere, type JobOptions, type JobReport } from "./each-locked";

export async function expireDeclarations(now: Date, options: Partial<JobOptions> = {}): Promise<JobReport> {
  return eachLockedDeclarationWhere(
    { status: "submitted", expiresAt: { lt: now } },
    options,
    async (tx, declaration) => {
      if (!canPerform(declaration.status, "expire") || !isExpired(declaration.expiresAt, now)) return false;
      const { id } = declaration;
      const status = nextStatus(declaration.status, "expire");
      await tx.declaration.update({ where: { id }, data: { status } });
      await recordDeadlineNotice(tx, declaration, {
        event: "declaration.expired",
        template: "expiry",
        params: { reference: declaration.reference, declareUrl: portalUrl(PORTAL_PATHS.declare), fullName: declaration.fullName },
      });
      return true;
    },
  );
}
