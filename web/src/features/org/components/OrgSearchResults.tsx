import type { OrgUnit } from '@thidua/shared';
import { Empty, Flex, Spin, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { SELECTED_BG } from '../../../app/theme.ts';
import { ancestorNames } from '../lib/tree.ts';
import { KindTag } from './KindTag.tsx';

export interface OrgSearchResultsProps {
  results: OrgUnit[];
  index: Map<number, OrgUnit>;
  loading: boolean;
  selectedId: number | null;
  onSelect: (unit: OrgUnit) => void;
}

/** Matches of a search, each with its code and the chain of units it belongs to. */
export function OrgSearchResults({ results, index, loading, selectedId, onSelect }: OrgSearchResultsProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <>
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" aria-live="polite">
          {t('org.results', { count: results.length })}
        </Typography.Text>
        {loading && <Spin size="small" />}
      </Flex>
      {results.length === 0 && !loading ? (
        <Empty description={t('org.noResults')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 620, overflow: 'auto' }}>
          {results.map((u) => {
            const chain = ancestorNames(u, index).join(' › ');
            const selected = u.id === selectedId;
            return (
              <li key={u.id} style={{ borderBottom: `1px solid ${token.colorSplit}` }}>
                <button
                  type="button"
                  aria-pressed={selected}
                  onClick={() => onSelect(u)}
                  style={{
                    display: 'block',
                    width: '100%',
                    textAlign: 'start',
                    cursor: 'pointer',
                    border: 0,
                    font: 'inherit',
                    padding: '10px 10px',
                    margin: '2px 0',
                    borderRadius: token.borderRadius,
                    background: selected ? SELECTED_BG : 'transparent',
                    boxShadow: selected ? `inset 3px 0 0 ${token.colorPrimary}` : undefined,
                  }}
                >
                  <Flex align="center" gap={8} wrap>
                    <Typography.Text strong className={u.isActive ? undefined : 'unit-inactive'}>
                      {u.name}
                    </Typography.Text>
                    <KindTag kind={u.kind} />
                    {!u.isActive && (
                      <Typography.Text type="secondary">({t('common.inactive')})</Typography.Text>
                    )}
                  </Flex>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 2 }}>
                    {u.code}
                    {chain && ` · ${chain}`}
                  </Typography.Text>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
