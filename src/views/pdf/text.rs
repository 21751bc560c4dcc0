//! Text into glyphs: the Unicode bidirectional algorithm for right-to-left
//! scripts, a font per character from the chain in [`Fonts`], shaping with
//! rustybuzz (Arabic joins, marks sit on their letters), and line breaking
//! at spaces, or between ideographs where a script has no spaces.

use std::ops::Range;

use krilla::text::{GlyphId, KrillaGlyph};
use unicode_bidi::BidiInfo;

use crate::views::pdf::fonts::{Fonts, HanHint};

/// A run of glyphs in one font and one direction.
pub struct Run {
    pub face: usize,
    /// The run's text, in logical order.
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
    /// Width in ems (multiply by the font size).
    pub width: f32,
}

/// One line, shaped: runs in visual order, left to right.
pub struct ShapedLine {
    /// The line's text in logical order, as the patient typed it.
    pub text: String,
    pub runs: Vec<Run>,
    /// True when any run is right to left.
    pub has_rtl: bool,
    /// The paragraph reads right to left (its first strong letter is Hebrew,
    /// Arabic...), so its lines align right.
    pub rtl_paragraph: bool,
}

impl ShapedLine {
    /// Width in ems.
    pub fn width(&self) -> f32 {
        self.runs.iter().map(|r| r.width).sum()
    }
}

/// Shapes one line of text (no line breaks inside).
pub fn shape_line(fonts: &mut Fonts, text: &str, bold: bool) -> ShapedLine {
    let hint = HanHint::of(text);
    let info = BidiInfo::new(text, None);
    let mut runs = Vec::new();
    let mut has_rtl = false;
    for paragraph in &info.paragraphs {
        let (levels, visual) = info.visual_runs(paragraph, paragraph.range.clone());
        for range in visual {
            let rtl = levels[range.start].is_rtl();
            has_rtl |= rtl;
            let mut segments = font_segments(fonts, text, range, bold, hint);
            if rtl {
                // Within a right-to-left run the logically first piece is drawn rightmost.
                segments.reverse();
            }
            for (face, part) in segments {
                runs.push(shape(fonts, face, &text[part], rtl));
            }
        }
    }
    ShapedLine {
        text: text.chars().filter(|c| !is_bidi_control(*c)).collect(),
        runs,
        has_rtl,
        rtl_paragraph: info.paragraphs.first().is_some_and(|p| p.level.is_rtl()),
    }
}

/// Splits `range` of `text` into pieces that one font draws. Spaces and
/// punctuation stay with the piece before them when its font has them, so
/// a name in one script is shaped as one piece.
fn font_segments(
    fonts: &mut Fonts,
    text: &str,
    range: Range<usize>,
    bold: bool,
    hint: HanHint,
) -> Vec<(usize, Range<usize>)> {
    let mut segments: Vec<(usize, Range<usize>)> = Vec::new();
    let mut after_control = false;
    for (offset, c) in text[range.clone()].char_indices() {
        if is_bidi_control(c) {
            // It has done its work in the bidi algorithm; nothing to draw.
            after_control = true;
            continue;
        }
        let at = range.start + offset;
        let end = at + c.len_utf8();
        let joiner = is_joiner(c);
        let follows = match segments.last() {
            Some((face, _))
                if joiner || ((c.is_whitespace() || c.is_ascii_punctuation()) && fonts.covers(*face, c)) =>
            {
                Some(*face)
            }
            _ => None,
        };
        let face = follows
            .or_else(|| fonts.pick(c, bold, hint))
            .unwrap_or_else(|| fonts.base(bold));
        match segments.last_mut() {
            Some((last, part)) if *last == face && !after_control => part.end = end,
            _ => segments.push((face, at..end)),
        }
        after_control = false;
    }
    segments
}

/// The bidi algorithm's own marks: embeddings, overrides, isolates, LRM, RLM, ALM.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Characters that belong to the character before them whatever the font:
/// zero-width joiners, variation selectors, skin tones, combining marks.
fn is_joiner(c: char) -> bool {
    matches!(c,
        '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' | '\u{e0020}'..='\u{e007f}'
        | '\u{0300}'..='\u{036f}' | '\u{20e3}')
}

/// Shapes one piece in one font.
fn shape(fonts: &Fonts, face_index: usize, text: &str, rtl: bool) -> Run {
    let face = fonts.face(face_index);
    let Some(rb) = rustybuzz::Face::from_slice(face.bytes(), face.index) else {
        return Run {
            face: face_index,
            text: text.to_string(),
            glyphs: Vec::new(),
            width: 0.0,
        };
    };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let shaped = rustybuzz::shape(&rb, &[], buffer);
    let units = rb.units_per_em() as f32;
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    // A glyph's text is its cluster up to the next cluster in logical order.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut glyphs: Vec<KrillaGlyph> = infos
        .iter()
        .zip(positions)
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            let end = starts.iter().copied().find(|s| *s > start).unwrap_or(text.len());
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / units,
                pos.x_offset as f32 / units,
                pos.y_offset as f32 / units,
                pos.y_advance as f32 / units,
                start..end,
                None,
            )
        })
        .collect();
    // Right to left, the glyphs stand in page order, opposite to the text:
    // krilla gets the text reversed too, each glyph's characters in page
    // order. A reader then reverses a line's right-to-left stretch whole and
    // gets reading order, ligatures included (poppler reverses the letters
    // a ligature glyph stands for along with the rest; in reading order they
    // would come out swapped: ليلى as ليىل).
    let drawn_text = match rtl {
        false => text.to_string(),
        true => {
            let length = text.len();
            for glyph in &mut glyphs {
                let r = glyph.text_range.clone();
                glyph.text_range = (length - r.end)..(length - r.start);
            }
            text.chars().rev().collect()
        }
    };
    share_clusters(&mut glyphs, &drawn_text);
    let width = glyphs.iter().map(|g| g.x_advance).sum();
    Run {
        face: face_index,
        text: drawn_text,
        glyphs,
        width,
    }
}

/// Gives each glyph of a cluster drawn with several glyphs (a letter and a
/// combining accent, a heart and its emoji selector) one character of it in
/// turn, the last glyph the rest. krilla would otherwise wrap the cluster in
/// an ActualText of its own, which poppler loses inside a line's ActualText
/// (see `Layout::finish`).
fn share_clusters(glyphs: &mut [KrillaGlyph], text: &str) {
    let mut i = 0;
    while i < glyphs.len() {
        let range = glyphs[i].text_range.clone();
        let count = glyphs[i..].iter().take_while(|g| g.text_range == range).count();
        if count > 1 {
            let bounds: Vec<usize> = text[range.clone()]
                .char_indices()
                .map(|(at, _)| range.start + at)
                .chain([range.end])
                .collect();
            for (k, glyph) in glyphs[i..i + count].iter_mut().enumerate() {
                let from = bounds[k.min(bounds.len() - 1)];
                let to = if k + 1 == count {
                    range.end
                } else {
                    bounds[(k + 1).min(bounds.len() - 1)]
                };
                glyph.text_range = from..to.max(from);
            }
        }
        i += count;
    }
}

/// Where a line may break: after a space, or between two ideographs (or
/// kana), which are written without spaces.
fn break_points(text: &str) -> Vec<usize> {
    let mut points = Vec::new();
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        if let Some(p) = previous {
            let after_space = p == ' ' && c != ' ';
            let between_ideographs =
                (is_ideographic(p) || is_ideographic(c)) && p != ' ' && c != ' ' && !is_opening(p) && !is_closing(c);
            if after_space || between_ideographs {
                points.push(at);
            }
        }
        previous = Some(c);
    }
    points
}

fn is_ideographic(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2fa1f}')
}

fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '「' | '『' | '（' | '“' | '‘')
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '」' | '』' | '）' | '、' | '。' | '，' | '.' | ',' | '!' | '?' | ':' | ';' | '”' | '’'
    )
}

/// Breaks `text` into lines no wider than `width` points at `size`; each
/// hard line break in the text starts a new line. A word wider than the
/// line is cut between characters rather than overflowing.
pub fn wrap(fonts: &mut Fonts, text: &str, size: f32, bold: bool, width: f32) -> Vec<ShapedLine> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.trim_end();
        let mut rest = paragraph.trim_start();
        if rest.is_empty() {
            lines.push(shape_line(fonts, "", bold));
            continue;
        }
        while !rest.is_empty() {
            let whole = shape_line(fonts, rest, bold);
            if whole.width() * size <= width {
                lines.push(whole);
                break;
            }
            // The longest prefix ending at a break point that fits; measured
            // by shaping each candidate, so kerning and joining count.
            let mut fits: Option<usize> = None;
            let points = break_points(rest);
            let (mut low, mut high) = (0usize, points.len());
            while low < high {
                let mid = (low + high) / 2;
                let candidate = rest[..points[mid]].trim_end();
                if shape_line(fonts, candidate, bold).width() * size <= width {
                    fits = Some(points[mid]);
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            let cut = fits.unwrap_or_else(|| cut_inside_word(fonts, rest, size, bold, width));
            lines.push(shape_line(fonts, rest[..cut].trim_end(), bold));
            rest = rest[cut..].trim_start();
        }
    }
    lines
}

/// Where to cut a word too long for a whole line: after as many characters
/// as fit (at least one, so wrapping always ends).
fn cut_inside_word(fonts: &mut Fonts, text: &str, size: f32, bold: bool, width: f32) -> usize {
    let mut cut = text.chars().next().map_or(text.len(), char::len_utf8);
    for (at, _) in text.char_indices().skip(1) {
        if shape_line(fonts, &text[..at], bold).width() * size > width {
            break;
        }
        cut = at;
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_text_is_drawn_in_visual_order() {
        let mut fonts = Fonts::new();
        let line = shape_line(&mut fonts, "Patient: דוד כהן", false);
        assert!(line.has_rtl);
        let texts: Vec<&str> = line.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts.first().copied(), Some("Patient: "));
        // A right-to-left run holds its text in page order (see `shape`).
        assert_eq!(texts[1].chars().rev().collect::<String>(), "דוד כהן", "{texts:?}");
        assert!(
            line.runs
                .iter()
                .all(|r| r.glyphs.iter().all(|g| g.glyph_id.to_u32() != 0)),
            "no missing glyphs"
        );
    }

    #[test]
    fn arabic_letters_join() {
        let mut fonts = Fonts::new();
        let line = shape_line(&mut fonts, "مستشفى", false);
        let run = &line.runs[0];
        // Joined forms: the shaper picks contextual glyphs, not the isolated ones
        // that a character-by-character lookup would give.
        let face = rustybuzz::ttf_parser::Face::parse(fonts.face(run.face).bytes(), 0).unwrap();
        let isolated: Vec<u32> = "مستشفى"
            .chars()
            .rev()
            .map(|c| u32::from(face.glyph_index(c).unwrap().0))
            .collect();
        let shaped: Vec<u32> = run.glyphs.iter().map(|g| g.glyph_id.to_u32()).collect();
        assert_ne!(shaped, isolated);
    }

    #[test]
    fn wrapping_never_loses_a_word_and_always_ends() {
        let mut fonts = Fonts::new();
        let text = "Klinik am Nordpark Łódź, ul. Żeromskiego 3 — Παπαδόπουλος Дмитрий 1234567890123456789012345678901234567890";
        let lines = wrap(&mut fonts, text, 12.0, false, 120.0);
        assert!(lines.len() > 2);
        let joined: String = lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
        assert_eq!(
            joined.split_whitespace().collect::<String>(),
            text.split_whitespace().collect::<String>()
        );
        for line in &lines {
            assert!(line.width() * 12.0 <= 120.0 + 0.01, "{}", line.text);
        }
    }

    #[test]
    fn chinese_breaks_between_characters() {
        assert_eq!(break_points("请在门口"), vec![3, 6, 9]);
        assert_eq!(break_points("a b"), vec![2]);
        let points = break_points("我（好）");
        assert!(!points.contains(&6), "no break after an opening bracket: {points:?}");
        assert!(!points.contains(&9), "no break before a closing one: {points:?}");
    }
}
