/**
 * Real forms in real Chromium, against the real node:http server of test/browser/api-server.ts
 * (a sign-up endpoint answering like Django REST framework): react-hook-form through
 * `react-api-errors/react-hook-form`, TanStack Form through `react-api-errors/tanstack-form`, and a
 * plain form with `useFieldErrors().fieldProps` + `FieldErrorList`. Submit → 400 → each message under
 * its input, `aria-invalid` / `aria-describedby` right, the form-level message shown; fixing a field
 * clears its error.
 */
import { useForm as useTanStackForm } from '@tanstack/react-form';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useHookFormServerErrors } from '../../src/forms/react-hook-form.js';
import { toTanStackPath, useTanStackFormServerErrors } from '../../src/forms/tanstack-form.js';
import { ApiErrorProvider, describeError, FieldErrorList, useFieldErrors } from '../../src/index.js';
import { apiFetch } from '../../src/react-query/index.js';

const base = inject('formsApiBase');
/** Typing into real inputs on a busy 2-core machine: each test may take this long (nothing here is timed). */
const SLOW = 60_000;
const roots: Root[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) r.unmount();
  document.body.innerHTML = '';
});

interface Signup {
  name: string;
  email: string;
  team: string;
  items: { name: string }[];
}
const INVALID: Signup = { name: 'Ada', email: 'ada.example.com', team: 'core', items: [{ name: 'Lamp' }, { name: '' }] };

const signup = (value: Signup): Promise<unknown> => apiFetch(`${base}/forms/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

/** What the library says for each field of the server's answer to `value` (the texts the forms must show). */
async function expected(value: Signup): Promise<ReturnType<typeof describeError>> {
  const res = await fetch(`${base}/forms/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  return describeError({ status: res.status, headers: res.headers, body: await res.text() });
}
const messageOf = (model: ReturnType<typeof describeError>, field: string): string => model.fieldErrors.find((f) => f.field === field)?.message ?? '';

async function mount(ui: ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  roots.push(root);
  const client = new QueryClient();
  root.render(
    <QueryClientProvider client={client}>
      <ApiErrorProvider>{ui}</ApiErrorProvider>
    </QueryClientProvider>,
  );
  await expect.poll(() => host.querySelector('button[type="submit"]'), { timeout: 20_000 }).not.toBeNull();
  return host;
}
const input = (host: HTMLElement, id: string) => host.querySelector(`[id="${id}"]`) as HTMLInputElement;
const describedText = (host: HTMLElement, el: HTMLElement): string | null => {
  const id = el.getAttribute('aria-describedby');
  return id ? (host.querySelector(`[id="${id}"]`)?.textContent ?? null) : null;
};

async function replace(el: HTMLInputElement, text: string): Promise<void> {
  await userEvent.clear(el);
  if (text) await userEvent.type(el, text);
}

// ---- react-hook-form ----

function HookForm({ initial }: { initial: Signup }) {
  const form = useForm<Signup>({ defaultValues: initial });
  const mutation = useMutation({ mutationFn: signup });
  const server = useHookFormServerErrors(form, mutation.error);
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((v) => mutation.mutate(v))} noValidate>
      {server.formError ? <p role="alert" className="form-error">{server.formError}</p> : null}
      <label htmlFor="name">Name</label>
      <input id="name" {...form.register('name')} {...server.fieldProps('name')} />
      <p id={server.messageId('name')}>{errors.name?.message}</p>
      <label htmlFor="email">Email</label>
      <input id="email" {...form.register('email')} {...server.fieldProps('email')} />
      <p id={server.messageId('email')}>{errors.email?.message}</p>
      <label htmlFor="team">Team</label>
      <input id="team" {...form.register('team')} {...server.fieldProps('team')} />
      {[0, 1].map((i) => (
        <div key={i}>
          <label htmlFor={`items.${i}.name`}>Item {i + 1}</label>
          <input id={`items.${i}.name`} {...form.register(`items.${i}.name`)} {...server.fieldProps(`items.${i}.name`)} />
          <p id={server.messageId(`items.${i}.name`)}>{errors.items?.[i]?.name?.message}</p>
        </div>
      ))}
      <button type="submit">Sign up</button>
      {mutation.isSuccess ? <p className="done">Signed up</p> : null}
    </form>
  );
}

describe('react-hook-form (real Chromium, real server)', () => {
  it('400 → each message under its input, aria right, focus on the first; fixing a field clears it', async () => {
    const want = await expected(INVALID);
    expect(want.fieldErrors.map((f) => f.field).sort()).toEqual(['email', 'items.1.name']);
    const host = await mount(<HookForm initial={INVALID} />);
    await userEvent.click(host.querySelector('button[type="submit"]') as HTMLElement);
    const email = input(host, 'email');
    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    expect(describedText(host, email)).toBe(messageOf(want, 'email'));
    expect(messageOf(want, 'email')).not.toBe('');
    const item = input(host, 'items.1.name');
    expect(item.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(host, item)).toBe(messageOf(want, 'items.1.name'));
    // Fields the server did not name stay valid.
    for (const id of ['name', 'team', 'items.0.name']) {
      expect(input(host, id).getAttribute('aria-invalid')).toBe('false');
      expect(input(host, id).hasAttribute('aria-describedby')).toBe(false);
    }
    expect(document.activeElement).toBe(email);
    expect(host.querySelector('.form-error')).toBeNull();

    await replace(email, 'ada@example.com');
    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('false');
    expect(email.hasAttribute('aria-describedby')).toBe(false);
    expect(host.querySelector('[id="rae-error-email"]')?.textContent).toBe('');
    // The other field keeps its error until it is fixed too.
    expect(item.getAttribute('aria-invalid')).toBe('true');
    await replace(item, 'Desk');
    await expect.poll(() => item.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('false');
    await userEvent.click(host.querySelector('button[type="submit"]') as HTMLElement);
    await expect.poll(() => host.querySelector('.done')?.textContent, { timeout: 20_000 }).toBe('Signed up');
  }, SLOW);

  it('a form-level error (non_field_errors) is shown under root.server', async () => {
    const taken: Signup = { ...INVALID, email: 'ada@example.com', team: 'taken', items: [{ name: 'Lamp' }] };
    const want = await expected(taken);
    expect(want.fieldErrors).toEqual([]);
    expect(want.formErrors).toHaveLength(1);
    const host = await mount(<HookForm initial={{ ...taken, items: [{ name: 'Lamp' }, { name: 'Desk' }] }} />);
    await userEvent.click(host.querySelector('button[type="submit"]') as HTMLElement);
    await expect.poll(() => host.querySelector('.form-error')?.textContent, { timeout: 20_000 }).toBe(want.formErrors[0]?.message);
    for (const id of ['name', 'email', 'team']) expect(input(host, id).getAttribute('aria-invalid')).toBe('false');
  }, SLOW);
});

// ---- TanStack Form ----

function TanStackSignup({ initial }: { initial: Signup }) {
  const server = useTanStackFormServerErrors();
  const form = useTanStackForm({
    defaultValues: initial,
    validators: {
      onSubmitAsync: async ({ value, formApi }) => {
        try {
          await signup(value);
          return undefined;
        } catch (error) {
          return server.toFormErrors(error, formApi);
        }
      },
    },
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Subscribe selector={(s) => s.errorMap.onSubmit}>{(formError) => (formError ? <p role="alert" className="form-error">{String(formError)}</p> : null)}</form.Subscribe>
      {(['name', 'email', 'team'] as const).map((name) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <div>
              <label htmlFor={name}>{name}</label>
              <input id={name} value={field.state.value} onChange={(e) => field.handleChange(e.target.value)} onBlur={field.handleBlur} {...server.fieldProps(field)} />
              <p id={server.messageId(field.name)}>{field.state.meta.errors.join(' ')}</p>
            </div>
          )}
        </form.Field>
      ))}
      {[0, 1].map((i) => (
        <form.Field key={i} name={`items[${i}].name`}>
          {(field) => (
            <div>
              <label htmlFor={field.name}>Item {i + 1}</label>
              <input id={field.name} value={field.state.value} onChange={(e) => field.handleChange(e.target.value)} {...server.fieldProps(field)} />
              <p id={server.messageId(field.name)}>{field.state.meta.errors.join(' ')}</p>
            </div>
          )}
        </form.Field>
      ))}
      <button type="submit">Sign up</button>
      <form.Subscribe selector={(s) => s.isSubmitSuccessful}>{(ok) => (ok ? <p className="done">Signed up</p> : null)}</form.Subscribe>
    </form>
  );
}

describe('TanStack Form (real Chromium, real server)', () => {
  it('paths in its notation', () => {
    expect(toTanStackPath('items.1.name')).toBe('items[1].name');
    expect(toTanStackPath('matrix.0.1')).toBe('matrix[0][1]');
    expect(toTanStackPath('address.city')).toBe('address.city');
    expect(toTanStackPath('0')).toBe('0');
  });

  it('400 → each message under its input via onSubmitAsync { fields }, aria right; fixing a field clears it', async () => {
    const want = await expected(INVALID);
    const host = await mount(<TanStackSignup initial={INVALID} />);
    await userEvent.click(host.querySelector('button[type="submit"]') as HTMLElement);
    const email = input(host, 'email');
    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    expect(describedText(host, email)).toBe(messageOf(want, 'email'));
    const item = input(host, 'items[1].name');
    expect(item.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(host, item)).toBe(messageOf(want, 'items.1.name'));
    for (const id of ['name', 'team', 'items[0].name']) expect(input(host, id).getAttribute('aria-invalid')).toBe('false');
    expect(host.querySelector('.done')).toBeNull();

    await replace(email, 'ada@example.com');
    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('false');
    expect(email.hasAttribute('aria-describedby')).toBe(false);
    expect(item.getAttribute('aria-invalid')).toBe('true');
    await replace(item, 'Desk');
    await expect.poll(() => item.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('false');
    await userEvent.click(host.querySelector('button[type="submit"]') as HTMLElement);
    await expect.poll(() => host.querySelector('.done')?.textContent, { timeout: 20_000 }).toBe('Signed up');
  }, SLOW);

  it('a form-level error is the validator\'s { form } and blocks the submit', async () => {
    const taken: Signup = { ...INVALID, email: 'ada@example.com', team: 'taken', items: [{ name: 'Lamp' }, { name: 'Desk' }] };
    const want = await expected(taken);
    const host = await mount(<TanStackSignup initial={taken} />);
    await userEvent.click(host.querySelector('button[type="submit"]') as HTMLElement);
    await expect.poll(() => host.querySelector('.form-error')?.textContent, { timeout: 20_000 }).toBe(want.formErrors[0]?.message);
    expect(host.querySelector('.done')).toBeNull();
  }, SLOW);
});

// ---- a plain form: useFieldErrors().fieldProps + FieldErrorList ----

function PlainForm() {
  const mutation = useMutation({ mutationFn: signup });
  const errors = useFieldErrors(mutation.error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        mutation.mutate({ name: String(data.get('name')), email: String(data.get('email')), team: 'core', items: [{ name: String(data.get('items.0.name')) }] });
      }}
    >
      <FieldErrorList error={mutation.error} fieldLabels={{ email: 'Email', 'items.0.name': 'First item' }} />
      <label htmlFor="name">Name</label>
      <input id="name" name="name" defaultValue="Ada" {...errors.fieldProps('name')} />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" defaultValue="ada.example.com" {...errors.fieldProps('email')} />
      <label htmlFor="items.0.name">First item</label>
      <input id="items.0.name" name="items.0.name" defaultValue="" {...errors.fieldProps('items.0.name')} />
      <button type="submit">Sign up</button>
      {mutation.isSuccess ? <p className="done">Signed up</p> : null}
    </form>
  );
}

describe('useFieldErrors().fieldProps with FieldErrorList (real Chromium, real server)', () => {
  it("aria-describedby names the field's message in FieldErrorList; fixed and sent again, the errors go", async () => {
    const want = await expected({ name: 'Ada', email: 'ada.example.com', team: 'core', items: [{ name: '' }] });
    const host = await mount(<PlainForm />);
    await userEvent.click(host.querySelector('button[type="submit"]') as HTMLElement);
    const email = input(host, 'email');
    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    const message = host.querySelector(`[id="${email.getAttribute('aria-describedby') ?? ''}"]`) as HTMLElement;
    expect(message.closest('.rae-field-errors')).not.toBeNull();
    expect(message.textContent).toBe(messageOf(want, 'email'));
    expect(message.closest('li')?.dataset.field).toBe('email');
    const item = input(host, 'items.0.name');
    expect(describedText(host, item)).toBe(messageOf(want, 'items.0.name'));
    expect(input(host, 'name').getAttribute('aria-invalid')).toBe('false');

    await replace(email, 'ada@example.com');
    await replace(item, 'Lamp');
    await userEvent.click(host.querySelector('button[type="submit"]') as HTMLElement);
    await expect.poll(() => host.querySelector('.done')?.textContent, { timeout: 20_000 }).toBe('Signed up');
    expect(email.getAttribute('aria-invalid')).toBe('false');
    expect(host.querySelector('.rae-field-errors')).toBeNull();
  }, SLOW);
});
