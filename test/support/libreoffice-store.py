"""Opens a file in a running LibreOffice and stores it again through the UNO API: what
`soffice --convert-to` does, without starting LibreOffice for each file.

    python3 libreoffice-store.py '{"pipe": …, "input": …, "output": …, "ext": "xlsx",
                                   "filter": "", "options": "", "password": ""}'

`pipe` names the office's `--accept=pipe,name=…;urp;` connection (started by libreoffice-office.ts,
one per jest worker). `filter` empty: the filter `--convert-to <ext>` picks for the document's
kind. `options` are the filter's options (the CSV filter's tokens); `password` an open password
(Calc's "Save with password"). A CSV export of every sheet (token 12 = -1) writes one
`<output stem>-<sheet name>.csv` per sheet, as `--convert-to` does.
Run with the system python that has the `uno` module (/usr/bin/python3 on Debian).
Exit status: 0 stored; 3 no `uno` module; 4 the office did not answer; 1 anything else."""
import json, os, sys, time

try:
    import uno
    from com.sun.star.beans import PropertyValue
except ImportError:
    sys.stderr.write("python3 has no uno module (Debian package python3-uno)\n")
    sys.exit(3)

# The export filter `--convert-to <ext>` chooses, by the kind of document loaded.
CALC = {"xlsx": "Calc MS Excel 2007 XML", "xls": "MS Excel 97", "ods": "calc8", "csv": "Text - txt - csv (StarCalc)", "pdf": "calc_pdf_Export", "html": "HTML (StarCalc)"}
WRITER = {"docx": "MS Word 2007 XML", "doc": "MS Word 97", "odt": "writer8", "pdf": "writer_pdf_Export", "html": "HTML (StarWriter)", "txt": "Text"}
# An HTML page is opened as a Writer document (not Writer/Web), so it can be saved as Word.
IMPORT = {".html": "HTML (StarWriter)", ".htm": "HTML (StarWriter)"}
CONNECT_SECONDS = 90


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + CONNECT_SECONDS
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if time.time() > deadline:
                sys.stderr.write("LibreOffice did not answer on pipe %s\n" % pipe)
                sys.exit(4)
            time.sleep(0.1)


def main(request):
    ctx = connect(request["pipe"])
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    load = [prop("Hidden", True)]
    infilter = IMPORT.get(os.path.splitext(request["input"])[1].lower())
    if infilter:
        load.append(prop("FilterName", infilter))
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(request["input"])), "_blank", 0, tuple(load))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + request["input"])
    try:
        filters = CALC if doc.supportsService("com.sun.star.sheet.SpreadsheetDocument") else WRITER
        name = request.get("filter") or filters[request["ext"]]
        store = [prop("FilterName", name)]
        if request.get("options"):
            store.append(prop("FilterOptions", request["options"]))
        if request.get("password"):
            store.append(prop("Password", request["password"]))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(request["output"])), tuple(store))
    finally:
        doc.close(True)


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
