import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { CITATION_KINDS, type CitationKind, useCampaignLabels } from '../../lib/labels.ts';

export interface TaskValues {
  code?: string;
  text?: string;
  citations?: { kind: CitationKind; ref?: string; title?: string }[];
}

/** "4.2" → "4.3"; "" → "1". */
function nextTaskCode(prev: string | undefined): string {
  const m = /^(.*?)(\d+)$/.exec(prev?.trim() ?? '');
  return m ? `${m[1]}${Number(m[2]) + 1}` : '1';
}

function Citations({ taskName, taskLabel }: { taskName: number; taskLabel: string }) {
  const { t } = useTranslation();
  const labels = useCampaignLabels();
  return (
    <Form.List name={[taskName, 'citations']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={6}>
          {fields.map((f, j) => {
            const label = t('tasks.citationN', { task: taskLabel, n: j + 1 });
            return (
              <Flex key={f.key} gap={6} align="flex-start" wrap>
                <Form.Item name={[f.name, 'kind']} style={{ marginBottom: 0, width: 150 }}>
                  <Select
                    aria-label={`${label}: ${t('tasks.citationKind')}`}
                    options={CITATION_KINDS.map((k) => ({ value: k, label: labels.citation(k) }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'ref']} style={{ marginBottom: 0, width: 150 }}>
                  <Input
                    aria-label={`${label}: ${t('tasks.citationRef')}`}
                    placeholder={t('tasks.citationRef')}
                    maxLength={100}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'title']}
                  style={{ marginBottom: 0, flex: 1, minWidth: 220 }}
                  rules={[{ required: true, whitespace: true, message: t('tasks.citationTitleRequired') }]}
                >
                  <Input
                    aria-label={`${label}: ${t('tasks.citationTitle')}`}
                    placeholder={t('tasks.citationTitle')}
                    maxLength={500}
                  />
                </Form.Item>
                <Tooltip title={t('tasks.removeCitation')}>
                  <Button
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('tasks.removeCitation')}: ${label}`}
                    onClick={() => remove(f.name)}
                  />
                </Tooltip>
              </Flex>
            );
          })}
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ kind: 'resolution', ref: '', title: '' })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('tasks.addCitation')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The editable list of tasks: number, text and citations of each; add, remove and move up or down. */
export function TaskListEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List name="tasks">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={12}>
          {fields.map((f, i) => {
            const label = t('tasks.taskN', { n: i + 1 });
            return (
              <Card
                key={f.key}
                size="small"
                title={
                  <Flex gap={8} align="center">
                    <span>{label}</span>
                    <Form.Item name={[f.name, 'code']} style={{ marginBottom: 0, width: 90 }}>
                      <Input
                        aria-label={`${label}: ${t('tasks.code')}`}
                        placeholder={t('tasks.code')}
                        maxLength={20}
                      />
                    </Form.Item>
                  </Flex>
                }
                extra={
                  <Flex gap={4}>
                    <Tooltip title={t('campaigns.moveUp')}>
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        aria-label={`${t('campaigns.moveUp')}: ${label}`}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1)}
                      />
                    </Tooltip>
                    <Tooltip title={t('campaigns.moveDown')}>
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        aria-label={`${t('campaigns.moveDown')}: ${label}`}
                        disabled={i === fields.length - 1}
                        onClick={() => move(i, i + 1)}
                      />
                    </Tooltip>
                    <Tooltip title={t('tasks.remove')}>
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`${t('tasks.remove')}: ${label}`}
                        onClick={() => remove(i)}
                      />
                    </Tooltip>
                  </Flex>
                }
              >
                <Form.Item
                  name={[f.name, 'text']}
                  rules={[{ required: true, whitespace: true, message: t('tasks.textRequired') }]}
                  style={{ marginBottom: 10 }}
                >
                  <Input.TextArea
                    aria-label={`${label}: ${t('tasks.text')}`}
                    autoSize={{ minRows: 2, maxRows: 10 }}
                    maxLength={5000}
                  />
                </Form.Item>
                <Citations taskName={f.name} taskLabel={label} />
              </Card>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              const tasks = (form.getFieldValue('tasks') ?? []) as TaskValues[];
              add({ code: nextTaskCode(tasks.at(-1)?.code), text: '', citations: [] });
            }}
          >
            {t('tasks.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
