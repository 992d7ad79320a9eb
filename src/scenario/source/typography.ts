/**
 * French typography for texts typed on an ordinary keyboard: the space before `: ; ! ?` and
 * inside « » becomes a no-break space, so that the game never breaks a line before a colon or
 * leaves a guillemet alone. A no-break or narrow no-break space already there is kept.
 */
export function frenchSpaces(text: string): string {
  return text.replace(/ (?=[:;!?»])/g, '\u00a0').replace(/« /g, '«\u00a0');
}
