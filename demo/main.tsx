/**
 * The demo dashboard: react-query against the real demo server (demo/server.mjs). Each button
 * triggers one scenario the server answers like a seed API or a well-known format.
 */
import { QueryClientProvider, QueryErrorResetBoundary, useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { StrictMode, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiErrorBoundary, ApiErrorProvider, ApiErrorStore, ErrorBanner, ErrorNotices, FieldErrorList, supportedLocales, useFieldErrors } from '../src/index.js';
import { apiFetch, createApiErrorQueryClient, errorBannerProps } from '../src/react-query/index.js';

const SCENARIOS: [string, string][] = [
  ['mstr-session', 'MicroStrategy: session timed out (ERR009)'],
  ['mstr-forbidden', 'MicroStrategy: no permission (ERR017)'],
  ['mstr-not-found', 'MicroStrategy: not found (ERR004)'],
  ['error-code-expired', 'error_code API: auth expired (8)'],
  ['error-code-database', 'error_code API: database (12)'],
  ['edgecast-denied', 'Edgecast: Access Denied'],
  ['error-object-rate-limit', 'Rate limited, Retry-After 30'],
  ['error-object-unavailable', 'Service unavailable (503)'],
  ['error-list-uspta', 'USPTA number already registered'],
  ['nginx-502', 'Proxy HTML 502 (nginx)'],
  ['envoy-503', 'Envoy plain-text 503'],
  ['not-implemented-501', '501 Not implemented'],
];

const store = new ApiErrorStore();
const queryClient = createApiErrorQueryClient({ store, retry: { maxRetries: 2, maxDelayMs: 5000 } });

function Scenario({ name, label }: { name: string; label: string }) {
  const q = useQuery({ queryKey: ['scenario', name], queryFn: ({ signal }) => apiFetch(`/api/scenario/${name}`, { signal }), enabled: false });
  return (
    <li style={{ marginBottom: '0.75rem' }}>
      <button type="button" onClick={() => void q.refetch()}>
        {label}
      </button>{' '}
      {q.isFetching && q.failureCount === 0 ? <span>loading…</span> : null}
      {/* While react-query retries, the banner says so (attempt n of m, seconds to the next try). */}
      <ErrorBanner {...errorBannerProps(q)} />
    </li>
  );
}

function Dropped() {
  const q = useQuery({ queryKey: ['drop'], queryFn: () => apiFetch('/api/drop'), enabled: false });
  return (
    <li>
      <button type="button" onClick={() => void q.refetch()}>
        Dropped connection
      </button>
      {q.error ? <ErrorBanner error={q.error} /> : null}
    </li>
  );
}

function TeamForm() {
  const m = useMutation({ mutationFn: () => apiFetch('/api/team', { method: 'POST' }) });
  const errors = useFieldErrors(m.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate();
      }}
      style={{ display: 'grid', gap: '0.5rem', maxWidth: '24rem' }}
    >
      <FieldErrorList error={m.error} fieldLabels={{ team_name: 'Team name', 'authorization.role': 'Role', 'users.0.email': 'First member email', 'users.2.email': 'Third member email' }} />
      <label htmlFor="team_name">Team name</label>
      <input id="team_name" name="team_name" {...errors.fieldProps('team_name')} />
      <label htmlFor="role">Role</label>
      <input id="role" name="authorization.role" {...errors.fieldProps('authorization.role')} />
      {[0, 1, 2].map((i) => (
        <span key={i} style={{ display: 'contents' }}>
          <label htmlFor={`users.${i}.email`}>Member {i + 1} email</label>
          <input id={`users.${i}.email`} {...errors.fieldProps(`users.${i}.email`)} />
        </span>
      ))}
      <button type="submit">Save team</button>
    </form>
  );
}

function Reports() {
  const ids = [1, 2, 3, 4, 5];
  return (
    <div>
      <button type="button" onClick={() => void fetch('/api/sign-out', { method: 'POST' }).then(() => queryClient.invalidateQueries({ queryKey: ['report'] }))}>
        Expire the session (5 reports refetch at once)
      </button>
      <ul>
        {ids.map((id) => (
          <Report key={id} id={id} />
        ))}
      </ul>
    </div>
  );
}

function Report({ id }: { id: number }) {
  const q = useQuery({ queryKey: ['report', id], queryFn: () => apiFetch<{ rows: number }>(`/api/report/${id}`) });
  return <li>Report {id}: {q.isSuccess ? `${q.data.rows} rows` : q.isError ? 'failed' : 'loading'}</li>;
}

/** A failed mutation routed to the notices (meta.errorNotice): "Try again" runs it again, and the server lets the second try through. */
function Archive() {
  const m = useMutation({
    mutationKey: ['archive'],
    mutationFn: () => apiFetch<{ attempt: number }>('/api/scenario/error-object-unavailable?succeedAfter=1', { method: 'POST' }),
    meta: { errorNotice: true },
    retry: false,
  });
  return (
    <p>
      <button type="button" onClick={() => m.mutate()}>
        Archive old reports (fails once: a notice with Try again)
      </button>{' '}
      {m.isSuccess ? <span>Archived.</span> : null}
    </p>
  );
}

/** useSuspenseQuery under ApiErrorBoundary + QueryErrorResetBoundary: "Try again" resets both and refetches. */
function Suspended() {
  const { data } = useSuspenseQuery({
    queryKey: ['suspended'],
    queryFn: ({ signal }) => apiFetch<{ attempt: number }>('/api/scenario/nginx-502?succeedAfter=1', { signal }),
    retry: false,
  });
  return <p>Loaded on attempt {data.attempt}.</p>;
}

function BoundaryDemo() {
  const [shown, setShown] = useState(false);
  if (!shown)
    return (
      <button type="button" onClick={() => setShown(true)}>
        Load a report with Suspense (fails once behind a proxy)
      </button>
    );
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ApiErrorBoundary onReset={reset}>
          <Suspense fallback={<p>Loading…</p>}>
            <Suspended />
          </Suspense>
        </ApiErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

function App() {
  const [locale, setLocale] = useState('en');
  return (
    <ApiErrorProvider
      locale={locale}
      store={store}
      onSignIn={() => fetch('/api/sign-in', { method: 'POST' }).then(() => undefined)}
      // Each error once, for logs: what it was, its support reference, whether a person saw it.
      onError={(r) => console.info('[onError]', r.source, r.error.category, r.error.status, r.referenceId, r.shown ? 'shown' : 'not shown')}
    >
      <main style={{ maxWidth: '60rem', margin: '0 auto', padding: '1rem' }}>
        <h1>react-api-errors demo</h1>
        <label>
          Language{' '}
          <select value={locale} onChange={(e) => setLocale(e.target.value)}>
            {supportedLocales.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <ErrorNotices />
        <h2>Failures</h2>
        <ul>
          {SCENARIOS.map(([name, label]) => (
            <Scenario key={name} name={name} label={label} />
          ))}
          <Dropped />
        </ul>
        <h2>Session expiry</h2>
        <Reports />
        <h2>Form with server field errors</h2>
        <TeamForm />
        <h2>Notices and error boundaries</h2>
        <Archive />
        <BoundaryDemo />
      </main>
    </ApiErrorProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
