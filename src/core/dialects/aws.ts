/**
 * AWS: API Gateway responses (`{"message": "..."}` with `x-amzn-ErrorType` and `x-amzn-RequestId`),
 * the JSON protocols (`{"__type": "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
 * "message": "..."}`), and the REST-XML / query protocols (`<Error><Code>NoSuchKey</Code>
 * <Message>…</Message><RequestId>…</RequestId></Error>`), read with indexOf (no regex).
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html ·
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization ·
 * https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 */
import type { Dialect, DialectContext, DialectResult, ErrorCategory } from '../types.js';
import { codeTable, isRecord, own, text } from '../util.js';

// Cognito user pools: wrong username or password, revoked or expired tokens (HTTP 400).
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html#API_InitiateAuth_Errors
const CODES: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'rate-limited:ThrottlingException Throttling TooManyRequestsException ProvisionedThroughputExceededException RequestLimitExceeded SlowDown LimitExceededException;forbidden:AccessDenied AccessDeniedException UnauthorizedOperation;session-expired:ExpiredToken ExpiredTokenException RequestExpired;unauthenticated:UnrecognizedClientException InvalidSignatureException SignatureDoesNotMatch MissingAuthenticationToken MissingAuthenticationTokenException IncompleteSignature InvalidClientTokenId NotAuthorizedException;validation:ValidationException ValidationError InvalidParameterValue;not-found:ResourceNotFoundException NoSuchKey NoSuchBucket;conflict:ConditionalCheckFailedException ResourceInUseException ResourceConflictException ConflictException BucketAlreadyExists;unavailable:ServiceUnavailable ServiceUnavailableException;server:InternalFailure InternalError InternalServerError InternalServerErrorException',
);

/** `com.amazonaws.dynamodb.v20120810#ResourceNotFoundException` / `ValidationException:http://…` → the shape name. */
export function awsErrorCode(raw: string): string {
  let s = raw;
  const hash = s.lastIndexOf('#');
  if (hash >= 0) s = s.slice(hash + 1);
  const colon = s.indexOf(':');
  if (colon >= 0) s = s.slice(0, colon);
  return s.trim();
}

const ENTITIES: readonly (readonly [string, string])[] = [
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&apos;', "'"],
  ['&amp;', '&'],
];

function xmlText(xml: string, tag: string): string | undefined {
  const open = xml.indexOf(`<${tag}>`);
  if (open < 0) return undefined;
  const start = open + tag.length + 2;
  const end = xml.indexOf(`</${tag}>`, start);
  if (end < 0) return undefined;
  let value = xml.slice(start, Math.min(end, start + 4000));
  for (const [entity, ch] of ENTITIES) if (value.includes(entity)) value = value.split(entity).join(ch);
  return text(value);
}

function isAwsXml(body: string): boolean {
  const head = body.slice(0, 512);
  return head.includes('<Error>') || head.includes('<ErrorResponse') || (head.startsWith('<?xml') && body.slice(0, 4096).includes('<Code>'));
}

function finish(code: string | undefined, message: string | undefined, ref: string | undefined): DialectResult {
  const out: DialectResult = {};
  if (code !== undefined && code !== '') {
    out.code = code;
    const category = CODES.get(code);
    if (category) out.category = category;
  }
  if (message !== undefined) out.message = message;
  if (ref !== undefined) out.referenceId = ref;
  return out;
}

function headerCode(ctx: DialectContext): string | undefined {
  const h = ctx.header('x-amzn-errortype');
  return h === undefined ? undefined : awsErrorCode(h);
}

export const aws: Dialect = {
  name: 'aws',
  keys: ['__type', 'message', 'Message'],
  detect(body, ctx) {
    if (typeof body === 'string') return isAwsXml(body.trimStart());
    if (!isRecord(body)) return false;
    if (typeof own(body, '__type') === 'string') return true;
    const hasMessage = typeof own(body, 'message') === 'string' || typeof own(body, 'Message') === 'string';
    return hasMessage && (ctx.header('x-amzn-errortype') !== undefined || ctx.header('x-amzn-requestid') !== undefined);
  },
  map(body, ctx) {
    const ref = ctx.header('x-amzn-requestid') ?? ctx.header('x-amz-request-id');
    if (typeof body === 'string') {
      const xml = body.trimStart();
      return finish(xmlText(xml, 'Code'), xmlText(xml, 'Message'), xmlText(xml, 'RequestId') ?? ref);
    }
    const type = text(own(body, '__type'));
    const code = type !== undefined ? awsErrorCode(type) : (headerCode(ctx) ?? text(own(body, 'code')) ?? text(own(body, 'Code')));
    return finish(code, text(own(body, 'message')) ?? text(own(body, 'Message')), ref);
  },
};
