/**
 * The dashboard's pages. Data comes through react-query from demo/server.mjs; errors go to the
 * library's components exactly as an app would pass them.
 */
import { useMutation, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { ErrorBanner, FieldErrorList, useFieldErrors } from 'react-api-errors';
import { apiFetch, errorBannerProps, retryStatus } from 'react-api-errors/react-query';
import { SCENARIOS, type Scenario } from './scenarios.js';

/** The demo API's address (demo/vite.config.ts `define`). */
declare const __DEMO_API__: string;

interface Stats {
  revenue: number;
  orders: number;
  customers: number;
  refunds: number;
  currency: string;
}
interface Order {
  id: string;
  customer: string;
  date: string;
  status: 'paid' | 'shipped' | 'delivered' | 'refunded' | 'pending';
  total: number;
  items: number;
}

/** The scenarios a data request can be answered with (`?fail=`): the HTTP ones. */
const HTTP_FAILURES = SCENARIOS.filter((s) => s.kind === 'http');

/** Query data with an optional failure the person picked: the next fetch answers it. */
function useData<T>(key: 'stats' | 'orders', fail: { current: string }): UseQueryResult<T> {
  return useQuery({
    queryKey: [key],
    queryFn: ({ signal }) => apiFetch<T>(`/api/${key}${fail.current ? `?fail=${encodeURIComponent(fail.current)}` : ''}`, { signal }),
  });
}

/** A loading mark while a request runs for the first time (retries show in the banner: attempt n of m). */
function RetryStatus({ q }: { q: { isFetching: boolean; failureCount: number } }): ReactNode {
  if (!q.isFetching || q.failureCount > 0) return null;
  return (
    <span className="retry-status" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading…
    </span>
  );
}

function FailurePicker({ value, onChange, id }: { value: string; onChange: (v: string) => void; id: string }): ReactNode {
  return (
    <label className="field-inline" htmlFor={id}>
      <span>Next answer</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">200 OK</option>
        {HTTP_FAILURES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label} ({s.source})
          </option>
        ))}
      </select>
    </label>
  );
}

const STATUS_LABEL: Record<Order['status'], string> = { paid: 'Paid', shipped: 'Shipped', delivered: 'Delivered', refunded: 'Refunded', pending: 'Pending' };

function OrdersTable({ orders, locale, limit }: { orders: readonly Order[]; locale: string; limit?: number }): ReactNode {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Customer</th>
            <th scope="col" className="hide-sm">
              Date
            </th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.slice(0, limit).map((o) => (
            <tr key={o.id}>
              <td className="mono">{o.id}</td>
              <td>{o.customer}</td>
              <td className="hide-sm">{date.format(new Date(o.date))}</td>
              <td>
                <span className={`pill pill-${o.status}`}>{STATUS_LABEL[o.status]}</span>
              </td>
              <td className="num">{money.format(o.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SkeletonRows(): ReactNode {
  return (
    <div className="skeleton-rows" aria-hidden="true">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="skeleton" />
      ))}
    </div>
  );
}

/** A panel's content: the data, or the banner in its place (kept data stays, the notice says it failed). */
function DataOrBanner<T>({ q, children }: { q: UseQueryResult<T>; children: (data: T) => ReactNode }): ReactNode {
  if (q.data !== undefined) return children(q.data);
  // The error, or the failure react-query is retrying meanwhile ("Trying again: attempt 1 of 3").
  const banner = errorBannerProps(q);
  if (banner.error) return <ErrorBanner {...banner} />;
  return <SkeletonRows />;
}

export function Overview({ locale }: { locale: string }): ReactNode {
  const fail = useRef('');
  const [picked, setPicked] = useState('');
  const stats = useData<Stats>('stats', fail);
  const orders = useData<Order[]>('orders', fail);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const count = new Intl.NumberFormat(locale);
  const refresh = (): void => {
    fail.current = picked;
    void stats.refetch();
    void orders.refetch();
  };
  const cards: [string, (s: Stats) => string, string][] = [
    ['Revenue', (s) => money.format(s.revenue), 'Last 30 days'],
    ['Orders', (s) => count.format(s.orders), 'Last 30 days'],
    ['Customers', (s) => count.format(s.customers), 'Active'],
    ['Refunds', (s) => count.format(s.refunds), 'Last 30 days'],
  ];
  return (
    <>
      <section className="toolbar card" aria-label="Refresh">
        <p className="toolbar-text">
          Pick how the server answers the next refresh. With data on screen, a failed refresh keeps the data and shows one notice.
        </p>
        <div className="toolbar-actions">
          <FailurePicker id="overview-failure" value={picked} onChange={setPicked} />
          <button type="button" className="button primary" onClick={refresh}>
            Refresh
          </button>
        </div>
      </section>
      <section className="cards" aria-label="Key figures">
        {stats.data === undefined && stats.error ? (
          <div className="cards-error">
            <ErrorBanner error={stats.error} onRetry={() => void stats.refetch()} />
          </div>
        ) : (
          cards.map(([label, value, hint]) => (
            <article className="card kpi" key={label}>
              <h2 className="kpi-label">{label}</h2>
              <p className="kpi-value">{stats.data ? value(stats.data) : <span className="skeleton skeleton-text" aria-label="Loading" />}</p>
              <p className="kpi-hint">{hint}</p>
            </article>
          ))
        )}
      </section>
      <section className="card" aria-labelledby="recent-orders">
        <div className="card-head">
          <h2 id="recent-orders">Recent orders</h2>
          <RetryStatus q={orders} />
          <a href="#/orders" className="link">
            View all
          </a>
        </div>
        <DataOrBanner q={orders}>{(list) => <OrdersTable orders={list} locale={locale} limit={6} />}</DataOrBanner>
      </section>
    </>
  );
}

export function OrdersPage({ locale }: { locale: string }): ReactNode {
  const fail = useRef('');
  const [picked, setPicked] = useState('');
  const orders = useData<Order[]>('orders', fail);
  return (
    <section className="card" aria-labelledby="all-orders">
      <div className="card-head">
        <h2 id="all-orders">All orders</h2>
        <RetryStatus q={orders} />
        <div className="toolbar-actions">
          <FailurePicker id="orders-failure" value={picked} onChange={setPicked} />
          <button
            type="button"
            className="button primary"
            onClick={() => {
              fail.current = picked;
              void orders.refetch();
            }}
          >
            Refresh
          </button>
        </div>
      </div>
      <DataOrBanner q={orders}>{(list) => <OrdersTable orders={list} locale={locale} />}</DataOrBanner>
    </section>
  );
}

const TEAM_FIELDS: { path: string; label: string; type: string }[] = [
  { path: 'team_name', label: 'Team name', type: 'text' },
  { path: 'authorization.role', label: 'Role', type: 'select' },
  { path: 'users.0.email', label: 'First member email', type: 'email' },
  { path: 'users.1.email', label: 'Second member email', type: 'email' },
  { path: 'users.2.email', label: 'Third member email', type: 'email' },
];

export function TeamPage(): ReactNode {
  const save = useMutation({ mutationFn: (body: Record<string, string>) => apiFetch('/api/team', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
  const fields = useFieldErrors(save.error);
  return (
    <section className="card narrow" aria-labelledby="team-title">
      <div className="card-head">
        <h2 id="team-title">Create a team</h2>
      </div>
      <p className="muted">The server validates like Laravel&apos;s documentation example and answers 422 with field errors.</p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>);
        }}
      >
        <FieldErrorList error={save.error} />
        {save.error && !fields.hasErrors ? <ErrorBanner error={save.error} /> : null}
        {TEAM_FIELDS.map((f) => {
          const errs = fields.get(f.path);
          const id = `team-${f.path.replace(/\./g, '-')}`;
          return (
            <div className="form-row" key={f.path}>
              <label htmlFor={id}>{f.label}</label>
              {f.type === 'select' ? (
                <select id={id} name={f.path} {...fields.fieldProps(f.path)} defaultValue="">
                  <option value="">Choose a role</option>
                  <option>Owner</option>
                  <option>Editor</option>
                  <option>Viewer</option>
                </select>
              ) : (
                <input id={id} name={f.path} type={f.type} {...fields.fieldProps(f.path)} />
              )}
              {errs.length > 0 ? (
                // aria-describedby (fieldProps) names the field's message in the FieldErrorList above; this is the same text, shown by the input.
                <p className="field-error" aria-hidden="true">
                  {errs.map((x) => x.message).join(' ')}
                </p>
              ) : null}
            </div>
          );
        })}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Create team'}
          </button>
          <button type="reset" className="button" onClick={() => save.reset()}>
            Reset
          </button>
        </div>
      </form>
    </section>
  );
}

/** One scenario: a request the person starts, what the server (or the browser) answers, the banner. */
function ScenarioCard({ scenario }: { scenario: Scenario }): ReactNode {
  const abort = useRef<AbortController | null>(null);
  const run = useMutation({
    // GET requests are safe to repeat: marked idempotent, they retry like queries (what can succeed).
    meta: { idempotent: true },
    mutationFn: async () => {
      const controller = new AbortController();
      abort.current = controller;
      switch (scenario.kind) {
        case 'drop':
          // Straight to the API server: the dev proxy would answer a dropped connection with a 502.
          return apiFetch(`${__DEMO_API__}/api/drop`, { signal: controller.signal });
        case 'client-timeout':
          return apiFetch('/api/slow?ms=3000', { signal: AbortSignal.timeout(1000) });
        case 'cancel':
          return apiFetch('/api/slow?ms=10000', { signal: controller.signal });
        case 'graphql': {
          // A GraphQL server answers 200 with an `errors` list: the client throws the body.
          const body = await apiFetch<{ errors?: unknown[] }>(`/api/scenario/${scenario.id}`, { signal: controller.signal });
          if (body.errors?.length) throw body;
          return body;
        }
        default:
          return apiFetch(`/api/scenario/${scenario.id}`, { signal: controller.signal });
      }
    },
  });
  const retrying = retryStatus(run);
  return (
    <article className="card scenario" data-scenario={scenario.id}>
      <div className="scenario-head">
        <div>
          <h3 className="scenario-title">{scenario.label}</h3>
          <p className="muted small">{scenario.source}</p>
        </div>
        {run.isPending && scenario.kind === 'cancel' ? (
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        ) : (
          <button type="button" className="button" onClick={() => run.mutate()} disabled={run.isPending} aria-label={`Run: ${scenario.label}`}>
            Run
          </button>
        )}
      </div>
      <RetryStatus q={{ isFetching: run.isPending, failureCount: run.failureCount }} />
      {run.error && !run.isPending ? (
        <ErrorBanner error={run.error} onRetry={() => run.mutate()} onDismiss={() => run.reset()} />
      ) : retrying ? (
        // While react-query retries what can succeed: "Trying again: attempt 1 of 3", the seconds to the next try.
        <ErrorBanner error={run.failureReason} retrying={retrying} />
      ) : null}
    </article>
  );
}

export function FailureLab(): ReactNode {
  const groups = new Map<string, Scenario[]>();
  for (const s of SCENARIOS) groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  return (
    <>
      <p className="muted lead">
        Every failure the demo server can give, by the category the library reads from it. What can succeed on a second try is retried by react-query (watch the attempts);
        a wait the server asked for shows as a countdown.
      </p>
      {[...groups].map(([category, list]) => (
        <section key={category} className="lab-group" aria-labelledby={`lab-${category}`}>
          <h2 id={`lab-${category}`} className="lab-title">
            <code>{category}</code>
          </h2>
          <div className="lab-grid">
            {list.map((s) => (
              <ScenarioCard key={s.id} scenario={s} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
