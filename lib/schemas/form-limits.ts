// The forms' size limits, shared by the zod schemas (server) and the inputs' maxlength (browser). No zod
// here: the browser forms import this file alone, so zod never reaches their bundle.

/** A cap on what is hashed, far above the policy's longest password (the service reports "tooLong"). */
export const PASSWORD_INPUT_MAX_LENGTH = 1024;

/** The staff sign-in form's caps. */
export const STAFF_USERNAME_MAX_LENGTH = 64;
export const STAFF_PASSWORD_MAX_LENGTH = 256;

/** A new staff user name (USERNAME_PATTERN) and full name. */
export const USERNAME_MAX_LENGTH = 32;
export const STAFF_FULL_NAME_MAX_LENGTH = 100;
