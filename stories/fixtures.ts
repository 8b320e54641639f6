/**
 * Stories use the same verbatim fixtures as the tests (test/fixtures/*.json, each with its source URL).
 */
import edgecast from '../test/fixtures/edgecast.json';
import errorCode from '../test/fixtures/error-code.json';
import errorList from '../test/fixtures/error-list.json';
import errorObject from '../test/fixtures/error-object.json';
import djangoRest from '../test/fixtures/django-rest.json';
import fastapi from '../test/fixtures/fastapi.json';
import ajv from '../test/fixtures/frameworks/ajv-openapi.json';
import nestjs from '../test/fixtures/frameworks/nestjs.json';
import zod from '../test/fixtures/frameworks/zod.json';
import github from '../test/fixtures/github.json';
import google from '../test/fixtures/google.json';
import okta from '../test/fixtures/frameworks/identity-okta-auth0.json';
import jsonApi from '../test/fixtures/json-api.json';
import fluent from '../test/fixtures/frameworks/dotnet-servicestack-fluentvalidation.json';
import laravel from '../test/fixtures/laravel.json';
import markup from '../test/fixtures/markup.json';
import microstrategy from '../test/fixtures/microstrategy.json';
import text from '../test/fixtures/text.json';

export interface Fixture {
  name: string;
  source: string;
  input: unknown;
  expected: Record<string, unknown>;
}

export const SEED_FIXTURES: Record<string, readonly Fixture[]> = {
  MicroStrategy: microstrategy as Fixture[],
  'error_code API': errorCode as Fixture[],
  'Edgecast CDN': edgecast as Fixture[],
  'error object API': errorObject as Fixture[],
  'errorCode list API': errorList as Fixture[],
};

const all: Fixture[] = [...(microstrategy as Fixture[]), ...(errorObject as Fixture[]), ...(laravel as Fixture[]), ...(fastapi as Fixture[]), ...(markup as Fixture[]), ...(text as Fixture[]), ...(github as Fixture[]), ...(djangoRest as Fixture[]), ...(zod as Fixture[]), ...(ajv as Fixture[]), ...(nestjs as Fixture[]), ...(google as Fixture[]), ...(okta as Fixture[]), ...(jsonApi as Fixture[]), ...(fluent as Fixture[])];

/** The first fixture whose name contains `part` (throws when none: a story must not invent a payload). */
export function fixture(part: string): unknown {
  const f = all.find((c) => c.name.includes(part)) ?? Object.values(SEED_FIXTURES).flat().find((c) => c.name.includes(part));
  if (!f) throw new Error(`no fixture named like "${part}"`);
  return f.input;
}

/** The first fixture of a given expected category. */
export function byCategory(category: string): unknown {
  const f = [...all, ...Object.values(SEED_FIXTURES).flat()].find((c) => c.expected.category === category);
  if (!f) throw new Error(`no fixture with category ${category}`);
  return f.input;
}
