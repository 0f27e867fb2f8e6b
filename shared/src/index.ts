export * from './audit/schema.ts';
export * from './auth/password-policy.ts';
export * from './auth/schema.ts';
export * from './errors.ts';
export * from './format.ts';
export * from './org/schema.ts';
export * from './text.ts';
export * from './users/schema.ts';
