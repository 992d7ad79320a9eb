import { describe, expect, it } from 'vitest';
import { chooseRenderer } from './renderer.ts';

describe('the renderer', () => {
  it('is WebGL on a GPU, Canvas when WebGL is drawn in software or missing', () => {
    expect(chooseRenderer('', () => 'ANGLE (NVIDIA, NVIDIA GeForce GTX 1650 Direct3D11 vs_5_0 ps_5_0)')).toBe('webgl');
    expect(chooseRenderer('', () => '')).toBe('webgl');
    expect(
      chooseRenderer(
        '',
        () => 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe('canvas');
    expect(chooseRenderer('', () => 'llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('canvas');
    expect(chooseRenderer('', () => 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)')).toBe('canvas');
    expect(chooseRenderer('', () => undefined)).toBe('canvas');
  });

  it('follows ?renderer= whatever the GPU', () => {
    expect(chooseRenderer('?renderer=webgl', () => 'SwiftShader')).toBe('webgl');
    expect(chooseRenderer('?lang=en&renderer=canvas', () => 'NVIDIA')).toBe('canvas');
    expect(chooseRenderer('?renderer=vulkan', () => 'SwiftShader')).toBe('canvas');
  });
});
