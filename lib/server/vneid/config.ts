import "server-only";
// The VNeID relying party's settings: VNEID_ISSUER, VNEID_CLIENT_ID and VNEID_CLIENT_SECRET (all three,
// or VNeID is off and its buttons are hidden), or, in demo mode without them, the built-in test provider
// at /vneid-thu-nghiem. The claim names come from VNEID_CLAIM_* (lib/server/env.ts has the defaults).
import type { ClaimNames } from "@/lib/domain/vneid-identity";
import { DEMO_VNEID_CLIENT_ID, demoVneidClientSecret, demoVneidIssuer, VNEID_CALLBACK_PATH } from "@/lib/domain/vneid-demo";
import { env, type Env } from "../env";

export type VneidConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scope: string;
  claims: ClaimNames;
  /** The built-in test provider (demo mode): plain http on localhost is allowed. */
  demo: boolean;
};

export function vneidConfigFrom(e: Env): VneidConfig | null {
  const claims: ClaimNames = {
    idNumber: e.VNEID_CLAIM_ID_NUMBER,
    fullName: e.VNEID_CLAIM_FULL_NAME,
    dateOfBirth: e.VNEID_CLAIM_BIRTHDATE,
    sex: e.VNEID_CLAIM_SEX,
    address: e.VNEID_CLAIM_ADDRESS,
    phone: e.VNEID_CLAIM_PHONE,
    level: e.VNEID_CLAIM_LEVEL,
  };
  const redirectUri = `${e.PUBLIC_BASE_URL.replace(/\/+$/, "")}${VNEID_CALLBACK_PATH}`;
  if (e.VNEID_ISSUER && e.VNEID_CLIENT_ID && e.VNEID_CLIENT_SECRET) {
    return { issuer: e.VNEID_ISSUER, clientId: e.VNEID_CLIENT_ID, clientSecret: e.VNEID_CLIENT_SECRET, redirectUri, scope: e.VNEID_SCOPES, claims, demo: false };
  }
  const authSecret = e.AUTH_SECRET ?? process.env.AUTH_SECRET;
  if (e.APP_MODE !== "demo" || !authSecret) return null;
  return {
    issuer: demoVneidIssuer(e.PUBLIC_BASE_URL),
    clientId: DEMO_VNEID_CLIENT_ID,
    clientSecret: demoVneidClientSecret(authSecret),
    redirectUri,
    scope: e.VNEID_SCOPES,
    claims,
    demo: true,
  };
}

/** The configuration in use, or null when VNeID is off. */
export function vneidConfig(): VneidConfig | null {
  return vneidConfigFrom(env());
}
