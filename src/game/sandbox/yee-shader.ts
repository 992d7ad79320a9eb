/**
 * The GPU path of the Yee diagram for plurality, approval and score: one fragment per pixel
 * loops over the voters (a float texture) and writes the winner's code. It uses its own small
 * WebGL2 context (not the game's renderer), and reads the codes back into the same image the
 * workers would make, so the drawing code is the same.
 *
 * Exactness: pixel centres (i + ½)·100/size are multiples of 1/4 for the sizes used (50, 200),
 * voters stand on whole positions, so every squared distance is a multiple of 1/64 below
 * 20,000 — exact in 32-bit floats, as the counts (whole numbers under 2,000) are. The browser
 * test compares this path with the workers' pixel for pixel.
 */
import { crowdPoints } from '../../sandbox/crowd.ts';
import type { SandboxState } from '../../sandbox/model.ts';
import { YEE_TIE, type YeeImage } from '../../sandbox/yee/job.ts';
import type { MethodId } from '../../voting/method.ts';

export const SHADER_METHODS: readonly MethodId[] = ['plurality', 'approval', 'score'];
const MAX_FLAGS = 8;

const VERTEX = `#version 300 es
in vec2 corner;
void main() { gl_Position = vec4(corner, 0.0, 1.0); }`;

const FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform highp sampler2D voters;   // row 0: x, y, weight, L0 (nearest other flag, squared); row 1: top flag or -1
uniform int count;
uniform int flags;
uniform int moving;
uniform int method;               // 0 plurality, 1 approval, 2 score
uniform vec2 size;
uniform vec2 cell;                // 100 / size, exact for the sizes used
uniform float fixedTotals[${MAX_FLAGS}];
uniform float edges[5];           // approval: edges[0] = radius²; score: the bands², innermost first
out vec4 colour;
void main() {
  vec2 at = (floor(gl_FragCoord.xy) + 0.5) * cell;
  float totals[${MAX_FLAGS}];
  for (int c = 0; c < ${MAX_FLAGS}; c++) totals[c] = fixedTotals[c];
  float mine = 0.0;
  for (int v = 0; v < count; v++) {
    vec4 p = texelFetch(voters, ivec2(v, 0), 0);
    float dx = p.x - at.x;
    float d = dx * dx;
    if (size.y > 1.0) { float dy = p.y - at.y; d += dy * dy; }
    if (method == 0) {
      int top = int(texelFetch(voters, ivec2(v, 1), 0).x);
      if (d < p.w) mine += p.z;
      if (d <= p.w && top >= 0) totals[top] -= p.z;
    } else if (method == 1) {
      if (d <= edges[0]) mine += p.z;
    } else {
      float grade = 5.0;
      for (int b = 0; b < 5; b++) if (d > edges[b]) grade -= 1.0;
      mine += p.z * grade;
    }
  }
  totals[moving] = mine;
  float best = -1.0;
  int who = 0;
  bool tied = false;
  for (int c = 0; c < ${MAX_FLAGS}; c++) {
    if (c >= flags) break;
    if (totals[c] > best) { best = totals[c]; who = c; tied = false; } else if (totals[c] == best) tied = true;
  }
  colour = vec4(float(tied ? ${YEE_TIE} : who) / 255.0, 0.0, 0.0, 1.0);
}`;

interface Voter {
  readonly x: number;
  readonly y: number;
  readonly w: number;
}

function squared(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += (a[i] - (b[i] ?? 0)) ** 2;
  return d;
}

export class YeeShader {
  private readonly gl: WebGL2RenderingContext;
  private readonly program: WebGLProgram;

  private constructor(gl: WebGL2RenderingContext, program: WebGLProgram) {
    this.gl = gl;
    this.program = program;
  }

  /** Undefined where WebGL2 or float textures are missing: the workers draw instead. */
  static create(): YeeShader | undefined {
    try {
      const gl = new OffscreenCanvas(1, 1).getContext('webgl2', { antialias: false, preserveDrawingBuffer: true });
      if (!gl) return undefined;
      const compile = (type: number, source: string): WebGLShader => {
        const shader = gl.createShader(type)!;
        gl.shaderSource(shader, source);
        gl.compileShader(shader);
        if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(shader) ?? 'shader');
        return shader;
      };
      const program = gl.createProgram()!;
      gl.attachShader(program, compile(gl.VERTEX_SHADER, VERTEX));
      gl.attachShader(program, compile(gl.FRAGMENT_SHADER, FRAGMENT));
      gl.linkProgram(program);
      if (!gl.getProgramParameter(program, gl.LINK_STATUS)) return undefined;
      gl.useProgram(program);
      const buffer = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
      const corner = gl.getAttribLocation(program, 'corner');
      gl.enableVertexAttribArray(corner);
      gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
      return new YeeShader(gl, program);
    } catch {
      return undefined;
    }
  }

  /** The whole diagram at this size, or undefined if the method or the state is not for the GPU. */
  draw(state: SandboxState, flag: string, method: MethodId, width: number, height: number): YeeImage | undefined {
    const kind = SHADER_METHODS.indexOf(method);
    const moving = state.flags.findIndex((f) => f.id === flag);
    if (kind < 0 || moving < 0 || state.flags.length > MAX_FLAGS) return undefined;
    const voters: Voter[] = state.crowds.flatMap((c) =>
      crowdPoints(c, state.dimensions).map((p) => ({ x: p.position[0], y: p.position[1] ?? 0, w: p.count })),
    );
    const others = state.flags.filter((_, i) => i !== moving);
    const row0 = new Float32Array(voters.length * 4);
    const row1 = new Float32Array(voters.length * 4);
    const fixed = new Float32Array(MAX_FLAGS);
    const edges = new Float32Array(5);
    const bands = state.gradeBands.map((b) => b * b);
    voters.forEach((v, k) => {
      const at = state.dimensions === 1 ? [v.x] : [v.x, v.y];
      const d = others.map((f) => squared(at, f.position));
      const nearest = Math.min(...d);
      const closest = others.map((f, i) => (d[i] === nearest ? state.flags.indexOf(f) : -1)).filter((i) => i >= 0);
      row0.set([v.x, v.y, v.w, nearest], k * 4);
      row1[k * 4] = closest.length === 1 ? closest[0] : -1;
      others.forEach((f, i) => {
        const c = state.flags.indexOf(f);
        if (kind === 0) fixed[c] += closest.length === 1 && closest[0] === c ? v.w : 0;
        else if (kind === 1) fixed[c] += d[i] <= state.approvalRadius ** 2 ? v.w : 0;
        else fixed[c] += v.w * (5 - bands.filter((b) => d[i] > b).length);
      });
    });
    if (kind === 1) edges[0] = state.approvalRadius ** 2;
    else edges.set(bands);
    return this.render(row0, row1, voters.length, {
      fixed,
      edges,
      kind,
      moving,
      flags: state.flags.length,
      width,
      height,
    });
  }

  private render(
    row0: Float32Array,
    row1: Float32Array,
    count: number,
    u: {
      fixed: Float32Array;
      edges: Float32Array;
      kind: number;
      moving: number;
      flags: number;
      width: number;
      height: number;
    },
  ): YeeImage {
    const { gl, program } = this;
    const texture = gl.createTexture();
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    const data = new Float32Array(Math.max(1, count) * 8);
    data.set(row0);
    data.set(row1, Math.max(1, count) * 4);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, Math.max(1, count), 2, 0, gl.RGBA, gl.FLOAT, data);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    const at = (name: string) => gl.getUniformLocation(program, name);
    gl.uniform1i(at('voters'), 0);
    gl.uniform1i(at('count'), count);
    gl.uniform1i(at('flags'), u.flags);
    gl.uniform1i(at('moving'), u.moving);
    gl.uniform1i(at('method'), u.kind);
    gl.uniform2f(at('size'), u.width, u.height);
    gl.uniform2f(at('cell'), 100 / u.width, 100 / u.height);
    gl.uniform1fv(at('fixedTotals'), u.fixed);
    gl.uniform1fv(at('edges'), u.edges);
    (gl.canvas as OffscreenCanvas).width = u.width;
    (gl.canvas as OffscreenCanvas).height = u.height;
    gl.viewport(0, 0, u.width, u.height);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    const pixels = new Uint8Array(u.width * u.height * 4);
    gl.readPixels(0, 0, u.width, u.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    gl.deleteTexture(texture);
    // Row 0 of readPixels is the bottom row, as row 0 of a Yee image is the bottom of the plane.
    const codes = new Uint8Array(u.width * u.height);
    for (let i = 0; i < codes.length; i++) codes[i] = pixels[i * 4];
    return { width: u.width, height: u.height, rowStart: 0, codes };
  }
}
