/**
 * Slack Web API: `{ ok: false, error: 'invalid_auth', warning?, response_metadata?: { messages } }`,
 * usually with HTTP 200. https://api.slack.com/web#evaluating_responses
 */
import type { Dialect, DialectResult, ErrorCategory } from '../types.js';
import { isRecord, joinTexts, own } from '../util.js';

const ERRORS: ReadonlyMap<string, ErrorCategory> = new Map<string, ErrorCategory>([
  ['not_authed', 'unauthenticated'],
  ['invalid_auth', 'unauthenticated'],
  ['account_inactive', 'unauthenticated'],
  ['token_revoked', 'unauthenticated'],
  ['token_expired', 'session-expired'],
  ['no_permission', 'forbidden'],
  ['missing_scope', 'forbidden'],
  ['not_allowed_token_type', 'forbidden'],
  ['ekm_access_denied', 'forbidden'],
  ['ratelimited', 'rate-limited'],
  ['rate_limited', 'rate-limited'],
  ['channel_not_found', 'not-found'],
  ['user_not_found', 'not-found'],
  ['message_not_found', 'not-found'],
  ['invalid_arguments', 'validation'],
  ['invalid_arg_name', 'validation'],
  ['invalid_array_arg', 'validation'],
  // chat.postMessage's message-content errors (https://docs.slack.dev/reference/methods/chat.postMessage)
  ['invalid_attachments', 'validation'],
  ['invalid_blocks', 'validation'],
  ['invalid_metadata_format', 'validation'],
  ['restricted_action', 'forbidden'],
  ['restricted_action_read_only_channel', 'forbidden'],
  ['invalid_charset', 'bad-request'],
  ['invalid_form_data', 'bad-request'],
  ['invalid_post_type', 'bad-request'],
  ['missing_post_type', 'bad-request'],
  ['invalid_json', 'bad-request'],
  ['json_not_object', 'bad-request'],
  ['request_timeout', 'timeout'],
  ['fatal_error', 'server'],
  ['internal_error', 'server'],
  ['service_unavailable', 'unavailable'],
  ['team_added_to_org', 'unavailable'],
  ['already_in_channel', 'conflict'],
  ['name_taken', 'conflict'],
]);

export const slack: Dialect = {
  name: 'slack',
  keys: ['ok'],
  detect(body) {
    return isRecord(body) && own(body, 'ok') === false && typeof own(body, 'error') === 'string';
  },
  map(body) {
    const code = own(body, 'error') as string;
    const out: DialectResult = { code };
    const category = ERRORS.get(code);
    if (category) out.category = category;
    const messages = joinTexts(own(own(body, 'response_metadata'), 'messages'));
    if (messages !== undefined) out.message = messages;
    return out;
  },
};
