export function pngSize(png: Buffer): { width: number; height: number };
export function packIco(pngs: Buffer[]): Buffer;
export const ICNS_TYPES: { type: string; pixels: number; scale: number }[];
export function packIcns(pngsBySize: Map<number, Buffer>): Buffer;
