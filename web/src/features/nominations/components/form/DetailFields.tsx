import { type AdvancedExample, type Indicator, matchesSearch, RATINGS, type Rating } from '@thidua/shared';
import { Checkbox, Col, Form, type FormInstance, Input, InputNumber, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRewardLabels } from '../../lib/labels.ts';
import type { NominationFormValues } from './values.ts';

/** The collective's own facts the rules read: its rating for the year, members and members holding a title. */
function CollectiveFacts({ year }: { year: string }) {
  const { t } = useTranslation();
  const labels = useRewardLabels();
  return (
    <>
      <Form.Item name="rating" label={t('nominations.form.collectiveRating', { year })}>
        <Select<Rating>
          allowClear
          placeholder={t('nominations.form.ratingPlaceholder')}
          options={RATINGS.map((r) => ({ value: r, label: labels.rating(r) }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="members" label={t('nominations.form.members')}>
            <InputNumber<number> min={1} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="titledMembers"
            label={t('nominations.form.titledMembers')}
            dependencies={['members']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, value: number | null | undefined) => {
                  const m = getFieldValue('members') as number | null | undefined;
                  if (value != null && m != null && value > m)
                    throw new Error(t('nominations.form.titledTooMany'));
                },
              }),
            ]}
          >
            <InputNumber<number> min={0} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="smallCollective"
        valuePropName="checked"
        extra={t('nominations.form.smallCollectiveHelp')}
      >
        <Checkbox>{t('nominations.form.smallCollective')}</Checkbox>
      </Form.Item>
    </>
  );
}

/**
 * What the nominee achieved (the summary the council and the public read), the campaign indicators it rests on,
 * a cited advanced example, and the flags the plan asks to report (direct workers, small collectives).
 */
export function DetailFields({
  form,
  year,
  indicators,
  assignedTo,
  examples,
}: {
  form: FormInstance<NominationFormValues>;
  year: string;
  indicators: Indicator[];
  /** The proposing unit: its own indicators are listed first. */
  assignedTo?: number;
  examples: AdvancedExample[] | undefined;
}) {
  const { t } = useTranslation();
  const subject = Form.useWatch('subject', form);
  const indicatorOptions = useMemo(() => {
    const opt = (i: Indicator) => ({ value: i.id, label: `${i.code} · ${i.name}` });
    const own = indicators.filter((i) => assignedTo !== undefined && i.assignedUnitIds.includes(assignedTo));
    const rest = indicators.filter((i) => !own.includes(i));
    if (!own.length) return rest.map(opt);
    return [
      { label: t('nominations.form.indicatorsOwn'), options: own.map(opt) },
      { label: t('nominations.form.indicatorsOther'), options: rest.map(opt) },
    ];
  }, [indicators, assignedTo, t]);

  return (
    <>
      {subject === 'collective' && <CollectiveFacts year={year} />}
      {subject === 'individual' && (
        <Form.Item name="directWorker" valuePropName="checked" extra={t('nominations.form.directWorkerHelp')}>
          <Checkbox>{t('nominations.form.directWorker')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item
        name="achievement"
        label={t('nominations.form.achievement')}
        extra={t('nominations.form.achievementHelp')}
        rules={[
          { required: true, whitespace: true, message: t('nominations.form.achievementRequired') },
          { min: 20, message: t('nominations.form.achievementShort') },
        ]}
      >
        <Input.TextArea
          rows={5}
          maxLength={5000}
          showCount
          placeholder={t('nominations.form.achievementPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="indicatorIds"
        label={t('nominations.form.indicators')}
        extra={t('nominations.form.indicatorsHelp')}
      >
        <Select<number[]>
          mode="multiple"
          allowClear
          placeholder={t('nominations.form.indicatorsPlaceholder')}
          showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input) }}
          options={indicatorOptions}
          maxTagCount="responsive"
        />
      </Form.Item>
      <Form.Item
        name="exampleId"
        label={t('nominations.form.example')}
        extra={
          examples === undefined
            ? t('nominations.form.exampleUnavailable')
            : t('nominations.form.exampleHelp')
        }
      >
        <Select<number>
          allowClear
          disabled={!examples?.length}
          placeholder={
            examples?.length ? t('nominations.form.examplePlaceholder') : t('nominations.form.exampleNone')
          }
          showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input) }}
          options={(examples ?? []).map((e) => ({ value: e.id, label: `${e.title} (${e.unitName})` }))}
        />
      </Form.Item>
    </>
  );
}
