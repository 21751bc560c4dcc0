//! Lists the message catalogue's files for `basics::i18n`: every
//! `src/basics/messages/<language>/*.ftl`, compiled in with `include_str!`.
//! A language is a folder: adding one needs no code change here.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/basics/messages");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<_> = std::fs::read_dir(&root)
        .expect("src/basics/messages exists")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .collect();
    languages.sort_by_key(|entry| entry.file_name());
    let mut out = String::from("&[\n");
    for language in languages {
        let tag = language.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", language.path().display());
        let mut files: Vec<_> = std::fs::read_dir(language.path())
            .expect("a language folder is readable")
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        let _ = writeln!(out, "    ({tag:?}, &[");
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let _ = writeln!(
                out,
                "        ({name:?}, include_str!({:?})),",
                file.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("]\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
