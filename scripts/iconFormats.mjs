// The two icon containers the installers need, packed from PNG files (both formats may hold
// PNG data as is): a Windows .ico and a macOS .icns. Pure functions over Buffers.

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png) {
  const signature = '89504e470d0a1a0a';
  if (
    png.subarray(0, 8).toString('hex') !== signature ||
    png.toString('latin1', 12, 16) !== 'IHDR'
  ) {
    throw new Error('not a PNG file');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An .ico of square PNGs of at most 256 pixels (Windows Vista and later read PNG entries). */
export function packIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const png of pngs) {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256)
      throw new Error(`an .ico entry is at most 256 px, not ${width}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(width === 256 ? 0 : width, 0); // 0 means 256
    entry.writeUInt8(height === 256 ? 0 : height, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** The .icns type that holds a PNG of this many pixels at this scale (1 or 2 for Retina). */
export const ICNS_TYPES = [
  { type: 'icp4', pixels: 16, scale: 1 },
  { type: 'icp5', pixels: 32, scale: 1 },
  { type: 'ic11', pixels: 32, scale: 2 },
  { type: 'icp6', pixels: 64, scale: 1 },
  { type: 'ic12', pixels: 64, scale: 2 },
  { type: 'ic07', pixels: 128, scale: 1 },
  { type: 'ic08', pixels: 256, scale: 1 },
  { type: 'ic13', pixels: 256, scale: 2 },
  { type: 'ic09', pixels: 512, scale: 1 },
  { type: 'ic14', pixels: 512, scale: 2 },
  { type: 'ic10', pixels: 1024, scale: 2 },
];

/** An .icns from PNGs by pixel size: every type in ICNS_TYPES whose size is given. */
export function packIcns(pngsBySize) {
  const chunks = ICNS_TYPES.filter(({ pixels }) => pngsBySize.has(pixels)).map(
    ({ type, pixels }) => {
      const png = pngsBySize.get(pixels);
      const head = Buffer.alloc(8);
      head.write(type, 0, 'latin1');
      head.writeUInt32BE(8 + png.length, 4);
      return Buffer.concat([head, png]);
    },
  );
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}
