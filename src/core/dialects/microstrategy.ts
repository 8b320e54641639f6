// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const microstrategy: Dialect = {
  name: 'microstrategy',
  detect: () => false,
  map: () => ({}),
};
