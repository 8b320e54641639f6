// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const discord: Dialect = {
  name: 'discord',
  detect: () => false,
  map: () => ({}),
};
