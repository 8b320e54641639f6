/**
 * Slack Web API: `{ ok: false, error: 'invalid_auth', warning?, response_metadata?: { messages } }`,
 * usually with HTTP 200. https://api.slack.com/web#evaluating_responses
 */
import type { Dialect, DialectResult, ErrorCategory } from '../types.js';
import { codeTable, isRecord, joinTexts, own } from '../util.js';

// chat.postMessage's message-content errors (https://docs.slack.dev/reference/methods/chat.postMessage)
const ERRORS: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'unauthenticated:not_authed invalid_auth account_inactive token_revoked;session-expired:token_expired;forbidden:no_permission missing_scope not_allowed_token_type ekm_access_denied restricted_action restricted_action_read_only_channel;rate-limited:ratelimited rate_limited;not-found:channel_not_found user_not_found message_not_found;validation:invalid_arguments invalid_arg_name invalid_array_arg invalid_attachments invalid_blocks invalid_metadata_format;bad-request:invalid_charset invalid_form_data invalid_post_type missing_post_type invalid_json json_not_object;timeout:request_timeout;server:fatal_error internal_error;unavailable:service_unavailable team_added_to_org;conflict:already_in_channel name_taken',
);

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
