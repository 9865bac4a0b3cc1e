/**
 * The benchmark's anchor: bare wink-nlp (its default pipe, readDoc + sentences) over the same
 * text as the pipeline. The one place outside engine/nlp.ts that imports wink-nlp, and only
 * to measure it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { SourceDoc } from '../../engine/schema.ts';

/** Seconds bare wink-nlp spends reading every document (the documents' production not counted). */
export function winkSeconds(docs: Iterable<SourceDoc>): number {
  const nlp = winkNLP(model);
  let ms = 0;
  let sentences = 0;
  for (const doc of docs) {
    const started = performance.now();
    sentences += nlp.readDoc(doc.source).sentences().out().length;
    ms += performance.now() - started;
  }
  // Using the count keeps the work observable; it is not part of the result.
  return sentences >= 0 ? ms / 1000 : 0;
}
