/**
 * Writes locales/en-XA.json, the pseudo-locale, from locales/en.json: every letter accented, each
 * text ~40% longer and in brackets, placeholders kept. Storybook and the tests use it to catch
 * truncation and text that does not come from the locales. Run: node scripts/pseudo-locale.mjs
 * (test/locales.test.ts fails when en-XA.json is out of date).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ACCENTED = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ', n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ',
  s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž', A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ',
  K: 'Ķ', L: 'Ļ', M: 'Ṁ', N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const PAD = ' one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';

/** One text in pseudo form; `{{…}}` placeholders stay as they are. */
export function pseudo(text) {
  const pieces = text.split(/(\{\{[^}]*\}\})/);
  const accented = pieces.map((p) => (p.startsWith('{{') ? p : [...p].map((ch) => ACCENTED[ch] ?? ch).join(''))).join('');
  const extra = Math.max(1, Math.round(text.length * 0.4) - 4);
  const pad = [...PAD.slice(0, extra)].map((ch) => ACCENTED[ch] ?? ch).join('');
  return `[${accented}${pad}]`;
}

function walk(tree) {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? pseudo(v) : walk(v)]));
}

const root = join(import.meta.dirname, '..', 'locales');
export function build() {
  return walk(JSON.parse(readFileSync(join(root, 'en.json'), 'utf8')));
}
if (process.argv[1] === import.meta.filename) {
  writeFileSync(join(root, 'en-XA.json'), `${JSON.stringify(build(), null, 2)}\n`);
}
