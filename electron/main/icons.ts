/**
 * Where the tray and window icons are at run time: `resources/icons` in a package (electron-builder
 * copies them there, build/electron-builder.yml `extraResources`), build/icons in a checkout (the
 * main bundle is dist/electron/main.mjs, two folders below the repository root).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function iconDir(packaged: boolean, resourcesPath: string = process.resourcesPath): string {
  return packaged
    ? join(resourcesPath, 'icons')
    : fileURLToPath(new URL('../../build/icons', import.meta.url));
}

/** The window icon (Linux and Windows draw it; macOS takes the bundle's). */
export const WINDOW_ICON = '512x512.png';
