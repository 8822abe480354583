// The only export surface of the wasm module. Each engine keeps its own folder; this file re-exports them.
export * from './rng';
export * from './pump/index';
export * from './csf/index';
