/** Vietnamese text of the nominations screens (spread into app/locales/vi.ts). Keep full diacritics, NFC. */
export const nominationsVi = {
  nominations: {
    title: 'Khen thưởng',
  },
};
