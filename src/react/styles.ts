/**
 * Inline styles that read CSS variables, so there is no stylesheet to import (`sideEffects: false`
 * holds) and an app can theme every part with `--rae-*` variables. `unstyled` drops them all.
 * Colours meet WCAG AA contrast in both themes.
 */
import type { CSSProperties } from 'react';
import type { Severity } from './model.js';
import type { ApiErrorTheme } from './ApiErrorProvider.js';

type Vars = Record<`--rae-${string}`, string>;

const LIGHT: Record<Severity, Vars> = {
  error: { '--rae-bg': '#fdeceb', '--rae-fg': '#5c1a16', '--rae-border': '#c62828', '--rae-accent': '#b3261e', '--rae-on-accent': '#ffffff' },
  warning: { '--rae-bg': '#fff4e5', '--rae-fg': '#4d2c00', '--rae-border': '#b26a00', '--rae-accent': '#8a4b00', '--rae-on-accent': '#ffffff' },
  info: { '--rae-bg': '#e8f1fb', '--rae-fg': '#0b2e59', '--rae-border': '#1e5aa8', '--rae-accent': '#1a4f94', '--rae-on-accent': '#ffffff' },
};
const DARK: Record<Severity, Vars> = {
  error: { '--rae-bg': '#2b1211', '--rae-fg': '#ffd9d5', '--rae-border': '#ef7a6f', '--rae-accent': '#ffb4ab', '--rae-on-accent': '#410001' },
  warning: { '--rae-bg': '#2a1d05', '--rae-fg': '#ffe2b8', '--rae-border': '#e0a040', '--rae-accent': '#ffcf85', '--rae-on-accent': '#2a1800' },
  info: { '--rae-bg': '#0e1d30', '--rae-fg': '#d6e6ff', '--rae-border': '#78a6e8', '--rae-accent': '#a8c8ff', '--rae-on-accent': '#002a5c' },
};

export function themeVars(theme: ApiErrorTheme, severity: Severity): CSSProperties {
  return (theme === 'dark' ? DARK : LIGHT)[severity] as CSSProperties;
}

export const s = {
  banner: {
    display: 'flex',
    gap: '0.75rem',
    alignItems: 'flex-start',
    padding: '0.875rem 1rem',
    borderRadius: 'var(--rae-radius, 8px)',
    border: '1px solid var(--rae-border)',
    borderInlineStartWidth: '4px',
    background: 'var(--rae-bg)',
    color: 'var(--rae-fg)',
    font: 'var(--rae-font, inherit)',
    lineHeight: 1.45,
  },
  icon: { flex: '0 0 auto', width: '1.25rem', height: '1.25rem', marginTop: '0.1rem', color: 'var(--rae-accent)' },
  body: { flex: '1 1 auto', minWidth: 0 },
  title: { margin: 0, fontSize: '1rem', fontWeight: 600 },
  message: { margin: '0.25rem 0 0' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.75rem' },
  primary: {
    font: 'inherit',
    padding: '0.375rem 0.875rem',
    borderRadius: '6px',
    border: '1px solid var(--rae-accent)',
    background: 'var(--rae-accent)',
    color: 'var(--rae-on-accent)',
    cursor: 'pointer',
  },
  secondary: {
    font: 'inherit',
    padding: '0.375rem 0.875rem',
    borderRadius: '6px',
    border: '1px solid var(--rae-accent)',
    background: 'transparent',
    color: 'var(--rae-fg)',
    cursor: 'pointer',
  },
  details: { marginTop: '0.75rem', fontSize: '0.875rem' },
  summary: { cursor: 'pointer' },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 0.75rem', margin: '0.5rem 0 0' },
  dd: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  list: { margin: '0.5rem 0 0', paddingInlineStart: '1.25rem' },
  /** Figures that keep their width while they count down. */
  tabular: { fontVariantNumeric: 'tabular-nums' },
  link: { font: 'inherit', color: 'var(--rae-fg)', textDecoration: 'underline', background: 'none', border: 0, padding: 0, cursor: 'pointer' },
  backdrop: { position: 'fixed', inset: 0, background: 'rgba(0, 0, 0, 0.5)', display: 'flex', alignItems: 'center', justifyContent: 'center', zIndex: 2147483000 },
  dialog: {
    maxWidth: '28rem',
    width: 'calc(100% - 2rem)',
    padding: '1.25rem',
    borderRadius: '10px',
    background: 'var(--rae-bg)',
    color: 'var(--rae-fg)',
    border: '1px solid var(--rae-border)',
    boxShadow: '0 10px 30px rgba(0, 0, 0, 0.3)',
  },
} satisfies Record<string, CSSProperties>;

/**
 * Visually hidden, read by screen readers. Kept when `unstyled`: it is not decoration, and without
 * it the text would show twice.
 */
export const srOnly: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };

/** A style, or nothing when unstyled. */
export function sx(unstyled: boolean | undefined, style: CSSProperties): CSSProperties | undefined {
  return unstyled ? undefined : style;
}
