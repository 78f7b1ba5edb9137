"""Build small test documents in every format the guard reads, in memory.

Word and OpenDocument files are written from their XML directly, so that each test can place text
exactly where it wants it (a tracked deletion, a footnote, a text box); python-docx, openpyxl and
reportlab make the rest, so the guard is also tested on files made by ordinary libraries.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')


def p(text: str) -> str:
    """A paragraph of one run."""
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def runs(*texts: str) -> str:
    """A paragraph whose text is split across runs, as Word often splits it."""
    inner = "".join(f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r>' for t in texts)
    return f"<w:p>{inner}</w:p>"


def table(rows: list[list[str]]) -> str:
    body = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr/>{p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr/>{body}</w:tbl>"


def tracked(kept: str, deleted: str, inserted: str = "") -> str:
    """A paragraph with a tracked deletion (and insertion)."""
    ins = (f'<w:ins w:id="2" w:author="Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">'
           f"{escape(inserted)}</w:t></w:r></w:ins>") if inserted else ""
    return (f'<w:p><w:r><w:t xml:space="preserve">{escape(kept)}</w:t></w:r>'
            f'<w:del w:id="1" w:author="Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">'
            f"{escape(deleted)}</w:delText></w:r></w:del>{ins}</w:p>")


def textbox(text: str) -> str:
    """A text box, with the fallback copy Word writes for older readers."""
    return (f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
            f'<wps:wsp><wps:txbx><w:txbxContent>{p(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>'
            f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{p(text)}'
            f"</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")


def docx(body: str = "", *, footnotes: list[str] = (), comments: list[str] = (), header: str = "", footer: str = "",
         title: str = "", subject: str = "", keywords: str = "", images: int = 0, document_xml: str | None = None,
         links: dict[str, str] = ()) -> bytes:
    """A Word document; ``links`` maps a hyperlink's visible text to where it leads."""
    for i, (visible, _target) in enumerate(dict(links).items()):
        body += (f'<w:p><w:hyperlink r:id="rIdL{i}"><w:r><w:t xml:space="preserve">{escape(visible)}</w:t></w:r>'
                 "</w:hyperlink></w:p>")
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/>']
    overrides = []
    files: dict[str, str | bytes] = {}
    if footnotes:
        notes = "".join(f'<w:footnote w:id="{i + 1}">{p(t)}</w:footnote>' for i, t in enumerate(footnotes))
        files["word/footnotes.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
                                       f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                                       f"</w:footnote>{notes}</w:footnotes>")
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'footnotes" Target="footnotes.xml"/>')
        overrides.append("footnotes")
        body += runs("See the note.") .replace("</w:p>", '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>')
    if comments:
        items = "".join(f'<w:comment w:id="{i}" w:author="Reviewer" w:initials="R">{p(t)}</w:comment>'
                        for i, t in enumerate(comments))
        files["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>{items}'
                                      "</w:comments>")
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'comments" Target="comments.xml"/>')
        overrides.append("comments")
    if header:
        files["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W_NS}>{p(header)}</w:hdr>'
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'header" Target="header1.xml"/>')
        overrides.append("header1")
    if footer:
        files["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {W_NS}>{p(footer)}</w:ftr>'
        rels.append('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'footer" Target="footer1.xml"/>')
        overrides.append("footer1")
    for i, target in enumerate(dict(links).values()):
        rels.append(f'<Relationship Id="rIdL{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    f'hyperlink" Target="{escape(target, {chr(34): "&quot;"})}" TargetMode="External"/>')
    for i in range(images):
        files[f"word/media/image{i + 1}.png"] = PNG
    document = document_xml or (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}>'
                                f"<w:body>{body}<w:sectPr/></w:body></w:document>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(title)}</dc:title><dc:subject>{escape(subject)}</dc:subject>"
            f"<cp:keywords>{escape(keywords)}</cp:keywords><dc:creator>Author</dc:creator></cp:coreProperties>")
    content_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                     'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                     'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                     'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     'wordprocessingml.document.main+xml"/></Types>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles {W_NS}/>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships">{"".join(rels)}</Relationships>')
        z.writestr("docProps/core.xml", core)
        for name, content in files.items():
            z.writestr(name, content)
    return buf.getvalue()


def xlsx(sheets: dict[str, list[list[object]]], *, hidden: tuple[str, ...] = (), comments: dict[tuple[str, str], str] = (),
         date_format: str = "DD/MM/YYYY", links: dict[tuple[str, str], str] = ()) -> bytes:
    """A workbook made with openpyxl; ``comments`` maps (sheet, cell) to a comment's text, ``links`` to a hyperlink."""
    import openpyxl
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for cells in ws.iter_rows():
            for cell in cells:
                if hasattr(cell.value, "year"):
                    cell.number_format = date_format
        if name in hidden:
            ws.sheet_state = "hidden"
    for (sheet, ref), text in dict(comments).items():
        wb[sheet][ref].comment = Comment(text, "Reviewer")
    for (sheet, ref), target in dict(links).items():
        wb[sheet][ref].hyperlink = target
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def pdf(pages: list[str], *, footnotes: dict[int, str] = (), fields: dict[str, str] = (), comments: dict[int, str] = (),
        blank_pages: tuple[int, ...] = (), password: str | None = None, font_size: int = 10) -> bytes:
    """A PDF made with reportlab: one page per text, a footnote in small type at a page's foot,
    form fields with values on the first page, and comments as text annotations."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    total = len(pages) + len(blank_pages)
    texts = iter(pages)
    for number in range(1, total + 1):
        if number in blank_pages:
            c.rect(72, 400, 300, 200, fill=1)  # a drawing and no text, as a scanned page has
        else:
            y = height - 72
            for line in next(texts).split("\n"):
                c.setFont(font, font_size)
                c.drawString(72, y, line)
                y -= font_size + 4
                if y < 100:
                    c.showPage()
                    y = height - 72
            note = dict(footnotes).get(number)
            if note:
                c.line(72, 70, 200, 70)
                c.setFont(font, 7)
                c.drawString(72, 58, f"1 {note}")
            if number == 1:
                fy = 300
                for name, value in dict(fields).items():
                    c.acroForm.textfield(name=name, tooltip=name, value=value, x=200, y=fy, width=250, height=18)
                    fy -= 30
            comment = dict(comments).get(number)
            if comment:
                c.textAnnotation(comment, Rect=(400, 700, 420, 720), relative=0)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if password is not None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password=password, owner_password="owner-" + (password or "x"), algorithm="AES-128")
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    return data


def _font() -> str:
    """A Unicode font when the machine has one (for names such as Zielińska), else Helvetica."""
    import os

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if "Body" in pdfmetrics.getRegisteredFontNames():
        return "Body"
    if os.path.exists(path):
        pdfmetrics.registerFont(TTFont("Body", path))
        return "Body"
    return "Helvetica"


def _odf(mimetype: str, body: str, *, meta: str = "", styles_body: str = "") -> bytes:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body>'
                   f"{body}</office:body></office:document-content>")
        z.writestr("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns}><office:master-styles>'
                   f"{styles_body}</office:master-styles></office:document-styles>")
        z.writestr("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns}><office:meta>{meta}'
                   "</office:meta></office:document-meta>")
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest/>')
    return buf.getvalue()


def odt(paragraphs: list[str], *, table_rows: list[list[str]] = (), note: str = "", comment: str = "", deleted: str = "",
        header: str = "", title: str = "") -> bytes:
    parts = []
    if deleted:
        parts.append('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info>'
                     "<dc:creator>Reviewer</dc:creator></office:change-info>"
                     f"<text:p>{escape(deleted)}</text:p></text:deletion></text:changed-region></text:tracked-changes>")
    for t in paragraphs:
        parts.append(f"<text:p>{escape(t)}</text:p>")
    if note:
        parts.append('<text:p>See the note<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                     f"<text:note-body><text:p>{escape(note)}</text:p></text:note-body></text:note>.</text:p>")
    if comment:
        parts.append("<text:p>Reviewed<office:annotation><dc:creator>Reviewer</dc:creator>"
                     f"<text:p>{escape(comment)}</text:p></office:annotation>.</text:p>")
    if table_rows:
        rows = "".join("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{escape(c)}'
                                                     "</text:p></table:table-cell>" for c in row) + "</table:table-row>"
                       for row in table_rows)
        parts.append(f'<table:table table:name="T1">{rows}</table:table>')
    styles = (f"<style:master-page><style:header><text:p>{escape(header)}</text:p></style:header></style:master-page>"
              if header else "")
    meta = f"<dc:title>{escape(title)}</dc:title>" if title else ""
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{''.join(parts)}</office:text>", meta=meta,
                styles_body=styles)


def ods(sheets: dict[str, list[list[str]]], *, comment: tuple[str, int, int, str] | None = None) -> bytes:
    """Sheets of string cells; ``comment`` is (sheet, row, column, text), counted from zero."""
    tables = []
    for name, rows in sheets.items():
        trs = []
        for r, row in enumerate(rows):
            cells = []
            for c, value in enumerate(row):
                note = ""
                if comment and comment[0] == name and comment[1] == r and comment[2] == c:
                    note = (f"<office:annotation><dc:creator>Reviewer</dc:creator><text:p>{escape(comment[3])}</text:p>"
                            "</office:annotation>")
                cells.append(f'<table:table-cell office:value-type="string">{note}<text:p>{escape(str(value))}</text:p>'
                             "</table:table-cell>")
            cells.append('<table:table-cell table:number-columns-repeated="16000"/>')
            trs.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        trs.append('<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>')
        tables.append(f'<table:table table:name="{escape(name)}">{"".join(trs)}</table:table>')
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                f"<office:spreadsheet>{''.join(tables)}</office:spreadsheet>")


# A 1x1 transparent PNG.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")
PNG += bytes.fromhex("1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
