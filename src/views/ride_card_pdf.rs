//! The ride card as a one-page PDF for a driver in a car park: the pickup
//! window in large type at the top, the two QR codes beside who and where,
//! then two columns (what the clinic asks of the driver, driving again and
//! the driver's checklist; what the patient may feel, when to call whom and
//! the crisis numbers). Laid out for the paper chosen, A4 or Letter, in the
//! app's colours, readable in grey. Everything comes from the [`RideCard`],
//! every word already in the card's language: this only lays it out.

use crate::basics::error::Result;
use crate::facts::rules::WhoToCall;
use crate::views::pdf::{At, Layout, Paper, Rgb, Role, Style, ACCENT, ACCENT_SOFT, INK, LINE, MUTED, WARN, WARN_SOFT};
use crate::views::qr::QrMatrix;
use crate::views::ride::RideCard;

// Not a care number: the page margin, in points.
const MARGIN: f32 = 36.0;
// Not a care number: the space between the two columns, in points.
const GUTTER: f32 = 18.0;
// Not a care number: a QR code's side, in points (about 38 mm: a phone
// camera reads it from arm's length).
const QR_SIDE: f32 = 108.0;

// Not a care number: type sizes, in points.
const LABEL: Style = Style::new(9.5, true, MUTED);
// Not a care number: type sizes, in points.
const TITLE: Style = Style::new(19.0, true, INK);
// Not a care number: type sizes, in points.
const DAY: Style = Style::new(15.0, true, INK);
// Not a care number: type sizes, in points.
const HEADING: Style = Style::new(12.0, true, ACCENT);
// Not a care number: type sizes, in points.
const BODY: Style = Style::new(10.0, false, INK);
// Not a care number: type sizes, in points.
const BODY_BOLD: Style = Style::new(10.0, true, INK);
// Not a care number: type sizes, in points.
const BIG_BOLD: Style = Style::new(13.0, true, INK);
// Not a care number: type sizes, in points.
const SMALL: Style = Style::new(8.0, false, MUTED);

fn at(page: usize, x: f32, top: f32, width: f32) -> At {
    At { page, x, top, width }
}

/// A column of blocks flowing down; onto the next page if one overflows.
struct Column {
    page: usize,
    x: f32,
    y: f32,
    width: f32,
    bottom: f32,
}

impl Column {
    fn room_for(&mut self, layout: &mut Layout, height: f32) {
        if self.y + height > self.bottom {
            self.page += 1;
            if self.page >= layout.pages() {
                layout.add_page();
            }
            self.y = MARGIN;
        }
    }

    fn heading(&mut self, layout: &mut Layout, text: &str) {
        self.y += 9.0;
        let height = layout.height_of(text, HEADING, self.width);
        // A heading stays with at least two lines of what follows.
        self.room_for(layout, height + 2.0 * BODY.leading());
        self.y += layout.text(at(self.page, self.x, self.y, self.width), HEADING, Role::Heading, text);
        self.y += 2.0;
    }

    fn text(&mut self, layout: &mut Layout, text: &str, style: Style, gap: f32) {
        self.y += gap;
        let lines = layout.wrap(text, style, self.width);
        self.room_for(layout, lines.len() as f32 * style.leading());
        self.y += layout.lines(at(self.page, self.x, self.y, self.width), style, Role::Text, lines);
    }

    /// A line with a marker before it: a small square to tick, or a dot.
    fn item(&mut self, layout: &mut Layout, text: &str, style: Style, tick_box: bool) {
        let indent = 14.0;
        self.y += 2.0;
        let lines = layout.wrap(text, style, self.width - indent);
        self.room_for(layout, lines.len() as f32 * style.leading());
        let side = style.size * 0.8;
        let top = self.y + (style.leading() - side) / 2.0;
        match tick_box {
            true => layout.rect(self.page, (self.x + 1.0, top, side, side), None, Some((MUTED, 0.8))),
            false => layout.rect(
                self.page,
                (self.x + 3.0, top + side * 0.3, side * 0.4, side * 0.4),
                Some(ACCENT),
                None,
            ),
        }
        self.y += layout.lines(
            at(self.page, self.x + indent, self.y, self.width - indent),
            style,
            Role::Text,
            lines,
        );
    }

    /// Text on a tinted box with a coloured edge (the crisis numbers).
    fn boxed(&mut self, layout: &mut Layout, parts: &[(&str, Style)], tint: Rgb, edge: Rgb) {
        let pad = 8.0;
        let inner = self.width - 2.0 * pad;
        let height: f32 = parts
            .iter()
            .map(|(t, s)| layout.height_of(t, *s, inner) + 2.0)
            .sum::<f32>()
            + 2.0 * pad;
        self.y += 8.0;
        self.room_for(layout, height);
        layout.rect(
            self.page,
            (self.x, self.y, self.width, height),
            Some(tint),
            Some((edge, 1.5)),
        );
        let mut y = self.y + pad;
        for (text, style) in parts {
            y += layout.text(at(self.page, self.x + pad, y, inner), *style, Role::Text, text) + 2.0;
        }
        self.y += height;
    }
}

/// The largest size up to `start` at which `text` fits `width` on one line.
fn fit(layout: &mut Layout, text: &str, start: Style, width: f32, smallest: f32) -> Style {
    let mut style = start;
    while style.size > smallest && layout.width_of(text, style) > width {
        style.size -= 1.0;
    }
    style
}

/// The ride card as a PDF.
pub fn card_pdf(card: &RideCard, paper: Paper) -> Result<Vec<u8>> {
    let words = &card.words;
    let mut layout = Layout::new(&words.document_title, paper);
    let (page_w, page_h) = layout.page_size();
    let content = page_w - 2.0 * MARGIN;
    let bottom = page_h - MARGIN - 22.0; // room for the footer

    // The top band: whom to pick up, where, and the window in large type.
    let mut y = MARGIN;
    let band_top = y;
    let title_lines = layout.wrap(&words.title, TITLE, content - 24.0);
    let window = fit(
        &mut layout,
        &card.window_words,
        Style::new(36.0, true, ACCENT),
        content - 24.0,
        22.0,
    );
    let start_line = &words.start_line;
    let band_height = 12.0
        + LABEL.leading()
        + title_lines.len() as f32 * TITLE.leading()
        + window.leading()
        + DAY.leading()
        + layout.height_of(start_line, BODY, content - 24.0)
        + 12.0;
    layout.rect(0, (MARGIN, band_top, content, band_height), Some(ACCENT_SOFT), None);
    layout.rect(0, (MARGIN, band_top, 5.0, band_height), Some(ACCENT), None);
    y += 12.0;
    let x = MARGIN + 16.0;
    let width = content - 24.0;
    y += layout.text(at(0, x, y, width), LABEL, Role::Text, &words.kicker);
    y += layout.lines(at(0, x, y, width), TITLE, Role::Title, title_lines);
    y += layout.text(at(0, x, y, width), window, Role::Text, &card.window_words);
    y += layout.text(at(0, x, y, width), DAY, Role::Text, &card.day_words);
    layout.text(at(0, x, y, width), BODY, Role::Text, start_line);
    y = band_top + band_height + 14.0;

    // Who and where, beside the two QR codes.
    let details_width = content - 2.0 * (QR_SIDE + 12.0);
    let mut details = Column {
        page: 0,
        x: MARGIN,
        y,
        width: details_width,
        bottom,
    };
    details.text(&mut layout, &words.who_heading, LABEL, 0.0);
    details.text(&mut layout, &words.patient_line, BODY_BOLD, 1.0);
    details.text(&mut layout, &words.driver_line, BODY, 1.0);
    if let Some(note) = &words.note_line {
        details.text(&mut layout, note, BODY, 3.0);
    }
    details.text(&mut layout, &words.where_heading, LABEL, 8.0);
    details.text(&mut layout, &words.clinic_line, BODY_BOLD, 1.0);
    if let Some(address) = &card.clinic_address {
        details.text(&mut layout, address, BODY, 1.0);
    }
    details.text(&mut layout, &words.clinic_phone_line, BIG_BOLD, 3.0);
    let mut qr_x = MARGIN + details_width + 12.0;
    let mut qr_bottom = y;
    for qr in &card.qr {
        let matrix = QrMatrix::new(&qr.content)?;
        layout.qr(at(0, qr_x + 12.0, y, QR_SIDE), &matrix, &qr.label);
        let caption_top = y + QR_SIDE + 2.0;
        let used = layout.text(
            at(0, qr_x + 12.0, caption_top, QR_SIDE),
            Style::new(8.5, true, MUTED),
            Role::Text,
            &qr.caption,
        );
        qr_bottom = qr_bottom.max(caption_top + used);
        qr_x += QR_SIDE + 12.0;
    }
    y = details.y.max(qr_bottom) + 6.0;
    layout.rect(0, (MARGIN, y, content, 0.8), Some(LINE), None);
    y += 4.0;

    // Two columns.
    let column_width = (content - GUTTER) / 2.0;
    let mut left = Column {
        page: 0,
        x: MARGIN,
        y,
        width: column_width,
        bottom,
    };
    let mut right = Column {
        page: 0,
        x: MARGIN + column_width + GUTTER,
        y,
        width: column_width,
        bottom,
    };

    if !card.escort_rules.is_empty() {
        left.heading(&mut layout, &words.escort_heading);
        for rule in &card.escort_rules {
            left.item(&mut layout, rule, BODY, false);
        }
    }
    left.heading(&mut layout, &words.drive_again_heading);
    left.text(&mut layout, &words.not_before, BIG_BOLD, 0.0);
    left.text(&mut layout, &card.drive_again_words, BODY, 2.0);
    left.heading(&mut layout, &words.checklist_heading);
    for part in &card.driver_steps {
        left.text(&mut layout, &part.when, BODY_BOLD, 4.0);
        for step in &part.steps {
            left.item(&mut layout, step, BODY, true);
        }
    }

    right.heading(&mut layout, &words.way_home_heading);
    for way in &words.way_home {
        right.item(&mut layout, way, BODY, false);
    }
    right.heading(&mut layout, &words.call_whom_heading);
    // Grouped by whom to call, emergency first: a driver looks for the number.
    for (call, whom, style) in [
        (
            WhoToCall::Emergency,
            &words.call_emergency,
            Style::new(10.5, true, WARN),
        ),
        (WhoToCall::Clinic, &words.call_clinic, Style::new(10.5, true, INK)),
        (
            WhoToCall::PrimaryCare,
            &words.call_primary_care,
            Style::new(10.5, true, INK),
        ),
    ] {
        let flags: Vec<&str> = card
            .call_whom
            .iter()
            .filter(|f| f.call == call)
            .map(|f| f.situation.as_str())
            .collect();
        if flags.is_empty() {
            continue;
        }
        right.text(&mut layout, whom, style, 5.0);
        for flag in flags {
            right.item(&mut layout, flag, BODY, false);
        }
    }
    // The numbers go in whichever column has more room left.
    let shorter = if (left.page, left.y) < (right.page, right.y) {
        &mut left
    } else {
        &mut right
    };
    shorter.boxed(
        &mut layout,
        &[
            (&words.numbers_heading, Style::new(10.5, true, WARN)),
            (&words.crisis_line, BODY_BOLD),
            (&words.emergency_line, BODY_BOLD),
        ],
        WARN_SOFT,
        WARN,
    );

    // The footer, on every page.
    for page in 0..layout.pages() {
        layout.text(
            at(page, MARGIN, page_h - MARGIN - 12.0, content),
            SMALL,
            Role::Text,
            &words.footer,
        );
    }
    layout.finish()
}
