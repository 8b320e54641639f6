/**
 * The id a person gives support when the body names none: request-id headers, most specific first.
 */
import type { HeaderLookup } from './headers.js';
import { text } from './util.js';

export const REFERENCE_ID_HEADERS: readonly string[] = [
  'x-request-id',
  'request-id', // Microsoft Graph
  'x-ms-request-id', // Azure
  'x-amzn-requestid', // AWS API Gateway / JSON protocol
  'x-amz-request-id', // AWS S3
  'x-amz-cf-id', // CloudFront
  'x-github-request-id', // GitHub
  'x-correlation-id',
  'correlation-id',
  'x-trace-id',
  'x-cloud-trace-context', // Google Cloud
  'x-b3-traceid', // Zipkin / Envoy
  'cf-ray', // Cloudflare
  'x-vercel-id', // Vercel
  'fly-request-id', // Fly.io
  'x-shopify-request-id', // Shopify
  'twilio-request-id', // Twilio
  'x-served-by', // Fastly
];

export function referenceIdFromHeaders(header: HeaderLookup): string | undefined {
  for (const name of REFERENCE_ID_HEADERS) {
    const v = text(header(name));
    if (v !== undefined && v.length <= 200) return v;
  }
  return undefined;
}
