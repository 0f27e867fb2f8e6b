import {
  type DocumentCatalogue,
  type DocumentParamName,
  type DocumentParams,
  matchesSearch,
} from '@thidua/shared';
import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CatalogueKind, optionsFor } from '../lib/params.ts';

const BASIS: Record<DocumentParamName, string> = {
  periodId: '1 1 200px',
  unitId: '2 1 260px',
  sessionId: '2 1 300px',
  decisionId: '2 1 320px',
};

/** Which text names a parameter; the decision picker of a proposal reads "Tờ trình". */
export const paramKey = (kind: CatalogueKind['kind'], name: DocumentParamName) =>
  name === 'decisionId' && kind === 'proposal' ? ('proposal' as const) : name;

/**
 * The pickers the chosen kind needs (period, unit, council session, decision), each searchable without accents;
 * the choice goes into the address.
 */
export function ParamPickers({
  catalogue,
  kind,
  params,
  loading,
  onChange,
}: {
  catalogue: DocumentCatalogue;
  kind: CatalogueKind;
  params: DocumentParams;
  loading: boolean;
  onChange: (name: DocumentParamName, value: string) => void;
}) {
  const { t } = useTranslation();
  if (kind.params.length === 0) return null;
  return (
    <Flex gap={12} wrap align="flex-end">
      {kind.params.map((name) => {
        const key = paramKey(kind.kind, name);
        const label = t(`documents.params.${key}`);
        const options = optionsFor(catalogue, kind.kind, name).map((o) => ({
          value: String(o.value),
          label: o.label,
        }));
        const empty = t(`documents.noOptions.${key}`);
        return (
          <Flex key={name} vertical gap={4} style={{ flex: BASIS[name], minWidth: 0 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {label}
            </Typography.Text>
            <Select<string>
              aria-label={label}
              value={params[name] === undefined ? undefined : String(params[name])}
              placeholder={options.length ? t('documents.choose') : empty}
              disabled={options.length === 0}
              loading={loading}
              onChange={(v) => onChange(name, v)}
              showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input) }}
              options={options}
              style={{ width: '100%' }}
            />
          </Flex>
        );
      })}
    </Flex>
  );
}
