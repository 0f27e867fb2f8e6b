import type { Report } from '@thidua/shared';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { blockerTarget, focusCell } from '../lib/entry.ts';

/** What still blocks submission, each with a link that takes the keyboard to the field. */
export function BlockersAlert({ report, dirty }: { report: Report; dirty: boolean }) {
  const { t } = useTranslation();
  if (report.blockers.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('reports.blockersTitle', { count: report.blockers.length })}
      description={
        <>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {report.blockers.map((b) => {
              const target = blockerTarget(b.path, report.rows);
              return (
                <li key={`${b.path}:${b.message}`}>
                  {target ? (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                      onClick={() => focusCell(target.row.indicator.id, target.field)}
                    >
                      {b.message.startsWith(target.row.indicator.code)
                        ? b.message
                        : `${target.row.indicator.code}: ${b.message}`}
                    </Button>
                  ) : (
                    b.message
                  )}
                </li>
              );
            })}
          </ul>
          {dirty && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('reports.blockersUnsaved')}
            </Typography.Text>
          )}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
