import type { ThemeConfig } from 'antd';

/** Calm civil-service look: deep blue for actions, the national red only as an accent. */
export const BRAND_RED = '#b8232f';
export const SIDER_BG = '#0b2a4f';
/** Background of the selected row/node (the derived primary tint reads grey with this dark blue). */
export const SELECTED_BG = '#dbe8f8';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1456a0',
    colorLink: '#1456a0',
    borderRadius: 6,
    fontSize: 14,
    colorBgLayout: '#f3f5f9',
    controlItemBgActive: '#e1ecf9',
    controlItemBgActiveHover: '#d2e3f7',
  },
  components: {
    Layout: { siderBg: SIDER_BG, triggerBg: '#08213f', headerBg: '#ffffff', headerPadding: '0 24px' },
    Tree: { nodeSelectedBg: SELECTED_BG, nodeHoverBg: '#eef4fb' },
    Menu: { darkItemBg: SIDER_BG, darkSubMenuItemBg: SIDER_BG, darkItemSelectedBg: '#1456a0' },
  },
};
