/**
 * Our text for a field error's machine-readable code: the validation codes of Pydantic, Django /
 * Django REST, GitHub, JSON Schema (ajv, express-openapi-validator), zod, class-validator,
 * Rails / ActiveModel, Joi, Laravel rules, Symfony constraints, FluentValidation, LoopBack, PocketBase,
 * Directus and more,
 * with their limit ("Enter at least 3 characters"). A code that says only "invalid" has no text of
 * ours: the server's own field text says more.
 */

/** What a field error's code means, as a key under `field.` in the locales. */
export type FieldKind =
  | 'required' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems' | 'min' | 'minExclusive' | 'max' | 'maxExclusive'
  | 'number' | 'integer' | 'boolean' | 'text' | 'list' | 'email' | 'url' | 'date' | 'choice' | 'pattern' | 'unique'
  | 'confirmation' | 'accepted' | 'notAllowed' | 'fileType' | 'fileSize' | 'notFound';

/** `length`: characters or items, told apart by the message; `size`: a number, characters, items or a file size (Laravel min/max). */
type Entry = FieldKind | 'length-min' | 'length-max' | 'size-min' | 'size-max' | 'type' | 'format';

/**
 * Codes by what they mean, space-separated (lower case; a JSON Schema keyword also as express-openapi-validator's
 * `<keyword>.openapi.validation`). Pydantic v1/v2, DRF, GitHub, ajv, zod, class-validator, Rails, Joi,
 * Laravel, FluentValidation, LoopBack, PocketBase, Directus, Square; Symfony constraint UUIDs
 * (NotBlank, NotNull, Length too short / too long, Email, Choice, UniqueEntity).
 */
const GROUPS: Readonly<Record<Entry, string>> = {
  required: 'missing required missing_field value_error.missing blank null empty presence present filled isnotempty isdefined any.required string.empty notempty notnull validation_required nnull field_required string.base.required c1051bb4-d103-4f74-8988-acbcafc7fdc3 ad32d13f-c3d4-423b-909a-857b961eb720',
  minLength: 'string_too_short minimumlength string.min value_error.any_str.min_length 9ff3fdc4-b214-49db-8718-39c315e33d45',
  'length-min': 'minlength min_length too_short',
  minItems: 'value_error.list.min_items minitems arrayminsize array.min',
  maxLength: 'string_too_long maximumlength string.max value_error.any_str.max_length context_length_exceeded d94b19cc-114f-4f44-9cc4-4138e80a87b9',
  'length-max': 'maxlength max_length too_long',
  maxItems: 'value_error.list.max_items maxitems arraymaxsize array.max',
  min: 'greater_than_equal min_value minimum greater_than_or_equal_to number.min greaterthanorequal value_error.number.not_ge',
  minExclusive: 'greater_than exclusiveminimum number.greater greaterthan value_error.number.not_gt',
  max: 'less_than_equal max_value maximum less_than_or_equal_to number.max lessthanorequal value_error.number.not_le',
  maxExclusive: 'less_than exclusivemaximum number.less lessthan value_error.number.not_lt',
  'size-min': 'too_small min between size',
  'size-max': 'too_big max',
  integer: 'int_parsing int_type int_from_float type_error.integer not_an_integer isint integer number.integer expected_integer',
  number: 'number.base float_parsing float_type decimal_parsing decimal_type type_error.float type_error.number type_error.decimal not_a_number isnumber isnumberstring numeric expected_number max_digits max_decimal_places max_whole_digits',
  boolean: 'bool_parsing bool_type type_error.bool isboolean boolean.base boolean expected_boolean',
  text: 'string_type type_error.str isstring string.base string expected_string',
  list: 'list_type type_error.list isarray array.base array not_a_list',
  type: 'type invalid_type type.openapi.validation',
  email: 'value_error.email email isemail string.email invalid_email bd79c0ab-ddba-46cc-a703-a7a4b08de310',
  url: 'url_parsing url_type url_scheme url_too_long value_error.url isurl string.uri url active_url',
  date: 'date_parsing date_type date_from_datetime_parsing datetime_parsing datetime_type datetime_from_date_parsing time_parsing time_type value_error.date value_error.datetime isdate isdatestring isiso8601 date.base date date_format invalid_date',
  format: 'invalid_string invalid_format format invalid',
  pattern: 'pattern string_pattern_mismatch value_error.str.regex matches string.pattern.base regex invalid_regex',
  choice: 'enum literal_error invalid_choice const invalid_enum_value invalid_value isenum isin inclusion exclusion any.only in not_in type_error.enum exists invalid_pk_value 8e179f1b-97aa-4560-a02f-2a8b42e49df7',
  unique: 'unique already_exists taken uniqueness duplicatevalue duplicate 23bd9dbf-6b9b-41cd-a99e-4844bcf3077f',
  confirmation: 'confirmation confirmed same',
  accepted: 'accepted',
  notAllowed: 'extra_forbidden value_error.extra unrecognized_keys additionalproperties object.unknown prohibited whitelistvalidation',
  fileType: 'validation_invalid_mime_type mimes mimetypes image invalid_image invalid_extension extensions',
  fileSize: 'validation_file_size_limit file_too_large',
  notFound: 'does_not_exist',
};

let table: Map<string, Entry> | undefined;
function entryOf(key: string): Entry | undefined {
  if (!table) {
    table = new Map();
    for (const kind of Object.keys(GROUPS) as Entry[]) for (const code of GROUPS[kind].split(' ')) table.set(code, kind);
  }
  return table.get(key);
}

/** GitHub's `missing` means "the resource does not exist", Pydantic's and Django ninja's "a required field is absent". */
const GITHUB_MISSING = 'resource does not exist';

/** A limit in the server's text: the first number that is not part of a path (`users.0.email`). */
function limitIn(message: string | undefined): number | undefined {
  if (!message) return undefined;
  const m = /(?:^|[^\w.[\]])(-?\d+(?:\.\d+)?)(?![\w\]]|\.\w)/.exec(message);
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}

function has(message: string | undefined, ...words: string[]): boolean {
  if (!message) return false;
  const lower = message.toLowerCase();
  return words.some((w) => lower.includes(w));
}

function typeNamed(message: string | undefined): FieldKind | undefined {
  if (!message) return undefined;
  // ajv "must be integer", LoopBack "should be number", zod "expected string, received number" / "Required"
  const m = /(?:must be|should be|expected)\s+(?:an?\s+)?(\w+)/i.exec(message);
  const name = m?.[1]?.toLowerCase();
  if (has(message, 'received undefined', 'received null') || message.trim().toLowerCase() === 'required') return 'required';
  switch (name) {
    case 'integer': case 'int': case 'bigint': return 'integer';
    case 'number': case 'float': case 'double': case 'decimal': case 'nan': return 'number';
    case 'string': return 'text';
    case 'boolean': case 'bool': return 'boolean';
    case 'array': case 'list': case 'tuple': case 'set': return 'list';
    case 'date': return 'date';
    default: return undefined;
  }
}

function formatNamed(message: string | undefined): FieldKind | undefined {
  if (has(message, 'email', 'e-mail')) return 'email';
  if (has(message, 'url', 'uri', 'web address', 'link')) return 'url';
  if (has(message, 'date', 'time')) return 'date';
  if (has(message, 'integer', 'whole number')) return 'integer';
  if (has(message, 'number', 'numeric', 'decimal')) return 'number';
  if (has(message, 'pattern', 'regex', 'format')) return 'pattern';
  return undefined;
}

function exclusive(message: string | undefined, kind: 'min' | 'max'): FieldKind {
  if (message === undefined || /not be (greater|less|more|fewer) than/i.test(message)) return kind; // class-validator "must not be less than 10"
  const strict = /(greater|less|more|fewer) than(?! or equal)/i.test(message) || /[<>](?!=)\s*-?\d/.test(message);
  return strict ? (kind === 'min' ? 'minExclusive' : 'maxExclusive') : kind;
}

/** The kind of a field error and its limit, or undefined when the code has no text of ours. */
export function fieldKind(code: string | undefined, message?: string): { kind: FieldKind; limit?: number } | undefined {
  if (!code) return undefined;
  let key = code.trim().toLowerCase();
  if (key.endsWith('.openapi.validation')) key = key.slice(0, -'.openapi.validation'.length);
  if (key === 'missing' && has(message, GITHUB_MISSING)) return { kind: 'notFound' };
  if (key === 'context_length_exceeded') return { kind: 'maxLength' }; // a limit in tokens, not characters
  const entry = entryOf(key);
  if (entry === undefined) return undefined;
  let kind: FieldKind | undefined;
  switch (entry) {
    case 'length-min':
    case 'length-max':
      kind = has(message, 'item', 'element', 'entries') && !has(message, 'character') ? (entry === 'length-min' ? 'minItems' : 'maxItems') : entry === 'length-min' ? 'minLength' : 'maxLength';
      break;
    case 'size-min':
    case 'size-max': {
      const min = entry === 'size-min';
      if (has(message, 'character', 'string')) kind = min ? 'minLength' : 'maxLength';
      else if (has(message, 'item', 'element', 'array')) kind = min ? 'minItems' : 'maxItems';
      else if (has(message, 'kilobyte', 'megabyte', 'file')) kind = min ? undefined : 'fileSize';
      else if (limitIn(message) !== undefined) kind = exclusive(message, min ? 'min' : 'max');
      break;
    }
    case 'type':
      kind = typeNamed(message);
      break;
    case 'format':
      kind = formatNamed(message);
      break;
    default:
      kind = entry;
  }
  if (kind === undefined) return undefined;
  const limit = limitIn(message);
  return limit !== undefined && LIMITED.includes(kind) ? { kind, limit } : { kind };
}

const LIMITED: readonly FieldKind[] = ['minLength', 'maxLength', 'minItems', 'maxItems', 'min', 'minExclusive', 'max', 'maxExclusive'];
const COUNTED: readonly FieldKind[] = ['minLength', 'maxLength', 'minItems', 'maxItems'];

/** The text key and its values for a field kind: `field.minLength` with `count`, `field.min` with `limit`, or the limit-less form. */
export function fieldTextKey(kind: FieldKind, limit: number | undefined): { key: string; vars?: Record<string, number> } {
  if (!LIMITED.includes(kind)) return { key: `field.${kind}` };
  if (limit === undefined) return { key: `field.${kind.replace('Exclusive', '')}Any` };
  return COUNTED.includes(kind) ? { key: `field.${kind}`, vars: { count: limit } } : { key: `field.${kind}`, vars: { limit } };
}
