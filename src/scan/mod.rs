//! Detection: the engine, its findings, and the recognizers implemented in code.

pub mod engine;
pub mod entity;
pub mod fields;
pub mod finding;
pub mod fxhash;
pub mod normalize;
pub mod person;
pub mod resolve;
pub mod word_table;

pub use engine::{Engine, Scratch};
pub use entity::Entity;
pub use finding::Finding;
