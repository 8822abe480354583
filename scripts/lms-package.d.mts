export declare const CMI5_NS: string;
export declare const IMSCP_NS: string;
export declare const ADLCP_NS: string;
export interface PackagedLesson {
  id: string;
  title: string;
  description: string;
}
export declare function courseStructureXml(
  lesson: PackagedLesson,
  activityBase: string,
  lang?: string,
): string;
export declare function lessonPackage(
  appDir: string,
  lesson: PackagedLesson,
  activityBase: string,
): Uint8Array;
export declare function scormManifestXml(lesson: PackagedLesson, files: string[]): string;
export declare function scormPackage(appDir: string, lesson: PackagedLesson): Uint8Array;
