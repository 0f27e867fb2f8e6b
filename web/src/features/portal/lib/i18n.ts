/**
 * The portal's text lives in app/locales (spread from ../locales like every feature's). `usePortalT` checks the
 * keys against the Vietnamese bundle at compile time.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalTranslations } from '../locales/vi.ts';

/** "a.b.c" for every string leaf of T. */
type Leaves<T, P extends string = ''> = T extends string
  ? P
  : { [K in keyof T & string]: Leaves<T[K], P extends '' ? K : `${P}.${K}`> }[keyof T & string];

export type PortalKey = Leaves<PortalTranslations['portal']>;
export type PortalT = (key: PortalKey, values?: Record<string, string | number>) => string;

/** `t` for the portal's keys (without the `portal.` prefix), following the UI language. */
export function usePortalT(): { t: PortalT; lang: 'vi' | 'en' } {
  const { t, i18n: inst } = useTranslation();
  const loose = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const pt = useCallback<PortalT>((key, values) => loose(`portal.${key}`, values), [loose]);
  return { t: pt, lang: inst.language === 'en' ? 'en' : 'vi' };
}
