// The exports' public API, for scripts/export.ts and the teacher page's download buttons. Every
// function here is pure (strings and bytes in, strings and bytes out): no Node API, no DOM.
import type { Locale } from '../quiz/types';

export { toGift, type BankOptions } from './gift';
export { toMoodleXml } from './moodle-xml';
export { buildQtiPackage, qtiFileName, toCanvasQti } from './qti';
export { buildCommonCartridge, ccFileName, lessonUrl, type CcVersion } from './cc';
export { blackboardFileName, toBlackboard } from './blackboard';
export { brightspaceFileName, toBrightspace } from './brightspace';
export { buildScormPackage, scormFileName, type ScormPackage, type ScormPackageInput } from './scorm/package';
export type { SourceIndex, SourceInfo } from './sources';

export function giftFileName(module: string, lang: Locale): string {
	return `${module}-${lang}.gift.txt`;
}

export function moodleXmlFileName(module: string, lang: Locale): string {
	return `${module}-${lang}.moodle.xml`;
}
