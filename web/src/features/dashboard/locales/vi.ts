/** Vietnamese text of the campaign dashboard (spread into app/locales/vi.ts). Keep full diacritics, NFC. */
export const dashboardVi = {
  dashboard: {
    title: 'Bảng điều khiển',
  },
};
