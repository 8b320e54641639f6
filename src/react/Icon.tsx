import type { CSSProperties, ReactNode } from 'react';
import type { Severity } from './model.js';

const PATHS = {
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z',
  warning: 'M1 21h22L12 2 1 21Zm12-3h-2v-2h2v2Zm0-4h-2v-4h2v4Z',
  error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z',
  session: 'M18 8h-1V6A5 5 0 0 0 7 6v2H6a2 2 0 0 0-2 2v10c0 1.1.9 2 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2Zm-6 9a2 2 0 1 1 0-4 2 2 0 0 1 0 4Zm3.1-9H8.9V6a3.1 3.1 0 0 1 6.2 0v2Z',
  close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12 19 6.41Z',
  chevron: 'M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6-6-6Z',
} as const;

/**
 * A decorative icon (the text beside it carries the meaning). Its `width`/`height` attributes give it
 * a size of its own, so it stays text-sized when `unstyled` drops the inline styles (an SVG without
 * them fills its container).
 */
export function Icon({ name, size = '1.25em', style }: { name: keyof typeof PATHS; size?: string; style?: CSSProperties | undefined }): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" style={style} data-rae-icon={name}>
      <path fill="currentColor" d={PATHS[name]} />
    </svg>
  );
}

/** Decorative severity icon (the title carries the meaning). */
export function SeverityIcon({ severity, style }: { severity: Severity; style?: CSSProperties | undefined }): ReactNode {
  return <Icon name={severity} style={style} />;
}
