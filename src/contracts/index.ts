export * from './envelope';
export * from './limits';
export * from './schemas';
export * from './views';
export * from './resolver-keys';
export * from './field-issues';
