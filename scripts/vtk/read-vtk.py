#!/usr/bin/python3
"""Reads a .vti or .vtp file with VTK (Debian: apt-get install python3-vtk9; run with Debian's /usr/bin/python3) and prints what VTK
sees as JSON: the geometry, every cell and point data array (NaN as null), and for ImageData the
cell centres VTK computes. The tests compare this JSON with Lode's own numbers, so the files Lode
writes are checked by VTK's reader without the tests needing VTK.

usage: /usr/bin/python3 scripts/vtk/read-vtk.py FILE.vti|FILE.vtp > FILE.json
"""
import json
import math
import sys

import vtk


def values(arr):
    a = [arr.GetValue(i) for i in range(arr.GetNumberOfValues())]
    return [None if isinstance(v, float) and math.isnan(v) else v for v in a]


def arrays(data):
    return {data.GetArrayName(i): {"type": data.GetArray(i).GetDataTypeAsString(),
                                   "components": data.GetArray(i).GetNumberOfComponents(),
                                   "values": values(data.GetArray(i))}
            for i in range(data.GetNumberOfArrays())}


def main(path):
    out = {"vtk": vtk.vtkVersion.GetVTKVersion(), "file": path.split("/")[-1]}
    if path.endswith(".vti"):
        r = vtk.vtkXMLImageDataReader()
        r.SetFileName(path)
        r.Update()
        img = r.GetOutput()
        out.update(dimensions=list(img.GetDimensions()), origin=list(img.GetOrigin()),
                   spacing=list(img.GetSpacing()), cells=img.GetNumberOfCells())
        centres = vtk.vtkCellCenters()
        centres.SetInputData(img)
        centres.Update()
        out["cellCentres"] = values(centres.GetOutput().GetPoints().GetData())
    elif path.endswith(".vtp"):
        r = vtk.vtkXMLPolyDataReader()
        r.SetFileName(path)
        r.Update()
        img = r.GetOutput()
        out.update(points=values(img.GetPoints().GetData()), lines=[], verts=img.GetNumberOfVerts())
        ids = vtk.vtkIdList()
        lines = img.GetLines()
        lines.InitTraversal()
        while lines.GetNextCell(ids):
            out["lines"].append([ids.GetId(k) for k in range(ids.GetNumberOfIds())])
    else:
        sys.exit(f"{path}: expected a .vti or .vtp file")
    if r.GetErrorCode():
        sys.exit(f"{path}: VTK could not read the file (error {r.GetErrorCode()})")
    out["cellData"] = arrays(img.GetCellData())
    out["pointData"] = arrays(img.GetPointData())
    field = img.GetFieldData()  # string arrays (e.g. DOMAIN_CODES) are abstract arrays: GetArray() gives None
    if field.GetNumberOfArrays():
        out["fieldData"] = {field.GetAbstractArray(i).GetName(): {"type": field.GetAbstractArray(i).GetClassName(),
                                                                 "values": values(field.GetAbstractArray(i))}
                            for i in range(field.GetNumberOfArrays())}
    json.dump(out, sys.stdout, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
