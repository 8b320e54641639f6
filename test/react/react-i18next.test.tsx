/**
 * An app that already uses react-i18next shares its i18next instance with the library (the package
 * does not import react-i18next: `<ApiErrorProvider i18n={i18n}>` takes the instance the app's
 * `useTranslation()` returns). One language switch moves the app's texts and ours; both read the
 * same instance; and the other way round, `createApiErrorI18n` gives an instance react-i18next can serve.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import { ApiErrorProvider, ErrorBanner, NAMESPACE, createApiErrorI18n } from '../../src/index.js';

const ERR009 = { status: 401, body: '{"code":"ERR009","message":"Session timeout"}' };

function Heading() {
  const { t } = useTranslation('app');
  return <h1>{t('heading')}</h1>;
}

function App() {
  const { i18n } = useTranslation('app');
  return (
    <ApiErrorProvider i18n={i18n}>
      <Heading />
      <ErrorBanner error={ERR009} />
      <button type="button" onClick={() => void i18n.changeLanguage('de')}>
        Deutsch
      </button>
    </ApiErrorProvider>
  );
}

describe('react-i18next', () => {
  it("the provider takes the app's instance from useTranslation(); one changeLanguage moves both", async () => {
    const i18n = i18next.createInstance();
    await i18n.use(initReactI18next).init({
      lng: 'en',
      fallbackLng: 'en',
      ns: ['app'],
      defaultNS: 'app',
      resources: { en: { app: { heading: 'Orders' } }, de: { app: { heading: 'Bestellungen' } } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Orders');
    expect(screen.getByRole('alert').textContent).toContain(en.codes.microstrategy.ERR009.title);
    // Our namespace is on the app's instance, next to the app's own; the app's keys are untouched.
    expect(i18n.hasResourceBundle('de', NAMESPACE)).toBe(true);
    expect(i18n.t('heading', { lng: 'de' })).toBe('Bestellungen');
    expect(i18n.t('codes.microstrategy.ERR009.title', { ns: NAMESPACE, lng: 'de' })).toBe(de.codes.microstrategy.ERR009.title);

    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Deutsch' }));
    });
    expect(i18n.language).toBe('de');
    expect(screen.getByRole('heading').textContent).toBe('Bestellungen');
    expect(screen.getByRole('alert').textContent).toContain(de.codes.microstrategy.ERR009.title);
    expect(screen.getByRole('alert').textContent).not.toContain(en.codes.microstrategy.ERR009.title);
  });

  it("the app's own keys in our namespace win over ours", async () => {
    const i18n = i18next.createInstance();
    await i18n.use(initReactI18next).init({
      lng: 'en',
      resources: { en: { [NAMESPACE]: { codes: { microstrategy: { ERR009: { title: 'Please sign in again' } } } } } },
      initAsync: false,
    });
    render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Please sign in again');
  });

  it('createApiErrorI18n gives an instance react-i18next serves to the app', () => {
    const i18n = createApiErrorI18n('de');
    function Title() {
      const { t } = useTranslation(NAMESPACE);
      return <p>{t('codes.microstrategy.ERR009.title')}</p>;
    }
    render(
      <I18nextProvider i18n={i18n}>
        <Title />
        <ApiErrorProvider i18n={i18n}>
          <ErrorBanner error={ERR009} />
        </ApiErrorProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText(de.codes.microstrategy.ERR009.title, { selector: 'p:not([class])' }).tagName).toBe('P');
    expect(screen.getByRole('alert').textContent).toContain(de.codes.microstrategy.ERR009.title);
  });
});
