/** English sentences of the mesh (OBJ/STL/DXF) reading errors, by code; merged into errorMessagesEn. */
export const meshMessagesEn = {
  'mesh-vertex': '{{file}}, line {{line}}: a vertex needs three numeric coordinates.',
  'mesh-face': '{{file}}, line {{line}}: a face needs at least three vertex numbers.',
  'mesh-face-index': '{{file}}, line {{line}}: the face refers to vertex {{index}} but only {{count}} vertices are defined before it.',
  'mesh-empty': '{{file}} holds no triangles.',
  'mesh-stl-format': '{{file}} is not an STL file (neither text “solid …” nor a binary file of the right size).',
  'mesh-stl-nan': '{{file}}: triangle {{triangle}} has a coordinate that is not a number.',
  'mesh-stl-facet': '{{file}}, line {{line}}: a facet is not closed by “endfacet”, or a vertex stands outside a facet.',
  'mesh-stl-vertices': '{{file}}, line {{line}}: a facet has {{n}} vertices instead of 3.',
  'mesh-format': '{{file}}: the format “.{{ext}}” cannot be read (readable: {{formats}}).',
  'mesh-dxf-binary': '{{file}} is a binary DXF; save it from the CAD program as ASCII DXF.',
  'mesh-dxf-format': '{{file}} is not a readable DXF file ({{reason}}).',
  'mesh-dxf-face': '{{file}}: 3DFACE number {{face}} has no corner {{corner}}.',
  'mesh-dxf-face-index': '{{file}}: a polyface-mesh face refers to vertex {{index}} but the mesh has only {{count}} vertices before it.',
  'mesh-dxf-empty': '{{file}} holds no 3DFACE or polyface-mesh faces (entities found: {{entities}}). Faces inside blocks placed by INSERT are not read: explode them first.',
};
