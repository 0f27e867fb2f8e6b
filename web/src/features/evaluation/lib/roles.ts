import type { Role } from '@thidua/shared';

/** Who reads every unit's results (the server's campaign readers); others see only their own unit. */
export const READER_ROLES: readonly Role[] = ['admin', 'office', 'chair', 'council', 'viewer'];

export const isReader = (roles: Set<Role>) => READER_ROLES.some((r) => roles.has(r));
