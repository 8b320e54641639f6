// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const fastapi: Dialect = {
  name: 'fastapi',
  detect: () => false,
  map: () => ({}),
};
