import type { PublicDisclosure } from '@thidua/shared';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api.ts';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { useSendObjection } from '../hooks/usePublicDisclosures.ts';

interface Values {
  nominationId?: number;
  content?: string;
  contact?: string;
}

/** A nominee chosen from the list; `n` changes on every click so the same one can be picked twice. */
export interface NomineePick {
  id: number;
  n: number;
}

/**
 * The public comment form: which nominee, what (≥ 20 characters), and an optional contact. After sending it shows
 * the office's acknowledgement; a closed period and too many comments read as plain Vietnamese sentences.
 */
export function ObjectionForm({
  disclosure,
  pick,
}: {
  disclosure: PublicDisclosure;
  pick: NomineePick | null;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const send = useSendObjection(disclosure.id);
  const [sent, setSent] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!pick) return;
    setSent(null);
    form.setFieldValue('nominationId', pick.id);
    const content = document.getElementById('objection_content');
    content?.scrollIntoView({ block: 'center' });
    content?.focus({ preventScroll: true });
  }, [pick, form]);

  const submit = (v: Values) => {
    setProblem(null);
    const contact = v.contact?.trim();
    send.mutate(
      { nominationId: v.nominationId ?? 0, content: v.content ?? '', contact: contact || null },
      {
        onSuccess: (receipt) => {
          setSent(receipt.message);
          // Another comment is often about the same nominee: keep the choice (and the contact), clear the text.
          form.setFieldValue('content', '');
        },
        onError: (e) => {
          if (isApiError(e) && e.status === 409) setProblem(t('disclosure.form.closed'));
          else if (isApiError(e) && e.status === 429) setProblem(t('disclosure.form.tooMany'));
          else if (!applyServerErrors(form, e)) setProblem(errorMessage(e));
        },
      },
    );
  };

  if (sent)
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('disclosure.form.sentTitle')}
        description={sent}
        action={<Button onClick={() => setSent(null)}>{t('disclosure.form.sendAnother')}</Button>}
      />
    );

  return (
    <Form<Values> form={form} name="objection" layout="vertical" onFinish={submit}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="nominationId"
        label={t('disclosure.form.nominee')}
        rules={[{ required: true, message: t('disclosure.form.nomineeRequired') }]}
      >
        <Select<number>
          placeholder={t('disclosure.form.nomineePlaceholder')}
          options={disclosure.items.map((n) => ({
            value: n.nominationId,
            label: `${n.name} – ${n.awardName}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('disclosure.form.content')}
        extra={t('disclosure.form.contentHelp')}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              (v ?? '').trim().length >= 20
                ? Promise.resolve()
                : Promise.reject(new Error(t('disclosure.form.contentTooShort'))),
          },
        ]}
        required
      >
        <Input.TextArea rows={5} maxLength={4000} placeholder={t('disclosure.form.contentPlaceholder')} />
      </Form.Item>
      <Form.Item name="contact" label={t('disclosure.form.contact')} extra={t('disclosure.form.contactNote')}>
        <Input maxLength={200} autoComplete="off" placeholder={t('disclosure.form.contactPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={send.isPending}>
        {t('disclosure.form.send')}
      </Button>
    </Form>
  );
}
