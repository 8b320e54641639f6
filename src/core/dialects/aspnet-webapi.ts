// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const aspnetWebApi: Dialect = {
  name: 'aspnet-webapi',
  detect: () => false,
  map: () => ({}),
};
