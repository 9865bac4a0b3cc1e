import type { SourceDoc } from '../schema.ts';

/**
 * The readable text of a source file and a way back to the file: claims are found in
 * `text`, and `toSource` turns an offset into `text` into an offset into the file.
 * For .txt and .md the text is the file itself.
 */
export interface PlainText {
  text: string;
  toSource(offset: number): number;
}

/** Extract the plain text of a source document (STUB: HTML handled by the ingest work). */
export function plainText(doc: SourceDoc): PlainText {
  return { text: doc.source, toSource: (offset) => offset };
}
