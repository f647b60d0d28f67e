export * from './enums';
export * from './organisation';
export * from './directory';
export * from './accounts';
export * from './meta';
export * from './outbox';
export * from './listing';
export * from './mail';
