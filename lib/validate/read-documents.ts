/**
 * Document sizes are checked on the text, before parsing: a document above the limit is cut out (its lines kept
 * as empty lines, so every later line and column stays where it was) and reported without being parsed, so a
 * 60 MB document costs a scan, not a syntax tree 50 times its size.
 *
 * Documents end at a line that starts with a marker (`---` or `...` followed by a space or the line's end):
 * the YAML spec forbids such a line inside any content, block scalars and quoted strings included
 * (c-forbidden), so the split is exact.
 */

/** A document cut out for its size: where it was and how large it was. */
export interface OversizedDocument {
  /** 1-based line where the document's content begins. */
  readonly line: number;
  readonly bytes: number;
}

export interface SizedText {
  /** The text with every oversized document replaced by `---` and its newlines. */
  readonly text: string;
  /** Offset in `text` of each replacement's `---` (a document starts there) → the document it replaced. */
  readonly oversized: ReadonlyMap<number, OversizedDocument>;
}

/** What may follow `---` or `...` for it to be a document marker: a space, a tab, a line break or the end. */
export const isMarkerEnd = (c: number) => Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13;

/** Cuts out the documents of `text` larger than `maxBytes` (UTF-8). Returns `text` itself when none is. */
export function cutOversizedDocuments(text: string, maxBytes: number): SizedText {
  const oversized = new Map<number, OversizedDocument>();
  if (text.length <= maxBytes && !(text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes)) return { text, oversized };
  const pieces: string[] = [];
  let out = 0; // length of the text built so far
  let chunkStart = 0;
  let chunkLine = 1;
  let chunkIsMarked = false;
  let newlines = 0; // in the current chunk
  const endChunk = (end: number) => {
    const units = end - chunkStart;
    const bytes = units > maxBytes ? units : units * 3 > maxBytes ? Buffer.byteLength(text.slice(chunkStart, end)) : units;
    if (bytes > maxBytes) {
      oversized.set(out, { line: chunkLine + (chunkIsMarked ? 1 : 0), bytes });
      const replacement = `---${'\n'.repeat(newlines)}`;
      pieces.push(replacement);
      out += replacement.length;
    } else {
      pieces.push(text.slice(chunkStart, end));
      out += units;
    }
  };
  let line = 1;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (i > 0 && (c === 45 || c === 46) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c && isMarkerEnd(text.charCodeAt(i + 3))) {
      endChunk(i);
      chunkStart = i;
      chunkLine = line;
      chunkIsMarked = true;
      newlines = 0;
    } else if (i === 0) {
      chunkIsMarked = (c === 45 || c === 46) && text.startsWith(c === 45 ? '---' : '...') && isMarkerEnd(text.charCodeAt(3));
    }
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    newlines++;
    line++;
    i = nl + 1;
  }
  endChunk(text.length);
  return { text: oversized.size > 0 ? pieces.join('') : text, oversized };
}
