/** Bilingual labels that live in shared (roles, unit kinds), picked by the UI language. */
import { ORG_UNIT_KIND_LABELS, type OrgUnitKind, ROLE_LABELS, type Role } from '@thidua/shared';
import { useCallback } from 'react';
import { useLang } from '../app/i18n.ts';

/** Label functions for the current language. */
export function useLabels() {
  const lang = useLang();
  const role = useCallback((r: Role) => ROLE_LABELS[r]?.[lang] ?? r, [lang]);
  const kind = useCallback((k: OrgUnitKind) => ORG_UNIT_KIND_LABELS[k]?.[lang] ?? k, [lang]);
  return { lang, role, kind };
}
