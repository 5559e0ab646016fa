// Giving the main thread back between slices of work (the text's rendering, a large page of annotations).

/**
 * Lets the browser run what waits (input, rendering, network) before the next slice of work: a
 * posted message, queued behind what is already waiting. Not scheduler.yield(), whose continuations
 * go ahead of other tasks: the annotation pages' responses then waited for the whole text (measured:
 * the pages after the first were asked ~90 ms late), nor setTimeout, clamped to 4 ms once nested.
 */
export const yieldToBrowser = (): Promise<void> => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
  channel.port2.postMessage(null);
});
