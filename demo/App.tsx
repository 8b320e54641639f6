/**
 * The dashboard shell: top bar (locale, theme, account), sidebar navigation, the notices region,
 * and four pages — Overview (cards and recent orders), Orders (the table), Team (a form the server
 * rejects with field errors) and Failure lab (every failure the demo server offers, by category).
 */
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ApiErrorBoundary, ApiErrorProvider, ErrorNotices, localeDirection, matchLocale, supportedLocales, type ApiErrorTheme } from 'react-api-errors';
import { queryClient, store } from './client.js';
import { FailureLab, OrdersPage, Overview, TeamPage } from './pages.js';

export const ROUTES = [
  { id: 'overview', label: 'Overview', icon: 'M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z' },
  { id: 'orders', label: 'Orders', icon: 'M7 4h14v2H7V4zm0 7h14v2H7v-2zm0 7h14v2H7v-2zM3 4h2v2H3V4zm0 7h2v2H3v-2zm0 7h2v2H3v-2z' },
  { id: 'team', label: 'Team', icon: 'M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 2c-2.7 0-8 1.3-8 4v3h16v-3c0-2.7-5.3-4-8-4zm8 0c-.3 0-.7 0-1.1.1 1.2.9 2.1 2.1 2.1 3.9v3h7v-3c0-2.7-5.3-4-8-4z' },
  { id: 'failures', label: 'Failure lab', icon: 'M7 2v2h1v14a4 4 0 0 0 8 0V4h1V2H7zm4 14a1 1 0 1 1 0-2 1 1 0 0 1 0 2zm2-4a1 1 0 1 1 0-2 1 1 0 0 1 0 2zm1-5h-4V4h4v3z' },
] as const;
type Route = (typeof ROUTES)[number]['id'];

function routeOf(hash: string): Route {
  const id = hash.replace(/^#\/?/, '');
  return ROUTES.some((r) => r.id === id) ? (id as Route) : 'overview';
}

function useRoute(): Route {
  return useSyncExternalStore(
    (notify) => {
      window.addEventListener('hashchange', notify);
      return () => window.removeEventListener('hashchange', notify);
    },
    () => routeOf(window.location.hash),
  );
}

/** `?locale=de&theme=dark` (for links and screenshots), else the browser's language and colour scheme. */
function initial(): { locale: string; theme: ApiErrorTheme } {
  const params = new URLSearchParams(window.location.search);
  const locale = matchLocale(params.get('locale') ?? navigator.language) ?? 'en';
  const asked = params.get('theme');
  const theme = asked === 'dark' || asked === 'light' ? asked : window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return { locale, theme };
}

export function Icon({ d }: { d: string }): ReactNode {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
  nl: 'Nederlands',
  pl: 'Polski',
  ru: 'Русский',
  tr: 'Türkçe',
  ja: '日本語',
  ko: '한국어',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  ar: 'العربية',
  he: 'עברית',
};

export function App(): ReactNode {
  const [{ locale, theme }, setPrefs] = useState(initial);
  const route = useRoute();
  const [signingOut, setSigningOut] = useState(false);
  const dir = localeDirection(locale);
  const title = ROUTES.find((r) => r.id === route)?.label ?? '';

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    document.documentElement.dataset.theme = theme;
    document.title = `${title} · Northwind Analytics`;
  }, [locale, dir, theme, title]);

  const signOut = async (): Promise<void> => {
    setSigningOut(true);
    try {
      // The server forgets the session; every query that reloads now fails with MicroStrategy's
      // ERR009 at once, and the store opens ONE sign-in prompt.
      await fetch('/api/sign-out', { method: 'POST' });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'stats' || q.queryKey[0] === 'orders' });
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <ApiErrorProvider
      locale={locale}
      theme={theme}
      store={store}
      fieldLabels={{ team_name: 'Team name', 'authorization.role': 'Role', 'users.0.email': 'First member email', 'users.1.email': 'Second member email', 'users.2.email': 'Third member email' }}
      onSignIn={async () => {
        await fetch('/api/sign-in', { method: 'POST' });
      }}
      // Reporting: each error once, with its reference id and whether a person saw it (an app sends this to its logs).
      onError={(report) => console.info('[api error]', report.error.category, report.referenceId ?? '-', report.shown ? 'shown' : 'not shown')}
    >
      <div className="app">
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="topbar">
          <div className="brand">
            <span className="logo" aria-hidden="true">
              N
            </span>
            <span className="brand-name">Northwind Analytics</span>
          </div>
          <div className="topbar-tools">
            <label className="field-inline">
              <span className="visually-hidden">Language</span>
              <select aria-label="Language" value={locale} onChange={(e) => setPrefs((p) => ({ ...p, locale: e.target.value }))}>
                {supportedLocales.map((l) => (
                  <option key={l} value={l}>
                    {LANGUAGE_NAMES[l] ?? l}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="icon-button"
              aria-label="Dark theme"
              aria-pressed={theme === 'dark'}
              onClick={() => setPrefs((p) => ({ ...p, theme: p.theme === 'dark' ? 'light' : 'dark' }))}
            >
              <Icon d={theme === 'dark' ? 'M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM11 1h2v3h-2V1zm0 19h2v3h-2v-3zM1 11h3v2H1v-2zm19 0h3v2h-3v-2zM4.2 5.6l1.4-1.4 2.1 2.1-1.4 1.4-2.1-2.1zm12.1 12.1 1.4-1.4 2.1 2.1-1.4 1.4-2.1-2.1zM4.2 18.4l2.1-2.1 1.4 1.4-2.1 2.1-1.4-1.4zM16.3 6.3l2.1-2.1 1.4 1.4-2.1 2.1-1.4-1.4z' : 'M12 3a9 9 0 1 0 9 9c0-.5 0-.9-.1-1.4A5.5 5.5 0 0 1 13.4 3.1 9.3 9.3 0 0 0 12 3z'} />
            </button>
            <div className="account">
              <span className="avatar" aria-hidden="true">
                MH
              </span>
              <button type="button" className="button ghost" onClick={() => void signOut()} disabled={signingOut}>
                Expire session
              </button>
            </div>
          </div>
        </header>
        <nav className="sidebar" aria-label="Main">
          <ul>
            {ROUTES.map((r) => (
              <li key={r.id}>
                <a href={`#/${r.id}`} aria-current={route === r.id ? 'page' : undefined}>
                  <Icon d={r.icon} />
                  <span>{r.label}</span>
                </a>
              </li>
            ))}
          </ul>
          <p className="sidebar-note">
            Data from <code>demo/server.mjs</code>: every failure is a verbatim payload from an API&apos;s public docs.
          </p>
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          <h1 className="page-title">{title}</h1>
          {/* A render error in a page shows the banner with "Try again" instead of a blank screen. */}
          <ApiErrorBoundary resetKeys={[route]}>
            {route === 'overview' ? <Overview locale={locale} /> : null}
            {route === 'orders' ? <OrdersPage locale={locale} /> : null}
            {route === 'team' ? <TeamPage /> : null}
            {route === 'failures' ? <FailureLab /> : null}
          </ApiErrorBoundary>
        </main>
        <ErrorNotices placement="bottom-end" />
      </div>
    </ApiErrorProvider>
  );
}
