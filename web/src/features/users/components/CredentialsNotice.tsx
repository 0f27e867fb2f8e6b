import { Descriptions, Typography } from 'antd';
import i18n from '../../../app/i18n.ts';

/** Content of the "account ready" dialog: the username and the temporary password, both copyable. */
export function credentialsContent(username: string, password: string, hint: string) {
  return (
    <>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'u',
            label: i18n.t('users.username'),
            children: <Typography.Text copyable>{username}</Typography.Text>,
          },
          {
            key: 'p',
            label: i18n.t('users.newPassword'),
            children: (
              <Typography.Text code copyable>
                {password}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}
