// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const djangoRest: Dialect = {
  name: 'django-rest',
  detect: () => false,
  map: () => ({}),
};
