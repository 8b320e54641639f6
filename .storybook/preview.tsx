import type { Decorator, Preview } from '@storybook/react-vite';
import { ApiErrorProvider, pseudoLocale, supportedLocales } from '../src/index.js';

const withProvider: Decorator = (Story, context) => {
  const g = context.globals as { locale?: string; theme?: 'light' | 'dark'; dir?: 'auto' | 'ltr' | 'rtl' };
  if (context.parameters.noProvider) return <Story />;
  const dark = g.theme === 'dark';
  return (
    <div dir={g.dir === 'auto' ? undefined : g.dir} style={{ padding: '1rem', background: dark ? '#121212' : '#ffffff', color: dark ? '#eeeeee' : '#111111', minHeight: '10rem' }}>
      <ApiErrorProvider locale={g.locale ?? 'en'} theme={g.theme ?? 'light'} onSignIn={() => undefined}>
        <Story />
      </ApiErrorProvider>
    </div>
  );
};

const preview: Preview = {
  decorators: [withProvider],
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
