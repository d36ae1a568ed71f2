/** The Rebound mark: a teal rounded square with an arrow that bounces back up. Drawn, not loaded. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg class="logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#1f7a6e" />
      <path
        d="M8 10c0 8 4 13 8 13s6-3 7-8"
        fill="none"
        stroke="#fff"
        stroke-width="3"
        stroke-linecap="round"
      />
      <path d="M19.5 14.5 23.5 11l1.8 5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
