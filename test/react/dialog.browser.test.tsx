/**
 * In real Chromium: SessionExpiredDialog is a native modal <dialog>. Escape (a real key press, so
 * the browser's own cancel behaviour runs too) dismisses exactly once and leaves a controlled dialog
 * to the app; the page behind is inert and does not scroll; focus comes back where it was.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ApiErrorProvider, SessionExpiredDialog } from '../../src/index.js';

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = undefined;
});

function mount(node: React.ReactNode): void {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(node));
}

describe('SessionExpiredDialog in Chromium', () => {
  it('Escape dismisses once; a controlled dialog stays open until the app closes it', async () => {
    const onDismiss = vi.fn();
    mount(<SessionExpiredDialog open onDismiss={onDismiss} />);
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.matches(':modal')).toBe(true);
    await userEvent.keyboard('{Escape}');
    await new Promise((r) => setTimeout(r, 50));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(true);
  });

  it('the page behind is inert and does not scroll; focus returns to the opener', async () => {
    await page.viewport(360, 640);
    const onClick = vi.fn();
    function App({ open }: { open: boolean }) {
      return (
        <ApiErrorProvider renderSessionDialog={false}>
          <button type="button" id="opener" onClick={onClick}>
            Opener
          </button>
          <div style={{ height: '3000px' }} />
          <SessionExpiredDialog open={open} />
        </ApiErrorProvider>
      );
    }
    mount(<App open={false} />);
    const opener = document.getElementById('opener') as HTMLButtonElement;
    opener.focus();
    act(() => root?.render(<App open />));
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    const panel = dialog.querySelector('.rae-dialog-panel') as HTMLElement;
    // What is under the opener's centre is the dialog's backdrop, not the opener.
    const r = opener.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(dialog.contains(hit)).toBe(true);
    expect(getComputedStyle(document.documentElement).overflow).toBe('hidden');
    // 16 px or more on each side of the panel at 360 px.
    const p = panel.getBoundingClientRect();
    expect(p.left).toBeGreaterThanOrEqual(16);
    expect(360 - p.right).toBeGreaterThanOrEqual(16);
    act(() => root?.render(<App open={false} />));
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(getComputedStyle(document.documentElement).overflow).not.toBe('hidden');
    expect(onClick).not.toHaveBeenCalled();
  });
});
