import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FieldErrorList } from '../src/index.js';
import { fixture } from './fixtures.js';
import { uiTexts } from './texts.js';

interface FormField {
  /** The field path the server names (the input's `name`). */
  path: string;
  /** What the form's own label says. */
  label: string;
}

/** JSON:API's sign-up example: first name and password (docs: https://jsonapi.org/examples/#error-objects-multiple-errors). */
const SIGN_UP: FormField[] = [
  { path: 'firstName', label: 'First name' },
  { path: 'password', label: 'Password' },
];
/** Laravel's docs validation example: team_name, authorization.role, users.N.email. */
const TEAM: FormField[] = [
  { path: 'team_name', label: 'Team name' },
  { path: 'authorization.role', label: 'Role' },
  { path: 'users.0.email', label: 'First member email' },
  { path: 'users.1.email', label: 'Second member email' },
  { path: 'users.2.email', label: 'Third member email' },
];

/** A form with exactly the fields the error names, so every link in the list has an input to focus. */
function Form({ error, fields, labels }: { error: unknown; fields: readonly FormField[]; labels: boolean }) {
  return (
    <form style={{ display: 'grid', gap: '0.5rem', maxWidth: '28rem' }} onSubmit={(e) => e.preventDefault()}>
      <FieldErrorList error={error} fieldLabels={labels ? Object.fromEntries(fields.map((f) => [f.path, f.label])) : undefined} />
      {fields.map((f, i) => (
        <span key={f.path} style={{ display: 'grid', gap: '0.25rem' }}>
          <label htmlFor={`field-${i}`}>{f.label}</label>
          <input id={`field-${i}`} name={f.path} style={{ font: 'inherit', padding: '0.375rem 0.5rem' }} />
        </span>
      ))}
      <button type="submit" style={{ font: 'inherit', justifySelf: 'start', padding: '0.375rem 0.875rem' }}>
        Save
      </button>
    </form>
  );
}

const meta: Meta<typeof FieldErrorList> = { title: 'Components/FieldErrorList', component: FieldErrorList };
export default meta;
type Story = StoryObj<typeof FieldErrorList>;

/** Every listed field has its own text (never the generic "check this answer" alone) and a link to an input of the form. */
async function fieldsHaveTheirOwnTexts(canvasElement: HTMLElement, locale: string): Promise<void> {
  const generic = uiTexts(locale).fieldInvalid;
  const items = [...canvasElement.querySelectorAll('li[data-field]')];
  await expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const field = item.getAttribute('data-field') ?? '';
    await expect(canvasElement.querySelector(`[name="${field}"]`), `no input for ${field}`).not.toBeNull();
    const text = item.textContent?.split(': ').slice(1).join(': ') ?? '';
    await expect(text.length).toBeGreaterThan(5);
    await expect(text).not.toBe(generic);
  }
}

export const Short: Story = {
  name: 'Short: two fields, with labels',
  args: { error: fixture('multiple errors with codes') },
  render: ({ error }) => <Form error={error} fields={SIGN_UP} labels />,
  play: async ({ canvasElement, globals }) => {
    await fieldsHaveTheirOwnTexts(canvasElement, (globals.locale as string | undefined) ?? 'en');
    await userEvent.click(canvasElement.querySelector<HTMLElement>('li[data-field="password"] button') as HTMLElement);
    await expect(canvasElement.querySelector('[name="password"]')).toHaveFocus();
  },
};

export const ShortWithoutLabels: Story = {
  name: 'Short: two fields, without labels (paths)',
  args: { error: fixture('multiple errors with codes') },
  render: ({ error }) => <Form error={error} fields={SIGN_UP} labels={false} />,
  play: async ({ canvasElement, globals }) => {
    await fieldsHaveTheirOwnTexts(canvasElement, (globals.locale as string | undefined) ?? 'en');
    await expect(canvasElement.querySelector('li[data-field="firstName"] strong')?.textContent).toBe('firstName');
  },
};

export const Long: Story = {
  name: 'Long: four fields, five texts, with labels',
  args: { error: fixture('422 validation error response format') },
  render: ({ error }) => <Form error={error} fields={TEAM} labels />,
  play: async ({ canvasElement, globals }) => {
    await fieldsHaveTheirOwnTexts(canvasElement, (globals.locale as string | undefined) ?? 'en');
    const canvas = within(canvasElement);
    await userEvent.click(canvasElement.querySelector<HTMLElement>('li[data-field="team_name"] button') as HTMLElement);
    await expect(canvas.getByLabelText('Team name')).toHaveFocus();
    await userEvent.click(canvasElement.querySelector<HTMLElement>('li[data-field="users.2.email"] button') as HTMLElement);
    await expect(canvas.getByLabelText('Third member email')).toHaveFocus();
  },
};

export const LongWithoutLabels: Story = {
  name: 'Long: four fields, without labels (paths)',
  args: { error: fixture('422 validation error response format') },
  render: ({ error }) => <Form error={error} fields={TEAM} labels={false} />,
  play: async ({ canvasElement, globals }) => fieldsHaveTheirOwnTexts(canvasElement, (globals.locale as string | undefined) ?? 'en'),
};

export const FormLevelOnly: Story = {
  name: 'Form-level only',
  args: { error: fixture("loc ['body'] alone is form-level") },
  render: ({ error }) => <Form error={error} fields={[]} labels />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.rae-form-errors li').length).toBe(1);
    await expect(canvasElement.querySelector('li[data-field]')).toBeNull();
  },
};

/**
 * Verbatim field errors of several frameworks, with their machine-readable codes: each text says what
 * is wrong, in the toolbar's locale (Laravel sends no codes: its own field text shows).
 */
function frameworkStory(name: string, fixtureName: string, field: string): Story {
  return {
    name,
    args: { error: fixture(fixtureName) },
    render: ({ error }) => <FieldErrorList error={error} />,
    play: async ({ canvasElement, globals }) => {
      const item = canvasElement.querySelector(`li[data-field="${field}"]`);
      await expect(item).not.toBeNull();
      const text = item?.textContent?.split(': ').slice(1).join(': ') ?? '';
      // Says what is wrong: never empty, never the bare generic text, never a raw code.
      await expect(text.length).toBeGreaterThan(5);
      await expect(text).not.toBe(uiTexts(globals.locale as string | undefined).fieldInvalid);
      await expect(text).not.toMatch(/_|\{\{/);
    },
  };
}

export const FastApiPydantic = frameworkStory('FastAPI (Pydantic)', 'Pydantic v2 path parameter int_parsing', 'item_id');
export const DjangoRestFramework = frameworkStory('Django REST framework', 'drf-standardized-errors validation_error', 'title');
export const GitHub = frameworkStory('GitHub', 'Validation Failed with a missing_field', 'title');
export const Zod = frameworkStory('Zod', 'zod v3 issues array returned raw', 'address.zipCode');
export const AjvOpenApi = frameworkStory('Ajv (OpenAPI)', 'two errors with dotted paths', 'type');
export const NestJsClassValidator = frameworkStory('NestJS (class-validator)', 'NestJS 5.7 ValidationPipe', 'email');
export const LaravelServerText = frameworkStory('Laravel (server text)', '422 validation error response format', 'users.0.email');
