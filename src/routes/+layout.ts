// Every page is prerendered to a real HTML file (adapter-static, no fallback). A trailing slash
// gives each page its own folder/index.html, which every static host serves.
export const prerender = true;
export const trailingSlash = 'always';

// No page ships the SvelteKit client (no router, no page data, no hydration of the layout): every
// page is plain HTML, and its interactive parts are islands, hydrated on their own
// (src/lib/islands/README.md). The enhance module (src/lib/head/enhance.ts) covers what every page
// needs: the theme switch, the language switch and offline use.
export const csr = false;
