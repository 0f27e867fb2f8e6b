import type { DocumentKind } from '@thidua/shared';
import { Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueKind } from '../lib/params.ts';

/** The document kinds as a list of cards (desktop): label and hint, disabled with the reason it cannot be made. */
export function KindList({
  kinds,
  value,
  onChange,
}: {
  kinds: CatalogueKind[];
  value: DocumentKind | undefined;
  onChange: (k: DocumentKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="doc-kind-list" aria-label={t('documents.kinds')}>
      {kinds.map((k) => {
        const button = (
          <button
            key={k.kind}
            type="button"
            className="doc-kind"
            aria-current={k.kind === value}
            disabled={!k.available}
            data-kind={k.kind}
            onClick={() => onChange(k.kind)}
          >
            <span className="doc-kind-label">{k.label}</span>
            <span className="doc-kind-hint">
              {k.available ? k.hint : (k.unavailableReason ?? t('documents.unavailable'))}
            </span>
          </button>
        );
        return k.available ? (
          button
        ) : (
          <Tooltip key={k.kind} title={k.hint} placement="right">
            <span style={{ display: 'block' }}>{button}</span>
          </Tooltip>
        );
      })}
    </nav>
  );
}

/** The same choice as a select (phone). */
export function KindSelect({
  kinds,
  value,
  onChange,
}: {
  kinds: CatalogueKind[];
  value: DocumentKind | undefined;
  onChange: (k: DocumentKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select<DocumentKind>
      aria-label={t('documents.kinds')}
      placeholder={t('documents.kindSelect')}
      value={value}
      onChange={onChange}
      style={{ width: '100%' }}
      options={kinds.map((k) => ({
        value: k.kind,
        disabled: !k.available,
        label: k.available ? k.label : `${k.label} — ${k.unavailableReason ?? t('documents.unavailable')}`,
      }))}
    />
  );
}
