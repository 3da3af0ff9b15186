// index.html of a SCORM package: the lesson, then the quiz. The quiz is rendered by quiz.js (the
// runtime, bundled from ./runtime with the site's graders) from the JSON in #icc-quiz-data.
import { labels } from '../labels';
import type { Locale } from '../../quiz/types';
import { escapeHtml } from '../text';
import { jsonForScript, type ScoData } from './data';

export const RUNTIME_FILE = 'quiz.js';
export const DATA_ELEMENT_ID = 'icc-quiz-data';
export const QUIZ_ROOT_ID = 'icc-quiz';

/**
 * The stylesheet inlined in the page: the lesson, and the site's variables and few global classes
 * that the quiz components (QuizRunner…, whose own styles come with the runtime) rely on
 * (src/app.css): readable text, visible focus, marks that do not rely on colour alone.
 */
export const STYLESHEET = `
:root { color-scheme: light dark; --bg: #fdfcf8; --fg: #1e1e1e; --muted: #55595f; --accent: #1d4f91; --accent-fg: #fff;
  --border: #d6d3cb; --surface: #f3f1ea; --highlight: #fff1b8; --ok: #1b6e3a; --bad: #a4262c; --focus: #c2410c; }
@media (prefers-color-scheme: dark) { :root { --bg: #15171a; --fg: #e9e7e2; --muted: #b4b2ad; --accent: #8cb8ff;
  --accent-fg: #0b1320; --border: #3b3f45; --surface: #1f2226; --highlight: #4a3f10; --ok: #7ed69b; --bad: #ff9b9b; --focus: #ffb36b; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1.05rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
h1, h2, h3 { line-height: 1.25; }
a { color: var(--accent); }
button { font: inherit; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.muted, figcaption, .label { color: var(--muted); font-size: .92rem; }
.lead { font-size: 1.15rem; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
figure.cite { margin: 1.25rem 0; padding: .75rem 1rem; border-left: 4px solid var(--border); background: var(--surface); }
figure.cite blockquote { margin: 0; } figure.cite p { margin: .25rem 0; }
.translation { font-style: italic; }
.ref { text-decoration: none; }
dl dt { font-weight: 600; margin-top: .75rem; } dl dd { margin-left: 0; }
ol.timeline { padding-left: 1.25rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.button { display: inline-block; padding: .55rem 1rem; border-radius: .4rem; border: 2px solid var(--accent); background: var(--accent);
  color: var(--accent-fg); text-decoration: none; font-weight: 600; cursor: pointer; min-height: 44px; }
.button:disabled { opacity: .65; cursor: not-allowed; }
.button.secondary { background: transparent; color: var(--accent); }
.notice { border: 2px solid var(--focus); padding: .5rem .8rem; border-radius: .4rem; }
.invalid { color: var(--bad); font-weight: 600; }
#${QUIZ_ROOT_ID} { border-top: 2px solid var(--border); margin-top: 3rem; padding-top: 1rem; }
.icc-actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.25rem 0; }
`;

export type PageOptions = {
	data: ScoData;
	/** the standalone lesson (extractLesson): an <article class="lesson"> */
	lessonHtml: string;
	/** the quiz components' styles (bundled with the runtime) */
	runtimeCss?: string;
};

/** CSS inside <style>: nothing in it may close the element. */
function cssForStyle(css: string): string {
	return css.replace(/<\/style/gi, '<\\/style');
}

export function scormPage({ data, lessonHtml, runtimeCss = '' }: PageOptions): string {
	const lang: Locale = data.lang;
	const text = labels[lang];
	return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLESHEET}${cssForStyle(runtimeCss)}</style>
</head>
<body>
<a class="skip" href="#${QUIZ_ROOT_ID}">${escapeHtml(text.quiz)}</a>
<main id="icc-lesson">
${lessonHtml}
<section id="${QUIZ_ROOT_ID}" aria-labelledby="quiz">
<h2 id="quiz" tabindex="-1">${escapeHtml(text.quiz)}</h2>
<noscript><p>${escapeHtml(text.noscript)}</p></noscript>
</section>
</main>
<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(data)}</script>
<script src="${RUNTIME_FILE}"></script>
</body>
</html>
`;
}
