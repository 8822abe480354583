import type { VitePWAOptions } from 'vite-plugin-pwa';
export declare const pwaOptions: Partial<VitePWAOptions>;
