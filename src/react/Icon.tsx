import type { CSSProperties, ReactNode } from 'react';
import type { Severity } from './model.js';

/** Decorative severity icon (the title carries the meaning). */
export function SeverityIcon({ severity, style }: { severity: Severity; style?: CSSProperties | undefined }): ReactNode {
  const path =
    severity === 'info'
      ? 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z'
      : severity === 'warning'
        ? 'M1 21h22L12 2 1 21Zm12-3h-2v-2h2v2Zm0-4h-2v-4h2v4Z'
        : 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z';
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={style} data-rae-icon={severity}>
      <path fill="currentColor" d={path} />
    </svg>
  );
}
