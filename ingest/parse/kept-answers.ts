/**
 * A pure reading's answers kept by the text it was asked of, for the readings the parser asks of
 * the same few texts many times over (a title word, a word that is no name, the credit after a
 * quotation). Emptied when full, so that a page of endless different texts cannot grow it.
 */
export function keptByText<Answer>(read: (text: string) => Answer, limit = 4096): (text: string) => Answer {
  const answers = new Map<string, Answer>();
  return (text) => {
    let known = answers.get(text);
    if (known === undefined) {
      if (answers.size >= limit) answers.clear();
      answers.set(text, (known = read(text)));
    }
    return known;
  };
}
