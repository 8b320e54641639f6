// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const microsoftGraph: Dialect = {
  name: 'microsoft-graph',
  detect: () => false,
  map: () => ({}),
};
