/**
 * Live examples for the docs pages (Introduction, Hooks, Recipes). Every payload is a verbatim
 * fixture (stories/fixtures.ts); react-query runs for real, with query functions that fail with
 * those payloads, so retries, countdowns and the session prompt behave as in an app.
 */
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  ApiErrorProvider,
  ApiErrorStore,
  ErrorBanner,
  FieldErrorList,
  normalizeError,
  useApiError,
  useApiErrorContext,
  useFieldErrors,
  useRetryable,
  useSignIn,
} from '../../src/index.js';
import { createApiErrorQueryClient } from '../../src/react-query/index.js';
import { fixture } from '../fixtures.js';

const box: React.CSSProperties = { display: 'grid', gap: '0.75rem', maxWidth: '40rem' };
const row: React.CSSProperties = { display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' };

/** The failures the Introduction's example offers: each a verbatim payload (or what a browser throws). */
export const INTRO_FAILURES: Record<string, { label: string; input: () => unknown }> = {
  session: { label: 'Session expired (MicroStrategy ERR009)', input: () => fixture('table row ERR009') },
  rate: { label: 'Rate limited (429, Retry-After: 5)', input: () => normalizeError({ ...(fixture('429 RATE_LIMIT_EXCEEDED') as object), headers: { 'retry-after': '5' } }) },
  validation: { label: 'Validation (Laravel 422)', input: () => fixture('422 validation error response format') },
  proxy: { label: 'Proxy HTML page (nginx 502)', input: () => fixture('nginx 502 Bad Gateway page') },
  network: { label: 'Network (fetch threw)', input: () => new TypeError('Failed to fetch') },
};

/** Introduction: pick what failed, see what a person reads. */
export function IntroExample(): ReactNode {
  const [which, setWhich] = useState<keyof typeof INTRO_FAILURES>('session');
  const [error, setError] = useState<unknown>(() => INTRO_FAILURES.session?.input());
  const choose = (key: string): void => {
    setWhich(key);
    setError(INTRO_FAILURES[key]?.input());
  };
  return (
    <div style={box}>
      <label style={row}>
        What failed
        <select value={which} onChange={(e) => choose(e.target.value)}>
          {Object.entries(INTRO_FAILURES).map(([key, f]) => (
            <option key={key} value={key}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {error ? <ErrorBanner error={error} onRetry={() => setError(INTRO_FAILURES[which]?.input())} onDismiss={() => setError(null)} /> : <button type="button" onClick={() => choose(which)}>Show it again</button>}
      <FieldErrorList error={error} />
    </div>
  );
}

/** useApiError: the display model of a payload, field by field. */
export function UseApiErrorExample(): ReactNode {
  const [name, setName] = useState('429 RATE_LIMIT_EXCEEDED');
  const m = useApiError(fixture(name));
  const names = ['429 RATE_LIMIT_EXCEEDED', 'table row ERR009', '403 ERR017', '422 validation error response format', '400 Invalid JSON with ticketId'];
  return (
    <div style={box}>
      <label style={row}>
        Payload
        <select value={name} onChange={(e) => setName(e.target.value)}>
          {names.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <dl data-testid="model" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
        <dt>title</dt>
        <dd>{m?.title}</dd>
        <dt>message</dt>
        <dd>{m?.message}</dd>
        <dt>category</dt>
        <dd>{m?.category}</dd>
        <dt>severity</dt>
        <dd>{m?.severity}</dd>
        <dt>actions</dt>
        <dd>{m?.actions.join(', ')}</dd>
        <dt>retry</dt>
        <dd>{m ? `retryable: ${String(m.retry.retryable)}${m.retry.retryAfterMs !== undefined ? `, after ${m.retry.retryAfterMs} ms` : ''}` : null}</dd>
        <dt>fieldErrors</dt>
        <dd>{m?.fieldErrors.map((f) => `${f.label}: ${f.message}`).join(' · ') || '—'}</dd>
        <dt>referenceId</dt>
        <dd>{m?.referenceId ?? '—'}</dd>
      </dl>
    </div>
  );
}

/** useRetryable: the first call fails with the seed's 503 and Retry-After: 2; the second succeeds. */
export function UseRetryableExample(): ReactNode {
  const calls = useRef(0);
  const r = useRetryable(async () => {
    calls.current += 1;
    if (calls.current % 2 === 1) throw { ...(fixture('503 SERVICE_UNAVAILABLE') as object), headers: { 'retry-after': '2' } };
    return 'Report loaded: 42 rows';
  });
  return (
    <div style={box}>
      <div style={row}>
        <button type="button" onClick={r.run}>
          Load report
        </button>
        <button type="button" onClick={r.cancel} disabled={r.state !== 'waiting' && r.state !== 'pending'}>
          Cancel
        </button>
        <button type="button" onClick={r.retry} disabled={r.state !== 'waiting'}>
          Retry now
        </button>
      </div>
      <p data-testid="retryable-state" role="status">
        {r.state} · attempt {r.attempt}
        {r.state === 'waiting' ? ` · next attempt in ${r.secondsLeft} s (the server's Retry-After)` : ''}
      </p>
      {r.state === 'waiting' || r.state === 'error' ? <ErrorBanner error={r.error} showDetails={false} /> : null}
      {r.data && r.state === 'success' ? <p>{r.data}</p> : null}
    </div>
  );
}

const TEAM_LABELS = { team_name: 'Team name', 'authorization.role': 'Role', 'users.0.email': 'First member email', 'users.2.email': 'Third member email' };
const TEAM_FIELDS: [string, string][] = [
  ['team_name', 'Team name'],
  ['authorization.role', 'Role'],
  ['users.0.email', 'First member email'],
  ['users.1.email', 'Second member email'],
  ['users.2.email', 'Third member email'],
];

/**
 * useFieldErrors: each input shows its own errors (aria-invalid, aria-describedby), and
 * `toFormErrors()` gives the pairs react-hook-form's `setError` takes.
 */
export function UseFieldErrorsExample(): ReactNode {
  const [error, setError] = useState<unknown>(null);
  const fields = useFieldErrors(error);
  return (
    <form
      style={box}
      onSubmit={(e) => {
        e.preventDefault();
        setError(fixture('422 validation error response format'));
      }}
    >
      {TEAM_FIELDS.map(([path, label]) => {
        const errs = fields.get(path);
        const id = `ex-${path}`;
        return (
          <div key={path} style={{ display: 'grid', gap: '0.25rem' }}>
            <label htmlFor={id}>{label}</label>
            <input id={id} name={path} aria-invalid={errs.length > 0} aria-describedby={errs.length > 0 ? `${id}-error` : undefined} />
            {errs.length > 0 ? (
              <span id={`${id}-error`} data-testid={`error-${path}`} style={{ color: '#b3261e' }}>
                {errs.map((f) => f.message).join(' ')}
              </span>
            ) : null}
          </div>
        );
      })}
      <div style={row}>
        <button type="submit">Save team (the server answers 422)</button>
        <button type="button" onClick={() => setError(null)}>
          Clear
        </button>
      </div>
      <details>
        <summary>toFormErrors()</summary>
        <pre data-testid="form-errors" style={{ whiteSpace: 'pre-wrap' }}>
          {JSON.stringify(fields.toFormErrors(), null, 2)}
        </pre>
      </details>
    </form>
  );
}

function SignInLink({ store }: { store: ApiErrorStore }): ReactNode {
  const expired = useSyncExternalStore(store.subscribe, () => store.getState().sessionExpired);
  const signIn = useSignIn();
  if (!expired || !signIn) return <p data-testid="session">Signed in</p>;
  return (
    <p data-testid="session" style={row}>
      Session expired.
      <button type="button" onClick={() => void signIn()}>
        Sign in (useSignIn)
      </button>
    </p>
  );
}

/** useSignIn: an app's own "sign in" control, wired like the library's. */
export function UseSignInExample(): ReactNode {
  const [store] = useState(() => new ApiErrorStore());
  const [signIns, setSignIns] = useState(0);
  const { locale } = useApiErrorContext();
  return (
    <ApiErrorProvider locale={locale} store={store} renderSessionDialog={false} onSignIn={() => new Promise<void>((resolve) => setTimeout(() => { setSignIns((n) => n + 1); resolve(); }, 300))}>
      <div style={box}>
        <button type="button" onClick={() => store.report(fixture('table row ERR009'))}>
          Expire the session
        </button>
        <SignInLink store={store} />
        <p data-testid="sign-ins">Sign-ins: {signIns}</p>
      </div>
    </ApiErrorProvider>
  );
}

function ReportCard({ id, failRef }: { id: number; failRef: { current: boolean } }): ReactNode {
  const q = useQuery({
    queryKey: ['docs-report', id],
    queryFn: async () => {
      await new Promise((r) => setTimeout(r, 50));
      if (failRef.current) throw fixture('table row ERR009');
      return { rows: 40 + id };
    },
  });
  return (
    <li data-testid={`report-${id}`}>
      Report {id}: {q.isSuccess ? `${q.data.rows} rows` : q.isError ? 'failed' : 'loading…'}
    </li>
  );
}

/** Recipe: five queries fail with the same session expiry at once: one dialog; signing in refetches them all. */
export function SessionOnceRecipe(): ReactNode {
  const [store] = useState(() => new ApiErrorStore());
  const [client] = useState(() => createApiErrorQueryClient({ store }));
  const fail = useRef(false);
  const { locale, theme } = useApiErrorContext();
  return (
    <QueryClientProvider client={client}>
      <ApiErrorProvider locale={locale} theme={theme} store={store} onSignIn={() => { fail.current = false; }}>
        <div style={box}>
          <button
            type="button"
            onClick={() => {
              fail.current = true;
              void client.resetQueries({ queryKey: ['docs-report'] });
            }}
          >
            Expire the session and reload 5 reports
          </button>
          <ul>
            {[1, 2, 3, 4, 5].map((id) => (
              <ReportCard key={id} id={id} failRef={fail} />
            ))}
          </ul>
        </div>
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

function Notices({ store }: { store: ApiErrorStore }): ReactNode {
  const { notices } = useSyncExternalStore(store.subscribe, store.getState);
  return (
    <div aria-label="Notices" role="region" style={{ display: 'grid', gap: '0.5rem' }}>
      {notices.map((n) => (
        <ErrorBanner key={n.id} error={n.error} blocking={false} showDetails={false} onDismiss={() => store.dismissNotice(n.id)} />
      ))}
    </div>
  );
}

/** Recipe: a query that had data fails in the background: one non-blocking notice, the data stays. */
export function BackgroundNoticeRecipe(): ReactNode {
  const [store] = useState(() => new ApiErrorStore());
  const [client] = useState(() => createApiErrorQueryClient({ store, retry: { maxRetries: 0 } }));
  const fail = useRef(false);
  return (
    <QueryClientProvider client={client}>
      <BackgroundInner store={store} failRef={fail} refetch={() => void client.refetchQueries({ queryKey: ['docs-orders'] })} />
    </QueryClientProvider>
  );
}

function BackgroundInner({ store, failRef, refetch }: { store: ApiErrorStore; failRef: { current: boolean }; refetch: () => void }): ReactNode {
  const q = useQuery({
    queryKey: ['docs-orders'],
    queryFn: async () => {
      await new Promise((r) => setTimeout(r, 50));
      if (failRef.current) throw fixture('Envoy 503: upstream connect error, reset reason');
      return ['#1042 Paid', '#1043 Shipped', '#1044 Refunded'];
    },
  });
  return (
    <div style={box}>
      <Notices store={store} />
      <button
        type="button"
        onClick={() => {
          failRef.current = true;
          refetch();
        }}
      >
        Refresh in the background (the proxy answers 503)
      </button>
      <ul data-testid="orders">{q.data?.map((o) => <li key={o}>{o}</li>)}</ul>
    </div>
  );
}

/** Recipe: a form whose submit fails with a 422: the list on top, each entry focusing its input. */
export function FormRecipe(): ReactNode {
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      style={box}
      onSubmit={(e) => {
        e.preventDefault();
        setError(fixture('422 validation error response format'));
      }}
    >
      <FieldErrorList error={error} fieldLabels={TEAM_LABELS} />
      {TEAM_FIELDS.map(([path, label]) => (
        <div key={path} style={{ display: 'grid', gap: '0.25rem' }}>
          <label htmlFor={`recipe-${path}`}>{label}</label>
          <input id={`recipe-${path}`} name={path} />
        </div>
      ))}
      <button type="submit">Create team</button>
    </form>
  );
}
