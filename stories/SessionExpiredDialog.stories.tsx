import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorProvider, ApiErrorStore, ErrorBanner } from '../src/index.js';
import { fixture } from './fixtures.js';

/** Twenty requests fail with ERR009 at the same moment: one dialog. */
function ManyParallelFailures() {
  const [store] = useState(() => new ApiErrorStore());
  const [signedIn, setSignedIn] = useState(0);
  const expire = () => {
    for (let i = 0; i < 20; i++) store.report(fixture('table row ERR009'));
  };
  return (
    <ApiErrorProvider store={store} onSignIn={() => setSignedIn((n) => n + 1)}>
      <button type="button" onClick={expire}>
        Fail 20 requests
      </button>
      <p>Sign-ins: {signedIn}</p>
    </ApiErrorProvider>
  );
}

const meta: Meta<typeof ManyParallelFailures> = {
  title: 'Components/SessionExpiredDialog',
  component: ManyParallelFailures,
  parameters: { noProvider: true },
};
export default meta;
type Story = StoryObj<typeof ManyParallelFailures>;

export const OpensOnce: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const trigger = canvas.getByRole('button', { name: 'Fail 20 requests' });
    await userEvent.click(trigger);
    await waitFor(() => expect(body.getAllByRole('dialog')).toHaveLength(1));
    const dialog = body.getByRole('dialog');
    const signIn = within(dialog).getByRole('button', { name: 'Sign in again' });
    const notNow = within(dialog).getByRole('button', { name: 'Not now' });
    await expect(signIn).toHaveFocus();
    await userEvent.tab();
    await expect(notNow).toHaveFocus();
    await userEvent.tab();
    await expect(signIn).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

export const SignInAgain: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Fail 20 requests' }));
    await userEvent.click(await body.findByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(canvas.getByText('Sign-ins: 1')).toBeInTheDocument());
    await expect(body.queryByRole('dialog')).toBeNull();
  },
};

export const WithBanner: Story = {
  render: () => (
    <ApiErrorProvider renderSessionDialog={false} onSignIn={() => undefined}>
      <ErrorBanner error={fixture('table row ERR009')} />
    </ApiErrorProvider>
  ),
};
