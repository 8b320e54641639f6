/** `react-api-errors/locales/pt-BR`: the pt-BR texts, for `<ApiErrorProvider resources={{ 'pt-BR': texts }}>` or `registerLocale('pt-BR', texts)`. */
import json from '../../../locales/pt-BR.json';
import type { LocaleTexts } from './types.js';

const texts: LocaleTexts = json;
export default texts;
