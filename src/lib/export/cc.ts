// A module as an IMS Common Cartridge, 1.1 (Moodle's importer) or 1.3 (Canvas, Brightspace): a web
// link to the lesson on the site, and the module's question bank in the cartridge's QTI 1.2
// profile. Written after the CC manifests that Canvas exports (lib/cc/cc_helper.rb: resource
// types; lib/cc/qti/qti_generator.rb and qti_items.rb: the CC-friendly QTI with a `cc_profile` per
// item) and the resource types other importers read (Sakai: imsqti_xmlv1p2/imscc_xmlv1p3/… for 1.3).
//
//   imsmanifest.xml                  one organization: the web link; resources: the web link and
//                                    the question bank (not in the organization: a bank is no
//                                    learning object)
//   <id>/weblink.xml                 imswl_xmlv1p1 / imswl_xmlv1p3
//   <id>/question_bank.xml           imsqti_xmlv1p2/imscc_xmlv1p1/question-bank (1.3: imscc_xmlv1p3):
//                                    a QTI objectbank of the CC profile's types only
//
// The CC profile has multiple choice, multiple response, true/false and fill-in-the-blank (and essay,
// pattern match): single → cc.multiple_choice, multiple → cc.multiple_response, truefalse →
// cc.true_false, short → cc.fib (the accepted answers), numeric → cc.fib (the answer's written
// forms, every whole number of a small whole range); matching, ordering, cloze and case become
// single choices, one per item, position, blank or decision (single-choices.ts). README.md says
// what degrades. Pure: fflate zips in memory.
import { evidenceAsMultiple } from '../describe-evidence';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { promptText, numericTarget, type BankOptions } from './gift';
import { qtiIdent, qtiItem } from './qti';
import { singleChoices } from './single-choices';
import { escapeXml, formatNumber } from './text';
import { paragraph } from './moodle-xml';
import type { Locale, Question, QuestionOf, Quiz } from '../quiz/types';
import { quizIn } from '../quiz/in-language';

export type CcVersion = '1.1' | '1.3';

export const CC_PROFILES = {
	single: 'cc.multiple_choice.v0p1',
	multiple: 'cc.multiple_response.v0p1',
	truefalse: 'cc.true_false.v0p1',
	short: 'cc.fib.v0p1'
} as const;

type CcQuestion = QuestionOf<'single'> | QuestionOf<'multiple'> | QuestionOf<'truefalse'> | QuestionOf<'short'>;

const V = {
	'1.1': {
		cp: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
		cpXsd: 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd',
		lom: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest',
		lomXsd: 'http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd',
		schemaversion: '1.1.0',
		weblinkType: 'imswl_xmlv1p1',
		weblinkNs: 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1',
		weblinkXsd: 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd',
		bankType: 'imsqti_xmlv1p2/imscc_xmlv1p1/question-bank',
		qtiXsd: 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd'
	},
	'1.3': {
		cp: 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1',
		cpXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd',
		lom: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest',
		lomXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd',
		schemaversion: '1.3.0',
		weblinkType: 'imswl_xmlv1p3',
		weblinkNs: 'http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3',
		weblinkXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imswl_v1p3.xsd',
		bankType: 'imsqti_xmlv1p2/imscc_xmlv1p3/question-bank',
		qtiXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_qtiasiv1p2p1_v1p0.xsd'
	}
} as const;

export function ccVersionInfo(version: CcVersion) {
	return V[version];
}

export function ccFileName(module: string, lang: Locale, version: CcVersion): string {
	return `${module}-${lang}-cc${version.replace('.', '')}.imscc`;
}

/** The address of a module's lesson on the site: <origin>/<lang>/modules/<module>/. */
export function lessonUrl(origin: string, module: string, lang: Locale): string {
	return `${origin.replace(/\/+$/, '')}/${lang}/modules/${encodeURIComponent(module)}/`;
}

/**
 * The strings a numeric answer may be typed as, for a fill-in-the-blank: every whole number of a
 * whole range of at most 50 values, else the answer (the midpoint of a range), with a decimal point
 * and with a decimal comma.
 */
export function numericForms(question: QuestionOf<'numeric'>): string[] {
	const { answer, tolerance } = numericTarget(question);
	const [low, high] = [answer - tolerance, answer + tolerance];
	if (Number.isInteger(low) && Number.isInteger(high) && high - low <= 50) {
		return Array.from({ length: high - low + 1 }, (_, index) => formatNumber(low + index));
	}
	const written = formatNumber(answer);
	return written.includes('.') ? [written, written.replace('.', ',')] : [written];
}

/** The question as the CC profile's questions, each with the name it is shown by. */
export function ccQuestions(question: Question, lang: Locale): { question: CcQuestion; name: string; html?: string }[] {
	const parts = singleChoices(question, lang);
	if (parts) {
		return parts.map((part) => ({
			question: part.question,
			name: part.name,
			html: part.question.view.prompt[lang]
				.split('\n\n')
				.map((paragraphText) => paragraph(paragraphText))
				.join('')
		}));
	}
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'truefalse':
		case 'short':
			return [{ question, name: question.view.id }];
		// a multiple response over the passage's sentences (as in GIFT)
		case 'evidence':
			return ccQuestions(evidenceAsMultiple(question, lang), lang);
		case 'numeric': {
			const forms = numericForms(question);
			const short: QuestionOf<'short'> = {
				type: 'short',
				view: { ...question.view, type: 'short', prompt: { [lang]: promptText(question, lang) } as QuestionOf<'short'>['view']['prompt'] },
				key: { type: 'short', accepted: { fr: forms, en: forms }, explanation: question.key.explanation, citations: question.key.citations }
			};
			return [{ question: short, name: question.view.id }];
		}
		default:
			return [];
	}
}

/** The question bank: a QTI 1.2 objectbank of the CC profile. */
export function ccQuestionBank(quiz: Quiz, lang: Locale, version: CcVersion, options: BankOptions = {}): string {
	const items = quizIn(quiz, lang)
		.questions.flatMap((question) => ccQuestions(question, lang))
		.map(({ question, name, html }) => qtiItem(question, lang, options, { title: name, html, meta: [['cc_profile', CC_PROFILES[question.type]]] }))
		.join('');
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 ${V[version].qtiXsd}">\n` +
		`  <objectbank ident="${qtiIdent(`icc-${quiz.module}-${lang}-bank`)}">\n` +
		items +
		'  </objectbank>\n</questestinterop>\n'
	);
}

function weblinkXml(version: CcVersion, title: string, url: string): string {
	const v = V[version];
	return `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${v.weblinkNs}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${v.weblinkNs} ${v.weblinkXsd}">
  <title>${escapeXml(title)}</title>
  <url href="${escapeXml(url)}" target="_blank"/>
</webLink>
`;
}

export type CartridgeInput = {
	quiz: Quiz;
	lang: Locale;
	version: CcVersion;
	/** the lesson's title (the SCORM package's, from the built page) */
	title: string;
	/** the lesson's absolute address on the site (lessonUrl) */
	url: string;
	sources?: BankOptions['sources'];
	date?: Date;
};

export function buildCommonCartridge(input: CartridgeInput): { zip: Uint8Array; files: Record<string, string> } {
	const { quiz, lang, version, title } = input;
	const v = V[version];
	const id = qtiIdent(`icc-${quiz.module}-${lang}`);
	const weblink = `${id}/weblink.xml`;
	const bank = `${id}/question_bank.xml`;
	const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-cc" xmlns="${v.cp}" xmlns:lomimscc="${v.lom}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${v.cp} ${v.cpXsd} ${v.lom} ${v.lomXsd}">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>${v.schemaversion}</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title><lomimscc:string language="${lang}">${escapeXml(title)}</lomimscc:string></lomimscc:title>
        <lomimscc:language>${lang}</lomimscc:language>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="${id}-org" structure="rooted-hierarchy">
      <item identifier="${id}-root">
        <item identifier="${id}-lesson" identifierref="${id}-weblink">
          <title>${escapeXml(title)}</title>
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-weblink" type="${v.weblinkType}">
      <file href="${weblink}"/>
    </resource>
    <resource identifier="${id}-bank" type="${v.bankType}">
      <file href="${bank}"/>
    </resource>
  </resources>
</manifest>
`;
	const files: Record<string, string> = {
		'imsmanifest.xml': manifest,
		[weblink]: weblinkXml(version, title, input.url),
		[bank]: ccQuestionBank(quiz, lang, version, { sources: input.sources })
	};
	const mtime = input.date ?? new Date('2025-01-01T00:00:00Z');
	const zippable: Zippable = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime }]]));
	return { zip: zipSync(zippable, { level: 9 }), files };
}
