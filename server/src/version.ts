/** Reported by /api/health; bump with releases. */
export const APP_VERSION = '0.1.0';
