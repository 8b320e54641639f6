/**
 * Every shipped locale, preloaded: what Node and `react-server` get for `react-api-errors/locales`
 * (package `exports` conditions), so a server render is synchronous in every language. The sources,
 * the tests and Storybook use it too.
 */
import ar from './ar.js';
import de from './de.js';
import en from './en.js';
import enXA from './en-XA.js';
import es from './es.js';
import fr from './fr.js';
import he from './he.js';
import it from './it.js';
import ja from './ja.js';
import ko from './ko.js';
import nl from './nl.js';
import pl from './pl.js';
import ptBR from './pt-BR.js';
import ptPT from './pt-PT.js';
import ru from './ru.js';
import tr from './tr.js';
import zhCN from './zh-CN.js';
import zhTW from './zh-TW.js';
import type { LocaleTexts } from './types.js';

export type { LocaleTexts };
export const preloaded: Readonly<Record<string, LocaleTexts>> = {
  en, 'en-XA': enXA, de, fr, es, ja, ar, it, 'pt-BR': ptBR, 'pt-PT': ptPT, nl, pl, ru, tr, ko, 'zh-CN': zhCN, 'zh-TW': zhTW, he,
};
