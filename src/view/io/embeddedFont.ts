import regular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import semibold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';

let cached: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** @font-face rules for the app's Inter, the font files inlined as data URLs (fetched once, from the app itself). */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all([dataUrl(regular), dataUrl(semibold)]).then(([normal, bold]) =>
    [
      `@font-face{font-family:"Inter";font-style:normal;font-weight:400;src:url(${normal}) format("woff2")}`,
      `@font-face{font-family:"Inter";font-style:normal;font-weight:600 700;src:url(${bold}) format("woff2")}`,
    ].join(''),
  );
  cached.catch(() => (cached = null));
  return cached;
}
