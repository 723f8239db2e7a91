//! Exports: one module per output format, all writing into memory; [`write_atomically`] puts
//! the result on disk through a temporary file so a failed run never leaves half a file.

pub mod annotations;
pub mod csv;
pub mod dot;
pub mod format;
pub mod html;
pub mod json;
pub mod timelinejs;
pub mod timeml;

use crate::error::{Error, Result};
use std::path::Path;

/// Writes `bytes` to `path` by writing a temporary file beside it and renaming it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(|e| {
        Error::new(format!("cannot write: {e}"))
            .in_file(&tmp)
            .hint("check that the folder exists and is writable")
    })?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::new(format!("cannot write: {e}"))
            .in_file(path)
            .hint("check that the folder exists and is writable")
    })
}

/// A file written under a temporary name beside its target and renamed into place by
/// [`AtomicFile::commit`], for outputs written as they are made (too large to hold).
pub struct AtomicFile {
    inner: std::io::BufWriter<std::fs::File>,
}

impl AtomicFile {
    fn tmp(path: &Path) -> std::path::PathBuf {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
    }
    pub fn create(path: &Path) -> Result<Self> {
        let f = std::fs::File::create(Self::tmp(path))
            .map_err(|e| Error::new(format!("cannot write: {e}")).in_file(path))?;
        Ok(AtomicFile {
            inner: std::io::BufWriter::new(f),
        })
    }
    /// Renames the finished file into place (after the writer is flushed and dropped).
    pub fn commit(path: &Path) -> Result<()> {
        std::fs::rename(Self::tmp(path), path)
            .map_err(|e| Error::new(format!("cannot write: {e}")).in_file(path))
    }
}

impl std::io::Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
