import { apiPath } from '../protocol';

/** Whether this page is served by the P/A Map server (a static build cannot share); its LAN origins when it is. Loads no Yjs. */
export async function sharingAvailable(): Promise<{ ok: true; origins: readonly string[] } | { ok: false }> {
  try {
    const response = await fetch(`${apiPath}/health`, { cache: 'no-store' });
    const health = (await response.json()) as { sync?: unknown; origins?: unknown };
    if (!response.ok || health.sync !== true) return { ok: false };
    const origins = Array.isArray(health.origins) ? health.origins.filter((origin): origin is string => typeof origin === 'string' && /^https?:\/\//.test(origin)) : [];
    return { ok: true, origins };
  } catch {
    return { ok: false };
  }
}
