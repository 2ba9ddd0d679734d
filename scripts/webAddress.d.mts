export const WEB_HOST: string;
export const DEFAULT_WEB_PORT: number;
export function webUrl(port: number): string;
export function webOptions(args: string[]): { port: number; build: boolean };
export function portInUse(port: number, host?: string): Promise<boolean>;
export function servesTulay(port: number): Promise<boolean>;
export function portTakenMessage(port: number, isTulay: boolean): string;
