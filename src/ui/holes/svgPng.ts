import { downloadBlob } from '../files/download';
/** Draws an SVG element into a PNG (at `scale` × its size) and downloads it as `fileName`. */
export async function saveSvgAsPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  const w = svg.width.baseVal.value, h = svg.height.baseVal.value;
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(w * scale);
    canvas.height = Math.ceil(h * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the browser could not encode the PNG');
    downloadBlob(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
