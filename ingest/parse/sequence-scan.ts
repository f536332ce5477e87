/**
 * Whether a text holds any of a set of short sequences of characters (`favour` in either case,
 * five figures in a row, `AP` as a word of its own), found in one pass over its characters with a
 * table of states: literalFinder's automaton (literal-scan.ts), its letters widened to sets of
 * characters and to a word's edge. Several guards that each read a whole block (a regular
 * expression apiece) are asked in one reading instead.
 */

/**
 * A sequence's place that a word's edge fills, as `\b` (without the `u` flag) asks beside a
 * character of a word: any character but `[A-Za-z0-9_]`, or the text's start or end.
 */
export const WORD_EDGE = Symbol('word edge');
/** A place of a sequence: the characters it admits (each one code unit), or WORD_EDGE. */
export type SequencePlace = string | typeof WORD_EDGE;

/** `favour` as the `i` flag without `u` reads it: each ASCII letter in either case, any other character as itself. */
export function caseless(literal: string): SequencePlace[] {
  return [...literal].map((character) => (/[a-z]/i.test(character) ? `${character.toLowerCase()}${character.toUpperCase()}` : character));
}

/** A word of its own, `\bAP\b`: its characters as they are, with a word's edge before and after. */
export function asWord(word: string): SequencePlace[] {
  return [WORD_EDGE, ...word, WORD_EDGE];
}

/**
 * A test of whether a text holds any of `sequences`, each place matched by one character (a word's
 * edge by one outside a word, or by the text's start or end).
 */
export function sequenceFinder(sequences: ReadonlyArray<ReadonlyArray<SequencePlace>>): (text: string) => boolean {
  if (sequences.length === 0) return () => false;
  const places = [...new Set(sequences.flat())];
  const mentioned = new Set<number>();
  for (const place of places) {
    if (place === WORD_EDGE) continue;
    for (let index = 0; index < place.length; index += 1) mentioned.add(place.charCodeAt(index));
  }
  for (const sequence of sequences) if (sequence.length === 0 || sequence.some((place) => place === '')) throw new Error('sequenceFinder: an empty sequence (found everywhere) or place (matching nothing)');
  for (const code of mentioned) if (code >= 0xd800 && code <= 0xdfff) throw new Error('sequenceFinder: a place holds half of a character beyond the BMP');

  // Characters alike for every place share a column: each character a place names, any other
  // character of a word, any other character, and the text's edge (fed before and after it).
  const tableSize = Math.max(ASCII, ...[...mentioned].map((code) => code + 1));
  const admits = (place: SequencePlace, code: number) => (place === WORD_EDGE ? !isWordCode(code) : code >= 0 && place.includes(String.fromCharCode(code)));
  const columnBySignature = new Map<string, number>();
  const representative: number[] = [];
  const columnOf = (code: number) => {
    const signature = places.map((place) => (admits(place, code) ? '1' : '0')).join('');
    let column = columnBySignature.get(signature);
    if (column === undefined) {
      column = columnBySignature.size;
      columnBySignature.set(signature, column);
      representative.push(code);
    }
    return column;
  };
  const otherWordColumn = columnOf(OTHER_WORD);
  const otherColumn = columnOf(OTHER);
  const edgeColumn = columnOf(EDGE);
  const columnsOfCode = new Uint8Array(tableSize);
  for (let code = 0; code < tableSize; code += 1) columnsOfCode[code] = mentioned.has(code) ? columnOf(code) : isWordCode(code) ? otherWordColumn : otherColumn;
  const columns = columnBySignature.size;
  if (columns > 255) throw new Error('sequenceFinder: too many kinds of characters');

  // Each place of each sequence numbered (its id); the columns that each place admits.
  const firstIds: number[] = [];
  const placeOfId: number[] = [];
  const lastOfId: boolean[] = [];
  for (const sequence of sequences) {
    firstIds.push(placeOfId.length);
    sequence.forEach((place, index) => {
      placeOfId.push(places.indexOf(place));
      lastOfId.push(index === sequence.length - 1);
    });
  }
  const admitted = representative.map((code) => places.map((place) => admits(place, code)));

  // The automaton of the search: a state is the set of ids reached, in order (every sequence's
  // first place is tried at each character). Its moves are made as the texts read ask for them,
  // not all at once: made whole (555 states of 68 columns for the furniture's guards), it took some
  // 20 ms of a process's start for moves that no text asks, more than a pass over the 100
  // synthetic articles saves.
  const stateOf = new Map<string, number>();
  const idsOfState: number[][] = [];
  /** A row of columns per state: the next state's row, FOUND where a sequence ends, UNREAD where not made yet. */
  let table = new Int32Array(64 * columns).fill(UNREAD);
  const rowFor = (ids: number[]): number => {
    const key = ids.join(',');
    let state = stateOf.get(key);
    if (state === undefined) {
      state = idsOfState.length;
      stateOf.set(key, state);
      idsOfState.push(ids);
      if (table.length < idsOfState.length * columns) {
        const grown = new Int32Array(2 * table.length).fill(UNREAD);
        grown.set(table);
        table = grown;
      }
    }
    return state * columns;
  };
  // Where the first places alone lead on each column: the same from every state.
  const fromFirst = admitted.map((byPlace) => {
    const moved = firstIds.filter((id) => byPlace[placeOfId[id]!]);
    return { found: moved.some((id) => lastOfId[id]), reached: moved.map((id) => id + 1) };
  });
  /** The move from a state's row on a column, made and kept. */
  const moveFrom = (row: number, column: number): number => {
    const move = nextRow(idsOfState[row / columns]!, column);
    table[row + column] = move;
    return move;
  };
  const nextRow = (ids: number[], column: number): number => {
    const first = fromFirst[column]!;
    if (first.found) return FOUND;
    // The ids reached in order: the state's own moved on, merged with the first places' (both in order).
    const reached: number[] = [];
    let fromStart = 0;
    for (const id of ids) {
      if (!admitted[column]![placeOfId[id]!]) continue;
      if (lastOfId[id]) return FOUND;
      while (fromStart < first.reached.length && first.reached[fromStart]! < id + 1) reached.push(first.reached[fromStart++]!);
      if (first.reached[fromStart] === id + 1) fromStart += 1;
      reached.push(id + 1);
    }
    while (fromStart < first.reached.length) reached.push(first.reached[fromStart++]!);
    return rowFor(reached);
  };
  const start = moveFrom(rowFor([]), edgeColumn);

  return (text: string): boolean => {
    let row = start;
    if (row === FOUND) return true;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      const column = code < tableSize ? columnsOfCode[code]! : otherColumn;
      let next = table[row + column]!;
      if (next === UNREAD) next = moveFrom(row, column);
      if (next === FOUND) return true;
      row = next;
    }
    const atEnd = table[row + edgeColumn]!;
    return (atEnd === UNREAD ? moveFrom(row, edgeColumn) : atEnd) === FOUND;
  };
}

const ASCII = 128;
/** A move that completes a sequence, and one not made yet (rows are offsets, 0 or more). */
const FOUND = -1;
const UNREAD = -2;
/** Stand-ins for a column's kind of character: the text's edge, a character of a word no place names, any other. */
const EDGE = -1;
const OTHER_WORD = -2;
const OTHER = -3;
/** `\w` without the `u` flag, `[A-Za-z0-9_]`, and OTHER_WORD's kind; not the edge (EDGE) nor OTHER. */
function isWordCode(code: number): boolean {
  return code === OTHER_WORD || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}
