import "server-only";
// Who did it and where, for an audit event about a declaration that an officer acted on (viewed, decided,
// looked at its photos, registered a phone for).
import type { AuditInput } from "../audit";
import type { StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";

export function staffActorOn(
  principal: StaffPrincipal,
  declaration: { id: string; officeCode: string },
  info: RequestInfo,
): Pick<AuditInput, "actorType" | "actorId" | "officeCode" | "declarationId" | "ip" | "userAgent"> {
  return { actorType: "staff", actorId: principal.id, officeCode: declaration.officeCode, declarationId: declaration.id, ip: info.ip, userAgent: info.userAgent };
}
