/**
 * The city screens' text lives in app/locales (spread from ./vi.ts and ./en.ts like every feature's); `useCityT`
 * is `useTranslation`'s `t`, typed by this feature's own `city.*` keys.
 */
import { useTranslation } from 'react-i18next';
import type { cityVi } from './vi.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every text key of the feature: "city.dash.title", … */
export type CityKey = Leaves<typeof cityVi>;
export type CityT = (key: CityKey, options?: Record<string, unknown>) => string;

/** `t` for the city screens' keys, re-rendering on a language switch like `useTranslation`. */
export function useCityT(): CityT {
  const { t } = useTranslation();
  return t as unknown as CityT;
}
