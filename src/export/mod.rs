//! Exports: one module per output format.

pub mod annotations;
