/**
 * Which document is on screen: the kind and its parameters live in the address (?loai=ward_report&periodId=…),
 * completed from the catalogue's defaults so a bare link opens something sensible.
 */
import type { DocumentCatalogue, DocumentKind, DocumentParamName, DocumentParams } from '@thidua/shared';
import { DOCUMENT_KINDS } from '@thidua/shared';

export type CatalogueKind = DocumentCatalogue['kinds'][number];
export type ParamOption = { value: string | number; label: string };

export const PARAM_NAMES: readonly DocumentParamName[] = ['periodId', 'unitId', 'sessionId', 'decisionId'];

/** The address key of the chosen kind. */
export const KIND_KEY = 'loai';

/** The kind named in the address when the caller may read it, else the first available one. */
export function pickKind(catalogue: DocumentCatalogue, wanted: string | null): CatalogueKind | undefined {
  const known = DOCUMENT_KINDS.includes(wanted as DocumentKind)
    ? catalogue.kinds.find((k) => k.kind === wanted)
    : undefined;
  return known ?? catalogue.kinds.find((k) => k.available) ?? catalogue.kinds[0];
}

/** The options of one parameter for one kind (a decision's list holds decisions and proposals). */
export function optionsFor(
  catalogue: DocumentCatalogue,
  kind: DocumentKind,
  name: DocumentParamName,
): ParamOption[] {
  if (name !== 'decisionId') return catalogue.options[name];
  const want = kind === 'proposal' ? 'proposal' : 'decision';
  return catalogue.options.decisionId.filter((o) => o.kind === want);
}

/**
 * The parameters of a kind: the address's value when it is one of the options, else the catalogue's default
 * (the latest period with reports, the caller's unit), else the first option. A parameter without options stays
 * unset, and the screen says what is missing.
 */
export function resolveParams(
  catalogue: DocumentCatalogue,
  kind: CatalogueKind,
  search: URLSearchParams,
): DocumentParams {
  const out: DocumentParams = {};
  for (const name of kind.params) {
    const options = optionsFor(catalogue, kind.kind, name);
    const fromUrl = search.get(name);
    const byUrl = options.find((o) => String(o.value) === fromUrl);
    const fallback =
      name === 'periodId'
        ? options.find((o) => o.value === catalogue.defaults.periodId)
        : name === 'unitId'
          ? options.find((o) => o.value === catalogue.defaults.unitId)
          : undefined;
    const chosen = byUrl ?? fallback ?? options[0];
    if (!chosen) continue;
    if (name === 'periodId') out.periodId = String(chosen.value);
    else out[name] = Number(chosen.value);
  }
  return out;
}

/** The parameters the kind needs but has no value for. */
export function missingParams(kind: CatalogueKind, params: DocumentParams): DocumentParamName[] {
  return kind.params.filter((n) => params[n] === undefined);
}

/** Same document: the same four parameters (numbers and their text compare equal). */
export function sameParams(a: DocumentParams, b: DocumentParams): boolean {
  return PARAM_NAMES.every((n) => String(a[n] ?? '') === String(b[n] ?? ''));
}

/** A stable key of the parameters for the query cache. */
export const paramsKey = (p: DocumentParams) => PARAM_NAMES.map((n) => String(p[n] ?? '')).join('|');
