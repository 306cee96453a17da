import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesurveyedHoles, SampleSet } from '../../engine/types';
import { MAX_MAP_IMAGE_CHARS, type MapImage } from '../../io/scene/schemaMaps';
import { imageCorners, parseWorldFile, worldFileNames } from '../../io/worldFile';
import { CodedError } from '../../io/userMessage';
import { useLode } from '../../store';
import { messageOf } from '../../store/uiSlice';
import { NumberField } from '../common/NumberField';
import { geoTiffMapImage } from './geoTiffImage';

/** Default elevation of a map: the lowest collar (the top of the holes), else the highest sample. */
function defaultElevation(holes: DesurveyedHoles | null, samples: SampleSet | null): number {
  let z = Infinity;
  if (holes) for (let h = 0; h < holes.holeIds.length; h++) z = Math.min(z, holes.z[holes.offset[h]]);
  if (!Number.isFinite(z) && samples) { z = -Infinity; for (const v of samples.z) z = Math.max(z, v); }
  return Number.isFinite(z) ? Math.round(z) : 0;
}

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

const round = (v: number) => Number(v.toFixed(1));

/** Map images under the holes: choose a GeoTIFF, or a PNG/JPEG (or TIFF) with its world file; elevation and opacity per image. */
export function MapPanel() {
  const { t } = useTranslation();
  const scene = useLode((s) => s.scene);
  const holes = useLode((s) => s.holes);
  const samples = useLode((s) => s.samples);
  const editScene = useLode((s) => s.editScene);
  const setError = useLode((s) => s.setError);
  const input = useRef<HTMLInputElement>(null);
  if (!scene) return null;
  const maps = scene.maps ?? [];
  // Surfaces a map can be draped on, topographies first.
  const surfaces = [...(scene.surfaces ?? [])].sort((a, b) => Number(b.kind === 'topography') - Number(a.kind === 'topography')).map((x) => x.name);
  const setMaps = (next: MapImage[]) => editScene((s) => ({ ...s, maps: next }));

  const add = async (files: File[]) => {
    const byName = new Map(files.map((f) => [f.name.toLowerCase(), f]));
    const added: MapImage[] = [];
    for (const f of files.filter((x) => /\.(png|jpe?g|tiff?)$/i.test(x.name))) {
      const names = worldFileNames(f.name);
      const wf = names.map((n) => byName.get(n.toLowerCase())).find(Boolean);
      const fail = (text: string, code: string, params: Record<string, string | number>) => setError(messageOf(new CodedError(text, code, params)));
      const world = wf ? parseWorldFile(await wf.text()) : null;
      if (wf && !world) { fail(`${wf.name}: a world file has six numbers, one per line`, 'map-bad-world', { file: wf.name }); return; }
      const max = Math.floor((MAX_MAP_IMAGE_CHARS * 3) / 4 / 1048576);
      const tooLarge = () => fail(`${f.name}: the image is larger than ${max} MB`, 'map-too-large', { file: f.name, max });
      if (/\.tiff?$/i.test(f.name)) {
        // GeoTIFF: placed by its own tags, else by a world file (.tfw) chosen with it.
        let tif;
        try { tif = await geoTiffMapImage(f, world); } catch (e) { setError(messageOf(e)); return; }
        if (!tif.world) { fail(`${f.name}: the TIFF has no georeferencing tags and no world file was chosen with it (${names.join(', ')})`, 'map-no-georef', { file: f.name, names: names.join(', ') }); return; }
        if (tif.image.length > MAX_MAP_IMAGE_CHARS) { tooLarge(); return; }
        added.push({ name: f.name, image: tif.image, width: tif.width, height: tif.height, world: tif.world, elevation: defaultElevation(holes, samples), opacity: 0.8, visible: true });
        continue;
      }
      if (!world) { fail(`${f.name}: no world file was chosen with it (${names.join(', ')}): the image cannot be placed`, 'map-no-world', { file: f.name, names: names.join(', ') }); return; }
      const image = await readDataUrl(f);
      if (image.length > MAX_MAP_IMAGE_CHARS) { tooLarge(); return; }
      const notImage = () => fail(`${f.name}: not a PNG or JPEG image`, 'map-not-image', { file: f.name });
      if (!/^data:image\/(png|jpeg);base64,/.test(image)) { notImage(); return; }
      const img = new Image();
      img.src = image;
      try { await img.decode(); } catch { notImage(); return; }
      added.push({ name: f.name, image, width: img.naturalWidth, height: img.naturalHeight, world, elevation: defaultElevation(holes, samples), opacity: 0.8, visible: true });
    }
    if (added.length) setMaps([...maps, ...added]);
  };

  return (
    <div className="maps">
      <p className="muted small">{t('holes.maps.help')}</p>
      <button type="button" className="small" onClick={() => input.current?.click()}>{t('holes.maps.choose')}</button>
      <input ref={input} type="file" multiple hidden data-testid="map-files" accept=".png,.jpg,.jpeg,.tif,.tiff,.pgw,.jgw,.pngw,.jpgw,.jpegw,.tfw,.tifw,.wld"
        onChange={(e) => { const f = [...(e.target.files ?? [])]; e.target.value = ''; void add(f); }} />
      {maps.map((m, i) => {
        const c = imageCorners(m.world, m.width, m.height);
        const xs = c.map((p) => p[0]), ys = c.map((p) => p[1]);
        const patch = (p: Partial<MapImage>) => setMaps(maps.map((x, k) => (k === i ? { ...x, ...p } : x)));
        return (
          <div key={`${i}-${m.name}`} className="map-entry" data-testid="map-entry">
            <label className="check">
              <input type="checkbox" checked={m.visible} onChange={(e) => patch({ visible: e.target.checked })} />
              {m.name}
            </label>
            <p className="muted small">{t('holes.maps.size', { w: m.width, h: m.height, x0: round(Math.min(...xs)), x1: round(Math.max(...xs)), y0: round(Math.min(...ys)), y1: round(Math.max(...ys)) })}</p>
            {surfaces.length > 0 && (
              <label className="field">
                {t('holes.maps.on')}
                <select value={m.surface ?? ''} onChange={(e) => patch({ surface: e.target.value || undefined })}>
                  <option value="">{t('holes.maps.plane')}</option>
                  {surfaces.map((n) => <option key={n} value={n}>{n}</option>)}
                </select>
              </label>
            )}
            {m.surface === undefined && <NumberField label={t('holes.maps.elevation', { unit: scene.units })} value={m.elevation} onCommit={(v) => patch({ elevation: v })} />}
            <NumberField label={t('holes.maps.opacity')} value={m.opacity} min={0} max={1} step={0.1} onCommit={(v) => patch({ opacity: v })} />
            <button type="button" className="small" onClick={() => setMaps(maps.filter((_, k) => k !== i))}>{t('holes.maps.remove')}</button>
          </div>
        );
      })}
    </div>
  );
}
