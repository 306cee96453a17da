import {
  DataTexture, DoubleSide, Float32BufferAttribute, InstancedBufferAttribute, InstancedBufferGeometry, LinearFilter, MeshLambertMaterial,
  RGBAFormat, SRGBColorSpace, UnsignedByteType, Vector2, Vector3, type IUniform,
} from 'three';
import type { BlockGrid } from '../engine/types';
import { blockCount } from '../engine/grid/blockGrid';
import { colormapRgba8, type ColormapName } from './colormaps';

/** Uniforms of the block shader; set `.value` to change them without touching any buffer. */
export interface BlockUniforms {
  /** Blocks whose estimate is below this are not drawn (grade unit). */
  uCutoff: IUniform<number>;
  /** Centroid of block 0 relative to the local origin. */
  uBase: IUniform<Vector3>;
  uSize: IUniform<Vector3>;
  /** Grid count along X and Y (block index → i, j, k). */
  uCount: IUniform<Vector2>;
  /** Section (1 = on): only the blocks the plane normal·p = uSectionPos (local frame) cuts are drawn. */
  uSectionOn: IUniform<number>;
  uSectionNormal: IUniform<Vector3>;
  uSectionPos: IUniform<number>;
  /** Colour range of the field. */
  uRange: IUniform<Vector2>;
  /** Camera position in the blocks' frame (set before each draw): picks the faces drawn. */
  uCamera: IUniform<Vector3>;
  uLut: IUniform<DataTexture>;
}

/** A 256×1 sRGB texture of a colour map (sampled as linear light). */
export function lutTexture(name: ColormapName): DataTexture {
  const t = new DataTexture(colormapRgba8(name), 256, 1, RGBAFormat, UnsignedByteType);
  t.colorSpace = SRGBColorSpace;
  t.magFilter = LinearFilter; t.minFilter = LinearFilter;
  t.generateMipmaps = false;
  t.needsUpdate = true;
  return t;
}

/**
 * The three faces of a unit box that meet at its (+, +, +) corner: 7 vertices, 6 triangles. The
 * shader mirrors them towards the camera per block, so only faces that can be seen are processed
 * (a box never shows more than three), with 7 vertices instead of 24; normals come from screen
 * derivatives (flat shading), so the mirrored winding does not matter.
 */
const CORNER_FACES = [
  0.5, 0.5, 0.5, 0.5, -0.5, 0.5, 0.5, 0.5, -0.5, 0.5, -0.5, -0.5, -0.5, 0.5, 0.5, -0.5, 0.5, -0.5, -0.5, -0.5, 0.5,
];
// Faces +x (3, 2, 0, 1), +y (5, 4, 0, 2), +z (6, 1, 0, 4), each as two triangles.
const CORNER_FACES_INDEX = [3, 2, 0, 3, 0, 1, 5, 4, 0, 5, 0, 2, 6, 1, 0, 6, 0, 4];

/** Names of the per-instance attributes (Float32, one value each). */
export const BLOCK_ATTRIBUTES = ['aIndex', 'aGrade', 'aField', 'aNbMin'] as const;

/**
 * Instanced unit boxes with room for one instance per block of the grid. Per-instance attributes
 * only (4 bytes each): aIndex (flat block index, exact in float32 up to 2^24 blocks), aGrade
 * (estimate, compared with the cutoff), aField (colour value), aNbMin (smallest neighbour grade).
 * Positions come from the block index in the shader: no instance matrices (64 bytes a block).
 */
export function blockGeometry(grid: BlockGrid): InstancedBufferGeometry {
  const n = blockCount(grid);
  if (n > 2 ** 24) throw new Error(`block model of ${n} blocks: at most 16,777,216 can be drawn`);
  const g = new InstancedBufferGeometry();
  g.setIndex(CORNER_FACES_INDEX);
  g.setAttribute('position', new Float32BufferAttribute(CORNER_FACES, 3));
  for (const name of BLOCK_ATTRIBUTES) g.setAttribute(name, new InstancedBufferAttribute(new Float32Array(n), 1));
  g.instanceCount = 0;
  return g;
}

const VERTEX_HEAD = /* glsl */ `
attribute float aIndex;
attribute float aGrade;
attribute float aField;
attribute float aNbMin;
uniform float uCutoff;
uniform vec3 uBase;
uniform vec3 uSize;
uniform vec2 uCount;
uniform int uSectionOn;
uniform vec3 uSectionNormal;
uniform float uSectionPos;
uniform vec2 uRange;
uniform vec3 uCamera;
varying float vT;
`;

// Hidden blocks collapse to a point: their triangles have no area and are never rasterised.
const VERTEX_BODY = /* glsl */ `
// Block index → (i, j, k) in float arithmetic (exact below 2^24; +0.5 guards the floor).
float nxy = uCount.x * uCount.y;
float kk = floor((aIndex + 0.5) / nxy);
float rest = aIndex - kk * nxy;
float jj = floor((rest + 0.5) / uCount.x);
vec3 ijk = vec3(rest - jj * uCount.x, jj, kk);
vec3 centre = uBase + ijk * uSize;
bool shown = aGrade >= uCutoff;
bool atCut = false;
if (uSectionOn == 1) {
  // A block is cut when the plane passes within its half thickness along the normal.
  float halfThick = 0.5 * dot(abs(uSectionNormal), uSize);
  if (abs(dot(uSectionNormal, centre) - uSectionPos) > halfThick) shown = false;
  atCut = true;
}
if (!atCut && aNbMin >= uCutoff) shown = false;
vec3 towards = step(centre, uCamera) * 2.0 - 1.0;
vec3 transformed = centre + position * towards * uSize * (shown ? 1.0 : 0.0);
vT = aField < -1.0e38 ? -1.0 : clamp((aField - uRange.x) / max(uRange.y - uRange.x, 1.0e-30), 0.0, 1.0);
`;

const FRAGMENT_HEAD = /* glsl */ `
uniform sampler2D uLut;
varying float vT;
`;

const FRAGMENT_COLOR = /* glsl */ `
vec3 lodeColor = vT < 0.0 ? vec3(0.27) : texture2D(uLut, vec2((vT * 255.0 + 0.5) / 256.0, 0.5)).rgb;
diffuseColor.rgb *= lodeColor;
`;

/** Lambert-lit, flat-shaded material for the block instances; its uniforms are returned for direct updates. */
export function blockMaterial(colormap: ColormapName): { material: MeshLambertMaterial; uniforms: BlockUniforms } {
  const uniforms: BlockUniforms = {
    uCutoff: { value: -Infinity },
    uBase: { value: new Vector3() },
    uSize: { value: new Vector3(1, 1, 1) },
    uCount: { value: new Vector2(1, 1) },
    uSectionOn: { value: 0 },
    uSectionNormal: { value: new Vector3(1, 0, 0) },
    uSectionPos: { value: 0 },
    uRange: { value: new Vector2(0, 1) },
    uLut: { value: lutTexture(colormap) },
    uCamera: { value: new Vector3() },
  };
  const material = new MeshLambertMaterial({ color: 0xffffff, flatShading: true, side: DoubleSide });
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = VERTEX_HEAD + shader.vertexShader.replace('#include <begin_vertex>', VERTEX_BODY);
    shader.fragmentShader = FRAGMENT_HEAD + shader.fragmentShader.replace('#include <color_fragment>', FRAGMENT_COLOR);
  };
  material.customProgramCacheKey = () => 'lode-blocks';
  return { material, uniforms };
}
