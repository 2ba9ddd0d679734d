// Opens the browser's file picker through a hidden <input type=file>; null when cancelled.
import type { FileFilter } from '../Platform';

/** The input's accept attribute: ".csv,.xlsx"; empty (anything) if a filter allows "*". */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',');
}

export function pickFile(filters: readonly FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    // Chromium fires 'cancel' when the picker is closed without a choice.
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}
