import type { Plugin } from 'vite';
export declare function eagerChunk(options: { name: string; roots: string[] }): {
  plugin: Plugin;
  group: { name: string; test: (id: string) => boolean };
};
