import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useApiError, useFieldErrors, useRetryable } from '../src/index.js';
import { fixture } from './fixtures.js';

/** useRetryable: the first call fails with the seed's 503 and Retry-After: 1, the second succeeds. */
function RetryableDemo() {
  const calls = useRef(0);
  const r = useRetryable(async () => {
    calls.current += 1;
    if (calls.current === 1) throw { ...(fixture('503 SERVICE_UNAVAILABLE') as object), headers: { 'retry-after': '1' } };
    return 'Report loaded';
  });
  return (
    <div>
      <button type="button" onClick={r.run}>
        Load report
      </button>
      <p data-testid="state">
        {r.state} (attempt {r.attempt}
        {r.state === 'waiting' ? `, next in ${r.secondsLeft} s` : ''})
      </p>
      {r.data ? <p>{r.data}</p> : null}
    </div>
  );
}

function ApiErrorDemo() {
  const m = useApiError(fixture('429 RATE_LIMIT_EXCEEDED'));
  return (
    <dl>
      <dt>Title</dt>
      <dd>{m?.title}</dd>
      <dt>Severity</dt>
      <dd>{m?.severity}</dd>
      <dt>Actions</dt>
      <dd>{m?.actions.join(', ')}</dd>
    </dl>
  );
}

function FieldErrorsDemo() {
  const { toFormErrors } = useFieldErrors(fixture('422 validation error response format'));
  return <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{JSON.stringify(toFormErrors(), null, 2)}</pre>;
}

const meta: Meta = { title: 'Hooks/Examples' };
export default meta;

export const UseRetryable: StoryObj = {
  name: 'useRetryable',
  render: () => <RetryableDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Load report' }));
    await waitFor(() => expect(canvas.getByTestId('state').textContent).toContain('waiting'));
    await waitFor(() => expect(canvas.getByText('Report loaded')).toBeInTheDocument(), { timeout: 3000 });
  },
};
export const UseApiError: StoryObj = { name: 'useApiError', render: () => <ApiErrorDemo /> };
export const UseFieldErrors: StoryObj = { name: 'useFieldErrors', render: () => <FieldErrorsDemo /> };
