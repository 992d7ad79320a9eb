/**
 * QR codes drawn here, by the qrcode package (loaded on first use, in a chunk of its own): an
 * SVG image of the address, black on white with a quiet zone, so that phones read it from the
 * back of a room. Nothing is asked of any other site.
 */
export async function qrImage(text: string, alt: string): Promise<HTMLImageElement> {
  const module = (await import('qrcode')) as unknown as { default?: QrLib } & Partial<QrLib>;
  const lib: QrLib = module.default?.toString ? module.default : (module as QrLib);
  const svg = await lib.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const image = new Image();
  image.alt = alt;
  image.decoding = 'sync';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return image;
}

interface QrLib {
  toString(
    text: string,
    options: {
      type: 'svg';
      errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H';
      margin: number;
      color: { dark: string; light: string };
    },
  ): Promise<string>;
}
