/**
 * Every built-in dialect by name (`<name>Dialect`), for `createNormalizer({ dialects: [...] })`.
 * Plain named exports, so that a bundler keeps only the ones an app imports.
 */
export { microstrategy as microstrategyDialect } from './microstrategy.js';
export { errorCode as errorCodeDialect } from './error-code.js';
export { edgecast as edgecastDialect } from './edgecast.js';
export { errorList as errorListDialect } from './error-list.js';
export { graphql as graphqlDialect } from './graphql.js';
export { problemDetails as problemDetailsDialect } from './problem-details.js';
export { google as googleDialect } from './google.js';
export { microsoftGraph as microsoftGraphDialect } from './microsoft-graph.js';
export { stripe as stripeDialect } from './stripe.js';
export { errorObject as errorObjectDialect } from './error-object.js';
export { oauth as oauthDialect } from './oauth.js';
export { kubernetes as kubernetesDialect } from './kubernetes.js';
export { aws as awsDialect } from './aws.js';
export { slack as slackDialect } from './slack.js';
export { twilio as twilioDialect } from './twilio.js';
export { discord as discordDialect } from './discord.js';
export { shopify as shopifyDialect } from './shopify.js';
export { spring as springDialect } from './spring.js';
export { aspnetWebApi as aspnetWebApiDialect } from './aspnet-webapi.js';
export { markup as markupDialect } from './markup.js';
export { plainText as plainTextDialect } from './text.js';
export { generic as genericDialect } from './generic.js';
