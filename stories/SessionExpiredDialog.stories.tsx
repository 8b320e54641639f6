import type { Meta, StoryObj } from '@storybook/react-vite';

type StoryContext = { globals: Record<string, unknown> };
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorProvider, ApiErrorStore, ErrorBanner, SessionExpiredDialog } from '../src/index.js';
import type { StoryGlobals } from '../.storybook/preview.js';
import { fixture } from './fixtures.js';
import { uiTexts } from './texts.js';

/** The toolbar's locale and theme, for the stories' own providers. */
function fromToolbar(context: StoryContext): { locale: string; theme: 'light' | 'dark' } {
  const g = context.globals as StoryGlobals;
  return { locale: g.locale ?? 'en', theme: g.theme ?? 'light' };
}
const texts = (context: StoryContext) => uiTexts(fromToolbar(context).locale);

/** Twenty requests fail with ERR009 at the same moment: one dialog. */
function ManyParallelFailures({ locale, theme }: { locale: string; theme: 'light' | 'dark' }) {
  const [store] = useState(() => new ApiErrorStore());
  const [signedIn, setSignedIn] = useState(0);
  const expire = () => {
    for (let i = 0; i < 20; i++) store.report(fixture('table row ERR009'));
  };
  return (
    <ApiErrorProvider store={store} locale={locale} theme={theme} onSignIn={() => setSignedIn((n) => n + 1)}>
      <button type="button" onClick={expire}>
        Fail 20 requests
      </button>
      <p>Sign-ins: {signedIn}</p>
    </ApiErrorProvider>
  );
}

/** A page behind the dialog: a heading, text and controls that become inert while it is open. */
function AppBehind() {
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '40rem' }}>
      <h1 style={{ margin: 0, fontSize: '1.5rem' }}>Reports</h1>
      <p style={{ margin: 0 }}>Quarterly revenue, orders and refunds for every store.</p>
      <button type="button" style={{ justifySelf: 'start', font: 'inherit' }}>
        Export
      </button>
    </div>
  );
}

const meta: Meta<typeof SessionExpiredDialog> = {
  title: 'Components/SessionExpiredDialog',
  component: SessionExpiredDialog,
  parameters: { noProvider: true },
};
export default meta;
type Story = StoryObj<typeof SessionExpiredDialog>;

/** The dialog open over a page, in the toolbar's theme, locale and direction. */
const open: Story = {
  render: (args, context) => (
    <ApiErrorProvider {...fromToolbar(context)} renderSessionDialog={false}>
      <AppBehind />
      <SessionExpiredDialog {...args} open />
    </ApiErrorProvider>
  ),
  play: async ({ canvasElement, ...context }) => {
    const t = texts(context);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog.tagName).toBe('DIALOG');
    await expect((dialog as HTMLDialogElement).matches(':modal')).toBe(true);
    await expect(within(dialog).getByRole('button', { name: t.signInAgain })).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: t.close })).toBeVisible();
    await expect(canvasElement.ownerDocument.documentElement.style.overflow).toBe('hidden');
  },
};

export const Open: Story = { ...open, name: 'Open (toolbar theme and locale)' };
export const OpenLight: Story = { ...open, name: 'Open: light', globals: { theme: 'light', locale: 'en' } };
export const OpenDark: Story = { ...open, name: 'Open: dark', globals: { theme: 'dark', locale: 'en' } };
export const OpenRightToLeft: Story = {
  ...open,
  name: 'Open: right to left (Arabic)',
  globals: { theme: 'light', locale: 'ar' },
  play: async (context) => {
    await open.play?.(context);
    await expect(within(context.canvasElement.ownerDocument.body).getByRole('dialog')).toHaveAttribute('dir', 'rtl');
  },
};
export const OpenRightToLeftDark: Story = { ...OpenRightToLeft, name: 'Open: right to left, dark (Hebrew)', globals: { theme: 'dark', locale: 'he' } };

export const OpensOnce: Story = {
  name: 'Opens once for 20 failures (interaction)',
  render: (_args, context) => <ManyParallelFailures {...fromToolbar(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const t = texts(context);
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const trigger = canvas.getByRole('button', { name: 'Fail 20 requests' });
    await userEvent.click(trigger);
    await waitFor(() => expect(body.getAllByRole('dialog')).toHaveLength(1));
    const dialog = body.getByRole('dialog');
    const signIn = within(dialog).getByRole('button', { name: t.signInAgain });
    const notNow = within(dialog).getByRole('button', { name: t.cancel });
    const close = within(dialog).getByRole('button', { name: t.close });
    await expect(signIn).toHaveFocus();
    await userEvent.tab();
    await expect(close).toHaveFocus();
    await userEvent.tab();
    await expect(notNow).toHaveFocus();
    await userEvent.tab();
    await expect(signIn).toHaveFocus();
    // A modal in the top layer: the page behind is inert until it closes.
    await expect(dialog.matches(':modal')).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(canvasElement.ownerDocument.documentElement.style.overflow).toBe('');
  },
};

export const SignInAgain: Story = {
  name: 'Sign in again (interaction)',
  render: (_args, context) => <ManyParallelFailures {...fromToolbar(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const t = texts(context);
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Fail 20 requests' }));
    await userEvent.click(await body.findByRole('button', { name: t.signInAgain }));
    await waitFor(() => expect(canvas.getByText('Sign-ins: 1')).toBeInTheDocument());
    await expect(body.queryByRole('dialog')).toBeNull();
  },
};

export const CloseButton: Story = {
  name: 'Corner close (interaction)',
  render: (_args, context) => <ManyParallelFailures {...fromToolbar(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const t = texts(context);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Fail 20 requests' }));
    await userEvent.click(await body.findByRole('button', { name: t.close }));
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
  },
};

export const WithBanner: Story = {
  name: 'Banner instead of the dialog',
  render: (_args, context) => (
    <ApiErrorProvider {...fromToolbar(context)} renderSessionDialog={false} onSignIn={() => undefined}>
      <ErrorBanner error={fixture('table row ERR009')} />
    </ApiErrorProvider>
  ),
};
