import { PSEUDO_LOCALE, pseudoLocalize } from '@tactful/i18n';

/**
 * What the user was doing, as an app would label it in each language: `{{intent}}` is the app's text,
 * written in the grammatical form each language's copy expects (see `locales/README.md`, "Intent labels").
 * The short ones are the README's own examples.
 */
const SHORT: Readonly<Record<string, string>> = {
  en: 'summarizing 40 contracts',
  es: 'resumir 40 contratos',
  ar: 'تلخيص 40 عقدًا',
  fr: 'la synthèse de 40 contrats',
  de: 'die Zusammenfassung von 40 Verträgen',
  it: 'riassumere 40 contratti',
  nl: 'het samenvatten van 40 contracten',
  ja: '40件の契約書の要約',
  ko: '계약서 40건 요약',
  'zh-CN': '总结 40 份合同',
  hi: '40 अनुबंधों का सारांश बनाने',
  'pt-BR': 'resumir 40 contratos',
  pl: 'podsumować 40 umów',
  tr: '40 sözleşmeyi özetleme',
  he: 'לסכם 40 חוזים',
};

/** Labels far longer than any app should write, to see every message wrap without clipping. */
const LONG: Readonly<Record<string, string>> = {
  en: 'summarizing the 40 supplier contracts uploaded this morning, including every amendment, annex and signature page',
  es: 'resumir los 40 contratos de proveedores subidos esta mañana, con todas sus enmiendas, anexos y páginas de firma',
  ar: 'تلخيص عقود الموردين الأربعين التي رُفعت هذا الصباح، بما فيها كل التعديلات والملاحق وصفحات التوقيع',
  fr: 'la synthèse des 40 contrats fournisseurs importés ce matin, avec leurs avenants, annexes et pages de signature',
  de: 'die Zusammenfassung der 40 heute Morgen hochgeladenen Lieferantenverträge mit allen Nachträgen, Anhängen und Unterschriftsseiten',
  it: 'riassumere i 40 contratti dei fornitori caricati stamattina, con tutte le modifiche, gli allegati e le pagine delle firme',
  nl: "het samenvatten van de 40 leverancierscontracten die vanochtend zijn geüpload, inclusief alle wijzigingen, bijlagen en handtekeningpagina's",
  ja: '今朝アップロードされた仕入先との契約書40件（すべての修正契約書、別紙、署名ページを含む）の要約',
  ko: '오늘 아침 업로드한 공급업체 계약서 40건과 모든 수정 계약서, 부속서, 서명 페이지 요약',
  'zh-CN': '总结今天上午上传的 40 份供应商合同，包括所有修订、附件和签字页',
  hi: 'आज सुबह अपलोड किए गए 40 सप्लायर अनुबंधों का, सभी संशोधनों, अनुलग्नकों और हस्ताक्षर पृष्ठों समेत, सारांश बनाने',
  'pt-BR':
    'resumir os 40 contratos de fornecedores enviados hoje de manhã, com todos os aditivos, anexos e páginas de assinatura',
  pl: 'podsumować 40 umów z dostawcami przesłanych dziś rano, wraz ze wszystkimi aneksami, załącznikami i stronami z podpisami',
  tr: 'bu sabah yüklenen 40 tedarikçi sözleşmesini tüm değişiklikleri, ekleri ve imza sayfalarıyla birlikte özetleme',
  he: 'לסכם את 40 חוזי הספקים שהועלו הבוקר, כולל כל התיקונים, הנספחים ודפי החתימה',
};

/** `{{fallback}}`: the app's alternative, as each language's `fallback.offer` expects it. */
const FALLBACK: Readonly<Record<string, string>> = {
  en: 'the basic model',
  es: 'el modelo básico',
  ar: 'النموذج الأساسي',
  fr: 'le modèle de base',
  de: 'das Basismodell',
  it: 'il modello base',
  nl: 'het basismodel',
  ja: '基本モデル',
  ko: '기본 모델',
  'zh-CN': '基础模型',
  hi: 'बेसिक मॉडल',
  'pt-BR': 'o modelo básico',
  pl: 'podstawowy model',
  tr: 'temel model',
  he: 'המודל הבסיסי',
};

/** One numbered task of the simulated app ("summarizing contract 3"), in each language's label form. */
const TASK: Readonly<Record<string, (n: number) => string>> = {
  en: (n) => `summarizing contract ${n}`,
  es: (n) => `resumir el contrato ${n}`,
  ar: (n) => `تلخيص العقد ${n}`,
  fr: (n) => `la synthèse du contrat ${n}`,
  de: (n) => `die Zusammenfassung von Vertrag ${n}`,
  it: (n) => `riassumere il contratto ${n}`,
  nl: (n) => `het samenvatten van contract ${n}`,
  ja: (n) => `契約書${n}の要約`,
  ko: (n) => `계약서 ${n} 요약`,
  'zh-CN': (n) => `总结合同 ${n}`,
  hi: (n) => `अनुबंध ${n} का सारांश बनाने`,
  'pt-BR': (n) => `resumir o contrato ${n}`,
  pl: (n) => `podsumować umowę ${n}`,
  tr: (n) => `${n} numaralı sözleşmeyi özetleme`,
  he: (n) => `לסכם את חוזה ${n}`,
};

/**
 * The app's text in `locale`. The pseudo-locale gets the English text pseudo-localized, as an app's own
 * English copy is when it passes through `createTactfulI18n({ lng: 'en-XA' })`.
 */
function inLocale<T>(table: Readonly<Record<string, T>>, locale: string, pseudo: (value: T) => T): T {
  if (locale === PSEUDO_LOCALE) return pseudo(table.en as T);
  return table[locale] ?? (table.en as T);
}

export type LabelLength = 'short' | 'long' | 'none';

export function intentLabel(locale: string, length: 'short' | 'long'): string;
export function intentLabel(locale: string, length: LabelLength): string | undefined;
export function intentLabel(locale: string, length: LabelLength): string | undefined {
  if (length === 'none') return undefined;
  return inLocale(length === 'long' ? LONG : SHORT, locale, pseudoLocalize);
}

export const fallbackLabel = (locale: string): string => inLocale(FALLBACK, locale, pseudoLocalize);

export const taskLabel = (locale: string, n: number): string =>
  inLocale(TASK, locale, (task) => (k: number) => pseudoLocalize(task(k)))(n);
