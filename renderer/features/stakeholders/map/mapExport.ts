// Turns the map on screen into a file: a standalone SVG with a title band and a white
// background, and a PNG drawn from that SVG at twice the size for printing.

import { KnownError } from '../../../../domain/knownError';

const TITLE_BAND = 36;

export interface MapSnapshot {
  svg: string;
  width: number;
  height: number;
}

export function standaloneSvg(svg: SVGSVGElement, title: string, rtl: boolean): MapSnapshot {
  const [, , width = 960, height = 480] = (svg.getAttribute('viewBox') ?? '')
    .split(' ')
    .map(Number);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const fullHeight = height + TITLE_BAND;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('viewBox', `0 ${-TITLE_BAND} ${width} ${fullHeight}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(fullHeight));
  clone.removeAttribute('class');
  const ns = 'http://www.w3.org/2000/svg';
  const background = document.createElementNS(ns, 'rect');
  Object.entries({ x: 0, y: -TITLE_BAND, width, height: fullHeight, fill: '#ffffff' }).forEach(
    ([key, value]) => background.setAttribute(key, String(value)),
  );
  const heading = document.createElementNS(ns, 'text');
  Object.entries({ x: width / 2, y: -12, 'text-anchor': 'middle', 'font-size': 16 }).forEach(
    ([key, value]) => heading.setAttribute(key, String(value)),
  );
  heading.setAttribute('font-weight', '700');
  heading.setAttribute('direction', rtl ? 'rtl' : 'ltr');
  heading.textContent = title;
  clone.prepend(background, heading);
  return { svg: new XMLSerializer().serializeToString(clone), width, height: fullHeight };
}

export async function snapshotToPng(
  snapshot: MapSnapshot,
  scale = 2,
): Promise<Uint8Array<ArrayBuffer>> {
  const url = URL.createObjectURL(new Blob([snapshot.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = snapshot.width * scale;
    canvas.height = snapshot.height * scale;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new KnownError('imageEncodingFailed');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
