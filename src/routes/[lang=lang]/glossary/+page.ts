// Plain HTML: this page needs no framework JavaScript (static/enhance.js covers the theme,
// the language switch and offline use), so it stays light on a slow phone.
export const csr = false;
