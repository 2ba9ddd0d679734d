import type { Server } from 'node:http';
export const WEB_CSP: string;
export function serveRenderer(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<{ server: Server; url: string }>;
