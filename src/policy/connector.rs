//! A connector's AI policy, and the decision it makes for one request.

use crate::error::{Code, GatewayError};
use crate::scan::Entity;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Redact,
    AggregateOnly,
    Block,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Redact,
    Block,
    Allow,
}

#[derive(Debug, Clone)]
pub struct ConnectorPolicy {
    pub mode: Mode,
    /// providers this connector may reach (None: any)
    pub providers: Option<Vec<String>>,
    pub actions: [Action; 13],
    pub restore: bool,
    pub record_keys: Vec<String>,
}

/// What a scan found in a request, as the policy sees it: counts, never values.
#[derive(Debug, Default, Clone)]
pub struct ScanSummary {
    pub counts: [u32; 13],
    /// a JSON array of per-person records was in the prompt
    pub record_array: bool,
}

impl ScanSummary {
    fn describe(&self, filter: impl Fn(Entity) -> bool) -> String {
        Entity::ALL
            .iter()
            .filter(|&&e| self.counts[e.index()] > 0 && filter(e))
            .map(|&e| format!("{} {}", self.counts[e.index()], e.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl ConnectorPolicy {
    pub fn check_provider(&self, provider: &str) -> Result<(), GatewayError> {
        match &self.providers {
            Some(list) if !list.iter().any(|p| p == provider) => Err(GatewayError::new(
                Code::ProviderNotAllowed,
                format!("this connector may not send data to provider {provider}"),
            )),
            _ => Ok(()),
        }
    }

    /// Decides a scanned request. `approved`: a valid record-level approval is present.
    pub fn decide(&self, summary: &ScanSummary, approved: bool) -> Result<(), GatewayError> {
        if self.mode == Mode::Block {
            return Err(GatewayError::new(
                Code::ConnectorBlocked,
                "this connector may not send data to AI providers",
            ));
        }
        let blocked = summary.describe(|e| self.actions[e.index()] == Action::Block);
        if !blocked.is_empty() {
            return Err(GatewayError::new(
                Code::EntityBlocked,
                format!("the request carries data this connector may not send: {blocked}"),
            ));
        }
        if self.mode == Mode::AggregateOnly && !approved {
            let found = summary.describe(|e| self.actions[e.index()] != Action::Allow);
            if !found.is_empty() || summary.record_array {
                let what = if found.is_empty() {
                    "a list of per-person records".to_string()
                } else if summary.record_array {
                    format!("{found} and a list of per-person records")
                } else {
                    found
                };
                return Err(GatewayError::new(Code::RecordLevelContext, format!("this connector sends aggregates only; the request carries record-level data ({what}). Send an X-Record-Approval token to proceed")));
            }
        }
        Ok(())
    }
}
