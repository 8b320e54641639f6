// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const twilio: Dialect = {
  name: 'twilio',
  detect: () => false,
  map: () => ({}),
};
