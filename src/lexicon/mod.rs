//! English knowledge as typed tables.
