import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Lang, setLang, useLang } from '../i18n.ts';

/** VI / EN switch; the choice is remembered on this computer. */
export function LanguageSwitch() {
  const lang = useLang();
  const { t } = useTranslation();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('common.language')}
      value={lang}
      onChange={(v) => setLang(v)}
      options={[
        { label: 'VI', value: 'vi', title: 'Tiếng Việt' },
        { label: 'EN', value: 'en', title: 'English' },
      ]}
    />
  );
}
