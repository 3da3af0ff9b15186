// Plain HTML: the only behaviour, choosing the language from the browser's, is in static/enhance.js.
export const csr = false;
