// The lesson of a SCORM package: the <article class="lesson"> of the prerendered page
// (build/<lang>/modules/<module>/index.html), made to stand alone. Kept: text, headings, lists,
// quotations and their attributions, in-page links (#…) and external links (opened in a new
// window, so that the LMS frame keeps the SCO). Removed: scripts, styles, forms and buttons,
// navigation (the pager), and links to the rest of the site (their text stays). The link to the
// quiz page points at the package's own quiz (#quiz).
//
// A small tokenizer, not a full HTML parser: it reads the markup SvelteKit writes (well-formed,
// attributes quoted), keeps an allow-list of elements and attributes and escapes the rest. It is
// pure string code, so that it runs in Node and in a browser alike.
import { decodeEntities, escapeHtml } from '../text';

/** Dropped with everything inside them. */
const DROP = new Set([
	'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'nav',
	'form', 'button', 'select', 'textarea', 'canvas', 'audio', 'video', 'picture', 'head', 'title', 'dialog'
]);
/** Void elements dropped (nothing inside them). */
const DROP_VOID = new Set(['img', 'input', 'link', 'meta', 'base', 'source', 'track', 'area', 'col', 'param', 'wbr']);
const VOID = new Set(['br', 'hr', ...DROP_VOID]);
/** Kept as they are (with allowed attributes); any other element is unwrapped (its content kept). */
const KEEP = new Set([
	'article', 'section', 'div', 'header', 'footer', 'aside', 'main', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'q', 'cite', 'em', 'strong', 'i', 'b',
	'u', 's', 'small', 'mark', 'sub', 'sup', 'abbr', 'time', 'span', 'code', 'pre', 'kbd', 'br', 'hr', 'a',
	'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'details', 'summary', 'address'
]);
const ATTRIBUTES = new Set([
	'id', 'class', 'lang', 'dir', 'title', 'datetime', 'colspan', 'rowspan', 'scope', 'headers', 'start',
	'reversed', 'type', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'role', 'open'
]);

const TOKEN =
	/<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<|[^<]+/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export type LessonOptions = {
	/** where the page's link to its quiz should go (default "#quiz") */
	quizHref?: string;
};

function attributes(tag: string, source: string, options: LessonOptions): { text: string; unwrap: boolean } {
	const kept: string[] = [];
	let unwrap = false;
	let external = false;
	for (const match of source.matchAll(ATTRIBUTE)) {
		const name = (match[1] ?? '').toLowerCase();
		const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
		if (tag === 'a' && name === 'href') {
			const href = value.trim();
			if (href.startsWith('#')) kept.push(`href="${escapeHtml(href)}"`);
			else if (/^https?:\/\//i.test(href) || /^mailto:/i.test(href)) {
				kept.push(`href="${escapeHtml(href)}"`);
				external = true;
			} else if (/\/quiz\/?(?:[?#].*)?$/.test(href)) kept.push(`href="${escapeHtml(options.quizHref ?? '#quiz')}"`);
			else unwrap = true; // a page of the site: not in the package
			continue;
		}
		if (!ATTRIBUTES.has(name)) continue;
		if (name === 'class') {
			// Svelte's scoping classes mean nothing outside the site
			const classes = value.split(/\s+/).filter((entry) => entry !== '' && !/^svelte-/.test(entry));
			if (classes.length > 0) kept.push(`class="${escapeHtml(classes.join(' '))}"`);
			continue;
		}
		kept.push(match[2] === undefined && match[3] === undefined && match[4] === undefined ? name : `${name}="${escapeHtml(value)}"`);
	}
	if (tag === 'a' && !kept.some((entry) => entry.startsWith('href='))) unwrap = true;
	if (external) kept.push('target="_blank"', 'rel="noopener noreferrer"');
	return { text: kept.length > 0 ? ` ${kept.join(' ')}` : '', unwrap };
}

/** Sanitises an HTML fragment as described above. */
export function standaloneHtml(html: string, options: LessonOptions = {}): string {
	let out = '';
	/** open elements: their name in the source, and the closing tag written for them (null: unwrapped) */
	const stack: { tag: string; close: string | null }[] = [];
	let dropDepth = 0;
	let dropping: string | null = null;
	for (const match of html.matchAll(TOKEN)) {
		const token = match[0];
		const tagName = match[2]?.toLowerCase();
		if (tagName === undefined) {
			if (dropping !== null || token.startsWith('<!') || token.startsWith('<?')) continue;
			out += token === '<' ? '&lt;' : token;
			continue;
		}
		const closing = match[1] === '/';
		const selfClosing = match[4] === '/' || VOID.has(tagName);
		if (dropping !== null) {
			if (tagName === dropping && !selfClosing) dropDepth += closing ? -1 : 1;
			if (dropDepth === 0) dropping = null;
			continue;
		}
		if (DROP_VOID.has(tagName)) continue;
		if (DROP.has(tagName)) {
			if (!closing && !selfClosing) {
				dropping = tagName;
				dropDepth = 1;
			}
			continue;
		}
		if (closing) {
			const index = stack.map((entry) => entry.tag).lastIndexOf(tagName);
			if (index < 0) continue;
			// close what was left open inside it too
			for (const entry of stack.splice(index).reverse()) if (entry.close) out += entry.close;
			continue;
		}
		const { text, unwrap } = attributes(tagName, match[3] ?? '', options);
		let close: string | null = null;
		if (KEEP.has(tagName) && !unwrap) {
			out += `<${tagName}${text}>`;
			close = `</${tagName}>`;
		} else if (tagName === 'a') {
			// a link to a page that is not in the package: its text stays
			out += '<span class="ref">';
			close = '</span>';
		}
		if (!selfClosing) stack.push({ tag: tagName, close });
	}
	for (const entry of stack.reverse()) if (entry.close) out += entry.close;
	return out;
}

/** The text of an HTML fragment: tags removed (a line break read as a space), entities decoded, spaces folded. */
export function htmlText(html: string): string {
	return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
		.replace(/\s+/g, ' ')
		.trim();
}

/** The outer HTML of the first element that opens with `opening` (e.g. '<article class="lesson"'), nesting counted. */
function elementFrom(html: string, opening: string): string | null {
	const start = html.indexOf(opening);
	if (start < 0) return null;
	const tag = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(opening)?.[1]?.toLowerCase();
	if (!tag) return null;
	const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
	pattern.lastIndex = start;
	let depth = 0;
	for (const match of html.matchAll(pattern)) {
		if (match.index < start) continue;
		depth += match[1] === '/' ? -1 : 1;
		if (depth === 0) return html.slice(start, match.index + match[0].length);
	}
	return null;
}

export type Lesson = {
	/** the lesson's title (its <h1>, else the page's <title>) */
	title: string;
	/** the standalone lesson: an <article class="lesson"> */
	html: string;
};

/**
 * The lesson of a prerendered lesson page. Throws when the page holds no <article class="lesson">
 * (not a lesson page, or a page from another version of the site).
 */
export function extractLesson(pageHtml: string, options: LessonOptions = {}): Lesson {
	const article = elementFrom(pageHtml, '<article class="lesson"');
	if (article === null) throw new Error('No <article class="lesson"> in the page: is it a lesson page of the built site?');
	const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(article)?.[1];
	const pageTitle = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(pageHtml)?.[1];
	const title = htmlText(h1 ?? pageTitle ?? '');
	return { title, html: standaloneHtml(article, options) };
}
