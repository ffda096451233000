//! Who may send what where: gateway keys and their scopes, connector policies, and
//! record-level approvals.

pub mod approval;
pub mod connector;
pub mod keys;

pub use connector::{Action, ConnectorPolicy, Mode};
pub use keys::KeyEntry;
