/** The page's link, to copy and send: it reproduces every input. */
import type { Lang } from '@capa/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { UI } from '../i18n/ui';

export function ShareLink({ href, lang }: { readonly href: string; readonly lang: Lang }) {
  const ui = UI[lang];
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => setCopied(false), [href]);
  const copy = () => {
    // The clipboard API exists only in secure contexts; elsewhere (a LAN address, file://) the
    // selected field and the older copy command still work.
    const fallback = () => {
      field.current?.select();
      setCopied(document.execCommand('copy'));
    };
    if (navigator.clipboard) navigator.clipboard.writeText(href).then(() => setCopied(true), fallback);
    else fallback();
  };
  return (
    <div class="share">
      <label for="share-url">{ui.share}</label>
      <div class="share-row">
        <input ref={field} id="share-url" type="text" readOnly value={href} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          {copied ? ui.copied : ui.copy}
        </button>
      </div>
    </div>
  );
}
