"""Writes a zip with Python's zipfile, as a school's computer would: python3 python-zip.py OUT.zip SPEC.json

SPEC is a list of {"name": "吴兴区/某校.xlsx", "file": "/path/to/bytes", "names": "gbk" | "utf-8",
"time": [2025, 4, 1, 8, 30, 0]}. "gbk": the name's GBK bytes without the UTF-8 flag (what Windows'
built-in compressor, 360压缩 and WinRAR write): zipfile encodes names through
ZipInfo._encodeFilenameFlags, which a subclass points at GBK. "utf-8": zipfile's own way for a
non-ASCII name, UTF-8 with flag bit 11 set.
"""
import json
import sys
import zipfile



class GbkName(zipfile.ZipInfo):
    """A name stored in the Chinese Windows code page, flag bit 11 clear."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


out, spec = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
    for item in spec:
        kind = GbkName if item.get("names") == "gbk" else zipfile.ZipInfo
        info = kind(item["name"], date_time=tuple(item.get("time", [2025, 4, 1, 8, 30, 0])))
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(item["file"], "rb") as f:
            z.writestr(info, f.read())
