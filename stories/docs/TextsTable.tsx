/// <reference types="vite/client" />
/**
 * The Texts docs page: every text key × every locale, read from `locales/*.json` when Storybook is
 * built (Vite bundles the JSON files), so the page is always what ships. `locales/context.json`
 * gives each key's "where it shows".
 */
import { useMemo, useState, type ReactNode } from 'react';
import { pseudoLocale, supportedLocales } from '../../src/index.js';

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('../../locales/*.json', { eager: true, import: 'default' });
const context = import.meta.glob<{ keys: Record<string, { where?: string; maxLength?: number }> }>('../../locales/context.json', { eager: true, import: 'default' });

/** The locale code of `../../locales/<code>.json`. */
function codeOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

function flatten(tree: Tree, prefix = '', out: Map<string, string> = new Map()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}

/** Plural keys (`_one`, `_other`, `_few`…) share their base key's context entry. */
const PLURAL = ['_zero', '_one', '_two', '_few', '_many', '_other'];
function baseKey(key: string): string {
  for (const p of PLURAL) if (key.endsWith(p)) return key.slice(0, -p.length);
  return key;
}

export const LOCALES: readonly string[] = [...supportedLocales, pseudoLocale];

/** key → locale → text, every key of every locale (plural forms differ between languages). */
export function textTable(): { keys: string[]; byLocale: Map<string, Map<string, string>> } {
  const byLocale = new Map<string, Map<string, string>>();
  for (const [path, tree] of Object.entries(files)) {
    const code = codeOf(path);
    if (code === 'context') continue;
    byLocale.set(code, flatten(tree));
  }
  const keys = new Set<string>();
  for (const code of LOCALES) for (const k of byLocale.get(code)?.keys() ?? []) keys.add(k);
  return { keys: [...keys].sort(), byLocale };
}

const GROUPS: [string, string][] = [
  ['ui', 'Component texts (buttons, headings, details)'],
  ['category', 'Per category'],
  ['status', 'Per HTTP status'],
  ['codes', 'Per seed API code'],
  ['field', 'Field errors'],
  ['generic', 'Generic'],
];

const cell: React.CSSProperties = { border: '1px solid #d0d7de', padding: '0.375rem 0.5rem', verticalAlign: 'top', minWidth: '14rem', maxWidth: '20rem', textAlign: 'start' };
const sticky: React.CSSProperties = { ...cell, position: 'sticky', insetInlineStart: 0, background: '#f6f8fa', minWidth: '16rem', zIndex: 1 };

export function TextsTable(): ReactNode {
  const { keys, byLocale } = useMemo(() => textTable(), []);
  const where = Object.values(context)[0]?.keys ?? {};
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState<string>('all');
  const needle = filter.trim().toLowerCase();
  const locales = shown === 'all' ? LOCALES : LOCALES.filter((l) => l === 'en' || l === shown);
  const matches = (key: string): boolean =>
    needle === '' || key.toLowerCase().includes(needle) || locales.some((l) => byLocale.get(l)?.get(key)?.toLowerCase().includes(needle));

  return (
    <div className="rae-texts">
      <p>
        {keys.length} keys × {LOCALES.length} locales ({LOCALES.join(', ')}). A dash marks a plural form the language does not use.
      </p>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', marginBlock: '1rem' }}>
        <label>
          Filter keys and texts{' '}
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. retry, ERR009, 413" />
        </label>
        <label>
          Locales{' '}
          <select value={shown} onChange={(e) => setShown(e.target.value)}>
            <option value="all">all {LOCALES.length}</option>
            {LOCALES.filter((l) => l !== 'en').map((l) => (
              <option key={l} value={l}>
                en + {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      {GROUPS.map(([group, label]) => {
        const rows = keys.filter((k) => k.startsWith(`${group}.`) && matches(k));
        if (rows.length === 0) return null;
        return (
          <section key={group}>
            <h3 id={`texts-${group}`}>
              {label} <code>{group}.*</code> ({rows.length})
            </h3>
            <div style={{ overflowX: 'auto', maxHeight: '70vh', overflowY: 'auto' }}>
              <table style={{ borderCollapse: 'collapse', fontSize: '0.8125rem' }} data-group={group}>
                <thead>
                  <tr>
                    <th style={{ ...sticky, top: 0, zIndex: 2 }} scope="col">
                      key
                    </th>
                    {locales.map((l) => (
                      <th key={l} scope="col" lang={l} style={{ ...cell, position: 'sticky', top: 0, background: '#f6f8fa' }}>
                        {l}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((key) => (
                    <tr key={key} data-key={key}>
                      <th scope="row" style={sticky}>
                        <code>{key}</code>
                        {where[baseKey(key)]?.where ? <div style={{ fontWeight: 'normal', color: '#57606a', marginTop: '0.25rem' }}>{where[baseKey(key)]?.where}</div> : null}
                      </th>
                      {locales.map((l) => {
                        const text = byLocale.get(l)?.get(key);
                        return (
                          <td key={l} lang={l} dir={l === 'ar' || l === 'he' ? 'rtl' : 'ltr'} style={cell}>
                            {text ?? '—'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
