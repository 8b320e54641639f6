/**
 * The docs pages' live examples as stories, so each runs as a test (play functions) and the MDX
 * pages show them with `<Canvas of={...}>`. Hidden from the sidebar (`!dev`): they live on the pages.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  BackgroundNoticeRecipe,
  FormRecipe,
  INTRO_FAILURES,
  IntroExample,
  SessionOnceRecipe,
  UseApiErrorExample,
  UseFieldErrorsExample,
  UseRetryableExample,
  UseSignInExample,
} from './examples.js';

const meta: Meta = { title: 'Docs examples', tags: ['!dev', '!autodocs'] };
export default meta;
type Story = StoryObj;

export const Intro: Story = {
  render: () => <IntroExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const select = canvas.getByRole('combobox', { name: /What failed/ });
    const titles = new Set<string>();
    for (const key of Object.keys(INTRO_FAILURES)) {
      await userEvent.selectOptions(select, key);
      const title = canvasElement.querySelector('.rae-banner .rae-title')?.textContent ?? '';
      await expect(title.length).toBeGreaterThan(3);
      titles.add(title);
    }
    // Every failure reads differently.
    await expect(titles.size).toBe(Object.keys(INTRO_FAILURES).length);
    await userEvent.selectOptions(select, 'validation');
    await expect(canvasElement.querySelector('.rae-field-errors')).not.toBeNull();
  },
};

export const UseApiError: Story = {
  render: () => <UseApiErrorExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('model').textContent).toContain('rate-limited');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Payload' }), 'table row ERR009');
    await expect(canvas.getByTestId('model').textContent).toContain('session-expired');
    await expect(canvas.getByTestId('model').textContent).toContain('sign-in');
  },
};

export const UseRetryable: Story = {
  render: () => <UseRetryableExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Load report' }));
    await waitFor(() => expect(canvas.getByTestId('retryable-state').textContent).toContain('waiting'));
    await expect(canvas.getByTestId('retryable-state').textContent).toMatch(/next attempt in [12] s/);
    await waitFor(() => expect(canvas.getByText('Report loaded: 42 rows')).toBeInTheDocument(), { timeout: 4000 });
    await expect(canvas.getByTestId('retryable-state').textContent).toContain('attempt 2');
  },
};

export const UseFieldErrors: Story = {
  render: () => <UseFieldErrorsExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Save team/ }));
    await expect(canvas.getByTestId('error-team_name').textContent?.length).toBeGreaterThan(5);
    await expect(canvas.getByLabelText('Team name')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Second member email')).toHaveAttribute('aria-invalid', 'false');
    await expect(canvas.getByTestId('form-errors').textContent).toContain('"team_name"');
  },
};

export const UseSignIn: Story = {
  render: () => <UseSignInExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Expire the session' }));
    await userEvent.click(await canvas.findByRole('button', { name: /Sign in \(useSignIn\)/ }));
    await waitFor(() => expect(canvas.getByTestId('sign-ins').textContent).toBe('Sign-ins: 1'));
    await waitFor(() => expect(canvas.getByTestId('session').textContent).toBe('Signed in'));
  },
};

export const SessionOnce: Story = {
  render: () => <SessionOnceRecipe />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await waitFor(() => expect(canvas.getByTestId('report-5').textContent).toContain('45 rows'));
    await userEvent.click(canvas.getByRole('button', { name: /Expire the session/ }));
    await waitFor(() => expect(body.getAllByRole('dialog')).toHaveLength(1));
    await waitFor(() => expect(canvas.getByTestId('report-3').textContent).toContain('failed'));
    await expect(body.getAllByRole('dialog')).toHaveLength(1);
    await userEvent.click(within(body.getByRole('dialog')).getByRole('button', { name: /sign in/i }));
    await waitFor(() => expect(canvas.getByTestId('report-3').textContent).toContain('43 rows'));
    await expect(body.queryByRole('dialog')).toBeNull();
  },
};

export const BackgroundNotice: Story = {
  render: () => <BackgroundNoticeRecipe />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId('orders').children).toHaveLength(3));
    await userEvent.click(canvas.getByRole('button', { name: /Refresh in the background/ }));
    const region = canvas.getByRole('region', { name: 'Notices' });
    await waitFor(() => expect(region.querySelectorAll('.rae-banner')).toHaveLength(1));
    await expect(region.querySelector('.rae-banner')).toHaveAttribute('role', 'status');
    // The data stays on screen.
    await expect(canvas.getByTestId('orders').children).toHaveLength(3);
  },
};

export const Form: Story = {
  render: () => <FormRecipe />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create team' }));
    await userEvent.click(await canvas.findByRole('button', { name: /Team name/ }));
    await expect(canvas.getByLabelText('Team name')).toHaveFocus();
  },
};
