//! The fonts a PDF is written in: Noto Sans (Latin, Greek, Cyrillic), Noto
//! Sans Hebrew and Noto Sans Arabic, shipped inside Steady (SIL OFL, see
//! fonts/OFL.txt; 1.5 MB before compression), and for anything they lack
//! (Chinese, Japanese, Korean, emoji, other scripts) the system's own fonts,
//! found once a document needs them. Only the glyphs used are embedded
//! (krilla subsets every font), so a card stays small.

use std::collections::HashMap;
use std::sync::Arc;

use krilla::text::Font;
use rustybuzz::ttf_parser;

const NOTO_SANS: &[u8] = include_bytes!("fonts/NotoSans-Regular.ttf");
const NOTO_SANS_BOLD: &[u8] = include_bytes!("fonts/NotoSans-Bold.ttf");
const NOTO_HEBREW: &[u8] = include_bytes!("fonts/NotoSansHebrew-Regular.ttf");
const NOTO_HEBREW_BOLD: &[u8] = include_bytes!("fonts/NotoSansHebrew-Bold.ttf");
const NOTO_ARABIC: &[u8] = include_bytes!("fonts/NotoSansArabic-Regular.ttf");
const NOTO_ARABIC_BOLD: &[u8] = include_bytes!("fonts/NotoSansArabic-Bold.ttf");

/// One font face: its bytes (shared with krilla) and which face in a collection.
pub struct Face {
    pub data: Arc<dyn AsRef<[u8]> + Send + Sync>,
    pub index: u32,
    pub font: Font,
    pub bold: bool,
    /// Colour glyphs (bitmaps, COLR or SVG: emoji), which krilla writes as a
    /// Type 3 font.
    pub color: bool,
}

impl Face {
    fn new(data: Arc<dyn AsRef<[u8]> + Send + Sync>, index: u32, bold: bool) -> Option<Face> {
        let parsed = ttf_parser::Face::parse((*data).as_ref(), index).ok()?;
        let tables = parsed.tables();
        let color = tables.cbdt.is_some() || tables.sbix.is_some() || tables.colr.is_some() || tables.svg.is_some();
        let font = Font::new(data.clone().into(), index)?;
        Some(Face {
            data,
            index,
            font,
            bold,
            color,
        })
    }

    pub fn bytes(&self) -> &[u8] {
        (*self.data).as_ref()
    }

    fn covers(&self, c: char) -> bool {
        ttf_parser::Face::parse(self.bytes(), self.index).is_ok_and(|f| f.glyph_index(c).is_some())
    }
}

/// Which Han glyphs a line wants: the same character is drawn differently
/// in Chinese, Japanese and Korean, so kana or hangul in the text choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HanHint {
    Chinese,
    Japanese,
    Korean,
}

impl HanHint {
    pub fn of(text: &str) -> HanHint {
        if text.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}')) {
            HanHint::Japanese
        } else if text
            .chars()
            .any(|c| matches!(c, '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}'))
        {
            HanHint::Korean
        } else {
            HanHint::Chinese
        }
    }

    /// Family names to try first, best first.
    fn families(self) -> &'static [&'static str] {
        match self {
            HanHint::Chinese => &[
                "Noto Sans CJK SC",
                "Noto Sans SC",
                "Source Han Sans SC",
                "WenQuanYi Zen Hei",
                "Noto Sans CJK TC",
                "Noto Sans CJK JP",
            ],
            HanHint::Japanese => &[
                "Noto Sans CJK JP",
                "Noto Sans JP",
                "Source Han Sans JP",
                "IPAexGothic",
                "Noto Sans CJK SC",
            ],
            HanHint::Korean => &[
                "Noto Sans CJK KR",
                "Noto Sans KR",
                "Source Han Sans KR",
                "NanumGothic",
                "Noto Sans CJK SC",
            ],
        }
    }
}

/// The system's fonts, listed once a process (their names and where they
/// are; a few hundred entries), the first time a document needs one.
fn system_fonts() -> std::sync::Arc<fontdb::Database> {
    static SYSTEM: std::sync::OnceLock<std::sync::Arc<fontdb::Database>> = std::sync::OnceLock::new();
    SYSTEM
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            std::sync::Arc::new(db)
        })
        .clone()
}

/// The fonts of one document: the shipped ones, then system ones as needed.
pub struct Fonts {
    faces: Vec<Face>,
    /// The first face (index into `faces`) covering a character, per weight and hint.
    chosen: HashMap<(char, bool, HanHint), Option<usize>>,
    system: Option<std::sync::Arc<fontdb::Database>>,
    /// System faces already loaded, by (file, index).
    loaded: HashMap<(std::path::PathBuf, u32), usize>,
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

impl Fonts {
    pub fn new() -> Fonts {
        let shipped: [(&'static [u8], bool); 6] = [
            (NOTO_SANS, false),
            (NOTO_SANS_BOLD, true),
            (NOTO_HEBREW, false),
            (NOTO_HEBREW_BOLD, true),
            (NOTO_ARABIC, false),
            (NOTO_ARABIC_BOLD, true),
        ];
        let faces = shipped
            .into_iter()
            .filter_map(|(bytes, bold)| Face::new(Arc::new(bytes), 0, bold))
            .collect();
        Fonts {
            faces,
            chosen: HashMap::new(),
            system: None,
            loaded: HashMap::new(),
        }
    }

    pub fn face(&self, index: usize) -> &Face {
        &self.faces[index]
    }

    /// The regular or bold Noto Sans, for text that has no other choice.
    pub fn base(&self, bold: bool) -> usize {
        usize::from(bold)
    }

    /// The face to draw `c` in: a shipped face of the right weight, then of
    /// the other weight, then a system font; None when nothing has it.
    pub fn pick(&mut self, c: char, bold: bool, hint: HanHint) -> Option<usize> {
        if let Some(found) = self.chosen.get(&(c, bold, hint)) {
            return *found;
        }
        let shipped = |faces: &[Face], weight: bool| {
            faces
                .iter()
                .enumerate()
                .take(6)
                .find(|(_, f)| f.bold == weight && f.covers(c))
                .map(|(i, _)| i)
        };
        let found = shipped(&self.faces, bold)
            .or_else(|| shipped(&self.faces, !bold))
            .or_else(|| self.system_face(c, bold, hint));
        self.chosen.insert((c, bold, hint), found);
        found
    }

    /// Whether face `index` has a glyph for `c`.
    pub fn covers(&self, index: usize, c: char) -> bool {
        self.faces[index].covers(c)
    }

    /// A system font with `c`: the preferred families for Han first, then
    /// any sans face of the right weight, then any face at all.
    fn system_face(&mut self, c: char, bold: bool, hint: HanHint) -> Option<usize> {
        let db = self.system.get_or_insert_with(system_fonts).clone();
        let db = &*db;
        let has = |db: &fontdb::Database, id: fontdb::ID| {
            db.with_face_data(id, |data, index| {
                ttf_parser::Face::parse(data, index).is_ok_and(|f| f.glyph_index(c).is_some())
            })
            .unwrap_or(false)
        };
        let family_rank = |info: &fontdb::FaceInfo| {
            let names: Vec<&str> = info.families.iter().map(|(n, _)| n.as_str()).collect();
            let preferred = hint
                .families()
                .iter()
                .position(|want| names.contains(want))
                .unwrap_or(usize::MAX);
            let emoji = names.iter().any(|n| n.contains("Emoji"));
            let sans = names.iter().any(|n| n.contains("Sans"));
            let weight_off = (i32::from(info.weight.0) - if bold { 700 } else { 400 }).unsigned_abs();
            let italic = info.style != fontdb::Style::Normal;
            (
                preferred,
                italic,
                !sans && !emoji,
                weight_off,
                info.post_script_name.clone(),
            )
        };
        let mut candidates: Vec<&fontdb::FaceInfo> = db.faces().collect();
        candidates.sort_by_key(|info| family_rank(info));
        let id = candidates.into_iter().map(|info| info.id).find(|id| has(db, *id))?;
        let (source, index) = db.face_source(id)?;
        let path = match source {
            fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => path,
            fontdb::Source::Binary(_) => return None,
        };
        if let Some(at) = self.loaded.get(&(path.clone(), index)) {
            return Some(*at);
        }
        let file = std::fs::File::open(&path).ok()?;
        // SAFETY: the map is read only; a font file replaced while a
        // document is being written (a system update) could change under
        // it, which at worst garbles that one document.
        let bytes = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        let face = Face::new(Arc::new(bytes), index, bold)?;
        self.faces.push(face);
        self.loaded.insert((path, index), self.faces.len() - 1);
        Some(self.faces.len() - 1)
    }
}
