import type { OrgUnit } from '@thidua/shared';
import { Empty, Flex, List, Spin, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ancestorNames } from '../lib/tree.ts';
import { KindTag } from './KindTag.tsx';

export interface OrgSearchResultsProps {
  results: OrgUnit[];
  index: Map<number, OrgUnit>;
  loading: boolean;
  selectedId: number | null;
  onSelect: (unit: OrgUnit) => void;
}

/** Matches of a search, each with the chain of units it belongs to. */
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
        <List
          dataSource={results}
          style={{ maxHeight: 620, overflow: 'auto' }}
          renderItem={(u) => {
            const chain = ancestorNames(u, index).join(' › ');
            const selected = u.id === selectedId;
            return (
              <List.Item
                key={u.id}
                onClick={() => onSelect(u)}
                style={{
                  cursor: 'pointer',
                  paddingInline: 10,
                  borderRadius: token.borderRadius,
                  background: selected ? token.colorPrimaryBg : undefined,
                  boxShadow: selected ? `inset 3px 0 0 ${token.colorPrimary}` : undefined,
                }}
              >
                <Flex
                  vertical
                  gap={2}
                  role="button"
                  tabIndex={0}
                  aria-pressed={selected}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onSelect(u);
                    }
                  }}
                  style={{ width: '100%', outlineOffset: 2 }}
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
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {u.code}
                    {chain && ` · ${chain}`}
                  </Typography.Text>
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </>
  );
}
