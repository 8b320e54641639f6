/**
 * The built-in dialects, in the order they are tried. Most specific first: a seed API's own
 * code set before the general formats that could also read its body, and the loose fallbacks
 * (Django's field dicts, plain text, `{ message }`) last.
 */
import type { Dialect } from '../types.js';
import { microstrategy } from './microstrategy.js';
import { errorCode } from './error-code.js';
import { edgecast } from './edgecast.js';
import { errorList } from './error-list.js';
import { graphql } from './graphql.js';
import { problemDetails } from './problem-details.js';
import { google } from './google.js';
import { microsoftGraph } from './microsoft-graph.js';
import { stripe } from './stripe.js';
import { errorObject } from './error-object.js';
import { oauth } from './oauth.js';
import { kubernetes } from './kubernetes.js';
import { aws } from './aws.js';
import { slack } from './slack.js';
import { twilio } from './twilio.js';
import { discord } from './discord.js';
import { shopify } from './shopify.js';
import { spring } from './spring.js';
import { aspnetWebApi } from './aspnet-webapi.js';
import { markup } from './markup.js';
import { plainText } from './text.js';
import { generic } from './generic.js';

export const BUILTIN_DIALECTS: readonly Dialect[] = [
  microstrategy,
  errorCode,
  edgecast,
  errorList,
  graphql,
  problemDetails,
  google,
  stripe,
  microsoftGraph,
  errorObject,
  oauth,
  kubernetes,
  aws,
  slack,
  twilio,
  discord,
  shopify,
  aspnetWebApi,
  spring,
  markup,
  plainText,
  generic,
];
