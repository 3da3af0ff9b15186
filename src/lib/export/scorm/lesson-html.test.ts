// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractLesson, htmlText, standaloneHtml } from './lesson-html';

const page = `<!doctype html><html lang="en"><head><title>Lesson page</title><link rel="stylesheet" href="/_app/x.css">
<script type="module">import('/_app/start.js')</script></head><body><nav class="site">Site menu <a href="/en/">Home</a></nav>
<main><article class="lesson"><p class="muted">Module 2 · 12 min read</p> <h1 class="svelte-abc">The Rome Statute &amp; cyber crimes</h1>
<section class="objectives svelte-pnos6g" aria-labelledby="objectives"><h2 id="objectives" class="svelte-pnos6g">Objectives</h2>
<ul><!--[--><li><a href="#conference">Describe the conference</a></li><!--]--></ul></section>
<p>See <a href="/en/sources/rome-statute-en/#p3" data-sveltekit-preload-data="off"><span lang="en">the Statute</span>, ¶ 3</a> and
<a href="https://www.icc-cpi.int/" onclick="steal()">the Court's site</a>.</p>
<figure class="cite svelte-zoqp1"><blockquote lang="fr" class="svelte-zoqp1"><p>« Elle est complémentaire »</p></blockquote>
<figcaption>— Rome Statute, <time datetime="1998-07-17">17 July 1998</time></figcaption></figure>
<button type="button" onclick="x()">Copy</button><img src="/img.png" alt="x"><svg><path d="M0"/></svg>
<script>alert(1)</script><style>p{}</style><form action="/x"><input name="q"></form>
<p><a class="button" href="/en/modules/02-cyber/quiz/">Take the quiz</a></p>
<article class="inner"><p>Nested article</p></article>
<nav class="pager no-print" aria-label="Modules"><a href="/en/modules/01-jurisdiction/">← Previous</a></nav></article></main>
<footer>Site footer</footer></body></html>`;

describe('extractLesson', () => {
	const lesson = extractLesson(page);

	it('takes the title from the <h1>', () => {
		expect(lesson.title).toBe('The Rome Statute & cyber crimes');
	});

	it('keeps the article: text, headings, ids, quotations, dates, the nested article', () => {
		expect(lesson.html.startsWith('<article class="lesson">')).toBe(true);
		expect(lesson.html.endsWith('</article>')).toBe(true);
		expect(lesson.html).toContain('<h2 id="objectives">Objectives</h2>');
		expect(lesson.html).toContain('<blockquote lang="fr"><p>« Elle est complémentaire »</p></blockquote>');
		expect(lesson.html).toContain('<time datetime="1998-07-17">17 July 1998</time>');
		expect(lesson.html).toContain('<article class="inner"><p>Nested article</p></article>');
		expect(lesson.html).not.toContain('Site menu');
		expect(lesson.html).not.toContain('Site footer');
	});

	it('drops scripts, styles, forms, buttons, images, svg, the pager and comments', () => {
		for (const gone of ['<script', 'alert', '<style', '<form', '<input', '<button', 'Copy', '<img', '<svg', '<nav', 'Previous', '<!--', 'onclick', 'data-sveltekit']) {
			expect(lesson.html, gone).not.toContain(gone);
		}
	});

	it('keeps in-page links, opens external ones in a new window, unwraps links to the site, points the quiz link at #quiz', () => {
		expect(lesson.html).toContain('<a href="#conference">Describe the conference</a>');
		expect(lesson.html).toContain('<a href="https://www.icc-cpi.int/" target="_blank" rel="noopener noreferrer">the Court\'s site</a>');
		expect(lesson.html).toContain('<span class="ref"><span lang="en">the Statute</span>, ¶ 3</span>');
		expect(lesson.html).toContain('<a class="button" href="#quiz">Take the quiz</a>');
		expect(lesson.html).not.toContain('href="/');
	});

	it('drops Svelte scoping classes, keeps the others', () => {
		expect(lesson.html).not.toMatch(/svelte-/);
		expect(lesson.html).toContain('<section class="objectives" aria-labelledby="objectives">');
		expect(lesson.html).toContain('<figure class="cite">');
	});

	it('fails clearly on a page without a lesson', () => {
		expect(() => extractLesson('<html><body><p>Not a lesson</p></body></html>')).toThrow(/article class="lesson"/);
	});
});

describe('standaloneHtml', () => {
	it('closes what the fragment left open and escapes a stray "<"', () => {
		expect(standaloneHtml('<div><p>a < b<em>c')).toBe('<div><p>a &lt; b<em>c</em></p></div>');
	});

	it('drops javascript: links', () => {
		expect(standaloneHtml('<a href="javascript:alert(1)">x</a>')).toBe('<span class="ref">x</span>');
	});

	it('htmlText reads the text of a fragment', () => {
		expect(htmlText('<p>a&nbsp;<b>b</b>\n &amp; c</p>')).toBe('a b & c');
	});
});
