// index.html of a SCORM package: the lesson, then the quiz. The quiz is rendered by quiz.js (the
// runtime, bundled from ./runtime with the site's graders) from the JSON in #icc-quiz-data.
import { labels } from '../labels';
import type { Locale } from '../../quiz/types';
import { escapeHtml } from '../text';
import { jsonForScript, type ScoData } from './data';

export const RUNTIME_FILE = 'quiz.js';
export const DATA_ELEMENT_ID = 'icc-quiz-data';
export const QUIZ_ROOT_ID = 'icc-quiz';

/** The stylesheet inlined in the page: readable lesson, visible focus, marks that do not rely on colour alone. */
export const STYLESHEET = `
:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #fff; --muted: #5b5b66; --line: #c9c9d3; --accent: #1f4e9c;
  --ok: #1b6e3a; --ko: #a3261b; --soft: #f3f4f8; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececf1; --bg: #16161a; --muted: #a9a9b6; --line: #44444f;
  --accent: #8fb3ff; --ok: #6fd497; --ko: #ff8a7e; --soft: #23232a; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1.05rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
h1, h2, h3 { line-height: 1.25; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.muted, figcaption, .label { color: var(--muted); font-size: .92rem; }
.lead { font-size: 1.15rem; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
figure.cite { margin: 1.25rem 0; padding: .75rem 1rem; border-left: 4px solid var(--line); background: var(--soft); }
figure.cite blockquote { margin: 0; } figure.cite p { margin: .25rem 0; }
.translation { font-style: italic; }
.ref { text-decoration: none; }
dl dt { font-weight: 600; margin-top: .75rem; } dl dd { margin-left: 0; }
ol.timeline { padding-left: 1.25rem; }
.button { display: inline-block; }
#${QUIZ_ROOT_ID} { border-top: 2px solid var(--line); margin-top: 3rem; padding-top: 1rem; }
.q { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 1.25rem 0; }
.q legend { font-weight: 600; padding: 0 .25rem; }
.q-num { display: block; font-weight: 400; color: var(--muted); font-size: .9rem; }
.q-help { color: var(--muted); font-size: .92rem; margin: .25rem 0 .75rem; }
.q-options { list-style: none; padding: 0; margin: 0; }
.q-options li { margin: .35rem 0; }
.q-options label { display: flex; gap: .5rem; align-items: flex-start; cursor: pointer; }
.q-options input { margin-top: .35rem; }
.q input[type=text] { font: inherit; padding: .35rem .5rem; min-width: 16rem; max-width: 100%; }
.q select { font: inherit; padding: .2rem; max-width: 100%; }
.q-ordering li { display: flex; gap: .5rem; align-items: center; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: .35rem; margin: .35rem 0; }
.q-ordering .q-item { flex: 1; }
.q-pair { display: grid; grid-template-columns: 1fr; gap: .25rem; margin: .6rem 0; }
@media (min-width: 40rem) { .q-pair { grid-template-columns: 1fr 1fr; align-items: center; } }
.q-cloze { line-height: 2.2; }
button { font: inherit; padding: .4rem .9rem; border-radius: .35rem; border: 1px solid var(--accent); background: var(--bg); color: var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: var(--bg); }
button:disabled { opacity: .5; cursor: not-allowed; }
.q-move { padding: .1rem .5rem; }
.q-result { margin-top: .75rem; padding: .75rem; border-radius: .35rem; background: var(--soft); }
.q[data-result=correct] { border-color: var(--ok); border-width: 2px; }
.q[data-result=incorrect], .q[data-result=partial] { border-color: var(--ko); border-width: 2px; }
.mark-ok { color: var(--ok); font-weight: 700; } .mark-ko { color: var(--ko); font-weight: 700; }
.q-result blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid var(--line); }
.status { min-height: 1.5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
#icc-results { border: 2px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 1.5rem 0; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.25rem 0; }
`;

export type PageOptions = {
	data: ScoData;
	/** the standalone lesson (extractLesson): an <article class="lesson"> */
	lessonHtml: string;
};

export function scormPage({ data, lessonHtml }: PageOptions): string {
	const lang: Locale = data.lang;
	const text = labels[lang];
	return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLESHEET}</style>
</head>
<body>
<a class="skip" href="#${QUIZ_ROOT_ID}">${escapeHtml(text.quiz)}</a>
<main>
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
