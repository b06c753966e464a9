import "server-only";
// The messages the portal sends to citizens, each as one SMS and one email (text and HTML parts).
// Pure functions: no database, no transport. The strings live in lib/i18n/messages/notifications.ts
// (and ko/zh/ja/notifications.ts). The email is in the person's language; the SMS is always unaccented
// Vietnamese, whatever the language: GSM-7 keeps it to one 160-character segment, and Hangul or Han
// characters would need UCS-2 (70 characters a segment) on gateways and phones that may not show them.
import { formatDateTimeVi, formatDateVi } from "@/lib/domain/dates";
import { groupTemporaryPassword } from "@/lib/domain/password-policy";
import { format, messages, type Messages } from "@/lib/i18n/catalog";
import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

export type NotificationMessage = {
  sms: string;
  email: { subject: string; text: string; html: string };
};

export type MessageOptions = {
  /** The language of the email (the one the person used on the portal); Vietnamese when not known. The SMS is always Vietnamese. */
  locale?: Locale;
  /** Prefix of every SMS ("BHXH: …"), as registered with the SMS brandname gateway. */
  brand?: string;
};

/** One SMS segment in the GSM-7 alphabet. */
export const SMS_MAX_LENGTH = 160;
const DEFAULT_BRAND = "BHXH";

type Catalog = Messages<"notifications">;

// ---------------------------------------------------------------------------------------------
// SMS: unaccented Vietnamese, GSM-7 basic characters only, never more than one segment.

// Printable ASCII that is also in the GSM 03.38 basic table. Left out: [ \ ] ^ { | } ~ and the
// backquote, which are either absent or cost two septets (escape table).
const GSM_BASIC_SAFE = /[^A-Za-z0-9 !"#$%&'()*+,\-./:;<=>?@_\n]/g;

/** Unaccented GSM-7 text: "Đặng Thị Hồng" → "Dang Thi Hong"; anything else unsendable becomes "?". */
export function toGsm7(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/[\u00a0\u2000-\u200b\u202f\t\r]/g, " ")
    .replace(/[[{]/g, "(")
    .replace(/[\]}]/g, ")")
    .replace(GSM_BASIC_SAFE, "?");
}

/** Cuts text to at most `max` characters, at a word boundary when one is close, ending with "...". */
export function ellipsize(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 3) return "";
  let cut = text.slice(0, max - 3);
  const space = cut.lastIndexOf(" ");
  if (space >= cut.length * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\s.,;:!?-]+$/, "") + "...";
}

type SmsCandidate = {
  template: string;
  params: Record<string, string | number>;
  /** Variable parts that may be shortened, in order, down to `min` characters each. */
  shrink?: { key: string; min: number }[];
};

/**
 * Renders the first candidate that fits in one SMS, shortening its variable parts if needed.
 * Candidates go from the most helpful (with a link) to the most compact; as a last resort the
 * most compact one is cut at the limit, so the result is never longer than SMS_MAX_LENGTH.
 */
function buildSms(brand: string, candidates: SmsCandidate[]): string {
  const prefix = `${ellipsize(oneLine(toGsm7(brand)), 11) || DEFAULT_BRAND}: `;
  // An ellipsized part followed by the template's own full stop would read "....".
  const render = (template: string, params: Record<string, string>) =>
    oneLine(toGsm7(prefix + format(template, params))).replace(/\.{4,}/g, "...");
  let last = "";
  for (const [index, candidate] of candidates.entries()) {
    const isLast = index === candidates.length - 1;
    const params = Object.fromEntries(
      Object.entries(candidate.params).map(([key, value]) => [key, oneLine(toGsm7(String(value)))]),
    );
    let text = render(candidate.template, params);
    for (const { key, min } of candidate.shrink ?? []) {
      if (text.length <= SMS_MAX_LENGTH) break;
      const value = params[key] ?? "";
      const floor = isLast ? 0 : min;
      params[key] = ellipsize(value, Math.max(floor, value.length - (text.length - SMS_MAX_LENGTH)));
      text = render(candidate.template, params);
    }
    if (text.length <= SMS_MAX_LENGTH) return text;
    last = text;
  }
  return ellipsize(last, SMS_MAX_LENGTH);
}

/** buildSms for a message whose full and short texts take the same parameters. */
function fullOrShortSms(brand: string, full: string, short: string, params: SmsCandidate["params"]): string {
  return buildSms(brand, [
    { template: full, params },
    { template: short, params },
  ]);
}

/** The SMS parameters of a message carrying sign-in credentials (a new account, a reset password). */
function credentialsSmsParams(params: { bhxhCode: string; temporaryPassword: string; signInUrl: string }) {
  return { username: params.bhxhCode, password: groupTemporaryPassword(params.temporaryPassword), url: params.signInUrl };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------
// Email: one structured description rendered twice, as simple inline-styled HTML and as text.

type Fact = { label: string; value: string; code?: boolean };

type EmailContent = {
  subject: string;
  heading: string;
  greeting: string;
  paragraphs: string[];
  facts?: Fact[];
  after?: string[];
  action?: { label: string; url: string };
  notice?: string[];
};

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const COLORS = { text: "#1f2937", muted: "#4b5563", brand: "#0b4f8a", line: "#e5e7eb", page: "#f3f4f6", warnLine: "#b45309", warnBg: "#fffbeb" };

function renderHtml(locale: Locale, t: Catalog, content: EmailContent): string {
  const p = (text: string, style = "") => `<p style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;
  const parts: string[] = [
    `<p style="margin:0 0 16px;font-size:14px;font-weight:bold;color:${COLORS.brand};">${escapeHtml(t.emailAgency)}</p>`,
    `<h1 style="margin:0 0 16px;font-size:24px;line-height:1.3;color:#111827;">${escapeHtml(content.heading)}</h1>`,
    p(content.greeting),
    ...content.paragraphs.map((text) => p(text)),
  ];
  if (content.facts?.length) {
    const rows = content.facts.map(
      (fact) =>
        `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:8px 16px 8px 0;font-weight:normal;color:${COLORS.muted};">${escapeHtml(fact.label)}</th>` +
        `<td style="padding:8px 0;font-weight:bold;${fact.code ? "font-family:Consolas,'Courier New',monospace;font-size:20px;letter-spacing:2px;" : ""}">${escapeHtml(fact.value)}</td></tr>`,
    );
    parts.push(`<table style="border-collapse:collapse;margin:0 0 16px;"><tbody>${rows.join("")}</tbody></table>`);
  }
  parts.push(...(content.after ?? []).map((text) => p(text)));
  if (content.action) {
    const href = escapeHtml(content.action.url);
    parts.push(
      `<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;padding:12px 20px;background-color:${COLORS.brand};color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px;">${escapeHtml(content.action.label)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:14px;color:${COLORS.muted};">${escapeHtml(t.emailLinkFallback)}<br><a href="${href}" style="color:${COLORS.brand};word-break:break-all;">${href}</a></p>`,
    );
  }
  if (content.notice?.length) {
    parts.push(
      `<div style="margin:0 0 16px;padding:12px 16px;border-left:4px solid ${COLORS.warnLine};background-color:${COLORS.warnBg};">${content.notice
        .map((text, i) => `<p style="margin:${i === 0 ? "0" : "8px 0 0"};">${escapeHtml(text)}</p>`)
        .join("")}</div>`,
    );
  }
  parts.push(
    `<hr style="border:none;border-top:1px solid ${COLORS.line};margin:24px 0 16px;">`,
    p(t.emailAutomated, `font-size:13px;color:${COLORS.muted};`),
  );
  return [
    "<!DOCTYPE html>",
    `<html lang="${LANGUAGE_TAGS[locale]}" dir="ltr">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background-color:${COLORS.page};">`,
    `<div role="article" aria-roledescription="email" aria-label="${escapeHtml(content.subject)}" lang="${LANGUAGE_TAGS[locale]}" style="max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:${COLORS.text};">`,
    ...parts,
    "</div>",
    "</body>",
    "</html>",
  ].join("\n");
}

function renderText(t: Catalog, content: EmailContent): string {
  const blocks: string[] = [t.emailAgency, `${content.heading}\n${"=".repeat(content.heading.length)}`, content.greeting, ...content.paragraphs];
  if (content.facts?.length) blocks.push(content.facts.map((fact) => `${fact.label}: ${fact.value}`).join("\n"));
  blocks.push(...(content.after ?? []));
  if (content.action) blocks.push(`${content.action.label}: ${content.action.url}`);
  blocks.push(...(content.notice ?? []));
  blocks.push(`-- \n${t.emailAutomated}`);
  return blocks.join("\n\n") + "\n";
}

function email(locale: Locale, t: Catalog, content: EmailContent): NotificationMessage["email"] {
  const clean = { ...content, subject: oneLine(content.subject) };
  return { subject: clean.subject, text: renderText(t, clean), html: renderHtml(locale, t, clean) };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers.

/** `t`: the email's strings, in the person's language; `s`: the SMS strings, always Vietnamese. */
function setup(options: MessageOptions = {}) {
  const locale = options.locale ?? "vi";
  return { locale, t: messages(locale, "notifications"), s: messages("vi", "notifications"), brand: options.brand ?? DEFAULT_BRAND };
}

function greeting(t: Catalog, fullName: string | undefined): string {
  const name = fullName?.trim();
  return name ? format(t.emailGreeting, { name: oneLine(name) }) : t.emailGreetingGeneric;
}

function officeFacts(t: Catalog, reference: string, deadline: string, officeName: string, officeAddress: string | undefined): Fact[] {
  const facts: Fact[] = [
    { label: t.referenceLabel, value: reference, code: true },
    { label: t.deadlineLabel, value: deadline },
    { label: t.officeLabel, value: officeName },
  ];
  if (officeAddress?.trim()) facts.push({ label: t.officeAddressLabel, value: officeAddress });
  return facts;
}

// ---------------------------------------------------------------------------------------------
// The templates.

/** Account issued: the user name is the 10-digit BHXH code; the first password must be changed. */
export function approval(
  params: { bhxhCode: string; temporaryPassword: string; signInUrl: string; fullName?: string },
  options?: MessageOptions,
): NotificationMessage {
  const { locale, t, s, brand } = setup(options);
  const smsParams = credentialsSmsParams(params);
  return {
    sms: fullOrShortSms(brand, s.approvalSms, s.approvalSmsShort, smsParams),
    email: email(locale, t, {
      subject: t.approvalSubject,
      heading: t.approvalHeading,
      greeting: greeting(t, params.fullName),
      paragraphs: [t.approvalIntro],
      facts: [
        { label: t.approvalUsernameLabel, value: params.bhxhCode, code: true },
        { label: t.approvalPasswordLabel, value: groupTemporaryPassword(params.temporaryPassword), code: true },
      ],
      after: [t.approvalChangePassword],
      action: { label: t.approvalAction, url: params.signInUrl },
      notice: [t.approvalKeepSecret],
    }),
  };
}

/** Declaration refused: the reason (its catalog label), the officer's own words, and how to resend. */
export function rejection(
  params: { reference: string; reasonLabel: string; reasonCode?: string; emailReasonLabel?: string; officerNote?: string; correctUrl: string; fullName?: string },
  options?: MessageOptions,
): NotificationMessage {
  const { locale, t, s, brand } = setup(options);
  const emailReasonLabel = params.emailReasonLabel?.trim() || params.reasonLabel;
  const note = params.officerNote?.trim();
  // The SMS carries the reason's few-word label made for SMS; the full reason and the officer's note are in
  // the email and on /tra-cuu (behind the link). Rows queued before the labels existed keep the old text.
  const smsLabel = params.reasonCode ? (s as Record<string, string>)[`reasonSms_${params.reasonCode}`] : undefined;
  const reason = smsLabel ?? (note ? `${params.reasonLabel.trim()}: ${note}` : params.reasonLabel.trim());
  const facts: Fact[] = [
    { label: t.referenceLabel, value: params.reference, code: true },
    { label: t.rejectionReasonLabel, value: emailReasonLabel },
  ];
  if (note) facts.push({ label: t.rejectionNoteLabel, value: note });
  return {
    sms: buildSms(brand, [
      { template: s.rejectionSms, params: { reference: params.reference, reason, url: params.correctUrl }, shrink: [{ key: "reason", min: 20 }] },
      // The correction link matters more than the reason (the page shows it): keep the link if both do not fit.
      { template: s.rejectionSmsLink, params: { reference: params.reference, url: params.correctUrl } },
      { template: s.rejectionSmsShort, params: { reference: params.reference, reason }, shrink: [{ key: "reason", min: 0 }] },
    ]),
    email: email(locale, t, {
      subject: format(t.rejectionSubject, { reference: params.reference }),
      heading: t.rejectionHeading,
      greeting: greeting(t, params.fullName),
      paragraphs: [format(t.rejectionIntro, { reference: params.reference })],
      facts,
      after: [format(t.rejectionWhatToFix, { reference: params.reference })],
      action: { label: t.rejectionAction, url: params.correctUrl },
    }),
  };
}

/** A few days before the deadline: bring the signed form and the original ID to the office. */
export function deadlineReminder(
  params: { reference: string; deadline: Date; officeName: string; officeAddress: string; fullName?: string },
  options?: MessageOptions,
): NotificationMessage {
  const { locale, t, s, brand } = setup(options);
  const deadline = formatDate(locale, params.deadline);
  const smsParams = { reference: params.reference, deadline: formatDateVi(params.deadline), office: params.officeName, address: params.officeAddress };
  return {
    sms: buildSms(brand, [
      {
        template: s.deadlineSms,
        params: smsParams,
        // The office is the point of the message: shorten the address, else drop it (next candidate).
        shrink: [{ key: "address", min: 20 }],
      },
      { template: s.deadlineSmsShort, params: smsParams, shrink: [{ key: "office", min: 0 }] },
    ]),
    email: email(locale, t, {
      subject: format(t.deadlineSubject, { reference: params.reference }),
      heading: t.deadlineHeading,
      greeting: greeting(t, params.fullName),
      paragraphs: [format(t.deadlineIntro, { reference: params.reference }), format(t.deadlineBring, { deadline })],
      facts: officeFacts(t, params.reference, deadline, params.officeName, params.officeAddress),
      notice: [t.deadlineWarning],
    }),
  };
}

/** The deadline passed: the declaration was cancelled; how to declare again. */
export function expiry(params: { reference: string; declareUrl: string; fullName?: string }, options?: MessageOptions): NotificationMessage {
  const { locale, t, s, brand } = setup(options);
  const smsParams = { reference: params.reference, url: params.declareUrl };
  return {
    sms: fullOrShortSms(brand, s.expirySms, s.expirySmsShort, smsParams),
    email: email(locale, t, {
      subject: format(t.expirySubject, { reference: params.reference }),
      heading: t.expiryHeading,
      greeting: greeting(t, params.fullName),
      paragraphs: [format(t.expiryIntro, { reference: params.reference }), t.expiryHowTo],
      action: { label: t.expiryAction, url: params.declareUrl },
    }),
  };
}

/** "phoneChange" codes are the counter's (counterPhoneCode below), sent by lib/server/counter. */
export type OtpPurpose = "newDevice" | "passwordReset" | "phoneChange";

/** A one-time code: what it is for, how long it lasts, and never to share it. */
export function otp(params: { code: string; purpose: OtpPurpose; validMinutes?: number }, options?: MessageOptions): NotificationMessage {
  if (params.purpose === "phoneChange") return counterPhoneCode({ code: params.code, validMinutes: params.validMinutes ?? 5 }, options);
  const { locale, t, s, brand } = setup(options);
  const minutes = params.validMinutes ?? 5;
  const newDevice = params.purpose === "newDevice";
  return {
    sms: buildSms(brand, [{ template: newDevice ? s.otpSmsNewDevice : s.otpSmsPasswordReset, params: { code: params.code, minutes } }]),
    email: email(locale, t, {
      subject: t.otpSubject,
      heading: t.otpHeading,
      greeting: t.emailGreetingGeneric,
      paragraphs: [newDevice ? t.otpIntroNewDevice : t.otpIntroPasswordReset],
      facts: [{ label: t.otpCodeLabel, value: params.code, code: true }],
      after: [format(t.otpValidity, { minutes })],
      notice: [t.otpNeverShare, t.otpNotYou],
    }),
  };
}

/** The password must be changed every 6 months: a reminder some days before. */
export function passwordExpiryReminder(
  params: { daysLeft: number; changePasswordUrl: string; fullName?: string },
  options?: MessageOptions,
): NotificationMessage {
  const { locale, t, s, brand } = setup(options);
  const days = Math.max(0, Math.ceil(params.daysLeft));
  const whenIn = (strings: Catalog) => (days === 0 ? strings.passwordExpiryToday : format(strings.passwordExpiryInDays, { days }));
  const when = whenIn(t);
  const smsParams = { when: whenIn(s), url: params.changePasswordUrl };
  return {
    sms: fullOrShortSms(brand, s.passwordExpirySms, s.passwordExpirySmsShort, smsParams),
    email: email(locale, t, {
      subject: t.passwordExpirySubject,
      heading: t.passwordExpiryHeading,
      greeting: greeting(t, params.fullName),
      paragraphs: [format(t.passwordExpiryIntro, { when }), t.passwordExpiryWhy],
      action: { label: t.passwordExpiryAction, url: params.changePasswordUrl },
    }),
  };
}

/** Sent on submission; the email also carries the PDF of the declaration (attached by the sender). */
export function declarationReceived(
  params: { reference: string; deadline: Date; officeName: string; officeAddress?: string; lookupUrl?: string; fullName?: string; version?: number },
  options?: MessageOptions,
): NotificationMessage {
  const { locale, t, s, brand } = setup(options);
  const deadline = formatDate(locale, params.deadline);
  // A corrected declaration sent again (version 2, 3…) is named as such, so the person knows which one counts.
  const resent = (params.version ?? 1) > 1;
  const named = { reference: params.reference, version: params.version ?? 1 };
  return {
    sms: buildSms(brand, [
      {
        template: resent ? s.receivedResentSms : s.receivedSms,
        params: { ...named, deadline: formatDateVi(params.deadline), office: params.officeName },
        shrink: [{ key: "office", min: 0 }],
      },
    ]),
    email: email(locale, t, {
      subject: format(resent ? t.receivedResentSubject : t.receivedSubject, named),
      heading: t.receivedHeading,
      greeting: greeting(t, params.fullName),
      paragraphs: [format(resent ? t.receivedResentIntro : t.receivedIntro, named), format(t.receivedNextSteps, { deadline })],
      facts: officeFacts(t, params.reference, deadline, params.officeName, params.officeAddress),
      after: [format(t.receivedTrack, { reference: params.reference })],
      action: params.lookupUrl ? { label: t.receivedAction, url: params.lookupUrl } : undefined,
      notice: [t.receivedWarning],
    }),
  };
}

// --- Phone confirmation, email confirmation, conflict notices (issue 10 §2–§3) ---

/** The six-digit code that confirms a declared mobile number (SMS only; the email part exists for previews). */
export function phoneVerificationCode(params: { code: string; validMinutes: number }, options?: MessageOptions): NotificationMessage {
  const { locale, t, s: vi, brand } = setup(options);
  const minutes = params.validMinutes;
  return {
    sms: buildSms(brand, [{ template: vi.phoneCodeSms, params: { code: params.code, minutes } }]),
    email: email(locale, t, {
      subject: t.phoneCodeSubject,
      heading: t.phoneCodeHeading,
      greeting: t.emailGreetingGeneric,
      paragraphs: [t.phoneCodeIntro],
      facts: [{ label: t.otpCodeLabel, value: params.code, code: true }],
      after: [format(t.otpValidity, { minutes })],
      notice: [t.otpNeverShare],
    }),
  };
}

/** The short first email to a declared address: nothing about the declaration but its reference and a link. */
export function emailConfirmation(params: { reference: string; confirmUrl: string }, options?: MessageOptions): NotificationMessage {
  const { locale, t, s: vi, brand } = setup(options);
  return {
    sms: buildSms(brand, [{ template: vi.emailConfirmSubject, params: { reference: params.reference } }]),
    email: email(locale, t, {
      subject: format(t.emailConfirmSubject, { reference: params.reference }),
      heading: t.emailConfirmHeading,
      greeting: t.emailGreetingGeneric,
      paragraphs: [format(t.emailConfirmIntro, { reference: params.reference })],
      action: { label: t.emailConfirmAction, url: params.confirmUrl },
      notice: [t.emailConfirmNotYou],
    }),
  };
}

/**
 * To the phone on record when someone else's declaration or check met this person's pending declaration
 * or account: the details the anonymous caller was not given.
 */
export function conflictNotice(
  params: { kind: "pending"; reference: string; officeName: string; deadline: Date } | { kind: "account"; bhxhCode: string; signInUrl: string },
  options?: MessageOptions,
): NotificationMessage {
  const { locale, t, s: vi, brand } = setup(options);
  // The same text twice: the SMS from the Vietnamese strings, the email's paragraph in the person's language.
  const text = (c: Catalog) =>
    params.kind === "pending"
      ? buildSms(brand, [
          { template: c.conflictPendingSms, params: { reference: params.reference, office: params.officeName, deadline: formatDateVi(params.deadline) }, shrink: [{ key: "office", min: 0 }] },
          { template: c.conflictPendingSmsShort, params: { reference: params.reference, deadline: formatDateVi(params.deadline) } },
        ])
      : buildSms(brand, [
          { template: c.conflictAccountSms, params: { bhxhCode: params.bhxhCode, url: params.signInUrl } },
          { template: c.conflictAccountSmsShort, params: { bhxhCode: params.bhxhCode } },
        ]);
  return { sms: text(vi), email: email(locale, t, { subject: t.emailAgency, heading: t.emailAgency, greeting: t.emailGreetingGeneric, paragraphs: [text(t)] }) };
}


// ---------------------------------------------------------------------------------------------
// Counter services (issue 12): strings in lib/i18n/messages/counter.ts.

/** A code sent to a new number at the counter; the person reads it back to the officer in person. */
export function counterPhoneCode(params: { code: string; validMinutes: number }, options?: MessageOptions): NotificationMessage {
  const { locale, t, brand } = setup(options);
  const c = messages(locale, "counter");
  const text = format(c.smsPhoneCode, { code: params.code, minutes: params.validMinutes });
  return {
    sms: buildSms(brand, [{ template: messages("vi", "counter").smsPhoneCode, params: { code: params.code, minutes: params.validMinutes } }]),
    email: email(locale, t, { subject: t.otpSubject, heading: t.otpHeading, greeting: t.emailGreetingGeneric, paragraphs: [text] }),
  };
}

/** A new temporary password after a reset at the counter, to the registered phone only (never shown to staff). */
export function counterPasswordReset(params: { bhxhCode: string; temporaryPassword: string; signInUrl: string }, options?: MessageOptions): NotificationMessage {
  const { locale, t, brand } = setup(options);
  const c = messages(locale, "counter");
  const cv = messages("vi", "counter");
  const smsParams = credentialsSmsParams(params);
  return {
    sms: fullOrShortSms(brand, cv.smsPasswordReset, cv.smsPasswordResetShort, smsParams),
    email: email(locale, t, {
      subject: t.approvalSubject,
      heading: t.approvalHeading,
      greeting: t.emailGreetingGeneric,
      paragraphs: [format(c.smsPasswordReset, smsParams)],
    }),
  };
}

export type CounterNoticeKind = "changePhone" | "signOutAll" | "lock" | "unlock" | "close";

/** What was done to the account at which office and when; no secret (it may reach a lost phone). */
export function counterNotice(
  params: { kind: CounterNoticeKind; bhxhCode: string; officeName: string; at: Date; receipt: string; reasonCode?: string | null; fullName?: string },
  options?: MessageOptions,
): NotificationMessage {
  const { locale, t, brand } = setup(options);
  const c = messages(locale, "counter");
  const cv = messages("vi", "counter");
  const reasonKey = params.kind === "lock" ? `lockReason_${params.reasonCode}` : `closeReason_${params.reasonCode}`;
  const reasonIn = (catalog: Record<string, string>) => (params.reasonCode ? (catalog[reasonKey] ?? params.reasonCode) : "");
  const p = { username: params.bhxhCode, office: params.officeName, time: formatDateTimeVi(params.at), reason: reasonIn(c as Record<string, string>) };
  const smsParams = { ...p, reason: reasonIn(cv as Record<string, string>) };
  return {
    // SMS always from the Vietnamese strings (GSM-7), whatever the person's language.
    sms: buildSms(brand, [{ template: cv[`smsNotice_${params.kind}`], params: smsParams, shrink: [{ key: "office", min: 12 }] }]),
    email: email(locale, t, {
      subject: c[`emailSubject_${params.kind}`],
      heading: c[`emailSubject_${params.kind}`],
      greeting: greeting(t, params.fullName),
      paragraphs: [format(c[`emailIntro_${params.kind}`], p)],
      facts: [{ label: c.emailReceiptLabel, value: params.receipt, code: true }],
      notice: params.kind === "unlock" ? undefined : [c.emailNotYou],
    }),
  };
}

// --- Withdrawal (issue 12) ---

/** A pending declaration was withdrawn (online by the declarer, or at the counter): no secret in it. */
export function declarationWithdrawn(
  params: { reference: string; reasonLabel: string; atCounter: boolean; declareUrl: string; fullName?: string },
  options?: MessageOptions,
): NotificationMessage {
  const { locale, t, s: vi, brand } = setup(options);
  const how = params.atCounter ? t.withdrawnAtCounter : t.withdrawnOnline;
  return {
    sms: buildSms(brand, [
      { template: vi.withdrawnSms, params: { reference: params.reference, url: params.declareUrl } },
      { template: vi.withdrawnSmsShort, params: { reference: params.reference } },
    ]),
    email: email(locale, t, {
      subject: format(t.withdrawnSubject, { reference: params.reference }),
      heading: t.withdrawnHeading,
      greeting: greeting(t, params.fullName),
      paragraphs: [format(t.withdrawnIntro, { reference: params.reference, how })],
      facts: [
        { label: t.referenceLabel, value: params.reference, code: true },
        { label: t.withdrawnReasonLabel, value: params.reasonLabel },
      ],
      after: [t.withdrawnNewDeclaration],
      action: { label: t.withdrawnAction, url: params.declareUrl },
      notice: [t.withdrawnNotYou],
    }),
  };
}

/** Every template by name, the value stored in Notification.template. */
export const notificationTemplates = {
  approval,
  rejection,
  deadlineReminder,
  expiry,
  otp,
  passwordExpiryReminder,
  declarationReceived,
  phoneVerificationCode,
  emailConfirmation,
  conflictNotice,
  counterPhoneCode,
  counterPasswordReset,
  counterNotice,
  declarationWithdrawn,
} as const;

export type NotificationTemplate = keyof typeof notificationTemplates;
