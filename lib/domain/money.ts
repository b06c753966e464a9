// Amounts of money: whole VND, shown the Vietnamese way ("1.234.567 ₫") in every language.
const VND = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 });

export function formatVnd(amount: bigint | number): string {
  return VND.format(amount);
}

/** A contribution rate in basis points of a percent as people read it: 3200 → "32%", 450 → "4,5%". */
export function formatRate(basisPoints: number): string {
  return `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(basisPoints / 100)}%`;
}
