/**
 * emoji-picker-react ships its stylesheet as an inline <style> element, which the renderer's CSP
 * (`style-src 'self'`, no 'unsafe-inline') refuses to apply — rightly: inline style markup is how
 * injected HTML would restyle the app. The text of that element is our own bundled code, though, so
 * it is handed to the page as a constructed stylesheet (CSSOM, which CSP does not gate), once.
 */
import { useLayoutEffect } from 'react';

let adopted: CSSStyleSheet | undefined;
let adoptedText = '';

function pickerCss(): string {
  // The library marks its rules with its `epr-` class prefix; nothing else on the page does.
  const tags = [...document.querySelectorAll('style')].filter((s) => s.textContent.includes('.epr-'));
  return tags.map((s) => s.textContent).join('\n');
}

export function useAdoptedPickerStyles(): void {
  useLayoutEffect(() => {
    const css = pickerCss();
    if (css === '' || css === adoptedText) return;
    adoptedText = css;
    if (!adopted) {
      adopted = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, adopted];
    }
    adopted.replaceSync(css);
  });
}
