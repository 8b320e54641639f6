import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorBoundary, ErrorNotices, useApiErrorContext, type ErrorNoticesProps } from '../src/index.js';

/**
 * The notices region (inline here, so it shows in the canvas; apps use a corner of the viewport):
 * a background refetch that failed while its data stayed, a save that failed (blocking: it stays),
 * the same failure again (counted, not stacked). Follows the toolbar's locale, theme and direction.
 */
function Notices(props: ErrorNoticesProps) {
  const { store } = useApiErrorContext();
  const background = () => store.report({ status: 503, body: '' }, { kind: 'background', key: 'reports', retry: () => new Promise((r) => setTimeout(r, 300)) });
  const save = () => store.report({ status: 409, body: '' }, { kind: 'mutation', key: 'save' });
  return (
    <>
      <p>
        <button type="button" onClick={background}>
          Refetch fails
        </button>{' '}
        <button type="button" onClick={save}>
          Save fails
        </button>
      </p>
      <ErrorNotices placement="inline" autoDismissMs={0} {...props} />
    </>
  );
}

const meta: Meta<typeof Notices> = {
  title: 'Components/ErrorNotices',
  component: Notices,
};
export default meta;
type Story = StoryObj<typeof Notices>;

export const BackgroundAndMutation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Refetch fails' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Refetch fails' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save fails' }));
    const region = canvas.getByRole('region');
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(2));
    const [refetch, saved] = within(region).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    await expect(refetch.dataset.state).toBe('timed');
    await expect(saved.dataset.state).toBe('blocking');
    await expect(refetch.querySelector('.rae-count')).not.toBeNull();
    // Only the retryable one offers Try again; it closes once the retry worked.
    await expect(saved.querySelector('.rae-retry')).toBeNull();
    await userEvent.click(refetch.querySelector<HTMLButtonElement>('.rae-retry')!);
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(1));
    await userEvent.click(saved.querySelector<HTMLButtonElement>('.rae-dismiss')!);
    await waitFor(() => expect(within(region).queryAllByRole('listitem')).toHaveLength(0));
  },
};

function Broken(): never {
  throw Object.assign(new Error('Request failed with status 503'), { status: 503, body: '' });
}

/** `ApiErrorBoundary` with its default fallback: the banner, with "Try again" resetting the boundary. */
export const BoundaryFallback: StoryObj = {
  render: () => (
    <ApiErrorBoundary>
      <Broken />
    </ApiErrorBoundary>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('.rae-banner')).not.toBeNull());
    await expect(canvasElement.querySelector<HTMLElement>('.rae-banner')!.dataset.category).toBe('unavailable');
    await expect(canvas.getAllByRole('button').length).toBeGreaterThan(0);
  },
};
