// Every page is prerendered to a real HTML file (adapter-static, no fallback). A trailing slash
// gives each page its own folder/index.html, which every static host serves.
export const prerender = true;
export const trailingSlash = 'always';
