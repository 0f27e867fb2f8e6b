import { UserAddOutlined, WarningOutlined } from '@ant-design/icons';
import { matchesSearch, type Person } from '@thidua/shared';
import { Button, Flex, Form, type FormInstance, Radio, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../../../org/hooks/useOrgUnits.ts';
import { usePersons } from '../../hooks/useCatalogue.ts';
import type { ProposerUnit } from '../../hooks/useRewardRoles.ts';
import { useRewardLabels } from '../../lib/labels.ts';
import { AddPersonModal } from './AddPersonModal.tsx';
import type { NominationFormValues } from './values.ts';

/** What the rules will read about the chosen person: unit, rating for the year, direct worker, discipline. */
export function PersonFacts({ person, year }: { person: Person; year: string }) {
  const { t } = useTranslation();
  const labels = useRewardLabels();
  const rating = person.ratings[year];
  return (
    <Flex gap={6} wrap align="center" style={{ marginTop: 6 }} data-testid="person-facts">
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {person.unitName}
        {person.position ? ` · ${person.position}` : ''} ·{' '}
        {rating
          ? t('nominations.form.personRating', { year, rating: labels.rating(rating) })
          : t('nominations.form.personNoRating', { year })}
      </Typography.Text>
      {person.directWorker && <Tag color="green">{t('nominations.form.directWorkerTag')}</Tag>}
      {person.underDiscipline && (
        <Tag color="red" icon={<WarningOutlined />}>
          {t('nominations.form.underDisciplineTag')}
        </Tag>
      )}
    </Flex>
  );
}

/**
 * Who proposes and whom: the proposing unit (when the user has several), collective or individual, then the unit
 * or the person (with "Thêm người" for someone not on the list). Fixed once the nomination exists.
 */
export function NomineeFields({
  form,
  proposers,
  persons,
  year,
  locked,
}: {
  form: FormInstance<NominationFormValues>;
  proposers: ProposerUnit[];
  persons: Person[];
  year: string;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const labels = useRewardLabels();
  const [adding, setAdding] = useState(false);
  const subject = Form.useWatch('subject', form);
  // Not a field when the user proposes for one unit only: read it from the form's stored values.
  const proposerUnitId = Form.useWatch('proposerUnitId', { form, preserve: true });
  const personId = Form.useWatch('personId', form);
  const units = useOrgUnits().data;
  const proposer = proposers.find((u) => u.id === proposerUnitId);
  const ownUnits = useMemo(
    () => (proposer ? (units ?? []).filter((u) => u.isActive && u.path.startsWith(proposer.path)) : []),
    [units, proposer],
  );
  const refetch = usePersons(proposer?.id).refetch;
  const person = persons.find((p) => p.id === personId);

  return (
    <>
      {proposers.length > 1 && (
        <Form.Item name="proposerUnitId" label={t('nominations.form.proposer')} rules={[{ required: true }]}>
          <Select
            disabled={locked}
            options={proposers.map((u) => ({ value: u.id, label: u.name }))}
            onChange={() => form.setFieldsValue({ nomineeUnitId: undefined, personId: undefined })}
          />
        </Form.Item>
      )}
      <Form.Item name="subject" label={t('nominations.form.subject')} rules={[{ required: true }]}>
        <Radio.Group
          disabled={locked}
          optionType="button"
          buttonStyle="solid"
          options={(['collective', 'individual'] as const).map((s) => ({
            value: s,
            label: labels.subject(s),
          }))}
          onChange={() => form.setFieldsValue({ awardTypeId: undefined })}
        />
      </Form.Item>
      {subject === 'collective' ? (
        <Form.Item
          name="nomineeUnitId"
          label={t('nominations.form.nomineeUnit')}
          rules={[{ required: true, message: t('nominations.form.nomineeUnitRequired') }]}
        >
          <Select
            disabled={locked}
            placeholder={t('nominations.form.nomineeUnitPlaceholder')}
            options={ownUnits.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      ) : (
        <Form.Item
          label={t('nominations.form.person')}
          required
          extra={person && <PersonFacts person={person} year={year} />}
        >
          <Flex gap={8} wrap>
            <Form.Item
              name="personId"
              noStyle
              rules={[{ required: true, message: t('nominations.form.personRequired') }]}
            >
              <Select<number>
                disabled={locked}
                aria-label={t('nominations.form.person')}
                placeholder={t('nominations.form.personPlaceholder')}
                showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input) }}
                options={persons.map((p) => ({
                  value: p.id,
                  label: p.position ? `${p.fullName} – ${p.position}` : p.fullName,
                }))}
                onChange={(id) =>
                  form.setFieldValue('directWorker', persons.find((p) => p.id === id)?.directWorker ?? false)
                }
                style={{ flex: '1 1 260px', minWidth: 0 }}
              />
            </Form.Item>
            {!locked && (
              <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} disabled={!proposer}>
                {t('nominations.form.addPerson')}
              </Button>
            )}
          </Flex>
        </Form.Item>
      )}
      {adding && (
        <AddPersonModal
          units={ownUnits.length ? ownUnits : proposer ? [proposer] : []}
          year={year}
          onClose={() => setAdding(false)}
          onCreated={async (p) => {
            await refetch();
            form.setFieldsValue({ personId: p.id, directWorker: p.directWorker });
          }}
        />
      )}
    </>
  );
}
