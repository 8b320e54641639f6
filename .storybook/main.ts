import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // react-docgen-typescript reads the props interfaces (and their TSDoc) of every component, those
  // that return a portal (SessionExpiredDialog) included, which react-docgen does not recognise.
  // The story tests (Vitest) need no prop tables: they keep the faster react-docgen.
  typescript: { reactDocgen: process.env.VITEST ? 'react-docgen' : 'react-docgen-typescript' },
  // The library build's .d.ts generation (vite.config.ts) has no use in Storybook and costs ~15 s a build.
  viteFinal: (config) => ({ ...config, plugins: (config.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && ['unplugin-dts', 'vite:dts'].includes(String(p.name)))) }),
};
export default config;
