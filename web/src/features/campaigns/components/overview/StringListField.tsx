import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** An ordered list of lines (legal bases, recipients): add, remove, move up and down. */
export function StringListField({
  name,
  addLabel,
  itemLabel,
  rows = 1,
  max,
}: {
  name: string;
  addLabel: string;
  /** Accessible name of each line, e.g. "Căn cứ 2". */
  itemLabel: (n: number) => string;
  rows?: number;
  max: number;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={8} style={{ marginBottom: 24 }}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={6} align="flex-start">
              <span style={{ width: 24, paddingTop: 5, textAlign: 'right', color: 'rgba(0,0,0,0.45)' }}>
                {index + 1}.
              </span>
              <Form.Item
                name={field.name}
                style={{ flex: 1, marginBottom: 0 }}
                rules={[{ required: true, whitespace: true, message: t('campaigns.lineRequired') }]}
              >
                {rows > 1 ? (
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: rows }}
                    aria-label={itemLabel(index + 1)}
                  />
                ) : (
                  <Input aria-label={itemLabel(index + 1)} maxLength={max} />
                )}
              </Form.Item>
              <Tooltip title={t('campaigns.moveUp')}>
                <Button
                  icon={<ArrowUpOutlined />}
                  aria-label={`${t('campaigns.moveUp')}: ${itemLabel(index + 1)}`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                />
              </Tooltip>
              <Tooltip title={t('campaigns.moveDown')}>
                <Button
                  icon={<ArrowDownOutlined />}
                  aria-label={`${t('campaigns.moveDown')}: ${itemLabel(index + 1)}`}
                  disabled={index === fields.length - 1}
                  onClick={() => move(index, index + 1)}
                />
              </Tooltip>
              <Tooltip title={t('common.delete')}>
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${t('common.delete')}: ${itemLabel(index + 1)}`}
                  onClick={() => remove(index)}
                />
              </Tooltip>
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add('')}
            style={{ alignSelf: 'flex-start' }}
          >
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
