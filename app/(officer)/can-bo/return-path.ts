// Where to go after signing in: only a path inside the back office (never another site).
export function safeStaffReturnPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/can-bo") || next.startsWith("//") || next.includes("\\") || next.startsWith("/can-bo/dang-nhap")) return "/can-bo";
  return next;
}
