// imsmanifest.xml of a SCORM 1.2 package: one organization, one item, one SCO resource that lists
// every file of the package. SCORM 1.2 declares itself with <schema>ADL SCORM</schema> and
// <schemaversion>1.2</schemaversion>, the IMS CP 1.1.2 namespace and the adlcp_rootv1p2 namespace
// (adlcp:scormtype, lower-case t; "CAM 1.3" is SCORM 2004's and would make an LMS launch the
// package as SCORM 2004).
import { escapeXml } from '../text';

export type ManifestOptions = {
	/** unique among the LMS's packages: letters, digits, "-", "_" and "." (an XML id) */
	identifier: string;
	/** shown by the LMS as the course and activity title */
	title: string;
	/** the launch page, relative to the package root */
	href: string;
	/** every file of the package but imsmanifest.xml, launch page included */
	files: string[];
	/** the pass mark on 0–100 (adlcp:masteryscore); omitted when undefined */
	masteryScore?: number;
};

/** An XML id (NCName): starts with a letter or "_", then letters, digits, ".", "-", "_". */
export function xmlId(text: string): string {
	const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '-');
	return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

export function scormManifest(options: ManifestOptions): string {
	const id = xmlId(options.identifier);
	const title = escapeXml(options.title);
	const files = [...new Set([options.href, ...options.files])];
	const mastery =
		options.masteryScore === undefined ? '' : `        <adlcp:masteryscore>${options.masteryScore}</adlcp:masteryscore>\n`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
${mastery}      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(options.href)}">
${files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
