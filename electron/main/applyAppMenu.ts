// Draws the application menu in a language: at start in the system's, then in the one the
// officer chose in Tulay (tulay:set-language).
import { app, Menu } from 'electron';
import type { ShellLanguage } from '../contract';
import { appMenuTemplate } from './appMenu';

export function applyAppMenu(language: ShellLanguage): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(appMenuTemplate(process.platform, !app.isPackaged, language)),
  );
}
