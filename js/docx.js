// The report page as an editable Word document (.docx), made in the browser from the report on screen: real
// headings, tables and page numbers, nothing sent anywhere. Loaded only when the user asks for the file
// (window.__loadDocx in index.html; inlined in the single file), so it costs nothing at first load.

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const LANGS = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
// What is there for the screen only: controls, charts (each has a table), hidden helpers.
const SKIP = 'script, style, button, input, select, textarea, svg, .no-print, [hidden], [aria-hidden="true"]';

const xml = (s) => String(s)
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Runs for the inline content of an element: bold and italic kept, line breaks kept, white space folded. */
function runs(el, fmt = {}) {
  let out = '';
  for (const n of el.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) {
      const text = n.textContent.replace(/\s+/g, ' ');
      if (!text) continue;
      const pr = (fmt.b ? '<w:b/>' : '') + (fmt.i ? '<w:i/>' : '');
      out += `<w:r>${pr ? `<w:rPr>${pr}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
    } else if (n.nodeType === Node.ELEMENT_NODE && !n.matches(SKIP) && !n.classList.contains('visually-hidden')) {
      if (n.tagName === 'BR') out += '<w:r><w:br/></w:r>';
      else out += runs(n, { b: fmt.b || /^(STRONG|B|TH|DT)$/.test(n.tagName), i: fmt.i || /^(EM|I)$/.test(n.tagName) });
    }
  }
  return out;
}

const para = (content, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;

function cell(el, header, width) {
  const content = el ? runs(el, { b: header }) : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="pct"/></w:tcPr>${para(content)}</w:tc>`;
}

function table(rows, headerRows) {
  if (!rows.length) return '';
  const cols = Math.max(...rows.map((r) => r.length));
  const width = Math.floor(5000 / cols);
  const body = rows.map((r, i) => {
    const head = i < headerRows;
    const cells = [...Array(cols).keys()].map((c) => cell(r[c], head, width)).join('');
    return `<w:tr>${head ? '<w:trPr><w:tblHeader/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${cells}</w:tr>`;
  }).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="Tabell"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>${body}</w:tbl>${para('')}`;
}

/** Block-level content of an element, in document order. */
function blocks(el) {
  let out = '';
  for (const n of el.children) {
    if (n.matches(SKIP)) continue;
    const tag = n.tagName;
    if (/^H[1-6]$/.test(tag)) out += para(runs(n), `Heading${Math.min(Number(tag[1]), 4)}`);
    else if (tag === 'P') out += n.textContent.trim() ? para(runs(n)) : '';
    else if (tag === 'UL' || tag === 'OL') {
      [...n.children].filter((li) => li.tagName === 'LI' && !li.matches(SKIP)).forEach((li, i) => {
        out += para(`<w:r><w:t xml:space="preserve">${tag === 'OL' ? `${i + 1}. ` : '– '}</w:t></w:r>${runs(li)}`, 'Liste');
      });
    } else if (tag === 'TABLE') {
      const head = [...n.querySelectorAll(':scope > thead > tr')].map((tr) => [...tr.children]);
      const body = [...n.querySelectorAll(':scope > tbody > tr, :scope > tr')].map((tr) => [...tr.children]);
      const caption = n.querySelector(':scope > caption');
      if (caption && !caption.classList.contains('visually-hidden')) out += para(runs(caption), 'Tabelltittel');
      out += table([...head, ...body], head.length);
    } else if (tag === 'DL') {
      const rows = [];
      for (const c of n.children) {
        if (c.tagName === 'DT') rows.push([c]);
        else if (c.tagName === 'DD' && rows.length) rows[rows.length - 1].push(c);
        else if (c.tagName === 'DIV') { const [dt, dd] = c.children; rows.push([dt, dd]); }
      }
      out += table(rows, 0);
    } else if (n.children.length && !n.matches('span, a, strong, em, b, i')) out += blocks(n);
    else if (n.textContent.trim()) out += para(runs(n));
  }
  return out;
}

const FIELD = (instr, shown) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const text = (s) => `<w:r><w:t xml:space="preserve">${xml(s)}</w:t></w:r>`;

function styles(lang) {
  const heading = (n, size) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="${n === 1 ? 0 : 240}" w:after="80"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    heading(1, 32) + heading(2, 28) + heading(3, 24) + heading(4, 22) +
    `<w:style w:type="paragraph" w:styleId="Liste"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360" w:hanging="240"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Tabelltittel"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>` +
    `<w:style w:type="table" w:styleId="Tabell"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`).join('') +
    `</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;
}

// ---- ZIP (stored, no compression: the file stays small, and Word reads it) ----
const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function zip(files) {
  const enc = new TextEncoder();
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of files) {
    const nameBytes = enc.encode(name);
    const data = enc.encode(content);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    // Signature, version 2.0, flag bit 11 (UTF-8 names), stored, time/date 0 (1980), crc, sizes, name length.
    [[0, 0x04034b50, 4], [4, 20, 2], [6, 0x0800, 2], [8, 0, 2], [10, 0, 2], [12, 0x21, 2], [14, crc, 4], [18, data.length, 4], [22, data.length, 4], [26, nameBytes.length, 2], [28, 0, 2]]
      .forEach(([at, v, n]) => (n === 4 ? local.setUint32(at, v, true) : local.setUint16(at, v, true)));
    const dir = new DataView(new ArrayBuffer(46));
    [[0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [8, 0x0800, 2], [10, 0, 2], [12, 0, 2], [14, 0x21, 2], [16, crc, 4], [20, data.length, 4], [24, data.length, 4], [28, nameBytes.length, 2], [30, 0, 2], [32, 0, 2], [34, 0, 2], [36, 0, 2], [38, 0, 4], [42, offset, 4]]
      .forEach(([at, v, n]) => (n === 4 ? dir.setUint32(at, v, true) : dir.setUint16(at, v, true)));
    parts.push(new Uint8Array(local.buffer), nameBytes, data);
    central.push(new Uint8Array(dir.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = central.reduce((s, p) => s + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  [[0, 0x06054b50, 4], [4, 0, 2], [6, 0, 2], [8, files.length, 2], [10, files.length, 2], [12, size, 4], [16, offset, 4], [20, 0, 2]]
    .forEach(([at, v, n]) => (n === 4 ? end.setUint32(at, v, true) : end.setUint16(at, v, true)));
  return new Blob([...parts, ...central, new Uint8Array(end.buffer)], { type: WORD });
}

/** The report on screen (`article.report`) as a .docx Blob. `page` is the footer's words: ["Side", "av"]. */
export async function reportDocx({ page }) {
  const root = document.querySelector('article.report');
  if (!root) throw new Error('no report on the page');
  const lang = LANGS[document.documentElement.lang] ?? 'nb-NO';
  const title = root.querySelector('h1')?.textContent.trim() ?? '';
  const draft = root.querySelector('[data-testid=draft-mark] .draft-word')?.textContent.trim();
  const rels = [
    ['rIdStyles', 'styles', 'styles.xml'],
    ['rIdFooter', 'footer', 'footer1.xml'],
    ...(draft ? [['rIdHeader', 'header', 'header1.xml']] : []),
  ];
  const sect = `<w:sectPr>${draft ? '<w:headerReference w:type="default" r:id="rIdHeader"/>' : ''}<w:footerReference w:type="default" r:id="rIdFooter"/>` +
    `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  const files = [
    ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
      (draft ? `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` : '') +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`],
    ['docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${xml(title)}</dc:title><dc:language>${lang}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${new Date().toISOString().slice(0, 19)}Z</dcterms:created></cp:coreProperties>`],
    ['word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`).join('') + '</Relationships>'],
    ['word/styles.xml', styles(lang)],
    ['word/footer1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${NS}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>${text(`${page[0]} `)}${FIELD('PAGE', '1')}${text(` ${page[1]} `)}${FIELD('NUMPAGES', '1')}</w:p></w:ftr>`],
    ...(draft ? [['word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="B00020"/><w:sz w:val="28"/></w:rPr><w:t>${xml(draft)}</w:t></w:r></w:p></w:hdr>`]] : []),
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${blocks(root)}${sect}</w:body></w:document>`],
  ];
  return zip(files);
}
