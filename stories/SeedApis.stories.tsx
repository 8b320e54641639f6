/**
 * The seed APIs: one story per API listing every code it documents with the text a person reads,
 * and one per group of codes (sign-in and access; the request; the service), so a visual diff
 * names the group that changed.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ErrorBanner, type ErrorCategory } from '../src/index.js';
import { SEED_FIXTURES, type Fixture } from './fixtures.js';

function SeedList({ cases }: { cases: readonly Fixture[] }) {
  return (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {cases.map((c) => (
        <section key={c.name} aria-label={c.name}>
          <ErrorBanner error={c.input} showDetails />
        </section>
      ))}
    </div>
  );
}

const meta: Meta<typeof SeedList> = { title: 'Seed APIs', component: SeedList };
export default meta;
type Story = StoryObj<typeof SeedList>;

function story(name: string, cases: readonly Fixture[]): Story {
  return {
    name,
    args: { cases },
    play: async ({ canvasElement }) => {
      await expect(cases.length).toBeGreaterThan(0);
      await expect(canvasElement.querySelectorAll('.rae-banner').length).toBe(cases.length);
      // Every documented code shows its own localized title, never the raw code.
      for (const title of canvasElement.querySelectorAll('.rae-title')) await expect(title.textContent).not.toMatch(/ERR0|error_code|errorCode/);
    },
  };
}

const GROUPS: Record<'access' | 'request' | 'service', { label: string; categories: readonly ErrorCategory[] }> = {
  access: { label: 'sign-in and access', categories: ['unauthenticated', 'session-expired', 'forbidden'] },
  request: { label: 'the request', categories: ['validation', 'bad-request', 'not-found', 'conflict'] },
  service: { label: 'the service', categories: ['server', 'unavailable', 'rate-limited', 'timeout', 'network'] },
};
const all = (api: string) => SEED_FIXTURES[api] ?? [];
const group = (api: string, g: keyof typeof GROUPS) =>
  story(`${api}: ${GROUPS[g].label}`, all(api).filter((c) => GROUPS[g].categories.includes(c.expected.category as ErrorCategory)));

export const MicroStrategy = story('MicroStrategy: every code', all('MicroStrategy'));
export const MicroStrategyAccess = group('MicroStrategy', 'access');
export const MicroStrategyRequest = group('MicroStrategy', 'request');
export const MicroStrategyService = group('MicroStrategy', 'service');
export const ErrorCodeApi = story('error_code API: every code', all('error_code API'));
export const ErrorCodeApiAccess = group('error_code API', 'access');
export const ErrorCodeApiRequest = group('error_code API', 'request');
export const ErrorCodeApiService = group('error_code API', 'service');
export const Edgecast = story('Edgecast CDN: every code', all('Edgecast CDN'));
export const EdgecastAccess = group('Edgecast CDN', 'access');
export const EdgecastRequest = group('Edgecast CDN', 'request');
export const EdgecastService = group('Edgecast CDN', 'service');
export const ErrorObjectApi = story('error object API: every code', all('error object API'));
export const ErrorObjectApiAccess = group('error object API', 'access');
export const ErrorObjectApiRequest = group('error object API', 'request');
export const ErrorObjectApiService = group('error object API', 'service');
export const ErrorCodeListApi = story('errorCode list API: every code', all('errorCode list API'));
export const ErrorCodeListApiAccess = group('errorCode list API', 'access');
export const ErrorCodeListApiRequest = group('errorCode list API', 'request');
export const ErrorCodeListApiService = group('errorCode list API', 'service');
