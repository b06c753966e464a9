// Facts about the managing agency that pages and messages quote (the footer, the privacy page).
/** Vietnam Social Security's national helpline. */
export const AGENCY_HOTLINE = "1900 9068";
/** The same number for a tel: link. */
export const AGENCY_HOTLINE_TEL = AGENCY_HOTLINE.replace(/\s+/g, "");
