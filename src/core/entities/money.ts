// Money amounts: "£2.26 billion", "$300,000", "US$1.5 trillion", "€5m", "5 million dollars", "50 cents".
import type { MoneyValue } from '../types';
import { amountOf, continuesWord, NUMBER, NUMBER_START, NUMBER_WORD, SCALE, scaledValue } from './numbers';
import type { Found } from './found';
import { ownCopy } from '../textCache';

const PREFIX_CURRENCIES: Record<string, string> = {
  'US$': 'USD', 'USD': 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD',
  'S$': 'SGD', 'R$': 'BRL', '$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW',
  '₺': 'TRY', '₴': 'UAH', '₪': 'ILS', 'CHF': 'CHF', 'EUR': 'EUR', 'GBP': 'GBP', 'JPY': 'JPY', 'Rs': 'INR', 'Rs.': 'INR',
};
const PREFIX = String.raw`US\$|USD|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|₽|₩|₺|₴|₪|CHF|EUR|GBP|JPY|Rs\.?`;
// "$2.8 billion", "US$ 1.5 trillion", "£300,000", "€5m"
const PREFIXED = new RegExp(String.raw`(?<![\p{L}\p{N}])(${PREFIX})[ \u00a0]?(${NUMBER})(${SCALE})?`, 'uy');

const NAMED_CURRENCIES: [RegExp, string][] = [
  [/^dollars?$/, 'USD'], [/^euros?$/, 'EUR'], [/^(?:pounds?(?: sterling)?|sterling)$/, 'GBP'], [/^yen$/, 'JPY'],
  [/^(?:yuan|renminbi)$/, 'CNY'], [/^rupees?$/, 'INR'], [/^(?:roubles?|rubles?)$/, 'RUB'], [/^hryvnias?$/, 'UAH'],
  [/^francs?$/, 'CHF'], [/^pesos?$/, 'MXN'], [/^won$/, 'KRW'], [/^(?:marks?|deutschmarks?)$/, 'DEM'], [/^(?:lire|lira)$/, 'ITL'],
  [/^guilders?$/, 'NLG'], [/^shekels?$/, 'ILS'], [/^rand$/, 'ZAR'], [/^dinars?$/, 'DINAR'], [/^riyals?$/, 'SAR'],
  [/^dirhams?$/, 'AED'], [/^cents?$/, 'USD'], [/^pence$/, 'GBP'], [/^(?:usd|eur|gbp)$/, ''],
];
const DOLLAR_QUALIFIERS: Record<string, string> = {
  'us': 'USD', 'u.s.': 'USD', 'american': 'USD', 'canadian': 'CAD', 'australian': 'AUD', 'hong kong': 'HKD',
  'new zealand': 'NZD', 'singapore': 'SGD', 'taiwan': 'TWD',
};
// "5 million dollars", "100 euros", "50 cents", "2 billion US dollars", "10 marks"
const QUALIFIER_AND_CURRENCY = String.raw`(?:(US|U\.S\.|American|Canadian|Australian|Hong Kong|New Zealand|Singapore|Taiwan)[ \u00a0])?(dollars?|euros?|pounds?(?: sterling)?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|hryvnias?|francs?|pesos?|won|deutschmarks?|marks|lire|lira|guilders?|shekels?|rand|dinars?|riyals?|dirhams?|cents?|pence|USD|EUR|GBP)\b`;
const NAMED = new RegExp(String.raw`${NUMBER_START}(${NUMBER})(${SCALE})?[ \u00a0]${QUALIFIER_AND_CURRENCY}`, 'uy');
// "a million dollars", "five billion euros", "twenty pounds": the number in words.
const NAMED_IN_WORDS = new RegExp(String.raw`(?<![\p{L}\-])(${NUMBER_WORD})((?:[ \u00a0](?:thousand|million|billion|trillion))?)[ \u00a0]${QUALIFIER_AND_CURRENCY}`, 'uy');

/** The whole of a number: digits, maybe grouped and with decimals. */
const NUMBER_AT = new RegExp(`^(?:${NUMBER})$`);

/** Money written with the number in words, starting at `pos` ("a million dollars", "five billion euros"). */
export function moneyInWordsAt(text: string, pos: number, out: Found<MoneyValue>[]): void {
  NAMED_IN_WORDS.lastIndex = pos;
  const m = NAMED_IN_WORDS.exec(text);
  if (!m) return;
  const [all, number, scale, qualifier, word] = m;
  let amount = amountOf(number, scale || undefined);
  if (/^(?:cents?|pence)$/i.test(word)) amount = Number(`${amount}e-2`);
  if (Number.isFinite(amount)) out.push({ start: pos, end: pos + all.length, value: { kind: 'money', amount, currency: namedCurrency(word, qualifier) }, type: 'money' });
}

function namedCurrency(word: string, qualifier: string | undefined): string {
  const lower = word.toLowerCase();
  if (qualifier && /^dollars?$/.test(lower)) return DOLLAR_QUALIFIERS[qualifier.toLowerCase()] ?? 'USD';
  let code = CURRENCY_OF_WORD.get(word);
  // The word is a slice of the document: kept as a key, it would keep the whole document alive.
  if (code === undefined) CURRENCY_OF_WORD.set(ownCopy(word), (code = currencyOfWord(word, lower)));
  return code;
}

// The currency of each word NAMED has matched (a few dozen words at most): the list of patterns is tried once per word.
const CURRENCY_OF_WORD = new Map<string, string>();

function currencyOfWord(word: string, lower: string): string {
  for (let k = 0; k < NAMED_CURRENCIES.length; k++) {
    const [re, code] = NAMED_CURRENCIES[k];
    if (re.test(lower)) return code || word.toUpperCase();
  }
  return word;
}

/**
 * Money starting at `pos` (sticky matches: the caller picks the positions): with a currency sign or code first
 * ("$5", "US$5") where `pos` is not a digit, else number first ("5 million dollars"). `runEnd`: numberRunEnd(text, pos)
 * where `pos` is a digit (read only then).
 */
export function moneyAt(text: string, pos: number, out: Found<MoneyValue>[], runEnd: number): void {
  const c = text.charCodeAt(pos);
  if (c < 48 || c > 57) {
    PREFIXED.lastIndex = pos;
    const m = PREFIXED.exec(text);
    if (m) {
      const [all, symbol, digits, scale] = m;
      const currency = PREFIX_CURRENCIES[symbol] ?? symbol;
      out.push({ start: pos, end: pos + all.length, value: { kind: 'money', amount: scaledValue(digits, scale), currency }, type: 'money' });
    }
    return;
  }
  const after = text.charCodeAt(runEnd);
  // "fell 12p to 345p": pence, the p attached (not "4p.m.").
  if (after === 112 /* p */ && !continuesWord(text.charCodeAt(runEnd + 1)) && !(text.charCodeAt(runEnd + 1) === 46 && text.charCodeAt(runEnd + 2) === 109) &&
      NUMBER_AT.test(text.slice(pos, runEnd))) {
    out.push({ start: pos, end: runEnd + 1, value: { kind: 'money', amount: Number(`${text.slice(pos, runEnd).replace(/,/g, '')}e-2`), currency: 'GBP' }, type: 'money' });
    return;
  }
  // After the number comes a space or an attached scale ("5m", "5bn", "5thousand"): other numbers skip the pattern.
  if (!(after === 32 || after === 0xa0 || after === 109 /* m */ || after === 98 /* b */ || after === 107 /* k */ || after === 116 /* t */)) return;
  NAMED.lastIndex = pos;
  const m = NAMED.exec(text);
  if (m) {
    const [all, digits, scale, qualifier, word] = m;
    let amount = scaledValue(digits, scale);
    if (/^(?:cents?|pence)$/i.test(word)) amount = Number(`${amount}e-2`);
    out.push({ start: pos, end: pos + all.length, value: { kind: 'money', amount, currency: namedCurrency(word, qualifier) }, type: 'money' });
  }
}
