// The sync protocol (DESIGN §5): messages, the server's merge, outbox → mutations.
export * from './protocol';
export * from './messages';
export * from './catalogue';
export * from './merge';
export * from './outbox';
export * from './fields';
