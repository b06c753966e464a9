// The portal's mark: a round, emblem-like seal drawn here (not the agency's official logo file): a gold
// ring, a blue disc, a star between two laurel arcs. The same drawing is app/icon.svg.
export function AgencyMark({ size = 48 }: { size?: number }) {
  return (
    <svg className="agency-mark" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="31" fill="#fff" />
      <circle cx="32" cy="32" r="28.5" fill="#d9a520" />
      <circle cx="32" cy="32" r="25" fill="#0b5394" />
      <circle cx="32" cy="32" r="22.5" fill="none" stroke="#d9a520" strokeWidth="1" />
      <path d="M32 14l4.2 12.9h13.6l-11 8 4.2 12.9L32 39.8l-11 8 4.2-12.9-11-8h13.6z" fill="#ffd84d" />
      <path d="M13.5 28c0 10 5.5 18 14 21.5M50.5 28c0 10-5.5 18-14 21.5" fill="none" stroke="#ffd84d" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}
