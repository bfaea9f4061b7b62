// Sending work in batches with more than one call outstanding: the next batch is on its way
// while the one before is being answered (an import prepares batch k+1 while it writes batch k).

/**
 * `articles.import` calls a client keeps outstanding. Two are not enough: the core worker reads
 * a call only between writes, so the call sent when the one before was answered arrives during
 * the next write and its preparing waits for that write to end. With three, one is always read
 * and being prepared while another is written.
 */
export const IMPORT_CALLS_IN_FLIGHT = 3;

/**
 * Each item with its answer, in the items' order, with up to `depth` calls outstanding at once.
 * A call that fails throws when its turn comes; one behind it that fails first is not left as an
 * unhandled rejection meanwhile (which would end a Node process).
 */
export async function* inFlight<T, R>(items: Iterable<T>, depth: number, send: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const sent: Array<[T, Promise<R>]> = [];
  for (const item of items) {
    const answer = send(item);
    answer.catch(() => {});
    sent.push([item, answer]);
    if (sent.length >= depth) {
      const [first, answer] = sent.shift()!;
      yield [first, await answer];
    }
  }
  for (const [item, answer] of sent) yield [item, await answer];
}
