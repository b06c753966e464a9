// A short, language-neutral name for the device behind a user agent ("Chrome · Android"), shown in
// the account's list of sign-ins so a person can recognise their own phone or computer. It is a
// hint for people, never a security check: user agents are typed by the client.

const BROWSERS: [RegExp, string][] = [
  // Order matters: many browsers also claim to be Chrome and Safari.
  [/\bcoc_coc_browser\//i, "Cốc Cốc"],
  [/\bZalo\b/i, "Zalo"],
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bUCBrowser\//, "UC Browser"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bCriOS\/|\bChrome\/|\bChromium\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\biPad\b/, "iPadOS"],
  [/\biPhone\b|\biPod\b/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

/** "Chrome · Android", "Safari · iOS", "Firefox", or "" when nothing is recognised. */
export function deviceLabelFromUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return "";
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return [browser, system].filter(Boolean).join(" · ");
}
