/**
 * Which renderer Phaser gets. `?renderer=canvas|webgl` forces one. Otherwise WebGL, unless the
 * browser would draw WebGL in software (SwiftShader, llvmpipe, Microsoft's Basic Render Driver:
 * school computers with a blocked GPU, virtual machines, headless Chromium): there Canvas is
 * several times faster (measured by `npm run bench`: the sandbox drag runs at 9 frames/s in
 * software WebGL and near 60 in Canvas). The sandbox's Yee shader has its own context either way.
 */
type RendererChoice = 'webgl' | 'canvas';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The GPU's name as WebGL reports it ('' when it says nothing, undefined without WebGL). */
function webglRendererName(): string | undefined {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl');
  if (!gl) return undefined;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

export function chooseRenderer(search: string, probe: () => string | undefined = webglRendererName): RendererChoice {
  const wanted = new URLSearchParams(search).get('renderer');
  if (wanted === 'canvas' || wanted === 'webgl') return wanted;
  const name = probe();
  return name === undefined || SOFTWARE.test(name) ? 'canvas' : 'webgl';
}
