/** English sentences of the mesh (OBJ/STL) reading errors, by code; merged into errorMessagesEn. */
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
};
