/**
 * What Phaser's BatchHandler takes from the whole `renderer` namespace: its events. Requiring the
 * namespace from there makes a require cycle that breaks our smaller build (and pulls in every
 * shader), so build/phaser-trim.ts points that one require here.
 */
/* eslint-disable */
module.exports = { Events: require('phaser-src/renderer/events') };
