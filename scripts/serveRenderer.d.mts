import type { Server } from 'node:http';
export const WEB_CSP: string;
export function webCatalogueOrigin(address: string): string | null;
export function webCsp(catalogueUrl?: string): string;
export function serveRenderer(options?: {
  root?: string;
  port?: number;
  host?: string;
  catalogueUrl?: string;
}): Promise<{ server: Server; url: string }>;
