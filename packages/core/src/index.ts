// One barrel per area; each area owns its own exports.
export * from './auto-recharge/index';
export * from './balance/index';
export * from './classify/index';
export * from './copy/index';
export * from './intent/index';
export * from './links/index';
export * from './money/index';
export * from './page-actions/index';
export * from './problem/index';
export * from './recharge/index';
export * from './retry/index';
export * from './storage/index';
export * from './view-model/index';
