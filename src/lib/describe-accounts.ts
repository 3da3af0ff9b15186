// The accounts a comparison sets side by side ("One event, several accounts", issue 24), as text
// for a question bank and a printed worksheet, where each decision of the case becomes a question of its own and the
// table cannot be drawn: each account on a paragraph of its own, saying where it comes from, who is
// speaking, what it rests on and its exact words as published, with our translation (marked as
// ours) when the page language differs. Pure, like the exporters that call it.
import { formatDate, quoted } from './format';
import { m } from './paraglide/messages.js';
import type { CaseAccount, Locale } from './quiz/types';

export function accountsText(accounts: CaseAccount[], lang: Locale): string {
	const locale = { locale: lang };
	const colon = lang === 'fr' ? '\u202f: ' : ': ';
	const lines = accounts.map((account) => {
		const from = account.origin
			? m.evidence_from({ short: account.origin.short[lang], publisher: account.origin.publisher, date: formatDate(account.origin.date, lang) }, locale)
			: account.source;
		const translation = account.translation?.[lang];
		const words = translation
			? `${quoted(account.wording, lang)} (${m.pack_our_translation({}, locale)} ${translation})`
			: quoted(account.wording, lang);
		return [
			`— ${from}`,
			`${m.accounts_speaker({}, locale)}${colon}${account.speaker[lang]}`,
			`${m.accounts_evidence({}, locale)}${colon}${account.evidence[lang]}`,
			`${m.accounts_wording({}, locale)}${colon}${words}`
		].join('\n');
	});
	return [m.accounts_export({}, locale), ...lines].join('\n\n');
}
