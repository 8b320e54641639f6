/**
 * One story per seed API, listing every code it documents with the text a person reads.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ErrorBanner } from '../src/index.js';
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

function story(name: string): Story {
  const cases = SEED_FIXTURES[name] ?? [];
  return {
    name,
    args: { cases },
    play: async ({ canvasElement }) => {
      await expect(canvasElement.querySelectorAll('.rae-banner').length).toBe(cases.length);
      // Every documented code shows its own localized title, never the raw code.
      for (const title of canvasElement.querySelectorAll('.rae-title')) await expect(title.textContent).not.toMatch(/ERR0|error_code|errorCode/);
    },
  };
}

export const MicroStrategy = story('MicroStrategy');
export const ErrorCodeApi = story('error_code API');
export const Edgecast = story('Edgecast CDN');
export const ErrorObjectApi = story('error object API');
export const ErrorCodeListApi = story('errorCode list API');
