import type { XmlElement } from "./xmlTree";

export interface CheckManifestOptions {
  /** When given (e.g. `https://localhost:3000/`), every URL in the manifest must be on this origin. */
  expectedOrigin?: string;
}

/** Records one problem, worded for the admin. */
export type Report = (problem: string) => void;

/** One check over the manifest's <OfficeApp> root. */
export type ManifestCheck = (root: XmlElement, add: Report, options: CheckManifestOptions) => void;
