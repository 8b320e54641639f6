import type { Decorator, Preview } from '@storybook/react-vite';
import { ApiErrorProvider, pseudoLocale, supportedLocales } from '../src/index.js';

/** The app's font in an app; here the platform's UI font. The components inherit it (`font: inherit`). */
export const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
/**
 * The visual tests pin the families by name (Debian packages fonts-noto-core and fonts-noto-cjk),
 * so a screenshot never depends on which font fontconfig picks for `system-ui` on a machine.
 */
export const PINNED_FONT = '"Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK JP", sans-serif';

export const PAGE = { light: { background: '#ffffff', color: '#16181d' }, dark: { background: '#121316', color: '#e8eaed' } } as const;

export interface StoryGlobals {
  locale?: string;
  theme?: 'light' | 'dark';
  dir?: 'auto' | 'ltr' | 'rtl';
}

/**
 * Every story sits on a page of the toolbar's theme (the whole canvas, no white frame in dark) in
 * the font; unless `parameters.noProvider`, inside an ApiErrorProvider of the toolbar's locale and theme.
 */
const withPage: Decorator = (Story, context) => {
  const g = context.globals as StoryGlobals;
  const theme = g.theme ?? 'light';
  const page = PAGE[theme];
  const font = (context.parameters.fontFamily as string | undefined) ?? SYSTEM_FONT;
  const docs = context.viewMode === 'docs';
  return (
    <>
      {docs ? null : <style>{`html, body { margin: 0; background: ${page.background}; color: ${page.color}; font-family: ${font}; }`}</style>}
      <div
        className="rae-story"
        dir={g.dir === 'auto' || g.dir === undefined ? undefined : g.dir}
        style={{ ...page, fontFamily: font, fontSize: '16px', lineHeight: 1.5, padding: '1rem', boxSizing: 'border-box', minHeight: docs ? undefined : '100vh', colorScheme: theme }}
      >
        {context.parameters.noProvider ? (
          <Story />
        ) : (
          <ApiErrorProvider locale={g.locale ?? 'en'} theme={theme} onSignIn={() => undefined}>
            <Story />
          </ApiErrorProvider>
        )}
      </div>
    </>
  );
};

const preview: Preview = {
  decorators: [withPage],
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale of the library texts',
      toolbar: { title: 'Locale', icon: 'globe', items: [...supportedLocales, pseudoLocale].map((l) => ({ value: l, title: l === pseudoLocale ? `${l} (pseudo-locale)` : l })), dynamicTitle: true },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction of the page',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['auto', 'ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', dir: 'auto' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
    options: {
      // The sidebar: what it is, then the components, hooks, seed APIs, recipes and every text.
      storySort: {
        order: ['Introduction', 'Components', ['ErrorBanner', 'FieldErrorList', 'SessionExpiredDialog'], 'Hooks', ['useApiError', 'useRetryable', 'useFieldErrors', 'useSignIn'], 'Seed APIs', 'Recipes', 'Texts'],
      },
    },
  },
};
export default preview;
