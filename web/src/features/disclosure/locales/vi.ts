/** Vietnamese text of the disclosure screens (spread into app/locales/vi.ts). Keep full diacritics, NFC. */
export const disclosureVi = {
  disclosure: {
    title: 'Khen thưởng',
  },
};
