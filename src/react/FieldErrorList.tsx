'use client';
/**
 * `<FieldErrorList error={mutation.error} />`: the server's field errors grouped by field with the
 * app's labels; each entry moves focus to its input. Form-level errors are listed apart. Works with
 * any form: the input is found by id (`getFieldId`, default the field path) or by `name`. Each
 * field's message has the id that `useFieldErrors(error).fieldProps(field)` points the input's
 * `aria-describedby` at.
 */
import { useId, type ReactNode } from 'react';
import { useApiErrorContext } from './ApiErrorProvider.js';
import { s, sx, themeVars } from './styles.js';
import { useApiError } from './useApiError.js';
import { fieldMessageId } from './useFieldErrors.js';

/** Props of `<FieldErrorList>`. */
export interface FieldErrorListProps {
  /** Anything `normalizeError` accepts (typically a mutation's error). Nothing renders when it has no field or form-level errors. */
  error: unknown;
  /** Labels per field path (`{ email: 'Email address', 'items.0.qty': 'Quantity' }`), shown as each entry's link text; merged over the provider's `fieldLabels` (a label here wins). Without either, the path shows. */
  fieldLabels?: Readonly<Record<string, string>>;
  /** The id of a field's input, from its path (default: the path itself). When no element has that id, the first element whose `name` is the path gets focus. */
  getFieldId?: (field: string) => string;
  /**
   * Prefix of the ids of the fields' messages (default `rae-error-`), the same as `useFieldErrors`'
   * `idPrefix`: each field's message has the id its input's `aria-describedby` names
   * (`useFieldErrors(error).fieldProps(field)`).
   */
  idPrefix?: string;
  /** Called after an entry moved focus to its input, with that input; or with `null` when no input was found (then open a collapsed section, switch a tab…). */
  onFieldFocus?: (field: string, element: HTMLElement | null) => void;
  /** Drops all built-in styles (class names and `data-category`/`data-field` stay) so your own CSS takes over. */
  unstyled?: boolean;
  /** A class added after `rae-field-errors` on the list's root `<section>`, for your own CSS. */
  className?: string;
}

function findInput(field: string, id: string): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  return document.getElementById(id) ?? (document.getElementsByName(field)[0] as HTMLElement | undefined) ?? null;
}

export function FieldErrorList(props: FieldErrorListProps): ReactNode {
  const model = useApiError(props.error);
  const { texts, dir, theme } = useApiErrorContext();
  const headingId = useId();
  if (!model || (model.fieldErrors.length === 0 && model.formErrors.length === 0)) return null;
  const t = texts.t;
  const u = props.unstyled;
  const labels = props.fieldLabels ?? {};
  const idOf = props.getFieldId ?? ((f: string) => f);

  // Group by field, keeping the server's order.
  const groups = new Map<string, { label: string; messages: string[] }>();
  for (const f of model.fieldErrors) {
    const g = groups.get(f.field) ?? { label: labels[f.field] ?? f.label, messages: [] };
    if (!g.messages.includes(f.message)) g.messages.push(f.message);
    groups.set(f.field, g);
  }

  const focus = (field: string): void => {
    const el = findInput(field, idOf(field));
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'center' });
    }
    props.onFieldFocus?.(field, el);
  };

  return (
    <section
      aria-labelledby={headingId}
      dir={dir}
      className={props.className ? `rae-field-errors ${props.className}` : 'rae-field-errors'}
      data-category={model.category}
      style={u ? undefined : { ...themeVars(theme, 'warning'), ...s.banner, display: 'block' }}
    >
      <h2 id={headingId} style={sx(u, s.title)}>
        {groups.size > 0 ? t('ui.fieldErrorsTitle', { count: groups.size }) : t('ui.formErrorsTitle')}
      </h2>
      {model.formErrors.length > 0 ? (
        <ul className="rae-form-errors" style={sx(u, s.list)}>
          {model.formErrors.map((f, i) => (
            <li key={i}>{f.message}</li>
          ))}
        </ul>
      ) : null}
      {groups.size > 0 ? (
        <ul className="rae-field-error-items" style={sx(u, s.list)}>
          {[...groups].map(([field, g]) => (
            <li key={field} data-field={field}>
              <button
                type="button"
                className="rae-field-link"
                aria-label={`${t('ui.goToField', { field: g.label })}: ${g.messages.join(' ')}`}
                onClick={() => focus(field)}
                style={sx(u, s.link)}
              >
                <strong>{g.label}</strong>
              </button>
              {': '}
              <span id={fieldMessageId(field, props.idPrefix)}>{g.messages.join(' ')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
