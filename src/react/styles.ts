/**
 * Inline styles that read CSS variables, so there is no stylesheet to import (`sideEffects: false`
 * holds) and an app can theme every part with `--rae-*` variables. `unstyled` drops them all.
 * Colours meet WCAG AA contrast in both themes. Fonts are inherited from the app (`--rae-font`).
 */
import type { CSSProperties } from 'react';
import type { Severity } from './model.js';
import type { ApiErrorTheme } from './ApiErrorProvider.js';

type Vars = Record<`--rae-${string}`, string>;
/** A severity, or the neutral surface of a modal dialog. */
export type Surface = Severity | 'neutral';

const LIGHT: Record<Surface, Vars> = {
  error: { '--rae-bg': '#fdeceb', '--rae-fg': '#5c1a16', '--rae-border': '#c62828', '--rae-accent': '#b3261e', '--rae-on-accent': '#ffffff' },
  warning: { '--rae-bg': '#fff4e5', '--rae-fg': '#4d2c00', '--rae-border': '#b26a00', '--rae-accent': '#8a4b00', '--rae-on-accent': '#ffffff' },
  info: { '--rae-bg': '#e8f1fb', '--rae-fg': '#0b2e59', '--rae-border': '#1e5aa8', '--rae-accent': '#1a4f94', '--rae-on-accent': '#ffffff' },
  neutral: { '--rae-bg': '#ffffff', '--rae-fg': '#1b1d21', '--rae-border': '#d3d7dd', '--rae-accent': '#1a4f94', '--rae-on-accent': '#ffffff' },
};
const DARK: Record<Surface, Vars> = {
  error: { '--rae-bg': '#2b1211', '--rae-fg': '#ffd9d5', '--rae-border': '#ef7a6f', '--rae-accent': '#ffb4ab', '--rae-on-accent': '#410001' },
  warning: { '--rae-bg': '#2a1d05', '--rae-fg': '#ffe2b8', '--rae-border': '#e0a040', '--rae-accent': '#ffcf85', '--rae-on-accent': '#2a1800' },
  info: { '--rae-bg': '#0e1d30', '--rae-fg': '#d6e6ff', '--rae-border': '#78a6e8', '--rae-accent': '#a8c8ff', '--rae-on-accent': '#002a5c' },
  neutral: { '--rae-bg': '#1e2127', '--rae-fg': '#e6e8ec', '--rae-border': '#454b55', '--rae-accent': '#a8c8ff', '--rae-on-accent': '#002a5c' },
};

export function themeVars(theme: ApiErrorTheme, surface: Surface): CSSProperties {
  return (theme === 'dark' ? DARK : LIGHT)[surface] as CSSProperties;
}

/**
 * The browser draws its own focus ring on `:focus-visible` only; these set its colour and move it
 * 2 px off the control, so it shows on every surface in both themes (inline styles cannot select
 * `:focus-visible`, and need not: outline-style stays the browser's until focus).
 */
const focus: CSSProperties = { outlineColor: 'var(--rae-accent)', outlineOffset: '2px' };
const button: CSSProperties = {
  ...focus,
  font: 'inherit',
  lineHeight: 1.25,
  padding: '0.4375rem 0.875rem',
  borderRadius: '6px',
  border: '1px solid var(--rae-accent)',
  cursor: 'pointer',
  fontVariantNumeric: 'tabular-nums',
};
/**
 * The label/value rows of the technical details. Side by side when the list is at least 23rem
 * wide (a banner of about 480 px), label over value below that: the flex-basis switches from
 * negative (clamped to 0) to huge at that container width, with no media query and no observer.
 */
const SWITCH = 'calc((23rem - 100%) * 999)';

/** A style table typed by its keys (its declaration names React's CSSProperties, never csstype's expansion). */
const table = <K extends string>(styles: Record<K, CSSProperties>): Record<K, CSSProperties> => styles;

export const s = table({
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
    boxSizing: 'border-box',
    maxWidth: '100%',
  },
  icon: { flex: '0 0 auto', width: '1.25rem', height: '1.25rem', marginTop: '0.1rem', color: 'var(--rae-accent)' },
  body: { flex: '1 1 auto', minWidth: 0 },
  title: { margin: 0, fontSize: '1rem', fontWeight: 600, lineHeight: 1.4 },
  message: { margin: '0.25rem 0 0' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.75rem' },
  primary: { ...button, background: 'var(--rae-accent)', color: 'var(--rae-on-accent)' },
  secondary: { ...button, background: 'transparent', color: 'var(--rae-fg)' },
  /** The retry button while it waits: full-contrast text on the surface, a dashed border, not a faded primary. */
  waiting: { ...button, background: 'transparent', color: 'var(--rae-fg)', border: '1px dashed var(--rae-accent)', cursor: 'not-allowed' },
  /** Stacks every label the button can show in one grid cell: its width is the widest, whatever the count. */
  labels: { display: 'inline-grid', justifyItems: 'center' },
  label: { gridArea: '1 / 1' },
  sizer: { gridArea: '1 / 1', visibility: 'hidden' },
  close: {
    ...focus,
    flex: '0 0 auto',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '2rem',
    height: '2rem',
    marginBlock: '-0.25rem',
    marginInlineEnd: '-0.5rem',
    padding: 0,
    border: 0,
    borderRadius: '6px',
    background: 'transparent',
    color: 'var(--rae-fg)',
    cursor: 'pointer',
  },
  details: { marginTop: '0.75rem', fontSize: '0.875rem' },
  summary: {
    ...focus,
    display: 'inline-flex',
    alignItems: 'center',
    gap: '0.25rem',
    listStyle: 'none',
    cursor: 'pointer',
    borderRadius: '4px',
    padding: '0.125rem 0.25rem',
    marginInlineStart: '-0.25rem',
    textUnderlineOffset: '3px',
  },
  summaryHover: { textDecoration: 'underline', background: 'color-mix(in srgb, var(--rae-fg) 8%, transparent)' },
  chevron: { flex: '0 0 auto', transition: 'transform 120ms ease-out' },
  dl: { display: 'grid', gap: '0.5rem', margin: '0.5rem 0 0' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '0.125rem 0.75rem' },
  dt: { flex: `1 1 ${SWITCH}`, maxWidth: '11rem', minWidth: 0, fontWeight: 600 },
  dd: { flex: `3 1 ${SWITCH}`, minWidth: 0, margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  code: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace', fontSize: '0.9em' },
  small: { ...button, padding: '0.125rem 0.5rem', background: 'transparent', color: 'var(--rae-fg)', marginInlineStart: '0.5rem' },
  more: { ...focus, display: 'block', marginTop: '0.25rem', font: 'inherit', color: 'var(--rae-fg)', textDecoration: 'underline', background: 'none', border: 0, padding: 0, cursor: 'pointer' },
  list: { margin: '0.5rem 0 0', paddingInlineStart: '1.25rem' },
  /** Figures that keep their width while they count down. */
  tabular: { fontVariantNumeric: 'tabular-nums' },
  item: { marginTop: '0.25rem' },
  link: { ...focus, font: 'inherit', color: 'var(--rae-fg)', textDecoration: 'underline', textUnderlineOffset: '2px', background: 'none', border: 0, padding: 0, cursor: 'pointer', textAlign: 'start' },
  /** The native <dialog> (top layer, modal): it covers the viewport as the backdrop and centres the panel. */
  dialog: {
    position: 'fixed',
    inset: 0,
    width: '100%',
    height: '100%',
    maxWidth: 'none',
    maxHeight: 'none',
    margin: 0,
    padding: '1rem',
    boxSizing: 'border-box',
    border: 0,
    display: 'flex',
    overflowY: 'auto',
    background: 'rgba(0, 0, 0, 0.55)',
    color: 'var(--rae-fg)',
    font: 'var(--rae-font, inherit)',
    lineHeight: 1.5,
    zIndex: 2147483000,
  },
  panel: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '28rem',
    margin: 'auto',
    padding: '1.25rem 1.5rem 1.5rem',
    borderRadius: '12px',
    background: 'var(--rae-bg)',
    color: 'var(--rae-fg)',
    border: '1px solid var(--rae-border)',
    boxShadow: '0 12px 40px rgba(0, 0, 0, 0.35)',
  },
  header: { display: 'flex', alignItems: 'flex-start', gap: '0.75rem' },
  dialogIcon: { flex: '0 0 auto', width: '1.5rem', height: '1.5rem', marginTop: '0.125rem', color: 'var(--rae-accent)' },
  heading: { flex: '1 1 auto', minWidth: 0, margin: 0, fontSize: '1.25rem', fontWeight: 600, lineHeight: 1.35 },
  dialogMessage: { margin: '0.75rem 0 0' },
  dialogActions: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: '0.5rem', marginTop: '1.5rem' },
});

/**
 * Visually hidden, read by screen readers. Kept when `unstyled`: it is not decoration, and without
 * it the text would show twice.
 */
export const srOnly: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };

/** A style, or nothing when unstyled. */
export function sx(unstyled: boolean | undefined, style: CSSProperties): CSSProperties | undefined {
  return unstyled ? undefined : style;
}
