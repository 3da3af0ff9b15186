// Plain HTML: the only behaviour, choosing the language from the browser's, is the inline script of src/app.html.
export const csr = false;
