import { EditOutlined } from '@ant-design/icons';
import type { Campaign } from '@thidua/shared';
import { Alert, App, Button, Empty, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../../lib/form-errors.ts';
import type { CampaignAccess } from '../../hooks/types.ts';
import { useCampaignMutations } from '../../hooks/useCampaigns.ts';
import { TaskListEditor, type TaskValues } from './TaskListEditor.tsx';
import { TaskView } from './TaskView.tsx';

const clean = (tasks: TaskValues[] = []) =>
  tasks.map((task) => ({
    code: task.code?.trim() ?? '',
    text: task.text?.trim() ?? '',
    citations: (task.citations ?? []).map((ct) => ({
      kind: ct.kind,
      ref: ct.ref?.trim() ?? '',
      title: ct.title?.trim() ?? '',
    })),
  }));

/** "Nhiệm vụ": the plan's tasks and solutions with their citations; edited as one list (add, remove, reorder). */
export function TasksTab({ campaign: c, access }: { campaign: Campaign; access: CampaignAccess }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ tasks: TaskValues[]; changeNote?: string }>();
  const { update } = useCampaignMutations(c.id);
  const [editing, setEditing] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const launched = c.status === 'launched';

  const save = (v: { tasks: TaskValues[]; changeNote?: string }) => {
    setBanner(null);
    const tasks = clean(v.tasks);
    if (JSON.stringify(tasks) === JSON.stringify(c.tasks)) return setEditing(false);
    update.mutate(
      { version: c.version, tasks, ...(launched ? { changeNote: v.changeNote } : {}) },
      {
        onSuccess: () => {
          void message.success(t('tasks.saved'));
          setEditing(false);
        },
        onError: (e) => {
          if (!applyServerErrors(form, e)) setBanner(errorMessage(e, { details: true }));
        },
      },
    );
  };

  if (editing)
    return (
      <Form form={form} layout="vertical" initialValues={{ tasks: c.tasks }} onFinish={save}>
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
        <Typography.Paragraph type="secondary">{t('tasks.editHint')}</Typography.Paragraph>
        <TaskListEditor />
        {launched && (
          <Form.Item
            name="changeNote"
            label={t('campaigns.changeNote')}
            extra={t('campaigns.changeNoteHelp')}
            rules={[{ required: true, whitespace: true, message: t('campaigns.changeNoteRequired') }]}
            style={{ marginTop: 16 }}
          >
            <Input.TextArea rows={2} maxLength={1000} showCount />
          </Form.Item>
        )}
        <Flex gap={8} justify="flex-end" style={{ marginTop: 16 }}>
          <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('tasks.save')}
          </Button>
        </Flex>
      </Form>
    );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Text type="secondary">{t('tasks.intro')}</Typography.Text>
        {access.editable && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('tasks.edit')}
          </Button>
        )}
      </Flex>
      {c.tasks.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('tasks.empty')}
          style={{ margin: '32px 0' }}
        />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {c.tasks.map((task, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: task codes may repeat or be empty; order is identity
            <TaskView key={i} task={task} />
          ))}
        </ul>
      )}
    </>
  );
}
