import { safeReturnPath } from "@/lib/domain/return-path";

/** Where to go after signing in: only a path inside the back office, never the sign-in page or another site. */
export function safeStaffReturnPath(next: string | undefined | null): string {
  return safeReturnPath(next, "/can-bo", { within: "/can-bo", exclude: ["/can-bo/dang-nhap"] });
}
