// A glossary term in a lesson is a button (it opens its definition in a popover), and Chromium lets
// a line break fall right after a button, even before a full stop or a comma: on a phone, "situation"
// ended one line and "." began the next. Neither a word joiner nor CSS on the button prevents it,
// so the lesson's source is rewritten before mdsvex reads it: a term and the punctuation that
// follows it are wrapped in one span that does not break inside (`.term-glue`, in app.css).

/** Punctuation that must stay on the term's line, with the (narrow) no-break space French puts before some of it. */
const TERM_THEN_PUNCTUATION = /(<Term\b[^>]*>(?:(?!<\/Term>)[\s\S])*<\/Term>)((?:[\u00A0\u202F]?[.,;:!?…)\]»”’])+)/g;

export function glueTermPunctuation(source: string): string {
	return source.replace(TERM_THEN_PUNCTUATION, '<span class="term-glue">$1$2</span>');
}
