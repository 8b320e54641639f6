/**
 * Rendering into the real page for the browser tests: `mount(ui)` renders into a fresh host in
 * `document.body` (inside `act`), `rerender(host, ui)` renders again into it, and `unmountAll()` (call it in `afterEach`) unmounts every root
 * and empties the body; `waitFor` gives what a person would see up to 10 s on a busy machine.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';

const roots = new Map<HTMLElement, Root>();

export async function mount(ui: ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  roots.set(host, root);
  await act(async () => root.render(ui));
  return host;
}

/** Render new props into a host `mount` made (the same root: state and effects carry over). */
export async function rerender(host: HTMLElement, ui: ReactNode): Promise<void> {
  const root = roots.get(host);
  if (!root) throw new Error('rerender: this host was not made by mount()');
  await act(async () => root.render(ui));
}

export async function unmountAll(): Promise<void> {
  const all = [...roots.values()];
  roots.clear();
  for (const r of all) await act(async () => r.unmount());
  document.body.innerHTML = '';
}

export const waitFor = <T,>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 25 });
