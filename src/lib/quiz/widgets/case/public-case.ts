import type { CaseAccount, CaseView, Locale } from '../../types';
import { choiceIn, textIn, viewBaseIn } from '../text-in';

/** An account of a comparison in `lang`: its words as written, our translation into `lang` only. */
function accountIn(account: CaseAccount, lang: Locale): CaseAccount {
	const translation = account.translation?.[lang];
	return {
		id: account.id,
		source: account.source,
		...(account.lang && { lang: account.lang }),
		speaker: textIn(account.speaker, lang),
		evidence: textIn(account.evidence, lang),
		wording: account.wording,
		...(translation !== undefined && { translation: { [lang]: translation } }),
		...(account.origin && { origin: { ...account.origin, short: textIn(account.origin.short, lang) } })
	};
}

/** What a page in `lang` shows of a case: the facts (and the accounts it compares), then each decision's question and options. */
export function casePublicView(view: CaseView, lang: Locale): CaseView {
	return {
		...viewBaseIn(view, lang),
		type: 'case',
		decisions: view.decisions.map((decision) => ({
			id: decision.id,
			prompt: textIn(decision.prompt, lang),
			options: decision.options.map((option) => choiceIn(option, lang))
		})),
		...(view.accounts && { accounts: view.accounts.map((account) => accountIn(account, lang)) })
	};
}
