import type { PackagedLesson } from './lms-package.mjs';
export declare function lessonsForPackages(): Promise<{ lessons: PackagedLesson[]; activityBase: string }>;
