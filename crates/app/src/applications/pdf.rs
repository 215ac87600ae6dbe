//! PDF rendering of submission receipts, application dossiers and decision letters.
//!
//! Every string arrives already translated. Layout happens in two passes: the document is first
//! laid out into pages of positioned drawing operations, then handed to krilla. Laying out first
//! is what lets each page footer print the total page count ("Page 2 / 7").
//!
//! Text is measured with the fonts' real glyph advances (through `skrifa`) so that wrapping,
//! table columns and right alignment match what krilla draws.

use anyhow::{Context, Result, anyhow};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, GlyphId, MetadataProvider};

const SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
const SANS_MONO: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansMono.ttf");

/// A4 portrait, in PDF points.
const PAGE_W: f32 = 595.276;
const PAGE_H: f32 = 841.89;
/// 20 mm.
const MARGIN: f32 = 56.693;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;

const BODY: f32 = 10.0;
const LEADING: f32 = 1.35;
const TITLE: f32 = 18.0;
const HEADING: f32 = 13.0;
const SMALL: f32 = 8.0;
const TABLE: f32 = 9.0;
/// Mono glyphs are wide: at 80 % of the body size a 64-char SHA-256 still fits the value column
/// of a key/value block on one line.
const MONO_SCALE: f32 = 0.8;
const LABEL_FRAC: f32 = 0.34;
const GUTTER: f32 = 8.0;
const ROW_PAD: f32 = 3.0;
const CELL_PAD: f32 = 3.5;
const MIN_COL: f32 = 36.0;
const FOOTER_MAX_LINES: usize = 3;

const INK: u8 = 20;
const MUTED: u8 = 90;
const RULE: u8 = 170;
const HAIRLINE: u8 = 215;
const HEADER_BG: u8 = 232;

/// A label and its value, one row of a key/value block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfLine {
    /// The label, printed in bold in the left column.
    pub label: String,
    /// The value, wrapped in the right column.
    pub value: String,
}

/// One answer of a dossier: a labelled text (may hold several paragraphs separated by '\n'),
/// or a labelled table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfItem {
    /// A labelled text; '\n' separates paragraphs.
    Field {
        /// The question or field name.
        label: String,
        /// The answer.
        value: String,
    },
    /// A labelled table; rows may be shorter or longer than `headers`.
    Table {
        /// The question or field name.
        label: String,
        /// Column titles.
        headers: Vec<String>,
        /// Cells, row by row.
        rows: Vec<Vec<String>>,
        /// Whether column `i` is right-aligned (amounts); missing entries mean left-aligned.
        right_align: Vec<bool>,
    },
}

/// A section of a dossier.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfSection {
    /// The section title.
    pub heading: String,
    /// The answers of the section, in order.
    pub items: Vec<PdfItem>,
}

/// What a receipt states.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReceiptDoc {
    /// BCP 47 tag of the document language ("fr", "pl", "en").
    pub lang: String,
    /// The document title, e.g. "Accusé de réception".
    pub title: String,
    /// A heading under the title, e.g. the scheme's title.
    pub heading: String,
    /// The granting authority, e.g. "Département des Hauts-de-Seine".
    pub authority: String,
    /// Reference, organisation, project, submission instant, SHA-256 …
    pub lines: Vec<PdfLine>,
    /// Heading of the attachment list.
    pub attachments_heading: String,
    /// One line per attachment: file name and "SHA-256 … · 123 kB".
    pub attachments: Vec<PdfLine>,
    /// A closing paragraph, e.g. how to recompute the hash.
    pub footer: String,
    /// The word before page numbers: "Page" gives "Page 1 / 2".
    pub page_label: String,
}

/// A whole dossier.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DossierDoc {
    /// BCP 47 tag of the document language ("fr", "pl", "en").
    pub lang: String,
    /// The document title, e.g. the project title.
    pub title: String,
    /// A line under the title, e.g. "PROGRESS-2024-000042 · Progr'ESS 2024".
    pub subtitle: String,
    /// State, organisation, submission instant, eligibility …
    pub summary: Vec<PdfLine>,
    /// The answers, section by section.
    pub sections: Vec<PdfSection>,
    /// Heading of the history block.
    pub history_heading: String,
    /// One line per event: instant and "who: what".
    pub history: Vec<PdfLine>,
    /// Printed at the bottom of every page, e.g. "Exported on … by …".
    pub footer: String,
    /// The word before page numbers: "Page" gives "Page 1 / 2".
    pub page_label: String,
}

/// Renders a submission receipt as an A4 PDF.
///
/// Fails only if the embedded fonts cannot be read or krilla cannot serialise the document.
pub fn receipt(doc: &ReceiptDoc) -> Result<Vec<u8>> {
    let fonts = Fonts::load()?;
    let pages = layout_receipt(doc, &fonts);
    render(&pages, &fonts, &doc.title, &doc.lang)
}

/// Renders a full application dossier as an A4 PDF, with page breaks wherever needed.
///
/// Fails only if the embedded fonts cannot be read or krilla cannot serialise the document.
pub fn dossier(doc: &DossierDoc) -> Result<Vec<u8>> {
    let fonts = Fonts::load()?;
    let pages = layout_dossier(doc, &fonts);
    render(&pages, &fonts, &doc.title, &doc.lang)
}

/// A notification letter: the authority writes to the applicant about the committee's decision.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LetterDoc {
    /// BCP 47 tag of the document language ("fr", "pl", "en").
    pub lang: String,
    /// The sender, e.g. "Département des Hauts-de-Seine".
    pub authority: String,
    /// Place and date line, e.g. "6 décembre 2026".
    pub date: String,
    /// The recipient's lines (organisation, address).
    pub recipient: Vec<String>,
    /// Reference lines (call, application reference, amount).
    pub references: Vec<PdfLine>,
    /// The subject, printed in bold.
    pub subject: String,
    /// The body; '\n' separates paragraphs.
    pub body: String,
    /// Printed at the bottom of every page.
    pub footer: String,
    /// The word before page numbers.
    pub page_label: String,
}

/// Renders a decision letter as an A4 PDF.
///
/// Fails only if the embedded fonts cannot be read or krilla cannot serialise the document.
pub fn letter(doc: &LetterDoc) -> Result<Vec<u8>> {
    let fonts = Fonts::load()?;
    let band = Band::new(&fonts, &doc.footer, &doc.page_label);
    let mut l = Layout::new(&fonts, band.height());
    l.paragraph(&doc.authority, Style::bold(HEADING), INK);
    l.paragraph(&doc.date, Style::regular(BODY), MUTED);
    l.gap(18.0);
    for line in &doc.recipient {
        l.paragraph(line, Style::regular(BODY), INK);
    }
    l.gap(14.0);
    l.key_values(&doc.references);
    l.gap(10.0);
    l.paragraph(&doc.subject, Style::bold(11.0), INK);
    l.gap(8.0);
    for para in doc.body.split('\n') {
        if para.trim().is_empty() {
            l.gap(6.0);
        } else {
            l.paragraph(para, Style::regular(BODY), INK);
        }
    }
    let mut pages = l.finish();
    band.stamp(&mut pages, &fonts);
    render(&pages, &fonts, &doc.subject, &doc.lang)
}

fn layout_receipt(doc: &ReceiptDoc, fonts: &Fonts) -> Vec<Vec<Op>> {
    let band = Band::new(fonts, "", &doc.page_label);
    let mut l = Layout::new(fonts, band.height());
    l.paragraph(&doc.title, Style::bold(TITLE), INK);
    l.gap(4.0);
    l.paragraph(&doc.heading, Style::bold(HEADING), INK);
    l.paragraph(&doc.authority, Style::regular(BODY), MUTED);
    l.gap(12.0);
    l.key_values(&doc.lines);
    if !doc.attachments.is_empty() {
        l.heading(&doc.attachments_heading);
        l.key_values(&doc.attachments);
    }
    l.note(&doc.footer);
    let mut pages = l.finish();
    band.stamp(&mut pages, fonts);
    pages
}

fn layout_dossier(doc: &DossierDoc, fonts: &Fonts) -> Vec<Vec<Op>> {
    let band = Band::new(fonts, &doc.footer, &doc.page_label);
    let mut l = Layout::new(fonts, band.height());
    l.paragraph(&doc.title, Style::bold(TITLE), INK);
    l.paragraph(&doc.subtitle, Style::regular(11.0), MUTED);
    l.gap(12.0);
    l.key_values(&doc.summary);
    for section in &doc.sections {
        l.heading(&section.heading);
        for item in &section.items {
            match item {
                PdfItem::Field { label, value } => l.field(label, value),
                PdfItem::Table {
                    label,
                    headers,
                    rows,
                    right_align,
                } => l.table(label, headers, rows, right_align),
            }
        }
    }
    if !doc.history.is_empty() {
        l.heading(&doc.history_heading);
        l.key_values(&doc.history);
    }
    let mut pages = l.finish();
    band.stamp(&mut pages, fonts);
    pages
}

// ---------------------------------------------------------------------------------------------
// Fonts and measurement

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
    Mono,
}

struct FaceData {
    pdf: Font,
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
}

impl FaceData {
    fn load(bytes: &'static [u8], name: &str) -> Result<Self> {
        let pdf = Font::new(bytes.into(), 0).with_context(|| format!("unreadable font {name}"))?;
        let font = FontRef::new(bytes).with_context(|| format!("unreadable font {name}"))?;
        let location = LocationRef::default();
        let units_per_em = f32::from(font.metrics(Size::unscaled(), location).units_per_em);
        Ok(Self {
            pdf,
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::unscaled(), location),
            units_per_em: units_per_em.max(1.0),
        })
    }

    /// Characters missing from the font are drawn as .notdef, so they are measured as such.
    fn advance(&self, c: char) -> f32 {
        let glyph = self.charmap.map(c).unwrap_or(GlyphId::NOTDEF);
        self.metrics.advance_width(glyph).unwrap_or(0.0)
    }
}

struct Fonts {
    regular: FaceData,
    bold: FaceData,
    mono: FaceData,
}

impl Fonts {
    fn load() -> Result<Self> {
        Ok(Self {
            regular: FaceData::load(SANS, "DejaVuSans")?,
            bold: FaceData::load(SANS_BOLD, "DejaVuSans-Bold")?,
            mono: FaceData::load(SANS_MONO, "DejaVuSansMono")?,
        })
    }

    fn face(&self, face: Face) -> &FaceData {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
            Face::Mono => &self.mono,
        }
    }

    fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let data = self.face(face);
        let units: f32 = text.chars().map(|c| data.advance(c)).sum();
        units * size / data.units_per_em
    }
}

/// How a block of text is set. Hash-looking words switch to the mono face when `hashes` is set.
#[derive(Debug, Clone, Copy)]
struct Style {
    face: Face,
    size: f32,
    hashes: bool,
}

impl Style {
    fn regular(size: f32) -> Self {
        Self {
            face: Face::Regular,
            size,
            hashes: false,
        }
    }

    fn bold(size: f32) -> Self {
        Self {
            face: Face::Bold,
            size,
            hashes: false,
        }
    }

    fn value(size: f32) -> Self {
        Self {
            hashes: true,
            ..Self::regular(size)
        }
    }

    fn leading(self) -> f32 {
        self.size * LEADING
    }

    fn for_word(self, word: &str) -> (Face, f32) {
        if self.hashes && looks_like_hash(word) {
            (Face::Mono, self.size * MONO_SCALE)
        } else {
            (self.face, self.size)
        }
    }
}

fn looks_like_hash(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    core.len() == 64 && core.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Control characters would reach the PDF as .notdef boxes; line and paragraph separators of
/// every platform become '\n'.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' | '\u{2028}' | '\u{2029}' => '\n',
            '\n' => '\n',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// Marks, joiners and variation selectors must stay with the character before them when an
/// overlong word is cut.
fn is_attached(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{E0100}'..='\u{E01EF}'
        | '\u{1F3FB}'..='\u{1F3FF}')
}

// ---------------------------------------------------------------------------------------------
// Line breaking

/// A piece of a line set in one face and size, `dx` points from the line start.
#[derive(Debug, Clone)]
struct Run {
    dx: f32,
    face: Face,
    size: f32,
    text: String,
}

#[derive(Debug, Clone, Default)]
struct Line {
    runs: Vec<Run>,
    width: f32,
}

/// Greedy line filling for one paragraph.
struct Breaker<'a> {
    fonts: &'a Fonts,
    style: Style,
    max: f32,
    line: Line,
    out: Vec<Line>,
}

impl<'a> Breaker<'a> {
    fn new(fonts: &'a Fonts, style: Style, max: f32) -> Self {
        Self {
            fonts,
            style,
            max,
            line: Line::default(),
            out: Vec::new(),
        }
    }

    fn word(&mut self, word: &str) {
        let (face, size) = self.style.for_word(word);
        let width = self.fonts.width(face, size, word);
        let space = if self.line.runs.is_empty() {
            0.0
        } else {
            self.fonts.width(self.style.face, self.style.size, " ")
        };
        if self.line.width + space + width <= self.max {
            self.append(word, face, size, space, width);
            return;
        }
        self.flush();
        if width <= self.max {
            self.append(word, face, size, 0.0, width);
        } else {
            self.cut(word, face, size);
        }
    }

    /// An overlong word (hash, URL) is cut at character level; its tail stays open for the
    /// next word.
    fn cut(&mut self, word: &str, face: Face, size: f32) {
        let mut piece = String::new();
        let mut width = 0.0;
        for c in word.chars() {
            let w = self.fonts.width(face, size, c.encode_utf8(&mut [0; 4]));
            if !piece.is_empty() && !is_attached(c) && width + w > self.max {
                self.append(&piece, face, size, 0.0, width);
                self.flush();
                piece.clear();
                width = 0.0;
            }
            piece.push(c);
            width += w;
        }
        if !piece.is_empty() {
            self.append(&piece, face, size, 0.0, width);
        }
    }

    fn append(&mut self, text: &str, face: Face, size: f32, space: f32, width: f32) {
        let dx = self.line.width + space;
        match self.line.runs.last_mut() {
            Some(run) if run.face == face && run.size == size => {
                if space > 0.0 {
                    run.text.push(' ');
                }
                run.text.push_str(text);
            }
            _ => self.line.runs.push(Run {
                dx,
                face,
                size,
                text: text.to_owned(),
            }),
        }
        self.line.width = dx + width;
    }

    fn flush(&mut self) {
        if !self.line.runs.is_empty() {
            self.out.push(std::mem::take(&mut self.line));
        }
    }

    fn finish(mut self) -> Vec<Line> {
        self.flush();
        if self.out.is_empty() {
            // An empty paragraph still takes a line, which keeps blank lines between paragraphs.
            self.out.push(Line::default());
        }
        self.out
    }
}

fn wrap(fonts: &Fonts, text: &str, style: Style, max: f32) -> Vec<Line> {
    let max = max.max(1.0);
    let mut lines = Vec::new();
    for paragraph in clean(text).split('\n') {
        let mut breaker = Breaker::new(fonts, style, max);
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            breaker.word(word);
        }
        lines.extend(breaker.finish());
    }
    lines
}

/// The width `text` would take on a single line (its widest paragraph).
fn natural_width(fonts: &Fonts, text: &str, style: Style) -> f32 {
    wrap(fonts, text, style, f32::INFINITY)
        .iter()
        .map(|l| l.width)
        .fold(0.0, f32::max)
}

fn longest_word(fonts: &Fonts, text: &str, style: Style) -> f32 {
    text.split_whitespace()
        .map(|w| {
            let (face, size) = style.for_word(w);
            fonts.width(face, size, w)
        })
        .fold(0.0, f32::max)
}

// ---------------------------------------------------------------------------------------------
// Page layout

/// A positioned drawing operation; y grows downwards from the top of the page.
#[derive(Debug, Clone)]
enum Op {
    Text {
        x: f32,
        y: f32,
        face: Face,
        size: f32,
        grey: u8,
        text: String,
    },
    Fill {
        rect: (f32, f32, f32, f32),
        grey: u8,
    },
    Rule {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
        grey: u8,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Right,
}

struct Layout<'a> {
    fonts: &'a Fonts,
    pages: Vec<Vec<Op>>,
    y: f32,
    bottom: f32,
}

impl<'a> Layout<'a> {
    fn new(fonts: &'a Fonts, footer_height: f32) -> Self {
        Self {
            fonts,
            pages: vec![Vec::new()],
            y: MARGIN,
            bottom: PAGE_H - MARGIN - footer_height,
        }
    }

    fn finish(self) -> Vec<Vec<Op>> {
        self.pages
    }

    fn usable(&self) -> f32 {
        self.bottom - MARGIN
    }

    fn fresh(&self) -> bool {
        self.y <= MARGIN
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` still fits, so that what belongs together (a heading
    /// and its first lines, a table row) is not split across pages.
    fn keep(&mut self, height: f32) {
        if !self.fresh() && self.y + height > self.bottom {
            self.new_page();
        }
    }

    fn gap(&mut self, height: f32) {
        if !self.fresh() {
            self.y = (self.y + height).min(self.bottom);
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn draw_line(&mut self, line: &Line, x: f32, width: f32, style: Style, grey: u8, align: Align) {
        let start = match align {
            Align::Left => x,
            Align::Right => x + (width - line.width).max(0.0),
        };
        let baseline = self.y + 0.5 * style.leading() + 0.3 * style.size;
        for run in line.runs.iter().filter(|r| !r.text.is_empty()) {
            self.push(Op::Text {
                x: start + run.dx,
                y: baseline,
                face: run.face,
                size: run.size,
                grey,
                text: run.text.clone(),
            });
        }
    }

    fn rule(&mut self, y: f32, x: f32, width: f32, grey: u8) {
        self.push(Op::Rule {
            from: (x, y),
            to: (x + width, y),
            width: 0.5,
            grey,
        });
    }

    /// Full-width lines, breaking pages between lines as needed.
    fn flow(&mut self, lines: &[Line], style: Style, grey: u8) {
        for line in lines {
            if self.y + style.leading() > self.bottom {
                self.new_page();
            }
            self.draw_line(line, MARGIN, CONTENT_W, style, grey, Align::Left);
            self.y += style.leading();
        }
    }

    fn paragraph(&mut self, text: &str, style: Style, grey: u8) {
        if text.trim().is_empty() {
            return;
        }
        let lines = wrap(self.fonts, text, style, CONTENT_W);
        self.flow(&lines, style, grey);
    }

    fn heading(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let style = Style::bold(HEADING);
        let lines = wrap(self.fonts, text, style, CONTENT_W);
        self.gap(14.0);
        self.keep(lines.len() as f32 * style.leading() + 4.0 * BODY * LEADING);
        self.flow(&lines, style, INK);
        self.rule(self.y + 1.0, MARGIN, CONTENT_W, RULE);
        self.y += 6.0;
    }

    /// The closing note of a receipt: small print under a rule.
    fn note(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let style = Style::value(SMALL + 1.0);
        let lines = wrap(self.fonts, text, style, CONTENT_W);
        self.gap(16.0);
        self.keep(lines.len().min(4) as f32 * style.leading() + 6.0);
        self.rule(self.y, MARGIN, CONTENT_W, RULE);
        self.y += 6.0;
        self.flow(&lines, style, MUTED);
    }

    fn field(&mut self, label: &str, value: &str) {
        let value_style = Style::value(BODY);
        let values = wrap(self.fonts, value, value_style, CONTENT_W);
        self.label(label, values.len().min(2) as f32 * value_style.leading());
        self.flow(&values, value_style, INK);
    }

    /// The bold label of a dossier item, kept on the same page as `next` points of what follows.
    fn label(&mut self, label: &str, next: f32) {
        let style = Style::bold(BODY);
        let labels = if label.trim().is_empty() {
            Vec::new()
        } else {
            wrap(self.fonts, label, style, CONTENT_W)
        };
        self.gap(6.0);
        self.keep(labels.len() as f32 * style.leading() + next);
        self.flow(&labels, style, INK);
    }

    fn key_values(&mut self, rows: &[PdfLine]) {
        let label_w = CONTENT_W * LABEL_FRAC;
        let value_x = MARGIN + label_w + GUTTER;
        let value_w = CONTENT_W - label_w - GUTTER;
        let (label_style, value_style) = (Style::bold(BODY), Style::value(BODY));
        let leading = value_style.leading();
        for row in rows {
            let labels = wrap(self.fonts, &row.label, label_style, label_w);
            let values = wrap(self.fonts, &row.value, value_style, value_w);
            let count = labels.len().max(values.len());
            let height = count as f32 * leading + 2.0 * ROW_PAD;
            // Rows taller than a page cannot be kept whole; keep at least their first lines.
            self.keep(height.min(3.0 * leading + 2.0 * ROW_PAD));
            self.y += ROW_PAD;
            for i in 0..count {
                if self.y + leading > self.bottom {
                    self.new_page();
                }
                if let Some(line) = labels.get(i) {
                    self.draw_line(line, MARGIN, label_w, label_style, INK, Align::Left);
                }
                if let Some(line) = values.get(i) {
                    self.draw_line(line, value_x, value_w, value_style, INK, Align::Left);
                }
                self.y += leading;
            }
            self.y += ROW_PAD;
            self.rule(self.y, MARGIN, CONTENT_W, HAIRLINE);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tables

#[derive(Debug, Clone, Copy)]
struct Column {
    left: f32,
    width: f32,
    align: Align,
}

struct Table {
    columns: Vec<Column>,
    header: Vec<Vec<Line>>,
    repeat_header: bool,
}

impl Table {
    fn right(&self) -> f32 {
        self.columns.last().map_or(MARGIN, |c| c.left + c.width)
    }
}

fn cell(row: &[String], column: usize) -> &str {
    row.get(column).map_or("", String::as_str)
}

/// Column widths proportional to content: each column gets at least a sensible minimum, then
/// the rest of the width is shared according to how much more each column would like.
fn column_widths(
    fonts: &Fonts,
    headers: &[String],
    rows: &[Vec<String>],
    columns: usize,
) -> Vec<f32> {
    let pad = 2.0 * CELL_PAD;
    let mut natural = vec![0.0_f32; columns];
    let mut minimum = vec![0.0_f32; columns];
    for (c, (nat, min)) in natural.iter_mut().zip(minimum.iter_mut()).enumerate() {
        let header = cell(headers, c);
        let bold = Style::bold(TABLE);
        let body = Style::value(TABLE);
        let mut word = longest_word(fonts, header, bold);
        *nat = natural_width(fonts, header, bold);
        for row in rows {
            let text = cell(row, c);
            *nat = nat.max(natural_width(fonts, text, body));
            word = word.max(longest_word(fonts, text, body));
        }
        *nat = (*nat + pad).min(CONTENT_W);
        *min = (word + pad).clamp(MIN_COL, CONTENT_W * 0.3).min(*nat);
    }
    share(&natural, &minimum, CONTENT_W)
}

fn share(natural: &[f32], minimum: &[f32], total: f32) -> Vec<f32> {
    let sum_nat: f32 = natural.iter().sum();
    let sum_min: f32 = minimum.iter().sum();
    if sum_nat <= 0.0 {
        return vec![total / natural.len().max(1) as f32; natural.len()];
    }
    if sum_nat <= total {
        return natural.iter().map(|n| n * total / sum_nat).collect();
    }
    if sum_min >= total || sum_nat - sum_min <= 0.0 {
        let sum_min = sum_min.max(f32::EPSILON);
        return minimum.iter().map(|m| m * total / sum_min).collect();
    }
    let ratio = (total - sum_min) / (sum_nat - sum_min);
    natural
        .iter()
        .zip(minimum)
        .map(|(n, m)| m + (n - m) * ratio)
        .collect()
}

impl Layout<'_> {
    fn table(&mut self, label: &str, headers: &[String], rows: &[Vec<String>], right: &[bool]) {
        let columns = rows
            .iter()
            .map(Vec::len)
            .chain([headers.len()])
            .max()
            .unwrap_or(0);
        if columns == 0 {
            self.label(label, 0.0);
            return;
        }
        let mut left = MARGIN;
        let columns = column_widths(self.fonts, headers, rows, columns)
            .into_iter()
            .enumerate()
            .map(|(c, width)| {
                let align = match right.get(c) {
                    Some(true) => Align::Right,
                    _ => Align::Left,
                };
                left += width;
                Column {
                    left: left - width,
                    width,
                    align,
                }
            })
            .collect::<Vec<_>>();
        let mut table = Table {
            header: Vec::new(),
            repeat_header: false,
            columns,
        };
        table.header = self.cells(&table, headers, Style::bold(TABLE));
        let header_h = row_height(&table.header);
        table.repeat_header = header_h <= self.usable() / 4.0;
        let first_h = rows.first().map_or(0.0, |r| {
            row_height(&self.cells(&table, r, Style::value(TABLE)))
        });
        self.label(label, (header_h + first_h).min(self.usable() / 2.0));
        self.y += 2.0;
        self.table_row(&table, &table.header, true);
        for row in rows {
            let cells = self.cells(&table, row, Style::value(TABLE));
            self.table_row(&table, &cells, false);
        }
    }

    fn cells(&self, table: &Table, row: &[String], style: Style) -> Vec<Vec<Line>> {
        let inner = |c: &Column| c.width - 2.0 * CELL_PAD;
        (table.columns.iter().enumerate())
            .map(|(i, c)| wrap(self.fonts, cell(row, i), style, inner(c)))
            .collect()
    }

    /// Draws a row, moving it to the next page when it fits there whole, and splitting it
    /// across pages only when it is taller than a page.
    fn table_row(&mut self, table: &Table, cells: &[Vec<Line>], is_header: bool) {
        let leading = TABLE * LEADING;
        let count = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let height = row_height(cells);
        if self.y + height > self.bottom && !self.fresh() && height <= self.usable() {
            self.table_break(table, is_header);
        }
        let mut start = 0;
        while start < count {
            let room = ((self.bottom - self.y - 2.0 * CELL_PAD) / leading)
                .floor()
                .max(0.0) as usize;
            let take = room.min(count - start);
            if take == 0 && !self.fresh() {
                self.table_break(table, is_header);
                continue;
            }
            let take = take.max(1);
            self.row_slice(table, cells, start..start + take, is_header);
            start += take;
            if start < count {
                self.table_break(table, is_header);
            }
        }
    }

    fn table_break(&mut self, table: &Table, is_header: bool) {
        self.new_page();
        if table.repeat_header && !is_header {
            self.table_row(table, &table.header, true);
        }
    }

    fn row_slice(
        &mut self,
        table: &Table,
        cells: &[Vec<Line>],
        range: std::ops::Range<usize>,
        is_header: bool,
    ) {
        let style = if is_header {
            Style::bold(TABLE)
        } else {
            Style::value(TABLE)
        };
        let top = self.y;
        let height = range.len() as f32 * style.leading() + 2.0 * CELL_PAD;
        let right = table.right();
        if is_header {
            self.push(Op::Fill {
                rect: (MARGIN, top, right - MARGIN, height),
                grey: HEADER_BG,
            });
        }
        for (column, lines) in table.columns.iter().zip(cells) {
            let (x, w) = (column.left + CELL_PAD, column.width - 2.0 * CELL_PAD);
            self.y = top + CELL_PAD;
            for line in lines.iter().skip(range.start).take(range.len()) {
                self.draw_line(line, x, w, style, INK, column.align);
                self.y += style.leading();
            }
        }
        self.y = top + height;
        self.rule(top, MARGIN, right - MARGIN, RULE);
        self.rule(top + height, MARGIN, right - MARGIN, RULE);
        for x in table.columns.iter().map(|c| c.left).chain([right]) {
            self.push(Op::Rule {
                from: (x, top),
                to: (x, top + height),
                width: 0.5,
                grey: RULE,
            });
        }
    }
}

fn row_height(cells: &[Vec<Line>]) -> f32 {
    let count = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    count as f32 * TABLE * LEADING + 2.0 * CELL_PAD
}

// ---------------------------------------------------------------------------------------------
// Page footer

/// The band at the bottom of every page: footer text on the left, page number on the right.
struct Band {
    lines: Vec<Line>,
    label: String,
}

impl Band {
    fn new(fonts: &Fonts, footer: &str, page_label: &str) -> Self {
        let style = Style::regular(SMALL);
        let label = truncate(fonts, page_label.trim(), style, CONTENT_W * 0.4);
        let number_w = fonts.width(Face::Regular, SMALL, &format!("{label} 9999 / 9999"));
        let ellipsis = fonts.width(Face::Regular, SMALL, "…");
        let text_w = CONTENT_W - number_w - 16.0 - ellipsis;
        let flat = clean(footer).replace('\n', " ");
        let mut lines = if flat.trim().is_empty() {
            Vec::new()
        } else {
            wrap(fonts, &flat, style, text_w)
        };
        if lines.len() > FOOTER_MAX_LINES {
            lines.truncate(FOOTER_MAX_LINES);
            if let Some(run) = lines.last_mut().and_then(|l| l.runs.last_mut()) {
                run.text.push('…');
            }
        }
        Self { lines, label }
    }

    fn leading() -> f32 {
        SMALL * 1.3
    }

    fn height(&self) -> f32 {
        self.lines.len().max(1) as f32 * Self::leading() + 10.0
    }

    fn stamp(&self, pages: &mut [Vec<Op>], fonts: &Fonts) {
        let total = pages.len();
        let top = PAGE_H - MARGIN - self.lines.len().max(1) as f32 * Self::leading();
        let baseline = top + Self::leading() - 0.25 * SMALL;
        for (i, ops) in pages.iter_mut().enumerate() {
            ops.push(Op::Rule {
                from: (MARGIN, top - 4.0),
                to: (MARGIN + CONTENT_W, top - 4.0),
                width: 0.5,
                grey: RULE,
            });
            for (n, line) in self.lines.iter().enumerate() {
                for run in &line.runs {
                    ops.push(Op::Text {
                        x: MARGIN + run.dx,
                        y: baseline + n as f32 * Self::leading(),
                        face: run.face,
                        size: run.size,
                        grey: MUTED,
                        text: run.text.clone(),
                    });
                }
            }
            let number = format!("{} {} / {}", self.label, i + 1, total);
            let number = number.trim_start().to_owned();
            let width = fonts.width(Face::Regular, SMALL, &number);
            ops.push(Op::Text {
                x: MARGIN + CONTENT_W - width,
                y: baseline,
                face: Face::Regular,
                size: SMALL,
                grey: MUTED,
                text: number,
            });
        }
    }
}

/// Shortens `text` to one line of at most `max` points, ending with an ellipsis when cut.
fn truncate(fonts: &Fonts, text: &str, style: Style, max: f32) -> String {
    let flat = clean(text).replace('\n', " ");
    if fonts.width(style.face, style.size, &flat) <= max {
        return flat;
    }
    let mut out = String::new();
    let budget = max - fonts.width(style.face, style.size, "…");
    for c in flat.chars() {
        out.push(c);
        if fonts.width(style.face, style.size, &out) > budget {
            out.pop();
            break;
        }
    }
    out.push('…');
    out
}

// ---------------------------------------------------------------------------------------------
// Rendering

fn render(pages: &[Vec<Op>], fonts: &Fonts, title: &str, lang: &str) -> Result<Vec<u8>> {
    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(clean(title).replace('\n', " "))
        .creator("Passerelle".to_owned());
    // The language tag reaches the XMP packet unescaped, so only tag characters get through.
    let lang: String = (lang.chars())
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(35)
        .collect();
    if !lang.is_empty() {
        metadata = metadata.language(lang);
    }
    document.set_metadata(metadata);
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).context("invalid page size")?;
    for ops in pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, fonts, op);
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| anyhow!("PDF serialisation failed: {e}"))
}

fn fill(level: u8) -> Fill {
    Fill {
        paint: rgb::Color::new(level, level, level).into(),
        ..Fill::default()
    }
}

fn draw(surface: &mut Surface<'_>, fonts: &Fonts, op: &Op) {
    match op {
        Op::Text {
            x,
            y,
            face,
            size,
            grey,
            text,
        } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*grey)));
            let font = fonts.face(*face).pdf.clone();
            let start = Point::from_xy(*x, *y);
            surface.draw_text(start, font, *size, text, false, TextDirection::Auto);
        }
        Op::Fill { rect, grey } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(rect.0, rect.1, rect.2, rect.3) {
                path.push_rect(rect);
            }
            if let Some(path) = path.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*grey)));
                surface.draw_path(&path);
            }
        }
        Op::Rule {
            from,
            to,
            width,
            grey,
        } => {
            let mut path = PathBuilder::new();
            path.move_to(from.0, from.1);
            path.line_to(to.0, to.1);
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(*grey, *grey, *grey).into(),
                    width: *width,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    const SAMPLE: &str = "Zażółć gęślą jaźń — Élément à 12 000,00 €";

    fn line(label: &str, value: &str) -> PdfLine {
        PdfLine {
            label: label.to_owned(),
            value: value.to_owned(),
        }
    }

    fn receipt_fr() -> ReceiptDoc {
        ReceiptDoc {
            lang: "fr".into(),
            title: "Accusé de réception".into(),
            heading: "Progr'ESS 2024 — Appel à projets de l'économie sociale et solidaire".into(),
            authority: "Département des Hauts-de-Seine".into(),
            lines: vec![
                line("Référence", "PROGRESS-2024-000042"),
                line("Organisation", SAMPLE),
                line("Projet", "Recyclerie solidaire de Nanterre : collecte, réemploi et ateliers de réparation ouverts aux habitants du quartier"),
                line("Déposé le", "12 mars 2024 à 14:32 (heure de Paris)"),
                line("Empreinte SHA-256 du dossier", HASH),
            ],
            attachments_heading: "Pièces jointes".into(),
            attachments: vec![
                line("budget-prévisionnel-2024.xlsx", &format!("SHA-256 {HASH} · 48 kB")),
                line("statuts_association_signés_version_définitive_après_assemblée_générale.pdf", &format!("SHA-256 {HASH} · 1 204 kB")),
            ],
            footer: "Pour vérifier l'intégrité d'une pièce, recalculez son empreinte avec « sha256sum fichier » (Linux, macOS) ou « Get-FileHash fichier » (Windows) et comparez-la à celle indiquée ci-dessus.".into(),
            page_label: "Page".into(),
        }
    }

    fn receipt_pl() -> ReceiptDoc {
        ReceiptDoc {
            lang: "pl".into(),
            title: "Potwierdzenie złożenia wniosku".into(),
            heading: "Program „Aktywni Razem” 2024".into(),
            authority: "Urząd Marszałkowski Województwa Łódzkiego".into(),
            lines: vec![
                line("Numer", "AKTYWNI-2024-000117"),
                line("Organizacja", "Fundacja Źródło — Łódź, ul. Piotrkowska 12"),
                line("Projekt", SAMPLE),
                line("Złożono", "3 kwietnia 2024, 09:15"),
                line("Skrót SHA-256", HASH),
            ],
            attachments_heading: "Załączniki".into(),
            attachments: vec![line("budżet.pdf", &format!("SHA-256 {HASH} · 87 kB"))],
            footer: "Aby sprawdzić plik, oblicz jego skrót poleceniem „sha256sum plik” i porównaj z powyższym.".into(),
            page_label: "Strona".into(),
        }
    }

    fn budget_table(rows: usize) -> PdfItem {
        PdfItem::Table {
            label: "Budget prévisionnel".into(),
            headers: vec![
                "Poste de dépense".into(),
                "Financeur".into(),
                "Montant (€)".into(),
            ],
            rows: (0..rows)
                .map(|i| {
                    vec![
                        format!("Dépense n° {i} : achat de matériel de réparation et d'outillage"),
                        "Département".into(),
                        format!("{} 000,00", 1 + i % 90),
                    ]
                })
                .collect(),
            right_align: vec![false, false, true],
        }
    }

    fn dossier_fr() -> DossierDoc {
        DossierDoc {
            lang: "fr".into(),
            title: "Recyclerie solidaire de Nanterre".into(),
            subtitle: "PROGRESS-2024-000042 · Progr'ESS 2024".into(),
            summary: vec![
                line("État", "Déposé"),
                line("Organisation", SAMPLE),
                line("Déposé le", "12 mars 2024 à 14:32"),
                line("Éligibilité", "Toutes les conditions sont remplies"),
                line("Empreinte SHA-256", HASH),
            ],
            sections: vec![
                PdfSection {
                    heading: "Présentation du projet".into(),
                    items: vec![
                        PdfItem::Field {
                            label: "Description".into(),
                            value: "La recyclerie collecte les objets dont les habitants n'ont plus l'usage.\nElle les répare, les revend à petit prix et anime des ateliers.\n\nZażółć gęślą jaźń.".into(),
                        },
                        PdfItem::Field {
                            label: "Site internet".into(),
                            value: "https://www.example.org/associations/recyclerie-solidaire-de-nanterre/projets/2024/appel-a-projets-progress/dossier-complet-version-finale".into(),
                        },
                    ],
                },
                PdfSection {
                    heading: "Budget".into(),
                    items: vec![budget_table(6)],
                },
            ],
            history_heading: "Historique".into(),
            history: vec![
                line("12/03/2024 14:32", "Camille Martin : dépôt du dossier"),
                line("13/03/2024 09:01", "Instructeur : accusé de réception envoyé"),
            ],
            footer: "Exporté le 14 mars 2024 à 10:00 par Jeanne Dupont".into(),
            page_label: "Page".into(),
        }
    }

    fn dossier_pl() -> DossierDoc {
        DossierDoc {
            lang: "pl".into(),
            title: "Świetlica środowiskowa „Źródło”".into(),
            subtitle: "AKTYWNI-2024-000117 · Aktywni Razem 2024".into(),
            summary: vec![line("Stan", "Złożony"), line("Organizacja", SAMPLE)],
            sections: vec![PdfSection {
                heading: "Opis projektu".into(),
                items: vec![PdfItem::Field {
                    label: "Cel".into(),
                    value: "Zajęcia pozalekcyjne dla dzieci z gmin wiejskich.".into(),
                }],
            }],
            history_heading: "Historia".into(),
            history: vec![line(
                "03.04.2024 09:15",
                "Anna Wiśniewska: złożenie wniosku",
            )],
            footer: "Wyeksportowano 4 kwietnia 2024 przez Jana Kowalskiego".into(),
            page_label: "Strona".into(),
        }
    }

    fn long_dossier() -> DossierDoc {
        let mut doc = dossier_fr();
        let text: String = "Lorem ipsum dolor sit amet, consectetur adipiscing élit. "
            .chars()
            .cycle()
            .take(20_000)
            .collect();
        doc.sections.push(PdfSection {
            heading: "Annexes".into(),
            items: vec![
                PdfItem::Field {
                    label: "Texte long".into(),
                    value: text,
                },
                budget_table(300),
            ],
        });
        doc
    }

    fn assert_pdf(bytes: &[u8]) {
        assert!(bytes.starts_with(b"%PDF-"), "missing PDF header");
        let end = bytes.trim_ascii_end();
        assert!(end.ends_with(b"%%EOF"), "missing %%EOF trailer");
    }

    fn count(haystack: &[u8], needle: &[u8]) -> usize {
        haystack
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count()
    }

    /// Page objects in the file. krilla writes no object streams, so every page dictionary is
    /// visible; `/Type/Page` also prefixes the `/Type/Pages` tree node.
    fn page_objects(bytes: &[u8]) -> usize {
        let tight = count(bytes, b"/Type/Page") - count(bytes, b"/Type/Pages");
        let spaced = count(bytes, b"/Type /Page") - count(bytes, b"/Type /Pages");
        tight + spaced
    }

    fn text_extent(fonts: &Fonts, op: &Op) -> Option<(f32, f32, f32)> {
        match op {
            Op::Text {
                x,
                y,
                face,
                size,
                text,
                ..
            } => Some((*x, *x + fonts.width(*face, *size, text), *y)),
            _ => None,
        }
    }

    /// Every glyph run must lie inside the 20 mm margins.
    fn assert_within_margins(pages: &[Vec<Op>]) {
        let fonts = Fonts::load().unwrap();
        for (n, page) in pages.iter().enumerate() {
            for op in page {
                if let Some((left, right, baseline)) = text_extent(&fonts, op) {
                    assert!(
                        left >= MARGIN - 0.01,
                        "page {n}: text starts left of margin: {op:?}"
                    );
                    assert!(
                        right <= PAGE_W - MARGIN + 0.01,
                        "page {n}: text overflows: {op:?}"
                    );
                    assert!(
                        (MARGIN..=PAGE_H - MARGIN + 0.01).contains(&baseline),
                        "page {n}: {op:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn receipts_are_pdfs() {
        for doc in [receipt_fr(), receipt_pl()] {
            let bytes = receipt(&doc).unwrap();
            assert_pdf(&bytes);
            assert_eq!(page_objects(&bytes), 1);
            assert!(count(&bytes, b"/FontFile2") >= 2, "fonts must be embedded");
            assert!(
                count(&bytes, b"/ToUnicode") >= 2,
                "text must be extractable"
            );
        }
    }

    #[test]
    fn dossiers_are_pdfs() {
        for doc in [dossier_fr(), dossier_pl()] {
            let bytes = dossier(&doc).unwrap();
            assert_pdf(&bytes);
            assert!(
                count(&bytes, b"/Lang") >= 1,
                "document language must be set"
            );
        }
    }

    #[test]
    fn long_dossier_spans_several_pages() {
        let fonts = Fonts::load().unwrap();
        let doc = long_dossier();
        let pages = layout_dossier(&doc, &fonts);
        assert!(pages.len() > 5, "only {} pages", pages.len());
        assert_within_margins(&pages);
        let bytes = dossier(&doc).unwrap();
        assert_pdf(&bytes);
        assert_eq!(page_objects(&bytes), pages.len());
    }

    #[test]
    fn layouts_stay_within_margins() {
        let fonts = Fonts::load().unwrap();
        assert_within_margins(&layout_receipt(&receipt_fr(), &fonts));
        assert_within_margins(&layout_receipt(&receipt_pl(), &fonts));
        assert_within_margins(&layout_dossier(&dossier_fr(), &fonts));
        assert_within_margins(&layout_dossier(&edge_dossier(), &fonts));
    }

    #[test]
    fn wrapping_respects_width_and_keeps_every_character() {
        let fonts = Fonts::load().unwrap();
        let text = format!(
            "{SAMPLE} {HASH} https://example.org/{}\n\nfin",
            "x".repeat(300)
        );
        for max in [1.0, 20.0, 80.0, 300.0] {
            let lines = wrap(&fonts, &text, Style::value(BODY), max);
            for l in &lines {
                let single_char = l.runs.iter().map(|r| r.text.chars().count()).sum::<usize>() <= 1;
                assert!(l.width <= max + 0.01 || single_char, "{max}: {l:?}");
            }
            let joined: String = lines
                .iter()
                .flat_map(|l| l.runs.iter().map(|r| r.text.as_str()))
                .collect();
            let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(strip(&joined), strip(&text));
        }
    }

    #[test]
    fn hashes_are_set_in_mono() {
        assert!(looks_like_hash(HASH));
        assert!(looks_like_hash(&format!("({HASH}),")));
        assert!(!looks_like_hash(&HASH[1..]));
        assert!(!looks_like_hash(&"g".repeat(64)));
        let fonts = Fonts::load().unwrap();
        let lines = wrap(
            &fonts,
            HASH,
            Style::value(BODY),
            CONTENT_W * (1.0 - LABEL_FRAC) - GUTTER,
        );
        assert_eq!(lines.len(), 1, "a SHA-256 fits the value column");
        assert_eq!(lines[0].runs[0].face, Face::Mono);
    }

    #[test]
    fn columns_share_the_width() {
        let fonts = Fonts::load().unwrap();
        let headers = vec!["#".to_owned(), "Libellé".to_owned(), "Montant".to_owned()];
        let rows = vec![vec![
            "1".to_owned(),
            "x ".repeat(400),
            "12 000,00".to_owned(),
        ]];
        let widths = column_widths(&fonts, &headers, &rows, 3);
        let total: f32 = widths.iter().sum();
        assert!((total - CONTENT_W).abs() < 0.1);
        assert!(widths[1] > widths[2] && widths[2] > widths[0]);
        let many = column_widths(&fonts, &[], &[vec!["a".repeat(50); 30]], 30);
        assert!((many.iter().sum::<f32>() - CONTENT_W).abs() < 0.1);
    }

    fn edge_dossier() -> DossierDoc {
        let huge_word = "é".repeat(20_000);
        DossierDoc {
            lang: String::new(),
            title: "\u{1F600} emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u{0007}\t\r\n".into(),
            page_label: "Seite mit einer sehr langen Bezeichnung ".repeat(20),
            footer: "Pied de page très long. ".repeat(200),
            summary: vec![
                line("", ""),
                line(&"Libellé ".repeat(80), "👍🏽 \u{200D} \u{FFFF}"),
            ],
            sections: vec![
                PdfSection::default(),
                PdfSection {
                    heading: "Cas limites".into(),
                    items: vec![
                        PdfItem::Field {
                            label: String::new(),
                            value: String::new(),
                        },
                        PdfItem::Field {
                            label: "Un mot".into(),
                            value: huge_word,
                        },
                        PdfItem::Table {
                            label: "Vide".into(),
                            headers: vec![],
                            rows: vec![],
                            right_align: vec![],
                        },
                        PdfItem::Table {
                            label: String::new(),
                            headers: vec!["A".into()],
                            rows: vec![],
                            right_align: vec![true; 5],
                        },
                        PdfItem::Table {
                            label: "Irrégulière".into(),
                            headers: vec!["A".into(), "B".into()],
                            rows: vec![
                                vec![],
                                vec!["1".into(), "2".into(), "3".into(), "4".into()],
                                vec!["x".repeat(5_000)],
                            ],
                            right_align: vec![true],
                        },
                        PdfItem::Table {
                            label: "Très haute".into(),
                            headers: vec!["En-tête ".repeat(300)],
                            rows: vec![vec!["ligne\n".repeat(200)], vec![String::new()]],
                            right_align: vec![],
                        },
                    ],
                },
            ],
            ..DossierDoc::default()
        }
    }

    #[test]
    fn edge_cases_do_not_panic() {
        assert_pdf(&receipt(&ReceiptDoc::default()).unwrap());
        assert_pdf(&dossier(&DossierDoc::default()).unwrap());
        assert_pdf(&dossier(&edge_dossier()).unwrap());
        let mut doc = receipt_fr();
        doc.lines.push(line("Long", &"mot ".repeat(5_000)));
        doc.footer = "\u{1F680}".repeat(300);
        doc.attachments_heading = String::new();
        assert_pdf(&receipt(&doc).unwrap());
    }

    #[test]
    fn text_is_extractable() {
        let available = std::process::Command::new("pdftotext")
            .arg("-v")
            .output()
            .is_ok();
        if !available {
            println!("skipped: pdftotext not installed (apt-get install poppler-utils)");
            return;
        }
        let dir = std::env::temp_dir();
        let cases = [
            ("receipt", receipt(&receipt_fr()).unwrap()),
            ("dossier", dossier(&dossier_fr()).unwrap()),
        ];
        for (name, bytes) in cases {
            let path = dir.join(format!("passerelle-pdf-{}-{name}.pdf", std::process::id()));
            std::fs::write(&path, &bytes).unwrap();
            let out = std::process::Command::new("pdftotext")
                .args(["-enc", "UTF-8"])
                .arg(&path)
                .arg("-")
                .output()
                .unwrap();
            let _ = std::fs::remove_file(&path);
            assert!(out.status.success(), "pdftotext failed on {name}");
            let text = String::from_utf8(out.stdout).unwrap();
            let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            let sample: String = SAMPLE.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                compact.contains(&sample),
                "{name}: sample text missing from\n{text}"
            );
            assert!(compact.contains(HASH), "{name}: hash missing from\n{text}");
            assert!(text.contains("Page 1 / 1"), "{name}: page number missing");
        }
    }

    /// Writes sample PDFs for a visual check: `PASSERELLE_PDF_SAMPLES=/tmp/x cargo test`.
    #[test]
    fn write_samples_when_asked() {
        let Some(dir) = std::env::var_os("PASSERELLE_PDF_SAMPLES") else {
            return;
        };
        let dir = std::path::PathBuf::from(dir);
        std::fs::write(dir.join("receipt.pdf"), receipt(&receipt_fr()).unwrap()).unwrap();
        std::fs::write(dir.join("receipt-pl.pdf"), receipt(&receipt_pl()).unwrap()).unwrap();
        std::fs::write(dir.join("dossier.pdf"), dossier(&dossier_fr()).unwrap()).unwrap();
        std::fs::write(
            dir.join("dossier-long.pdf"),
            dossier(&long_dossier()).unwrap(),
        )
        .unwrap();
        std::fs::write(
            dir.join("dossier-edge.pdf"),
            dossier(&edge_dossier()).unwrap(),
        )
        .unwrap();
    }
}
