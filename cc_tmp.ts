import { readFileSync } from 'node:fs';
import { parseScene } from './src/io/scene';
import { loadSceneData, planEstimate } from './src/pipeline';
import { sceneReader } from './src/cli/context';
import { blockCount } from './src/engine/grid/blockGrid';
import { estimateBlocks } from './src/engine/kriging/estimateBlocks';
const file = 'tests/fixtures/scenes/copper-creek.json';
const scene = parseScene(readFileSync(file, 'utf8'), file);
const data = await loadSceneData(scene, sceneReader(file));
const plan = await planEstimate(scene, data, { elements: ['CU'] });
const p = plan.elements[0];
console.log(plan.gridNote, blockCount(plan.grid), JSON.stringify(p.search), JSON.stringify(p.model));
const g = plan.grid; const d = p.data;
// distance to nearest sample, brute force by bucket in 3D
const n = d.x.length; console.log('samples', n);
const cell = 50; const m = new Map<string, number[]>();
for (let i=0;i<n;i++){const k=`${Math.floor(d.x[i]/cell)},${Math.floor(d.y[i]/cell)},${Math.floor(d.z[i]/cell)}`; (m.get(k) ?? m.set(k, []).get(k)!).push(i);}
const hist = [25,50,100,150,200,300,1e9].map(()=>0); const est=hist.map(()=>0);
const r = estimateBlocks({ data: p.data, grid: plan.grid, model: p.model, search: p.search, kriging: { type: 'ordinary' }, discretization: [1, 1, 1], method: 'idw' });
const vals = (r as any).estimate ?? (r as any).values; console.log(Object.keys(r)); let bi=0;
const lim=[25,50,100,150,200,300,1e9];
for (let k=0;k<g.count[2];k++) for (let j=0;j<g.count[1];j++) for (let i=0;i<g.count[0];i++){
 const x=g.origin[0]+i*g.size[0], y=g.origin[1]+j*g.size[1], z=g.origin[2]+k*g.size[2];
 let best=Infinity; const cx=Math.floor(x/cell), cy=Math.floor(y/cell), cz=Math.floor(z/cell);
 for (let r=0;r<=7 && best>(r-1)*cell;r++) for (let a=-r;a<=r;a++) for (let b=-r;b<=r;b++) for (let c=-r;c<=r;c++){ if(Math.max(Math.abs(a),Math.abs(b),Math.abs(c))!==r) continue; const l=m.get(`${cx+a},${cy+b},${cz+c}`); if(!l) continue; for(const q of l){const dd=Math.hypot(d.x[q]-x,d.y[q]-y,d.z[q]-z); if(dd<best) best=dd;}}
 const c=lim.findIndex(v=>best<=v); hist[c]++; if (Number.isFinite(vals[bi])) est[c]++; bi++;
}
console.log(lim.map((v,i)=>`<=${v}: ${est[i]}/${hist[i]}`).join('  '));
