/**
 * The story's walks on the coast, between the dialogue (which says a move) and the coast (which
 * walks the crab there), so that neither scene reaches into the other: the coast listens while
 * it is up, the dialogue asks for the walk and waits for it. Which moves walk is decided here.
 */

/** Walks the crab to a place with the characters present there; resolves when it has arrived. */
type WalkTo = (place: string, present: readonly string[]) => Promise<void>;

/**
 * What a move does on the dialogue's stage: the first place is set at once (a chapter's start,
 * a reload), a change of place is walked on the coast, the same place only gathers who is present.
 */
export function moveOnStage(shown: string | undefined, place: string): 'set' | 'walk' | 'stay' {
  if (shown === undefined) return 'set';
  return shown === place ? 'stay' : 'walk';
}

export class CoastWalks {
  private walker: WalkTo | undefined;

  /** The coast walks the story's moves until the returned function is called (its scene shuts down). */
  listen(walk: WalkTo): () => void {
    this.walker = walk;
    return () => {
      if (this.walker === walk) this.walker = undefined;
    };
  }

  /** The crab walks there if a coast listens (true once it has arrived); false at once when none does. */
  async walk(place: string, present: readonly string[]): Promise<boolean> {
    const walker = this.walker;
    if (!walker) return false;
    await walker(place, present);
    return true;
  }
}

/** The game's one channel: the coast and the dialogue are up together during a chapter. */
export const coastWalks = new CoastWalks();
