/**
 * Shared vocabulary of the cast. The lists cover every species, mood and accessory that the
 * scenario format accepts (a test checks it), so any scenario a teacher writes can be drawn.
 */

export const SPECIES = [
  'crab',
  'lobster',
  'langoustine',
  'shrimp',
  'crayfish',
  'hermit-crab',
  'spider-crab',
  'barnacle',
  'prawn',
  'krill',
  'fiddler-crab',
  'mantis-shrimp',
  'isopod',
  'coconut-crab',
  'porcelain-crab',
  'copepod',
  'amphipod',
  'slipper-lobster',
] as const;
export type Species = (typeof SPECIES)[number];

export const EXPRESSIONS = [
  'neutral',
  'happy',
  'sad',
  'angry',
  'surprised',
  'thinking',
  'worried',
  'proud',
  'shy',
  'sleepy',
] as const;
export type Expression = (typeof EXPRESSIONS)[number];

export const ACCESSORIES = [
  'none',
  'hat',
  'scarf',
  'glasses',
  'bow',
  'crown',
  'backpack',
  'flower',
  'necklace',
  'headband',
  'monocle',
  'shell-helmet',
  'satchel',
  'whistle',
] as const;
export type Accessory = (typeof ACCESSORIES)[number];

/** All characters are drawn in a 256 × 256 box, standing on a ground line near y = 236. */
export const CHARACTER_BOX = 256;

export interface Pt {
  x: number;
  y: number;
}

/** The resolved colours of one character, and the gradient fills made from them. */
export interface Paint {
  shell: string;
  light: string;
  accent: string;
  outline: string;
  /** url(#...) fills with the soft radial shade. */
  fill: { shell: string; light: string; accent: string };
  /** Outline width: 5 units of 256 stays visible at 64 px and delicate at 512 px. */
  sw: number;
}

export interface Eye extends Pt {
  r: number;
  /** Where the eye stalk leaves the body; absent for eyes set in the head. */
  stalk?: Pt;
  /** A coloured band across the eye (the mantis shrimp's striped eyes). */
  band?: string;
}

export interface Face {
  eyes: Eye[];
  mouth: Pt & { w: number };
  /** Blush spots; default: either side of the mouth. */
  cheeks?: [Pt, Pt];
  /** Colour of the eyelids drawn over an eye (closed, half-closed). Default: the shell. */
  lid?: string;
}

/** Where accessories attach. w is the width of the head or neck at that place. */
export interface Anchors {
  /** Top of the head. tilt (degrees) sets headwear at a jaunty angle, for heads whose eyes leave no room on top. */
  top: Pt & { w: number; tilt?: number };
  neck: Pt & { w: number };
  /** The body's centre and half-size, for backpack and satchel. */
  body: Pt & { rx: number; ry: number };
}

interface SpeciesDrawing {
  /** Behind the body: legs, antennae, tails. */
  back: string;
  body: string;
  /** In front of the face: claws held up before the chest, for instance. */
  front?: string;
  face: Face;
  anchors: Anchors;
}

export type SpeciesArt = {
  /** Palette variants: [shell, light (belly, shell of a hermit), accent]. The first is the default. */
  palettes: Record<string, readonly [string, string, string]>;
  draw: (p: Paint) => SpeciesDrawing;
};
