/**
 * Calls of the disclosure (công khai) screens. The office's go through the session client; the public pages use
 * `publicRequest`, which sends no cookie at all: they must work for anyone, and a signed-in official visiting
 * them must not trip the CSRF check or the "session ended" redirect.
 */
import {
  type Disclosure,
  type DisclosureCreate,
  isErrorBody,
  type Nomination,
  type Objection,
  type ObjectionCreate,
  type PublicDisclosure,
} from '@thidua/shared';
import { ApiError, api } from '../../lib/api.ts';

/** One row of the public list: the disclosure without its nominees, with how many there are. */
export type PublicDisclosureSummary = Omit<PublicDisclosure, 'items'> & { nominees: number };

/** The answer to a sent objection: its number and the office's acknowledgement, in Vietnamese. */
export interface ObjectionReceipt {
  id: number;
  message: string;
}

export interface ObjectionResolveInput {
  status: 'upheld' | 'dismissed';
  resolution: string;
}

const NETWORK_MESSAGE = 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng rồi thử lại.';

/** A same-origin JSON call without credentials; errors become `ApiError` like the session client's. */
async function publicRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal) {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data as T;
  if (isErrorBody(data))
    throw new ApiError(res.status, data.error.code, data.error.message, data.error.details ?? []);
  throw new ApiError(res.status, 'HTTP_ERROR', `Máy chủ trả lỗi ${res.status}. Vui lòng thử lại sau.`);
}

// Public (no sign-in)
export const listPublicDisclosures = (signal?: AbortSignal) =>
  publicRequest<{ items: PublicDisclosureSummary[] }>('GET', '/public/disclosures', undefined, signal);
export const getPublicDisclosure = (id: number, signal?: AbortSignal) =>
  publicRequest<PublicDisclosure>('GET', `/public/disclosures/${id}`, undefined, signal);
export const sendObjection = (disclosureId: number, body: ObjectionCreate) =>
  publicRequest<ObjectionReceipt>('POST', `/public/disclosures/${disclosureId}/objections`, body);

// The office (signed in)
export const listCampaignDisclosures = (campaignId: number, signal?: AbortSignal) =>
  api.get<{ items: Disclosure[] }>(`/campaigns/${campaignId}/disclosures`, undefined, signal);
export const listCampaignNominations = (campaignId: number, signal?: AbortSignal) =>
  api.get<{ items: Nomination[] }>(`/campaigns/${campaignId}/nominations`, undefined, signal);
export const createDisclosure = (body: DisclosureCreate) => api.post<Disclosure>('/disclosures', body);
export const resolveObjection = (id: number, body: ObjectionResolveInput) =>
  api.post<Objection>(`/objections/${id}/resolve`, body);
