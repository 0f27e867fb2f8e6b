import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Grid } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A card holding a chart and the same numbers as a table: "Xem dạng bảng" switches to the table (for reading
 * exact figures, screen readers and printing), "Xem biểu đồ" back.
 */
export function ChartCard({
  title,
  extra,
  chart,
  table,
  id,
}: {
  title: ReactNode;
  extra?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  id?: string;
}) {
  const { t } = useTranslation();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const [asTable, setAsTable] = useState(false);
  return (
    <Card
      id={id}
      size={size}
      title={title}
      styles={{ header: { flexWrap: 'wrap', rowGap: 8, paddingBlock: 8 }, title: { whiteSpace: 'normal' } }}
      extra={
        <>
          {extra}
          <Button
            size="small"
            icon={asTable ? <BarChartOutlined /> : <TableOutlined />}
            onClick={() => setAsTable((v) => !v)}
            aria-pressed={asTable}
          >
            {asTable ? t('dashboard.showChart') : t('dashboard.showTable')}
          </Button>
        </>
      }
    >
      {asTable ? table : chart}
    </Card>
  );
}
