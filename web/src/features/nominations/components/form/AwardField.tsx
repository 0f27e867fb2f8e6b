import {
  type AwardCriterion,
  type AwardType,
  checkEligibility,
  formatNumber,
  type Nomination,
  type Person,
} from '@thidua/shared';
import { Alert, Flex, Form, type FormInstance, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CriteriaList } from '../CriteriaList.tsx';
import type { NominationFormValues } from './values.ts';

/** A live (not yet nominated elsewhere in the campaign) nomination of the same nominee, other than this one. */
function alreadyNominated(list: Nomination[], v: NominationFormValues, selfId?: number) {
  return list.some(
    (n) =>
      n.id !== selfId &&
      n.subject === v.subject &&
      !['withdrawn', 'not_approved'].includes(n.status) &&
      (v.subject === 'collective' ? n.nomineeUnitId === v.nomineeUnitId : n.personId === v.personId),
  );
}

/** "× 0,3 mức lương cơ sở · Chủ tịch UBND phường quyết định", the legal basis, then the criteria checked now. */
function AwardInfo({
  award,
  results,
}: {
  award: AwardType;
  results: Nomination['eligibility']['results'] | null;
}) {
  const { t } = useTranslation();
  return (
    <div
      style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 8, padding: 12 }}
      data-testid="award-info"
    >
      <Flex gap={16} wrap style={{ marginBottom: 6 }}>
        {award.cashMultiplier !== null && (
          <Typography.Text>
            {t('nominations.form.cash')}: <strong>× {formatNumber(award.cashMultiplier)}</strong>{' '}
            {t('nominations.form.baseSalary')}
          </Typography.Text>
        )}
        <Typography.Text>
          {t('nominations.form.authority')}: <strong>{award.authorityLabel}</strong>
        </Typography.Text>
      </Flex>
      {award.authority === 'city' && (
        <Alert type="info" showIcon title={t('nominations.form.cityAward')} style={{ margin: '6px 0' }} />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 8 }}>
        {t('nominations.form.legalBasis')}: {award.legalBasis}
      </Typography.Text>
      <Typography.Text strong>{t('nominations.form.criteria')}</Typography.Text>
      {results ? (
        <CriteriaList results={results} />
      ) : (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {award.criteria.map((c) => (
            <li key={c.code}>{c.label}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The award (only forms in force for the chosen subject) with its criteria, cash multiple and authority; once the
 * nominee is known the criteria are checked as the server will check them, so a refusal is no surprise.
 */
export function AwardField({
  form,
  awards,
  persons,
  year,
  nominations,
  self,
}: {
  form: FormInstance<NominationFormValues>;
  awards: AwardType[];
  persons: Person[];
  year: string;
  nominations: Nomination[];
  self?: Nomination;
}) {
  const { t } = useTranslation();
  const v = Form.useWatch([], form) as NominationFormValues | undefined;
  const subject = v?.subject;
  const options = awards.filter((a) => a.inForce && a.subject === subject);
  const award = awards.find((a) => a.id === v?.awardTypeId);
  const results = useMemo(() => {
    if (!award || !v) return null;
    const person = persons.find((p) => p.id === v.personId);
    const chosen = v.subject === 'collective' ? Boolean(v.nomineeUnitId) : Boolean(person);
    if (!chosen) return null;
    // The catalogue's criteria are the shared rule shapes (the API types them loosely).
    return checkEligibility(award.criteria as AwardCriterion[], {
      rating: person ? (person.ratings[year] ?? null) : (v.rating ?? null),
      underDiscipline: person?.underDiscipline ?? false,
      alreadyNominated: alreadyNominated(nominations, v, self?.id),
      members: v.members,
      titledMembers: v.titledMembers,
      checked: self?.checklist ?? {},
    }).results;
  }, [award, v, persons, year, nominations, self]);

  return (
    <>
      <Form.Item
        name="awardTypeId"
        label={t('nominations.form.award')}
        rules={[{ required: true, message: t('nominations.form.awardRequired') }]}
      >
        <Select<number>
          placeholder={subject ? t('nominations.form.awardPlaceholder') : t('nominations.form.subjectFirst')}
          disabled={!subject}
          options={options.map((a) => ({ value: a.id, label: a.name }))}
        />
      </Form.Item>
      {award && (
        <div style={{ marginTop: -8, marginBottom: 20 }}>
          <AwardInfo award={award} results={results} />
        </div>
      )}
    </>
  );
}
