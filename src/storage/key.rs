//! The app lock's key: derived from the passphrase with Argon2id (RFC 9106;
//! 64 MiB, 3 passes: a few hundred milliseconds on a laptop, and costly to
//! guess at scale), with a random salt. The key is never stored. The
//! derivation gives 64 bytes: the first 32 are the key, the last 32 a
//! *verifier* kept in `lock.json`, which tells a mistyped passphrase from a
//! damaged file (so a typo never sets off recovery, which would move the
//! data aside) and says nothing about the key.

use argon2::{Algorithm, Argon2, Params, Version};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::basics::error::{Error, Result};

// Not a care number: a passphrase's length limits.
pub const PASSPHRASE_MIN_CHARS: usize = 8;

// Not a care number: a passphrase's length limit.
const PASSPHRASE_MAX_CHARS: usize = 1024;

/// Argon2id's cost. Stored with each lock, so a later Steady can raise the
/// default without locking anyone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub m_cost_kib: u32,
    pub t_cost: u32,
    pub p_cost: u32,
}

impl KdfParams {
    /// RFC 9106's second recommended option (64 MiB, 3 passes) with one lane:
    /// the lanes would run one after another here anyway.
    // Not a care number: the key derivation's cost.
    pub const DEFAULT: KdfParams = KdfParams {
        m_cost_kib: 64 * 1024,
        t_cost: 3,
        p_cost: 1,
    };
    /// For tests only: the same algorithm, cheap.
    // Not a care number: the key derivation's cost in tests.
    pub const CHEAP_FOR_TESTS: KdfParams = KdfParams {
        m_cost_kib: 64,
        t_cost: 1,
        p_cost: 1,
    };
}

/// `lock.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockFile {
    pub format: u32,
    pub kdf: String,
    #[serde(flatten)]
    pub params: KdfParams,
    /// Hex.
    pub salt: String,
    /// Hex: the last 32 bytes of the derivation.
    pub verifier: String,
}

/// The database key. Wiped from memory when dropped.
#[derive(Clone)]
pub struct DbKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(..)")
    }
}

impl DbKey {
    /// SQLCipher's raw-key form, `"x'…'"`: used as is, with no second KDF.
    pub(crate) fn sql_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"x'{}'\"", hex(self.0.as_ref())))
    }

    /// The key as hex, to hand to the resident Steady over its private
    /// socket (src-tauri, issue 19) after the window unlocked.
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex(self.0.as_ref()))
    }

    /// The key from [`DbKey::to_hex`]; None for anything else.
    pub fn from_hex(text: &str) -> Option<DbKey> {
        let text = text.trim();
        if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut key = Zeroizing::new([0u8; 32]);
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(DbKey(key))
    }

    /// The raw-key form as a value to bind (`ATTACH … KEY ?`).
    pub(crate) fn attach_text(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex(self.0.as_ref())))
    }

    /// Keys `conn` before its first read.
    pub fn apply(&self, conn: &Connection) -> Result<()> {
        conn.execute_batch(&format!("PRAGMA main.key = {};", self.sql_literal().as_str()))?;
        Ok(())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

fn check_passphrase(passphrase: &str) -> Result<()> {
    let chars = passphrase.chars().count();
    if passphrase.trim().chars().count() < PASSPHRASE_MIN_CHARS {
        return Err(Error::invalid(
            "passphrase",
            crate::t!("error-passphrase-too-short", min = PASSPHRASE_MIN_CHARS),
        ));
    }
    if chars > PASSPHRASE_MAX_CHARS {
        return Err(Error::invalid(
            "passphrase",
            crate::t!("error-passphrase-too-long", max = 1024),
        ));
    }
    Ok(())
}

fn derive(passphrase: &str, salt: &[u8], params: KdfParams) -> Result<(DbKey, [u8; 32])> {
    let argon_params = Params::new(params.m_cost_kib, params.t_cost, params.p_cost, Some(64)).map_err(|e| {
        Error::invalid(
            "lock",
            crate::t!("error-lock-settings-unusable", reason = e.to_string()),
        )
    })?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut out = Zeroizing::new([0u8; 64]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .map_err(|e| Error::invalid("lock", crate::t!("error-key-not-derived", reason = e.to_string())))?;
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&out[..32]);
    let mut verifier = [0u8; 32];
    verifier.copy_from_slice(&out[32..]);
    Ok((DbKey(key), verifier))
}

impl LockFile {
    /// A new lock for `passphrase`, with a fresh random salt.
    pub fn create(passphrase: &str, params: KdfParams) -> Result<(LockFile, DbKey)> {
        check_passphrase(passphrase)?;
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        let (key, verifier) = derive(passphrase, &salt, params)?;
        Ok((
            LockFile {
                format: 1,
                kdf: "argon2id".into(),
                params,
                salt: hex(&salt),
                verifier: hex(&verifier),
            },
            key,
        ))
    }

    /// The key, if `passphrase` is the one this lock was made with.
    pub fn unlock(&self, passphrase: &str) -> Result<DbKey> {
        let damaged = || Error::invalid("lock", crate::t!("error-lock-file-damaged", file = "lock.json"));
        if self.format != 1 || self.kdf != "argon2id" {
            return Err(Error::invalid("lock", crate::t!("error-lock-newer")));
        }
        let salt = unhex(&self.salt).ok_or_else(damaged)?;
        let expected = unhex(&self.verifier).ok_or_else(damaged)?;
        let (key, verifier) = derive(passphrase, &salt, self.params)?;
        // Constant time, so the comparison leaks nothing about the verifier.
        let differs = expected.len() != verifier.len()
            || expected
                .iter()
                .zip(verifier.iter())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                != 0;
        if differs {
            return Err(Error::WrongPassphrase);
        }
        Ok(key)
    }
}
