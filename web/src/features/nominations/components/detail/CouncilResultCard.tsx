import type { Nomination } from '@thidua/shared';
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The council's result in words ("7/9 phiếu đồng ý = 77,8 % ≥ 70 % → đề nghị khen thưởng") and its session. */
export function CouncilResultCard({ result }: { result: NonNullable<Nomination['councilResult']> }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('nominations.detail.councilResult')}
      extra={
        result.approved !== null && (
          <Tag color={result.approved ? 'success' : 'error'}>
            {t(result.approved ? 'nominations.detail.councilYes' : 'nominations.detail.councilNo')}
          </Tag>
        )
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="council-result">
        {result.text}
      </Typography.Paragraph>
      <Link to={`/khen-thuong/hoi-dong/${result.sessionId}`}>{t('nominations.detail.councilSession')}</Link>
    </Card>
  );
}
