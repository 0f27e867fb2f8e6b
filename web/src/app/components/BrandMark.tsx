import { BRAND_RED } from '../theme.ts';

/** The product mark: a gold star on red, as on the favicon. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill={BRAND_RED} />
      <path
        fill="#ffd43b"
        d="M32 10l6.5 14.2 15.5 1.6-11.6 10.4 3.3 15.3L32 43.7l-13.7 7.8 3.3-15.3L10 25.8l15.5-1.6z"
      />
    </svg>
  );
}
