import type { User } from "next-auth";

export type AuthorizeResult = { ok: true; user: User & { id: string } } | { ok: false; code: string };
