/** Vietnamese text of the council screens (spread into app/locales/vi.ts). Keep full diacritics, NFC. */
export const councilVi = {
  council: {
    title: 'Khen thưởng',
  },
};
