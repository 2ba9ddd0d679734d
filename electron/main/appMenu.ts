// A minimal menu: the standard roles give the usual keyboard shortcuts (copy/paste on macOS
// needs the Edit menu) without exposing reload, which could discard a half-filled form. Every
// item carries its label in the officer's language (roles alone would show English ones).
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellLanguage } from '../contract';
import { SHELL_TEXT } from './shellText';

export function appMenuTemplate(
  platform: string,
  isDev: boolean,
  language: ShellLanguage = 'en',
): MenuItemConstructorOptions[] {
  const w = SHELL_TEXT[language];
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: w.resetZoom },
    { role: 'zoomIn', label: w.zoomIn },
    { role: 'zoomOut', label: w.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: w.toggleFullScreen },
  ];
  if (isDev) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: w.reload },
      { role: 'toggleDevTools', label: w.toggleDevTools },
    );
  }
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about', label: w.about },
      { type: 'separator' },
      { role: 'services', label: w.services },
      { type: 'separator' },
      { role: 'hide', label: w.hide },
      { role: 'hideOthers', label: w.hideOthers },
      { role: 'unhide', label: w.unhide },
      { type: 'separator' },
      { role: 'quit', label: w.quit },
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    {
      role: 'fileMenu',
      label: w.file,
      submenu: [mac ? { role: 'close', label: w.close } : { role: 'quit', label: w.quit }],
    },
    {
      role: 'editMenu',
      label: w.edit,
      submenu: [
        { role: 'undo', label: w.undo },
        { role: 'redo', label: w.redo },
        { type: 'separator' },
        { role: 'cut', label: w.cut },
        { role: 'copy', label: w.copy },
        { role: 'paste', label: w.paste },
        { role: 'selectAll', label: w.selectAll },
      ],
    },
    { label: w.view, submenu: view },
    {
      role: 'windowMenu',
      label: w.window,
      submenu: [
        { role: 'minimize', label: w.minimize },
        mac ? { role: 'zoom', label: w.zoom } : { role: 'close', label: w.close },
      ],
    },
  ];
}
