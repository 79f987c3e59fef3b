// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition: one organization, one item,
// one SCO whose files are the whole app. Every value is XML-escaped (titles come from
// teachers and lesson files).
import type { ScormVersion } from './find-api';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface ManifestInput {
  /** Unique per package: lesson or assignment id. */
  identifier: string;
  title: string;
  /** Every file in the package, relative paths with forward slashes. */
  files: string[];
  /** Mastery as a fraction (SCORM 1.2 gets it as a percentage). */
  passingScore: number;
}

/** Each namespace the manifest declares, with the XSD file (at the package's root) that defines it. */
const SCHEMAS: Record<ScormVersion, [namespace: string, file: string][]> = {
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  '2004': [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};
/** The XSD files a manifest names: the package must hold them (they import the rest of their folder). */
export const manifestSchemaFiles = (version: ScormVersion) => SCHEMAS[version].map(([, file]) => file);
/** Where the XSD files of each standard are kept in the repository: scripts/scorm-xsd/<folder>/. */
export const SCHEMA_FOLDER: Record<ScormVersion, string> = { '1.2': '12', '2004': '2004' };
const schemaLocation = (version: ScormVersion) => SCHEMAS[version].map((pair) => pair.join(' ')).join(' ');

const fileList = (files: string[]) => files.map((f) => `      <file href="${esc(f)}"/>`).join('\n');

export function scormManifest(version: ScormVersion, input: ManifestInput): string {
  const id = esc(`spotlight-${input.identifier}`);
  const title = esc(input.title);
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${schemaLocation('1.2')}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Math.round(input.passingScore * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(input.files)}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${schemaLocation('2004')}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="false">
              <imsss:minNormalizedMeasure>${input.passingScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(input.files)}
    </resource>
  </resources>
</manifest>
`;
}
