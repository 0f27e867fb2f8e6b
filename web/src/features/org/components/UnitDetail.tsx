import {
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  StopOutlined,
  SwapOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { formatDateTime, formatNumber, type OrgUnit } from '@thidua/shared';
import { Button, Card, Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ancestorNames } from '../lib/tree.ts';
import { KindTag } from './KindTag.tsx';

export type UnitAction = 'addChild' | 'edit' | 'move' | 'deactivate' | 'reactivate' | 'delete';

export interface UnitDetailProps {
  unit: OrgUnit;
  index: Map<number, OrgUnit>;
  childCount: number;
  canEdit: boolean;
  onAction: (action: UnitAction) => void;
}

/** Everything about one unit, with the actions the user may take on it. */
export function UnitDetail({ unit, index, childCount, canEdit, onAction }: UnitDetailProps) {
  const { t } = useTranslation();
  const chain = ancestorNames(unit, index);
  const isRoot = unit.parentId === null;
  return (
    <Card
      title={
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {unit.name}
          </Typography.Title>
          <KindTag kind={unit.kind} />
        </Flex>
      }
      extra={
        unit.isActive ? (
          <Tag color="success">{t('common.active')}</Tag>
        ) : (
          <Tag color="default">{t('common.inactive')}</Tag>
        )
      }
    >
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 160 } }}
        items={[
          {
            key: 'code',
            label: t('org.code'),
            children: (
              <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                {unit.code}
              </Typography.Text>
            ),
          },
          {
            key: 'path',
            label: t('org.path'),
            children: isRoot ? t('org.rootUnit') : chain.join(' › ') || t('common.none'),
          },
          {
            key: 'children',
            label: t('org.children'),
            children: t('org.childrenCount', { count: childCount, formatted: formatNumber(childCount) }),
          },
          { key: 'sort', label: t('org.sortOrder'), children: formatNumber(unit.sortOrder) },
          { key: 'created', label: t('org.createdAt'), children: formatDateTime(unit.createdAt) },
          { key: 'updated', label: t('org.updatedAt'), children: formatDateTime(unit.updatedAt) },
        ]}
      />
      {canEdit ? (
        <Flex gap={8} wrap style={{ marginTop: 20 }}>
          <Tooltip title={unit.isActive ? undefined : t('common.inactive')}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!unit.isActive}
              onClick={() => onAction('addChild')}
            >
              {t('org.addChild')}
            </Button>
          </Tooltip>
          <Button icon={<EditOutlined />} onClick={() => onAction('edit')}>
            {t('common.edit')}
          </Button>
          {!isRoot && (
            <Button icon={<SwapOutlined />} onClick={() => onAction('move')}>
              {t('org.move')}
            </Button>
          )}
          {!isRoot &&
            (unit.isActive ? (
              <Button icon={<StopOutlined />} onClick={() => onAction('deactivate')}>
                {t('org.deactivate')}
              </Button>
            ) : (
              <Button icon={<UndoOutlined />} onClick={() => onAction('reactivate')}>
                {t('org.reactivate')}
              </Button>
            ))}
          {!isRoot && (
            <Button danger icon={<DeleteOutlined />} onClick={() => onAction('delete')}>
              {t('common.delete')}
            </Button>
          )}
        </Flex>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('org.readOnly')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
