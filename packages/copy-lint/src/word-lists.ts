/**
 * Words the voice rules look for, per language. `banned` words blame, alarm or bury the user in jargon
 * (error, invalid, fatal, failed, oops): an error. `soft` words are apology and pleading (sorry, please):
 * a warning, because a kind sentence rarely needs them, though a translator may judge one right.
 *
 * Entries are regular-expression sources matched case-insensitively. For languages written with spaces they
 * must stand as whole words; `prefixes` lists the clitics a word may carry (Arabic "وال", Hebrew "ה").
 * Japanese, Chinese and Korean are matched anywhere in the text, and their polite imperatives
 * (ください, 请, 주세요) are normal register, not pleading, so they are not listed.
 */
export interface WordList {
  readonly banned: readonly string[];
  readonly soft: readonly string[];
  /** Written without spaces between words: match anywhere. */
  readonly unspaced?: boolean;
  /** Letters that may be attached in front of a word. */
  readonly prefixes?: readonly string[];
}

export const WORD_LISTS: Readonly<Record<string, WordList>> = {
  en: {
    banned: ['errors?', 'invalid', 'illegal', 'fatal', 'failed to', 'oops', 'whoops', 'uh-oh'],
    soft: ['sorry', 'please', 'apologi[sz]e[sd]?', 'apologies', 'unfortunately'],
  },
  es: {
    banned: [
      'error(?:es)?',
      'inv[aá]lid[oa]s?',
      'ilegal(?:es)?',
      'fatal(?:es)?',
      'fall[oó]',
      'fallid[oa]s?',
      'ha fallado',
      'ups',
    ],
    soft: ['lo sentimos', 'lo siento', 'perd[oó]n', 'disculpa[s]?', 'disculpe', 'por favor'],
  },
  fr: {
    banned: [
      'erreurs?',
      'invalides?',
      'ill[eé]gale?s?',
      'fatale?s?',
      '[eé]chec',
      'a [eé]chou[eé]',
      'oups',
      'zut',
    ],
    soft: ['d[eé]sol[eé]e?s?', 'pardon', 'excusez', "s'il vous pla[iî]t", "s'il te pla[iî]t", 'veuillez'],
  },
  de: {
    banned: [
      'fehler[\\p{L}\\p{M}]*',
      'ung[uü]ltig[\\p{L}\\p{M}]*',
      'illegal[\\p{L}\\p{M}]*',
      'unzul[aä]ssig[\\p{L}\\p{M}]*',
      'fatal[\\p{L}\\p{M}]*',
      'fehlgeschlagen',
      'hoppla',
      'ups',
    ],
    soft: ['entschuldigung', 'entschuldigen', 'tut uns leid', 'bitte'],
  },
  pt: {
    banned: ['erros?', 'inv[aá]lid[oa]s?', 'ilega(?:l|is)', 'fata(?:l|is)', 'falh(?:a|ou|as)', 'ops', 'opa'],
    soft: ['desculp[\\p{L}\\p{M}]*', 'sentimos muito', 'lamentamos', 'por favor'],
  },
  it: {
    banned: [
      'error[ei]',
      'non valid[oaie]',
      'invalid[oaie]',
      'illegal[ei]',
      'fatal[ei]',
      'fallit[oaie]',
      'ops',
      'oops',
    ],
    soft: ['scus[ai][\\p{L}\\p{M}]*', 'ci dispiace', 'mi dispiace', 'per favore', 'si prega'],
  },
  nl: {
    banned: ['fout(?:en|melding)?', 'ongeldig[\\p{L}\\p{M}]*', 'illegaal', 'fataal', 'mislukt', 'oeps'],
    soft: ['sorry', 'excuses', 'alsjeblieft', 'alstublieft', 'gelieve'],
  },
  pl: {
    banned: [
      'b[łl][ąę]d[\\p{L}\\p{M}]*',
      'b[łl][eę]d[\\p{L}\\p{M}]*',
      'nieprawid[łl]ow[\\p{L}\\p{M}]*',
      'niepoprawn[\\p{L}\\p{M}]*',
      'nielegaln[\\p{L}\\p{M}]*',
      'krytyczn[\\p{L}\\p{M}]*',
      'nie powiod[łl]o si[ęe]',
      'ups',
    ],
    soft: ['przepraszam[\\p{L}\\p{M}]*', 'prosz[ęe]'],
  },
  tr: {
    banned: [
      'hata[\\p{L}\\p{M}]*',
      'ge[çc]ersiz[\\p{L}\\p{M}]*',
      'yasa d[ıi][şs][ıi]',
      '[öo]l[üu]mc[üu]l',
      'ba[şs]ar[ıi]s[ıi]z[\\p{L}\\p{M}]*',
      'hay aksi',
      'eyvah',
      'hoppala',
    ],
    soft: ['[üu]zg[üu]n[üu]z', '[öo]z[üu]r[\\p{L}\\p{M}]*', 'l[üu]tfen'],
  },
  ja: {
    unspaced: true,
    banned: ['エラー', '無効', '不正', '致命的', '失敗', 'おっと'],
    soft: ['申し訳', 'すみません', 'ごめん'],
  },
  ko: {
    unspaced: true,
    banned: ['오류', '에러', '잘못된', '유효하지 않', '불법', '치명적', '실패'],
    soft: ['죄송', '미안'],
  },
  zh: {
    unspaced: true,
    banned: ['错误', '出错', '无效', '非法', '致命', '失败', '哎呀', '糟糕', '錯誤', '無效', '失敗'],
    soft: ['抱歉', '对不起', '對不起'],
  },
  hi: {
    banned: ['त्रुटि', 'ग़लती', 'गलती', 'अमान्य', 'अवैध', 'घातक', 'विफल', 'असफल', 'उफ़', 'उफ्फ'],
    soft: ['क्षमा', 'माफ़?', 'खेद', 'कृपया'],
  },
  ar: {
    prefixes: ['ال', 'و', 'ف', 'ب', 'ل', 'وال', 'فال', 'بال', 'لل', 'ك'],
    banned: [
      'خطأ[\\p{L}\\p{M}]*',
      'أخطاء[\\p{L}\\p{M}]*',
      'خاطئ[\\p{L}\\p{M}]*',
      'غير صالح[\\p{L}\\p{M}]*',
      'غير صحيح[\\p{L}\\p{M}]*',
      'غير قانوني[\\p{L}\\p{M}]*',
      'فادح[\\p{L}\\p{M}]*',
      'فشل[\\p{L}\\p{M}]*',
      'أوبس',
      'أووبس',
    ],
    soft: [
      'عذرًا',
      'عذرا',
      'عفوًا',
      'عفوا',
      'نعتذر',
      'آسف[\\p{L}\\p{M}]*',
      'نأسف',
      'من فضلك',
      'يرجى',
      'الرجاء',
      'رجاءً',
    ],
  },
  he: {
    prefixes: ['ה', 'ו', 'ב', 'ל', 'מ', 'ש', 'כ', 'וה', 'שה', 'בה', 'לה'],
    banned: [
      'שגיא[\\p{L}\\p{M}]*',
      'לא תקינ?[\\p{L}\\p{M}]*',
      'לא חוקי[\\p{L}\\p{M}]*',
      'פסול[\\p{L}\\p{M}]*',
      'קטלני[\\p{L}\\p{M}]*',
      'נכשל[\\p{L}\\p{M}]*',
      'אופס',
      'אוי',
    ],
    soft: ['סליחה', 'מצטערים', 'מצטער[\\p{L}\\p{M}]*', 'מתנצלים', 'בבקשה', 'נא'],
  },
};

export interface WordMatch {
  readonly word: string;
  readonly soft: boolean;
}

const compiled = new Map<string, { banned: RegExp; soft: RegExp }>();

function compile(list: WordList): { banned: RegExp; soft: RegExp } {
  const build = (words: readonly string[]): RegExp => {
    const alternatives = words.join('|');
    if (list.unspaced) return new RegExp(`(?:${alternatives})`, 'giu');
    const prefix = list.prefixes?.length ? `(?:${list.prefixes.join('|')})?` : '';
    // Trailing marks (Arabic tanween, Hindi nukta) belong to the word.
    return new RegExp(
      `(?<![\\p{L}\\p{M}\\p{N}])${prefix}(?:${alternatives})\\p{M}*(?![\\p{L}\\p{M}\\p{N}])`,
      'giu',
    );
  };
  return { banned: build(list.banned), soft: build(list.soft) };
}

/** The language whose list applies to a tag (`pt-BR` → `pt`, `zh-CN` → `zh`), if there is one. */
export function wordListFor(lng: string): WordList | undefined {
  return WORD_LISTS[baseLanguage(lng)];
}

export function baseLanguage(lng: string): string {
  try {
    return new Intl.Locale(lng).language;
  } catch {
    return lng.split(/[-_]/)[0]?.toLowerCase() ?? lng;
  }
}

/** Banned and soft words of the language's list, and of the English list (borrowed words travel). */
export function findWords(text: string, lng: string): WordMatch[] {
  const lists = new Set<string>(['en', baseLanguage(lng)]);
  const found: WordMatch[] = [];
  for (const code of lists) {
    const list = WORD_LISTS[code];
    if (!list) continue;
    let patterns = compiled.get(code);
    if (!patterns) {
      patterns = compile(list);
      compiled.set(code, patterns);
    }
    for (const match of text.matchAll(patterns.banned)) found.push({ word: match[0], soft: false });
    for (const match of text.matchAll(patterns.soft)) found.push({ word: match[0], soft: true });
  }
  const seen = new Set<string>();
  return found.filter((match) => {
    const id = `${match.soft}:${match.word.toLowerCase()}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
