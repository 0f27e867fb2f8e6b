/**
 * Calls of the public portal. The public ones send no cookie (anyone may read them, and a signed-in official
 * visiting must not trip the CSRF check or the "session ended" redirect); the office's publishing settings go
 * through the session client.
 */
import {
  isErrorBody,
  type PublicCampaign,
  type PublicCampaignList,
  type PublicSettings,
  type PublicSettingsSave,
} from '@thidua/shared';
import { ApiError, api } from '../../lib/api.ts';

const NETWORK_MESSAGE = 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng rồi thử lại.';

/** A same-origin GET without credentials; errors become `ApiError` like the session client's. */
async function publicGet<T>(path: string, signal?: AbortSignal, cache?: RequestCache): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      headers: { accept: 'application/json' },
      credentials: 'omit',
      signal,
      cache,
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
export const listPublicCampaigns = (signal?: AbortSignal) =>
  publicGet<PublicCampaignList>('/public/campaigns', signal);

/**
 * 404 PUBLIC_NOT_FOUND when the campaign does not exist, is not public, or is still a draft. `fresh` asks the
 * server every time (revalidating any HTTP cache): the office screen must not show a cached minute.
 */
export const getPublicCampaign = (
  id: number,
  periodId: string | undefined,
  signal?: AbortSignal,
  fresh = false,
) =>
  publicGet<PublicCampaign>(
    `/public/campaigns/${id}${periodId ? `?periodId=${encodeURIComponent(periodId)}` : ''}`,
    signal,
    fresh ? 'no-cache' : undefined,
  );

// The office (signed in)
/** 403 FORBIDDEN for someone who may not read the campaign's settings. */
export const getPublicSettings = (campaignId: number, signal?: AbortSignal) =>
  api.get<PublicSettings>(`/campaigns/${campaignId}/public-settings`, undefined, signal);

/** 409 CONFLICT_STALE when someone saved in between; 400 PUBLIC_INDICATOR_UNKNOWN for a foreign indicator. */
export const savePublicSettings = (campaignId: number, body: PublicSettingsSave) =>
  api.put<PublicSettings>(`/campaigns/${campaignId}/public-settings`, body);
