import { type Person, RATINGS, type Rating } from '@thidua/shared';
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../../lib/form-errors.ts';
import { useCreatePerson } from '../../hooks/useCatalogue.ts';
import { useRewardLabels } from '../../lib/labels.ts';

interface Values {
  unitId: number;
  fullName: string;
  position?: string;
  rating?: Rating;
  directWorker: boolean;
  underDiscipline: boolean;
}

/**
 * "Thêm người": a person of the proposing unit (or a unit under it) who is not on the list yet, with their rating
 * for the campaign's year, whether they work directly at the base, and any discipline (the rules read both).
 */
export function AddPersonModal({
  units,
  year,
  onCreated,
  onClose,
}: {
  units: { id: number; name: string }[];
  year: string;
  onCreated: (p: Person) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useRewardLabels();
  const [form] = Form.useForm<Values>();
  const create = useCreatePerson();
  const [banner, setBanner] = useState<string | null>(null);

  const submit = (v: Values) => {
    setBanner(null);
    create.mutate(
      {
        unitId: v.unitId,
        fullName: v.fullName,
        position: v.position ?? '',
        directWorker: v.directWorker,
        underDiscipline: v.underDiscipline,
        ratings: v.rating ? { [year]: v.rating } : {},
      },
      {
        onSuccess: (p) => {
          onCreated(p);
          onClose();
        },
        onError: (e) => {
          if (!applyServerErrors(form, e)) setBanner(errorMessage(e));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('nominations.person.title')}
      okText={t('nominations.person.add')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={520}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ unitId: units[0]?.id, directWorker: false, underDiscipline: false }}
        requiredMark="optional"
      >
        {units.length > 1 && (
          <Form.Item name="unitId" label={t('nominations.person.unit')} rules={[{ required: true }]}>
            <Select options={units.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        )}
        <Form.Item
          name="fullName"
          label={t('nominations.person.fullName')}
          rules={[{ required: true, whitespace: true, message: t('nominations.person.fullNameRequired') }]}
        >
          <Input maxLength={120} autoFocus />
        </Form.Item>
        <Form.Item name="position" label={t('nominations.person.position')}>
          <Input maxLength={120} placeholder={t('nominations.person.positionPlaceholder')} />
        </Form.Item>
        <Form.Item name="rating" label={t('nominations.person.rating', { year })}>
          <Select<Rating>
            allowClear
            placeholder={t('nominations.person.ratingNone')}
            options={RATINGS.map((r) => ({ value: r, label: labels.rating(r) }))}
          />
        </Form.Item>
        <Form.Item name="directWorker" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('nominations.person.directWorker')}</Checkbox>
        </Form.Item>
        <Form.Item name="underDiscipline" valuePropName="checked">
          <Checkbox>{t('nominations.person.underDiscipline')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
