// tulay:print-to-pdf — the current view (a print view in HTML+CSS) as a PDF. Chromium lays out
// the text, so Arabic and Filipino come out shaped exactly as on screen.
import { writeFile } from 'node:fs/promises';
import type { ChannelHandler } from '../security/ipcGuard';
import { askSavePath } from './askSavePath';

const pdfFilters = [{ name: 'PDF', extensions: ['pdf'] }];

export function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

export const printToPdf: ChannelHandler<'printToPdf'> = async (event, request) => {
  const filePath = await askSavePath(event, withPdfExtension(request.suggestedName), pdfFilters);
  if (filePath === null) return null;
  const pdf = await event.sender.printToPDF({
    pageSize: request.pageSize,
    landscape: request.landscape,
    printBackground: true,
    generateTaggedPDF: true,
  });
  await writeFile(filePath, pdf);
  return filePath;
};
