import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FieldErrorList } from '../src/index.js';
import { fixture } from './fixtures.js';

/** A team form shaped like the Laravel docs' validation example (team_name, authorization.role, users.N.email). */
function TeamForm({ error, long }: { error: unknown; long?: boolean }) {
  return (
    <form style={{ display: 'grid', gap: '0.5rem', maxWidth: '28rem' }} onSubmit={(e) => e.preventDefault()}>
      <FieldErrorList
        error={error}
        fieldLabels={{ team_name: 'Team name', 'authorization.role': 'Role', 'users.0.email': 'First member email', 'users.2.email': 'Third member email' }}
      />
      <label htmlFor="team_name">Team name</label>
      <input id="team_name" name="team_name" />
      <label htmlFor="role">Role</label>
      <input id="role" name="authorization.role" />
      {[0, 1, 2].map((i) => (
        <span key={i} style={{ display: 'contents' }}>
          <label htmlFor={`email-${i}`}>Member {i + 1} email</label>
          <input id={`email-${i}`} name={`users.${i}.email`} />
        </span>
      ))}
      {long ? (
        <>
          <label htmlFor="price">Price</label>
          <input id="price" name="price" />
        </>
      ) : null}
      <button type="submit">Save</button>
    </form>
  );
}

const meta: Meta<typeof TeamForm> = { title: 'Components/FieldErrorList', component: TeamForm };
export default meta;
type Story = StoryObj<typeof TeamForm>;

export const Short: Story = {
  args: { error: fixture('422 validation error response format') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Go to Team name/ }));
    await expect(canvas.getByLabelText('Team name')).toHaveFocus();
    // Found by name when the id differs from the path.
    await userEvent.click(canvas.getByRole('button', { name: /Go to Third member email/ }));
    await expect(canvas.getByLabelText('Member 3 email')).toHaveFocus();
  },
};

export const Long: Story = { args: { error: fixture('Pydantic v2 body and query errors with body echo'), long: true } };
export const FormLevelOnly: Story = { args: { error: fixture("loc ['body'] alone is form-level") } };

/**
 * Verbatim field errors of several frameworks, with their machine-readable codes: each text says what
 * is wrong, in the toolbar's locale (Laravel sends no codes: its own field text shows).
 */
function frameworkStory(fixtureName: string, field: string): Story {
  return {
    args: { error: fixture(fixtureName) },
    render: ({ error }) => <FieldErrorList error={error} />,
    play: async ({ canvasElement }) => {
      const item = canvasElement.querySelector(`li[data-field="${field}"]`);
      await expect(item).not.toBeNull();
      const text = item?.textContent?.split(': ').slice(1).join(': ') ?? '';
      // Says what is wrong: never empty, never the bare generic text, never a raw code.
      await expect(text.length).toBeGreaterThan(5);
      await expect(text).not.toMatch(/^Check this answer|_|\{\{/);
    },
  };
}

export const FastApiPydantic = frameworkStory('Pydantic v2 path parameter int_parsing', 'item_id');
export const DjangoRestFramework = frameworkStory('drf-standardized-errors validation_error', 'title');
export const GitHub = frameworkStory('Validation Failed with a missing_field', 'title');
export const Zod = frameworkStory('zod v3 issues array returned raw', 'address.zipCode');
export const AjvOpenApi = frameworkStory('two errors with dotted paths', 'type');
export const NestJsClassValidator = frameworkStory('NestJS 5.7 ValidationPipe', 'email');
export const LaravelServerText = frameworkStory('422 validation error response format', 'users.0.email');
