// Where people get VssID (BHXH Việt Nam's official app), the next step after an account is activated.
// Store searches, not listing ids: a search keeps working if the listing moves; replace them with the
// listings' own addresses when the agency confirms them.
export const VSSID_STORE_LINKS = {
  googlePlay: "https://play.google.com/store/search?q=VssID&c=apps",
  appStore: "https://apps.apple.com/vn/search?term=VssID",
} as const;
