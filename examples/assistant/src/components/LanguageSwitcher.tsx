import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_NS, LANGUAGES, switchLanguage } from '../i18n';

/** The language menu: each language named in itself; Arabic turns the page right to left. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation(APP_NS);
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        onChange={(event) => void switchLanguage(i18n, event.target.value)}
        value={i18n.resolvedLanguage ?? i18n.language}
      >
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} lang={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
