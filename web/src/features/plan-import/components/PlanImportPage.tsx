import { ArrowLeftOutlined } from '@ant-design/icons';
import type { PlanImportResult } from '@thidua/shared';
import { Button, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { Forbidden } from '../../../app/components/QueryError.tsx';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { ReviewStep } from './ReviewStep.tsx';
import { UploadStep } from './UploadStep.tsx';
import './plan-import.css';

/** /dot-thi-dua/nhap: read a plan document into a draft, review it beside the text, create the campaign. */
export default function PlanImportPage() {
  const { t } = useTranslation();
  const perms = usePermissions();
  const [result, setResult] = useState<PlanImportResult | null>(null);
  if (!perms.canCreateCampaign) return <Forbidden />;
  return (
    <>
      <PageHeader
        title={t('planImport.title')}
        subtitle={t('planImport.subtitle')}
        extra={
          <Link to="/dot-thi-dua">
            <Button icon={<ArrowLeftOutlined />}>{t('campaigns.backToList')}</Button>
          </Link>
        }
      />
      <Steps
        size="small"
        current={result ? 1 : 0}
        style={{ maxWidth: 720, marginBottom: 16 }}
        items={[
          { title: t('planImport.stepRead') },
          { title: t('planImport.stepReview') },
          { title: t('planImport.stepCreate') },
        ]}
      />
      {result ? (
        <ReviewStep key={result.source.text.length} result={result} onBack={() => setResult(null)} />
      ) : (
        <UploadStep onRead={setResult} />
      )}
    </>
  );
}
