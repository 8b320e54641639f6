import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiErrorProvider, ErrorBanner } from '../../src/index.js';
import de from '../../locales/de.json';
import en from '../../locales/en.json';

const ERR009 = { status: 401, body: '{"code":"ERR009","message":"Session timeout"}' };

describe('server rendering', () => {
  it('renders the German title and message for MicroStrategy ERR009', () => {
    const html = renderToStaticMarkup(
      <ApiErrorProvider locale="de">
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>,
    );
    expect(html).toContain(de.codes.microstrategy.ERR009.title);
    expect(html).toContain(de.codes.microstrategy.ERR009.message);
    if (de.codes.microstrategy.ERR009.title !== en.codes.microstrategy.ERR009.title) {
      expect(html).not.toContain(en.codes.microstrategy.ERR009.title);
    }
  });
  it('renders English without a provider', () => {
    const html = renderToStaticMarkup(<ErrorBanner error={ERR009} />);
    expect(html).toContain(en.codes.microstrategy.ERR009.title);
  });
});
