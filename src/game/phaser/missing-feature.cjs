/**
 * Stands in for a Phaser module our custom build leaves out (a filter, a light, tilemaps): the
 * game never uses them, and using one says so instead of failing somewhere obscure. To bring
 * one back, remove it from `phaserTrim` in build/phaser-trim.ts.
 */
function MissingPhaserFeature() {
  throw new Error(
    "This Phaser feature is left out of the game's custom build (see phaserTrim in build/phaser-trim.ts).",
  );
}
module.exports = MissingPhaserFeature;
