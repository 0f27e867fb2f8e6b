import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../../app/components/BrandMark.tsx';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch.tsx';

/** The frame of the sign-in and forced password screens: brand, language switch, one centred card. */
export function AuthShell({ children, width = 420 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Flex
      vertical
      align="center"
      style={{
        minHeight: '100vh',
        padding: '48px 16px',
        background: 'linear-gradient(160deg, #0b2a4f 0%, #1456a0 55%, #e9eef6 55.1%, #f3f5f9 100%)',
      }}
    >
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: width }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" gap={6} style={{ margin: '20px 0 24px', color: '#fff' }}>
        <BrandMark size={56} />
        <Typography.Title level={1} style={{ color: '#fff', margin: '8px 0 0', fontSize: 34 }}>
          {t('common.appName')}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', fontSize: 16 }}>
          {t('common.tagline')}
        </Typography.Text>
      </Flex>
      <div style={{ width: '100%', maxWidth: width }}>{children}</div>
    </Flex>
  );
}
