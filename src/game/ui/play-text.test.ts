import { describe, expect, it } from 'vitest';
import { ofName } from './play-text.ts';

describe('"de" before a name', () => {
  it('contracts and elides as French does, and says "of" in English', () => {
    expect(ofName('les crevettes roses de la lagune', 'fr')).toBe('des crevettes roses de la lagune');
    expect(ofName('le nuage de krill', 'fr')).toBe('du nuage de krill');
    expect(ofName('la famille Pince', 'fr')).toBe('de la famille Pince');
    expect(ofName('l’équipage', 'fr')).toBe('de l’équipage');
    expect(ofName('Étrille', 'fr')).toBe('d’Étrille');
    expect(ofName('Homère', 'fr')).toBe('d’Homère');
    expect(ofName('Maïa', 'fr')).toBe('de Maïa');
    expect(ofName('the krill swarm', 'en')).toBe('of the krill swarm');
  });
});
