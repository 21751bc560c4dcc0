//! PDFs Steady writes (the ride card, the check-in summary), with krilla:
//! real text in embedded, subset fonts in any script, so a card can be
//! selected, searched and read aloud; tagged (headings, paragraphs, figures
//! with their alternative text) for screen readers.
//!
//! A document is laid out first, as a list of drawing operations per page
//! (text already shaped, so its size is known), and written at the end.
//! Right-to-left text is drawn in visual order (see [`text`]); every line
//! without right-to-left text also carries its logical text as ActualText,
//! which keeps emoji in their line for text extraction. Lines with
//! right-to-left text do not: readers (poppler among them) rebuild their
//! order from the glyphs, and reverse an ActualText they are given.

pub mod fonts;
pub mod text;

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag, Tag, TagGroup, TagKind, TagTree};
use krilla::Document;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::views::qr::QrMatrix;
use fonts::Fonts;
use text::ShapedLine;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in PDF points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// A colour; the palette follows DESIGN.md (one muted accent, greys, one
/// warning colour for red flags) and prints well in grey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const INK: Rgb = Rgb(0x1f, 0x29, 0x33);
pub const MUTED: Rgb = Rgb(0x52, 0x5f, 0x6b);
pub const ACCENT: Rgb = Rgb(0x1d, 0x6f, 0x72);
pub const ACCENT_SOFT: Rgb = Rgb(0xe3, 0xf1, 0xf0);
pub const WARN: Rgb = Rgb(0xa2, 0x3b, 0x2a);
pub const WARN_SOFT: Rgb = Rgb(0xfb, 0xec, 0xe8);
pub const LINE: Rgb = Rgb(0xc9, 0xd2, 0xd9);

/// How a piece of text looks.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: Rgb,
}

impl Style {
    pub const fn new(size: f32, bold: bool, color: Rgb) -> Style {
        Style { size, bold, color }
    }

    /// Distance between baselines.
    pub fn leading(self) -> f32 {
        self.size * 1.27
    }
}

/// Where a block goes: its page, left edge, top and width, in points.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub page: usize,
    pub x: f32,
    pub top: f32,
    pub width: f32,
}

/// What a block of text is, for the tag tree (screen readers).
#[derive(Debug, Clone)]
pub enum Role {
    Title,
    Heading,
    Text,
    Figure { alt: String },
}

enum Op {
    Text {
        block: usize,
        x: f32,
        baseline: f32,
        style: Style,
        line: ShapedLine,
    },
    Rect {
        rect: (f32, f32, f32, f32),
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    Squares {
        block: usize,
        /// (x, y, side) of each dark square.
        squares: Vec<(f32, f32, f32)>,
    },
}

/// A document being laid out: pages of operations, and the tag tree's blocks.
pub struct Layout {
    paper: Paper,
    title: String,
    fonts: Fonts,
    pages: Vec<Vec<Op>>,
    blocks: Vec<Role>,
}

impl Layout {
    pub fn new(title: &str, paper: Paper) -> Layout {
        Layout {
            paper,
            title: title.to_string(),
            fonts: Fonts::new(),
            pages: vec![Vec::new()],
            blocks: Vec::new(),
        }
    }

    pub fn page_size(&self) -> (f32, f32) {
        self.paper.size()
    }

    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    /// Starts a new page; returns its index.
    pub fn add_page(&mut self) -> usize {
        self.pages.push(Vec::new());
        self.pages.len() - 1
    }

    /// Lines of `text` wrapped to `width`.
    pub fn wrap(&mut self, text: &str, style: Style, width: f32) -> Vec<ShapedLine> {
        text::wrap(&mut self.fonts, text, style.size, style.bold, width)
    }

    /// Width of `text` on one line, in points.
    pub fn width_of(&mut self, text: &str, style: Style) -> f32 {
        text::shape_line(&mut self.fonts, text, style.bold).width() * style.size
    }

    /// Height `text` takes wrapped to `width`.
    pub fn height_of(&mut self, text: &str, style: Style, width: f32) -> f32 {
        self.wrap(text, style, width).len() as f32 * style.leading()
    }

    /// Places wrapped `lines` with their first line's top at `at.top`;
    /// returns the height used. A right-to-left paragraph is aligned right.
    pub fn lines(&mut self, at: At, style: Style, role: Role, lines: Vec<ShapedLine>) -> f32 {
        let At { page, x, top, width } = at;
        let block = self.blocks.len();
        self.blocks.push(role);
        let mut baseline = top + style.size * 0.95;
        let count = lines.len();
        for line in lines {
            let line_x = if line.rtl_paragraph {
                x + (width - line.width() * style.size).max(0.0)
            } else {
                x
            };
            self.pages[page].push(Op::Text {
                block,
                x: line_x,
                baseline,
                style,
                line,
            });
            baseline += style.leading();
        }
        count as f32 * style.leading()
    }

    /// Wraps and places `text`; returns the height used.
    pub fn text(&mut self, at: At, style: Style, role: Role, text: &str) -> f32 {
        let lines = self.wrap(text, style, at.width);
        self.lines(at, style, role, lines)
    }

    /// A decorative rectangle (not read aloud).
    pub fn rect(&mut self, page: usize, rect: (f32, f32, f32, f32), fill: Option<Rgb>, stroke: Option<(Rgb, f32)>) {
        self.pages[page].push(Op::Rect { rect, fill, stroke });
    }

    /// A QR code drawn `at.width` points square at `at`, its quiet zone
    /// inside; `alt` is what a screen reader says instead.
    pub fn qr(&mut self, at: At, code: &QrMatrix, alt: &str) {
        let At {
            page,
            x,
            top,
            width: size,
        } = at;
        let (modules, width) = (&code.dark, code.width);
        let block = self.blocks.len();
        self.blocks.push(Role::Figure { alt: alt.to_string() });
        let quiet = 4; // the standard's quiet zone, in modules
        let side = size / (width + 2 * quiet) as f32;
        let squares = modules
            .iter()
            .enumerate()
            .filter(|(_, dark)| **dark)
            .map(|(i, _)| {
                let (row, col) = (i / width, i % width);
                (x + (col + quiet) as f32 * side, top + (row + quiet) as f32 * side, side)
            })
            .collect();
        self.pages[page].push(Op::Rect {
            rect: (x, top, size, size),
            fill: Some(Rgb(0xff, 0xff, 0xff)),
            stroke: None,
        });
        self.pages[page].push(Op::Squares { block, squares });
    }

    /// Writes the PDF.
    pub fn finish(self) -> Result<Vec<u8>> {
        let (page_w, page_h) = self.paper.size();
        let mut document = Document::new();
        document.set_metadata(
            krilla::metadata::Metadata::new()
                .title(self.title.clone())
                .language("en".to_string())
                .creator("Steady".to_string()),
        );
        let mut groups: Vec<TagGroup> = self.blocks.iter().map(|role| TagGroup::new(tag(role))).collect();
        // The text each glyph stands for so far, by (face, glyph), as krilla
        // will map it: a glyph used again for other text gets krilla's own
        // ActualText, which must not sit inside one of ours.
        let mut glyph_text: std::collections::HashMap<(usize, u32), String> = std::collections::HashMap::new();
        for ops in &self.pages {
            let settings = PageSettings::from_wh(page_w, page_h)
                .ok_or_else(|| Error::Document(crate::t!("error-document-paper-size")))?;
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            for op in ops {
                match op {
                    Op::Text {
                        block,
                        x,
                        baseline,
                        style,
                        line,
                    } => {
                        // poppler places a colour (Type 3) emoji glyph on a line of its
                        // own unless the line's text is given whole, as ActualText.
                        let has_color = line.runs.iter().any(|r| self.fonts.face(r.face).color);
                        let mut conflict = false;
                        for run in &line.runs {
                            for glyph in &run.glyphs {
                                let text = run.text.get(glyph.text_range.clone()).unwrap_or_default();
                                let known = glyph_text
                                    .entry((run.face, glyph.glyph_id.to_u32()))
                                    .or_insert_with(|| text.to_string());
                                conflict |= known != text;
                            }
                        }
                        let actual = (has_color && !line.has_rtl && !conflict).then_some(line.text.as_str());
                        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty().with_actual_text(actual)));
                        surface.set_fill(Some(fill(style.color)));
                        let mut pen = *x;
                        for run in &line.runs {
                            let face = self.fonts.face(run.face);
                            surface.draw_glyphs(
                                Point::from_xy(pen, *baseline),
                                &run.glyphs,
                                face.font.clone(),
                                &run.text,
                                style.size,
                                false,
                            );
                            pen += run.width * style.size;
                        }
                        surface.end_tagged();
                        groups[*block].push(id);
                    }
                    Op::Rect {
                        rect,
                        fill: paint,
                        stroke,
                    } => {
                        let (x, y, w, h) = *rect;
                        let Some(path) = Rect::from_xywh(x, y, w, h).and_then(|r| {
                            let mut builder = PathBuilder::new();
                            builder.push_rect(r);
                            builder.finish()
                        }) else {
                            continue;
                        };
                        surface.start_tagged(ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None)));
                        surface.set_fill(paint.map(fill));
                        surface.set_stroke(stroke.map(|(color, width)| Stroke {
                            paint: krilla::color::rgb::Color::new(color.0, color.1, color.2).into(),
                            width,
                            ..Default::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                        surface.end_tagged();
                    }
                    Op::Squares { block, squares } => {
                        let mut builder = PathBuilder::new();
                        for (x, y, side) in squares {
                            if let Some(r) = Rect::from_xywh(*x, *y, *side, *side) {
                                builder.push_rect(r);
                            }
                        }
                        let id = surface.start_tagged(ContentTag::Other);
                        if let Some(path) = builder.finish() {
                            surface.set_fill(Some(fill(Rgb(0, 0, 0))));
                            surface.draw_path(&path);
                        }
                        surface.end_tagged();
                        groups[*block].push(id);
                    }
                }
            }
            surface.finish();
            page.finish();
        }
        let mut tree = TagTree::new().with_lang(Some("en".to_string()));
        for group in groups {
            tree.push(group);
        }
        document.set_tag_tree(tree);
        document.finish().map_err(|e| Error::Document(format!("{e:?}")))
    }
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: krilla::color::rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn tag(role: &Role) -> TagKind {
    match role {
        Role::Title => Tag::Hn(std::num::NonZeroU16::MIN, None).into(),
        Role::Heading => Tag::Hn(std::num::NonZeroU16::new(2).unwrap_or(std::num::NonZeroU16::MIN), None).into(),
        Role::Text => Tag::P.into(),
        Role::Figure { alt } => Tag::Figure(Some(alt.clone())).into(),
    }
}

/// Text flowing down the page in one column, onto new pages as needed (the
/// check-in summary).
pub struct Flow {
    pub layout: Layout,
    page: usize,
    y: f32,
    margin: f32,
}

impl Flow {
    pub fn new(title: &str, paper: Paper, margin: f32) -> Flow {
        Flow {
            layout: Layout::new(title, paper),
            page: 0,
            y: margin,
            margin,
        }
    }

    /// Adds a paragraph `gap` points below the last; a paragraph that does
    /// not fit starts a new page (a paragraph taller than a page is split).
    pub fn add(&mut self, text: &str, style: Style, role: Role, gap: f32) {
        let (page_w, page_h) = self.layout.page_size();
        let width = page_w - 2.0 * self.margin;
        let mut lines = self.layout.wrap(text, style, width);
        self.y += gap;
        while !lines.is_empty() {
            let room = ((page_h - self.margin - self.y) / style.leading()).floor().max(0.0) as usize;
            if room == 0 || (room < lines.len() && room < 2 && lines.len() >= 2) {
                self.page = self.layout.add_page();
                self.y = self.margin;
                continue;
            }
            let rest = lines.split_off(room.min(lines.len()));
            let at = At {
                page: self.page,
                x: self.margin,
                top: self.y,
                width,
            };
            let used = self.layout.lines(at, style, role.clone(), lines);
            self.y += used;
            lines = rest;
        }
    }

    pub fn finish(self) -> Result<Vec<u8>> {
        self.layout.finish()
    }
}
