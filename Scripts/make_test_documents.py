#!/usr/bin/env python3
"""Writes the small DOCX/ODT test documents in Tests/QuireTests/Fixtures/documents/.

Deterministic (fixed zip timestamps), stdlib only. Run from the repository root:
    python3 Scripts/make_test_documents.py
"""
import os
import zipfile

OUT = os.path.join("Tests", "QuireTests", "Fixtures", "documents")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = (2020, 1, 1, 0, 0, 0)


def write_zip(name, entries, compression=zipfile.ZIP_DEFLATED):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", compression) as z:
        for entry_name, data in entries:
            info = zipfile.ZipInfo(entry_name, DATE)
            info.compress_type = compression
            z.writestr(info, data)


def run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs):
    return "<w:p>" + "".join(runs) + "</w:p>"


def docx():
    body = "".join([
        para(run("Interview 4 with a head teacher")),
        para(run("Interviewer:", bold=True), run(" How do you find other heads?")),
        para(run("Gareth Pryce", bold=True), run(" Mostly on Twitter"),
             '<w:r><w:footnoteReference w:id="1"/></w:r>',
             '<w:del w:id="2" w:author="x"><w:r><w:delText>DELETED</w:delText></w:r></w:del>',
             '<w:ins w:id="3" w:author="x"><w:r><w:t xml:space="preserve">, honestly</w:t></w:r></w:ins>',
             run(". I connect with other small schools.")),
        para(run("It helps with the isolation.")),
        para(run("Interviewer: And face to face?")),
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>00:05:10</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Gareth Pryce</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>We met at a conference.</w:t></w:r><w:r><w:tab/><w:t>Twice.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    ])
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'
    header = f'<w:hdr {W}><w:p><w:r><w:t>HEADER TEXT</w:t></w:r></w:p></w:hdr>'
    footnotes = f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>FOOTNOTE TEXT</w:t></w:r></w:p></w:footnote></w:footnotes>'
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    write_zip("interview.docx", [("[Content_Types].xml", types), ("word/document.xml", document),
                                 ("word/header1.xml", header), ("word/footnotes.xml", footnotes)])
    write_zip("traversal.docx", [("[Content_Types].xml", types), ("../evil.xml", "x"), ("word/document.xml", document)])
    write_zip("bomb.docx", [("[Content_Types].xml", types), ("word/document.xml", "<a>" + " " * (20 << 20) + "</a>")])
    xxe = f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/hostname">]><w:document {W}><w:body>{para(run("Ann: hello &e; there"))}</w:body></w:document>'
    write_zip("entity.docx", [("[Content_Types].xml", types), ("word/document.xml", xxe)])
    with open(os.path.join(OUT, "notzip.docx"), "w") as f:
        f.write("this is not a zip\n")


def odt():
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
               '<office:automatic-styles><style:style style:name="T1" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               '<office:body><office:text>'
               '<text:p>Interview 5</text:p>'
               '<text:p><text:span text:style-name="T1">Researcher</text:span> Tell me about Spain.</text:p>'
               '<text:p><text:span text:style-name="T1">Ana Sofía Ruiz:</text:span> I connect with<text:s text:c="2"/>teachers'
               '<text:note><text:note-body><text:p>NOTE TEXT</text:p></text:note-body></text:note> there.</text:p>'
               '<text:list><text:list-item><text:p>Ana Sofía Ruiz: A list item turn.</text:p></text:list-item></text:list>'
               '</office:text></office:body></office:document-content>')
    write_zip("interview.odt", [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)],
              compression=zipfile.ZIP_STORED)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    docx()
    odt()
    print("wrote", sorted(os.listdir(OUT)))
