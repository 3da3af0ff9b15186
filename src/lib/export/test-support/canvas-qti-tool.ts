// For the export tests: Canvas's QTI migration tool (tests/tools/canvas-qti-migration), run as
// Canvas runs it, and what it says of each item it converts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const TOOL = resolve(__dirname, '../../../../tests/tools/canvas-qti-migration/migrate.py');

/**
 * What the tool says of Canvas's own exports too (their structure: qti_items.rb): the SCORE declared
 * 0–100, the question_type metadata, the "other" condition of the general feedback, identifiers
 * compared as QTI 1.2 does, numeric bounds on a response_str. Anything else fails the test.
 */
export const CANVAS_OWN_WARNINGS = [
	/Warning: min\/max constraint on outcome will generate additional rules in responseProcessing/,
	/Warning: qmd_itemtype now replaced by qtiMetadata.interactionType in manifest/,
	/Warning: replacing <other\/> with the base value true/,
	/Warning: case-insensitive comparison of identifiers not supported in version 2/,
	/Warning: numeric fibtype does not match enclosing <response_str>, assuming string/,
	/Warning: var[gl]te not supported on String in QTI v2/
];

/** Debian's python3 with lxml (CI installs python3-lxml), else whichever python3 has lxml. */
function python(): string {
	for (const candidate of ['/usr/bin/python3', 'python3']) {
		const probe = spawnSync(candidate, ['-c', 'import lxml'], { encoding: 'utf8' });
		if (probe.status === 0) return candidate;
	}
	throw new Error('Canvas QTI migration tool: no python3 with lxml (apt-get install python3-lxml)');
}

/**
 * Converts every QTI 1.2 file under `input` into `out` as Canvas does (canvas-lms
 * gems/plugins/qti_exporter/lib/qti.rb, get_conversion_command) and returns the tool's output lines.
 */
export function runCanvasQtiTool(input: string, out: string): { out: string; lines: string[] } {
	if (!existsSync(TOOL)) throw new Error(`Canvas QTI migration tool missing: ${TOOL}`);
	const log = execFileSync(python(), [TOOL, '--ucvars', '--nogui', '--overwrite', `--cpout=${out}`, input], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	return { out, lines: log.split('\n') };
}

/** What the tool met converting an item: the warning and error lines of the comment atop its file. */
export function itemNotes(converted: string): string[] {
	return (converted.split('<assessmentItem')[0] ?? '').split('\n').filter((line) => /warning|error|undeclared/i.test(line));
}
